"""The board's decision on a released summary."""

from sqlalchemy import select

from tests.board.helpers import released
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.models.releases import BoardDecision


def decide(s, body, user=None):
    return sc.ApiClient(s.app, user or s.board).post(
        f"/api/v1/vettings/{s.vid}/decision", json=body
    )


def test_a_decision_is_recorded_on_the_newest_version(s):
    released(s)
    response = decide(s, {"outcome": "proceed", "note": "Nothing of concern."})
    assert response.status_code == 201
    assert response.get_json()["version"] == 1
    assert s.vetting.state == "decided"
    decision = db.session.scalar(select(BoardDecision))
    assert (decision.outcome, decision.note) == ("proceed", "Nothing of concern.")


def test_the_trail_records_the_decision_without_the_note(s):
    released(s)
    decide(s, {"outcome": "do_not_proceed", "note": "NOTE-TEXT-991"})
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "board.decide"))
    assert event.details["outcome"] == "do_not_proceed"
    assert event.actor == s.board.username and event.role == "board"
    assert "NOTE-TEXT-991" not in str(event.details)


def test_a_decision_other_than_proceed_needs_a_note(s):
    released(s)
    assert decide(s, {"outcome": "needs_more_information", "note": " "}).status_code == 422
    assert (
        decide(s, {"outcome": "needs_more_information", "note": "Ask about the truck."}).status_code
        == 201
    )


def test_an_unknown_decision_is_refused(s):
    released(s)
    assert decide(s, {"outcome": "hire", "note": "x"}).status_code == 422
    assert decide(s, {"outcome": "proceed", "note": 5}).status_code == 422
    assert db.session.scalar(select(BoardDecision)) is None


def test_no_decision_before_a_release(s):
    response = decide(s, {"outcome": "proceed", "note": ""})
    assert response.status_code == 409
    assert s.vetting.state == "submitted"


def test_only_the_board_of_the_cycle_decides(app, s, make_user):
    released(s)
    from tests import factories

    stranger = make_user("bea.elsewhere", "board")
    factories.AssignmentFactory(user=stranger, role="board")  # another cycle
    assert decide(s, {"outcome": "proceed"}, user=stranger).status_code == 403
    assert decide(s, {"outcome": "proceed"}, user=s.reviewer).status_code == 403
    assert db.session.scalar(select(BoardDecision)) is None


def test_a_decision_is_recorded_through_the_page(s):
    released(s)
    client = sc.page_client(s.app, s.board)
    html = client.get(f"/board/vettings/{s.vid}").get_data(as_text=True)
    response = client.post(
        f"/board/vettings/{s.vid}/decision",
        data={
            "csrf_token": sc.token_of(html),
            "outcome": "needs_more_information",
            "note": "Interview about the post.",
            "confirm": "y",
        },
    )
    assert response.status_code == 302
    assert s.vetting.state == "decided"
    page = client.get(f"/board/vettings/{s.vid}").get_data(as_text=True)
    assert "Recorded decision: <strong>Needs more information</strong>" in page


def test_a_refused_decision_keeps_the_note(s):
    released(s)
    client = sc.page_client(s.app, s.board)
    html = client.get(f"/board/vettings/{s.vid}").get_data(as_text=True)
    response = client.post(
        f"/board/vettings/{s.vid}/decision",
        data={"csrf_token": sc.token_of(html), "outcome": "do_not_proceed", "note": ""},
    )
    assert response.status_code == 422
    assert db.session.scalar(select(BoardDecision)) is None


def test_a_new_release_after_a_decision_asks_the_board_again(s):
    released(s)
    decide(s, {"outcome": "proceed"})
    reviewer = sc.ApiClient(s.app, s.reviewer)
    reviewer.post(
        f"/api/v1/findings/{s.findings[0].id}/validation",
        json={"outcome": "rejected", "reason": "fabricated"},
    )
    assert reviewer.post(f"/api/v1/vettings/{s.vid}/release", json={}).status_code == 201
    assert s.vetting.state == "released"
