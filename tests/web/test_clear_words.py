"""Messages in plain words, shown next to the field they are about (issue: clear words)."""

import re
from datetime import UTC, datetime, timedelta

from tests import factories
from vetting.extensions import db


def _finding(**overrides):
    captured = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "item": "social-media",
        "url": "https://example.org/post/7",
        "platform": "Facebook",
        "platform_kind": "social media",
        "captured_at": captured,
        "method": "public_profile",
        "excerpt": "A fight.",
        "relevance": "violence_threat",
        "notes": "",
        "attest_lawful": "y",
    }
    data.update(overrides)
    return data


def _field_block(html: str, name: str) -> str:
    """The form-field block that holds the input or select named ``name``."""
    for block in re.split(r'(?=<div class="field)', html):
        if f'name="{name}"' in block.split("</div>", 1)[0]:
            return block.split("</div>", 1)[0]
    raise AssertionError(f"no field named {name}")


def test_an_unchosen_search_method_asks_to_choose_it_next_to_the_field(staffed, login, post):
    login("sam")
    response = post(f"/search/vettings/{staffed.vetting.id}/findings/new", _finding(method=""))
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Choose the search method." in _field_block(html, "method")
    assert "has-error" in _field_block(html, "method")
    assert "Unknown search method" not in html and "forbids" not in html


def test_an_unchosen_relevance_label_asks_to_choose_it_next_to_the_field(staffed, login, post):
    login("sam")
    response = post(f"/search/vettings/{staffed.vetting.id}/findings/new", _finding(relevance=""))
    assert response.status_code == 422
    assert "Choose the relevance label." in _field_block(
        response.get_data(as_text=True), "relevance"
    )


def test_not_applicable_without_a_reason_says_so_in_words_by_the_reason(staffed, login, post):
    login("sam")
    page = f"/search/vettings/{staffed.vetting.id}"
    response = post(
        f"{page}/items/social-media", {"outcome": "not_applicable", "reason": ""}, page=page
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "not_applicable" not in html.replace('value="not_applicable"', "")
    card = html.split('id="item-social-media"', 1)[1].split("</li>", 1)[0]
    reason = card.split('for="reason-social-media"', 1)[1]
    assert "a reason is required for not applicable" in reason


def test_the_needs_an_outcome_note_is_gone_once_submitted(staffed, login, client):
    staffed.vetting.state = "submitted"
    db.session.commit()
    login("sam")
    html = client.get(f"/search/vettings/{staffed.vetting.id}").get_data(as_text=True)
    assert "needs an outcome" not in html


def test_the_assign_form_starts_with_a_role_its_first_user_holds(login_as, make_user, client):
    login_as("admin")
    cycle = factories.CycleFactory()
    make_user("aaron", "reviewer")  # first in the list, and not a searcher
    db.session.commit()
    html = client.get(f"/admin/cycles/{cycle.id}").get_data(as_text=True)
    form = html.split('id="assign"', 1)[1]
    user = re.search(r'<option selected value="\d+">([^<]+)</option>', form)
    role = re.search(r'<select[^>]*name="role"[^>]*>.*?<option selected value="(\w+)"', form, re.S)
    assert user and role, form
    assert user.group(1).startswith("aaron") and role.group(1) == "reviewer"


def test_the_reviewer_reads_the_searchers_label_for_relevance_and_method(staffed, login, client):
    finding = factories.FindingFactory(
        vetting=staffed.vetting, logged_by=staffed.searcher, method="public_records"
    )
    staffed.vetting.state = "submitted"
    db.session.commit()
    login("rita")
    listing = client.get(f"/review/vettings/{staffed.vetting.id}").get_data(as_text=True)
    page = client.get(f"/review/findings/{finding.id}").get_data(as_text=True)
    for html in (listing, page):
        assert "Violence or threats" in html and "violence threat" not in html
    assert "Public records" in page


def test_a_common_password_is_refused_next_to_the_password_field(login_as, post):
    login_as("admin")
    response = post(
        "/admin/users", {"username": "sam", "password": "password1234", "roles": ["searcher"]}
    )
    assert response.status_code == 422
    block = _field_block(response.get_data(as_text=True), "password")
    assert "most commonly used passwords" in block


def test_a_wrong_current_password_is_refused_next_to_that_field(login_as, post):
    login_as("admin")
    response = post(
        "/account/password",
        {
            "current": "not my password at all",
            "new": "quiet orchard lantern",
            "confirm": "quiet orchard lantern",
        },
    )
    assert response.status_code == 422
    assert "current password is not right" in _field_block(
        response.get_data(as_text=True), "current"
    )
