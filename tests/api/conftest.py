"""Fixtures for the API tests: a cycle with its people, and helpers to count what was written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests import factories
from vetting.extensions import db
from vetting.models import AuditEvent

CHECKLIST = ["social-media", "news", "public-records"]


@pytest.fixture
def admin(api):
    """An administrator's API client."""
    return api("alice", "admin")


@pytest.fixture
def cycle(app):
    """A hiring cycle with a three-item checklist."""
    cycle = factories.CycleFactory(
        checklist_version=factories.ChecklistVersionFactory(items=CHECKLIST)
    )
    db.session.commit()
    return cycle


@pytest.fixture
def other_cycle(app):
    """A second cycle, whose people must not reach into the first."""
    cycle = factories.CycleFactory(
        checklist_version=factories.ChecklistVersionFactory(items=CHECKLIST)
    )
    db.session.commit()
    return cycle


@pytest.fixture
def assign():
    """Assign an API client's user to a cycle in a role."""

    def assign_(client, cycle, role):
        factories.AssignmentFactory(cycle=cycle, user=client.user, role=role)
        db.session.commit()
        return client

    return assign_


@pytest.fixture
def vetting(cycle):
    """The vetting of a candidate in ``cycle``."""
    candidate = factories.CandidateFactory(cycle=cycle)
    db.session.commit()
    return candidate.vetting


@pytest.fixture
def searcher(api, assign, cycle):
    """A designated searcher assigned to ``cycle``."""
    return assign(api("sam", "searcher"), cycle, "searcher")


@pytest.fixture
def reviewer(api, assign, cycle):
    """A reviewer assigned to ``cycle``."""
    return assign(api("rita", "reviewer"), cycle, "reviewer")


@pytest.fixture
def board(api, assign, cycle):
    """A board member assigned to ``cycle``."""
    return assign(api("bob", "board"), cycle, "board")


def finding_body(**overrides) -> dict:
    """A lawful finding as a searcher would send it; ``overrides`` change single fields."""
    body = {
        "item": "social-media",
        "url": "https://social.example/posts/123",
        "platform": "Facebook",
        "captured_at": "2025-06-01T21:30:00+00:00",
        "method": "public_profile",
        "excerpt": "Threatened to fight anyone who parks in his spot.",
        "relevance": "violence_threat",
        "notes": "Profile linked from the application form.",
        "attest_lawful": True,
    }
    body.update(overrides)
    return body


@pytest.fixture
def finding(searcher, vetting):
    """A finding logged through the API by ``searcher``; returns its id."""
    response = searcher.post(f"/api/v1/vettings/{vetting.id}/findings", json=finding_body())
    assert response.status_code == 201, response.json
    return response.json["id"]


def count(model) -> int:
    """How many rows a table holds now."""
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def actions(action: str | None = None) -> list[AuditEvent]:
    """The audit events so far, oldest first (only those of ``action`` when given)."""
    db.session.expire_all()
    query = select(AuditEvent).order_by(AuditEvent.id)
    if action:
        query = query.where(AuditEvent.action == action)
    return list(db.session.scalars(query))
