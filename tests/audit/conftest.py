"""Fixtures for the auditor's and the records tests: cycles worked to a chosen shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import g, request_started

from tests import factories
from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import Finding, ItemOutcome

CHECKLIST = ["social-media", "news", "public-records"]
# A sample finding whose words must never reach the auditor.
SECRET_NAME = "Zebulon Quartermaine"
SECRET_EXCERPT = "Quokkaflame brawl outside the Tamarind bar"
SECRET_URL = "https://leakycontent.example.net/zq/post/77"
SECRET_NOTES = "Marmalade handle linked from his application"
SECRET_REASON = "Xylophone reason: the candidate never lived abroad so no foreign press"
NA_REASON = "The candidate has never held a professional licence, so no board records exist."
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _fresh_g(sender, **extra):
    # One app context stays pushed for the whole test, so `g` (where Flask-Login caches the
    # user) would leak between requests; production gives each request its own.
    g.__dict__.clear()


@pytest.fixture(autouse=True)
def fresh_g_per_request(app):
    """Start every request with an empty ``g``, as in production."""
    request_started.connect(_fresh_g, app)
    yield
    request_started.disconnect(_fresh_g, app)


@pytest.fixture
def searcher(make_user):
    """A designated searcher."""
    return make_user("sam", "searcher")


@pytest.fixture
def cycle(app):
    """A seven-year cycle with a three-item checklist, created at T0."""
    cycle = factories.CycleFactory(
        checklist_version=factories.ChecklistVersionFactory(items=CHECKLIST),
        created_at=T0,
        search_window_years=7,
    )
    db.session.commit()
    return cycle


@pytest.fixture
def add_candidate(cycle):
    """Add a candidate to ``cycle`` and return their vetting."""

    def add(name: str | None = None, target=None):
        candidate = factories.CandidateFactory(
            cycle=target or cycle, consent_on=T0.date(), **({"name": name} if name else {})
        )
        db.session.commit()
        return candidate.vetting

    return add


@pytest.fixture
def work(searcher):
    """Work a vetting: outcomes for items, findings, start and submit times, audit events."""

    def work_(
        vetting,
        *,
        outcomes=None,
        findings=(),
        hours: float = 4,
        state="submitted",
        by=None,
        start=T0 + timedelta(days=1),
    ):
        by = by or searcher
        keys = {i.key: i for i in vetting.checklist_version.items}
        if outcomes is None:
            outcomes = {k: ("nothing_found", "") for k in keys}
        for key, (outcome, reason) in outcomes.items():
            db.session.add(
                ItemOutcome(
                    vetting=vetting,
                    item=keys[key],
                    outcome=outcome,
                    reason=reason,
                    updated_by_id=by.id,
                )
            )
        for spec in findings:
            spec = dict(spec)
            item_key = spec.pop("item", next(iter(keys)))
            db.session.add(
                Finding(
                    vetting=vetting,
                    item_id=keys[item_key].id if item_key else None,
                    url=spec.pop("url", "https://example.org/post/1"),
                    platform=spec.pop("platform", "Facebook"),
                    captured_at=spec.pop("captured_at", start + timedelta(hours=1)),
                    method="public_profile",
                    excerpt=spec.pop("excerpt", "A public post."),
                    relevance="other_misconduct",
                    notes=spec.pop("notes", ""),
                    attested_lawful=True,
                    logged_by_id=spec.pop("logged_by", by).id,
                    **spec,
                )
            )
        if state != "assigned":
            vetting.state = state
            vetting.started_at = start
            record(
                Actor(by),
                "vetting.start",
                vetting,
                role="searcher",
                cycle_id=vetting.candidate.cycle_id,
            )
        if state not in ("assigned", "in_progress"):
            vetting.submitted_at = start + timedelta(hours=hours)
            vetting.submitted_by_id = by.id
            vetting.attested_lawful = True
            record(
                Actor(by),
                "vetting.submit",
                vetting,
                role="searcher",
                cycle_id=vetting.candidate.cycle_id,
            )
        db.session.commit()
        return vetting

    return work_


def findings_from(*hosts: str) -> list[dict]:
    """One finding per host, on the first checklist item."""
    return [{"url": f"https://{h}/p/{n}", "platform": h} for n, h in enumerate(hosts)]


@pytest.fixture
def uniform_cycle(cycle, add_candidate, work):
    """Three candidates vetted the same way: four hours, two sources each."""
    vettings = [add_candidate() for _ in range(3)]
    for v in vettings:
        work(v, findings=findings_from("facebook.com", "news.example.com"))
    return vettings
