"""Fixtures: an app on a fresh migrated database, clients, and users of every role."""
from __future__ import annotations

import re
import shutil
from datetime import date, timedelta

import pytest

from tests import factories
from vetting import create_app
from vetting.cli import init_db
from vetting.extensions import db

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory):
    """One database migrated once; each test gets its own copy of the file."""
    folder = tmp_path_factory.mktemp("template")
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'template.sqlite'}",
                      "SECRET_KEY": "test"})
    with app.app_context():
        init_db()
        db.engine.dispose()
    return folder / "template.sqlite"


@pytest.fixture
def app(tmp_path, migrated_db, monkeypatch):
    """The application on a private copy of the migrated database."""
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    shutil.copy(migrated_db, tmp_path / "test.sqlite")
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'test.sqlite'}",
    })
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
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or \
        re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


@pytest.fixture
def login(client):
    """Sign a user in through the login form."""

    def sign_in(username: str, password: str = PASSWORD):
        token = csrf_token(client)
        return client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": token})

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

        def delete(self, path, **kw):
            return self.client.delete(path, headers=self._headers(), **kw)

    return Api


@pytest.fixture
def today():
    return date.today()


@pytest.fixture
def next_year():
    return date.today() + timedelta(days=365)
