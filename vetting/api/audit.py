"""JSON API v1: the audit endpoints of API.md (ids, counts, labels and times only)."""
from flask import Blueprint, jsonify, request, url_for

from vetting.permissions import allow, get_cycle_or_403
from vetting.services import trail, uniformity

bp = Blueprint("api_audit", __name__)


@bp.get("/cycles/<int:cycle_id>/uniformity")
@allow("auditor", "admin")
def cycle_uniformity(cycle_id: int):
    """A cycle's uniformity report: one line per candidate with its deviations."""
    get_cycle_or_403(cycle_id, "auditor", "admin")
    return jsonify(uniformity.cycle_report(cycle_id).as_json())


@bp.get("/audit/events")
@allow("auditor")
def audit_events():
    """The trail, newest first, paged; filtered by actor, role, action, object, cycle and time."""
    chosen = trail.parse_filter(request.args)
    page, per_page = trail.parse_paging(request.args)
    result = trail.events_page(chosen, page, per_page)
    return jsonify({
        "events": [trail.event_json(e) for e in result.events],
        "page": result.page,
        "per_page": result.per_page,
        "total": result.total,
        "pages": result.pages,
        "next_page": result.next_page,
        "next": url_for("api_audit.audit_events", page=result.next_page,
                        per_page=result.per_page, **chosen.as_args())
        if result.next_page else None,
    })


@bp.get("/audit/verify")
@allow("auditor")
def audit_verify():
    """Recompute the trail's hash chain: OK with the count, or the first broken event."""
    return jsonify(trail.verification_json(trail.check_chain()))
