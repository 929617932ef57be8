"""The draft summary, redaction review and versioned release, through the API."""

import hashlib
import json

import pytest
from sqlalchemy import delete, select

from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.models.releases import RedactionDecision, Release
from vetting.services import releases


def draft(s):
    response = sc.ApiClient(s.app, s.reviewer).get(f"/api/v1/vettings/{s.vid}/draft")
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def release(s, body=None):
    return sc.ApiClient(s.app, s.reviewer).post(
        f"/api/v1/vettings/{s.vid}/release", json=body or {}
    )


def events(action):
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_the_draft_shows_each_redaction_with_category_and_reason(s):
    sc.validate_all(s)
    found = draft(s)["findings"]
    assert [f["id"] for f in found] == [f.id for f in s.findings]
    first = found[0]
    assert first["text"] == sc.WITH_RELIGION
    (redaction,) = first["redactions"]
    start = sc.WITH_RELIGION.index("Catholic")
    assert redaction == {
        "start": start,
        "end": start + len("Catholic"),
        "category": "religion",
        "reason": "term 'Catholic'",
    }
    assert "Catholic" not in first["rendered"]


def test_the_draft_holds_only_validated_findings(s):
    reviewer = sc.ApiClient(s.app, s.reviewer)
    reviewer.post(
        f"/api/v1/findings/{s.findings[0].id}/validation",
        json={"outcome": "validated", "identifiers": ["name", "workplace"]},
    )
    reviewer.post(
        f"/api/v1/findings/{s.findings[1].id}/validation",
        json={"outcome": "rejected", "reason": "mistaken_identity"},
    )
    assert [f["id"] for f in draft(s)["findings"]] == [s.findings[0].id]


def test_release_is_refused_while_a_finding_lacks_an_outcome(s):
    sc.ApiClient(s.app, s.reviewer).post(
        f"/api/v1/findings/{s.findings[0].id}/validation",
        json={"outcome": "validated", "identifiers": ["name", "workplace"]},
    )
    response = release(s)
    assert response.status_code == 409
    assert response.get_json()["unvalidated"] == [s.findings[1].id]
    assert db.session.scalar(select(Release)) is None


def test_release_is_refused_before_submission(app, make_user):
    s = sc.build(app, make_user, excerpts=(), state="in_progress")
    assert release(s).status_code == 409


def test_release_creates_version_one_and_marks_the_vetting_released(s):
    sc.validate_all(s)
    response = release(s)
    assert response.status_code == 201
    assert response.get_json()["version"] == 1
    assert s.vetting.state == "released"
    (event,) = events("release.create")
    assert event.details["version"] == 1
    assert event.details["redactions"] == {"marital_status": 1, "religion": 1}


def test_a_vetting_without_findings_is_released_with_an_empty_summary(app, make_user):
    s = sc.build(app, make_user, excerpts=())
    response = release(s)
    assert response.status_code == 201
    assert releases.latest_release(s.vetting).content["findings"] == []


def test_releasing_an_unchanged_draft_makes_no_new_version(s):
    sc.validate_all(s)
    release(s)
    again = release(s)
    assert again.status_code == 200
    assert again.get_json() | {"version": 1} == again.get_json()
    assert len(releases.releases_of(s.vetting)) == 1


def test_a_changed_validation_needs_a_new_release(s):
    reviewer = sc.validate_all(s)
    release(s)
    assert draft(s)["changed_since_release"] is False
    reviewer.post(
        f"/api/v1/findings/{s.findings[1].id}/validation",
        json={"outcome": "rejected", "reason": "fabricated"},
    )
    assert draft(s)["changed_since_release"] is True
    assert release(s).get_json()["version"] == 2
    newest = releases.latest_release(s.vetting).content
    assert len(newest["findings"]) == 1


def test_a_changed_redaction_needs_a_new_release(s):
    sc.validate_all(s)
    release(s)
    fid = s.findings[0].id
    response = release(
        s,
        {
            "overrides": [
                {"finding": fid, "action": "add", "phrase": "the bar", "category": "religion"}
            ]
        },
    )
    assert response.status_code == 201
    assert response.get_json()["version"] == 2
    assert "the bar" not in json.dumps(releases.latest_release(s.vetting).content)


def test_overrides_add_and_undo_are_recorded_and_carried_into_the_release(s):
    sc.validate_all(s)
    first, second = s.findings[0], s.findings[1]
    catholic = sc.WITH_RELIGION.index("Catholic")
    radios = sc.WITH_SPOUSE.index("stolen radios")
    response = release(
        s,
        {
            "overrides": [
                {
                    "finding": first.id,
                    "action": "undo",
                    "start": catholic,
                    "end": catholic + 8,
                    "reason": "Names a parish sports team, not a faith",
                },
                {
                    "finding": second.id,
                    "action": "add",
                    "start": radios,
                    "end": radios + 13,
                    "category": "national_origin",
                    "reason": "test",
                },
            ]
        },
    )
    assert response.status_code == 201
    content = releases.latest_release(s.vetting).content
    assert "Catholic" in content["findings"][0]["text"]
    assert "stolen radios" not in content["findings"][1]["text"]
    decisions = db.session.scalars(select(RedactionDecision).order_by(RedactionDecision.id)).all()
    assert [(d.action, d.phrase) for d in decisions] == [
        ("undo", "Catholic"),
        ("add", "stolen radios"),
    ]
    assert [e.action for e in events("redaction.undo") + events("redaction.add")] == [
        "redaction.undo",
        "redaction.add",
    ]


def test_an_undo_needs_a_reason(s):
    sc.validate_all(s)
    catholic = sc.WITH_RELIGION.index("Catholic")
    response = release(
        s,
        {
            "overrides": [
                {
                    "finding": s.findings[0].id,
                    "action": "undo",
                    "start": catholic,
                    "end": catholic + 8,
                }
            ]
        },
    )
    assert response.status_code == 422
    assert db.session.scalar(select(RedactionDecision)) is None
    assert db.session.scalar(select(Release)) is None


@pytest.mark.parametrize(
    "override",
    [
        {"finding": 999, "action": "add", "start": 0, "end": 2, "category": "religion"},
        {"finding": None, "action": "add", "start": 0, "end": 2, "category": "religion"},
        {"action": "move"},
        {"action": "add", "start": 5, "end": 2, "category": "religion"},
        {"action": "add", "start": 0, "end": 100_000, "category": "religion"},
        {"action": "add", "start": "a", "end": 2, "category": "religion"},
        {"action": "add", "start": 0, "end": 2, "category": "hobby"},
        {"action": "add", "phrase": "not in the text", "category": "religion"},
        {"action": "undo", "start": 0, "end": 2, "reason": "nothing redacted there"},
    ],
)
def test_bad_overrides_are_refused_and_nothing_is_released(s, override):
    sc.validate_all(s)
    override.setdefault("finding", s.findings[0].id)
    response = release(s, {"overrides": [override]})
    assert response.status_code == 422, response.get_json()
    assert db.session.scalar(select(Release)) is None
    assert db.session.scalar(select(RedactionDecision)) is None


@pytest.mark.parametrize("phrase", ["a", "be", " a "])
def test_an_override_phrase_under_three_characters_is_refused(s, phrase):
    sc.validate_all(s)
    response = release(
        s,
        {
            "overrides": [
                {
                    "finding": s.findings[0].id,
                    "action": "add",
                    "phrase": phrase,
                    "category": "religion",
                }
            ]
        },
    )
    assert response.status_code == 422
    assert "at least 3 characters" in response.get_json()["error"]
    assert db.session.scalar(select(RedactionDecision)) is None
    assert events("redaction.add") == []


def test_an_override_phrase_matching_more_than_twenty_places_is_refused(s):
    many = sc.add_finding(s, "Wrote the word bar. " * 21)
    sc.validate_all(s)
    response = release(
        s,
        {
            "overrides": [
                {"finding": many.id, "action": "add", "phrase": "bar", "category": "religion"}
            ]
        },
    )
    assert response.status_code == 422
    assert "21 places" in response.get_json()["error"]
    assert db.session.scalar(select(Release)) is None
    assert events("redaction.add") == []


def test_one_release_writes_at_most_a_hundred_redaction_decisions(s):
    many = sc.add_finding(s, "Wrote the word bar. " * 20)
    sc.validate_all(s)
    add = {"finding": many.id, "action": "add", "phrase": "bar", "category": "religion"}
    response = release(s, {"overrides": [add] * 6})  # 6 x 20 places
    assert response.status_code == 422
    assert "more than 100 redaction decisions" in response.get_json()["error"]
    assert db.session.scalar(select(RedactionDecision)) is None
    assert events("redaction.add") == [] and db.session.scalar(select(Release)) is None
    assert release(s, {"overrides": [add] * 5}).status_code == 201


def test_a_release_takes_at_most_a_hundred_overrides(s):
    sc.validate_all(s)
    add = {
        "finding": s.findings[0].id,
        "action": "add",
        "start": 0,
        "end": 2,
        "category": "religion",
    }
    response = release(s, {"overrides": [add] * 101})
    assert response.status_code == 422
    assert db.session.scalar(select(RedactionDecision)) is None


def test_overrides_must_be_a_list(s):
    sc.validate_all(s)
    assert release(s, {"overrides": {"finding": 1}}).status_code == 422


def test_a_release_is_a_frozen_snapshot_with_its_sha256(s):
    sc.validate_all(s)
    release(s)
    released = releases.latest_release(s.vetting)
    canonical = json.dumps(
        released.content, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()
    assert released.sha256 == hashlib.sha256(canonical).hexdigest()
    assert releases.verify_release(released)


def test_release_rows_cannot_be_changed_or_deleted_through_the_orm(s):
    sc.validate_all(s)
    release(s)
    released = releases.latest_release(s.vetting)
    released.content = {"candidate": "someone else"}
    with pytest.raises(PermissionError):
        db.session.flush()
    db.session.rollback()
    db.session.delete(releases.latest_release(s.vetting))
    with pytest.raises(PermissionError):
        db.session.flush()
    db.session.rollback()
    assert releases.latest_release(s.vetting).content["candidate"] == "Casey Candidate"


def test_the_release_snapshot_holds_only_what_the_board_may_read(s):
    sc.validate_all(s)
    release(s)
    content = releases.latest_release(s.vetting).content
    assert set(content) == {
        "candidate",
        "cycle",
        "position",
        "version",
        "released_at",
        "findings",
        "coverage",
    }
    # Coverage is each item's title and outcome only: nothing the searcher wrote.
    assert all(set(row) == {"item", "outcome"} for row in content["coverage"])
    assert set(content["findings"][0]) == {"relevance", "platform_kind", "captured_on", "text"}


def test_draft_and_release_are_for_reviewers_of_the_cycle_only(s):
    for user in (s.board, s.searcher):
        client = sc.ApiClient(s.app, user)
        assert client.get(f"/api/v1/vettings/{s.vid}/draft").status_code == 403
        assert client.post(f"/api/v1/vettings/{s.vid}/release", json={}).status_code == 403


def test_core_delete_is_not_the_orm(s):
    # Retention purges use Core statements; the listener guards only ORM rewrites.
    sc.validate_all(s)
    release(s)
    db.session.execute(delete(Release))
    db.session.rollback()


def test_a_new_finding_needs_validation_and_a_new_release(s):
    sc.validate_all(s)
    release(s)
    late = sc.add_finding(s, sc.CLEAN)
    assert draft(s)["changed_since_release"] is True
    assert release(s).status_code == 409
    sc.ApiClient(s.app, s.reviewer).post(
        f"/api/v1/findings/{late.id}/validation",
        json={"outcome": "validated", "identifiers": ["name", "workplace"]},
    )
    assert release(s).get_json()["version"] == 2
    assert len(releases.latest_release(s.vetting).content["findings"]) == 3
