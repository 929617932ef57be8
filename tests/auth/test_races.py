"""Parallel requests cannot spend one thing twice: one-time codes and sign-in attempts.

Each test sends its requests from several threads at once; a ``Gate`` holds every request at
the point where the old code checked before it wrote, so a race shows on every run.
"""

from __future__ import annotations

import threading

import pyotp
from sqlalchemy import func, select

from tests.auth.conftest import Gate, copy_session, recovery_codes_on
from tests.conftest import PASSWORD, csrf_token, enroll_two_factor
from vetting.extensions import db
from vetting.models import RecoveryCode
from vetting.services import sessions, sign_in, two_factor

PARALLEL = 8
# Guesses sent at once: well over the budgets of 5, as an attacker would.
GUESSES = 12


def without_throttle_limits(app) -> None:
    """Budgets no test reaches, so every parallel request gets as far as the code check."""
    app.config.update(
        SIGN_IN_ACCOUNT_LIMIT="1000 per 15 minutes", SIGN_IN_ADDRESS_LIMIT="1000 per 15 minutes"
    )


def browsers_at_the_code_step(app, username: str, count: int) -> list[tuple]:
    """``count`` browsers that each passed the password step: (client, CSRF token)."""
    ready = []
    for _ in range(count):
        browser = app.test_client()
        response = browser.post(
            "/login",
            data={"username": username, "password": PASSWORD, "csrf_token": csrf_token(browser)},
        )
        assert response.location.endswith("/login/code")
        ready.append((browser, csrf_token(browser, "/login/code")))
    return ready


def post_code(browser, token: str, code: str):
    return lambda: browser.post("/login/code", data={"code": code, "csrf_token": token})


def signed_in(results) -> int:
    return sum(1 for r in results if not isinstance(r, BaseException) and r.status_code == 302)


def test_one_totp_code_signs_in_only_one_of_several_parallel_sessions(app, make_user, monkeypatch):
    without_throttle_limits(app)
    ana = make_user("ana", "admin")
    secret = enroll_two_factor(ana)
    browsers = browsers_at_the_code_step(app, "ana", PARALLEL)
    gate = Gate(PARALLEL)
    monkeypatch.setattr(two_factor, "utcnow", gate.wrap(two_factor.utcnow))
    code = pyotp.TOTP(secret).now()
    results = gate.run([post_code(b, t, code) for b, t in browsers])
    assert signed_in(results) == 1
    assert sorted(r.status_code for r in results) == [302] + [422] * (PARALLEL - 1)


def test_one_recovery_code_signs_in_only_one_of_several_parallel_sessions(
    app, make_user, steps, client, monkeypatch
):
    without_throttle_limits(app)
    ana = make_user("ana", "admin")
    steps.password("ana")
    codes = recovery_codes_on(steps.enroll_with_app(ana).get_data(as_text=True))
    browsers = browsers_at_the_code_step(app, "ana", PARALLEL)
    gate = Gate(PARALLEL)
    monkeypatch.setattr(two_factor, "utcnow", gate.wrap(two_factor.utcnow))
    results = gate.run([post_code(b, t, codes[0]) for b, t in browsers])
    assert signed_in(results) == 1
    assert (
        db.session.scalar(
            select(func.count(RecoveryCode.id)).where(
                RecoveryCode.user_id == ana.id, RecoveryCode.used_at.is_not(None)
            )
        )
        == 1
    )


class Counted:
    """Wraps a function, counting its calls from every thread."""

    def __init__(self, function):
        self.function = function
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self.lock:
            self.calls += 1
        return self.function(*args, **kwargs)


def test_parallel_wrong_passwords_for_one_account_are_checked_only_up_to_the_budget(
    app, make_user, monkeypatch
):
    make_user("ana", "admin")
    browsers = [app.test_client() for _ in range(GUESSES)]
    tokens = [csrf_token(b) for b in browsers]
    gate = Gate(GUESSES)
    checked = Counted(sign_in.authenticate)
    monkeypatch.setattr(sign_in, "authenticate", gate.wrap(checked))
    results = gate.run(
        [
            lambda b=b, t=t: b.post(
                "/login", data={"username": "ana", "password": "not-it-at-all", "csrf_token": t}
            )
            for b, t in zip(browsers, tokens, strict=True)
        ]
    )
    assert checked.calls == 5  # SIGN_IN_ACCOUNT_LIMIT: 5 per 15 minutes
    assert sorted(r.status_code for r in results) == [422] * 5 + [429] * (GUESSES - 5)


def parallel_code_guesses(app, monkeypatch, username: str) -> tuple[Counted, list]:
    """One browser passes the password step; copies of it then send wrong codes at once."""
    [(first, token)] = browsers_at_the_code_step(app, username, 1)
    copies = []
    for _ in range(GUESSES):
        copy = app.test_client()
        copy_session(first, copy)
        copies.append(copy)
    gate = Gate(GUESSES)
    checked = Counted(two_factor.verify_code)
    monkeypatch.setattr(two_factor, "verify_code", gate.wrap(checked))
    return checked, gate.run([post_code(c, token, "000000") for c in copies])


def test_parallel_code_guesses_after_one_password_stay_within_the_account_budget(
    app, make_user, monkeypatch
):
    monkeypatch.setattr(sessions, "MAX_CODE_ATTEMPTS", 1000)  # only the budget holds them
    enroll_two_factor(make_user("ana", "admin"))
    checked, results = parallel_code_guesses(app, monkeypatch, "ana")
    assert checked.calls == 5
    assert sorted(r.status_code for r in results) == [422] * 5 + [429] * (GUESSES - 5)


def test_one_password_buys_a_fixed_number_of_code_guesses_however_large_the_budgets(
    app, make_user, monkeypatch
):
    without_throttle_limits(app)
    enroll_two_factor(make_user("ana", "admin"))
    checked, results = parallel_code_guesses(app, monkeypatch, "ana")
    assert checked.calls == sessions.MAX_CODE_ATTEMPTS
    cancelled = [r for r in results if r.status_code == 302]
    assert len(cancelled) == GUESSES - sessions.MAX_CODE_ATTEMPTS
    assert all(r.location.endswith("/login") for r in cancelled)
