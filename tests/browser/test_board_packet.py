"""The board finds the cycle's packet only once something is released, and it is marked."""

import pytest

from tests.board.helpers import pdf_text

pytestmark = pytest.mark.browser


def test_the_cycle_packet_link_waits_for_a_release(world, site, sign_in_as):
    page = site.page
    world.submit()
    sign_in_as(world.board)
    site.goto("/board/")
    assert page.get_by_role("link", name="Board packet of the whole cycle (PDF)").count() == 0
    assert "available once a summary is released" in page.locator("main").inner_text()

    world.release_submitted()
    site.goto("/board/")
    link = page.get_by_role("link", name="Board packet of the whole cycle (PDF)")
    response = page.request.get(link.get_attribute("href"))
    assert response.ok
    text = pdf_text(response.body())
    assert "CONFIDENTIAL" in text and "Page 1 of" in text and "Checklist coverage" in text
