"""A vetting's checklist: who may read it, item outcomes (IV.B.9) and submission."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.api.conftest import CHECKLIST, actions, count
from tests.factories import CandidateFactory
from vetting.extensions import db
from vetting.models import AuditEvent, ItemOutcome, Vetting


def url(vetting, rest=""):
    return f"/api/v1/vettings/{vetting.id}{rest}"


def answer_all(searcher, vetting, keys=CHECKLIST):
    for key in keys:
        response = searcher.put(url(vetting, f"/items/{key}"), json={"outcome": "nothing_found"})
        assert response.status_code == 200, response.json


# --- reading ----------------------------------------------------------------------------------


def test_searcher_of_the_cycle_reads_the_vetting(searcher, vetting):
    response = searcher.get(url(vetting))
    assert response.status_code == 200
    body = response.json
    assert (body["id"], body["state"], body["findings"]) == (vetting.id, "assigned", [])
    assert [(i["key"], i["outcome"]) for i in body["items"]] == [(k, None) for k in CHECKLIST]
    assert body["cycle_id"] == vetting.candidate.cycle_id
    assert body["checklist_version"] == vetting.checklist_version_id


def test_reviewer_of_the_cycle_reads_the_vetting(reviewer, vetting):
    assert reviewer.get(url(vetting)).status_code == 200


def test_a_searcher_of_another_cycle_gets_403(api, assign, other_cycle, vetting):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    response = outsider.get(url(vetting))
    assert response.status_code == 403
    assert "items" not in response.json


def test_a_searcher_assigned_nowhere_gets_403(api, vetting):
    assert api("otto", "searcher").get(url(vetting)).status_code == 403


def test_a_board_member_of_the_cycle_cannot_read_the_vetting(board, vetting):
    response = board.get(url(vetting))
    assert response.status_code == 403
    assert set(response.json) == {"error"}


def test_a_searcher_without_designation_cannot_read(api, assign, cycle, vetting):
    sam = assign(api("sam", "searcher", designated=False), cycle, "searcher")
    response = sam.get(url(vetting))
    assert response.status_code == 403 and "IV.B.7" in response.json["error"]


@pytest.mark.parametrize("lapse", ["revoked", "expired"])
def test_a_lapsed_designation_reads_no_candidate_data(searcher, vetting, finding, lapse):
    designation = searcher.user.active_designation()
    if lapse == "revoked":
        designation.revoked_at = datetime.now(UTC)
    else:
        designation.expires_on = date.today() - timedelta(days=1)
    db.session.commit()
    for path in (url(vetting), f"/api/v1/findings/{finding}"):
        response = searcher.get(path)
        assert response.status_code == 403 and set(response.json) == {"error"}
        assert vetting.candidate.name not in response.get_data(as_text=True)


def test_an_unknown_vetting_is_404(searcher):
    assert searcher.get("/api/v1/vettings/999").status_code == 404


# --- item outcomes ----------------------------------------------------------------------------


def test_searcher_records_an_item_outcome(searcher, vetting):
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    assert response.status_code == 200
    assert (response.json["key"], response.json["outcome"]) == ("news", "nothing_found")
    assert response.json["revision"] == 1
    assert response.json["state"] == "in_progress"


def test_the_first_outcome_starts_the_vetting_and_freezes_its_checklist(searcher, vetting):
    searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    db.session.expire_all()
    assert vetting.state == "in_progress"
    assert vetting.checklist_version.frozen_at is not None
    assert [e.action for e in actions()][-2:] == ["vetting.start", "item.outcome"]


def test_an_outcome_is_audited_by_key_and_outcome(searcher, vetting):
    searcher.put(
        url(vetting, "/items/news"),
        json={"outcome": "not_applicable", "reason": "No local paper covers the town."},
    )
    [event] = actions("item.outcome")
    assert event.details == {"item": "news", "outcome": "not_applicable"}


def test_not_applicable_needs_a_reason(searcher, vetting):
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": "not_applicable"})
    assert response.status_code == 422
    assert "reason" in response.json["error"]
    assert count(ItemOutcome) == 0


def test_not_applicable_with_a_reason_is_accepted(searcher, vetting):
    response = searcher.put(
        url(vetting, "/items/news"),
        json={"outcome": "not_applicable", "reason": "Candidate is 19."},
    )
    assert response.status_code == 200 and response.json["reason"] == "Candidate is 19."


@pytest.mark.parametrize("outcome", ["maybe", "", None, 1, ["finding"]])
def test_unknown_outcomes_are_422(searcher, vetting, outcome):
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": outcome})
    assert response.status_code == 422
    assert count(ItemOutcome) == 0


def test_an_unknown_item_is_404(searcher, vetting):
    response = searcher.put(url(vetting, "/items/dating-apps"), json={"outcome": "nothing_found"})
    assert response.status_code == 404


def test_a_stale_revision_is_409_and_keeps_the_other_save(searcher, vetting):
    first = searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    searcher.put(
        url(vetting, "/items/news"),
        json={"outcome": "not_applicable", "reason": "x", "revision": first.json["revision"]},
    )
    stale = searcher.put(
        url(vetting, "/items/news"),
        json={"outcome": "nothing_found", "revision": first.json["revision"]},
    )
    assert stale.status_code == 409
    assert stale.json["current_revision"] == 2
    assert searcher.get(url(vetting)).json["items"][1]["outcome"] == "not_applicable"


def test_the_current_revision_saves(searcher, vetting):
    first = searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    second = searcher.put(
        url(vetting, "/items/news"),
        json={"outcome": "not_applicable", "reason": "x", "revision": first.json["revision"]},
    )
    assert second.status_code == 200 and second.json["revision"] == 2


def test_revision_must_be_a_number(searcher, vetting):
    response = searcher.put(
        url(vetting, "/items/news"), json={"outcome": "finding", "revision": "1"}
    )
    assert response.status_code == 422


def test_a_reviewer_cannot_record_outcomes(reviewer, vetting):
    assert (
        reviewer.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"}).status_code
        == 403
    )


def test_a_searcher_of_another_cycle_cannot_record_outcomes(api, assign, other_cycle, vetting):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    response = outsider.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    assert response.status_code == 403
    assert count(ItemOutcome) == 0


def test_an_expired_designation_stops_the_work(searcher, vetting):
    designation = searcher.user.active_designation()
    designation.expires_on = date.today() - timedelta(days=1)
    db.session.commit()
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    assert response.status_code == 403 and "IV.B.7" in response.json["error"]


# --- submission -------------------------------------------------------------------------------


def test_submit_is_refused_while_items_lack_an_outcome(searcher, vetting):
    answer_all(searcher, vetting, keys=["news"])
    response = searcher.post(url(vetting, "/submit"))
    assert response.status_code == 409
    assert response.json["missing"] == ["social-media", "public-records"]
    assert "social-media" in response.json["error"]
    assert db.session.get(Vetting, vetting.id).state == "in_progress"


def test_submit_hands_a_complete_vetting_to_review(searcher, vetting):
    answer_all(searcher, vetting)
    response = searcher.post(url(vetting, "/submit"))
    assert response.status_code == 200
    assert (response.json["id"], response.json["state"]) == (vetting.id, "submitted")
    db.session.expire_all()
    assert vetting.attested_lawful and vetting.submitted_by_id == searcher.user.id
    assert [e.action for e in actions()][-1] == "vetting.submit"


def test_submit_with_an_explicit_attestation(searcher, vetting):
    answer_all(searcher, vetting)
    response = searcher.post(url(vetting, "/submit"), json={"attest_lawful": True})
    assert response.status_code == 200


def test_submit_withholding_the_attestation_is_422(searcher, vetting):
    answer_all(searcher, vetting)
    response = searcher.post(url(vetting, "/submit"), json={"attest_lawful": False})
    assert response.status_code == 422 and "IV.B.8" in response.json["error"]
    assert db.session.get(Vetting, vetting.id).state == "in_progress"


def test_submit_with_a_non_boolean_attestation_is_422(searcher, vetting):
    answer_all(searcher, vetting)
    response = searcher.post(url(vetting, "/submit"), json={"attest_lawful": "yes"})
    assert response.status_code == 422


def test_a_submitted_vetting_can_no_longer_be_changed(searcher, vetting):
    answer_all(searcher, vetting)
    searcher.post(url(vetting, "/submit"))
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": "nothing_found"})
    assert response.status_code == 409
    assert searcher.post(url(vetting, "/submit")).status_code == 409


def test_a_reviewer_cannot_submit(reviewer, searcher, vetting):
    answer_all(searcher, vetting)
    assert reviewer.post(url(vetting, "/submit")).status_code == 403


def test_a_searcher_of_another_cycle_cannot_submit(api, assign, searcher, other_cycle, vetting):
    answer_all(searcher, vetting)
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    events = count(AuditEvent)
    assert outsider.post(url(vetting, "/submit")).status_code == 403
    assert count(AuditEvent) == events


def test_submitting_one_vetting_leaves_the_others_alone(searcher, vetting, cycle):
    other = CandidateFactory(cycle=cycle).vetting
    db.session.commit()
    answer_all(searcher, vetting)
    searcher.post(url(vetting, "/submit"))
    assert db.session.get(Vetting, other.id).state == "assigned"
