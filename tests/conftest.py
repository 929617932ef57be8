"""Fixtures: an app on a fresh migrated database, clients, and users of every role."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

import pyotp
import pytest
from flask import g, has_app_context
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests import factories
from vetting import create_app
from vetting.cli import init_db
from vetting.config import normalise_database_url
from vetting.extensions import db, limiter
from vetting.models import User
from vetting.services import two_factor

PASSWORD = "correct horse battery"
# Set (e.g. by ``make test-postgres``) to run the whole suite on PostgreSQL instead of SQLite.
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")


class PostgresServer:
    """The server named by ``TEST_DATABASE_URL``: a migrated template and a copy per test."""

    def __init__(self, url: str):
        self.url = make_url(normalise_database_url(url))
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        # The process id keeps two runs against one server from dropping each other's databases.
        self.prefix = f"vetting_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.count = 0

    def check(self) -> None:
        """Stop the whole run, loudly, when the server cannot be reached."""
        try:
            with self.admin.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - any failure to connect ends the run
            pytest.exit(
                f"TEST_DATABASE_URL is set but PostgreSQL cannot be reached "
                f"({self.url.render_as_string()}): {exc}",
                returncode=1,
            )

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(
                text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
            )
        return self.url_of(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def fresh(self) -> tuple[str, str]:
        """A new database copied from the migrated template: (name, url)."""
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        return name, self.create(name, template=self.template)


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory):
    """One database migrated once: an SQLite file, or a PostgreSQL template database."""
    if TEST_DATABASE_URL:
        server = PostgresServer(TEST_DATABASE_URL)
        server.check()
        url = server.create(server.template)
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "test"})
        with app.app_context():
            init_db()
            db.engine.dispose()  # a template must have no connections to be copied
        yield server
        server.drop(server.template)
        server.admin.dispose()
        return
    folder = tmp_path_factory.mktemp("template")
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'template.sqlite'}", "SECRET_KEY": "test"}
    )
    with app.app_context():
        init_db()
        db.engine.dispose()
    yield folder / "template.sqlite"


@pytest.fixture
def database_url(tmp_path, migrated_db):
    """The URL of a private, freshly migrated database for one test."""
    if isinstance(migrated_db, PostgresServer):
        name, url = migrated_db.fresh()
        yield url
        migrated_db.drop(name)
        return
    shutil.copy(migrated_db, tmp_path / "test.sqlite")
    yield f"sqlite:///{tmp_path / 'test.sqlite'}"


class Client(FlaskClient):
    """A test client whose every request starts with an empty ``g``, as in production.

    The ``app`` fixture keeps one app context open for the whole test, and Flask reuses it for
    each request, so ``g`` would carry the signed-in user (Flask-Login) and the CSRF token
    (Flask-WTF) from one request, or one client, into the next.
    """

    def open(self, *args, **kwargs):
        if not has_app_context():
            return super().open(*args, **kwargs)
        kept = dict(vars(g))
        vars(g).clear()
        try:
            return super().open(*args, **kwargs)
        finally:
            vars(g).clear()
            vars(g).update(kept)


@pytest.fixture
def app(tmp_path, database_url, monkeypatch):
    """The application on a private copy of the migrated database."""
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": database_url,
        }
    )
    limiter.reset()  # sign-in throttling stays on, but each test starts with clean counts
    app.test_client_class = Client
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    """A browser-like client (CSRF protection stays on)."""
    return app.test_client()


@pytest.fixture
def make_user(app):
    """Create a user holding ``roles``; searchers get an active designation unless told not."""

    def make(username: str, *roles: str, designated: bool = True):
        user = factories.UserFactory(username=username, roles=list(roles))
        if "searcher" in roles and designated:
            factories.DesignationFactory(user=user)
        db.session.commit()
        return user

    return make


def csrf_token(client, path: str = "/login") -> str:
    """The CSRF token of a page's form, as a browser would read it."""
    html = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def enroll_two_factor(user) -> str:
    """Give ``user`` a confirmed authenticator secret straight in the database; returns it."""
    if not user.two_factor_enrolled:
        user.totp_secret = pyotp.random_base32()
        user.totp_enrolled_at = datetime.now(UTC)
        db.session.commit()
    return user.totp_secret


def fresh_code(user) -> str:
    """A TOTP code the app would show now, usable again by a helper that signs in repeatedly."""
    # The replay guard refuses a code of an already used time step; tests that sign in twice
    # within 30 seconds would trip it, so the helper forgets the last step first.
    user.totp_last_counter = None
    db.session.commit()
    return pyotp.TOTP(user.totp_secret).now()


@pytest.fixture
def login(client):
    """Sign a user in through the login form, completing two-factor sign-in where it applies.

    A user who must use two-factor sign-in is enrolled directly in the database first; the
    code step is then passed with a current code. Returns the last response: a 302 onwards on
    success, the refused step's page otherwise.
    """

    def sign_in(username: str, password: str = PASSWORD, next: str | None = None):
        user = db.session.scalar(select(User).where(User.username == username))
        if user is not None and two_factor.required_for(user):
            enroll_two_factor(user)
        path = "/login" + (f"?{urlencode({'next': next})}" if next else "")
        response = client.post(
            path,
            data={"username": username, "password": password, "csrf_token": csrf_token(client)},
        )
        if response.status_code == 302 and response.location.endswith("/login/code"):
            response = client.post(
                "/login/code",
                data={"code": fresh_code(user), "csrf_token": csrf_token(client, "/login/code")},
            )
        return response

    return sign_in


@pytest.fixture
def login_as(make_user, login, client):
    """Create a user of ``role`` and sign them in; returns the user."""

    def sign_in(role: str, username: str | None = None, **kwargs):
        user = make_user(username or f"{role}1", role, **kwargs)
        response = login(user.username)
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return sign_in


@pytest.fixture
def api(app, make_user):
    """An API client acting with a bearer token of a new user of ``roles``."""

    class Api:
        def __init__(self, username: str, *roles: str, designated: bool = True):
            self.user = make_user(username, *roles, designated=designated)
            self.token = factories.token_for(self.user)
            self.client = app.test_client()

        def _headers(self):
            return {"Authorization": f"Bearer {self.token}"}

        def get(self, path, **kw):
            return self.client.get(path, headers=self._headers(), **kw)

        def post(self, path, **kw):
            return self.client.post(path, headers=self._headers(), **kw)

        def put(self, path, **kw):
            return self.client.put(path, headers=self._headers(), **kw)

        def patch(self, path, **kw):
            return self.client.patch(path, headers=self._headers(), **kw)

        def delete(self, path, **kw):
            return self.client.delete(path, headers=self._headers(), **kw)

    return Api


@pytest.fixture
def today():
    return date.today()


@pytest.fixture
def next_year():
    return date.today() + timedelta(days=365)


def pytest_report_header(config):
    return (
        f"database: PostgreSQL ({TEST_DATABASE_URL.rpartition('@')[2]})"
        if TEST_DATABASE_URL
        else "database: SQLite (tests marked postgres run in make test-postgres)"
    )


def pytest_collection_modifyitems(config, items):
    """Tests of PostgreSQL itself belong to the PostgreSQL run, not to the SQLite one."""
    if TEST_DATABASE_URL:
        return
    kept = [item for item in items if item.get_closest_marker("postgres") is None]
    left_out = [item for item in items if item.get_closest_marker("postgres") is not None]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept
