"""Who may do what: endpoint policies, role guards and object-level checks.

Every endpoint declares a policy, either on the view (``@allow``) or for its whole blueprint
(``guard_blueprint``); ``enforce_policy`` runs before every request and refuses anything
undeclared, so a forgotten declaration fails closed.
"""
from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, current_app, g, request, session
from flask_login import current_user
from sqlalchemy import select

from vetting.extensions import db, login_manager
from vetting.models import (
    ApiToken,
    Assignment,
    Candidate,
    Capture,
    Cycle,
    Evidence,
    Finding,
    Vetting,
)
from vetting.services import sessions as sign_in_sessions
from vetting.services.accounts import user_for_token
from vetting.services.errors import NotFound, NotPermitted, ServiceError

PUBLIC = "public"
SIGNED_IN = "signed_in"
# The session cookie's key for the token of this browser's server-side sign-in session.
SIGN_IN = "sign_in"
_blueprint_policies: dict[str, frozenset[str]] = {}


class Unauthenticated(ServiceError):
    """Nobody is signed in, or the API token is missing or bad (401)."""

    status = 401


def allow(*roles: str) -> Callable:
    """Declare which roles may use a view (``PUBLIC`` or ``SIGNED_IN`` for the open ones)."""

    def decorate(view: Callable) -> Callable:
        view.allowed_roles = frozenset(roles)
        return view

    return decorate


def guard_blueprint(bp: Blueprint, *roles: str) -> None:
    """Declare the roles for every view of a blueprint that does not declare its own."""
    _blueprint_policies[bp.name] = frozenset(roles)


def policy_for(endpoint: str) -> frozenset[str] | None:
    """The declared policy of an endpoint, or None when it has none."""
    if endpoint == "static":
        return frozenset({PUBLIC})
    view = current_app.view_functions.get(endpoint)
    declared = getattr(view, "allowed_roles", None)
    if declared is not None:
        return declared
    return _blueprint_policies.get(endpoint.rpartition(".")[0])


def is_api_request() -> bool:
    """Whether the request is for the JSON API (bearer tokens, JSON errors)."""
    return request.blueprint == "api" or request.path.startswith("/api/")


def enforce_policy() -> None:
    """Refuse the request unless the endpoint's policy admits the current user."""
    if request.endpoint is None:
        return  # no route: let the 404 handler answer
    policy = policy_for(request.endpoint)
    if policy is None:
        current_app.logger.error("endpoint %s has no declared policy", request.endpoint)
        raise NotPermitted("This page has no access policy, so it is closed to everyone.")
    if PUBLIC in policy:
        return
    if not current_user.is_authenticated:
        raise Unauthenticated(
            "A valid API token is required." if is_api_request() else "Please sign in."
        )
    if SIGNED_IN in policy or current_user.roles & policy:
        return
    raise NotPermitted(
        f"This needs the {' or '.join(sorted(policy))} role, which your account does not hold."
    )


def assigned_roles(cycle_id: int, user=None) -> set[str]:
    """The roles the user is assigned in a cycle."""
    user = user or current_user
    return set(
        db.session.scalars(
            select(Assignment.role).where(
                Assignment.cycle_id == cycle_id, Assignment.user_id == user.id
            )
        )
    )


def acting_role(cycle_id: int, roles: tuple[str, ...]) -> str:
    """The first of ``roles`` the current user is assigned in the cycle, or a 403.

    Order matters: a user who is both reviewer and searcher of a cycle opens it as the first
    listed role, so a reviewer needs no search designation to read.
    """
    held = assigned_roles(cycle_id)
    for role in roles:
        if role in held and role in current_user.roles:
            if role == "searcher":
                require_designation()
            return role
    raise NotPermitted("You are not assigned to this cycle in a role that may do this.")


def require_designation(user=None) -> None:
    """Refuse a searcher who holds no active sensitive-position designation (IV.B.7)."""
    user = user or current_user
    if user.active_designation() is None:
        raise NotPermitted(
            "Searching needs an active sensitive-position designation (policy IV.B.7). "
            "Ask an administrator to grant or renew yours."
        )


# Ids are 64-bit; a bigger number in a URL names nothing (and would overflow the driver).
MAX_ID = 2**63 - 1


def get_or_404(model, object_id: int, what: str):
    """The object of ``model`` with this id, or NotFound naming ``what``."""
    obj = db.session.get(model, object_id) if 0 < object_id <= MAX_ID else None
    if obj is None:
        raise NotFound(f"No {what} with id {object_id}.")
    return obj


def get_cycle_or_403(cycle_id: int, *roles: str) -> tuple[Cycle, str]:
    """A cycle the current user works in one of ``roles``; admins and auditors see all."""
    cycle = get_or_404(Cycle, cycle_id, "cycle")
    for role in ("admin", "auditor"):
        if role in roles and role in current_user.roles:
            return cycle, role
    return cycle, acting_role(cycle.id, roles)


def get_vetting_or_403(vetting_id: int, *roles: str) -> tuple[Vetting, str]:
    """A vetting of a cycle the current user works in one of ``roles``; admins see all."""
    vetting = get_or_404(Vetting, vetting_id, "vetting")
    if "admin" in roles and "admin" in current_user.roles:
        return vetting, "admin"
    return vetting, acting_role(vetting.candidate.cycle_id, roles)


def get_candidate_or_403(candidate_id: int, *roles: str) -> tuple[Candidate, str]:
    """A candidate of a cycle the current user works in one of ``roles``."""
    candidate = get_or_404(Candidate, candidate_id, "candidate")
    return candidate, acting_role(candidate.cycle_id, roles)


def get_finding_or_403(finding_id: int, *roles: str) -> tuple[Finding, str]:
    """A finding of a cycle the current user works in one of ``roles``."""
    finding = get_or_404(Finding, finding_id, "finding")
    return finding, acting_role(finding.vetting.candidate.cycle_id, roles)


def get_evidence_or_403(evidence_id: int, *roles: str) -> tuple[Evidence, str]:
    """An evidence file of a cycle the current user works in one of ``roles``."""
    evidence = get_or_404(Evidence, evidence_id, "evidence file")
    return evidence, acting_role(evidence.finding.vetting.candidate.cycle_id, roles)


def get_capture_or_403(capture_id: int, *roles: str) -> tuple[Capture, str]:
    """A page capture of a cycle the current user works in one of ``roles``."""
    capture = get_or_404(Capture, capture_id, "capture")
    return capture, acting_role(capture.finding.vetting.candidate.cycle_id, roles)


def get_token_or_403(token_id: int) -> tuple[ApiToken, str]:
    """An API token the current user may revoke: any for an admin, else only their own."""
    token = get_or_404(ApiToken, token_id, "API token")
    if "admin" in current_user.roles:
        return token, "admin"
    if token.user_id == current_user.id:
        return token, "self"
    raise NotPermitted("You may revoke only your own API tokens.")


def bearer_token(req) -> str | None:
    """The plain token of an ``Authorization: Bearer`` header, if the request has one."""
    scheme, _, raw = req.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        return None
    return raw.strip()


@login_manager.user_loader
def _load_session_user(user_id: str):
    # API requests authenticate by token only: a browser's session cookie must not be
    # replayable against the CSRF-exempt API.
    if is_api_request():
        return None
    # The server-side row decides, not the cookie: a session signed out, idle too long, of a
    # disabled account or of one whose sessions were ended (password changed, two-factor reset)
    # is refused here on its next request, wherever the cookie was copied to.
    row = sign_in_sessions.current(session.get(SIGN_IN), int(user_id))
    if row is None:
        session.clear()
        return None
    g.sign_in_session = row
    return row.user


def signed_in_with_two_factor() -> bool:
    """Whether this browser's session was opened with a second factor (never for the API)."""
    row = g.get("sign_in_session")
    return row is not None and row.two_factor


@login_manager.request_loader
def _load_token_user(req):
    if not is_api_request():
        return None
    raw = bearer_token(req)
    return user_for_token(raw) if raw else None
