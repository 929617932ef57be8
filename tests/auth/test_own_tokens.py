"""Each person obtains their own API token, from Sign-in security after a two-factor sign-in."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.conftest import csrf_token
from tests.factories import token_for
from vetting.extensions import db
from vetting.models import ApiToken, AuditEvent
from vetting.services.accounts import user_for_token

SECURITY = "/account/security"


def issue(client, days: str = "30"):
    return client.post(
        "/account/tokens", data={"days": days, "csrf_token": csrf_token(client, SECURITY)}
    )


def shown_token(response) -> str:
    return re.search(
        r'id="new-token" type="text" readonly value="([^"]+)"', response.get_data(as_text=True)
    ).group(1)


def test_after_a_two_factor_sign_in_a_user_issues_their_own_token_shown_once(login_as, client):
    rita = login_as("reviewer", "rita")
    response = issue(client)
    assert response.status_code == 200
    assert "will not be shown again" in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    raw = shown_token(response)
    assert user_for_token(raw).id == rita.id
    assert raw not in client.get(SECURITY).get_data(as_text=True)


def test_the_trail_names_who_issued_the_token(login_as, client):
    login_as("reviewer", "rita")
    issue(client, "7")
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "token.issue"))
    assert (event.actor, event.role) == ("rita", "self")
    assert event.details == {"user": "rita", "issued_by": "rita", "days": 7}


def test_a_sign_in_without_a_second_factor_cannot_issue_a_token(login_as, client):
    bea = login_as("board", "bea")  # the board signs in with a password alone by default
    assert "needs a sign-in with two factors" in client.get(SECURITY).get_data(as_text=True)
    response = issue(client)
    assert response.status_code == 403
    assert db.session.scalar(select(ApiToken).where(ApiToken.user_id == bea.id)) is None


def test_a_user_revokes_their_own_token_from_the_page(login_as, client):
    rita = login_as("reviewer", "rita")
    raw = token_for(rita)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == rita.id))
    assert "usable" in client.get(SECURITY).get_data(as_text=True)
    client.post(
        f"/account/tokens/{token.id}/revoke", data={"csrf_token": csrf_token(client, SECURITY)}
    )
    assert user_for_token(raw) is None


def test_nobody_revokes_someone_elses_token_from_their_own_page(login_as, make_user, client):
    sam = make_user("sam", "searcher")
    raw = token_for(sam)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == sam.id))
    login_as("reviewer", "rita")
    response = client.post(
        f"/account/tokens/{token.id}/revoke", data={"csrf_token": csrf_token(client, SECURITY)}
    )
    assert response.status_code == 403
    assert user_for_token(raw).id == sam.id
