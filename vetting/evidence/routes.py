"""Evidence download: only the searchers and reviewers of the finding's cycle, always recorded."""
from __future__ import annotations

from flask import Blueprint, current_app, send_file

from vetting.permissions import get_evidence_or_403, guard_blueprint
from vetting.services import vettings
from vetting.services.errors import NotFound
from vetting.web import actor

bp = Blueprint("evidence", __name__)
# The board, auditors and administrators never see raw evidence (IV.B.6); the object check
# below narrows this further to the staff of the evidence's own cycle.
guard_blueprint(bp, "searcher", "reviewer")


@bp.route("/<int:evidence_id>")
def download(evidence_id: int):
    """Send an evidence file as a download, never rendered inline."""
    evidence, role = get_evidence_or_403(evidence_id, "searcher", "reviewer")
    path = vettings.evidence_path(evidence, current_app.config["EVIDENCE_DIR"])
    if not path.is_file():
        raise NotFound("The evidence file is missing from storage. Tell an administrator.")
    vettings.read_evidence(actor(), evidence, role)
    response = send_file(path, mimetype=evidence.media_type, as_attachment=True,
                         download_name=evidence.original_name, max_age=0)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
