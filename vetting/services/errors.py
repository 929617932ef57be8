"""Refusals raised by the policy's rules; the web layer turns them into pages or JSON."""


class ServiceError(Exception):
    """A request the policy refuses, with a plain sentence for the user."""

    status = 400

    def __init__(self, message: str, **extra):
        super().__init__(message)
        self.message = message
        self.extra = extra


class Invalid(ServiceError):
    """The input breaks a rule (422)."""

    status = 422


class NotPermitted(ServiceError):
    """The user may not do this (403)."""

    status = 403


class NotFound(ServiceError):
    """No such object (404)."""

    status = 404


class Conflict(ServiceError):
    """The request clashes with the state of things (409)."""

    status = 409


class TooLarge(ServiceError):
    """The input is over a size limit (413)."""

    status = 413


class ServiceUnavailable(ServiceError):
    """Something the service needs is missing on this server (503)."""

    status = 503
