"""The trail page: filters chosen from lists, days on the department's clock, noted heads."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import AuditEvent


@pytest.fixture
def recorded(app, make_user):
    """Events by two actors, as the application writes them."""
    ann, ben = make_user("ann", "admin"), make_user("ben", "searcher")
    record(Actor(ann), "cycle.create", None, role="admin", object_type="cycle", object_id=1)
    record(Actor(ben), "finding.create", None, role="searcher", object_type="finding", object_id=7)
    record(Actor(ben), "finding.read", None, role="searcher", object_type="finding", object_id=7)
    db.session.commit()


@pytest.fixture
def events(recorded):
    """The same, one of them moved to late on a Denver evening (already the next UTC day)."""
    late = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "finding.read"))
    # 2027-03-02 03:30 UTC is 2027-03-01 20:30 in Denver. Moving it breaks its hash, which
    # these filter tests do not check.
    db.session.execute(
        text("UPDATE audit_events SET at = :at WHERE id = :id"),
        {"at": datetime(2027, 3, 2, 3, 30), "id": late.id},
    )
    db.session.commit()
    return late


def _options(html: str, name: str) -> list[str]:
    select_html = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select_html, f"no choice list for {name}"
    return re.findall(r'value="([^"]*)"', select_html.group(1))


def test_filters_are_choice_lists_of_what_the_trail_holds(events, login_as, client):
    login_as("auditor")
    html = client.get("/audit/trail").get_data(as_text=True)
    assert {"ann", "ben"} <= set(_options(html, "actor"))
    assert {"admin", "searcher"} <= set(_options(html, "role"))
    assert {"cycle.create", "finding.create", "finding.read", "finding"} <= set(
        _options(html, "action")
    )
    assert {"cycle", "finding"} <= set(_options(html, "object"))
    assert 'type="date"' in html and 'name="since"' in html


def test_a_day_is_the_departments_day(events, login_as, client):
    login_as("auditor")
    html = client.get("/audit/trail?action=finding.read&since=2027-03-01&until=2027-03-01")
    assert "1 event(s) match" in html.get_data(as_text=True)
    utc_day = client.get("/audit/trail?action=finding.read&since=2027-03-02&until=2027-03-02")
    assert "0 event(s) match" in utc_day.get_data(as_text=True)


def test_a_noted_head_still_in_the_chain_is_confirmed(recorded, login_as, client):
    login_as("auditor")
    head = db.session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    html = client.get(f"/audit/verify?noted={head.hash}").get_data(as_text=True)
    assert f"hash of event {head.id}: nothing up to that event has changed" in html


def test_a_noted_head_that_no_event_has_is_reported(recorded, login_as, client):
    login_as("auditor")
    html = client.get(f"/audit/verify?noted={'ab' * 32}").get_data(as_text=True)
    assert "No event has the noted hash" in html


def test_a_noted_head_after_a_changed_event_is_not_confirmed(events, login_as, client):
    login_as("auditor")
    head = db.session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    html = client.get(f"/audit/verify?noted={head.hash}").get_data(as_text=True)
    assert "the chain is broken at or before it" in html


def test_a_mistyped_head_is_refused_beside_the_field(recorded, login_as, client):
    login_as("auditor")
    response = client.get("/audit/verify?noted=abc")
    assert response.status_code == 422
    assert "64 hexadecimal characters" in response.get_data(as_text=True)


def test_the_api_still_reads_a_bare_date_as_a_utc_day(events, api):
    auditor = api("audra", "auditor")
    body = auditor.get(
        "/api/v1/audit/events?action=finding.read&since=2027-03-02&until=2027-03-02"
    ).get_json()
    assert body["total"] == 1 and datetime.fromisoformat(body["events"][0]["at"]).tzinfo == UTC


def test_the_next_page_keeps_the_days_as_chosen(events, login_as, client):
    login_as("auditor")
    html = client.get("/audit/trail?since=2020-01-01&per_page=1").get_data(as_text=True)
    assert "since=2020-01-01" in html and "page=2" in html
