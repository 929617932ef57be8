"""The board reaches released summaries of its own cycles and nothing else (IV.B.6)."""

import pytest

from tests import factories
from tests.board.helpers import released
from tests.review import scenario as sc
from vetting.extensions import db


@pytest.fixture
def board_page(s):
    released(s)
    return sc.page_client(s.app, s.board)


def test_the_board_never_reaches_raw_findings_drafts_or_evidence(s, board_page):
    finding = s.findings[0]
    evidence = finding.evidence[0]
    for path in (
        f"/review/vettings/{s.vid}",
        f"/review/vettings/{s.vid}/draft",
        f"/review/findings/{finding.id}",
        f"/search/findings/{finding.id}",
        f"/search/vettings/{s.vid}",
        f"/evidence/{evidence.id}",
    ):
        assert board_page.get(path).status_code in (403, 404), path
    api = sc.ApiClient(s.app, s.board)
    for path in (
        f"/api/v1/findings/{finding.id}",
        f"/api/v1/vettings/{s.vid}",
        f"/api/v1/vettings/{s.vid}/draft",
    ):
        assert api.get(path).status_code == 403, path


def test_board_pages_never_link_to_findings_drafts_or_evidence(s, board_page):
    for path in ("/board/", f"/board/vettings/{s.vid}", f"/board/vettings/{s.vid}/print"):
        html = board_page.get(path).get_data(as_text=True)
        for forbidden in ("/review/", "/search/", "/evidence/", "/findings/"):
            assert forbidden not in html, (path, forbidden)


def test_another_cycles_candidates_are_out_of_reach(app, make_user, s, board_page):
    other = sc.build(app, make_user, excerpts=(sc.CLEAN,), prefix="x-")
    released(other)
    for path in (
        f"/board/vettings/{other.vid}",
        f"/board/vettings/{other.vid}/print",
        f"/board/vettings/{other.vid}/packet.pdf",
        f"/board/cycles/{other.cycle.id}/packet.pdf",
    ):
        assert board_page.get(path).status_code == 403, path
    api = sc.ApiClient(app, s.board)
    assert api.get(f"/api/v1/vettings/{other.vid}/summary").status_code == 403
    listing = board_page.get("/board/").get_data(as_text=True)
    assert "x-Casey Candidate" not in listing


def test_guessed_ids_find_nothing(s, board_page):
    assert board_page.get("/board/vettings/999999").status_code == 404
    assert board_page.get("/board/cycles/999999/packet.pdf").status_code == 404
    api = sc.ApiClient(s.app, s.board)
    assert api.get("/api/v1/vettings/999999/summary").status_code == 404


def test_a_searcher_of_the_cycle_cannot_read_the_summary(s, board_page):
    api = sc.ApiClient(s.app, s.searcher)
    assert api.get(f"/api/v1/vettings/{s.vid}/summary").status_code == 403
    page = sc.page_client(s.app, s.searcher)
    assert page.get(f"/board/vettings/{s.vid}").status_code == 403


def test_a_board_member_removed_from_the_cycle_loses_access(s, board_page):
    from sqlalchemy import delete

    from vetting.models import Assignment

    db.session.execute(delete(Assignment).where(Assignment.user_id == s.board.id))
    db.session.commit()
    assert board_page.get(f"/board/vettings/{s.vid}").status_code == 403
    factories.AssignmentFactory(cycle=s.cycle, user=s.board, role="board")
    db.session.commit()
    assert board_page.get(f"/board/vettings/{s.vid}").status_code == 200


def test_a_board_member_without_cycles_sees_an_empty_list(app, make_user):
    lonely = make_user("lou.lonely", "board")
    html = sc.page_client(app, lonely).get("/board/").get_data(as_text=True)
    assert "You do not sit on the board of any cycle yet." in html
