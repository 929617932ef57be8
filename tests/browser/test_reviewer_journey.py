"""A reviewer validates the finding, reviews the redactions and releases (IV.B.6, IV.B.10)."""

import pytest
from sqlalchemy import select

from tests.browser.support import PROTECTED
from vetting.extensions import db
from vetting.models import Vetting
from vetting.models.releases import Release

pytestmark = pytest.mark.browser


def test_reviewer_validates_reviews_redactions_and_releases(world, site, sign_in_as):
    world.submit()
    page = site.page
    sign_in_as(world.reviewer)
    site.follow(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Review", exact=True)
    )
    site.follow(page.get_by_role("link", name="Jordan Alvarez"))

    site.follow(page.get_by_role("link", name=f"Finding #{world.finding.id}"))
    page.get_by_label("Validated").check()
    page.get_by_label("Full name matches").check()
    page.get_by_label("Workplace or employer matches the application").check()
    site.submit(page.get_by_role("button", name="Save validation"))
    assert f"Finding {world.finding.id} is now validated." in page.locator("main").inner_text()

    site.follow(page.get_by_role("link", name="Review the redactions and release"))
    # The searcher's label for the relevance, word for word, on the reviewer's page.
    assert "Violence or threats" in page.locator(f"#f{world.finding.id} h2").inner_text()
    redactions = page.get_by_role("table", name=f"Redactions of finding #{world.finding.id}")
    fired = redactions.get_by_role("row").filter(has_text=PROTECTED)
    assert "religion" in fired.inner_text()
    assert "religion pattern" in fired.inner_text()
    assert "rule:" not in redactions.inner_text() and "lexicon:" not in redactions.inner_text()
    assert PROTECTED not in page.locator("p.rendered").inner_text()

    # The pass left "sings in the choir" readable; the reviewer redacts it too, with a reason.
    section = page.locator(f"#f{world.finding.id}")
    section.get_by_text(f"Add a redaction to finding #{world.finding.id}").click()
    section.get_by_label("Exact phrase to redact").fill("sings in the choir")
    section.get_by_label("Protected-class category").select_option("religion")
    section.get_by_label("Reason (optional)").fill("Choir membership points to a religion.")
    site.submit(section.get_by_role("button", name="Add redaction"))
    assert "Added 1 redaction(s)" in page.locator("main").inner_text()
    assert "choir" not in page.locator(f"#f{world.finding.id} p.rendered").inner_text()

    # Selecting words in the text redacts exactly those; the offsets stay out of sight.
    page.evaluate(
        """(id) => {
      const text = document.querySelector(`.draft-text[data-finding="${id}"]`);
      const node = [...text.querySelectorAll('span')]
        .find((s) => s.textContent.includes('kicking'));
      const at = node.firstChild.textContent.indexOf('kicking');
      const range = document.createRange();
      range.setStart(node.firstChild, at);
      range.setEnd(node.firstChild, at + 'kicking'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""",
        world.finding.id,
    )
    assert "Selected: \u201ckicking\u201d" in section.locator(".selected-words").inner_text()
    assert section.locator("input[name$='-start']").get_attribute("type") == "hidden"
    section.get_by_label("Protected-class category").select_option("age")
    site.submit(section.get_by_role("button", name="Add redaction"))
    assert "kicking" not in page.locator(f"#f{world.finding.id} p.rendered").inner_text()
    undo = (
        page.get_by_role("table", name=f"Redactions of finding #{world.finding.id}")
        .get_by_role("row")
        .filter(has_text="kicking")
    )
    undo.get_by_label("Reason for undoing").fill("Misconduct the board must read.")
    site.submit(undo.get_by_role("button", name="Undo"))
    undone = page.get_by_role("table", name=f"Undone redactions of finding #{world.finding.id}")
    assert "kicking" in undone.inner_text() and "Redo" in undone.inner_text()

    page.get_by_label("I have reviewed every redaction and approve this summary").check()
    site.submit(page.get_by_role("button", name="Release to the board"))
    assert "Released version 1 to the board." in page.locator("main").inner_text()

    site.follow(page.get_by_role("link", name="Version 1"))
    assert "Released version 1" in page.get_by_role("heading", level=1).inner_text()
    assert "kicking a parked car" in page.locator("main").inner_text()

    db.session.expire_all()
    assert db.session.get(Vetting, world.vetting.id).state == "released"
    release = db.session.scalar(select(Release).where(Release.vetting_id == world.vetting.id))
    text = release.content["findings"][0]["text"]
    assert release.version == 1 and "kicking a parked car" in text
    assert PROTECTED not in text and "choir" not in text
