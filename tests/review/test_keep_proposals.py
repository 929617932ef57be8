"""Always keeping words is a proposal an admin approves after reading where it came from."""

from sqlalchemy import select

from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.models.releases import LexiconEntry, RedactionDecision
from vetting.services import lexicon


def proposed_keep(app, s):
    """A reviewer undoes the redaction of "Catholic" on release: a pending keep proposal."""
    sc.validate_all(s)
    catholic = sc.WITH_RELIGION.index("Catholic")
    sc.ApiClient(app, s.reviewer).post(
        f"/api/v1/vettings/{s.vid}/release",
        json={
            "overrides": [
                {
                    "finding": s.findings[0].id,
                    "action": "undo",
                    "start": catholic,
                    "end": catholic + 8,
                    "reason": "the name of a football team here",
                }
            ]
        },
    )
    return db.session.scalar(select(RedactionDecision))


def form_post(client, path, **data):
    html = client.get(path).get_data(as_text=True)
    return client.post(path, data={"csrf_token": sc.token_of(html), **data})


def test_one_click_on_the_lexicon_page_no_longer_keeps_words(app, s, make_user):
    undo = proposed_keep(app, s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    html = client.get("/review/lexicon").get_data(as_text=True)
    response = client.post(
        f"/review/lexicon/decisions/{undo.id}/adopt", data={"csrf_token": sc.token_of(html)}
    )
    assert response.status_code == 422
    assert db.session.scalar(select(LexiconEntry)) is None
    assert "Review the proposal to always keep" in html


def test_the_proposal_shows_its_findings_and_warns_of_the_board(app, s, make_user):
    undo = proposed_keep(app, s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    html = client.get(f"/review/lexicon/decisions/{undo.id}/keep").get_data(as_text=True)
    assert f"Finding #{s.findings[0].id}" in html
    assert "the name of a football team here" in html
    assert '<mark class="redaction">Catholic</mark>' in html
    assert "the hiring board will read them" in html


def test_approval_needs_the_confirmation_and_is_trailed(app, s, make_user):
    undo = proposed_keep(app, s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    path = f"/review/lexicon/decisions/{undo.id}/keep"
    assert form_post(client, path).status_code == 422
    assert db.session.scalar(select(LexiconEntry)) is None
    assert form_post(client, path, confirm="y").status_code == 302
    assert [(e.text, e.action) for e in lexicon.entries()] == [("Catholic", "keep")]
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "lexicon.keep.approve"))
    assert event.details["findings"] == [s.findings[0].id]


def test_a_rejected_proposal_is_trailed_and_keeps_nothing(app, s, make_user):
    undo = proposed_keep(app, s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    html = client.get(f"/review/lexicon/decisions/{undo.id}/keep").get_data(as_text=True)
    response = client.post(
        f"/review/lexicon/decisions/{undo.id}/dismiss", data={"csrf_token": sc.token_of(html)}
    )
    assert response.status_code == 302
    assert undo.lexicon_review == "dismissed" and lexicon.entries() == []
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "lexicon.dismiss"))
