"""The searcher's pages correct and withdraw a finding, only while the vetting is open."""

from sqlalchemy import select

from tests import factories
from vetting.extensions import db
from vetting.localtime import to_local
from vetting.models import AuditEvent, Finding


def logged(staffed):
    finding = factories.FindingFactory(
        vetting=staffed.vetting, logged_by=staffed.searcher, item_id=staffed.items[0].id
    )
    db.session.commit()
    return finding


def test_the_correction_form_saves_and_the_trail_keeps_the_old_value(staffed, login, post):
    finding = logged(staffed)
    login("sam")
    path = f"/search/findings/{finding.id}/edit"
    response = post(
        path,
        {
            "url": finding.url,
            "platform": "Instagram",
            "platform_kind": finding.platform_kind,
            # the form shows the department's clock
            "captured_at": to_local(finding.captured_at).strftime("%Y-%m-%dT%H:%M"),
            "method": finding.method,
            "excerpt": finding.excerpt,
            "relevance": finding.relevance,
            "notes": finding.notes,
        },
    )
    assert response.status_code == 302
    assert db.session.get(Finding, finding.id).platform == "Instagram"
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "finding.edit"))
    assert event.details["changes"]["platform"] == {"from": "Facebook", "to": "Instagram"}
    assert event.details["fields"] == ["platform"]  # the capture time shown was left alone


def test_withdrawal_asks_for_confirmation(staffed, login, post):
    finding = logged(staffed)
    login("sam")
    page = f"/search/findings/{finding.id}"
    response = post(f"/search/findings/{finding.id}/withdraw", {}, page=page)
    assert response.status_code == 422
    assert "Tick the box to confirm the withdrawal." in response.get_data(as_text=True)
    assert (
        post(f"/search/findings/{finding.id}/withdraw", {"confirm": "y"}, page=page).status_code
        == 302
    )
    assert db.session.get(Finding, finding.id) is None


def test_after_submission_the_pages_offer_no_change_and_refuse_one(staffed, login, post, client):
    finding = logged(staffed)
    staffed.vetting.state = "submitted"
    db.session.commit()
    login("sam")
    html = client.get(f"/search/findings/{finding.id}").get_data(as_text=True)
    assert "Correct this finding" not in html and "Withdraw finding" not in html
    response = post(
        f"/search/findings/{finding.id}/withdraw",
        {"confirm": "y"},
        page=f"/search/findings/{finding.id}",
    )
    assert response.status_code == 409
    assert db.session.get(Finding, finding.id) is not None
