"""The searcher's pages: assigned vettings, the checklist, findings, evidence, submission."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import SelectChoice

from vetting import localtime, navigation
from vetting.capture.pool import pool_of
from vetting.extensions import db
from vetting.forms import ActionForm
from vetting.labels import human_label
from vetting.models import Finding, Vetting
from vetting.permissions import (
    get_capture_or_403,
    get_evidence_or_403,
    get_finding_or_403,
    get_vetting_or_403,
    guard_blueprint,
)
from vetting.searcher.forms import (
    CaptureForm,
    EvidenceForm,
    FindingEditForm,
    FindingForm,
    OutcomeForm,
    SubmitForm,
    WithdrawFindingForm,
)
from vetting.services import captures, vettings
from vetting.services.errors import Conflict, ServiceError
from vetting.web import actor, refused

bp = Blueprint("searcher", __name__)
guard_blueprint(bp, "searcher")
navigation.add("searcher", "searcher.index", "My vettings")


bp.add_app_template_global(human_label)


def _files(field) -> list[tuple]:
    """The chosen files of a file field as (stream, original name) pairs."""
    return [(f.stream, f.filename) for f in (field.data or []) if f and f.filename]


def _evidence_limits() -> dict:
    return {"folder": current_app.config["EVIDENCE_DIR"],
            "max_bytes": current_app.config["MAX_EVIDENCE_BYTES"]}


@bp.route("/")
def index():
    """The vettings of the cycles I am assigned to as searcher."""
    return render_template("searcher/index.html",
                           vettings=vettings.assigned_vettings(current_user, "searcher"),
                           designation=current_user.active_designation())


# --- the checklist --------------------------------------------------------------------------

def _vetting_page(vetting: Vetting, status: int = 200, *, posted: tuple[str, OutcomeForm] | None
                  = None, submit_form: SubmitForm | None = None):
    forms = {}
    for item in vetting.checklist_version.items:
        row = vetting.outcome_for(item)
        if posted and posted[0] == item.key:
            forms[item.key] = posted[1]
        else:
            forms[item.key] = OutcomeForm(
                formdata=None, outcome=row.outcome if row else None,
                reason=row.reason if row else "", revision=row.revision if row else "")
    findings = {}
    for finding in vettings.findings_of(vetting):  # evidence loaded with them: no N+1
        findings.setdefault(finding.item_id, []).append(finding)
    missing = set(vetting.missing_items())
    return render_template(
        "searcher/vetting.html", vetting=vetting, cycle=vetting.cycle, forms=forms,
        findings=findings, missing=[i for i in vetting.checklist_version.items
                                    if i.key in missing],
        is_open=_is_open(vetting),
        submit_form=submit_form or SubmitForm(formdata=None)), status


@bp.route("/vettings/<int:vetting_id>")
def vetting(vetting_id: int):
    """One candidate's checklist: item outcomes, findings and submission."""
    obj, _ = get_vetting_or_403(vetting_id, "searcher")
    return _vetting_page(obj)


@bp.route("/vettings/<int:vetting_id>/items/<key>", methods=["POST"])
def set_outcome(vetting_id: int, key: str):
    """Record one checklist item's outcome."""
    obj, _ = get_vetting_or_403(vetting_id, "searcher")
    form = OutcomeForm()
    if not form.validate_on_submit():
        flash("Choose an outcome for the item.", "error")
        return _vetting_page(obj, 422, posted=(key, form))
    try:
        revision = int(form.revision.data) if form.revision.data else None
    except ValueError:
        revision = -1  # a tampered revision can only be stale
    try:
        vettings.set_item_outcome(actor(), obj, key, form.outcome.data, form.reason.data,
                                  expected_revision=revision)
    except ServiceError as exc:
        return _vetting_page(obj, refused(exc, form), posted=(key, form))
    flash("Saved.", "success")
    return redirect(url_for(".vetting", vetting_id=obj.id) + f"#item-{key}")


@bp.route("/vettings/<int:vetting_id>/submit", methods=["POST"])
def submit(vetting_id: int):
    """Hand the vetting to review once every item has an outcome (IV.B.9)."""
    obj, _ = get_vetting_or_403(vetting_id, "searcher")
    form = SubmitForm()
    if form.validate_on_submit():
        try:
            vettings.submit(actor(), obj, bool(form.attest_lawful.data))
        except Conflict as exc:
            db.session.rollback()
            titles = {i.key: i.title for i in obj.checklist_version.items}
            missing = [titles.get(k, k) for k in exc.extra.get("missing", [])]
            flash(("These checklist items have no outcome yet: " + "; ".join(missing) + ".")
                  if missing else exc.message, "error")
            return _vetting_page(obj, exc.status, submit_form=form)
        except ServiceError as exc:
            return _vetting_page(obj, refused(exc, form), submit_form=form)
        flash("Submitted for review. Thank you.", "success")
    return redirect(url_for(".vetting", vetting_id=obj.id))


# --- findings and evidence ------------------------------------------------------------------

@bp.route("/vettings/<int:vetting_id>/findings/new", methods=["GET", "POST"])
def new_finding(vetting_id: int):
    """Log a finding with its evidence, lawfully found (IV.B.8)."""
    obj, _ = get_vetting_or_403(vetting_id, "searcher")
    form = FindingForm()
    zone = current_app.config["TIME_ZONE"]
    form.captured_at.label.text = f"Capture time ({zone})"
    form.captured_at.description = f"Date and time on the clock in {zone}, where you work."
    form.item.choices = [SelectChoice(i.key, i.title) for i in obj.checklist_version.items]
    status = 200
    if form.is_submitted():
        status = 422
        if form.validate_on_submit():
            data = {name: getattr(form, name).data for name in (
                "item", "url", "platform", "platform_kind", "captured_at", "method", "excerpt",
                "relevance", "notes")}
            data["captured_at"] = localtime.from_local(data["captured_at"])
            data["attest_lawful"] = bool(form.attest_lawful.data)
            try:
                finding = vettings.log_finding_with_evidence(
                    actor(), obj, data, _files(form.files),
                    max_excerpt=current_app.config["MAX_EXCERPT_CHARS"], **_evidence_limits())
            except ServiceError as exc:
                status = refused(exc, form)
            else:
                flash("The finding was logged.", "success")
                return redirect(url_for(".finding", finding_id=finding.id))
        _ask_for_files_again(form)
    else:
        form.item.data = request.args.get("item")  # "log a finding" links name their item
    return render_template("searcher/finding_form.html", form=form, vetting=obj,
                           cycle=obj.cycle, is_open=_is_open(obj)), status


def _ask_for_files_again(form: FindingForm) -> None:
    """A browser cannot refill a file input: name the chosen files so none is lost unseen."""
    names = [name for _, name in _files(form.files)]
    if names:
        form.files.errors = [*form.files.errors, (
            "The finding was not logged yet, so these files were not stored: "
            f"{', '.join(names)}. Choose them again before you log the finding.")]


def _finding_page(finding: Finding, status: int = 200, form: EvidenceForm | None = None,
                  capture_form: CaptureForm | None = None,
                  withdraw_form: WithdrawFindingForm | None = None):
    return render_template(
        "searcher/finding.html", finding=finding, vetting=finding.vetting,
        form=form or EvidenceForm(formdata=None),
        capture_form=capture_form or CaptureForm(formdata=None, url=finding.url),
        capture_unavailable=captures.unavailable(current_app.config),
        withdraw_form=withdraw_form or WithdrawFindingForm(formdata=None),
        action_form=ActionForm(formdata=None), is_open=_is_open(finding.vetting)), status


def _is_open(vetting: Vetting) -> bool:
    """Whether the searcher may still change the vetting (open and not withdrawn)."""
    return vetting.state in vettings.OPEN_STATES and vetting.candidate.withdrawn_at is None


@bp.route("/findings/<int:finding_id>")
def finding(finding_id: int):
    """A finding with its evidence; reading it is recorded."""
    obj, role = get_finding_or_403(finding_id, "searcher")
    vettings.read_finding(actor(), obj, role)
    return _finding_page(obj)


@bp.route("/findings/<int:finding_id>/evidence", methods=["POST"])
def add_evidence(finding_id: int):
    """Store more evidence files for a finding while the vetting is open."""
    obj, _ = get_finding_or_403(finding_id, "searcher")
    form = EvidenceForm()
    if not form.validate_on_submit():
        return _finding_page(obj, 422, form)
    try:
        stored = vettings.attach_evidence_files(actor(), obj, _files(form.files),
                                                **_evidence_limits())
    except ServiceError as exc:
        return _finding_page(obj, refused(exc, form), form)
    flash(f"Stored {len(stored)} evidence file{'s' if len(stored) != 1 else ''}.", "success")
    return redirect(url_for(".finding", finding_id=obj.id))


@bp.route("/findings/<int:finding_id>/edit", methods=["GET", "POST"])
def edit_finding(finding_id: int):
    """Correct a finding before the vetting is submitted; the trail keeps what changed."""
    obj, _ = get_finding_or_403(finding_id, "searcher")
    form = FindingEditForm(obj=obj)
    zone = current_app.config["TIME_ZONE"]
    form.captured_at.label.text = f"Capture time ({zone})"
    # The form shows the capture time on the department's clock, to the minute.
    shown = localtime.to_local(obj.captured_at).replace(second=0, microsecond=0, tzinfo=None)
    status = 200
    if not form.is_submitted():
        form.captured_at.data = shown
    else:
        status = 422
        if form.validate_on_submit():
            changes = {name: getattr(form, name).data for name in vettings.FINDING_FIELDS}
            # Left as shown, the capture time is unchanged.
            if changes["captured_at"] == shown:
                del changes["captured_at"]
            else:
                changes["captured_at"] = localtime.from_local(changes["captured_at"])
            try:
                vettings.edit_finding(actor(), obj, changes,
                                      current_app.config["MAX_EXCERPT_CHARS"])
            except ServiceError as exc:
                status = refused(exc, form)
            else:
                flash("The finding was corrected.", "success")
                return redirect(url_for(".finding", finding_id=obj.id))
    return render_template("searcher/finding_edit.html", form=form, finding=obj,
                           vetting=obj.vetting, is_open=_is_open(obj.vetting)), status


@bp.route("/findings/<int:finding_id>/withdraw", methods=["POST"])
def withdraw_finding(finding_id: int):
    """Withdraw a finding logged by mistake, with its evidence, before submission."""
    obj, _ = get_finding_or_403(finding_id, "searcher")
    form = WithdrawFindingForm()
    if not form.validate_on_submit():
        return _finding_page(obj, 422, withdraw_form=form)
    vetting_id = obj.vetting_id
    try:
        vettings.withdraw_finding(actor(), obj, current_app.config["EVIDENCE_DIR"])
    except ServiceError as exc:
        return _finding_page(obj, refused(exc, form), withdraw_form=form)
    flash(f"Finding #{finding_id} was withdrawn.", "success")
    return redirect(url_for(".vetting", vetting_id=vetting_id))


@bp.route("/evidence/<int:evidence_id>/remove", methods=["POST"])
def remove_evidence(evidence_id: int):
    """Remove an evidence file uploaded by mistake, before submission."""
    obj, _ = get_evidence_or_403(evidence_id, "searcher")
    finding = obj.finding
    if ActionForm().validate_on_submit():
        name = obj.original_name
        try:
            vettings.remove_evidence(actor(), obj, current_app.config["EVIDENCE_DIR"])
        except ServiceError as exc:
            return _finding_page(finding, refused(exc))
        flash(f"Removed the evidence file {name}.", "success")
    return redirect(url_for(".finding", finding_id=finding.id))


# --- page capture -----------------------------------------------------------------------------

@bp.route("/findings/<int:finding_id>/capture", methods=["POST"])
def capture(finding_id: int):
    """Queue a capture of a public page as this finding's evidence; then show its progress."""
    obj, _ = get_finding_or_403(finding_id, "searcher")
    form = CaptureForm()
    if not form.validate_on_submit():
        return _finding_page(obj, 422, capture_form=form)
    try:
        queued = captures.request_capture(actor(), obj, form.url.data, current_app.config,
                                          pool_of(current_app))
    except ServiceError as exc:
        return _finding_page(obj, refused(exc, form), capture_form=form)
    return redirect(url_for(".capture_progress", capture_id=queued.id))


@bp.route("/captures/<int:capture_id>")
def capture_progress(capture_id: int):
    """A capture's progress; the page reloads itself until the files are there or it failed."""
    obj, _ = get_capture_or_403(capture_id, "searcher")
    captures.settle_interrupted(obj, current_app.config)
    return render_template("searcher/capture.html", capture=obj, finding=obj.finding,
                           vetting=obj.finding.vetting, form=ActionForm(),
                           is_open=_is_open(obj.finding.vetting))


@bp.route("/captures/<int:capture_id>/time", methods=["POST"])
def take_capture_time(capture_id: int):
    """Make the capture's time the finding's capture time."""
    obj, _ = get_capture_or_403(capture_id, "searcher")
    if ActionForm().validate_on_submit():
        try:
            captures.take_capture_time(actor(), obj)
        except ServiceError as exc:
            refused(exc)
        else:
            flash("The finding's capture time is now the time of this capture.", "success")
    return redirect(url_for(".finding", finding_id=obj.finding_id))
