"""A searcher logs a finding, answers every checklist item and submits (IV.B.8, IV.B.9)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from vetting.extensions import db
from vetting.models import Finding, Vetting

pytestmark = pytest.mark.browser

URL = "https://social.example/jordan.a/posts/8812"


def test_searcher_logs_a_finding_and_submits(world, site, sign_in_as):
    page = site.page
    sign_in_as(world.searcher)
    site.follow(
        page.get_by_role("navigation", name="Main").get_by_role(
            "link", name="My vettings", exact=True
        )
    )
    site.follow(page.get_by_role("link", name="Jordan Alvarez"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Jordan Alvarez")

    first = world.items[0]
    site.follow(
        page.locator(f"#item-{first.key}").get_by_role("link", name="Log a finding for this item")
    )
    assert page.get_by_label("Checklist item").input_value() == first.key
    page.get_by_label("URL").fill(URL)
    page.get_by_label("Platform", exact=True).fill("Facebook")
    page.get_by_label("Kind of platform").select_option(label="Social media")
    # The searcher types the time on the department's clock, zone named; it is stored in UTC.
    captured = (datetime.now(UTC) - timedelta(days=1)).replace(second=0, microsecond=0)
    local = captured.astimezone(ZoneInfo("America/Denver"))
    page.get_by_label("Capture time (America/Denver)").fill(local.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Search method").select_option(label="Public profile")
    page.get_by_label("Verbatim excerpt").fill("Posted a video of a fight outside a bar.")
    page.get_by_label("Relevance").select_option(label="Violence or threats")
    page.get_by_label("Notes").fill("Handle matches the one on the application.")
    page.get_by_label("I attest that this content was found lawfully").check()
    site.submit(page.get_by_role("button", name="Log the finding"))
    assert "The finding was logged." in page.locator("main").inner_text()
    shown = page.locator("dt", has_text="Captured").locator("xpath=following-sibling::dd[1]")
    assert shown.inner_text() == local.strftime("%Y-%m-%d %H:%M %Z")

    site.follow(page.get_by_label("Breadcrumb").get_by_role("link", name="Jordan Alvarez"))
    for item in world.items[1:]:
        card = page.locator(f"#item-{item.key}")
        card.get_by_label("Nothing found").check()
        site.submit(card.get_by_role("button", name="Save outcome"))
        assert "Saved." in page.locator("main").inner_text()

    assert "Every item has an outcome." in page.locator("main").inner_text()
    page.get_by_label("I attest that every search in this vetting used only lawful").check()
    site.submit(page.get_by_role("button", name="Submit for review"))
    assert "Submitted for review" in page.locator("main").inner_text()
    assert "needs an outcome" not in page.locator("main").inner_text()

    db.session.expire_all()
    vetting = db.session.get(Vetting, world.vetting.id)
    assert vetting.state == "submitted" and vetting.attested_lawful
    finding = db.session.scalar(select(Finding).where(Finding.vetting_id == vetting.id))
    assert (finding.url, finding.method, finding.item_id) == (URL, "public_profile", first.id)
    assert finding.captured_at.replace(tzinfo=UTC) == captured
