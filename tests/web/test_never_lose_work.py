"""Nothing typed or chosen is lost unseen: staying signed in, drafts, refused files."""

import io
from datetime import UTC, datetime, timedelta

from tests.conftest import csrf_token
from tests.web.conftest import png_bytes


def test_staying_signed_in_answers_204_to_a_signed_in_user(staffed, login, client):
    login("sam")
    token = csrf_token(client, "/search/")
    assert client.post("/account/session", headers={"X-CSRFToken": token}).status_code == 204


def test_staying_signed_in_needs_the_forms_token(staffed, login, client):
    login("sam")
    assert client.post("/account/session").status_code == 400


def test_pages_tell_the_script_when_the_session_ends(staffed, login, client, app):
    login("sam")
    html = client.get("/search/").get_data(as_text=True)
    seconds = int(app.config["PERMANENT_SESSION_LIFETIME"].total_seconds())
    assert f'data-session-seconds="{seconds}"' in html and 'id="session-warning"' in html


def test_the_finding_form_is_kept_as_a_draft_and_restored_only_when_fresh(
    staffed, login, client, post
):
    login("sam")
    path = f"/search/vettings/{staffed.vetting.id}/findings/new"
    fresh = client.get(path).get_data(as_text=True)
    assert f'data-draft="finding-{staffed.vetting.id}" data-draft-fresh="1"' in fresh
    refused = post(path, {"item": "social-media", "method": ""}).get_data(as_text=True)
    assert "data-draft-fresh" not in refused  # the server shows what was typed itself


def test_a_refused_finding_names_the_evidence_files_to_choose_again(staffed, login, post):
    login("sam")
    captured = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = post(
        f"/search/vettings/{staffed.vetting.id}/findings/new",
        {
            "item": "social-media",
            "url": "https://example.org/p/1",
            "platform": "Facebook",
            "platform_kind": "social media",
            "captured_at": captured,
            "method": "",
            "excerpt": "A fight.",
            "relevance": "violence_threat",
            "attest_lawful": "y",
            "files": [(io.BytesIO(png_bytes()), "capture.png")],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "these files were not stored: capture.png. Choose them again" in html
