"""A changed board decision needs a reason, and every decision is kept and shown."""

from sqlalchemy import func, select

from tests.board.helpers import released
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models.releases import BoardDecision


def decide(s, body):
    return sc.ApiClient(s.app, s.board).post(f"/api/v1/vettings/{s.vid}/decision", json=body)


def test_changing_a_decision_needs_a_reason(s):
    released(s)
    assert decide(s, {"outcome": "proceed", "note": ""}).status_code == 201
    response = decide(s, {"outcome": "do_not_proceed", "note": "Threats on record."})
    assert response.status_code == 422
    assert "reason is required" in response.get_json()["error"]
    assert db.session.scalar(select(func.count(BoardDecision.id))) == 1


def test_every_decision_is_kept_oldest_first(s, make_user):
    released(s)
    decide(s, {"outcome": "proceed", "note": ""})
    decide(
        s,
        {
            "outcome": "do_not_proceed",
            "note": "Threats on record.",
            "reason": "The chief asked us to reread finding 2.",
        },
    )
    body = sc.ApiClient(s.app, s.board).get(f"/api/v1/vettings/{s.vid}/decisions").get_json()
    assert [(d["outcome"], d["reason"]) for d in body["decisions"]] == [
        ("proceed", ""),
        ("do_not_proceed", "The chief asked us to reread finding 2."),
    ]
    assert body["decisions"][1]["decided_by"] == s.board.username
    admin = make_user("ada.admin", "admin")
    assert sc.ApiClient(s.app, admin).get(f"/api/v1/vettings/{s.vid}/decisions").status_code == 200


def test_the_history_is_closed_to_the_reviewer_and_the_searcher(s):
    released(s)
    for user in (s.reviewer, s.searcher):
        assert (
            sc.ApiClient(s.app, user).get(f"/api/v1/vettings/{s.vid}/decisions").status_code == 403
        )


def test_the_page_asks_for_confirmation_and_shows_the_history(s):
    released(s)
    client = sc.page_client(s.app, s.board)
    html = client.get(f"/board/vettings/{s.vid}").get_data(as_text=True)
    response = client.post(
        f"/board/vettings/{s.vid}/decision",
        data={"outcome": "proceed", "note": "", "csrf_token": sc.token_of(html)},
    )
    assert response.status_code == 422
    assert db.session.scalar(select(BoardDecision)) is None
    client.post(
        f"/board/vettings/{s.vid}/decision",
        data={"outcome": "proceed", "confirm": "y", "csrf_token": sc.token_of(html)},
    )
    client.post(
        f"/board/vettings/{s.vid}/decision",
        data={
            "outcome": "needs_more_information",
            "note": "Ask about the truck.",
            "reason": "New information from the reference check.",
            "confirm": "y",
            "csrf_token": sc.token_of(html),
        },
    )
    html = client.get(f"/board/vettings/{s.vid}").get_data(as_text=True)
    assert "Decision history" in html
    assert "New information from the reference check." in html
    assert db.session.scalar(select(func.count(BoardDecision.id))) == 2
