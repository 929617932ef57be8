"""The agency lexicon: reviewers' decisions become entries the redaction pass loads next time."""

from sqlalchemy import select

from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models.releases import LexiconEntry, RedactionDecision
from vetting.services import lexicon, releases


def lexicon_post(client, path, **data):
    html = client.get("/review/lexicon").get_data(as_text=True)
    return client.post(path, data={"csrf_token": sc.token_of(html), **data})


def test_the_lexicon_page_is_for_admins_only(app, s, make_user):
    admin = make_user("ada.admin", "admin")
    assert sc.page_client(app, admin).get("/review/lexicon").status_code == 200
    assert sc.page_client(app, s.reviewer).get("/review/lexicon").status_code == 403
    assert sc.page_client(app, s.board).get("/review/lexicon").status_code == 403


def test_an_entry_changes_the_next_draft(app, s, make_user):
    sc.validate_all(s)
    before = [d.rendered for d in releases.draft(s.vetting)]
    assert "stolen radios" in before[1]
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    response = lexicon_post(
        client, "/review/lexicon", text="stolen radios", action="redact", category="national_origin"
    )
    assert response.status_code == 302
    assert lexicon.revision() == 1
    after = [d.rendered for d in releases.draft(s.vetting)]
    assert "stolen radios" not in after[1]


def test_the_redactor_is_built_once_and_rebuilt_when_the_lexicon_changes(app, s, make_user):
    sc.validate_all(s)
    sc.FakeRedactor.builds = 0
    releases.draft(s.vetting)
    releases.draft(s.vetting)
    assert sc.FakeRedactor.builds == 1
    admin = make_user("ada.admin", "admin")
    from vetting.audit import Actor

    lexicon.add_entry(Actor(admin), "Copper Bar", "keep")
    releases.draft(s.vetting)
    assert sc.FakeRedactor.builds == 2
    assert app.extensions["redactor"]["revision"] == lexicon.revision()


def test_a_keep_entry_stops_a_redaction(app, s, make_user):
    sc.validate_all(s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    lexicon_post(client, "/review/lexicon", text="Catholic", action="keep")
    assert "Catholic" in releases.draft(s.vetting)[0].rendered


def test_a_redact_entry_needs_a_known_category(app, s, make_user):
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    response = lexicon_post(
        client, "/review/lexicon", text="Copper Bar", action="redact", category=""
    )
    assert response.status_code == 422
    assert "Copper Bar" in response.get_data(as_text=True)
    assert db.session.scalar(select(LexiconEntry)) is None


def test_reviewers_decisions_are_adopted_or_dismissed_by_an_admin(app, s, make_user):
    sc.validate_all(s)
    reviewer = sc.ApiClient(app, s.reviewer)
    catholic = sc.WITH_RELIGION.index("Catholic")
    reviewer.post(
        f"/api/v1/vettings/{s.vid}/release",
        json={
            "overrides": [
                {
                    "finding": s.findings[0].id,
                    "action": "undo",
                    "start": catholic,
                    "end": catholic + 8,
                    "reason": "a team name here",
                },
                {
                    "finding": s.findings[1].id,
                    "action": "add",
                    "phrase": "radios",
                    "category": "national_origin",
                },
                {
                    "finding": s.findings[1].id,
                    "action": "add",
                    "phrase": "truck",
                    "category": "age",
                },
            ]
        },
    )
    undo, add, extra = db.session.scalars(
        select(RedactionDecision).order_by(RedactionDecision.id)
    ).all()
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    html = client.get("/review/lexicon").get_data(as_text=True)
    assert "a team name here" in html and "radios" in html
    assert (
        lexicon_post(client, f"/review/lexicon/decisions/{undo.id}/keep", confirm="y").status_code
        == 302
    )
    assert (
        lexicon_post(
            client, f"/review/lexicon/decisions/{add.id}/adopt", category="national_origin"
        ).status_code
        == 302
    )
    assert lexicon_post(client, f"/review/lexicon/decisions/{extra.id}/dismiss").status_code == 302
    entries = {(e.text, e.action, e.category) for e in lexicon.entries()}
    assert entries == {("Catholic", "keep", ""), ("radios", "redact", "national_origin")}
    assert [d.lexicon_review for d in (undo, add, extra)] == ["adopted", "adopted", "dismissed"]
    assert lexicon.pending_decisions() == []


def test_a_deactivated_entry_is_no_longer_loaded(app, s, make_user):
    sc.validate_all(s)
    client = sc.page_client(app, make_user("ada.admin", "admin"))
    lexicon_post(client, "/review/lexicon", text="Catholic", action="keep")
    entry = db.session.scalar(select(LexiconEntry))
    lexicon_post(client, f"/review/lexicon/{entry.id}/deactivate")
    assert lexicon.entries() == []
    assert lexicon.revision() == 2
    assert "Catholic" not in releases.draft(s.vetting)[0].rendered
