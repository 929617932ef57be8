"""JSON API v1: the review endpoints of API.md (validation, draft, release, summary, decision).

Release overrides (``POST /api/v1/vettings/{vid}/release``, optional body
``{"overrides": [...]}``) are recorded as redaction decisions before the release, in order:

- ``{"finding": <id>, "action": "add", "start": <int>, "end": <int>, "category": <category>,
  "reason": <optional text>}``, or with ``"phrase": <text>`` (and optionally
  ``"occurrences": "first"``; every occurrence by default) instead of the offsets;
- ``{"finding": <id>, "action": "undo", "start": <int>, "end": <int>, "reason": <text>}``
  removes every redaction overlapping the offsets; the reason is required.

Offsets are character offsets into the finding's text as given by the draft endpoint.
"""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from vetting.permissions import allow, get_finding_or_403, get_vetting_or_403
from vetting.services import board, releases, validation
from vetting.services.errors import Invalid
from vetting.web import actor

bp = Blueprint("api_review", __name__)


def _body() -> dict:
    data = request.get_json(silent=True)
    if data is None and not request.get_data():
        return {}
    if not isinstance(data, dict):
        raise Invalid("The request body must be a JSON object.")
    return data


@bp.post("/findings/<int:fid>/validation")
@allow("reviewer")
def validate(fid: int):
    """Record a finding's validation outcome."""
    finding, _ = get_finding_or_403(fid, "reviewer")
    data = _body()
    row = validation.validate_finding(
        actor(), finding, data.get("outcome"), data.get("identifiers"),
        data.get("candidate_response"), data.get("reason"),
        evidence_folder=current_app.config["EVIDENCE_DIR"])
    return jsonify({"finding": finding.id, "outcome": row.outcome,
                    "identifiers": row.identifiers, "evidence_verified": row.evidence_verified,
                    "vetting_state": finding.vetting.state})


@bp.get("/vettings/<int:vid>/draft")
@allow("reviewer")
def draft(vid: int):
    """The proposed summary with every redaction, its category and why it fired."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    drafted = releases.draft(vetting)
    latest = releases.latest_release(vetting)
    return jsonify({"vetting": vetting.id, "state": vetting.state,
                    "released_version": latest.version if latest else None,
                    "changed_since_release": releases.changed_since_release(vetting, drafted),
                    "unvalidated": validation.unvalidated(vetting),
                    "findings": [d.as_json() for d in drafted]})


@bp.post("/vettings/<int:vid>/release")
@allow("reviewer")
def release(vid: int):
    """Release the draft as a new numbered version (201), or the unchanged newest one (200)."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    released, created = releases.release(actor(), vetting, _body().get("overrides"))
    return jsonify({"version": released.version, "sha256": released.sha256,
                    "released_at": released.released_at.isoformat(),
                    "created": created}), 201 if created else 200


@bp.get("/vettings/<int:vid>/summary")
@allow("board", "reviewer")
def summary(vid: int):
    """The newest released summary; every read is an audit event."""
    vetting, role = get_vetting_or_403(vid, "board", "reviewer")
    released, previous = board.read_summary(actor(), vetting, role, via="api")
    content = board.board_content(released)
    return jsonify({"candidate": content["candidate"], "cycle": content["cycle"],
                    "version": released.version, "released_at": content["released_at"],
                    "sha256": released.sha256,
                    "changed_since_last_read": previous is not None
                    and previous < released.version,
                    "findings": content["findings"]})


@bp.post("/vettings/<int:vid>/decision")
@allow("board")
def decision(vid: int):
    """Record the board's decision on the newest released summary."""
    vetting, _ = get_vetting_or_403(vid, "board")
    data = _body()
    made = board.decide(actor(), vetting, data.get("outcome"), data.get("note"),
                        data.get("reason"))
    return jsonify({"id": made.id, "outcome": made.outcome, "version": made.release.version,
                    "vetting_state": vetting.state}), 201


@bp.get("/vettings/<int:vid>/decisions")
@allow("board", "admin")
def decisions(vid: int):
    """Every decision recorded on a candidate, oldest first, with who, when and why."""
    vetting, _ = get_vetting_or_403(vid, "board", "admin")
    return jsonify({"vetting": vetting.id, "decisions": [
        {"outcome": d.outcome, "note": d.note, "reason": d.reason,
         "decided_by": d.decided_by.username, "decided_at": d.decided_at.isoformat(),
         "version": d.release.version} for d in board.decisions_of(vetting)]})


@bp.post("/vettings/<int:vid>/return")
@allow("reviewer")
def send_back(vid: int):
    """Send a submitted vetting back to the searcher: ``{reason}`` (required)."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    returned = validation.return_vetting(actor(), vetting, _body().get("reason"))
    return jsonify({"id": vetting.id, "state": vetting.state, "reason": returned.reason,
                    "returned_at": returned.returned_at.isoformat()})
