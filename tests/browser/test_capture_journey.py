"""A searcher captures a finding's page; the reviewer sees it beside the excerpt (IV.B.10)."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.browser.conftest import CHROMIUM
from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import Capture
from vetting.services import vettings

pytestmark = pytest.mark.browser
SAMPLE = "/static/demo/sample-post.html"
WORDS = "anyone who parks in my spot again"


def test_searcher_captures_the_page_and_the_reviewer_sees_and_rechecks_it(
    app, world, site, sign_in_as, live_server
):
    app.config.update(CHROMIUM=CHROMIUM, CAPTURE_ALLOWED_NETWORKS="127.0.0.1/32")
    searcher = Actor(world.searcher, "127.0.0.1")
    finding = vettings.log_finding(
        searcher,
        world.vetting,
        {
            "item": world.items[0].key,
            "url": live_server + SAMPLE,
            "platform": "Social Example",
            "captured_at": datetime.now(UTC) - timedelta(hours=1),
            "method": "public_profile",
            "relevance": "violence_threat",
            "excerpt": f"Said {WORDS} will need an ambulance.",
            "attest_lawful": True,
        },
        max_excerpt=20_000,
    )
    page = site.page

    sign_in_as(world.searcher)
    site.goto(f"/search/findings/{finding.id}")
    assert page.get_by_label("Page to capture").input_value() == live_server + SAMPLE
    site.submit(page.get_by_role("button", name="Capture", exact=True))
    page.locator(".capture-done").wait_for(timeout=60_000)  # the page refreshes itself
    site.check()
    status = page.get_by_role("status").inner_text()
    assert "casey.w on Social Example" in status and "screenshot.png" in status

    for item in world.items[1:]:
        vettings.set_item_outcome(searcher, world.vetting, item.key, "nothing_found")
    vettings.submit(searcher, world.vetting, attest_lawful=True)
    page.context.clear_cookies()

    sign_in_as(world.reviewer)
    site.goto(f"/review/findings/{finding.id}")
    capture = db.session.query(Capture).filter_by(finding_id=finding.id).one()
    section = page.get_by_role("region", name=f"Page capture #{capture.id}")
    screenshot = section.get_by_role("img")
    assert screenshot.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.get_by_text("hash rechecked: unchanged").count() == 3
    page.get_by_label("Validated").check()
    page.get_by_label("Full name matches").check()
    page.get_by_label("Workplace or employer matches the application").check()
    site.submit(page.get_by_role("button", name="Save validation"))
    assert f"Finding {finding.id} is now validated." in page.locator("main").inner_text()
