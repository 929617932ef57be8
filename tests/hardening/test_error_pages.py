"""Friendly pages for people, JSON under /api, and never a traceback."""

from __future__ import annotations

import logging

import pytest

from tests.hardening.conftest import SECRET_DETAIL

TRACEBACK_SIGNS = ("Traceback", "RuntimeError", SECRET_DETAIL, 'File "', "werkzeug")


def assert_no_traceback(text: str):
    for sign in TRACEBACK_SIGNS:
        assert sign not in text, sign


@pytest.mark.parametrize("code", [400, 403, 404, 405, 413, 429])
def test_an_http_error_is_a_friendly_page(client, failing_routes, code):
    response = client.get(f"/test/abort/{code}")
    html = response.get_data(as_text=True)
    assert response.status_code == code
    assert response.mimetype == "text/html"
    assert html.count("<h1") == 1
    assert f"{code} —" in html
    assert "Back to your start page" in html
    assert_no_traceback(html)


@pytest.mark.parametrize("code", [400, 403, 404, 405, 413, 429])
def test_an_http_error_under_the_api_is_json(client, failing_routes, code):
    response = client.get(f"/api/test/abort/{code}")
    assert response.status_code == code
    assert response.is_json
    assert isinstance(response.get_json()["error"], str)
    assert_no_traceback(response.get_data(as_text=True))


def test_an_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.get_json() == {"error": "There is nothing here."}


def test_a_wrong_method_on_the_api_is_a_json_405_naming_the_allowed_ones(api):
    auditor = api("auditor1", "auditor")
    response = auditor.post("/api/v1/audit/verify")
    assert response.status_code == 405
    assert "error" in response.get_json()
    assert "GET" in response.headers["Allow"]


def test_a_wrong_method_on_a_page_is_a_friendly_405(client):
    response = client.delete("/login")
    assert response.status_code == 405
    assert "405 — Not available" in response.get_data(as_text=True)
    assert "GET" in response.headers["Allow"]


def test_an_oversized_body_is_a_413_page(app, client, failing_routes):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post("/test/body", data={"text": "x" * 5000})
    assert response.status_code == 413
    assert "larger than the server accepts" in response.get_data(as_text=True)


def test_an_oversized_body_under_the_api_is_json_413(app, client, failing_routes):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = client.post("/api/test/body", json={"text": "x" * 5000})
    assert response.status_code == 413
    assert response.get_json()["error"] == "That upload or form is larger than the server accepts."


def test_a_crash_shows_a_500_page_with_the_request_id_and_no_traceback(
    client, failing_routes, caplog
):
    with caplog.at_level(logging.ERROR, logger="vetting"):
        response = client.get("/test/boom", headers={"X-Request-ID": "quote-me-500"})
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "quote-me-500" in html
    assert "Nothing was saved" in html
    assert_no_traceback(html)
    # The traceback goes to the log, under the same request id, for whoever is quoted it.
    crash = [r for r in caplog.records if r.exc_info]
    assert crash and crash[0].request_id == "quote-me-500"


def test_a_crash_under_the_api_is_json_with_the_request_id(client, failing_routes):
    response = client.get("/api/test/boom")
    body = response.get_json()
    assert response.status_code == 500
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert_no_traceback(response.get_data(as_text=True))


def test_a_crash_rolls_back_what_the_request_wrote(app, client, failing_routes):
    from sqlalchemy import func, select

    from tests import factories
    from vetting.extensions import db
    from vetting.models import User

    @app.before_request
    def write_then_crash():
        factories.UserFactory(username="half-written")  # flushed, never committed

    client.get("/test/boom")
    db.session.remove()
    count = db.session.scalar(
        select(func.count()).select_from(User).where(User.username == "half-written")
    )
    assert count == 0
