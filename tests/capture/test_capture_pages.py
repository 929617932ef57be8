"""Capture from the finding page, its progress page, and the reviewer's side-by-side view."""

import os
import re

import pytest

from tests.api.conftest import actions, count
from tests.capture.conftest import wait_for
from tests.conftest import csrf_token
from vetting.extensions import db
from vetting.models import Capture, Evidence, Finding

pytestmark = pytest.mark.usefixtures("capture_config")


def press_capture(client, finding_id, url):
    token = csrf_token(client, f"/search/findings/{finding_id}")
    return client.post(
        f"/search/findings/{finding_id}/capture", data={"csrf_token": token, "url": url}
    )


def submit_vetting(searcher, vetting):
    for key in ("news", "public-records"):
        searcher.put(
            f"/api/v1/vettings/{vetting.id}/items/{key}", json={"outcome": "nothing_found"}
        )
    assert searcher.post(f"/api/v1/vettings/{vetting.id}/submit").status_code == 200


@pytest.fixture
def done_capture(searcher, site_finding):
    """A finished capture of the finding's own page, through the API; returns its JSON."""
    response = searcher.post(f"/api/v1/findings/{site_finding}/capture", json={})
    return wait_for(searcher, response.json["capture_id"])


def test_the_finding_page_offers_capture_of_the_findings_own_url(
    searcher, site_finding, login, client, test_site
):
    base, _ = test_site
    login("sam")
    html = client.get(f"/search/findings/{site_finding}").get_data(as_text=True)
    assert "Page captures" in html
    assert re.search(rf'name="url"[^>]*value="{re.escape(base)}/post"', html)


def test_pressing_capture_shows_progress_until_the_files_are_there(
    searcher, site_finding, login, client, test_site
):
    base, _ = test_site
    login("sam")
    response = press_capture(client, site_finding, f"{base}/post")
    assert response.status_code == 302
    capture_id = int(response.location.rsplit("/", 1)[1])
    first = client.get(response.location).get_data(as_text=True)
    if "capturing" in first or "waiting" in first:
        assert 'http-equiv="refresh"' in first
    wait_for(searcher, capture_id)
    html = client.get(response.location).get_data(as_text=True)
    assert 'http-equiv="refresh"' not in html
    assert "A public post" in html and "screenshot.png" in html and "page.warc.gz" in html
    for evidence in db.session.get(Capture, capture_id).evidence:
        assert evidence.sha256 in html


def test_a_refused_address_on_the_page_says_why_and_writes_nothing(
    searcher, site_finding, login, client
):
    login("sam")
    response = press_capture(client, site_finding, "file:///etc/passwd")
    assert response.status_code == 422
    assert "Only http and https pages can be captured" in response.get_data(as_text=True)
    assert count(Capture) == 0
    assert not [e for e in actions() if e.action.startswith("capture.")]


def test_without_chromium_capture_is_shown_unavailable_and_the_page_still_works(
    app, searcher, site_finding, login, client
):
    app.config["CHROMIUM"] = "/nonexistent/chromium"
    login("sam")
    response = client.get(f"/search/findings/{site_finding}")
    assert response.status_code == 200
    assert "Capture is unavailable on this server: Chromium is not installed" in response.get_data(
        as_text=True
    )
    refused = searcher.post(f"/api/v1/findings/{site_finding}/capture", json={})
    assert refused.status_code == 503 and "Chromium is not installed" in refused.json["error"]
    assert count(Capture) == 0


def test_the_reviewer_sees_the_capture_beside_the_excerpt_with_hashes_rechecked(
    searcher, reviewer, vetting, site_finding, done_capture, login, client
):
    submit_vetting(searcher, vetting)
    login("rita")
    html = client.get(f"/review/findings/{site_finding}").get_data(as_text=True)
    assert f"Page capture #{done_capture['id']}" in html
    shot = next(e for e in done_capture["evidence"] if e["media_type"] == "image/png")
    assert f'src="/evidence/{shot["id"]}/view"' in html
    assert html.count("hash rechecked: unchanged") >= 3
    image = client.get(f"/evidence/{shot['id']}/view")
    image.close()
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert "attachment" not in image.headers.get("Content-Disposition", "")


def test_a_captured_file_changed_after_capture_is_flagged_and_blocks_validation(
    app, searcher, reviewer, vetting, site_finding, done_capture, login, client
):
    submit_vetting(searcher, vetting)
    pdf = db.session.get(
        Evidence,
        next(e["id"] for e in done_capture["evidence"] if e["media_type"] == "application/pdf"),
    )
    with open(os.path.join(app.config["EVIDENCE_DIR"], pdf.stored_name), "ab") as fh:
        fh.write(b"% edited")
    login("rita")
    html = client.get(f"/review/findings/{site_finding}").get_data(as_text=True)
    assert "hash rechecked: CHANGED" in html
    response = reviewer.post(
        f"/api/v1/findings/{site_finding}/validation",
        json={"outcome": "validated", "identifiers": ["name", "workplace"]},
    )
    assert response.status_code == 409
    assert db.session.get(Finding, site_finding).validation is None


def test_only_images_are_shown_inline(searcher, site_finding, done_capture, login, client):
    login("sam")
    pdf = next(e for e in done_capture["evidence"] if e["media_type"] == "application/pdf")
    assert client.get(f"/evidence/{pdf['id']}/view").status_code == 404


def test_the_findings_capture_time_can_be_taken_from_the_capture(
    searcher, site_finding, done_capture, login, client
):
    login("sam")
    page = f"/search/captures/{done_capture['id']}"
    assert "Use this capture" in client.get(page).get_data(as_text=True)
    response = client.post(f"{page}/time", data={"csrf_token": csrf_token(client, page)})
    assert response.status_code == 302
    db.session.expire_all()
    taken = db.session.get(Finding, site_finding).captured_at.isoformat()
    assert taken == done_capture["captured_at"]
    [event] = actions("finding.captured_at")
    assert event.details["capture_id"] == done_capture["id"]
