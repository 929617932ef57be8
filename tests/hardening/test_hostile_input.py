"""Text no database can store (NUL characters, lone surrogates) is refused with a 422, never a 500.

These run on SQLite and, in ``make test-postgres``, on PostgreSQL, which refuses NUL itself.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tests import factories
from tests.conftest import PASSWORD, csrf_token
from vetting.extensions import db
from vetting.models import Finding, User, Validation


def count(model) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def vetting(app):
    cycle = factories.CycleFactory(
        checklist_version=factories.ChecklistVersionFactory(items=["social-media"])
    )
    candidate = factories.CandidateFactory(cycle=cycle)
    db.session.commit()
    return candidate.vetting


@pytest.fixture
def searcher(api, vetting):
    sam = api("sam", "searcher")
    factories.AssignmentFactory(cycle=vetting.cycle, user=sam.user, role="searcher")
    db.session.commit()
    return sam


def finding_body(**overrides) -> dict:
    body = {
        "item": "social-media",
        "url": "https://social.example/posts/1",
        "platform": "Facebook",
        "captured_at": "2025-06-01T21:30:00+00:00",
        "method": "public_profile",
        "excerpt": "Threatened a neighbour.",
        "relevance": "violence_threat",
        "notes": "",
        "attest_lawful": True,
    }
    body.update(overrides)
    return body


def raw_json(body) -> str:
    """The body as JSON text; a lone surrogate is written as its ``\\ud800`` escape."""
    text = json.dumps(body)
    assert "\\ud" in text or "\\u0000" in text
    return text


# --- the JSON API -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {"excerpt": "before \ud800 after"},
        {"notes": "\udfff"},
        {"platform": "Face\udc00book"},
    ],
)
def test_a_lone_surrogate_in_api_json_is_422_and_nothing_is_stored(searcher, vetting, overrides):
    response = searcher.post(
        f"/api/v1/vettings/{vetting.id}/findings",
        data=raw_json(finding_body(**overrides)),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "lone surrogate" in response.json["error"]
    assert count(Finding) == 0


def test_a_lone_surrogate_in_a_json_key_is_422(api):
    admin = api("alice", "admin")
    response = admin.post(
        "/api/v1/users",
        data=raw_json(
            {
                "username": "dana",
                "password": "long enough password",
                "roles": ["reviewer"],
                "\ud800": 1,
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert count(User) == 1


def test_a_lone_surrogate_reaches_no_review_endpoint(api, searcher, vetting):
    response = searcher.post(f"/api/v1/vettings/{vetting.id}/findings", json=finding_body())
    fid = response.json["id"]
    rita = api("rita", "reviewer")
    factories.AssignmentFactory(cycle=vetting.cycle, user=rita.user, role="reviewer")
    vetting.state = "submitted"
    db.session.commit()
    response = rita.post(
        f"/api/v1/findings/{fid}/validation",
        data=raw_json(
            {
                "outcome": "unverifiable",
                "identifiers": ["name", "workplace"],
                "candidate_response": "\ud83d",
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert count(Validation) == 0


def test_a_nul_in_an_api_path_is_422(api):
    admin = api("alice", "admin")
    response = admin.get("/api/v1/users/ali%00ce/tokens")
    assert response.status_code == 422 and "NUL" in response.json["error"]


# --- web forms --------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["username", "password"])
def test_a_nul_in_the_sign_in_form_is_422_with_a_clear_message(make_user, client, field):
    make_user("ana", "admin")
    data = {"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(client)}
    data[field] = data[field][:2] + "\x00" + data[field][2:]
    response = client.post("/login", data=data)
    assert response.status_code == 422
    assert "must not contain NUL" in response.get_data(as_text=True)
    assert client.get("/admin/").status_code == 302  # still signed out


def test_a_nul_in_a_signed_in_form_is_422_and_nothing_is_saved(login_as, client):
    login_as("admin", "alice")
    response = client.post(
        "/admin/users",
        data={
            "username": "dana\x00",
            "password": "long enough password",
            "roles": ["reviewer"],
            "csrf_token": csrf_token(client, "/admin/users"),
        },
    )
    assert response.status_code == 422
    assert "must not contain NUL" in response.get_data(as_text=True)
    assert count(User) == 1


def test_a_nul_in_a_multipart_form_field_is_422(login_as, client, vetting):
    sam = login_as("searcher", "sam")
    factories.AssignmentFactory(cycle=vetting.cycle, user=sam, role="searcher")
    db.session.commit()
    page = f"/search/vettings/{vetting.id}/findings/new"
    form = {
        **finding_body(excerpt="Threatened\x00 a neighbour."),
        "attest_lawful": "y",
        "captured_at": "2025-06-01T21:30",
        "csrf_token": csrf_token(client, page),
    }
    response = client.post(page, data=form, content_type="multipart/form-data")
    assert response.status_code == 422
    assert count(Finding) == 0


def test_a_nul_in_a_query_string_is_422(login_as, client):
    login_as("auditor", "ada")
    response = client.get("/audit/trail?actor=ali%00ce")
    assert response.status_code == 422
    assert "must not contain NUL" in response.get_data(as_text=True)
