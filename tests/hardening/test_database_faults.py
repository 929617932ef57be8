"""A locked or unreachable database gives 503 with Retry-After, and nothing is lost."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from flask import g
from sqlalchemy import event, func, select, text

from tests import factories
from tests.conftest import csrf_token
from vetting import create_app
from vetting.config import engine_options
from vetting.extensions import db
from vetting.models import User


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def admin_token(sqlite_app):
    admin = factories.UserFactory(username="admin1", roles=["admin"])
    db.session.commit()
    return factories.token_for(admin)


@pytest.fixture
def locked(locked_later):
    """Hold an exclusive lock on the SQLite file from another connection; the app waits 0.1 s."""
    return locked_later()


@pytest.fixture
def locked_later(sqlite_app):
    """A function that takes the exclusive lock when called and returns its release."""
    holders = []

    def lock():
        holders.append(_hold_lock())
        return holders[-1]

    yield lock
    for release in holders:
        release()


def _hold_lock():
    event.listen(
        db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=100")
    )
    db.session.remove()
    db.engine.dispose()  # new connections pick up the short timeout
    holder = sqlite3.connect(db.engine.url.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")

    released = []

    def release():
        if not released:
            holder.execute("ROLLBACK")
            holder.close()
            released.append(True)

    return release


def users_named(name: str) -> int:
    db.session.remove()
    return db.session.scalar(select(func.count()).select_from(User).where(User.username == name))


def test_a_locked_database_gives_a_json_503_with_retry_after(sqlite_app, admin_token, locked):
    client = sqlite_app.test_client()
    response = client.get(
        "/api/v1/audit/verify", headers={"Authorization": f"Bearer {admin_token}"}
    )
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    assert "try again" in response.get_json()["error"]
    assert response.get_json()["request_id"] == response.headers["X-Request-ID"]


def test_a_write_refused_by_a_lock_leaves_nothing_behind_and_succeeds_later(
    sqlite_app, admin_token, locked
):
    client = sqlite_app.test_client()
    headers = {"Authorization": f"Bearer {admin_token}"}
    body = {
        "username": "newsearcher",
        "password": "a long enough password 1",
        "roles": ["searcher"],
    }
    refused = client.post("/api/v1/users", json=body, headers=headers)
    assert refused.status_code == 503
    locked()  # the other writer finishes
    assert users_named("newsearcher") == 0
    retried = client.post("/api/v1/users", json=body, headers=headers)
    assert retried.status_code == 201, retried.get_json()
    assert users_named("newsearcher") == 1


def test_a_locked_database_gives_a_friendly_503_page(sqlite_app, locked):
    client = sqlite_app.test_client()
    token = csrf_token(client)
    response = client.post(
        "/login", data={"username": "someone", "password": "whatever", "csrf_token": token}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert "nothing was saved" in html
    assert response.headers["X-Request-ID"] in html
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.fixture
def unreachable_app(tmp_path, monkeypatch):
    """The application pointed at a PostgreSQL server that is not there."""
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": f"postgresql://vetting@127.0.0.1:{closed_port()}/vetting",
            "SQLALCHEMY_ENGINE_OPTIONS": {
                "pool_pre_ping": True,
                "connect_args": {"connect_timeout": 2},
            },
        }
    )
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_an_unreachable_database_gives_a_json_503(unreachable_app):
    response = unreachable_app.test_client().get(
        "/api/v1/audit/verify", headers={"Authorization": "Bearer some-token"}
    )
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert response.is_json


def test_an_unreachable_database_gives_a_friendly_503_page(unreachable_app):
    client = unreachable_app.test_client()
    token = csrf_token(client)
    response = client.post(
        "/login", data={"username": "someone", "password": "whatever", "csrf_token": token}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "503 — Unavailable" in html
    assert "psycopg" not in html and "127.0.0.1" not in html


@pytest.mark.postgres
def test_a_postgresql_lock_held_too_long_gives_a_503(database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "DATABASE_LOCK_TIMEOUT_MS": 200,
            "SQLALCHEMY_DATABASE_URI": database_url,
        }
    )
    with app.app_context():
        admin = factories.UserFactory(username="admin1", roles=["admin"])
        db.session.commit()
        token = factories.token_for(admin)
        db.session.remove()
        with db.engine.connect() as holder:  # another session holds the users table
            holder.execute(text("LOCK TABLE users IN ACCESS EXCLUSIVE MODE"))
            response = app.test_client().post(
                "/api/v1/users",
                headers={"Authorization": f"Bearer {token}"},
                json={"username": "x1", "password": "a long enough password 1", "roles": ["board"]},
            )
            holder.rollback()
        db.session.remove()
        db.engine.dispose()
    assert response.status_code == 503
    assert response.headers["Retry-After"]


def test_postgresql_connections_give_up_on_locks_and_silent_servers():
    settings = {
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://vetting@db/vetting",
        "DATABASE_LOCK_TIMEOUT_MS": 5000,
        "DATABASE_CONNECT_TIMEOUT": 5,
    }
    options = engine_options(settings)
    assert options["connect_args"] == {"connect_timeout": 5, "options": "-c lock_timeout=5000"}
    assert options["pool_pre_ping"] is True
    settings["SQLALCHEMY_DATABASE_URI"] = "sqlite:///x.sqlite"
    assert "connect_args" not in engine_options(settings)


def test_a_signed_in_user_gets_real_error_pages_when_the_database_is_locked(
    sqlite_app, locked_later
):
    board = factories.UserFactory(username="board1", roles=["board"])
    db.session.commit()
    client = sqlite_app.test_client()
    signed_in = client.post(
        "/login",
        data={
            "username": board.username,
            "password": factories.PASSWORD,
            "csrf_token": csrf_token(client),
        },
    )
    assert signed_in.status_code == 302
    home = client.get("/")
    assert "/login" not in (home.location or ""), signed_in.location
    locked_later()
    # Each real request has its own app context; this test's outer one would keep the user
    # loaded by the request before, so forget it as a new request would.
    g.pop("_login_user", None)
    response = client.get("/no/such/page")
    html = response.get_data(as_text=True)
    assert response.status_code == 404  # never a 500 because the menu needs the database
    assert "404 — Not found" in html and "app.css" in html  # the real page, just without a menu
    g.pop("_login_user", None)
    response = client.get("/")
    html = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "503 — Unavailable" in html and "app.css" in html
    assert response.headers["X-Request-ID"] in html
