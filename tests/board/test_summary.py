"""What the board reads: the released summary through the API, the pages and the PDF packet."""

import json
import re

import pytest
from sqlalchemy import event, select

from tests.board.helpers import pdf_text, released
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.services.lexicon import categories


@pytest.fixture
def mixed(app, make_user):
    """A vetting with two validated findings and one rejected one, released."""
    s = sc.build(app, make_user, excerpts=(sc.WITH_RELIGION, sc.WITH_SPOUSE, sc.REJECTED_TEXT))
    reviewer = sc.ApiClient(app, s.reviewer)
    for finding in s.findings[:2]:
        reviewer.post(
            f"/api/v1/findings/{finding.id}/validation",
            json={"outcome": "validated", "identifiers": ["name", "workplace"]},
        )
    reviewer.post(
        f"/api/v1/findings/{s.findings[2].id}/validation",
        json={"outcome": "rejected", "reason": "mistaken_identity"},
    )
    assert reviewer.post(f"/api/v1/vettings/{s.vid}/release", json={}).status_code == 201
    return s


def assert_board_safe(text: str, s) -> None:
    """The content rules of the summary, as explicit assertions."""
    assert sc.URL not in text and "hidden-url" not in text  # no URL
    assert "NOTE-MARKER" not in text  # no searcher notes
    assert s.searcher.username not in text  # no staff names
    assert s.reviewer.username not in text
    assert "Zanzibar" not in text and "forged permits" not in text  # no rejected finding
    assert "Catholic" not in text and "my wife" not in text  # no redacted words
    for finding in s.findings:  # no evidence
        for evidence in finding.evidence:
            assert evidence.sha256 not in text and evidence.original_name not in text
    for category in categories():  # no category names
        for spelling in (category, category.replace("_", " ")):
            assert not re.search(rf"\b{re.escape(spelling)}\b", text, re.IGNORECASE), spelling


def test_the_summary_api_gives_the_newest_release(mixed):
    response = sc.ApiClient(mixed.app, mixed.board).get(f"/api/v1/vettings/{mixed.vid}/summary")
    assert response.status_code == 200
    body = response.get_json()
    assert body["candidate"] == "Casey Candidate"
    assert body["version"] == 1
    assert body["released_at"]
    first = mixed.findings[0]
    assert body["findings"][0] == {
        "relevance": first.relevance,
        "platform_kind": "social media",
        "captured_on": first.captured_at.date().isoformat(),
        "text": body["findings"][0]["text"],
    }
    assert "beat him up outside the bar" in body["findings"][0]["text"]
    assert len(body["findings"]) == 2


def test_the_summary_json_keeps_the_content_rules(mixed):
    body = sc.ApiClient(mixed.app, mixed.board).get(f"/api/v1/vettings/{mixed.vid}/summary")
    assert_board_safe(json.dumps(body.get_json()), mixed)


def test_the_summary_page_keeps_the_content_rules(mixed):
    client = sc.page_client(mixed.app, mixed.board)
    response = client.get(f"/board/vettings/{mixed.vid}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Casey Candidate" in html and "beat him up outside the bar" in html
    assert_board_safe(html, mixed)


def test_the_print_view_keeps_the_content_rules(mixed):
    client = sc.page_client(mixed.app, mixed.board)
    html = client.get(f"/board/vettings/{mixed.vid}/print").get_data(as_text=True)
    assert "beat him up outside the bar" in html
    assert "<form" not in html.split("<main", 1)[1]
    assert_board_safe(html, mixed)


def test_the_pdf_packet_embeds_its_font_and_keeps_the_content_rules(mixed):
    client = sc.page_client(mixed.app, mixed.board)
    response = client.get(f"/board/vettings/{mixed.vid}/packet.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    data = response.get_data()
    assert b"/FontFile2" in data  # the TrueType font is embedded
    text = pdf_text(data)
    assert "Casey Candidate" in text and "beat him up outside the bar" in text
    assert_board_safe(text, mixed)


def test_the_cycle_packet_holds_every_released_candidate(app, make_user, mixed):
    other = sc.build(app, make_user, excerpts=(sc.CLEAN,), prefix="b-")
    # The same board member sits on the cycle; a second candidate joins it.
    from tests import factories

    second = factories.CandidateFactory(cycle=mixed.cycle, name="Dana Second")
    second.vetting.state = "submitted"
    db.session.commit()
    sc.ApiClient(app, mixed.reviewer).post(f"/api/v1/vettings/{second.vetting.id}/release", json={})
    client = sc.page_client(app, mixed.board)
    text = pdf_text(client.get(f"/board/cycles/{mixed.cycle.id}/packet.pdf").get_data())
    assert "Casey Candidate" in text and "Dana Second" in text
    assert "b-Casey Candidate" not in text  # another cycle's candidate
    assert client.get(f"/board/cycles/{other.cycle.id}/packet.pdf").status_code == 403


def test_every_read_of_a_summary_is_an_audit_event(mixed):
    board = sc.ApiClient(mixed.app, mixed.board)
    board.get(f"/api/v1/vettings/{mixed.vid}/summary")
    board.get(f"/api/v1/vettings/{mixed.vid}/summary")
    page = sc.page_client(mixed.app, mixed.board)
    page.get(f"/board/vettings/{mixed.vid}")
    page.get(f"/board/vettings/{mixed.vid}/packet.pdf")
    reads = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "summary.read")).all()
    assert [e.details["via"] for e in reads] == ["api", "api", "page", "pdf"]
    assert all(e.actor == mixed.board.username and e.role == "board" for e in reads)


def test_a_reviewer_of_the_cycle_may_read_the_summary(mixed):
    response = sc.ApiClient(mixed.app, mixed.reviewer).get(f"/api/v1/vettings/{mixed.vid}/summary")
    assert response.status_code == 200
    event_ = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "summary.read"))
    assert event_.role == "reviewer"


def test_nothing_released_yet_is_a_clear_404(s):
    response = sc.ApiClient(s.app, s.board).get(f"/api/v1/vettings/{s.vid}/summary")
    assert response.status_code == 404
    assert "No summary has been released" in response.get_json()["error"]
    page = sc.page_client(s.app, s.board).get(f"/board/vettings/{s.vid}")
    assert page.status_code == 404


def test_the_board_sees_the_newest_version_and_that_it_changed(mixed):
    board = sc.ApiClient(mixed.app, mixed.board)
    first = board.get(f"/api/v1/vettings/{mixed.vid}/summary").get_json()
    assert (first["version"], first["changed_since_last_read"]) == (1, False)
    reviewer = sc.ApiClient(mixed.app, mixed.reviewer)
    reviewer.post(
        f"/api/v1/findings/{mixed.findings[1].id}/validation", json={"outcome": "unverifiable"}
    )
    assert reviewer.post(f"/api/v1/vettings/{mixed.vid}/release", json={}).status_code == 201
    page = sc.page_client(mixed.app, mixed.board)
    listing = page.get("/board/").get_data(as_text=True)
    assert "Version 2" in listing and "changed since you last read it" in listing
    html = page.get(f"/board/vettings/{mixed.vid}").get_data(as_text=True)
    assert "changed since you last read it" in html
    assert "stolen radios" not in html
    again = board.get(f"/api/v1/vettings/{mixed.vid}/summary").get_json()
    assert (again["version"], len(again["findings"])) == (2, 1)


def test_the_board_list_shows_release_state(app, make_user, mixed):
    from tests import factories

    factories.CandidateFactory(cycle=mixed.cycle, name="Noel Unreleased")
    db.session.commit()
    html = sc.page_client(app, mixed.board).get("/board/").get_data(as_text=True)
    assert "Casey Candidate" in html and "Version 1" in html
    assert "Noel Unreleased" in html and "not released yet" in html


def count_queries(app, fn):
    seen = []

    def on_execute(conn, cursor, statement, *args):
        seen.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    return len(seen)


def test_the_summary_pages_query_count_does_not_grow_with_findings(app, make_user):
    few = sc.build(app, make_user, excerpts=(sc.CLEAN,), prefix="few-")
    many = sc.build(app, make_user, excerpts=(sc.CLEAN,) * 8, prefix="many-")
    released(few)
    released(many)
    counts = []
    for s in (few, many):
        client = sc.page_client(app, s.board)
        client.get(f"/board/vettings/{s.vid}")  # warm up: first read inserts the read marker
        path = f"/board/vettings/{s.vid}"
        counts.append(count_queries(app, lambda c=client, p=path: c.get(p)))
    assert counts[0] == counts[1]


def test_a_summary_altered_behind_the_apps_back_is_flagged(mixed):
    from sqlalchemy import update

    from vetting.models.releases import Release

    page = sc.page_client(mixed.app, mixed.board)
    assert "no longer matches" not in page.get(f"/board/vettings/{mixed.vid}").get_data(
        as_text=True
    )
    db.session.execute(
        update(Release).values(
            content={
                "candidate": "Casey Candidate",
                "cycle": "c",
                "position": "p",
                "version": 1,
                "released_at": "2026-01-01T00:00:00",
                "findings": [],
            }
        )
    )
    db.session.commit()
    html = page.get(f"/board/vettings/{mixed.vid}").get_data(as_text=True)
    assert "no longer matches the fingerprint" in html


def test_a_missing_pdf_font_is_explained_not_a_crash(mixed, tmp_path):
    mixed.app.config["PDF_FONT_DIR"] = str(tmp_path)
    client = sc.page_client(mixed.app, mixed.board)
    response = client.get(f"/board/vettings/{mixed.vid}/packet.pdf")
    assert response.status_code == 503
    assert b"fonts-dejavu-core" in response.data


def test_the_candidates_identifiers_never_reach_the_board(s):
    s.vetting.candidate.identifiers = [
        {"kind": "handle", "value": "@casey.c77"},
        {"kind": "employer", "value": "Quillon Freight"},
    ]
    db.session.commit()
    released(s)
    board = sc.ApiClient(s.app, s.board)
    page = sc.page_client(s.app, s.board).get(f"/board/vettings/{s.vid}")
    for text in (
        board.get(f"/api/v1/vettings/{s.vid}/summary").get_data(as_text=True),
        page.get_data(as_text=True),
    ):
        assert "@casey.c77" not in text and "Quillon Freight" not in text
