"""Session cookies, idle expiry and signing out everywhere."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from tests.auth.conftest import copy_session
from tests.conftest import PASSWORD, csrf_token, fresh_code
from vetting import config
from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import SignInSession, User
from vetting.services import accounts, two_factor

ADMIN = Actor(None, "test", name="test")


def session_cookie(response) -> str:
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert cookies, "no session cookie was set"
    return cookies[-1]


def test_session_cookie_is_httponly_and_samesite_lax(make_user, steps):
    make_user("bea", "board")
    cookie = session_cookie(steps.password("bea"))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # the local demo runs over plain http


def test_session_cookie_is_secure_when_configured(app, make_user, steps):
    app.config["SESSION_COOKIE_SECURE"] = True
    make_user("bea", "board")
    assert "Secure" in session_cookie(steps.password("bea"))


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("0", False)])
def test_secure_cookies_are_switched_on_from_the_environment(
    monkeypatch, tmp_path, value, expected
):
    monkeypatch.setenv("SESSION_COOKIE_SECURE", value)
    assert config.from_environment(str(tmp_path))["SESSION_COOKIE_SECURE"] is expected


def test_idle_time_and_rate_limit_store_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SESSION_IDLE_MINUTES", "10")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "redis://cache:6379/0")
    settings = config.from_environment(str(tmp_path))
    assert settings["PERMANENT_SESSION_LIFETIME"] == timedelta(minutes=10)
    assert settings["RATELIMIT_STORAGE_URI"] == "redis://cache:6379/0"


class Clock:
    """Moves the clocks that sign session cookies and keep sessions on the server."""

    def __init__(self, monkeypatch):
        self.offset = 0
        real = time.time
        monkeypatch.setattr("itsdangerous.timed.time.time", lambda: real() + self.offset)
        monkeypatch.setattr(
            "vetting.services.sessions.utcnow",
            lambda: datetime.now(UTC) + timedelta(seconds=self.offset),
        )

    def advance(self, minutes: int) -> None:
        self.offset += minutes * 60


def test_an_idle_session_expires(login_as, client, monkeypatch):
    login_as("admin")
    clock = Clock(monkeypatch)
    clock.advance(31)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login" in response.location


def test_each_request_restarts_the_idle_clock(login_as, client, monkeypatch):
    login_as("admin")
    clock = Clock(monkeypatch)
    for _ in range(3):
        clock.advance(20)
        assert client.get("/admin/").status_code == 200


def test_idle_lifetime_is_a_setting(app, login_as, client, monkeypatch):
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=5)
    login_as("admin")
    Clock(monkeypatch).advance(6)
    assert client.get("/admin/").status_code == 302


def test_disabled_accounts_existing_session_is_signed_out_on_next_request(login_as, client):
    ana = login_as("admin", "ana")
    assert client.get("/admin/").status_code == 200
    accounts.set_active(ADMIN, ana, False)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login" in response.location


def test_a_reenabled_account_must_sign_in_again(login_as, client):
    ana = login_as("admin", "ana")
    accounts.set_active(ADMIN, ana, False)
    accounts.set_active(ADMIN, ana, True)
    assert client.get("/admin/").status_code == 302


def test_ending_sessions_signs_out_every_browser(app, login_as, login, client):
    ana = login_as("admin", "ana")
    ana.end_sessions()
    db.session.commit()
    assert client.get("/admin/").status_code == 302
    assert login("ana").status_code == 302  # signing in again works
    assert client.get("/admin/").status_code == 200


def test_resetting_two_factor_signs_out_and_asks_to_enroll_again(login_as, login, client, steps):
    ana = login_as("admin", "ana")
    two_factor.reset(ADMIN, ana)
    assert client.get("/admin/").status_code == 302
    assert steps.password("ana").location.endswith("/login/enroll")


def test_signing_out_ends_the_session(login_as, client):
    login_as("admin")
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    assert client.get("/admin/").status_code == 302


def sign_out(client):
    return client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})


def test_a_copied_session_cookie_opens_nothing_after_signing_out(app, login_as, client):
    login_as("admin")
    copy = app.test_client()
    copy_session(client, copy)
    assert copy.get("/admin/").status_code == 200
    sign_out(client)
    response = copy.get("/admin/")
    assert response.status_code == 302 and "/login" in response.location
    assert db.session.scalar(select(func.count(SignInSession.id))) == 0


def test_an_idle_session_ends_on_the_server_even_for_a_freshly_signed_cookie(app, login_as, client):
    login_as("admin")
    copy = app.test_client()
    copy_session(client, copy)
    # Nobody used the session for longer than the idle limit; the copied cookie's signature
    # is still fresh, but the server remembers when the session was last used.
    idle = app.config["PERMANENT_SESSION_LIFETIME"] + timedelta(minutes=1)
    db.session.execute(update(SignInSession).values(last_seen_at=datetime.now(UTC) - idle))
    db.session.commit()
    assert copy.get("/admin/").status_code == 302
    assert client.get("/admin/").status_code == 302


def test_signing_out_in_one_browser_leaves_the_others_signed_in(app, login_as, client):
    login_as("admin", "ana")
    other = app.test_client()
    response = other.post(
        "/login", data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(other)}
    )
    code = fresh_code(db.session.scalar(select(User).where(User.username == "ana")))
    other.post("/login/code", data={"code": code, "csrf_token": csrf_token(other, "/login/code")})
    assert response.status_code == 302 and other.get("/admin/").status_code == 200
    sign_out(other)
    assert other.get("/admin/").status_code == 302
    assert client.get("/admin/").status_code == 200
