"""Failed sign-ins are throttled per account and per client address (429 with Retry-After)."""

from __future__ import annotations

import re

from tests.auth.conftest import wrong_code
from tests.conftest import PASSWORD, csrf_token, enroll_two_factor

WRONG = "not-the-password"


def test_sixth_failed_attempt_on_an_account_gets_429_with_retry_after(make_user, steps):
    make_user("ana", "admin")
    for _ in range(5):
        assert steps.password("ana", WRONG).status_code == 422
    response = steps.password("ana", WRONG)
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 15 * 60
    assert re.search(rb"Please try again in 1[45] minutes", response.data)  # the friendly page


def test_a_throttled_account_is_refused_even_with_the_right_password(make_user, steps):
    make_user("bea", "board")
    for _ in range(5):
        steps.password("bea", WRONG)
    assert steps.password("bea").status_code == 429


def test_throttling_one_account_leaves_others_alone(make_user, steps):
    make_user("ana", "admin")
    make_user("bea", "board")
    for _ in range(6):
        steps.password("ana", WRONG)
    assert steps.password("bea").status_code == 302


def test_case_and_width_variants_of_a_name_share_one_budget(make_user, steps):
    make_user("ana", "admin")
    for name in ("ana", "ANA", "\uff21\uff4e\uff41", "aNa", "anA"):  # full-width "Ana" too
        steps.password(name, WRONG)
    assert steps.password("ana", WRONG).status_code == 429


def test_successful_sign_ins_do_not_count(app, make_user):
    make_user("bea", "board")
    for _ in range(8):
        browser = app.test_client()
        response = browser.post(
            "/login",
            data={"username": "bea", "password": PASSWORD, "csrf_token": csrf_token(browser)},
        )
        assert response.status_code == 302


def test_twenty_first_failure_from_one_address_gets_429(make_user, steps):
    for n in range(20):
        assert steps.password(f"nobody{n}", WRONG).status_code == 422
    make_user("bea", "board")
    response = steps.password("bea")
    assert response.status_code == 429
    assert "Retry-After" in response.headers


def test_limits_come_from_the_config(app, make_user, steps):
    app.config["SIGN_IN_ACCOUNT_LIMIT"] = "2 per 15 minutes"
    make_user("ana", "admin")
    steps.password("ana", WRONG)
    steps.password("ana", WRONG)
    assert steps.password("ana", WRONG).status_code == 429


def test_the_code_step_is_throttled_too(make_user, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    steps.password("ana")
    for _ in range(5):
        assert steps.code(wrong_code(ana)).status_code == 422
    response = steps.code(wrong_code(ana))
    assert response.status_code == 429
    assert "Retry-After" in response.headers


def test_the_sign_in_page_itself_is_never_throttled(make_user, steps, client):
    make_user("ana", "admin")
    for _ in range(6):
        steps.password("ana", WRONG)
    assert client.get("/login").status_code == 200


def test_a_successful_enrollment_does_not_count(app, make_user, client, steps):
    app.config["SIGN_IN_ACCOUNT_LIMIT"] = "1 per 15 minutes"
    ana = make_user("ana", "admin")
    steps.password("ana")
    assert steps.enroll_with_app(ana).status_code == 200
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    assert steps.password("ana", WRONG).status_code == 422  # the one allowed failure


def test_retry_after_never_exceeds_the_window(monkeypatch, make_user, steps):
    # The window opens on a whole second and the refusal comes a fraction later: the moment
    # where rounding the limiter's whole-second reset time gave 901 seconds for a 900 s window.
    clock = {"now": 2_000_000_000.0}
    monkeypatch.setattr("time.time", lambda: clock["now"])
    make_user("ana", "admin")
    for _ in range(5):
        steps.password("ana", WRONG)
    clock["now"] += 0.2
    response = steps.password("ana", WRONG)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) == 15 * 60
