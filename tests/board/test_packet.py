"""The board packet: confidential on every page, numbered, dated, versioned, with coverage."""

import re

from tests.board.helpers import pdf_text
from tests.board.test_summary import mixed  # noqa: F401 - the released vetting
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import ItemOutcome


def test_every_page_says_confidential_and_its_number_of_the_whole(mixed):  # noqa: F811
    client = sc.page_client(mixed.app, mixed.board)
    text = pdf_text(client.get(f"/board/vettings/{mixed.vid}/packet.pdf").get_data())
    pages = text.count("CONFIDENTIAL: pre-employment background information")
    assert pages >= 1 and f"Page {pages} of {pages}" in text
    assert re.search(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d M[SD]T", text)
    assert "Summary version 1, released" in text


def test_the_packet_lists_each_items_outcome_and_nothing_written_for_it(mixed):  # noqa: F811
    reasons = [o.reason for o in db.session.query(ItemOutcome).all() if o.reason]
    client = sc.page_client(mixed.app, mixed.board)
    text = pdf_text(client.get(f"/board/vettings/{mixed.vid}/packet.pdf").get_data())
    assert "Checklist coverage" in text
    for item in mixed.vetting.checklist_version.items:
        assert re.search(
            rf"{re.escape(item.title)}: (Finding|Nothing found|Not applicable|"
            r"no outcome)",
            text,
        ), item.title
    for reason in reasons:
        assert reason not in text


def test_the_summary_page_shows_the_coverage_too(mixed):  # noqa: F811
    html = (
        sc.page_client(mixed.app, mixed.board)
        .get(f"/board/vettings/{mixed.vid}")
        .get_data(as_text=True)
    )
    assert "Checklist coverage" in html and 'class="coverage"' in html


def test_the_cycle_packet_link_appears_only_once_something_is_released(app, make_user):
    s = sc.build(app, make_user, excerpts=(sc.CLEAN,))
    client = sc.page_client(app, s.board)
    assert "packet.pdf" not in client.get("/board/").get_data(as_text=True)
    sc.validate_all(s)
    sc.ApiClient(app, s.reviewer).post(f"/api/v1/vettings/{s.vid}/release", json={})
    assert f"/board/cycles/{s.cycle.id}/packet.pdf" in client.get("/board/").get_data(as_text=True)
