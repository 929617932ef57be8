"""Fixtures for the hardening tests: routes that fail on purpose, and a live SQLite database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flask import abort, request

from vetting import create_app
from vetting.cli import init_db
from vetting.extensions import csrf, db
from vetting.permissions import PUBLIC, allow

SECRET_DETAIL = "kaboom-internal-detail-7731"


@pytest.fixture
def failing_routes(app):
    """Routes that exist only in these tests: one raises, one aborts with a given status."""

    @allow(PUBLIC)
    def boom():
        raise RuntimeError(SECRET_DETAIL)

    @allow(PUBLIC)
    def aborts(code: int):
        abort(code)

    @allow(PUBLIC)
    def read_form():
        return {"size": len(request.form.get("text", ""))}

    @allow(PUBLIC)
    @csrf.exempt  # like the real API, which authenticates by bearer token
    def read_body():
        return {"size": len(request.get_data())}

    for prefix in ("/test", "/api/test"):
        name = prefix.strip("/").replace("/", "_")
        app.add_url_rule(f"{prefix}/boom", f"{name}_boom", boom)
        app.add_url_rule(f"{prefix}/abort/<int:code>", f"{name}_abort", aborts)
    app.add_url_rule("/test/body", "test_body", read_form, methods=["POST"])
    app.add_url_rule("/api/test/body", "api_test_body", read_body, methods=["POST"])
    return app


@pytest.fixture
def sqlite_app(tmp_path, migrated_db, monkeypatch):
    """The application on a migrated SQLite file, whatever database the suite runs on."""
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    live = tmp_path / "live.sqlite"
    if isinstance(migrated_db, Path):
        shutil.copy(migrated_db, live)
    migrated = live.exists()  # the app creates the file (owner-only) when it is missing
    app = create_app(
        {"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{live}"}
    )
    with app.app_context():
        if not migrated:
            init_db()
        yield app
        db.session.remove()
        db.engine.dispose()
