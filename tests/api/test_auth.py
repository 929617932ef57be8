"""Bearer tokens: no token, a bad, revoked or expired one is a 401; tokens are revocable."""

from datetime import timedelta

from tests.api.conftest import actions
from vetting.extensions import db
from vetting.models import ApiToken, User
from vetting.models.base import utcnow
from vetting.services.accounts import find_token

NEW_USER = {"username": "dana", "password": "long enough password", "roles": ["reviewer"]}


def _as(app, header):
    return app.test_client().post(
        "/api/v1/users", json=NEW_USER, headers={"Authorization": header} if header else {}
    )


def test_no_token_is_401_json(app):
    response = _as(app, None)
    assert response.status_code == 401
    assert response.json == {"error": "A valid API token is required."}


def test_unknown_token_is_401(app, admin):
    assert _as(app, "Bearer vet_not-a-real-token").status_code == 401


def test_a_token_in_another_scheme_is_401(app, admin):
    assert _as(app, f"Basic {admin.token}").status_code == 401


def test_revoked_token_is_401(app, admin):
    token = find_token(admin.token)
    token.revoked_at = utcnow()
    db.session.commit()
    assert admin.post("/api/v1/users", json=NEW_USER).status_code == 401


def test_expired_token_is_401(app, admin):
    token = find_token(admin.token)
    token.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert admin.post("/api/v1/users", json=NEW_USER).status_code == 401


def test_token_of_a_disabled_account_is_401(app, admin):
    admin.user.active = False
    db.session.commit()
    assert admin.post("/api/v1/users", json=NEW_USER).status_code == 401


def test_a_refused_request_writes_nothing(app, admin):
    _as(app, None)
    assert db.session.query(User).filter_by(username="dana").count() == 0


def test_a_browser_session_cookie_does_not_open_the_api(app, make_user, login, client):
    make_user("ana", "admin")
    login("ana")
    assert client.post("/api/v1/users", json=NEW_USER).status_code == 401


def test_a_user_issues_their_own_token_that_works(app, api):
    rita = api("rita", "reviewer")
    response = rita.post("/api/v1/users/rita/tokens", json={"days": 7})
    assert response.status_code == 201
    assert response.json["token"].startswith("vet_")
    assert response.json["username"] == "rita"
    other = app.test_client().get(
        "/api/v1/vettings/999", headers={"Authorization": f"Bearer {response.json['token']}"}
    )
    assert other.status_code == 404  # authenticated as rita, the vetting does not exist


def test_a_token_is_stored_only_as_a_hash(app, api):
    rita = api("rita", "reviewer")
    raw = rita.post("/api/v1/users/rita/tokens").json["token"]
    assert all(raw not in t.token_hash for t in db.session.query(ApiToken))


def test_token_lifetime_outside_1_to_366_days_is_422(api):
    rita = api("rita", "reviewer")
    assert rita.post("/api/v1/users/rita/tokens", json={"days": 0}).status_code == 422
    assert rita.post("/api/v1/users/rita/tokens", json={"days": "7"}).status_code == 422


def test_token_for_an_unknown_user_is_404(admin):
    assert admin.post("/api/v1/users/nobody/tokens").status_code == 404


def test_nobody_obtains_a_token_for_someone_else_not_even_an_admin(admin, api, make_user):
    dana = make_user("dana", "board")
    reviewer = api("rita", "reviewer")
    for caller in (admin, reviewer):
        response = caller.post("/api/v1/users/dana/tokens")
        assert response.status_code == 403
        assert "only to its owner" in response.json["error"]
    assert db.session.query(ApiToken).filter_by(user_id=dana.id).count() == 0
    assert [e for e in actions("token.issue") if e.details["user"] == "dana"] == []


def test_admin_revokes_a_users_token(app, admin, api):
    rita = api("rita", "reviewer")
    token_id = find_token(rita.token).id
    response = admin.delete(f"/api/v1/tokens/{token_id}")
    assert response.status_code == 200
    assert response.json["revoked_at"]
    assert rita.get("/api/v1/vettings/1").status_code == 401


def test_a_user_revokes_their_own_token(api):
    rita = api("rita", "reviewer")
    assert rita.delete(f"/api/v1/tokens/{find_token(rita.token).id}").status_code == 200
    assert rita.get("/api/v1/vettings/1").status_code == 401


def test_a_user_revokes_the_token_in_use(api):
    rita = api("rita", "reviewer")
    assert rita.delete("/api/v1/tokens/current").status_code == 200
    assert rita.get("/api/v1/vettings/1").status_code == 401


def test_a_user_cannot_revoke_someone_elses_token(api):
    rita, sam = api("rita", "reviewer"), api("sam", "searcher")
    assert rita.delete(f"/api/v1/tokens/{find_token(sam.token).id}").status_code == 403
    assert sam.get("/api/v1/vettings/1").status_code == 404  # still signed in


def test_revoking_is_audited(admin, api):
    rita = api("rita", "reviewer")
    rita.delete("/api/v1/tokens/current")
    [event] = actions("token.revoke")
    assert (event.actor, event.role) == ("rita", "self")


def test_admin_lists_a_users_tokens_without_the_tokens(admin, api):
    rita = api("rita", "reviewer")
    response = admin.get("/api/v1/users/rita/tokens")
    assert response.status_code == 200
    [listed] = response.json["tokens"]
    assert listed["id"] == find_token(rita.token).id and listed["revoked_at"] is None
    assert rita.token not in response.get_data(as_text=True)


def test_only_an_admin_lists_tokens(api):
    rita = api("rita", "reviewer")
    assert rita.get("/api/v1/users/rita/tokens").status_code == 403


def test_issuing_a_token_is_audited_naming_the_issuer_without_the_token(api):
    rita = api("rita", "reviewer")
    raw = rita.post("/api/v1/users/rita/tokens", json={"days": 30}).json["token"]
    event = actions("token.issue")[-1]
    assert (event.actor, event.role) == ("rita", "self")
    assert event.details == {"user": "rita", "issued_by": "rita", "days": 30}
    assert raw not in str(event.details)
