"""Parallel requests cannot spend one thing twice: one-time codes and sign-in attempts.

Each test sends its requests from several threads at once; a ``Gate`` holds every request at
the point where the old code checked before it wrote, so a race shows on every run.
"""
from __future__ import annotations

import pyotp
from sqlalchemy import func, select

from tests.auth.conftest import Gate, recovery_codes_on
from tests.conftest import PASSWORD, csrf_token, enroll_two_factor
from vetting.extensions import db
from vetting.models import RecoveryCode
from vetting.services import two_factor

PARALLEL = 8


def browsers_at_the_code_step(app, username: str, count: int) -> list[tuple]:
    """``count`` browsers that each passed the password step: (client, CSRF token)."""
    ready = []
    for _ in range(count):
        browser = app.test_client()
        response = browser.post("/login", data={"username": username, "password": PASSWORD,
                                                "csrf_token": csrf_token(browser)})
        assert response.location.endswith("/login/code")
        ready.append((browser, csrf_token(browser, "/login/code")))
    return ready


def post_code(browser, token: str, code: str):
    return lambda: browser.post("/login/code", data={"code": code, "csrf_token": token})


def signed_in(results) -> int:
    return sum(1 for r in results if not isinstance(r, BaseException) and r.status_code == 302)


def test_one_totp_code_signs_in_only_one_of_several_parallel_sessions(app, make_user,
                                                                        monkeypatch):
    ana = make_user("ana", "admin")
    secret = enroll_two_factor(ana)
    browsers = browsers_at_the_code_step(app, "ana", PARALLEL)
    gate = Gate(PARALLEL)
    monkeypatch.setattr(two_factor, "utcnow", gate.wrap(two_factor.utcnow))
    code = pyotp.TOTP(secret).now()
    results = gate.run([post_code(b, t, code) for b, t in browsers])
    assert signed_in(results) == 1
    assert sorted(r.status_code for r in results) == [302] + [422] * (PARALLEL - 1)


def test_one_recovery_code_signs_in_only_one_of_several_parallel_sessions(app, make_user,
                                                                          steps, client,
                                                                          monkeypatch):
    ana = make_user("ana", "admin")
    steps.password("ana")
    codes = recovery_codes_on(steps.enroll_with_app(ana).get_data(as_text=True))
    browsers = browsers_at_the_code_step(app, "ana", PARALLEL)
    gate = Gate(PARALLEL)
    monkeypatch.setattr(two_factor, "utcnow", gate.wrap(two_factor.utcnow))
    results = gate.run([post_code(b, t, codes[0]) for b, t in browsers])
    assert signed_in(results) == 1
    assert db.session.scalar(select(func.count(RecoveryCode.id)).where(
        RecoveryCode.user_id == ana.id, RecoveryCode.used_at.is_not(None))) == 1
