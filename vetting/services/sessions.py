"""Sign-in sessions held on the server: a half-finished two-step sign-in, then the session.

The browser's signed cookie carries only a random token. Every request looks its row up, so
signing out (the row is deleted) or idling past ``PERMANENT_SESSION_LIFETIME`` ends the session
on the server: a copy of the cookie taken earlier opens nothing afterwards, however fresh its
signature. Ending every session of an account (disabled, password changed, two-factor reset)
bumps ``User.session_generation``, which every row must match.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import joinedload

from vetting.extensions import db
from vetting.models import SignInSession, User
from vetting.models.base import utcnow
from vetting.services.errors import Invalid

# Codes that may be tried for one password, on top of the account's throttle: a guessed
# password buys no more than this many code guesses, however the requests are timed.
MAX_CODE_ATTEMPTS = 5
# Scanning a QR code and typing a first code takes longer than typing a code.
ENROLL_TIME_FACTOR = 3
# How stale ``last_seen_at`` may get before a request writes it again: reading pages need not
# write on every request, and idle expiry is exact to within this.
TOUCH_EVERY = timedelta(seconds=60)


def _hash(token: str) -> str:
    # The token is 256 random bits, so a fast hash is enough to keep it out of the database.
    return hashlib.sha256(token.encode()).hexdigest()


def _idle_limit() -> timedelta:
    return current_app.config["PERMANENT_SESSION_LIFETIME"]


def _pending_limit(step: str | None) -> timedelta:
    seconds = current_app.config["TWO_FACTOR_PENDING_SECONDS"]
    return timedelta(seconds=seconds * (ENROLL_TIME_FACTOR if step == "enroll" else 1))


def _open(user: User, step: str | None, two_factor: bool) -> str:
    token = secrets.token_urlsafe(32)
    db.session.add(SignInSession(token_hash=_hash(token), user_id=user.id, step=step,
                                 generation=user.session_generation, two_factor=two_factor))
    return token


def _forget_stale(user: User) -> None:
    """Delete the account's rows that can no longer be used (idle, expired or ended)."""
    now = utcnow()
    db.session.execute(delete(SignInSession).where(
        SignInSession.user_id == user.id,
        or_(SignInSession.generation != user.session_generation,
            SignInSession.last_seen_at < now - max(_idle_limit(), _pending_limit("enroll"))),
    ))


def _find(token: str | None) -> SignInSession | None:
    if not token:
        return None
    return db.session.scalar(select(SignInSession).options(joinedload(SignInSession.user))
                             .where(SignInSession.token_hash == _hash(token)))


def _usable(row: SignInSession) -> bool:
    return row.user.active and row.generation == row.user.session_generation


def _drop(row: SignInSession) -> None:
    db.session.execute(delete(SignInSession).where(SignInSession.id == row.id))
    db.session.commit()


def start(user: User, step: str) -> str:
    """Open a half-finished sign-in that owes ``step``; returns the token for the cookie."""
    _forget_stale(user)
    token = _open(user, step, two_factor=False)
    db.session.commit()
    return token


def pending(token: str | None, step: str) -> SignInSession | None:
    """The half-finished sign-in owing ``step`` under ``token``; Invalid once it took too long."""
    row = _find(token)
    if row is None or row.step != step:
        return None
    if not _usable(row):
        _drop(row)
        return None
    if row.created_at + _pending_limit(step) < utcnow():
        _drop(row)
        raise Invalid("Signing in took too long, so it was cancelled. Please start again.")
    return row


def count_code_attempt(row: SignInSession) -> bool:
    """Count one code tried for this sign-in before it is checked; False once none are left.

    A conditional UPDATE counts and checks at once, so parallel guesses cannot all slip in.
    """
    counted = db.session.execute(
        update(SignInSession)
        .where(SignInSession.id == row.id, SignInSession.code_attempts < MAX_CODE_ATTEMPTS)
        .values(code_attempts=SignInSession.code_attempts + 1)
        .execution_options(synchronize_session=False)
    ).rowcount == 1
    if not counted:
        db.session.execute(delete(SignInSession).where(SignInSession.id == row.id))
    db.session.commit()
    return counted


def complete(user: User, *, pending_token: str | None, two_factor: bool) -> str:
    """Open the session of a finished sign-in under a new token; the half-way one ends."""
    if pending_token:
        db.session.execute(delete(SignInSession).where(
            SignInSession.token_hash == _hash(pending_token)))
    else:
        _forget_stale(user)
    token = _open(user, None, two_factor)
    db.session.commit()
    return token


def current(token: str | None, user_id: int) -> SignInSession | None:
    """The live session under ``token`` for this user, renewed; None once ended or idle."""
    row = _find(token)
    if row is None or row.step is not None or row.user_id != user_id:
        return None
    now = utcnow()
    if not _usable(row) or row.last_seen_at + _idle_limit() < now:
        _drop(row)
        return None
    # At most once a minute, but often enough that a short idle limit is still renewed by use
    # ("Stay signed in" a few seconds before a brief limit ends).
    if now - row.last_seen_at >= min(TOUCH_EVERY, _idle_limit() / 10):
        row.last_seen_at = now
        db.session.commit()
    return row


def keep(token: str | None, user: User) -> None:
    """Keep this browser's session open after the account's sessions were ended."""
    row = _find(token)
    if row is not None and row.user_id == user.id:
        row.generation = user.session_generation
        db.session.commit()


def end(token: str | None) -> None:
    """End the session under ``token`` on the server (signing out)."""
    if token:
        db.session.execute(delete(SignInSession).where(SignInSession.token_hash == _hash(token)))
        db.session.commit()
