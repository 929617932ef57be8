"""Pages speak the department's time zone; storage and the API stay UTC (ISO 8601)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests import factories
from vetting import create_app
from vetting.config import ConfigError
from vetting.extensions import db
from vetting.models import Finding

DENVER = ZoneInfo("America/Denver")


def _post_finding(post, vetting_id: int, local: datetime):
    return post(
        f"/search/vettings/{vetting_id}/findings/new",
        {
            "item": "social-media",
            "url": "https://example.org/p/1",
            "platform": "Facebook",
            "platform_kind": "social media",
            "captured_at": local.strftime("%Y-%m-%dT%H:%M"),
            "method": "public_profile",
            "excerpt": "A fight.",
            "relevance": "violence_threat",
            "attest_lawful": "y",
        },
    )


def test_the_default_zone_is_denver(app):
    assert app.config["TIME_ZONE"] == "America/Denver"


def test_the_zone_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("TIME_ZONE", "America/New_York")
    assert create_app().config["TIME_ZONE"] == "America/New_York"


def test_an_unknown_zone_stops_the_start_with_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("TIME_ZONE", "Mars/Olympus")
    with pytest.raises(ConfigError, match="not an IANA time zone"):
        create_app()


def test_a_capture_time_typed_on_the_local_clock_is_stored_in_utc(staffed, login, post, client):
    login("sam")
    moment = (datetime.now(UTC) - timedelta(days=3)).replace(second=0, microsecond=0)
    local = moment.astimezone(DENVER)
    form = client.get(f"/search/vettings/{staffed.vetting.id}/findings/new").get_data(as_text=True)
    assert "Capture time (America/Denver)" in form
    response = _post_finding(post, staffed.vetting.id, local.replace(tzinfo=None))
    assert response.status_code == 302
    finding = db.session.scalar(select(Finding))
    assert finding.captured_at.replace(tzinfo=UTC) == moment
    page = client.get(f"/search/findings/{finding.id}").get_data(as_text=True)
    assert local.strftime("%Y-%m-%d %H:%M %Z") in page and " UTC" not in page


def test_the_api_keeps_iso_8601_with_an_offset(staffed, login, post, client):
    login("sam")
    moment = (datetime.now(UTC) - timedelta(days=3)).replace(second=0, microsecond=0)
    _post_finding(post, staffed.vetting.id, moment.astimezone(DENVER).replace(tzinfo=None))
    finding = db.session.scalar(select(Finding))
    token = factories.token_for(staffed.searcher)
    body = client.get(
        f"/api/v1/findings/{finding.id}", headers={"Authorization": f"Bearer {token}"}
    ).get_json()
    assert datetime.fromisoformat(body["captured_at"]) == moment
    assert body["captured_at"].endswith("+00:00")
