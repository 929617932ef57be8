"""The reviewer sees the searcher's checklist and can send the vetting back with a reason."""

from sqlalchemy import select

from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent, ItemOutcome, VettingReturn


def send_back(s, body):
    return sc.ApiClient(s.app, s.reviewer).post(f"/api/v1/vettings/{s.vid}/return", json=body)


def test_sending_back_needs_a_reason(s):
    assert send_back(s, {"reason": "  "}).status_code == 422
    assert send_back(s, {}).status_code == 422
    assert s.vetting.state == "submitted"


def test_the_searcher_gets_the_vetting_back_and_sees_the_reason(s):
    response = send_back(s, {"reason": "Search the news archive for the 2023 arrest."})
    assert response.status_code == 200
    assert s.vetting.state == "in_progress"
    body = sc.ApiClient(s.app, s.searcher).get(f"/api/v1/vettings/{s.vid}").get_json()
    assert body["returns"][0]["reason"] == "Search the news archive for the 2023 arrest."
    assert body["returns"][0]["by"] == s.reviewer.username


def test_the_trail_records_the_send_back_and_the_resubmission(s):
    send_back(s, {"reason": "Check the second account."})
    searcher = sc.ApiClient(s.app, s.searcher)
    items = searcher.get(f"/api/v1/vettings/{s.vid}").get_json()["items"]
    for item in items:
        if item["outcome"] is None:
            db.session.add(
                ItemOutcome(
                    vetting_id=s.vid,
                    item_id=next(
                        i.id for i in s.vetting.checklist_version.items if i.key == item["key"]
                    ),
                    outcome="finding" if item["key"] == "social-media" else "nothing_found",
                )
            )
    db.session.commit()
    assert searcher.post(f"/api/v1/vettings/{s.vid}/submit").status_code == 200
    trail = [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert trail.index("vetting.return") < trail.index("vetting.submit")


def test_a_released_vetting_cannot_be_sent_back(s):
    from tests.board.helpers import released

    released(s)
    assert send_back(s, {"reason": "Too late."}).status_code == 409
    assert db.session.scalar(select(VettingReturn)) is None


def test_only_a_reviewer_of_the_cycle_sends_back(s):
    response = sc.ApiClient(s.app, s.searcher).post(
        f"/api/v1/vettings/{s.vid}/return", json={"reason": "Mine."}
    )
    assert response.status_code == 403


def test_the_reviewers_page_shows_outcomes_reasons_and_the_send_back_form(s):
    item = s.vetting.checklist_version.items[1]
    db.session.add(
        ItemOutcome(
            vetting_id=s.vid,
            item_id=item.id,
            outcome="not_applicable",
            reason="Candidate has never lived abroad.",
        )
    )
    db.session.commit()
    client = sc.page_client(s.app, s.reviewer)
    html = client.get(f"/review/vettings/{s.vid}").get_data(as_text=True)
    assert "Not applicable" in html and "Candidate has never lived abroad." in html
    response = client.post(
        f"/review/vettings/{s.vid}/return", data={"reason": "", "csrf_token": sc.token_of(html)}
    )
    assert response.status_code == 422
    assert "a reason is required" in response.get_data(as_text=True)
    response = client.post(
        f"/review/vettings/{s.vid}/return",
        data={"reason": "Look again at the news item.", "csrf_token": sc.token_of(html)},
    )
    assert response.status_code == 302
    searcher_page = sc.page_client(s.app, s.searcher).get(f"/search/vettings/{s.vid}")
    assert "Look again at the news item." in searcher_page.get_data(as_text=True)
