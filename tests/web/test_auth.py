"""Signing in with a password and a CSRF-protected form."""


def test_login_page_is_served(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert b'name="username"' in response.data and b'name="password"' in response.data


def test_pages_redirect_to_login_when_signed_out(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_correct_password_signs_in(make_user, login, client):
    make_user("ana", "admin")
    assert login("ana").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wrong_password_is_refused_without_saying_which_part(make_user, login):
    make_user("ana", "admin")
    response = login("ana", "nope-nope-nope")
    assert b"Wrong username or password" in response.data


def test_login_without_csrf_token_is_refused(make_user, client):
    make_user("ana", "admin")
    response = client.post("/login", data={"username": "ana", "password": "x"})
    assert response.status_code == 422 or b"expired" in response.data
    assert client.get("/admin/").status_code == 302


def test_next_redirect_stays_on_this_site(make_user, login):
    make_user("ana", "admin")
    response = login("ana", next="https://evil.example/")  # through the two-factor step too
    assert response.headers["Location"] == "/"


def test_wrong_role_gets_403_page(login_as, client):
    login_as("board")
    response = client.get("/admin/")
    assert response.status_code == 403
    assert b"admin role" in response.data


def test_disabled_account_cannot_sign_in(make_user, login, app):
    from vetting.extensions import db

    user = make_user("ana", "admin")
    user.active = False
    db.session.commit()
    assert b"Wrong username or password" in login("ana").data
