"""The auditor's pages: uniformity report, audit trail, verification.

Everything here shows ids, counts, labels and times: the auditor audits the process, never
the person, so no finding text, URL, note, evidence or candidate name reaches these pages.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from flask import Blueprint, Response, flash, render_template, request

from vetting import localtime, navigation
from vetting.audit_views.charts import bar_chart
from vetting.audit_views.forms import NotedHeadForm, TrailFilterForm
from vetting.labels import human_label
from vetting.permissions import get_cycle_or_403, guard_blueprint
from vetting.services import trail, uniformity
from vetting.services.errors import Invalid

bp = Blueprint("audit_views", __name__)
guard_blueprint(bp, "auditor")
navigation.add("auditor", "audit_views.index", "Audit")
navigation.add("auditor", "audit_views.trail_page", "Trail")
navigation.add("auditor", "audit_views.verify_page", "Verify trail")

UNIFORMITY_COLUMNS = ("candidate_id", "vetting_id", "state", "checklist_version",
                      "checklist_label", "items_total", "items_done", "findings", "sources",
                      "seconds_to_submit", "started_at", "submitted_at", "searchers",
                      "outcomes", "deviation_count", "deviations")


FILTER_ARGS = ("actor", "role", "action", "object", "cycle", "since", "until")


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_response(header: Iterable[str], rows: Iterable[Iterable], filename: str) -> Response:
    """Rows as a CSV download.

    Written out before the response starts rather than streamed: the rows come from the
    database, which is only at hand while the request lasts.
    """
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return Response(text.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.route("/")
def index():
    """The auditor's start page: the cycles, and the way to the trail and its check."""
    return render_template("audit/index.html", cycles=uniformity.cycles_overview())


@bp.route("/cycles/<int:cycle_id>/uniformity")
def uniformity_page(cycle_id: int):
    """A cycle's uniformity report with its charts."""
    get_cycle_or_403(cycle_id, "auditor")
    report = uniformity.cycle_report(cycle_id)
    charts = {
        "time": bar_chart("Hours from first action to submission, per candidate",
                          [(f"Candidate {r.candidate_id}",
                            None if r.seconds_to_submit is None
                            else round(r.seconds_to_submit / 3600, 1)) for r in report.rows],
                          unit="h"),
        "items": bar_chart("Checklist items done, per candidate",
                           [(f"Candidate {r.candidate_id}", r.items_done) for r in report.rows],
                           unit=f"of {len(report.item_keys)}"),
        "redactions": bar_chart("Redactions per category (counts)",
                                sorted((human_label("category", k), n)
                                       for k, n in report.redactions.items())),
    }
    return render_template("audit/uniformity.html", report=report, charts=charts)


@bp.route("/cycles/<int:cycle_id>/uniformity.csv")
def uniformity_csv(cycle_id: int):
    """A cycle's uniformity report as CSV, one line per candidate."""
    get_cycle_or_403(cycle_id, "auditor")
    report = uniformity.cycle_report(cycle_id)
    rows = [[r.candidate_id, r.vetting_id, r.state, r.checklist_version, r.checklist_label,
             r.items_total, r.items_done, r.findings, r.sources, r.seconds_to_submit,
             r.started_at.isoformat() if r.started_at else "",
             r.submitted_at.isoformat() if r.submitted_at else "", " ".join(r.searchers),
             " ".join(f"{k}={v or 'open'}" for k, v in r.outcomes.items()),
             len(r.deviations), " | ".join(r.deviations)] for r in report.rows]
    return _csv_response(UNIFORMITY_COLUMNS, rows, f"cycle-{cycle_id}-uniformity.csv")


def _trail_filter():
    """The filter from the query string, or None after flashing what was wrong."""
    try:
        return (trail.parse_filter(request.args, localtime.zone()),
                trail.parse_paging(request.args))
    except Invalid as exc:
        flash(exc.message, "error")
        return None, (1, trail.DEFAULT_PER_PAGE)


@bp.route("/trail")
def trail_page():
    """The audit trail, newest first, filtered and paged."""
    form = TrailFilterForm(request.args)
    form.offer(trail.filter_choices())
    chosen, (page, per_page) = _trail_filter()
    if chosen is None:
        return render_template("audit/trail.html", form=form, result=None, filters={}), 422
    result = trail.events_page(chosen, page, per_page)
    # Links to other pages keep the filter as it was chosen (days stay days in the pickers).
    filters = {k: v for k, v in request.args.items() if k in FILTER_ARGS and v}
    return render_template("audit/trail.html", form=form, result=result,
                           filters=filters, details=trail.safe_details,
                           object_label=trail.object_label)


@bp.route("/trail.csv")
def trail_csv():
    """Every event matching the filter, as CSV."""
    chosen, _ = _trail_filter()
    if chosen is None:
        form = TrailFilterForm(request.args)
        form.offer(trail.filter_choices())
        return render_template("audit/trail.html", form=form, result=None, filters={}), 422
    rows = (trail.csv_row(e) for e in trail.iter_filtered(chosen))
    return _csv_response(trail.CSV_COLUMNS, rows, "audit-trail.csv")


@bp.route("/verify")
def verify_page():
    """Recompute the trail's hash chain and show the result and the head hash."""
    result, form, noted, status = trail.check_chain(), NotedHeadForm(request.args), None, 200
    if form.noted.data:
        try:
            noted = trail.check_noted_head(form.noted.data, result)
        except Invalid as exc:
            form.noted.errors = [exc.message]
            status = 422
    return render_template("audit/verify.html", result=result, form=form, noted=noted), status
