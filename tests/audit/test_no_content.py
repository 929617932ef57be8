"""The auditor audits the process, not the person: no finding content, URL, note or name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.audit.conftest import (
    SECRET_EXCERPT,
    SECRET_NAME,
    SECRET_NOTES,
    SECRET_REASON,
    SECRET_URL,
    T0,
)
from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.services import vettings

SECRETS = [
    SECRET_NAME,
    SECRET_EXCERPT,
    SECRET_URL,
    SECRET_NOTES,
    SECRET_REASON,
    "leakycontent",
    "Quokkaflame",
    "Marmalade",
    "Xylophone",
    "Zebulon",
]


@pytest.fixture
def sensitive_cycle(cycle, add_candidate, work, searcher):
    """A cycle whose candidate has a finding full of words the auditor must never see."""
    vetting = add_candidate(SECRET_NAME)
    actor = Actor(searcher, "127.0.0.1")
    vettings.set_item_outcome(actor, vetting, "news", "not_applicable", SECRET_REASON)
    vettings.log_finding(
        actor,
        vetting,
        {
            "item": "social-media",
            "url": SECRET_URL,
            "platform": "Facebook",
            "captured_at": (T0 + timedelta(days=2)).isoformat(),
            "method": "public_profile",
            "excerpt": SECRET_EXCERPT,
            "relevance": "violence_threat",
            "notes": SECRET_NOTES,
            "attest_lawful": True,
        },
        max_excerpt=20_000,
    )
    vettings.set_item_outcome(actor, vetting, "public-records", "nothing_found")
    vettings.submit(actor, vetting, attest_lawful=True)
    work(add_candidate(), findings=[{"url": "https://other.example/1"}])
    # An event written carelessly by some other part: its details must not leak either.
    record(
        actor,
        "careless.write",
        vetting,
        role="searcher",
        cycle_id=cycle.id,
        details={
            "url": SECRET_URL,
            "excerpt": SECRET_EXCERPT,
            "name": SECRET_NAME,
            "note": SECRET_NOTES,
            "findings": 1,
        },
    )
    db.session.commit()
    return vetting


def assert_clean(text: str):
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} reached the auditor"


def pages(client, cycle):
    return [
        client.get(path)
        for path in (
            "/audit/",
            f"/audit/cycles/{cycle.id}/uniformity",
            f"/audit/cycles/{cycle.id}/uniformity.csv",
            "/audit/trail",
            "/audit/trail?per_page=200",
            "/audit/trail.csv",
            "/audit/verify",
        )
    ]


def test_the_auditors_pages_and_csv_carry_no_content(client, login_as, cycle, sensitive_cycle):
    login_as("auditor")
    for response in pages(client, cycle):
        assert response.status_code == 200, response.request.path
        assert_clean(response.get_data(as_text=True))


def test_the_pages_still_show_the_process(client, login_as, cycle, sensitive_cycle):
    login_as("auditor")
    report = client.get(f"/audit/cycles/{cycle.id}/uniformity").get_data(as_text=True)
    assert f"<td>{sensitive_cycle.candidate_id}</td>" in report
    assert "marked not applicable without a substantive reason" not in report  # it is long
    trail = client.get("/audit/trail.csv").get_data(as_text=True)
    assert "finding.create" in trail and "careless.write" in trail and "findings=1" in trail


def test_the_auditors_api_carries_no_content(api, cycle, sensitive_cycle):
    auditor = api("audra", "auditor")
    for path in (
        f"/api/v1/cycles/{cycle.id}/uniformity",
        "/api/v1/audit/events?per_page=200",
        "/api/v1/audit/verify",
    ):
        response = auditor.get(path)
        assert response.status_code == 200, path
        assert_clean(response.get_data(as_text=True))


def test_the_candidate_name_is_not_in_the_report_but_the_ids_are(api, cycle, sensitive_cycle):
    body = api("audra", "auditor").get(f"/api/v1/cycles/{cycle.id}/uniformity").get_json()
    row = next(c for c in body["candidates"] if c["vetting_id"] == sensitive_cycle.id)
    assert row["candidate_id"] == sensitive_cycle.candidate_id
    assert "name" not in row and "candidate" not in row
