"""Helpers for driving the sign-in steps by hand."""

from __future__ import annotations

import re
import threading
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
            return client.post(
                path,
                data={"username": username, "password": password, "csrf_token": csrf_token(client)},
            )

        def code(self, code):
            return client.post(
                "/login/code", data={"code": code, "csrf_token": csrf_token(client, "/login/code")}
            )

        def enroll(self, code):
            return client.post(
                "/login/enroll",
                data={"code": code, "csrf_token": csrf_token(client, "/login/enroll")},
            )

        def enroll_with_app(self, user):
            """Open the enrollment page, 'scan' the secret and confirm with the app's code."""
            token = csrf_token(client, "/login/enroll")
            db.session.refresh(user)
            return client.post(
                "/login/enroll",
                data={"code": pyotp.TOTP(user.totp_secret).now(), "csrf_token": token},
            )

    return Steps()


class Gate:
    """Holds each parallel request at one point until every request has reached it or finished.

    All the requests then pass that point before any goes on, whatever the scheduling, so a
    check-then-write race shows on every run where it exists and never where it does not.
    """

    def __init__(self, parties: int):
        self.parties = parties
        self.count = 0
        self.condition = threading.Condition()
        self.local = threading.local()

    def _arrive(self) -> bool:
        if getattr(self.local, "arrived", False):
            return False
        self.local.arrived = True
        with self.condition:
            self.count += 1
            self.condition.notify_all()
        return True

    def reach(self) -> None:
        """Called at the point: wait there for all the others (once per request)."""
        if self._arrive():
            with self.condition:
                self.condition.wait_for(lambda: self.count >= self.parties, timeout=30)

    def wrap(self, function):
        """``function``, stopping at the gate before it runs."""

        def gated(*args, **kwargs):
            self.reach()
            return function(*args, **kwargs)

        return gated

    def run(self, requests) -> list:
        """Run each of ``requests`` (callables) in its own thread; their results, in order."""
        results: list = [None] * len(requests)

        def one(index, request):
            try:
                results[index] = request()
            except BaseException as exc:  # noqa: BLE001 - reported to the test as the result
                results[index] = exc
            finally:
                self._arrive()  # a request refused before the point must not hold the others

        threads = [threading.Thread(target=one, args=(i, r)) for i, r in enumerate(requests)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        return results


def copy_session(source, target) -> None:
    """Give ``target`` the session cookie ``source`` holds, as someone copying it would."""
    target.set_cookie("session", source.get_cookie("session").value)
