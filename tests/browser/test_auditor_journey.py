"""The auditor opens the uniformity report and verifies the trail (IV.B.9, audit trail)."""

import pytest
from sqlalchemy import func, select

from tests import factories
from vetting.extensions import db
from vetting.models import AuditEvent

pytestmark = pytest.mark.browser


def test_auditor_reads_the_uniformity_report_and_verifies_the_trail(world, site, sign_in_as):
    world.release()
    unstarted = factories.CandidateFactory(cycle=world.cycle, name="Casey Whitehorse")
    db.session.commit()
    page = site.page
    sign_in_as(world.auditor)
    menu = page.get_by_role("navigation", name="Main")
    site.follow(menu.get_by_role("link", name="Audit", exact=True))
    site.follow(page.get_by_role("link", name=f"Uniformity report, cycle {world.cycle.id}"))
    rows = page.locator("main table > tbody > tr")
    released = rows.filter(has=page.get_by_role("cell", name=str(world.vetting.id), exact=True))
    assert "released" in released.inner_text()
    assert f"{len(world.items)} of {len(world.items)}" in released.inner_text()
    never = rows.filter(has=page.get_by_role("cell", name=str(unstarted.vetting.id), exact=True))
    assert f"0 of {len(world.items)}" in never.inner_text()
    flagged = never.locator("xpath=following-sibling::tr[1]").inner_text()
    assert "Never started, while 1 other vetting of this cycle is submitted." in flagged
    # The auditor audits the process, not the person: no names, no finding content.
    for hidden in ("Jordan Alvarez", "Casey Whitehorse", "kicking a parked car"):
        assert hidden not in page.content(), hidden

    site.follow(menu.get_by_role("link", name="Trail", exact=True))
    # Every event's details in one long line must still fit a 1,280-px window.
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_label("Action").select_option("release.create")
    page.get_by_label("Role").select_option("reviewer")
    site.submit(page.get_by_role("button", name="Filter"))
    assert "1 event(s) match" in page.locator("main").inner_text()
    assert "rae.reviewer" in page.get_by_role("row").filter(has_text="release.create").inner_text()

    site.follow(menu.get_by_role("link", name="Verify trail", exact=True))
    db.session.rollback()
    events = db.session.scalar(select(func.count()).select_from(AuditEvent))
    head = db.session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    status = page.get_by_role("status").filter(has_text="hash chain").inner_text()
    assert f"OK: all {events} events check out; the hash chain is intact." == status
    assert head in page.locator("main").inner_text()

    # A head hash written down earlier is checked against the trail as it is now.
    page.get_by_label("Head hash noted earlier").fill(head)
    site.submit(page.get_by_role("button", name="Check this hash"))
    assert (
        "nothing up to that event has changed since it was noted"
        in page.get_by_role("status").filter(has_text="noted hash").inner_text()
    )
