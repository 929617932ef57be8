"""The trail for the auditor: paged and filtered, exported, and checked for tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import AuditEvent


@pytest.fixture
def events(app, make_user):
    """Twelve events by two actors in two cycles."""
    ann, ben = make_user("ann", "admin"), make_user("ben", "searcher")
    for n in range(12):
        who = ann if n % 2 else ben
        record(
            Actor(who),
            "finding.create" if n % 3 else "vetting.submit",
            None,
            role="searcher",
            cycle_id=1 + n % 2,
            object_type="vetting",
            object_id=n,
        )
    db.session.commit()
    return db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()


def tamper(event_id: int):
    """Change an event behind the application's back, as someone with database access could."""
    db.session.execute(
        text("UPDATE audit_events SET action = 'user.create' WHERE id = :id"), {"id": event_id}
    )
    db.session.commit()


def test_the_events_api_pages_newest_first_with_next_page_info(api, events):
    auditor = api("audra", "auditor")
    total = db.session.scalar(select(func.count()).select_from(AuditEvent))
    first = auditor.get("/api/v1/audit/events?per_page=5").get_json()
    assert len(first["events"]) == 5 and first["total"] == total
    assert first["next_page"] == 2 and "page=2" in first["next"]
    ids = [e["id"] for e in first["events"]]
    assert ids == sorted(ids, reverse=True)
    assert set(first["events"][0]) >= {"id", "at", "actor", "action", "object"}
    second = auditor.get(first["next"]).get_json()
    assert [e["id"] for e in second["events"]][0] == ids[-1] - 1


def test_the_events_api_filters_by_actor_action_and_cycle(api, events):
    auditor = api("audra", "auditor")
    body = auditor.get("/api/v1/audit/events?actor=ann&action=finding.create&cycle=2").get_json()
    assert body["events"] and all(
        e["actor"] == "ann" and e["action"] == "finding.create" and e["cycle_id"] == 2
        for e in body["events"]
    )
    prefix = auditor.get("/api/v1/audit/events?action=vetting&per_page=200").get_json()
    assert {e["action"] for e in prefix["events"]} == {"vetting.submit"}


def test_the_events_api_filters_by_time(api, events):
    auditor = api("audra", "auditor")
    since = events[5].at.isoformat()
    body = auditor.get(
        "/api/v1/audit/events", query_string={"since": since, "until": events[8].at.isoformat()}
    ).get_json()
    assert [e["id"] for e in body["events"]] == [e.id for e in reversed(events[5:9])]


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "per_page=5000",
        "cycle=abc",
        "since=yesterday",
        "since=2026-02-01&until=2026-01-01",
    ],
)
def test_bad_filters_are_a_plain_422(api, events, query):
    response = api("audra", "auditor").get(f"/api/v1/audit/events?{query}")
    assert response.status_code == 422 and response.get_json()["error"]


@pytest.mark.parametrize("path", ["/api/v1/audit/events", "/api/v1/audit/verify"])
@pytest.mark.parametrize("role", ["admin", "searcher", "reviewer", "board"])
def test_only_the_auditor_reads_the_trail_api(api, role, path):
    assert api(f"{role}9", role).get(path).status_code == 403


def test_the_trail_page_filters_and_pages(client, login_as, events):
    login_as("auditor")
    page = client.get("/audit/trail?actor=ben&per_page=2").get_data(as_text=True)
    assert "Older events" in page and "<td>ann</td>" not in page and "<td>ben</td>" in page
    assert "actor=ben" in page  # the filter survives paging and the CSV link


def test_the_trail_page_explains_a_bad_filter(client, login_as):
    login_as("auditor")
    response = client.get("/audit/trail?since=soon")
    assert response.status_code == 422
    assert b"since must be a date" in response.data


def test_the_trail_csv_has_every_matching_event(client, login_as, events):
    login_as("auditor")
    lines = client.get("/audit/trail.csv?cycle=1").get_data(as_text=True).strip().splitlines()
    assert lines[0].startswith("id,at,actor,role,action,object_type")
    assert len(lines) - 1 == sum(1 for e in events if e.cycle_id == 1)


def test_verify_says_ok_with_the_count_and_the_head_hash(api, client, login_as, events):
    body = api("audra", "auditor").get("/api/v1/audit/verify").get_json()
    head = db.session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    assert body == {
        "ok": True,
        "events": body["events"],
        "first_broken": None,
        "head": head,
        "anchored": body["events"],
        "missing": 0,
        "agreed_events": None,
        "agreed_head": None,
        "lost": [],
        "legacy_events": 0,
    }
    login_as("auditor", "auditor2")
    page = client.get("/audit/verify").get_data(as_text=True)
    head = db.session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    assert "OK: all" in page and head in page


def test_an_edited_event_is_detected_and_named_by_the_api(api, events):
    auditor = api("audra", "auditor")
    tamper(events[4].id)
    body = auditor.get("/api/v1/audit/verify").get_json()
    assert body["ok"] is False and body["first_broken"] == events[4].id


def test_an_edited_event_is_detected_and_named_on_the_page(client, login_as, events):
    login_as("auditor")
    tamper(events[7].id)
    page = client.get("/audit/verify").get_data(as_text=True)
    assert f"BROKEN: event {events[7].id} does not match the chain" in page


def test_an_edited_event_is_detected_and_named_by_the_cli(app, events):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["audit-verify"]).exit_code == 0
    tamper(events[2].id)
    result = runner.invoke(args=["audit-verify"])
    assert result.exit_code == 1
    assert f"BROKEN: event {events[2].id}" in result.output


def test_a_deleted_event_breaks_the_chain_at_the_next_one(api, events):
    db.session.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": events[3].id})
    db.session.commit()
    body = api("audra", "auditor").get("/api/v1/audit/verify").get_json()
    assert body["ok"] is False and body["first_broken"] == events[4].id


def test_the_events_api_filters_by_role_and_object(api, events):
    auditor = api("audra", "auditor")
    body = auditor.get("/api/v1/audit/events?object=vetting:4&role=searcher").get_json()
    assert [e["object"] for e in body["events"]] == ["vetting:4"]
    assert auditor.get("/api/v1/audit/events?object=vetting:x").status_code == 422


@pytest.mark.parametrize(
    "query",
    [
        "cycle=99999999999999999999",
        "page=99999999999999999999",
        "object=vetting:99999999999999999999",
        "per_page=" + "9" * 5000,
    ],
)
def test_huge_numbers_are_a_plain_422_not_a_crash(api, query):
    response = api("audra", "auditor").get(f"/api/v1/audit/events?{query}")
    assert response.status_code == 422
