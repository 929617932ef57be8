"""The paths where work goes back and forth: corrections, send-backs, changed decisions."""

import pytest
from sqlalchemy import select

from tests import factories
from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import Candidate, Finding, Vetting
from vetting.models.releases import BoardDecision, LexiconEntry

pytestmark = pytest.mark.browser


def main_text(page) -> str:
    return page.locator("main").inner_text()


def sign_out(site) -> None:
    site.submit(site.page.locator("header form.signout").get_by_role("button", name="Sign out"))


def test_searcher_corrects_a_finding_removes_a_file_and_withdraws_it(world, site, sign_in_as):
    world.log()
    page = site.page
    sign_in_as(world.searcher)
    site.goto(f"/search/vettings/{world.vetting.id}")
    first = page.locator(f"#item-{world.items[0].key}")
    # Marking "nothing found" under a logged finding is refused, with the way out named.
    first.get_by_label("Nothing found").check()
    site.submit(first.get_by_role("button", name="Save outcome"))
    assert "Withdraw it first" in main_text(page)

    site.follow(page.get_by_role("link", name=f"Finding #{world.finding.id}"))
    site.follow(page.get_by_role("link", name="Correct this finding"))
    page.get_by_label("Platform", exact=True).fill("Instagram")
    site.submit(page.get_by_role("button", name="Save the correction"))
    assert "The finding was corrected." in main_text(page)
    assert "Instagram" in main_text(page)

    site.submit(page.get_by_role("button", name="Remove capture.txt"))
    assert "Removed the evidence file capture.txt." in main_text(page)
    assert "No uploaded evidence files" in main_text(page)

    site.submit(page.get_by_role("button", name=f"Withdraw finding #{world.finding.id}"))
    assert "Tick the box to confirm the withdrawal." in main_text(page)
    page.get_by_label("Yes, withdraw this finding").check()
    site.submit(page.get_by_role("button", name=f"Withdraw finding #{world.finding.id}"))
    assert f"Finding #{world.finding.id} was withdrawn." in main_text(page)
    assert "no outcome" in page.locator(f"#item-{world.items[0].key}").inner_text()

    db.session.expire_all()
    assert db.session.scalar(select(Finding)) is None


def test_reviewer_sends_the_vetting_back_and_the_searcher_resubmits(world, site, sign_in_as):
    world.candidate.identifiers = [
        {"kind": "handle", "value": "@jordan.a"},
        {"kind": "employer", "value": "Acme Freight"},
    ]
    db.session.commit()
    world.submit()
    page = site.page
    sign_in_as(world.reviewer)
    site.goto(f"/review/vettings/{world.vetting.id}")
    checklist = page.get_by_role("table", name="The searcher's outcome for every checklist item")
    assert "Nothing found" in checklist.inner_text()
    assert "Account handle: @jordan.a" in main_text(page)

    # The identifiers are the choices when validating.
    site.follow(page.get_by_role("link", name=f"Finding #{world.finding.id}"))
    assert page.get_by_label("Account handle: @jordan.a").count() == 1
    site.goto(f"/review/vettings/{world.vetting.id}")

    site.submit(page.get_by_role("button", name="Send back"))
    assert "a reason is required to send the vetting back" in main_text(page)
    page.get_by_label("What should the searcher look at again?").fill(
        "Search the county court records too."
    )
    site.submit(page.get_by_role("button", name="Send back"))
    assert "Sent back to the searcher" in main_text(page)
    sign_out(site)

    sign_in_as(world.searcher)
    site.goto(f"/search/vettings/{world.vetting.id}")
    returned = page.get_by_role("region", name="Sent back by the reviewer")
    assert "Search the county court records too." in returned.inner_text()
    page.get_by_label("I attest that every search in this vetting used only lawful").check()
    site.submit(page.get_by_role("button", name="Submit for review"))
    assert "Submitted for review" in main_text(page)

    db.session.expire_all()
    assert db.session.get(Vetting, world.vetting.id).state == "submitted"


def test_board_changes_its_decision_with_a_reason_and_sees_the_history(world, site, sign_in_as):
    world.release()
    page = site.page
    sign_in_as(world.board)
    site.goto(f"/board/vettings/{world.vetting.id}")
    page.get_by_label("Proceed", exact=True).check()
    site.submit(page.get_by_role("button", name="Record decision"))
    assert "Tick the confirmation to record the decision." in main_text(page)
    page.get_by_label("Proceed", exact=True).check()
    page.get_by_label("I confirm this decision").check()
    site.submit(page.get_by_role("button", name="Record decision"))
    assert "Recorded decision: Proceed" in main_text(page)

    page.get_by_label("Do not proceed").check()
    page.get_by_label("Note").fill("Threat against a referee.")
    page.get_by_label("I confirm this decision").check()
    site.submit(page.get_by_role("button", name="Record the changed decision"))
    assert "A reason is required to record a new decision." in main_text(page)
    page.get_by_label("Do not proceed").check()
    page.get_by_label("Note").fill("Threat against a referee.")
    page.get_by_label("Why the decision changes").fill("Reread the finding with the chief.")
    page.get_by_label("I confirm this decision").check()
    site.submit(page.get_by_role("button", name="Record the changed decision"))
    history = page.get_by_role("table", name="Decision history").inner_text()
    assert "Proceed" in history and "Reread the finding with the chief." in history

    db.session.expire_all()
    decisions = db.session.scalars(select(BoardDecision).order_by(BoardDecision.id)).all()
    assert [d.outcome for d in decisions] == ["proceed", "do_not_proceed"]


def test_admin_adds_identifiers_and_approves_a_keep_proposal(world, site, sign_in_as):
    from vetting.services import releases

    admin = factories.UserFactory(username="ada.admin", roles=["admin"])
    db.session.commit()
    world.release()
    start = world.finding.excerpt.index("Catholic")
    releases.undo_redaction(
        Actor(world.reviewer, "127.0.0.1"),
        world.finding,
        start,
        start + len("Catholic"),
        "The church is only a meeting place.",
    )
    page = site.page
    sign_in_as(admin)
    site.goto(f"/admin/cycles/{world.cycle.id}")
    page.get_by_label("Candidate's name").fill("Robin Baca")
    page.get_by_label("Consent date").fill("2026-11-30")
    page.get_by_label("Identifiers").fill("handle: @robin.b\nschool: Valley High")
    site.submit(page.get_by_role("button", name="Add candidate"))
    robin = db.session.scalar(select(Candidate).where(Candidate.name == "Robin Baca"))
    assert robin.identifiers == [
        {"kind": "handle", "value": "@robin.b"},
        {"kind": "school", "value": "Valley High"},
    ]

    site.goto("/review/lexicon")
    site.follow(page.get_by_role("link", name="Review the proposal to always keep"))
    assert "the hiring board will read them" in main_text(page)
    assert "The church is only a meeting place." in main_text(page)
    page.get_by_label("I have read the findings above").check()
    site.submit(page.get_by_role("button", name="Approve: always keep these words"))
    assert "is kept from now on" in main_text(page)

    db.session.expire_all()
    entry = db.session.scalar(select(LexiconEntry))
    assert (entry.text, entry.action) == ("Catholic", "keep")
