"""The administrator's records pages: retention schedule, legal holds, records exports."""
from __future__ import annotations

import io

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from vetting import navigation
from vetting.forms import ActionForm
from vetting.permissions import guard_blueprint
from vetting.records.forms import HoldForm, LiftForm, ScheduleForm
from vetting.services import retention
from vetting.services.errors import ServiceError
from vetting.web import actor

bp = Blueprint("records", __name__)
guard_blueprint(bp, "admin")
navigation.add("admin", "records.index", "Records")


def _index(schedule_form=None, status=200, on=None):
    days = retention.schedule(current_app.config)
    return render_template(
        "records/index.html",
        schedule_form=schedule_form or ScheduleForm(data=days),
        labels=retention.KIND_LABELS, plan=retention.plan(on, config=current_app.config),
        min_days=retention.MIN_DAYS, on=on,
    ), status


@bp.route("/")
def index():
    """The retention schedule and what a purge would delete today (or on a chosen day)."""
    try:
        on = retention.parse_day(request.args.get("on", ""))
    except ServiceError as exc:
        flash(exc.message, "error")
        return _index(status=exc.status)
    return _index(on=on)


@bp.post("/schedule")
def set_schedule():
    """Change the retention schedule."""
    form = ScheduleForm()
    if not form.validate_on_submit():
        flash("The schedule was not changed: see the fields marked below.", "error")
        return _index(form, 422)
    try:
        retention.set_schedule(actor(), {k: form[k].data for k in retention.RECORD_KINDS})
    except ServiceError as exc:
        flash(exc.message, "error")
        return _index(form, exc.status)
    flash("Retention schedule saved.", "success")
    return redirect(url_for("records.index"))


def _holds(hold_form=None, status=200):
    holds = retention.holds()
    return render_template(
        "records/holds.html", hold_form=hold_form or HoldForm(),
        holds=holds, lift_forms={h.id: LiftForm(prefix=f"lift-{h.id}") for h in holds},
    ), status


@bp.route("/holds")
def holds():
    """Legal holds in force and lifted, and the form to place one."""
    return _holds()


@bp.post("/holds")
def place_hold():
    """Put a candidate or a whole cycle on legal hold."""
    form = HoldForm()
    if not form.validate_on_submit():
        flash("No hold was placed: see the fields marked below.", "error")
        return _holds(form, 422)
    target = {f"{form.scope.data}_id": form.target.data}
    try:
        hold = retention.place_hold(actor(), reason=form.reason.data, **target)
    except ServiceError as exc:
        flash(exc.message, "error")
        return _holds(form, exc.status)
    flash(f"Legal hold {hold.id} placed: nothing it covers will be purged until it is lifted.",
          "success")
    return redirect(url_for("records.holds"))


@bp.post("/holds/<int:hold_id>/lift")
def lift_hold(hold_id: int):
    """Lift a legal hold."""
    form = LiftForm(prefix=f"lift-{hold_id}")
    hold = retention.get_hold(hold_id)
    if not form.validate_on_submit():
        flash("Give the reason for lifting the hold (at least 10 characters).", "error")
        return _holds(status=422)
    try:
        retention.lift_hold(actor(), hold, form.reason.data)
    except ServiceError as exc:
        flash(exc.message, "error")
        return _holds(status=exc.status)
    flash(f"Legal hold {hold_id} lifted; the retention schedule applies again.", "success")
    return redirect(url_for("records.holds"))


@bp.route("/candidates")
def candidates():
    """Every candidate, their hold status and the records export."""
    return render_template("records/candidates.html", rows=retention.candidates_overview(),
                           form=ActionForm())


@bp.post("/candidates/<int:candidate_id>/export")
def export(candidate_id: int):
    """Download one candidate's records as a zip (recorded in the trail)."""
    form = ActionForm()
    if not form.validate_on_submit():
        flash("The form had expired. Please try again.", "error")
        return redirect(url_for("records.candidates"))
    name, data = retention.export_candidate(actor(), candidate_id,
                                            current_app.config["EVIDENCE_DIR"])
    return send_file(io.BytesIO(data), mimetype="application/zip", as_attachment=True,
                     download_name=name)

