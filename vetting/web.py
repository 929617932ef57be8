"""Small helpers every blueprint uses to hand a request to the services."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, request
from flask_login import current_user
from flask_wtf import FlaskForm

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


def refused(exc: ServiceError, form: FlaskForm | None = None) -> int:
    """Show a service's refusal on the re-rendered form, which keeps what was typed.

    With the form, the message sits next to the field the service named (``field=``), or at
    the top of the form; without it, at the top of the page.
    """
    db.session.rollback()
    if form is None:
        flash(exc.message, "error")
        return exc.status
    name = exc.extra.get("field")
    if name and name in form:
        form[name].errors = [*form[name].errors, exc.message]
    else:
        form.form_errors.append(exc.message)
    return exc.status
