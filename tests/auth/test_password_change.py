"""Changing one's own password signs every other browser out."""

from __future__ import annotations

from tests.conftest import PASSWORD, csrf_token

NEW = "a brand new passphrase"


def change(client, current=PASSWORD, new=NEW, confirm=NEW):
    return client.post(
        "/account/password",
        data={
            "current": current,
            "new": new,
            "confirm": confirm,
            "csrf_token": csrf_token(client, "/account/password"),
        },
    )


def test_changing_the_password_signs_out_other_browsers_but_not_this_one(
    app, login_as, login, client
):
    login_as("board", "bea")
    other = app.test_client()
    other.post(
        "/login", data={"username": "bea", "password": PASSWORD, "csrf_token": csrf_token(other)}
    )
    assert other.get("/board/").status_code == 200
    response = change(client)
    assert response.status_code == 302
    assert client.get("/board/").status_code == 200
    assert other.get("/board/").status_code == 302


def test_the_new_password_signs_in_and_the_old_one_does_not(app, login_as, client, login):
    login_as("admin", "ana")
    change(client)
    fresh = app.test_client()
    response = fresh.post(
        "/login", data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(fresh)}
    )
    assert b"Wrong username or password" in response.data
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    assert login("ana", NEW).status_code == 302


def test_a_wrong_current_password_is_refused(login_as, client):
    login_as("board", "bea")
    response = change(client, current="not my password")
    assert response.status_code == 422
    assert b"current password is not right" in response.data
    assert client.get("/board/").status_code == 200


def test_mismatched_new_passwords_are_refused(login_as, client):
    login_as("board", "bea")
    assert change(client, confirm="something else entirely").status_code == 422
