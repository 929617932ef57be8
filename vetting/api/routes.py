"""JSON API v1: the contract of API.md over the same services as the pages.

Each view parses the request, calls the service that holds the policy's rule and answers
JSON. Refusals are the services' exceptions, which ``vetting.errors`` turns into
``{"error": "<plain sentence>", ...}`` with their status code. Bodies are checked for shape
and types here (wrong types are a 422, never a 500); everything else is the services' job.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from flask import Blueprint, current_app, request

from vetting.capture.pool import pool_of
from vetting.models import (
    ApiToken,
    Assignment,
    Candidate,
    Capture,
    Cycle,
    Designation,
    Evidence,
    Finding,
    ItemOutcome,
    User,
    Vetting,
)
from vetting.permissions import (
    SIGNED_IN,
    allow,
    bearer_token,
    get_capture_or_403,
    get_cycle_or_403,
    get_evidence_or_403,
    get_finding_or_403,
    get_token_or_403,
    get_vetting_or_403,
)
from vetting.services import accounts, captures, cycles, vettings
from vetting.services.errors import Invalid, NotFound, ServiceError
from vetting.web import actor

bp = Blueprint("api", __name__)

# Reads list reviewer first: someone who both reviews and searches in a cycle reads as a
# reviewer, which needs no search designation (see permissions.acting_role).
READERS = ("reviewer", "searcher")
# platform_kind is optional: without it the kind comes from the known-platform table.
FINDING_FIELDS = ("item", "url", "platform", "platform_kind", "captured_at", "method", "excerpt",
                  "relevance", "notes")


class MalformedBody(ServiceError):
    """The body could not be read as JSON at all (400)."""

    status = 400


# --- reading request bodies -------------------------------------------------------------------

_KINDS = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
          dict: "an object"}


def json_body(*, optional: bool = False) -> dict:
    """The request body as a JSON object; ``{}`` for an empty body when the body is optional.

    The Content-Type is not insisted on (a bearer token, not a cookie, authenticates the API,
    so there is no cross-site form to fear); the body must parse as a JSON object.
    """
    raw = request.get_data(cache=True)  # enforces MAX_CONTENT_LENGTH (413)
    if not raw.strip():
        if optional:
            return {}
        raise Invalid("Send a JSON object in the request body.")
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise MalformedBody("The request body is not valid JSON.") from exc
    if not isinstance(body, dict):
        raise Invalid("The request body must be a JSON object.")
    # NUL characters and lone surrogates never get here: vetting.text_input refuses them.
    return body


def field(body: dict, name: str, kind: type, default=None, *, required: bool = False):
    """``body[name]`` checked to be of ``kind``; ``default`` when absent or null."""
    value = body.get(name)
    if value is None:
        if required:
            raise Invalid(f"{name} is required.", field=name)
        return default
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise Invalid(f"{name} must be {_KINDS[kind]}.", field=name)
    return value


def text_list(body: dict, name: str) -> list[str]:
    """``body[name]`` as a list of strings (empty when absent)."""
    values = field(body, name, list, [])
    if not all(isinstance(v, str) for v in values):
        raise Invalid(f"{name} must be a list of text values.", field=name)
    return values


def date_field(body: dict, name: str) -> date:
    """``body[name]`` parsed as an ISO 8601 calendar date (YYYY-MM-DD)."""
    value = field(body, name, str)
    if value is None:
        raise Invalid(f"{name} is required, as a date in the form YYYY-MM-DD.", field=name)
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise Invalid(f"{name} must be a date in the form YYYY-MM-DD.", field=name) from exc


def checklist_items(body: dict) -> list[dict] | None:
    """The ``checklist`` of a new cycle, each item an object with text key, title, guidance."""
    items = field(body, "checklist", list)
    if items is None:
        return None
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise Invalid(f"Checklist item {n} must be an object with key, title and guidance.",
                          field="checklist")
        for name in ("key", "title", "guidance"):
            if item.get(name) is not None and not isinstance(item[name], str):
                raise Invalid(f"Checklist item {n}: {name} must be text.", field="checklist")
    return items


# --- writing responses ------------------------------------------------------------------------

def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def user_json(user: User) -> dict:
    """A staff account as the API shows it."""
    return {"id": user.id, "username": user.username, "roles": sorted(user.roles),
            "active": user.active}


def designation_json(designation: Designation) -> dict:
    """A sensitive-position designation (the acknowledgment text stays on file)."""
    return {"id": designation.id, "username": designation.user.username,
            "expires_on": _iso(designation.expires_on),
            "granted_at": _iso(designation.granted_at)}


def token_json(token: ApiToken) -> dict:
    """An API token's record, never the token itself."""
    return {"id": token.id, "username": token.user.username,
            "expires_at": _iso(token.expires_at), "revoked_at": _iso(token.revoked_at)}


def cycle_json(cycle: Cycle) -> dict:
    """A hiring cycle and the checklist version frozen for it."""
    version = cycle.checklist_version
    return {"id": cycle.id, "name": cycle.name, "position": cycle.position,
            "search_window_years": cycle.search_window_years,
            "checklist_version": version.id, "checklist_label": version.label,
            "checklist": [{"key": i.key, "title": i.title, "guidance": i.guidance}
                          for i in version.items]}


def assignment_json(assignment: Assignment) -> dict:
    """A user's role in a cycle."""
    return {"id": assignment.id, "cycle_id": assignment.cycle_id,
            "username": assignment.user.username, "role": assignment.role}


def identifiers_json(candidate: Candidate) -> list[dict]:
    """A candidate's identifiers, for the admin, searchers and reviewers only."""
    return [{"kind": i["kind"], "value": i["value"]} for i in candidate.identifiers or []]


def candidate_json(candidate: Candidate) -> dict:
    """A candidate and the vetting opened for them."""
    return {"id": candidate.id, "cycle_id": candidate.cycle_id,
            "consent_on": _iso(candidate.consent_on), "vetting_id": candidate.vetting.id,
            "identifiers": identifiers_json(candidate),
            "withdrawn_at": _iso(candidate.withdrawn_at)}


def outcome_json(key: str, row: ItemOutcome | None) -> dict:
    """One checklist item's outcome in a vetting (all null while it has none)."""
    return {"key": key, "outcome": row.outcome if row else None,
            "reason": row.reason if row else None, "revision": row.revision if row else None}


def vetting_json(vetting: Vetting) -> dict:
    """A vetting: its state, every checklist item's outcome and the ids of its findings."""
    candidate = vetting.candidate
    items = []
    for item in vetting.checklist_version.items:
        items.append({**outcome_json(item.key, vetting.outcome_for(item)), "title": item.title,
                      "guidance": item.guidance})
    return {"id": vetting.id, "state": vetting.state, "candidate_id": candidate.id,
            "candidate_name": candidate.name, "cycle_id": candidate.cycle_id,
            "identifiers": identifiers_json(candidate),
            "withdrawn": candidate.withdrawn_at is not None,
            "checklist_version": vetting.checklist_version_id, "items": items,
            "missing": vetting.missing_items(), "findings": [f.id for f in vetting.findings],
            "returns": [{"reason": r.reason, "by": r.returned_by.username,
                         "at": _iso(r.returned_at)} for r in vetting.returns],
            "started_at": _iso(vetting.started_at), "submitted_at": _iso(vetting.submitted_at)}


def evidence_json(evidence: Evidence) -> dict:
    """An evidence file's record: what its content is, its size and its SHA-256."""
    return {"id": evidence.id, "finding_id": evidence.finding_id, "sha256": evidence.sha256,
            "media_type": evidence.media_type, "size": evidence.size,
            "original_name": evidence.original_name, "uploaded_at": _iso(evidence.uploaded_at)}


def capture_json(capture: Capture) -> dict:
    """A page capture: its state, what the page was, and its evidence files with their hashes."""
    return {"id": capture.id, "finding_id": capture.finding_id, "url": capture.url,
            "state": capture.state, "error": capture.error or None,
            "final_url": capture.final_url or None, "http_status": capture.http_status,
            "title": capture.title, "login_wall": capture.login_wall,
            "refused": capture.refused, "requested_at": _iso(capture.requested_at),
            "captured_at": _iso(capture.captured_at),
            "evidence": [captures.evidence_summary(e) for e in capture.evidence]}


def finding_json(finding: Finding) -> dict:
    """The whole finding, for the searchers and reviewers of its cycle."""
    validation = finding.validation
    return {
        "id": finding.id, "vetting_id": finding.vetting_id,
        "item": finding.item.key if finding.item else None,
        "url": finding.url, "platform": finding.platform, "platform_kind": finding.platform_kind,
        "captured_at": _iso(finding.captured_at), "method": finding.method,
        "excerpt": finding.excerpt, "relevance": finding.relevance, "notes": finding.notes,
        "attest_lawful": finding.attested_lawful, "logged_by": finding.logged_by.username,
        "created_at": _iso(finding.created_at),
        "evidence": [evidence_json(e) for e in finding.evidence],
        "validation": None if validation is None else {
            "outcome": validation.outcome, "reason": validation.reason,
            "identifiers": validation.identifiers,
            "candidate_response": validation.candidate_response,
            "evidence_verified": validation.evidence_verified,
            "validated_by": validation.validated_by.username,
            "validated_at": _iso(validation.validated_at),
        },
    }


# --- accounts ---------------------------------------------------------------------------------

@bp.post("/users")
@allow("admin")
def create_user():
    """Create a staff account: ``{username, password, roles}``."""
    body = json_body()
    user = accounts.create_user(actor(), field(body, "username", str, ""),
                                field(body, "password", str, ""), text_list(body, "roles"))
    return user_json(user), 201


@bp.post("/users/<username>/designation")
@allow("admin")
def grant_designation(username: str):
    """Grant a sensitive-position designation (IV.B.7): ``{expires_on, acknowledgment}``."""
    user = accounts.get_user(username)
    body = json_body()
    designation = accounts.grant_designation(actor(), user, date_field(body, "expires_on"),
                                             field(body, "acknowledgment", str, ""))
    return designation_json(designation), 201


@bp.post("/users/<username>/tokens")
@allow(SIGNED_IN)
def issue_token(username: str):
    """Issue the caller an API token of their own, shown once: optional ``{days}``."""
    user = accounts.get_user(username)
    body = json_body(optional=True)
    days = field(body, "days", int, current_app.config["API_TOKEN_DAYS"])
    raw = accounts.issue_token(actor(), user, days)
    return {"token": raw, **token_json(accounts.find_token(raw))}, 201


@bp.get("/users/<username>/tokens")
@allow("admin")
def list_tokens(username: str):
    """A user's API tokens, newest first: ids and dates, never the tokens themselves."""
    return {"tokens": [token_json(t) for t in accounts.tokens_of(accounts.get_user(username))]}


@bp.delete("/tokens/<int:token_id>")
@allow(SIGNED_IN)
def revoke_token(token_id: int):
    """Revoke an API token: an admin may revoke any, everyone else only their own."""
    token, role = get_token_or_403(token_id)
    accounts.revoke_token(actor(), token, role=role)
    return token_json(token)


@bp.delete("/tokens/current")
@allow(SIGNED_IN)
def revoke_current_token():
    """Revoke the token this request was made with (signing the integration out)."""
    token = accounts.find_token(bearer_token(request) or "")
    if token is None:  # unreachable once authenticated; kept so a change elsewhere fails closed
        raise NotFound("This request carries no API token.")
    accounts.revoke_token(actor(), token, role="self")
    return token_json(token)


# --- cycles -----------------------------------------------------------------------------------

@bp.post("/cycles")
@allow("admin")
def create_cycle():
    """Open a hiring cycle with its own ``checklist`` items or an existing ``template_id``."""
    body = json_body()
    template_id = field(body, "template_id", int)
    template = cycles.get_template(template_id) if template_id is not None else None
    cycle = cycles.create_cycle(
        actor(), field(body, "name", str, ""), field(body, "position", str, ""),
        field(body, "search_window_years", int), checklist=checklist_items(body),
        template=template,
    )
    return cycle_json(cycle), 201


@bp.post("/cycles/<int:cid>/assignments")
@allow("admin")
def assign(cid: int):
    """Assign a user to a cycle as searcher, reviewer or board: ``{username, role}``."""
    cycle, _ = get_cycle_or_403(cid, "admin")
    body = json_body()
    role = field(body, "role", str, required=True)
    user = accounts.get_user(field(body, "username", str, required=True))
    return assignment_json(cycles.assign(actor(), cycle, user, role)), 201


@bp.post("/cycles/<int:cid>/candidates")
@allow("admin")
def add_candidate(cid: int):
    """Add a consenting candidate, opening their vetting: ``{name, consent_on, identifiers}``."""
    cycle, _ = get_cycle_or_403(cid, "admin")
    body = json_body()
    candidate = cycles.add_candidate(actor(), cycle, field(body, "name", str, ""),
                                     date_field(body, "consent_on"),
                                     field(body, "identifiers", list, []))
    return candidate_json(candidate), 201


# --- the searcher's work ----------------------------------------------------------------------

@bp.get("/vettings/<int:vid>")
@allow("searcher", "reviewer")
def get_vetting(vid: int):
    """A vetting of a cycle the user searches or reviews."""
    vetting, _ = get_vetting_or_403(vid, *READERS)
    return vetting_json(vetting)


@bp.put("/vettings/<int:vid>/items/<key>")
@allow("searcher")
def set_item(vid: int, key: str):
    """Record a checklist item's outcome: ``{outcome, reason, revision}``.

    ``revision`` is optional: when given, the save is refused (409) if someone else saved the
    item since that revision was read.
    """
    vetting, _ = get_vetting_or_403(vid, "searcher")
    if key not in {item.key for item in vetting.checklist_version.items}:
        raise NotFound(f"The checklist of this vetting has no item {key!r}.")
    body = json_body()
    row = vettings.set_item_outcome(
        actor(), vetting, key, field(body, "outcome", str, ""), field(body, "reason", str, ""),
        expected_revision=field(body, "revision", int),
    )
    return {**outcome_json(key, row), "vetting_id": vetting.id, "state": vetting.state}


@bp.post("/vettings/<int:vid>/findings")
@allow("searcher")
def log_finding(vid: int):
    """Log a finding against a checklist item; prohibited methods are refused (IV.B.8)."""
    vetting, _ = get_vetting_or_403(vid, "searcher")
    body = json_body()
    data = {name: field(body, name, str) for name in FINDING_FIELDS}
    data["attest_lawful"] = field(body, "attest_lawful", bool, False)
    finding = vettings.log_finding(actor(), vetting, data, current_app.config["MAX_EXCERPT_CHARS"])
    return {"id": finding.id, "vetting_id": vetting.id, "item": finding.item.key}, 201


@bp.post("/findings/<int:fid>/evidence")
@allow("searcher")
def upload_evidence(fid: int):
    """Attach an evidence file (multipart field ``file``), typed by its content, not its name."""
    finding, _ = get_finding_or_403(fid, "searcher")
    upload = request.files.get("file")
    if upload is None:
        raise Invalid("Send the evidence as a multipart/form-data field named 'file'.",
                      field="file")
    name = (upload.filename or "").replace("\x00", "")
    evidence = vettings.attach_evidence(
        actor(), finding, upload.stream, name,
        current_app.config["EVIDENCE_DIR"], current_app.config["MAX_EVIDENCE_BYTES"],
    )
    return evidence_json(evidence), 201


@bp.post("/findings/<int:fid>/capture")
@allow("searcher")
def capture_page(fid: int):
    """Queue a capture of a public page (the finding's own URL unless ``url`` is given)."""
    finding, _ = get_finding_or_403(fid, "searcher")
    body = json_body(optional=True)
    capture = captures.request_capture(actor(), finding, field(body, "url", str),
                                       current_app.config, pool_of(current_app))
    return {"capture_id": capture.id}, 202


@bp.get("/captures/<int:capture_id>")
@allow("searcher", "reviewer")
def get_capture(capture_id: int):
    """How a capture is going, and its evidence files once it is done."""
    capture, _ = get_capture_or_403(capture_id, *READERS)
    return capture_json(captures.settle_interrupted(capture, current_app.config))


@bp.get("/findings/<int:fid>")
@allow("searcher", "reviewer")
def get_finding(fid: int):
    """The whole finding; every read is written to the audit trail."""
    finding, role = get_finding_or_403(fid, *READERS)
    return finding_json(vettings.read_finding(actor(), finding, role))


@bp.patch("/findings/<int:fid>")
@allow("searcher")
def edit_finding(fid: int):
    """Correct a finding before submission: any of url, platform, captured_at, method, ..."""
    finding, _ = get_finding_or_403(fid, "searcher")
    body = json_body()
    unknown = sorted(set(body) - set(vettings.FINDING_FIELDS))
    if unknown:
        raise Invalid(f"These fields cannot be changed: {', '.join(unknown)}. A finding's "
                      f"{', '.join(vettings.FINDING_FIELDS)} can.", fields=unknown)
    changes = {name: field(body, name, str, "") for name in body}
    finding = vettings.edit_finding(actor(), finding, changes,
                                    current_app.config["MAX_EXCERPT_CHARS"])
    return finding_json(finding)


@bp.delete("/findings/<int:fid>")
@allow("searcher")
def withdraw_finding(fid: int):
    """Withdraw a finding and its evidence before submission; the trail keeps the withdrawal."""
    finding, _ = get_finding_or_403(fid, "searcher")
    vettings.withdraw_finding(actor(), finding, current_app.config["EVIDENCE_DIR"])
    return "", 204


@bp.delete("/evidence/<int:eid>")
@allow("searcher")
def remove_evidence(eid: int):
    """Remove an evidence file before submission; the trail keeps its SHA-256."""
    evidence, _ = get_evidence_or_403(eid, "searcher")
    vettings.remove_evidence(actor(), evidence, current_app.config["EVIDENCE_DIR"])
    return "", 204


@bp.post("/vettings/<int:vid>/submit")
@allow("searcher")
def submit(vid: int):
    """Hand the vetting to review once every checklist item has an outcome (IV.B.9).

    Submitting is the searcher's attestation that every search in the vetting used only
    lawful methods on public-domain content (IV.B.8): with no body, or a body without
    ``attest_lawful``, the searcher attests by submitting. ``{"attest_lawful": false}``
    withholds the attestation, and the submission is refused (422).
    """
    vetting, _ = get_vetting_or_403(vid, "searcher")
    body = json_body(optional=True)
    vetting = vettings.submit(actor(), vetting, field(body, "attest_lawful", bool, True))
    return {"id": vetting.id, "state": vetting.state,
            "submitted_at": _iso(vetting.submitted_at)}
