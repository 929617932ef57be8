"""Findings: lawful methods only (IV.B.8), a designation to search (IV.B.7), reads audited."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.api.conftest import actions, count, finding_body
from vetting.audit import verify
from vetting.extensions import db
from vetting.models import AuditEvent, Finding, ItemOutcome

PROHIBITED = ["credential_request", "friend_request", "pretext_account", "third_party_login"]
ALLOWED = [
    "search_engine",
    "public_profile",
    "public_records",
    "news_archive",
    "candidate_provided",
]


def log(client, vetting, **overrides):
    return client.post(f"/api/v1/vettings/{vetting.id}/findings", json=finding_body(**overrides))


# --- logging ----------------------------------------------------------------------------------


def test_searcher_logs_a_finding(searcher, vetting):
    response = log(searcher, vetting)
    assert response.status_code == 201
    finding = db.session.get(Finding, response.json["id"])
    assert finding.vetting_id == vetting.id and finding.item.key == "social-media"
    assert finding.attested_lawful and finding.logged_by_id == searcher.user.id


def test_a_finding_answers_its_checklist_item(searcher, vetting):
    log(searcher, vetting)
    items = searcher.get(f"/api/v1/vettings/{vetting.id}").json["items"]
    assert items[0] == {**items[0], "key": "social-media", "outcome": "finding"}


def test_logging_is_audited_without_the_content(searcher, vetting):
    log(searcher, vetting)
    [event] = actions("finding.create")
    assert event.details["method"] == "public_profile"
    assert "social.example" not in str(event.details)
    assert "fight" not in str(event.details)


@pytest.mark.parametrize("method", PROHIBITED)
def test_each_prohibited_method_is_refused_naming_the_rule(searcher, vetting, method):
    response = log(searcher, vetting, method=method)
    assert response.status_code == 422
    assert "IV.B.8" in response.json["error"]
    assert response.json["rule"] == "IV.B.8"
    assert count(Finding) == 0


@pytest.mark.parametrize("method", ALLOWED)
def test_each_lawful_method_is_accepted(searcher, vetting, method):
    assert log(searcher, vetting, method=method).status_code == 201


@pytest.mark.parametrize("method", ["scraping_tool", "", None, 7])
def test_an_unknown_method_is_422(searcher, vetting, method):
    response = log(searcher, vetting, method=method)
    assert response.status_code == 422
    assert count(Finding) == 0


@pytest.mark.parametrize("attest", [False, None])
def test_a_finding_without_the_lawfulness_attestation_is_422(searcher, vetting, attest):
    response = log(searcher, vetting, attest_lawful=attest)
    assert response.status_code == 422
    assert "IV.B.8" in response.json["error"]
    assert count(Finding) == 0


def test_a_string_is_not_an_attestation(searcher, vetting):
    assert log(searcher, vetting, attest_lawful="true").status_code == 422
    assert count(Finding) == 0


def test_a_searcher_without_a_designation_gets_403(api, assign, cycle, vetting):
    sam = assign(api("sam", "searcher", designated=False), cycle, "searcher")
    response = log(sam, vetting)
    assert response.status_code == 403
    assert "IV.B.7" in response.json["error"]
    assert count(Finding) == 0


def test_a_searcher_with_an_expired_designation_gets_403(searcher, vetting):
    searcher.user.active_designation().expires_on = date.today() - timedelta(days=1)
    db.session.commit()
    assert log(searcher, vetting).status_code == 403
    assert count(Finding) == 0


def test_a_searcher_with_a_revoked_designation_gets_403(searcher, vetting):
    searcher.user.active_designation().revoked_at = datetime.now(UTC)
    db.session.commit()
    assert log(searcher, vetting).status_code == 403


def test_an_excerpt_of_20000_characters_is_accepted(searcher, vetting):
    assert log(searcher, vetting, excerpt="x" * 20_000).status_code == 201


def test_an_excerpt_over_20000_characters_is_refused(searcher, vetting):
    response = log(searcher, vetting, excerpt="x" * 20_001)
    assert response.status_code in (413, 422)
    assert "20,000" in response.json["error"]
    assert count(Finding) == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"item": "dating-apps"},
        {"item": None},
        {"url": "javascript:alert(1)"},
        {"url": ["https://social.example/"]},
        {"platform": ""},
        {"excerpt": "   "},
        {"excerpt": {"text": "x"}},
        {"excerpt": "before\u0000after"},
        {"relevance": "religion"},
        {"captured_at": "last tuesday"},
        {"captured_at": (datetime.now(UTC) + timedelta(days=1)).isoformat()},
        {"captured_at": 1700000000},
        {"notes": 5},
    ],
)
def test_bad_finding_input_is_422_and_leaves_no_row(searcher, vetting, overrides):
    events = count(AuditEvent)
    response = log(searcher, vetting, **overrides)
    assert response.status_code == 422, response.json
    assert (count(Finding), count(ItemOutcome), count(AuditEvent)) == (0, 0, events)


def test_a_reviewer_cannot_log_findings(reviewer, vetting):
    assert log(reviewer, vetting).status_code == 403


def test_a_searcher_of_another_cycle_cannot_log_findings(api, assign, other_cycle, vetting):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    assert log(outsider, vetting).status_code == 403
    assert count(Finding) == 0


def test_a_finding_for_an_unknown_vetting_is_404(searcher):
    response = searcher.post("/api/v1/vettings/999/findings", json=finding_body())
    assert response.status_code == 404


# --- reading ----------------------------------------------------------------------------------


def test_searcher_reads_the_whole_finding(searcher, vetting, finding):
    response = searcher.get(f"/api/v1/findings/{finding}")
    assert response.status_code == 200
    body = response.json
    expected = finding_body()
    for name in (
        "url",
        "platform",
        "captured_at",
        "method",
        "excerpt",
        "relevance",
        "notes",
        "item",
    ):
        assert body[name] == expected[name], name
    assert body["vetting_id"] == vetting.id and body["logged_by"] == "sam"
    assert body["evidence"] == [] and body["validation"] is None


def test_reviewer_of_the_cycle_reads_the_finding(reviewer, finding):
    assert reviewer.get(f"/api/v1/findings/{finding}").status_code == 200


def test_every_read_of_a_finding_is_audited(searcher, reviewer, finding):
    searcher.get(f"/api/v1/findings/{finding}")
    reviewer.get(f"/api/v1/findings/{finding}")
    reviewer.get(f"/api/v1/findings/{finding}")
    reads = actions("finding.read")
    assert [(e.actor, e.role, e.object_id) for e in reads] == [
        ("sam", "searcher", finding),
        ("rita", "reviewer", finding),
        ("rita", "reviewer", finding),
    ]


def test_a_board_member_cannot_read_a_finding(board, finding):
    response = board.get(f"/api/v1/findings/{finding}")
    assert response.status_code == 403
    assert "excerpt" not in response.json and "url" not in response.json
    assert actions("finding.read") == []


def test_a_searcher_of_another_cycle_cannot_read_a_finding(api, assign, other_cycle, finding):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    response = outsider.get(f"/api/v1/findings/{finding}")
    assert response.status_code == 403
    assert set(response.json) == {"error"}
    assert actions("finding.read") == []


def test_a_reviewer_of_another_cycle_cannot_read_a_finding(api, assign, other_cycle, finding):
    outsider = assign(api("otto", "reviewer"), other_cycle, "reviewer")
    assert outsider.get(f"/api/v1/findings/{finding}").status_code == 403


@pytest.mark.parametrize("role", ["auditor", "admin"])
def test_auditors_and_admins_cannot_read_finding_content(api, finding, role):
    assert api("otto", role).get(f"/api/v1/findings/{finding}").status_code == 403


def test_an_unknown_finding_is_404(searcher):
    assert searcher.get("/api/v1/findings/999").status_code == 404


def test_the_trail_stays_intact_through_the_api(searcher, reviewer, finding):
    reviewer.get(f"/api/v1/findings/{finding}")
    assert verify().ok
