"""Validation of findings (IV.B.10), through the API."""

from pathlib import Path

from sqlalchemy import select

from tests import factories
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent, Validation


def post(s, finding, body, user=None):
    return sc.ApiClient(s.app, user or s.reviewer).post(
        f"/api/v1/findings/{finding.id}/validation", json=body
    )


def test_validated_with_two_identifiers_is_recorded(s):
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]}
    )
    assert response.status_code == 200
    row = s.findings[0].validation
    assert (row.outcome, row.identifiers, row.evidence_verified) == (
        "validated",
        ["name", "workplace"],
        True,
    )


def test_validated_with_one_identifier_is_refused(s):
    response = post(s, s.findings[0], {"outcome": "validated", "identifiers": ["name"]})
    assert response.status_code == 422
    assert "two independent identifiers" in response.get_json()["error"]
    assert db.session.scalar(select(Validation)) is None


def test_a_photo_match_never_counts_as_an_identifier(s):
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "photo_match"]}
    )
    assert response.status_code == 422


def test_the_same_identifier_twice_is_not_two(s):
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["Hometown", "hometown "]}
    )
    assert response.status_code == 422


def test_a_reviewer_may_not_validate_a_finding_they_logged(app, s, make_user):
    both = make_user("pat.both", "searcher", "reviewer")
    factories.AssignmentFactory(cycle=s.cycle, user=both, role="reviewer")
    factories.AssignmentFactory(cycle=s.cycle, user=both, role="searcher")
    own = sc.add_finding(s, sc.CLEAN, logged_by=both)
    response = post(
        s, own, {"outcome": "validated", "identifiers": ["name", "workplace"]}, user=both
    )
    assert response.status_code == 403
    assert "logged this finding yourself" in response.get_json()["error"]
    assert own.validation is None


def test_the_evidence_hash_is_rechecked_against_the_stored_file(app, s):
    evidence = s.findings[0].evidence[0]
    (Path(app.config["EVIDENCE_DIR"]) / evidence.stored_name).write_bytes(b"tampered")
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]}
    )
    assert response.status_code == 409
    assert "SHA-256" in response.get_json()["error"]
    assert s.findings[0].validation is None


def test_a_missing_evidence_file_blocks_validation(app, s):
    evidence = s.findings[0].evidence[0]
    (Path(app.config["EVIDENCE_DIR"]) / evidence.stored_name).unlink()
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]}
    )
    assert response.status_code == 409


def test_a_finding_without_evidence_cannot_be_validated(s):
    bare = sc.add_finding(s, sc.CLEAN, evidence=False)
    response = post(s, bare, {"outcome": "validated", "identifiers": ["name", "workplace"]})
    assert response.status_code == 422
    assert "evidence" in response.get_json()["error"]


def test_the_candidates_response_is_recorded(s):
    response = post(
        s,
        s.findings[0],
        {
            "outcome": "validated",
            "identifiers": ["name", "school"],
            "candidate_response": "It was a joke between friends.",
        },
    )
    assert response.status_code == 200
    assert s.findings[0].validation.candidate_response == "It was a joke between friends."


def test_rejected_and_unverifiable_need_no_identifiers(s):
    assert (
        post(
            s,
            s.findings[0],
            {"outcome": "rejected", "identifiers": [], "reason": "mistaken_identity"},
        ).status_code
        == 200
    )
    assert post(s, s.findings[1], {"outcome": "unverifiable"}).status_code == 200


def test_an_unknown_rejection_reason_is_refused(s):
    assert post(s, s.findings[0], {"outcome": "rejected", "reason": "dislike"}).status_code == 422


def test_an_unknown_outcome_is_refused(s):
    assert post(s, s.findings[0], {"outcome": "maybe"}).status_code == 422


def test_the_vetting_becomes_validated_when_every_finding_has_an_outcome(s):
    post(s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]})
    assert s.vetting.state == "submitted"
    post(s, s.findings[1], {"outcome": "rejected", "reason": "out_of_window"})
    assert s.vetting.state == "validated"


def test_findings_are_validated_only_after_submission(app, make_user):
    s = sc.build(app, make_user, state="in_progress")
    response = post(
        s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]}
    )
    assert response.status_code == 409


def test_only_reviewers_of_the_cycle_validate(app, s, make_user):
    outsider = make_user("oscar.other", "reviewer")
    factories.AssignmentFactory(user=outsider, role="reviewer")  # another cycle
    body = {"outcome": "validated", "identifiers": ["name", "workplace"]}
    assert post(s, s.findings[0], body, user=outsider).status_code == 403
    assert post(s, s.findings[0], body, user=s.board).status_code == 403
    assert post(s, s.findings[0], body, user=s.searcher).status_code == 403


def test_bad_bodies_are_refused_cleanly(s):
    client = sc.ApiClient(s.app, s.reviewer)
    path = f"/api/v1/findings/{s.findings[0].id}/validation"
    assert client.post(path, data="nonsense", content_type="application/json").status_code == 422
    assert client.post(path, json=[1, 2]).status_code == 422
    assert (
        client.post(path, json={"outcome": "validated", "identifiers": "name"}).status_code == 422
    )
    assert (
        client.post(path, json={"outcome": "validated", "identifiers": [1, 2]}).status_code == 422
    )
    assert client.post("/api/v1/findings/999999/validation", json={}).status_code == 404


def test_validation_is_in_the_trail_without_content(s):
    post(
        s,
        s.findings[0],
        {
            "outcome": "validated",
            "identifiers": ["name", "workplace"],
            "candidate_response": "RESPONSE-TEXT",
        },
    )
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "finding.validate"))
    assert event.details["outcome"] == "validated"
    assert event.details["identifiers"] == 2
    assert "RESPONSE-TEXT" not in str(event.details)
