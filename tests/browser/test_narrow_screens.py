"""Every page of every role fits a 390-px phone screen without sideways scrolling."""

import pytest

from tests import factories
from vetting.extensions import db

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _pages(world, admin) -> dict:
    """The pages each role works on, by the user who opens them."""
    vid, fid, cid = world.vetting.id, world.finding.id, world.cycle.id
    template = world.cycle.checklist_version.template_id
    return {
        world.searcher: [
            "/",
            "/search/",
            f"/search/vettings/{vid}",
            f"/search/vettings/{vid}/findings/new",
            f"/search/findings/{fid}",
            f"/search/findings/{fid}/edit",
            "/account/security",
            "/account/password",
        ],
        world.reviewer: [
            "/review/",
            f"/review/vettings/{vid}",
            f"/review/findings/{fid}",
            f"/review/vettings/{vid}/draft",
            f"/review/vettings/{vid}/releases/1",
        ],
        world.board: ["/board/", f"/board/vettings/{vid}", f"/board/vettings/{vid}/print"],
        world.auditor: [
            "/audit/",
            f"/audit/cycles/{cid}/uniformity",
            "/audit/trail",
            "/audit/verify",
        ],
        admin: [
            "/admin/",
            "/admin/users",
            f"/admin/users/{world.searcher.id}",
            "/admin/checklists",
            "/admin/checklists/new",
            f"/admin/checklists/{template}",
            f"/admin/checklists/{template}/edit",
            "/admin/cycles",
            "/admin/cycles/new",
            f"/admin/cycles/{cid}",
            f"/admin/candidates/{world.vetting.candidate_id}",
            "/review/lexicon",
            "/records/",
            "/records/holds",
            "/records/candidates",
        ],
    }


def _too_wide(page) -> int:
    """How many pixels the page is wider than the screen (0 when it fits)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def test_no_page_scrolls_sideways_at_390_px(world, site, sign_in_as):
    world.release()
    admin = factories.UserFactory(username="ada.admin", roles=["admin"])
    db.session.commit()
    site.page.set_viewport_size(PHONE)
    wide = []
    for user, paths in _pages(world, admin).items():
        site.page.context.clear_cookies()
        sign_in_as(user)
        for path in paths:
            site.goto(path)
            if (extra := _too_wide(site.page)) > 0:
                wide.append(f"{path} ({user.username}): {extra} px too wide")
    assert not wide, "pages that scroll sideways at 390 px:\n  " + "\n  ".join(wide)
