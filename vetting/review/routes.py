"""Reviewer pages: validation, redaction review and release; the admin's agency lexicon."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from wtforms import SelectChoice

from vetting import navigation
from vetting.forms import ActionForm
from vetting.permissions import allow, get_finding_or_403, get_vetting_or_403, guard_blueprint
from vetting.review.forms import (
    AddRedactionForm,
    AdoptForm,
    KeepProposalForm,
    LexiconEntryForm,
    ReleaseForm,
    ReturnForm,
    UndoRedactionForm,
    ValidationForm,
    category_choices,
)
from vetting.review.reasons import plain_reason
from vetting.services import lexicon, releases, validation
from vetting.services.errors import ServiceError
from vetting.services.vettings import read_finding
from vetting.web import actor, refused

bp = Blueprint("review", __name__)
guard_blueprint(bp, "reviewer")
navigation.add("reviewer", "review.index", "Review")
navigation.add("admin", "review.lexicon_page", "Agency lexicon")


@bp.route("/")
def index():
    """The vettings of the cycles I review."""
    return render_template("review/index.html", rows=validation.review_queue(actor()))


@bp.app_template_global()
def review_conclusion(vetting) -> str:
    """What the review of a vetting concluded, counted from its findings' validations."""
    return validation.conclusion(f.validation.outcome for f in vetting.findings if f.validation)


def _vetting_page(vetting, return_form: ReturnForm | None = None, status: int = 200):
    return render_template("review/vetting.html", vetting=vetting,
                           released=releases.releases_of(vetting), me=actor().user,
                           return_form=return_form or ReturnForm(formdata=None),
                           returnable=vetting.state in validation.RETURNABLE_STATES
                           and vetting.candidate.withdrawn_at is None), status


@bp.route("/vettings/<int:vid>")
def vetting(vid: int):
    """One vetting: its checklist, findings with their validation, and released versions."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    return _vetting_page(vetting)


@bp.post("/vettings/<int:vid>/return")
def send_back(vid: int):
    """Send the vetting back to the searcher with a reason."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    form = ReturnForm()
    if not form.validate_on_submit():
        return _vetting_page(vetting, form, 422)
    try:
        validation.return_vetting(actor(), vetting, form.reason.data)
    except ServiceError as exc:
        return _vetting_page(vetting, form, refused(exc, form))
    flash("Sent back to the searcher with your reason.", "success")
    return redirect(url_for("review.vetting", vid=vetting.id))


@bp.route("/vettings/<int:vid>/releases/<int:version>")
def released_version(vid: int, version: int):
    """A released version exactly as the board reads it."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    released = releases.get_release(vetting, version)
    return render_template("review/release.html", vetting=vetting, released=released,
                           summary=released.content, intact=releases.verify_release(released))


def _validation_form(finding) -> ValidationForm:
    form = ValidationForm()
    form.identifiers.choices = [SelectChoice(v, label) for v, label in
                                validation.identifier_choices(finding.vetting.candidate)]
    if request.method == "GET" and finding.validation is not None:
        known = {c.value for c in form.identifiers.choices}
        form.outcome.data = finding.validation.outcome
        form.identifiers.data = [i for i in finding.validation.identifiers if i in known]
        form.other_identifiers.data = "\n".join(
            i for i in finding.validation.identifiers if i not in known)
        form.candidate_response.data = finding.validation.candidate_response
        form.reason.data = finding.validation.reason
    return form


@bp.route("/findings/<int:fid>", methods=["GET", "POST"])
def finding(fid: int):
    """Read a finding with its evidence and record its validation."""
    finding, role = get_finding_or_403(fid, "reviewer")
    form = _validation_form(finding)
    status = 200
    if form.validate_on_submit():
        try:
            validation.validate_finding(
                actor(), finding, form.outcome.data, form.all_identifiers(),
                form.candidate_response.data, form.reason.data,
                evidence_folder=current_app.config["EVIDENCE_DIR"])
        except ServiceError as exc:
            flash(exc.message, "error")
            status = exc.status
        else:
            flash(f"Finding {finding.id} is now {form.outcome.data}.", "success")
            return redirect(url_for("review.vetting", vid=finding.vetting_id))
    elif request.method == "POST":
        status = 422
    else:
        read_finding(actor(), finding, role)
    return render_template(
        "review/finding.html", finding=finding, form=form,
        own=finding.logged_by_id == actor().user.id,
        integrity=validation.evidence_integrity(finding, current_app.config["EVIDENCE_DIR"]),
    ), status


bp.add_app_template_filter(plain_reason)


def _undone(vetting, drafted) -> dict[int, list]:
    """Per finding, the undone redactions that are still undone, newest first (to redo)."""
    spans = {d.finding.id: d.spans for d in drafted}
    out: dict[int, list] = {}
    for decision in releases.undo_decisions(vetting):
        live = spans.get(decision.finding_id, ())
        if not any(s.start < decision.end and decision.start < s.end for s in live):
            out.setdefault(decision.finding_id, []).insert(0, decision)
    return out


def _draft_page(vetting, add_forms=None, undo_error=None, status=200):
    view = releases.draft_view(vetting)
    forms = {}
    for d in view.drafted:
        form = (add_forms or {}).get(d.finding.id) or AddRedactionForm(
            formdata=None, prefix=f"f{d.finding.id}")
        form.category.choices = category_choices(view.categories)
        forms[d.finding.id] = form
    return render_template(
        "review/draft.html", vetting=vetting, drafted=view.drafted, add_forms=forms,
        undo_form=UndoRedactionForm(formdata=None), undo_error=undo_error,
        release_form=ReleaseForm(formdata=None), latest=view.latest, changed=view.changed,
        unvalidated=view.unvalidated, undone=_undone(vetting, view.drafted),
        categories=category_choices(view.categories)), status


@bp.route("/vettings/<int:vid>/draft")
def draft(vid: int):
    """The draft summary after the redaction pass, each redaction shown with why it fired."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    return _draft_page(vetting)


@bp.post("/findings/<int:fid>/redactions")
def add_redaction(fid: int):
    """Redact more of a finding's text."""
    finding, _ = get_finding_or_403(fid, "reviewer")
    form = AddRedactionForm(prefix=f"f{fid}")
    form.category.choices = category_choices(lexicon.categories())
    if form.validate_on_submit():
        try:
            made = releases.add_redaction(
                actor(), finding, form.category.data, start=form.start.data,
                end=form.end.data, phrase=form.phrase.data,
                all_occurrences=form.occurrences.data != "first", reason=form.reason.data)
        except ServiceError as exc:
            flash(exc.message, "error")
            if exc.extra.get("field") == "phrase":  # shown under the phrase too
                form.phrase.errors = [*form.phrase.errors, exc.message]
            return _draft_page(finding.vetting, {finding.id: form}, status=exc.status)
        flash(f"Added {len(made)} redaction(s) to finding {finding.id}.", "success")
        return redirect(url_for("review.draft", vid=finding.vetting_id) + f"#f{finding.id}")
    flash("Check the redaction form: " + "; ".join(
        e for errors in form.errors.values() for e in errors), "error")
    return _draft_page(finding.vetting, {finding.id: form}, status=422)


@bp.post("/findings/<int:fid>/redactions/undo")
def undo_redaction(fid: int):
    """Take back one redaction of a finding's text, with a reason."""
    finding, _ = get_finding_or_403(fid, "reviewer")
    form = UndoRedactionForm()
    if form.validate_on_submit():
        try:
            releases.undo_redaction(actor(), finding, form.start.data, form.end.data,
                                    form.reason.data)
        except ServiceError as exc:
            flash(exc.message, "error")
            return _draft_page(finding.vetting, status=exc.status)
        flash(f"Undid a redaction of finding {finding.id}.", "success")
        return redirect(url_for("review.draft", vid=finding.vetting_id) + f"#f{finding.id}")
    flash("; ".join(e for errors in form.errors.values() for e in errors), "error")
    return _draft_page(finding.vetting, undo_error=(finding.id, form.start.data, form.end.data),
                       status=422)


@bp.post("/vettings/<int:vid>/release")
def release(vid: int):
    """Approve the draft and release it as a new version for the board."""
    vetting, _ = get_vetting_or_403(vid, "reviewer")
    form = ReleaseForm()
    if not form.validate_on_submit():
        flash("Tick the approval to release the summary.", "error")
        return _draft_page(vetting, status=422)
    try:
        released, created = releases.release(actor(), vetting)
    except ServiceError as exc:
        flash(exc.message, "error")
        return _draft_page(vetting, status=exc.status)
    flash(f"Released version {released.version} to the board." if created else
          f"Nothing changed since version {released.version}; no new version was made.",
          "success")
    return redirect(url_for("review.vetting", vid=vetting.id))


# The agency lexicon is the admin's: the blueprint's reviewer guard is overridden per view.

def _lexicon_page(entry_form=None, status=200):
    view = lexicon.overview()
    choices = [SelectChoice("", "—"), *category_choices(view.categories)]
    entry_form = entry_form or LexiconEntryForm(formdata=None)
    entry_form.category.choices = choices
    adopt_forms = {}
    for decision in view.pending:
        form = AdoptForm(formdata=None, category=decision.category)
        form.category.choices = choices
        adopt_forms[decision.id] = form
    return render_template("review/lexicon.html", entries=view.entries, pending=view.pending,
                           entry_form=entry_form, adopt_forms=adopt_forms,
                           action_form=ActionForm(formdata=None),
                           revision=view.revision), status


@bp.route("/lexicon", methods=["GET", "POST"])
@allow("admin")
def lexicon_page():
    """The agency lexicon and the reviewers' decisions waiting to become entries."""
    form = LexiconEntryForm()
    form.category.choices = [SelectChoice("", "—"), *category_choices(lexicon.categories())]
    if request.method == "POST":
        if not form.validate_on_submit():
            return _lexicon_page(form, 422)
        try:
            lexicon.add_entry(actor(), form.text.data, form.action.data, form.category.data)
        except ServiceError as exc:
            flash(exc.message, "error")
            return _lexicon_page(form, exc.status)
        flash("Added to the lexicon; the redaction pass uses it from now on.", "success")
        return redirect(url_for("review.lexicon_page"))
    return _lexicon_page()


@bp.post("/lexicon/<int:entry_id>/deactivate")
@allow("admin")
def deactivate_entry(entry_id: int):
    """Take an entry out of the lexicon."""
    form = ActionForm()
    if form.validate_on_submit():
        lexicon.deactivate_entry(actor(), lexicon.get_entry(entry_id))
        flash("The entry is no longer used.", "success")
    return redirect(url_for("review.lexicon_page"))


@bp.post("/lexicon/decisions/<int:decision_id>/adopt")
@allow("admin")
def adopt_decision(decision_id: int):
    """Turn a reviewer's redaction decision into a lexicon entry."""
    form = AdoptForm()
    form.category.choices = [SelectChoice("", "—"), *category_choices(lexicon.categories())]
    if form.validate_on_submit():
        try:
            lexicon.adopt_decision(actor(), lexicon.get_decision(decision_id),
                                   form.category.data or "")
        except ServiceError as exc:
            flash(exc.message, "error")
            return _lexicon_page(status=exc.status)
        flash("Adopted into the lexicon.", "success")
    return redirect(url_for("review.lexicon_page"))


def _proposal_page(decision, form=None, status=200):
    sources = lexicon.read_proposal(actor(), decision)
    return render_template("review/keep_proposal.html", decision=decision, sources=sources,
                           form=form or KeepProposalForm(formdata=None),
                           action_form=ActionForm(formdata=None),
                           warning=lexicon.KEEP_WARNING.format(phrase=decision.phrase)), status


@bp.route("/lexicon/decisions/<int:decision_id>/keep", methods=["GET", "POST"])
@allow("admin")
def keep_proposal(decision_id: int):
    """A reviewer's proposal to always keep some words: the findings, a warning, approval."""
    decision = lexicon.get_decision(decision_id)
    if decision.action != "undo" or decision.lexicon_review != "pending":
        flash("This is not a pending proposal to keep words.", "error")
        return redirect(url_for("review.lexicon_page"))
    if request.method == "GET":
        return _proposal_page(decision)
    form = KeepProposalForm()
    if not form.validate_on_submit():
        return _proposal_page(decision, form, 422)
    try:
        lexicon.adopt_decision(actor(), decision, confirmed=True)
    except ServiceError as exc:
        return _proposal_page(decision, form, refused(exc, form))
    flash(f"Approved: “{decision.phrase}” is kept from now on and reaches the board.", "success")
    return redirect(url_for("review.lexicon_page"))


@bp.post("/lexicon/decisions/<int:decision_id>/dismiss")
@allow("admin")
def dismiss_decision(decision_id: int):
    """Keep a reviewer's decision as a one-off, out of the lexicon."""
    form = ActionForm()
    if form.validate_on_submit():
        try:
            lexicon.dismiss_decision(actor(), lexicon.get_decision(decision_id))
        except ServiceError as exc:
            flash(exc.message, "error")
            return _lexicon_page(status=exc.status)
        flash("Dismissed.", "success")
    return redirect(url_for("review.lexicon_page"))
