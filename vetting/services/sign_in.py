"""The steps of signing in: password, then a code or enrollment where two-factor applies.

The web layer keeps who is half-way through in the session; these functions hold the rules and
write the trail. Nothing secret goes into the trail: no password, code or recovery code.
"""
from __future__ import annotations

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import User
from vetting.services import two_factor
from vetting.services.accounts import authenticate
from vetting.services.errors import Invalid, ServiceError

CODE = "code"
ENROLL = "enroll"


def check_password(actor: Actor, username: str, password: str) -> User:
    """The active user with this name and password; a failure is recorded and refused."""
    username = (username or "").strip()
    user = authenticate(username, password or "")
    if user is None:
        # The typed name is kept (not the password) so repeated guesses at one account show.
        record(Actor(None, actor.address, name=username[:80]), "auth.login_failed",
               role="anonymous", details={"step": "password"})
        db.session.commit()
        raise Invalid("Wrong username or password.")
    return user


def next_step(user: User) -> str | None:
    """What the user must do after the password: ``code``, ``enroll``, or nothing."""
    if user.two_factor_enrolled:
        return CODE
    if two_factor.required_for(user):
        return ENROLL
    return None


def finish(actor: Actor, user: User, second_factor: str = "none") -> None:
    """Record a completed sign-in."""
    record(actor, "auth.login", user, role=two_factor.role_label(user),
           details={"second_factor": second_factor})
    db.session.commit()


def finish_with_code(actor: Actor, user: User, code: str) -> str:
    """Complete the second step with a TOTP or recovery code; returns which kind was used."""
    try:
        kind = two_factor.verify_code(actor, user, code)
    except ServiceError:
        _record_failure(actor, user, "code")
        raise
    finish(actor, user, kind)
    return kind


def finish_with_enrollment(actor: Actor, user: User, code: str) -> list[str]:
    """Complete a first sign-in by confirming enrollment; returns the recovery codes to show."""
    try:
        codes = two_factor.confirm_enrollment(actor, user, code)
    except ServiceError:
        _record_failure(actor, user, "enrollment")
        raise
    finish(actor, user, "totp")
    return codes


def _record_failure(actor: Actor, user: User, step: str) -> None:
    # The refused change is undone first, so only the failure itself is written.
    db.session.rollback()
    record(actor, "auth.login_failed", user, role=two_factor.role_label(user),
           details={"step": step})
    db.session.commit()
