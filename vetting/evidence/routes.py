"""Evidence download: only the searchers and reviewers of the finding's cycle, always recorded."""
from __future__ import annotations

from flask import Blueprint, current_app, send_file

from vetting.permissions import get_evidence_or_403, guard_blueprint
from vetting.services import vettings
from vetting.services.errors import NotFound
from vetting.web import actor

bp = Blueprint("evidence", __name__)
# Images only: a PDF or a WARC shown inline would run the captured page's content here.
INLINE_TYPES = ("image/png", "image/jpeg")
# The board, auditors and administrators never see raw evidence (IV.B.6); the object check
# below narrows this further to the staff of the evidence's own cycle.
guard_blueprint(bp, "searcher", "reviewer")


def _send(evidence_id: int, *, inline: bool):
    evidence, role = get_evidence_or_403(evidence_id, "searcher", "reviewer")
    if inline and evidence.media_type not in INLINE_TYPES:
        raise NotFound("Only images are shown in the page; download this file instead.")
    path = vettings.evidence_path(evidence, current_app.config["EVIDENCE_DIR"])
    if not path.is_file():
        raise NotFound("The evidence file is missing from storage. Tell an administrator.")
    vettings.read_evidence(actor(), evidence, role)
    response = send_file(path, mimetype=evidence.media_type, as_attachment=not inline,
                         download_name=evidence.original_name, max_age=0)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


@bp.route("/<int:evidence_id>")
def download(evidence_id: int):
    """Send an evidence file as a download, never rendered inline."""
    return _send(evidence_id, inline=False)


@bp.route("/<int:evidence_id>/view")
def view(evidence_id: int):
    """Show an image evidence file (a capture's screenshot) inside the reviewer's page."""
    return _send(evidence_id, inline=True)
