"""Helpers for driving the sign-in steps by hand."""
from __future__ import annotations

import re
from datetime import UTC, datetime

import pyotp
import pytest

from tests.conftest import PASSWORD, csrf_token
from vetting.extensions import db


def valid_codes(user) -> set[str]:
    """The codes accepted right now: this time step and one either side."""
    totp = pyotp.TOTP(user.totp_secret)
    step = totp.timecode(datetime.now(UTC))
    return {totp.generate_otp(s) for s in (step - 1, step, step + 1)}


def wrong_code(user) -> str:
    """A six-digit code that is certainly not accepted now."""
    valid = valid_codes(user)
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


def recovery_codes_on(html: str) -> list[str]:
    """The recovery codes listed on the page that shows them once."""
    return re.findall(r"<li><code>([a-z0-9-]{19})</code></li>", html)


@pytest.fixture
def steps(client):
    """Post each sign-in step the way a browser would."""

    class Steps:
        def password(self, username, password=PASSWORD, next=None):
            path = "/login" + (f"?next={next}" if next else "")
            return client.post(path, data={"username": username, "password": password,
                                           "csrf_token": csrf_token(client)})

        def code(self, code):
            return client.post("/login/code", data={
                "code": code, "csrf_token": csrf_token(client, "/login/code")})

        def enroll(self, code):
            return client.post("/login/enroll", data={
                "code": code, "csrf_token": csrf_token(client, "/login/enroll")})

        def enroll_with_app(self, user):
            """Open the enrollment page, 'scan' the secret and confirm with the app's code."""
            token = csrf_token(client, "/login/enroll")
            db.session.refresh(user)
            return client.post("/login/enroll", data={
                "code": pyotp.TOTP(user.totp_secret).now(), "csrf_token": token})

    return Steps()
