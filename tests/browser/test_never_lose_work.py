"""A searcher's long finding survives the idle session's end, and a refused form says so."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from vetting.extensions import db
from vetting.models import Finding

pytestmark = pytest.mark.browser

LONG_TEXT = "Posted a long thread about the fight outside the bar. " * 20


def _open_form(site, world):
    site.goto(f"/search/vettings/{world.vetting.id}/findings/new?item={world.items[0].key}")


def _fill(page, excerpt=LONG_TEXT):
    page.get_by_label("URL").fill("https://social.example/jordan.a/posts/8812")
    page.get_by_label("Platform", exact=True).fill("Facebook")
    page.get_by_label("Kind of platform").select_option(label="Social media")
    captured = datetime.now(UTC) - timedelta(days=1)
    page.locator("input[name=captured_at]").fill(captured.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Verbatim excerpt").fill(excerpt)
    page.get_by_label("Relevance").select_option(label="Violence or threats")


def _draft_count(page) -> int:
    return page.evaluate("""() => Object.keys(localStorage)
        .filter((k) => k.startsWith('vetting-draft:')).length""")


def test_the_text_comes_back_after_the_session_ended_and_goes_once_saved(
    app, world, site, sign_in_as
):
    page = site.page
    sign_in_as(world.searcher)
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(seconds=3)
    _open_form(site, world)
    _fill(page)
    page.wait_for_timeout(4500)  # the searcher is still typing when the session ends
    page.get_by_label("Search method").select_option(label="Public profile")
    page.get_by_label("I attest that this content was found lawfully").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Log the finding").click()
    assert db.session.scalar(select(Finding)) is None  # nothing was saved by the stale post

    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(minutes=30)
    page.context.clear_cookies()
    sign_in_as(world.searcher)
    _open_form(site, world)
    assert "was put back" in page.locator("main").inner_text()
    assert page.get_by_label("Verbatim excerpt").input_value() == LONG_TEXT
    assert page.get_by_label("Search method").input_value() == "public_profile"
    site.submit(page.get_by_role("button", name="Log the finding"))
    assert "The finding was logged." in page.locator("main").inner_text()
    assert _draft_count(page) == 0
    db.session.expire_all()
    assert db.session.scalar(select(Finding)).excerpt == LONG_TEXT


def test_the_warning_before_the_session_ends_keeps_the_searcher_signed_in(
    app, world, site, sign_in_as
):
    page = site.page
    sign_in_as(world.searcher)
    app.config.update(PERMANENT_SESSION_LIFETIME=timedelta(seconds=5), SESSION_WARNING_SECONDS=4)
    _open_form(site, world)
    warning = page.get_by_role("alertdialog")
    warning.wait_for(state="visible", timeout=4000)
    assert "You will be signed out in 1 minute" in warning.inner_text()
    with page.expect_response(lambda r: r.url.endswith("/account/session")) as stayed:
        warning.get_by_role("button", name="Stay signed in").click()
    assert stayed.value.status == 204
    assert warning.is_hidden()
    page.wait_for_timeout(3000)  # past the first page's five seconds, inside the renewed ones
    _fill(page, excerpt="Posted a video of a fight outside a bar.")
    page.get_by_label("Search method").select_option(label="Public profile")
    page.get_by_label("I attest that this content was found lawfully").check()
    site.submit(page.get_by_role("button", name="Log the finding"))
    assert "The finding was logged." in page.locator("main").inner_text()


def test_a_refused_finding_names_the_field_and_the_files_to_choose_again(world, site, sign_in_as):
    page = site.page
    sign_in_as(world.searcher)
    _open_form(site, world)
    _fill(page, excerpt="Posted a video of a fight outside a bar.")
    page.get_by_label("Evidence files").set_input_files(
        [{"name": "capture.png", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n"}]
    )
    page.get_by_label("I attest that this content was found lawfully").check()
    site.submit(page.get_by_role("button", name="Log the finding"))  # no search method chosen
    method = page.locator(".field.has-error").filter(has=page.get_by_label("Search method"))
    assert "Choose the search method." in method.inner_text()
    assert "forbids" not in page.locator("main").inner_text()
    files = page.locator(".field").filter(has=page.get_by_label("Evidence files"))
    assert "capture.png" in files.inner_text() and "Choose them again" in files.inner_text()
