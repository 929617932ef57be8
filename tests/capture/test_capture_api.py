"""Capturing a finding's page as evidence: three hashed files, within IV.B.8's limits."""

import hashlib
import io
import os
import struct
import time

import pytest
from pypdf import PdfReader
from warcio.archiveiterator import ArchiveIterator

from tests.api.conftest import actions, count
from tests.capture.conftest import WORDS, wait_for
from vetting.models import Capture, Evidence

pytestmark = pytest.mark.usefixtures("capture_config")


def capture(client, finding, url=None):
    return client.post(
        f"/api/v1/findings/{finding}/capture", json={} if url is None else {"url": url}
    )


def captured(client, finding, url=None) -> dict:
    response = capture(client, finding, url)
    assert response.status_code == 202, response.json
    return wait_for(client, response.json["capture_id"])


def stored(app, evidence_id: int) -> bytes:
    from vetting.extensions import db

    evidence = db.session.get(Evidence, evidence_id)
    with open(os.path.join(app.config["EVIDENCE_DIR"], evidence.stored_name), "rb") as fh:
        return fh.read()


def by_type(result: dict) -> dict:
    return {e["media_type"]: e for e in result["evidence"]}


def test_capture_stores_a_pdf_a_screenshot_and_a_warc_each_with_its_sha256(
    app, searcher, site_finding
):
    result = captured(searcher, site_finding)
    assert result["state"] == "done", result
    files = by_type(result)
    assert set(files) == {"application/pdf", "image/png", "application/warc"}
    for entry in files.values():
        content = stored(app, entry["id"])
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
        assert entry["size"] == len(content)


def test_the_capture_defaults_to_the_findings_own_url_and_records_the_page(
    searcher, site_finding, test_site
):
    base, server = test_site
    result = captured(searcher, site_finding)
    assert result["url"] == f"{base}/post"
    assert result["final_url"] == f"{base}/post"
    assert result["http_status"] == 200
    assert result["title"] == "A public post"
    assert result["captured_at"] and result["login_wall"] is False
    assert "/photo.png" in server.hits


def test_the_pdf_holds_the_pages_words(app, searcher, site_finding):
    result = captured(searcher, site_finding)
    pdf = stored(app, by_type(result)["application/pdf"]["id"])
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert WORDS in " ".join(text.split())


def test_the_warc_reads_back_with_warcio_and_holds_the_responses(
    app, searcher, site_finding, test_site
):
    base, _ = test_site
    result = captured(searcher, site_finding)
    responses = warc_responses(stored(app, by_type(result)["application/warc"]["id"]))
    assert responses[f"{base}/post"][0] == "200"
    assert WORDS.encode() in responses[f"{base}/post"][1]
    assert responses[f"{base}/photo.png"][1].startswith(b"\x89PNG")


def warc_responses(warc: bytes) -> dict[str, tuple[str, bytes]]:
    """Each response record of a WARC file: target URI -> (HTTP status, body)."""
    responses = {}
    for record in ArchiveIterator(io.BytesIO(warc)):
        if record.rec_type == "response":
            responses[record.rec_headers.get_header("WARC-Target-URI")] = (
                record.http_headers.get_statuscode(),
                record.content_stream().read(),
            )
    return responses


def test_a_redirect_is_followed_through_the_checks_and_both_hops_are_in_the_warc(
    app, searcher, site_finding, test_site
):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/moved")
    assert result["state"] == "done"
    assert result["final_url"] == f"{base}/post"
    responses = warc_responses(stored(app, by_type(result)["application/warc"]["id"]))
    assert responses[f"{base}/moved"][0] == "302"
    assert responses[f"{base}/post"][0] == "200"


def test_the_screenshot_is_cut_at_the_maximum_page_height(app, searcher, site_finding, test_site):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/tall")
    png = stored(app, by_type(result)["image/png"]["id"])
    width, height = struct.unpack(">II", png[16:24])
    assert height == app.config["CAPTURE_MAX_HEIGHT"]


def test_a_page_behind_a_sign_in_is_captured_as_a_visitor_sees_it_and_says_so(
    searcher, site_finding, test_site
):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/sign-in")
    assert result["state"] == "done"
    assert result["login_wall"] is True


def test_dialogs_and_pop_ups_are_dismissed(searcher, site_finding, test_site):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/popup")
    assert result["state"] == "done", result
    assert result["title"] == "Pop-ups"


# --- what a capture never does -----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/file",
        "javascript:alert(1)",
        "http://127.0.0.2:{port}/",
        "http://[::1]:{port}/",
        "http://user:pw@127.0.0.1:{port}/",
    ],
)
def test_a_scheme_or_address_that_may_not_be_captured_is_refused_with_422(
    searcher, site_finding, refused_host, url
):
    before = count(Capture), len(actions())
    response = capture(searcher, site_finding, url.format(port=refused_host.port))
    assert response.status_code == 422
    assert "cannot be captured" in response.json["error"]
    assert (count(Capture), len(actions())) == before
    assert refused_host.connections == 0


def test_a_redirect_to_a_refused_address_fails_without_connecting_to_it(
    searcher, site_finding, test_site, refused_host
):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/moved-inside")
    assert result["state"] == "failed"
    assert "127.0.0.2" in result["error"] and "loopback" in result["error"]
    assert result["evidence"] == []
    assert refused_host.connections == 0


def test_a_sub_resource_on_a_refused_address_is_never_requested(
    searcher, site_finding, test_site, refused_host
):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/leaky")
    assert result["state"] == "done"
    assert any("127.0.0.2" in line for line in result["refused"])
    assert refused_host.connections == 0


def test_a_page_slower_than_the_time_cap_fails_with_the_reason(
    app, searcher, site_finding, test_site
):
    app.config["CAPTURE_TIMEOUT_SECONDS"] = 3
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/slow")
    assert result["state"] == "failed"
    assert "within 3 seconds" in result["error"]
    assert result["evidence"] == []


def test_a_page_larger_than_the_size_cap_fails_and_stores_nothing(
    searcher, site_finding, test_site
):
    base, _ = test_site
    before = count(Evidence)
    result = captured(searcher, site_finding, f"{base}/huge")
    assert result["state"] == "failed"
    assert "larger than a capture may hold" in result["error"]
    assert count(Evidence) == before


def test_a_download_is_refused(searcher, site_finding, test_site):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/file")
    assert result["state"] == "failed"
    assert "download" in result["error"]


# --- who may capture, and the trail -----------------------------------------------------------


def test_only_the_searcher_of_the_cycle_may_capture(
    api, assign, other_cycle, reviewer, site_finding
):
    outsider = assign(api("olga", "searcher"), other_cycle, "searcher")
    assert capture(outsider, site_finding).status_code == 403
    assert capture(reviewer, site_finding).status_code == 403
    assert count(Capture) == 0


def test_a_searcher_without_an_active_designation_may_not_capture(api, assign, cycle, site_finding):
    lapsed = assign(api("lee", "searcher", designated=False), cycle, "searcher")
    assert capture(lapsed, site_finding).status_code == 403


def test_the_reviewer_of_the_cycle_reads_a_capture_and_others_do_not(
    api, assign, other_cycle, searcher, reviewer, site_finding
):
    capture_id = capture(searcher, site_finding).json["capture_id"]
    wait_for(searcher, capture_id)
    assert reviewer.get(f"/api/v1/captures/{capture_id}").status_code == 200
    outsider = assign(api("olga", "reviewer"), other_cycle, "reviewer")
    assert outsider.get(f"/api/v1/captures/{capture_id}").status_code == 403


def test_the_trail_records_the_capture_and_its_hashes(searcher, site_finding):
    result = captured(searcher, site_finding)
    [requested] = actions("capture.request")
    [done] = actions("capture.done")
    assert requested.object_id == done.object_id == result["id"]
    assert requested.actor == done.actor == "sam"
    assert {e["sha256"] for e in done.details["evidence"]} == {
        e["sha256"] for e in result["evidence"]
    }


def test_a_failed_capture_is_in_the_trail_with_its_reason(searcher, site_finding, test_site):
    base, _ = test_site
    result = captured(searcher, site_finding, f"{base}/moved-inside")
    [failed] = actions("capture.fail")
    assert failed.details["reason"] == result["error"]


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.2", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "reserved"),
        ("::ffff:127.0.0.2", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
    ],
)
def test_each_kind_of_non_public_address_is_named_in_the_refusal(address, kind):
    from vetting.capture.addresses import RefusedAddress, check_address

    with pytest.raises(RefusedAddress, match=f"a {kind}|an {kind}"):
        check_address(address, ())


def test_a_public_address_passes_and_an_allowed_network_opens_a_private_one():
    from vetting.capture.addresses import check_address, parse_networks

    check_address("93.184.216.34", ())
    check_address("127.0.0.1", parse_networks("127.0.0.1/32"))


def test_the_worker_pool_is_bounded_and_a_full_pool_refuses_with_503(
    app, searcher, site_finding, test_site
):
    app.config.update(CAPTURE_WORKERS=1, CAPTURE_BACKLOG=0)
    base, _ = test_site
    first = capture(searcher, site_finding, f"{base}/slow")
    assert first.status_code == 202
    busy = capture(searcher, site_finding, f"{base}/post")
    assert busy.status_code == 503 and "try again" in busy.json["error"]
    assert count(Capture) == 1
    wait_for(searcher, first.json["capture_id"])
    # The worker gives its place back just after it records the outcome.
    for _ in range(50):
        again = capture(searcher, site_finding, f"{base}/post")
        if again.status_code != 503:
            break
        time.sleep(0.1)
    assert again.status_code == 202
