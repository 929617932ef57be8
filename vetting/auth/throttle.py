"""Throttling of failed sign-in attempts, per account and per client address.

Every attempt is counted before it is checked, in one atomic increment of the store, so
parallel guesses cannot all pass a budget that only one of them would have left; an attempt
that succeeds is then given back (``refund_success``), so staff who sign in many times a day
are never slowed. The password step, the code step and enrollment share the two budgets, so a
guessed password does not buy fresh code guesses. Limits come from the config
(SIGN_IN_ACCOUNT_LIMIT, SIGN_IN_ADDRESS_LIMIT); the counts live where RATELIMIT_STORAGE_URI
says: memory suits one process only, several workers or servers need a shared store (Redis).
"""
from __future__ import annotations

import math
import time

from flask import Response, current_app, request, session
from flask_limiter import RateLimitExceeded
from flask_limiter.util import get_remote_address
from flask_login import current_user

from vetting.errors import error_response
from vetting.extensions import limiter
from vetting.models.people import username_key

# The session key of a sign-in waiting for its second step (see vetting.auth.routes).
PENDING = "sign_in_pending"


def account_key() -> str:
    """The account being tried: the typed username, or the one half-way through signing in."""
    if request.endpoint == "auth.login":
        name = request.form.get("username", "")
    elif current_user.is_authenticated:  # enrolling by choice, or replacing recovery codes
        name = current_user.username
    else:
        name = (session.get(PENDING) or {}).get("name", "")
    # Compared as sign-in compares names, so case or width variants of one name share a budget.
    return "account:" + (username_key(name.strip())[:80] or "-")


def address_key() -> str:
    """The client address (behind a proxy, configure ProxyFix so this is the real client)."""
    return "address:" + (get_remote_address() or "-")


per_account = limiter.shared_limit(
    lambda: current_app.config["SIGN_IN_ACCOUNT_LIMIT"], scope="sign-in-account",
    key_func=account_key, methods=["POST"],
)
per_address = limiter.shared_limit(
    lambda: current_app.config["SIGN_IN_ADDRESS_LIMIT"], scope="sign-in-address",
    key_func=address_key, methods=["POST"],
)


def refund_success(response: Response) -> Response:
    """Give back the attempt a sign-in step was charged when it succeeded: failures count."""
    if request.method == "POST" and response.status_code < 400:
        storage = limiter.storage
        for charged in limiter.current_limits:
            if charged.breached:
                continue
            if hasattr(storage, "decr"):  # memory: never below zero
                storage.decr(charged.key)
            else:  # Redis and the others: an atomic increment by -1
                storage.incr(charged.key, charged.limit.get_expiry(), amount=-1)
    return response


def too_many_attempts(exc: RateLimitExceeded):
    """The friendly 429 page, saying how long to wait, with ``Retry-After`` in seconds."""
    current = limiter.current_limit
    if current is None:
        wait = 60
    else:
        # The window's own reset time, not ``reset_at`` (rounded up to the next whole second,
        # which could say 901 for a 900-second window); capped by the window's length.
        window = current.limit.get_expiry()
        wait = min(window, max(1, math.ceil(current.window.reset_time - time.time())))
    minutes = math.ceil(wait / 60)
    message = (
        "There have been too many failed sign-in attempts for this account or from this "
        "address, so signing in is paused to protect the account. Please try again in "
        f"{minutes} minute{'' if minutes == 1 else 's'}. If it was not you, tell an administrator."
    )
    return error_response(429, message, headers={"Retry-After": str(wait)})
