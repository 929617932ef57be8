"""The board reads the released summary and records its decision (IV.B.6)."""

import pytest

from tests.browser.support import PROTECTED
from vetting.extensions import db
from vetting.models import Vetting
from vetting.models.releases import BoardDecision

pytestmark = pytest.mark.browser


def test_board_reads_the_summary_and_decides(world, site, sign_in_as):
    world.release()
    page = site.page
    sign_in_as(world.board)
    site.follow(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Board", exact=True)
    )
    row = page.get_by_role("row", name="Jordan Alvarez")
    assert "Version 1" in row.inner_text()
    site.follow(row.get_by_role("link", name="Jordan Alvarez"))

    main = page.locator("main").inner_text()
    assert "Validated findings" in main and "kicking a parked car" in main
    # The board sees the redacted summary only: no URL, no notes, no protected class.
    for hidden in (PROTECTED, "social.example", "Handle matches"):
        assert hidden not in page.content(), hidden

    page.get_by_label("Proceed", exact=True).check()
    page.get_by_label("Note").fill("Discussed; the incident is old and isolated.")
    page.get_by_label("I confirm this decision").check()
    site.submit(page.get_by_role("button", name="Record decision"))
    assert "The decision is recorded." in page.locator("main").inner_text()
    assert "Recorded decision: Proceed" in page.locator("main").inner_text()

    db.session.expire_all()
    assert db.session.get(Vetting, world.vetting.id).state == "decided"
    decision = db.session.query(BoardDecision).filter_by(vetting_id=world.vetting.id).one()
    assert (decision.outcome, decision.decided_by_id) == ("proceed", world.board.id)
