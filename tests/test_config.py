"""Configuration from the environment, with clear refusals of unusable values."""

import pytest

from vetting import create_app
from vetting.config import ConfigError


def test_the_database_url_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert create_app().config["SQLALCHEMY_DATABASE_URI"].endswith("other.sqlite")


def test_the_secret_key_is_generated_once_into_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = create_app().config["SECRET_KEY"]
    assert first == create_app().config["SECRET_KEY"]
    assert (tmp_path / "secret_key").read_text().strip() == first


def test_postgres_urls_use_the_psycopg_driver(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@localhost/v")
    url = create_app().config["SQLALCHEMY_DATABASE_URI"]
    assert url.startswith("postgresql+psycopg://")


def test_a_bad_number_is_refused_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("SESSION_IDLE_MINUTES", "half an hour")
    with pytest.raises(ConfigError, match="SESSION_IDLE_MINUTES"):
        create_app()


def test_behind_a_trusted_proxy_the_client_address_is_the_forwarded_one(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("TRUSTED_PROXIES", "1")
    app = create_app({"TESTING": True})
    seen = {}

    @app.route("/_addr")
    def _addr():
        from flask import request

        seen["addr"] = request.remote_addr
        return "ok"

    _addr.allowed_roles = frozenset({"public"})
    app.test_client().get("/_addr", headers={"X-Forwarded-For": "203.0.113.9"})
    assert seen["addr"] == "203.0.113.9"
