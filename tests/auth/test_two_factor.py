"""Two-factor sign-in (policy IV.B.7): enrollment, codes, recovery codes, who must use it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pyotp
from sqlalchemy import select

from tests.auth.conftest import recovery_codes_on, valid_codes, wrong_code
from tests.conftest import PASSWORD, csrf_token, enroll_two_factor
from vetting.extensions import db
from vetting.models import AuditEvent, RecoveryCode


def test_admin_without_enrollment_must_enroll_before_reaching_admin_pages(make_user, client, steps):
    ana = make_user("ana", "admin")
    response = steps.password("ana")
    assert response.status_code == 302 and response.location.endswith("/login/enroll")
    assert client.get("/admin/").status_code == 302  # not signed in yet
    assert client.get("/login/enroll").status_code == 200
    db.session.refresh(ana)
    response = steps.enroll(pyotp.TOTP(ana.totp_secret).now())
    assert response.status_code == 200
    assert len(recovery_codes_on(response.get_data(as_text=True))) == 10
    assert client.get("/admin/").status_code == 200


def test_the_password_alone_does_not_sign_in_an_enrolled_user(make_user, client, steps):
    enroll_two_factor(make_user("ana", "admin"))
    response = steps.password("ana")
    assert response.status_code == 302 and response.location.endswith("/login/code")
    assert client.get("/admin/").status_code == 302


def test_correct_totp_code_signs_in(make_user, client, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    steps.password("ana")
    response = steps.code(pyotp.TOTP(ana.totp_secret).now())
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wrong_totp_code_is_refused(make_user, client, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    steps.password("ana")
    response = steps.code(wrong_code(ana))
    assert response.status_code == 422
    assert b"That code is not right" in response.data
    assert client.get("/admin/").status_code == 302


def test_a_code_from_one_step_either_side_is_accepted(make_user, client, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    totp = pyotp.TOTP(ana.totp_secret)
    steps.password("ana")
    previous = totp.generate_otp(totp.timecode(datetime.now(UTC)) - 1)
    assert steps.code(previous).status_code == 302


def test_a_used_code_cannot_be_used_again(make_user, app, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    code = pyotp.TOTP(ana.totp_secret).now()
    steps.password("ana")
    assert steps.code(code).status_code == 302
    other = app.test_client()
    other.post(
        "/login", data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(other)}
    )
    response = other.post(
        "/login/code", data={"code": code, "csrf_token": csrf_token(other, "/login/code")}
    )
    assert response.status_code == 422
    assert b"already been used" in response.data


def test_recovery_code_signs_in_once(make_user, app, client, steps):
    ana = make_user("ana", "admin")
    steps.password("ana")
    page = steps.enroll_with_app(ana).get_data(as_text=True)
    spare = recovery_codes_on(page)[0]
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    steps.password("ana")
    assert steps.code(spare).status_code == 302
    assert client.get("/admin/").status_code == 200

    again = app.test_client()
    again.post(
        "/login", data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_token(again)}
    )
    response = again.post(
        "/login/code", data={"code": spare, "csrf_token": csrf_token(again, "/login/code")}
    )
    assert response.status_code == 422
    assert again.get("/admin/").status_code == 302


def test_recovery_codes_are_stored_only_as_hashes(make_user, steps):
    ana = make_user("ana", "admin")
    steps.password("ana")
    codes = recovery_codes_on(steps.enroll_with_app(ana).get_data(as_text=True))
    stored = db.session.scalars(select(RecoveryCode.code_hash)).all()
    assert len(stored) == 10
    assert not {c.replace("-", "") for c in codes} & set(stored)
    assert all(len(h) == 64 for h in stored)


def test_board_signs_in_without_a_code_by_default(make_user, client, steps):
    make_user("bea", "board")
    response = steps.password("bea")
    assert response.status_code == 302 and response.location == "/"
    assert client.get("/board/").status_code == 200


def test_board_must_enroll_when_the_setting_is_on(app, make_user, client, steps):
    app.config["BOARD_REQUIRES_TWO_FACTOR"] = True
    make_user("bea", "board")
    response = steps.password("bea")
    assert response.location.endswith("/login/enroll")
    assert client.get("/board/").status_code == 302


def test_board_member_who_enrolled_is_asked_for_a_code(make_user, client, steps):
    enroll_two_factor(make_user("bea", "board"))
    assert steps.password("bea").location.endswith("/login/code")


def test_every_other_role_must_use_two_factor(make_user, steps):
    for role in ("searcher", "reviewer", "auditor"):
        make_user(f"{role}9", role)
        assert steps.password(f"{role}9").location.endswith("/login/enroll"), role


def test_enrollment_qr_code_is_drawn_inline_with_no_outside_address(make_user, client, steps):
    make_user("ana", "admin")
    steps.password("ana")
    response = client.get("/login/enroll")
    html = response.get_data(as_text=True)
    assert 'src="data:image/svg+xml' in html
    # The only script is the app's own shared file; the QR code needs none.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    assert response.headers["Cache-Control"] == "no-store"


def test_enrollment_page_shows_the_secret_for_typing_in(make_user, client, steps):
    ana = make_user("ana", "admin")
    steps.password("ana")
    html = client.get("/login/enroll").get_data(as_text=True)
    db.session.refresh(ana)
    assert ana.totp_secret[:4] + " " + ana.totp_secret[4:8] in html


def test_wrong_code_does_not_complete_enrollment(make_user, client, steps):
    ana = make_user("ana", "admin")
    steps.password("ana")
    client.get("/login/enroll")
    db.session.refresh(ana)
    assert steps.enroll(wrong_code(ana)).status_code == 422
    db.session.refresh(ana)
    assert not ana.two_factor_enrolled
    assert client.get("/admin/").status_code == 302


def test_the_code_step_needs_a_fresh_password_step(client, steps):
    response = client.get("/login/code")
    assert response.status_code == 302 and response.location.endswith("/login")


def test_a_half_finished_sign_in_expires(app, make_user, client, steps, monkeypatch):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    steps.password("ana")
    token = csrf_token(client, "/login/code")
    later = timedelta(seconds=app.config["TWO_FACTOR_PENDING_SECONDS"] + 5)
    monkeypatch.setattr("vetting.services.sessions.utcnow", lambda: datetime.now(UTC) + later)
    response = client.post(
        "/login/code", data={"code": valid_codes(ana).pop(), "csrf_token": token}
    )
    assert response.status_code == 302 and response.location.endswith("/login")
    assert client.get("/admin/").status_code == 302


def test_next_survives_the_second_step(make_user, steps):
    ana = make_user("ana", "admin")
    enroll_two_factor(ana)
    steps.password("ana", next="/admin/")
    assert steps.code(pyotp.TOTP(ana.totp_secret).now()).location == "/admin/"


def test_sign_in_events_are_audited_without_secrets(make_user, client, steps):
    ana = make_user("ana", "admin")
    steps.password("ana", password="wrong-wrong-wrong")
    steps.password("ana")
    codes = recovery_codes_on(steps.enroll_with_app(ana).get_data(as_text=True))
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    steps.password("ana")
    steps.code(codes[0])
    events = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    actions = [e.action for e in events]
    assert "auth.login_failed" in actions
    assert "auth.two_factor_enroll" in actions
    assert "auth.recovery_code_use" in actions
    logins = [e.details for e in events if e.action == "auth.login"]
    assert logins == [{"second_factor": "totp"}, {"second_factor": "recovery_code"}]
    trail = json.dumps([e.details for e in events])
    assert ana.totp_secret not in trail
    assert not any(c in trail or c.replace("-", "") in trail for c in codes)
    assert "wrong-wrong-wrong" not in trail


def test_recovery_codes_can_be_replaced_with_a_current_code(login, make_user, client):
    ana = make_user("ana", "admin")
    login("ana")
    ana.totp_last_counter = None
    db.session.commit()
    response = client.post(
        "/account/recovery-codes",
        data={
            "code": pyotp.TOTP(ana.totp_secret).now(),
            "csrf_token": csrf_token(client, "/account/security"),
        },
    )
    assert response.status_code == 200
    assert len(recovery_codes_on(response.get_data(as_text=True))) == 10


def test_board_member_may_choose_two_factor(login_as, client, steps):
    bea = login_as("board", "bea")
    assert b"optional" in client.get("/account/security").data
    page = steps.enroll_with_app(bea)
    assert page.status_code == 200 and len(recovery_codes_on(page.get_data(as_text=True))) == 10
    client.post("/logout", data={"csrf_token": csrf_token(client, "/account/security")})
    assert steps.password("bea").location.endswith("/login/code")
