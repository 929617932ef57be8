"""Error pages for people and JSON errors for the API; nothing half-written, no tracebacks."""
from __future__ import annotations

from flask import Flask, jsonify, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from vetting.extensions import db
from vetting.permissions import Unauthenticated, is_api_request
from vetting.services.errors import ServiceError

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


def error_response(status: int, message: str | None = None, **extra):
    """An error as JSON for the API or as a page for people."""
    message = message or MESSAGES.get(status, "Error.")
    if is_api_request():
        return jsonify({"error": message, **extra}), status
    return render_template("errors/error.html", status=status, message=message), status


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(ServiceError)
    def service_error(exc: ServiceError):
        db.session.rollback()
        if isinstance(exc, Unauthenticated) and not is_api_request():
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return error_response(exc.status, exc.message, **exc.extra)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        db.session.rollback()
        return error_response(400, "The form had expired or was not sent from this site. "
                                   "Go back, reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        db.session.rollback()
        if exc.code == 500:
            return error_response(500)
        return error_response(exc.code or 500, exc.description
                              if exc.code not in MESSAGES else MESSAGES[exc.code])

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        db.session.rollback()
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500)

    @app.errorhandler(InternalServerError)
    def internal(exc):
        db.session.rollback()
        return error_response(500)
