"""Error pages for people and JSON errors for the API; nothing half-written, no tracebacks."""
from __future__ import annotations

import logging
import sqlite3

from flask import Flask, current_app, jsonify, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException, InternalServerError

from vetting.extensions import db
from vetting.permissions import Unauthenticated, is_api_request
from vetting.security import request_id
from vetting.services.errors import ServiceError

log = logging.getLogger("vetting.errors")

MESSAGES = {
    400: "The request could not be understood.",
    401: "Please sign in.",
    403: "You do not have access to this.",
    404: "There is nothing here.",
    405: "That action is not available here.",
    413: "That upload or form is larger than the server accepts.",
    422: "Some of the information given is not valid.",
    429: "Too many attempts. Please wait a moment.",
    500: "Something went wrong on our side. Nothing was saved; please try again.",
    503: "The service is briefly unavailable. Please try again shortly.",
}
DATABASE_BUSY = ("The database is busy or unreachable, so nothing was saved. "
                 "Please try again in a moment; going back keeps what you typed.")
RETRY_AFTER_SECONDS = 5
# SQLite reports a few programming mistakes as OperationalError too; those are 500s, not waits.
_SQLITE_MISTAKES = ("no such table", "no such column", "syntax error", "has no column")
# Headers of an HTTP error worth keeping on our own page (e.g. Allow for 405, Retry-After for 429).
_KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def error_response(status: int, message: str | None = None, *, headers=None, **extra):
    """An error as JSON for the API or as a page for people."""
    message = message or MESSAGES.get(status, "Error.")
    if status >= 500:
        extra.setdefault("request_id", request_id())
    if is_api_request():
        return jsonify({"error": message, **extra}), status, headers or {}
    return _error_page(status, message), status, headers or {}


def _error_page(status: int, message: str) -> str:
    """The error page; plain (no user, no menu) when the full one cannot be drawn."""
    # A 5xx page touches neither the signed-in user nor the menu: both need the database,
    # which may be the very thing that failed. Other pages try the full page first.
    for plain in (True,) if status >= 500 else (False, True):
        try:
            if not plain:
                return render_template("errors/error.html", status=status, message=message)
            # Straight from the environment: the context processors are skipped, because
            # Flask-Login's loads the signed-in user, which needs the database.
            template = current_app.jinja_env.get_template("errors/error.html")
            return template.render(status=status, message=message, plain=True,
                                   request=request, request_id=request_id)
        except Exception:  # noqa: BLE001 - the error page itself must never fail
            log.warning("the %s error page could not be drawn%s", status,
                        "" if plain else "; drawing it without the menu", exc_info=True)
            _rollback()
    return (f"<!doctype html><title>{status}</title><h1>{status}</h1>"
            f"<p>{escape(MESSAGES.get(status, 'Error.'))}</p><p>Reference: {request_id()}</p>")


def database_unavailable(exc: Exception) -> bool:
    """Whether a database error means 'busy or unreachable, try again' rather than a bug."""
    if isinstance(exc, PoolTimeout):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    if isinstance(exc.orig, sqlite3.OperationalError):
        text = str(exc.orig).lower()
        return not any(mistake in text for mistake in _SQLITE_MISTAKES)
    # PostgreSQL: connection failures, lock and statement timeouts, serialisation failures.
    return True


def _rollback() -> None:
    """Undo the request's transaction; a dead connection may refuse even that."""
    try:
        db.session.rollback()
    except Exception:  # noqa: BLE001 - the connection is already gone; nothing to undo
        log.warning("rollback failed after a database error", exc_info=True)


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(ServiceError)
    def service_error(exc: ServiceError):
        _rollback()
        if isinstance(exc, Unauthenticated) and not is_api_request():
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return error_response(exc.status, exc.message, **exc.extra)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        _rollback()
        return error_response(400, "The form had expired or was not sent from this site. "
                                   "Go back, reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        _rollback()
        status = exc.code or 500
        if status >= 500:
            return error_response(status)
        headers = {k: v for k, v in exc.get_headers() if k in _KEPT_HEADERS}
        message = MESSAGES.get(status, exc.description)
        return error_response(status, message, headers=headers)

    @app.errorhandler(DBAPIError)
    @app.errorhandler(PoolTimeout)
    def database_error(exc: Exception):
        _rollback()
        if not database_unavailable(exc):
            return unexpected(exc)
        log.warning("database unavailable on %s %s: %s", request.method, request.path,
                    type(getattr(exc, "orig", exc)).__name__)
        retry = app.config.get("DATABASE_RETRY_AFTER", RETRY_AFTER_SECONDS)
        return error_response(503, DATABASE_BUSY, headers={"Retry-After": str(retry)})

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        _rollback()
        log.error("unhandled error on %s %s", request.method, request.path, exc_info=exc)
        return error_response(500)

    @app.errorhandler(InternalServerError)
    def internal(exc):
        _rollback()
        original = getattr(exc, "original_exception", None)
        if original is not None:
            log.error("unhandled error on %s %s", request.method, request.path,
                      exc_info=original)
        return error_response(500)
