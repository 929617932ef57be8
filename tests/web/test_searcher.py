"""The searcher's pages: assigned vettings, outcomes, findings with evidence, submission."""

import hashlib
import io
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from tests import factories
from tests.conftest import csrf_token
from tests.web.conftest import png_bytes
from vetting.extensions import db
from vetting.models import AuditEvent, Evidence, Finding, ItemOutcome


def _finding_data(**overrides):
    captured = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "item": "social-media",
        "url": "https://example.org/post/7",
        "platform": "Facebook",
        "platform_kind": "social media",
        "captured_at": captured,
        "method": "public_profile",
        "excerpt": "Posted a video of a fight outside a bar.",
        "relevance": "violence_threat",
        "notes": "Linked from the application.",
        "attest_lawful": "y",
    }
    data.update(overrides)
    return data


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_my_vettings_lists_the_assigned_cycles_candidates(staffed, login, client):
    other = factories.CandidateFactory(name="Someone Elsewhere")  # a cycle I am not on
    db.session.commit()
    login("sam")
    html = client.get("/search/").get_data(as_text=True)
    assert "Jordan Example" in html and "Officer spring" in html
    assert "last 7 years" in html and "0 / 3" in html
    assert other.name not in html


def test_my_vettings_says_when_nothing_is_assigned(login_as, client):
    login_as("searcher")
    assert "No vettings yet" in client.get("/search/").get_data(as_text=True)


def test_without_designation_the_list_warns_and_the_vetting_is_403(app, make_user, login, client):
    cycle = factories.CycleFactory()
    candidate = factories.CandidateFactory(cycle=cycle, name="Jordan Example")
    nora = make_user("nora", "searcher", designated=False)
    factories.AssignmentFactory(cycle=cycle, user=nora, role="searcher")
    db.session.commit()
    login("nora")
    html = client.get("/search/").get_data(as_text=True)
    assert "You hold no active sensitive-position designation" in html
    vid = candidate.vetting.id
    for path in (f"/search/vettings/{vid}", f"/search/vettings/{vid}/findings/new"):
        response = client.get(path)
        assert response.status_code == 403
        assert "IV.B.7" in response.get_data(as_text=True)


def test_a_revoked_designation_stops_logging(staffed, login, client):
    login("sam")
    page = f"/search/vettings/{staffed.vetting.id}/findings/new"
    token = csrf_token(client, page)  # the form was open when the designation was revoked
    staffed.searcher.active_designation().revoked_at = datetime.now(UTC)
    db.session.commit()
    response = client.post(page, data={**_finding_data(), "csrf_token": token})
    assert response.status_code == 403
    assert "IV.B.7" in response.get_data(as_text=True)
    assert _count(Finding) == 0


def test_a_searcher_of_another_cycle_gets_403(staffed, make_user, login, client):
    elsewhere = make_user("otto", "searcher")
    factories.AssignmentFactory(user=elsewhere, role="searcher")  # on another cycle
    db.session.commit()
    login("otto")
    assert client.get(f"/search/vettings/{staffed.vetting.id}").status_code == 403


def test_the_checklist_page_shows_items_guidance_and_forms(staffed, login, client):
    login("sam")
    html = client.get(f"/search/vettings/{staffed.vetting.id}").get_data(as_text=True)
    assert "Social Media" in html and "Search social-media." in html
    assert html.count('name="revision"') == 3
    assert "Log a finding for this item" in html


def test_setting_an_outcome_records_it(staffed, login, post):
    login("sam")
    vid = staffed.vetting.id
    response = post(
        f"/search/vettings/{vid}/items/news",
        {"outcome": "nothing_found"},
        page=f"/search/vettings/{vid}",
    )
    assert response.status_code == 302
    row = db.session.scalar(select(ItemOutcome))
    assert row.outcome == "nothing_found"
    assert staffed.vetting.state == "in_progress"


def test_not_applicable_needs_a_reason(staffed, login, post):
    login("sam")
    vid = staffed.vetting.id
    response = post(
        f"/search/vettings/{vid}/items/news",
        {"outcome": "not_applicable"},
        page=f"/search/vettings/{vid}",
    )
    assert response.status_code == 422
    assert "a reason is required" in response.get_data(as_text=True)
    assert _count(ItemOutcome) == 0


def test_a_stale_revision_is_a_conflict_not_an_overwrite(staffed, login, post, client):
    login("sam")
    vid = staffed.vetting.id
    page = f"/search/vettings/{vid}"
    post(f"/search/vettings/{vid}/items/news", {"outcome": "nothing_found"}, page=page)
    post(
        f"/search/vettings/{vid}/items/news",
        {"outcome": "not_applicable", "reason": "No local press", "revision": "1"},
        page=page,
    )
    response = post(
        f"/search/vettings/{vid}/items/news",
        {"outcome": "nothing_found", "revision": "1"},
        page=page,
    )
    assert response.status_code == 409
    assert "Someone else saved this item" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(select(ItemOutcome)).outcome == "not_applicable"


def test_logging_a_finding_with_evidence_shows_its_sha256(staffed, login, post, client):
    login("sam")
    vid = staffed.vetting.id
    image = png_bytes()
    data = _finding_data(files=(io.BytesIO(image), "capture.png"))
    response = post(
        f"/search/vettings/{vid}/findings/new", data, content_type="multipart/form-data"
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    finding = db.session.scalar(select(Finding))
    assert finding.method == "public_profile" and finding.attested_lawful
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert hashlib.sha256(image).hexdigest() in html
    assert "capture.png" in html and "Violence or threats" in html
    assert f"/evidence/{finding.evidence[0].id}" in html


def test_reading_a_finding_is_recorded(staffed, login, client):
    finding = factories.FindingFactory(vetting=staffed.vetting, logged_by=staffed.searcher)
    db.session.commit()
    login("sam")
    assert client.get(f"/search/findings/{finding.id}").status_code == 200
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "finding.read"))
    assert event.object_id == finding.id and event.role == "searcher"


def test_a_prohibited_method_posted_by_hand_is_refused_naming_iv_b_8(staffed, login, post):
    login("sam")
    data = _finding_data(method="friend_request", files=(io.BytesIO(png_bytes()), "c.png"))
    response = post(
        f"/search/vettings/{staffed.vetting.id}/findings/new",
        data,
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert "IV.B.8" in response.get_data(as_text=True)
    assert _count(Finding) == 0 and _count(Evidence) == 0 and _count(ItemOutcome) == 0


def test_the_form_offers_only_lawful_methods(staffed, login, client):
    login("sam")
    html = client.get(f"/search/vettings/{staffed.vetting.id}/findings/new").get_data(as_text=True)
    assert 'value="public_profile"' in html
    assert "friend_request" not in html and "credential_request" not in html


def test_a_finding_without_the_attestation_is_refused(staffed, login, post):
    login("sam")
    data = _finding_data()
    del data["attest_lawful"]
    response = post(f"/search/vettings/{staffed.vetting.id}/findings/new", data)
    assert response.status_code == 422
    assert "Attest that this content was found lawfully" in response.get_data(as_text=True)
    assert _count(Finding) == 0


def test_the_form_keeps_what_was_typed_after_an_error(staffed, login, post):
    login("sam")
    data = _finding_data(
        item="news",
        url="ftp://example.org/x",
        platform="Instagram",
        excerpt="Exact words <b>here</b>",
        notes="My private note",
        relevance="weapons",
        method="news_archive",
    )
    response = post(f"/search/vettings/{staffed.vetting.id}/findings/new", data)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "http(s) address" in html
    assert 'value="ftp://example.org/x"' in html and 'value="Instagram"' in html
    assert "Exact words &lt;b&gt;here&lt;/b&gt;" in html and "My private note" in html
    assert 'value="news" selected' in html or '<option selected value="news">' in html
    assert 'selected value="weapons"' in html or 'value="weapons" selected' in html
    assert 'selected value="news_archive"' in html or 'value="news_archive" selected' in html
    assert data["captured_at"] in html
    assert (
        "checked"
        in html.split('name="attest_lawful"')[0].rsplit("<input", 1)[1]
        + html.split('name="attest_lawful"')[1].split(">", 1)[0]
    )


def test_a_refused_evidence_file_saves_nothing_and_is_named(staffed, login, post):
    login("sam")
    data = _finding_data(
        files=[
            (io.BytesIO(png_bytes()), "good.png"),
            (io.BytesIO(b"\x00\x01\x02binary"), "bad.exe"),
        ]
    )
    response = post(
        f"/search/vettings/{staffed.vetting.id}/findings/new",
        data,
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert "bad.exe" in response.get_data(as_text=True)
    assert _count(Finding) == 0 and _count(Evidence) == 0


def test_more_evidence_can_be_uploaded_to_a_finding(staffed, login, post, client):
    finding = factories.FindingFactory(vetting=staffed.vetting, logged_by=staffed.searcher)
    db.session.commit()
    login("sam")
    page = f"/search/findings/{finding.id}"
    response = post(
        f"{page}/evidence",
        {"files": (io.BytesIO(b"plain text capture\n"), "page.txt")},
        page=page,
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    assert "page.txt" in client.get(page).get_data(as_text=True)


def test_submit_is_refused_listing_missing_items_then_accepted(staffed, login, post):
    login("sam")
    vid = staffed.vetting.id
    page = f"/search/vettings/{vid}"
    post(f"{page}/items/news", {"outcome": "nothing_found"}, page=page)
    response = post(f"{page}/submit", {"attest_lawful": "y"}, page=page)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "These checklist items have no outcome yet: Social Media; Public Records." in html
    assert staffed.vetting.state == "in_progress"
    post(f"{page}/items/social-media", {"outcome": "nothing_found"}, page=page)
    post(
        f"{page}/items/public-records",
        {"outcome": "not_applicable", "reason": "No records portal"},
        page=page,
    )
    response = post(f"{page}/submit", {"attest_lawful": "y"}, page=page)
    assert response.status_code == 302
    db.session.expire_all()
    assert staffed.vetting.state == "submitted"


def test_submit_needs_the_attestation(staffed, login, post):
    login("sam")
    page = f"/search/vettings/{staffed.vetting.id}"
    for item in staffed.items:
        post(f"{page}/items/{item.key}", {"outcome": "nothing_found"}, page=page)
    response = post(f"{page}/submit", {}, page=page)
    assert response.status_code == 422
    assert "IV.B.8" in response.get_data(as_text=True)
    assert staffed.vetting.state == "in_progress"


def test_a_submitted_vetting_is_read_only(staffed, login, client):
    staffed.vetting.state = "submitted"
    db.session.commit()
    login("sam")
    html = client.get(f"/search/vettings/{staffed.vetting.id}").get_data(as_text=True)
    assert "can no longer be changed" in html and 'name="outcome"' not in html


def test_a_too_large_upload_gets_a_friendly_413_page(staffed, login, app, client):
    login("sam")
    page = f"/search/vettings/{staffed.vetting.id}/findings/new"
    token = client.get(page)
    assert token.status_code == 200
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post(
        page,
        data=_finding_data(files=(io.BytesIO(b"x" * 4096), "big.txt")),
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "larger than the server accepts" in html and "Traceback" not in html


def test_an_evidence_file_over_the_limit_is_named_and_nothing_saved(staffed, login, post, app):
    app.config["MAX_EVIDENCE_BYTES"] = 100
    login("sam")
    data = _finding_data(files=(io.BytesIO(b"a" * 200), "long.txt"))
    response = post(
        f"/search/vettings/{staffed.vetting.id}/findings/new",
        data,
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "long.txt" in html and "limited to" in html
    assert 'value="https://example.org/post/7"' in html  # the form is still there, filled in
    assert _count(Finding) == 0


def test_a_revoked_designation_hides_every_candidate_on_my_vettings(staffed, login, client):
    staffed.searcher.active_designation().revoked_at = datetime.now(UTC)
    db.session.commit()
    login("sam")
    html = client.get("/search/").get_data(as_text=True)
    assert "You hold no active sensitive-position designation" in html
    assert "Jordan Example" not in html
    assert f"/search/vettings/{staffed.vetting.id}" not in html


def test_an_expired_designation_hides_every_candidate_on_my_vettings(staffed, login, client):
    staffed.searcher.active_designation().expires_on = datetime.now(UTC).date() - timedelta(days=1)
    db.session.commit()
    login("sam")
    html = client.get("/search/").get_data(as_text=True)
    assert "Jordan Example" not in html
    assert "Officer spring" not in html
