"""Two-factor sign-in (policy IV.B.7): authenticator-app codes and one-time recovery codes.

Codes follow RFC 6238 (TOTP: six digits, 30-second steps). A code is accepted one step either
side of now, to allow for clocks that drift, and never twice: the step of the last accepted code
is stored, and only later steps pass. Recovery codes are long random strings, shown once and
stored as SHA-256 hashes; each works once.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime

import pyotp
import segno
from flask import current_app
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm.attributes import set_committed_value

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import RecoveryCode, User
from vetting.models.base import utcnow
from vetting.services.errors import Conflict, Invalid

# Every role that sees candidate or process data; the board only by BOARD_REQUIRES_TWO_FACTOR.
REQUIRED_ROLES = frozenset({"admin", "searcher", "reviewer", "auditor"})
RECOVERY_CODE_COUNT = 10
# 16 characters from 31 unambiguous ones: about 79 bits, so a plain SHA-256 is safe to store.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_LENGTH = 16
_TOTP_CODE = re.compile(r"^\d{6}$")


def role_label(user: User) -> str:
    """The user's roles as one audit ``role`` value (the column holds 20 characters)."""
    label = ",".join(sorted(user.roles))
    return label if len(label) <= 20 else "staff"


def required_for(user: User) -> bool:
    """Whether the user must use two-factor sign-in."""
    if user.roles & REQUIRED_ROLES:
        return True
    return "board" in user.roles and bool(current_app.config.get("BOARD_REQUIRES_TWO_FACTOR"))


def start_enrollment(user: User) -> str:
    """The secret to show for enrollment: created once and kept until enrollment is confirmed.

    Keeping it means a reloaded page shows the same QR code the user may already have scanned.
    """
    if user.two_factor_enrolled:
        raise Conflict("Two-factor sign-in is already set up for this account.")
    if not user.totp_secret:
        user.totp_secret = pyotp.random_base32()
        db.session.commit()
    return user.totp_secret


def provisioning_uri(user: User, secret: str) -> str:
    """The ``otpauth://`` address an authenticator app reads from the QR code."""
    issuer = current_app.config.get("TWO_FACTOR_ISSUER", "Vetting")
    return pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=issuer)


def qr_data_uri(text: str) -> str:
    """``text`` as a QR code in an SVG ``data:`` URI, drawn here: nothing leaves the server."""
    return segno.make(text, error="m").svg_data_uri(scale=5, dark="#000", light="#fff")


def grouped_secret(secret: str) -> str:
    """The secret in groups of four letters, easier to type into an app by hand."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def _normalise(code: str) -> str:
    return re.sub(r"[\s-]", "", code or "").lower()


def _matching_step(user: User, code: str, now: datetime | None = None) -> int | None:
    """The time step the TOTP code belongs to (now, or one step either side), or None."""
    if not user.totp_secret or not _TOTP_CODE.match(code):
        return None
    totp = pyotp.TOTP(user.totp_secret)
    current = totp.timecode(now or utcnow())
    for step in (current, current - 1, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def _accept_totp(user: User, code: str) -> None:
    """Accept a fresh TOTP code and remember its step, or raise Invalid."""
    step = _matching_step(user, code)
    if step is None:
        raise Invalid("That code is not right. Check the time on your device and try the "
                      "newest code from your authenticator app.")
    # One conditional UPDATE both checks and spends the step: of several requests racing with
    # the same code, the database lets exactly one change the row (checked by its row count).
    spent = db.session.execute(
        update(User)
        .where(User.id == user.id,
               or_(User.totp_last_counter.is_(None), User.totp_last_counter < step))
        .values(totp_last_counter=step)
        .execution_options(synchronize_session=False)
    )
    if spent.rowcount != 1:
        raise Invalid("That code has already been used. Wait for the next code and enter it.")
    set_committed_value(user, "totp_last_counter", step)


def _hash_recovery(code: str) -> str:
    return hashlib.sha256(_normalise(code).encode()).hexdigest()


def _new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes; the plain codes are returned once, never stored."""
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        codes.append("-".join(raw[i:i + 4] for i in range(0, _RECOVERY_LENGTH, 4)))
        db.session.add(RecoveryCode(user_id=user.id, code_hash=_hash_recovery(raw)))
    return codes


def recovery_codes_left(user: User) -> int:
    """How many unused recovery codes the user holds."""
    return db.session.scalar(
        select(func.count(RecoveryCode.id)).where(
            RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)
        )
    ) or 0


def confirm_enrollment(actor: Actor, user: User, code: str) -> list[str]:
    """Finish enrollment with a first code from the app; returns the new recovery codes."""
    if user.two_factor_enrolled:
        raise Conflict("Two-factor sign-in is already set up for this account.")
    if not user.totp_secret:
        raise Conflict("Enrollment has not started; open the set-up page again.")
    _accept_totp(user, _normalise(code))
    user.totp_enrolled_at = utcnow()
    codes = _new_recovery_codes(user)
    record(actor, "auth.two_factor_enroll", user, role=role_label(user),
           details={"recovery_codes": len(codes)})
    db.session.commit()
    return codes


def verify_code(actor: Actor, user: User, code: str) -> str:
    """Check a sign-in code: a TOTP code or an unused recovery code, which is then spent.

    Returns which kind it was (``totp`` or ``recovery_code``); raises Invalid otherwise. The
    caller writes the sign-in event; a spent recovery code is recorded here with the count left.
    """
    if not user.two_factor_enrolled:
        raise Conflict("Two-factor sign-in is not set up for this account.")
    code = _normalise(code)
    if _TOTP_CODE.match(code):
        _accept_totp(user, code)
        return "totp"
    code_hash = _hash_recovery(code)
    # Spent by a conditional UPDATE, so two requests racing with one code cannot both pass.
    spent = db.session.execute(
        update(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.code_hash == code_hash,
               RecoveryCode.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if spent.rowcount != 1:
        raise Invalid("That code is not right. Enter the six-digit code from your "
                      "authenticator app, or an unused recovery code.")
    record(actor, "auth.recovery_code_use", user, role=role_label(user),
           details={"remaining": recovery_codes_left(user)})
    return "recovery_code"


def regenerate_recovery_codes(actor: Actor, user: User, code: str) -> list[str]:
    """Replace all recovery codes after a fresh authenticator code; the old ones stop working."""
    if not user.two_factor_enrolled:
        raise Conflict("Two-factor sign-in is not set up for this account.")
    _accept_totp(user, _normalise(code))
    codes = _new_recovery_codes(user)
    record(actor, "auth.recovery_codes_replace", user, role=role_label(user),
           details={"recovery_codes": len(codes)})
    db.session.commit()
    return codes


def reset(actor: Actor, user: User) -> None:
    """Remove a user's two-factor set-up (lost device) and sign them out everywhere.

    For administrators: the user enrolls again at their next sign-in.
    """
    user.totp_secret = None
    user.totp_enrolled_at = None
    user.totp_last_counter = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    user.end_sessions()
    record(actor, "auth.two_factor_reset", user, role="admin")
    db.session.commit()
