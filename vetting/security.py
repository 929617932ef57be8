"""Response headers every page carries, a request id per request, and logging that names it."""
from __future__ import annotations

import logging
import re
import sys
import time
import uuid

from flask import Flask, current_app, has_request_context, request
from werkzeug.wrappers import Response

# No inline script or style anywhere: templates link app.css and (if ever) files under static/.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
REQUEST_ID_HEADER = "X-Request-ID"
# An incoming id is kept only when it is short and plain, so it can never split a header
# or a log line; anything else is replaced by a fresh one.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_ENVIRON_KEY = "vetting.request_id"
_STARTED_KEY = "vetting.request_started"
LOG_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"

request_log = logging.getLogger("vetting.request")


def request_id() -> str:
    """This request's id (taken from a sane ``X-Request-ID`` or made up), or ``-`` outside one."""
    if not has_request_context():
        return "-"
    # Kept in the WSGI environ, not ``g``: an app context may outlive one request (tests, CLI).
    rid = request.environ.get(_ENVIRON_KEY)
    if rid is None:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        rid = incoming if _SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        request.environ[_ENVIRON_KEY] = rid
    return rid


class RequestIdFilter(logging.Filter):
    """Put the current request id on every log record as ``record.request_id``."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Annotate the record; never drop it."""
        if not hasattr(record, "request_id"):
            record.request_id = request_id()
        return True


def configure_logging(app: Flask) -> None:
    """Log the app's records, each with its request id, to standard error (once per process)."""
    logger = logging.getLogger("vetting")  # the app's logger and every module logger below it
    if not any(isinstance(f, RequestIdFilter) for f in logger.filters):
        logger.addFilter(RequestIdFilter())
    if not any(getattr(h, "vetting_handler", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.vetting_handler = True
        # On the handler too: child loggers' records reach it without passing this filter.
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
    level = app.config.get("LOG_LEVEL") or ("DEBUG" if app.debug else "INFO")
    logger.setLevel(level)


def _start_request() -> None:
    request.environ[_STARTED_KEY] = time.perf_counter()
    request_id()


def _finish_response(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        # Vetting pages hold personal information: no copy may linger in a browser or proxy cache.
        response.headers.setdefault("Cache-Control", "no-store")
    if request.is_secure or current_app.config.get("SESSION_COOKIE_SECURE"):
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    response.headers[REQUEST_ID_HEADER] = request_id()
    started = request.environ.get(_STARTED_KEY)
    took = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    request_log.info("%s %s %s %.1fms", request.method, request.path, response.status_code, took)
    return response


def register(app: Flask) -> None:
    """Install the request id, the headers and the logging on the app.

    Call before any other ``before_request`` is added, so the id exists even when a later
    check (the access policy) refuses the request.
    """
    configure_logging(app)
    app.before_request_funcs.setdefault(None, []).insert(0, _start_request)
    app.after_request(_finish_response)
    app.context_processor(lambda: {"request_id": request_id})
