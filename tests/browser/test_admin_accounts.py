"""An admin resets a password after confirming; the user must choose a new one."""

import pytest

from tests import factories
from tests.browser.support import sign_in
from vetting.extensions import db

pytestmark = pytest.mark.browser


def test_admin_confirms_a_reset_and_the_user_must_choose_a_new_password(world, site, sign_in_as):
    page = site.page
    admin = factories.UserFactory(username="ada.admin", roles=["admin"])
    db.session.commit()
    sign_in_as(admin)
    site.goto(f"/admin/users/{world.searcher.id}")
    asked = []

    def dismiss_then_accept(dialog):
        asked.append(dialog.message)
        (dialog.dismiss if len(asked) == 1 else dialog.accept)()

    page.on("dialog", dismiss_then_accept)
    section = page.locator("#reset-password")
    section.get_by_label("Temporary password").fill("temporary-pass-1")
    section.get_by_role("button", name="Reset the password").click()  # dismissed: nothing
    assert page.url.endswith(f"/admin/users/{world.searcher.id}")
    site.submit(section.get_by_role("button", name="Reset the password"))
    assert "Reset sam.searcher's password?" in asked[0] and len(asked) == 2
    assert "must choose a new password" in page.locator("main").inner_text()

    page.context.clear_cookies()
    sign_in(site, world.searcher, "temporary-pass-1")
    assert page.url.endswith("/account/password")
    assert "Choose a new one to continue" in page.locator("main").inner_text()
