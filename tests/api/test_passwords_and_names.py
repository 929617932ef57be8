"""Passwords must be hard to guess; usernames are one name whatever their case or Unicode form."""

from __future__ import annotations

import pytest
from alembic import command
from flask_migrate import upgrade
from sqlalchemy import create_engine, inspect, text

from tests.api.conftest import count
from tests.conftest import PASSWORD, PostgresServer, csrf_token
from vetting import create_app
from vetting.extensions import db
from vetting.models import User
from vetting.services.accounts import authenticate

USERS = "/api/v1/users"


def new_user(**overrides):
    return {
        "username": "dana",
        "password": "long enough password",
        "roles": ["reviewer"],
        **overrides,
    }


@pytest.mark.parametrize(
    "password, reason",
    [
        ("password", "at least 12 characters"),
        ("12345678", "at least 12 characters"),
        (" " * 12, "only of spaces or invisible characters"),
        ("\u200b" * 12, "only of spaces or invisible characters"),
        ("\u3000\t\u00a0" * 4, "only of spaces or invisible characters"),
        ("qwerty123456", "most commonly used passwords"),
        ("1QAZ2WSX3EDC", "most commonly used passwords"),
        ("Password1234", "most commonly used passwords"),
        ("passwordpassword", "guessed too quickly"),
        ("abcdabcdabcd", "guessed too quickly"),
        ("123456789012", "guessed too quickly"),
        ("dana-dana-dana", "guessed too quickly"),
    ],
)
def test_a_weak_password_is_refused_saying_why(admin, password, reason):
    response = admin.post(USERS, json=new_user(password=password))
    assert response.status_code == 422
    assert reason in response.json["error"]
    assert count(User) == 1


def test_a_long_uncommon_passphrase_is_accepted(admin):
    assert admin.post(USERS, json=new_user(password="violet kettle sparrow")).status_code == 201


def test_changing_to_a_common_password_is_refused(login_as, client):
    login_as("board", "bea")
    response = client.post(
        "/account/password",
        data={
            "current": PASSWORD,
            "new": "password1234",
            "confirm": "password1234",
            "csrf_token": csrf_token(client, "/account/password"),
        },
    )
    assert response.status_code == 422
    assert b"most commonly used passwords" in response.data


@pytest.mark.parametrize("variant", ["DANA", "Dana", "dAnA"])
def test_a_username_differing_only_in_case_is_taken(admin, variant):
    assert admin.post(USERS, json=new_user()).status_code == 201
    response = admin.post(USERS, json=new_user(username=variant))
    assert response.status_code == 409
    assert "'dana'" in response.json["error"] and "letter case" in response.json["error"]
    assert count(User) == 2


@pytest.mark.parametrize("typed", ["dana", "DANA", " Dana ", "\uff24\uff41\uff4e\uff41"])
def test_sign_in_finds_the_account_whatever_the_case_or_width_typed(admin, typed):
    admin.post(USERS, json=new_user())
    assert authenticate(typed, "long enough password").username == "dana"


def test_the_api_finds_a_user_by_any_case_of_the_name(admin):
    admin.post(USERS, json=new_user())
    response = admin.post(
        f"{USERS}/DANA/designation",
        json={
            "expires_on": "2099-01-01",
            "acknowledgment": "I acknowledge the confidentiality duties of a sensitive position.",
        },
    )
    assert response.status_code == 201


def test_the_migration_refuses_names_that_clash_and_changes_nothing(
    tmp_path, migrated_db, monkeypatch
):
    if isinstance(migrated_db, PostgresServer):
        url = migrated_db.create(f"{migrated_db.prefix}_clash")
    else:
        url = f"sqlite:///{tmp_path / 'clash.sqlite'}"
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "test"})
    try:
        with app.app_context():
            migrate = app.extensions["migrate"]
            upgrade(directory=migrate.directory, revision="0005_merge")
            with db.engine.begin() as conn:
                for name in ("S1", "s1", "ana"):
                    conn.execute(
                        text(
                            "INSERT INTO users (username, password_hash, active, created_at) "
                            "VALUES (:name, 'x', true, CURRENT_TIMESTAMP)"
                        ),
                        {"name": name},
                    )
            with pytest.raises(RuntimeError, match=r"'S1' \(id 1\) and 's1' \(id 2\)"):
                command.upgrade(migrate.migrate.get_config(migrate.directory), "heads")
            db.engine.dispose()
        schema = inspect(engine := create_engine(app.config["SQLALCHEMY_DATABASE_URI"]))
        assert "sign_in_sessions" not in schema.get_table_names()
        assert "username_key" not in {c["name"] for c in schema.get_columns("users")}
        engine.dispose()
    finally:
        if isinstance(migrated_db, PostgresServer):
            migrated_db.drop(f"{migrated_db.prefix}_clash")
