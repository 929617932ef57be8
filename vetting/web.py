"""Small helpers every blueprint uses to hand a request to the services."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, request
from flask_login import current_user

from vetting.audit import Actor
from vetting.extensions import db
from vetting.services.errors import ServiceError


def actor() -> Actor:
    """The current user and client address, as services want them."""
    return Actor(current_user if current_user.is_authenticated else None,
                 request.remote_addr or "")


def safe_next(target: str | None) -> str | None:
    """``target`` when it stays on this site, else None (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def refused(exc: ServiceError) -> int:
    """Show a service's refusal above the re-rendered form, which keeps what was typed."""
    db.session.rollback()
    flash(exc.message, "error")
    return exc.status
