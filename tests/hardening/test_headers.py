"""Every response carries the security headers and a request id."""

from __future__ import annotations

import logging
import re

import pytest

from vetting.security import CONTENT_SECURITY_POLICY

EXPECTED = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def assert_hardened(response):
    csp = response.headers.get("Content-Security-Policy", "")
    assert csp == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name
    assert response.headers.get("X-Request-ID")


def test_a_page_carries_the_security_headers(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert_hardened(response)
    assert response.headers["Cache-Control"] == "no-store"


def test_an_api_response_carries_the_security_headers(api):
    auditor = api("auditor1", "auditor")
    response = auditor.get("/api/v1/audit/verify")
    assert response.status_code == 200
    assert_hardened(response)


def test_an_error_page_carries_the_security_headers(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert_hardened(response)


def test_a_refused_api_request_carries_the_security_headers(client):
    response = client.get("/api/v1/audit/verify")
    assert response.status_code == 401
    assert_hardened(response)


def test_static_files_carry_the_security_headers(client):
    response = client.get("/static/app.css")
    assert response.status_code == 200
    assert_hardened(response)
    response.close()


def test_a_request_id_is_made_up_when_none_is_sent(client):
    first = client.get("/login").headers["X-Request-ID"]
    second = client.get("/login").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


def test_a_sane_incoming_request_id_is_echoed(client):
    response = client.get("/login", headers={"X-Request-ID": "lb-2026.11.26:abc-123"})
    assert response.headers["X-Request-ID"] == "lb-2026.11.26:abc-123"


@pytest.mark.parametrize("incoming", ["has space", "<script>", "x" * 200, "", "-leading-dash"])
def test_an_unsafe_incoming_request_id_is_replaced(client, incoming):
    response = client.get("/login", headers={"X-Request-ID": incoming})
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_log_records_carry_the_request_id(client, caplog):
    with caplog.at_level(logging.INFO, logger="vetting"):
        response = client.get("/login", headers={"X-Request-ID": "trace-me-42"})
    records = [r for r in caplog.records if r.name == "vetting.request"]
    assert records, "the request was not logged"
    assert all(r.request_id == "trace-me-42" for r in records)
    assert response.headers["X-Request-ID"] == "trace-me-42"
