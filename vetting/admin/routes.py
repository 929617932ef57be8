"""Administration: users, designations, checklists, cycles, candidates, assignments."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from wtforms import SelectChoice

from vetting import navigation
from vetting.admin.forms import (
    AssignmentForm,
    CandidateEditForm,
    CandidateForm,
    CycleForm,
    DesignationForm,
    PasswordResetForm,
    RolesForm,
    TemplateEditForm,
    TemplateForm,
    UserForm,
    WithdrawCandidateForm,
    identifier_lines,
    items_text,
)
from vetting.extensions import db
from vetting.forms import ActionForm
from vetting.models import (
    ApiToken,
    Assignment,
    Candidate,
    ChecklistTemplate,
    Cycle,
    Designation,
    User,
)
from vetting.models.base import utcnow
from vetting.models.cycles import CYCLE_ROLES
from vetting.permissions import get_or_404, guard_blueprint
from vetting.services import accounts, cycles, two_factor
from vetting.services.errors import ServiceError
from vetting.web import actor, refused

bp = Blueprint("admin", __name__)
guard_blueprint(bp, "admin")
navigation.add("admin", "admin.index", "Administration")


def _status(form) -> int:
    return 422 if form.errors else 200


@bp.route("/")
def index():
    """The administrator's overview."""
    return render_template("admin/index.html", counts=cycles.counts())


# --- users, tokens and designations ---------------------------------------------------------

@bp.route("/users", methods=["GET", "POST"])
def users():
    """Every staff account, and the form to create one."""
    form, status = UserForm(), 200
    if form.validate_on_submit():
        try:
            user = accounts.create_user(actor(), form.username.data, form.password.data,
                                        form.roles.data)
        except ServiceError as exc:
            status = refused(exc, form)
        else:
            flash(f"Created {user.username}.", "success")
            return redirect(url_for(".user", user_id=user.id))
    elif form.is_submitted():
        status = 422
    return render_template("admin/users.html", users=accounts.list_users(), form=form,
                           action=ActionForm()), status


def _user_page(user: User, status: int = 200, *,
               designation_form: DesignationForm | None = None,
               roles_form: RolesForm | None = None,
               password_form: PasswordResetForm | None = None):
    return render_template(
        "admin/user.html", user=user, tokens=accounts.tokens_of(user),
        designation_form=designation_form or DesignationForm(formdata=None),
        roles_form=roles_form or RolesForm(formdata=None, roles=sorted(user.roles)),
        password_form=password_form or PasswordResetForm(formdata=None),
        action=ActionForm(), today=utcnow().date()), status


@bp.route("/users/<int:user_id>")
def user(user_id: int):
    """One account: roles, state, designations and API tokens."""
    return _user_page(get_or_404(User, user_id, "user"))


@bp.route("/users/<int:user_id>/enable", methods=["POST"])
def enable_user(user_id: int):
    """Let a disabled account sign in again."""
    return _set_active(user_id, True)


@bp.route("/users/<int:user_id>/disable", methods=["POST"])
def disable_user(user_id: int):
    """Stop an account from signing in or using its tokens."""
    return _set_active(user_id, False)


def _set_active(user_id: int, active: bool):
    target = get_or_404(User, user_id, "user")
    if ActionForm().validate_on_submit():
        try:
            accounts.set_active(actor(), target, active)
        except ServiceError as exc:
            return _user_page(target, refused(exc))
        flash(f"{target.username} is now {'enabled' if active else 'disabled'}.", "success")
    return redirect(url_for(".user", user_id=target.id))


@bp.route("/users/<int:user_id>/roles", methods=["POST"])
def set_roles(user_id: int):
    """Change the roles an account holds."""
    target = get_or_404(User, user_id, "user")
    form = RolesForm()
    if not form.validate_on_submit():
        return _user_page(target, 422, roles_form=form)
    try:
        accounts.set_roles(actor(), target, form.roles.data)
    except ServiceError as exc:
        return _user_page(target, refused(exc, form), roles_form=form)
    flash(f"{target.username} now holds: {', '.join(sorted(target.roles))}.", "success")
    return redirect(url_for(".user", user_id=target.id))


@bp.route("/users/<int:user_id>/password", methods=["POST"])
def reset_password(user_id: int):
    """Set a temporary password the user must change at the next sign-in."""
    target = get_or_404(User, user_id, "user")
    form = PasswordResetForm()
    if not form.validate_on_submit():
        return _user_page(target, 422, password_form=form)
    try:
        accounts.reset_password(actor(), target, form.password.data)
    except ServiceError as exc:
        return _user_page(target, refused(exc, form), password_form=form)
    flash(f"{target.username}'s password was reset and every session of theirs has ended. "
          "They must choose a new password when they next sign in.", "success")
    return redirect(url_for(".user", user_id=target.id))


@bp.route("/users/<int:user_id>/two-factor/reset", methods=["POST"])
def reset_two_factor(user_id: int):
    """Clear a lost authenticator: the user enrolls again at the next sign-in."""
    target = get_or_404(User, user_id, "user")
    if ActionForm().validate_on_submit():
        two_factor.reset(actor(), target)
        flash(f"Two-factor sign-in for {target.username} was reset; they will set it up again "
              "at their next sign-in, and every open session of theirs has ended.", "success")
    return redirect(url_for(".user", user_id=target.id))


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
def revoke_token(token_id: int):
    """Stop an API token from working."""
    token = get_or_404(ApiToken, token_id, "API token")
    if ActionForm().validate_on_submit():
        accounts.revoke_token(actor(), token)
        flash("The token was revoked.", "success")
    return redirect(url_for(".user", user_id=token.user_id))


@bp.route("/users/<int:user_id>/designation", methods=["POST"])
def grant_designation(user_id: int):
    """Designate a searcher as holding a sensitive position (IV.B.7)."""
    target = get_or_404(User, user_id, "user")
    form = DesignationForm()
    if not form.validate_on_submit():
        return _user_page(target, 422, designation_form=form)
    try:
        accounts.grant_designation(actor(), target, form.expires_on.data,
                                   form.acknowledgment.data)
    except ServiceError as exc:
        return _user_page(target, refused(exc, form), designation_form=form)
    flash(f"{target.username} holds a sensitive-position designation until "
          f"{form.expires_on.data.isoformat()}.", "success")
    return redirect(url_for(".user", user_id=target.id))


@bp.route("/designations/<int:designation_id>/revoke", methods=["POST"])
def revoke_designation(designation_id: int):
    """End a designation now; the searcher can no longer open vettings."""
    designation = get_or_404(Designation, designation_id, "designation")
    if ActionForm().validate_on_submit():
        accounts.revoke_designation(actor(), designation)
        flash(f"The designation of {designation.user.username} was revoked.", "success")
    return redirect(url_for(".user", user_id=designation.user_id))


# --- checklist templates --------------------------------------------------------------------

@bp.route("/checklists")
def checklists():
    """Every checklist template with its newest version."""
    return render_template("admin/checklists.html", templates=cycles.list_templates(),
                           in_use=cycles.version_in_use)


@bp.route("/checklists/new", methods=["GET", "POST"])
def new_checklist():
    """Create a checklist template."""
    form, status = TemplateForm(), 200
    if form.validate_on_submit():
        try:
            template = cycles.create_template(actor(), form.name.data, form.items.items)
        except ServiceError as exc:
            status = refused(exc, form)
        else:
            flash(f"Created the checklist {template.name}.", "success")
            return redirect(url_for(".checklist", template_id=template.id))
    elif form.is_submitted():
        status = 422
    return render_template("admin/checklist_form.html", form=form, template=None), status


@bp.route("/checklists/<int:template_id>")
def checklist(template_id: int):
    """A checklist template's versions, newest first, with their frozen state."""
    template = get_or_404(ChecklistTemplate, template_id, "checklist")
    return render_template("admin/checklist.html", template=template,
                           in_use=cycles.version_in_use)


@bp.route("/checklists/<int:template_id>/edit", methods=["GET", "POST"])
def edit_checklist(template_id: int):
    """Change a checklist; a frozen or used version is kept and a new one made (IV.B.9)."""
    template = get_or_404(ChecklistTemplate, template_id, "checklist")
    latest = template.latest
    form, status = TemplateEditForm(), 200
    if form.validate_on_submit():
        before = latest.number if latest else 0
        try:
            version = cycles.edit_template(actor(), template, form.items.items)
        except ServiceError as exc:
            status = refused(exc, form)
        else:
            flash(f"Saved as a new version, v{version.number}; cycles using v{before} keep it."
                  if version.number != before else f"Saved v{version.number}.", "success")
            return redirect(url_for(".checklist", template_id=template.id))
    elif form.is_submitted():
        status = 422
    elif latest is not None:
        form.items.data = items_text(latest)
    return render_template("admin/checklist_form.html", form=form, template=template,
                           latest=latest, makes_new=latest is not None
                           and cycles.version_in_use(latest)), status


# --- cycles, candidates and assignments -----------------------------------------------------

@bp.route("/cycles")
def cycle_list():
    """Every hiring cycle."""
    return render_template("admin/cycles.html", cycles=cycles.list_cycles())


@bp.route("/cycles/new", methods=["GET", "POST"])
def new_cycle():
    """Open a hiring cycle with a checklist."""
    form = CycleForm()
    templates = cycles.list_templates()
    form.template_id.choices = [SelectChoice(0, "— none: enter the items below —")] + [
        SelectChoice(t.id, f"{t.name} (newest: v{t.latest.number})")
        for t in templates if t.latest]
    status = 200
    if form.validate_on_submit():
        template = db.session.get(ChecklistTemplate, form.template_id.data) \
            if form.template_id.data else None
        try:
            cycle = cycles.create_cycle(
                actor(), form.name.data, form.position.data, form.search_window_years.data,
                checklist=form.items.items, template=template)
        except ServiceError as exc:
            status = refused(exc, form)
        else:
            flash(f"Opened the cycle {cycle.name}.", "success")
            return redirect(url_for(".cycle", cycle_id=cycle.id))
    elif form.is_submitted():
        status = 422
    return render_template("admin/cycle_form.html", form=form), status


def _cycle_page(cycle: Cycle, status: int = 200, *, candidate_form=None, assignment_form=None):
    assignment_form = assignment_form or AssignmentForm(formdata=None)
    _user_choices(assignment_form)
    by_role = {role: [a for a in cycle.assignments if a.role == role] for role in CYCLE_ROLES}
    return render_template(
        "admin/cycle.html", cycle=cycle, by_role=by_role,
        candidate_form=candidate_form or CandidateForm(formdata=None),
        assignment_form=assignment_form, action=ActionForm(),
        frozen=cycle.checklist_version.frozen_at is not None), status


def _user_choices(form: AssignmentForm) -> None:
    users = [u for u in accounts.list_users() if u.active and u.roles & set(CYCLE_ROLES)]
    form.user_id.choices = [
        SelectChoice(u.id, f"{u.username} ({', '.join(sorted(u.roles & set(CYCLE_ROLES)))})")
        for u in users]
    if users and form.role.data is None:
        # The untouched form must be a valid pairing: the first user with a role they hold.
        form.user_id.data = users[0].id
        form.role.data = next(r for r in CYCLE_ROLES if r in users[0].roles)


@bp.route("/cycles/<int:cycle_id>")
def cycle(cycle_id: int):
    """A cycle: its checklist, candidates and the people assigned to it."""
    return _cycle_page(get_or_404(Cycle, cycle_id, "cycle"))


@bp.route("/cycles/<int:cycle_id>/candidates", methods=["POST"])
def add_candidate(cycle_id: int):
    """Add a consenting candidate, which opens their vetting (IV.B.5)."""
    target = get_or_404(Cycle, cycle_id, "cycle")
    form = CandidateForm()
    if not form.validate_on_submit():
        return _cycle_page(target, 422, candidate_form=form)
    try:
        cycles.add_candidate(actor(), target, form.name.data, form.consent_on.data,
                             form.identifiers.identifiers)
    except ServiceError as exc:
        return _cycle_page(target, refused(exc, form), candidate_form=form)
    flash("Added the candidate; their vetting is ready for the searchers.", "success")
    return redirect(url_for(".cycle", cycle_id=target.id))


def _candidate_page(candidate: Candidate, status: int = 200, *, edit_form=None,
                    withdraw_form=None):
    return render_template(
        "admin/candidate.html", candidate=candidate, cycle=candidate.cycle,
        edit_form=edit_form or CandidateEditForm(
            formdata=None, name=candidate.name, consent_on=candidate.consent_on,
            identifiers=identifier_lines(candidate.identifiers)),
        withdraw_form=withdraw_form or WithdrawCandidateForm(formdata=None)), status


@bp.route("/candidates/<int:candidate_id>", methods=["GET", "POST"])
def candidate(candidate_id: int):
    """A candidate's record: correct the name, consent date or identifiers, with a reason."""
    target = get_or_404(Candidate, candidate_id, "candidate")
    if request.method == "GET":
        return _candidate_page(target)
    form = CandidateEditForm()
    if not form.validate_on_submit():
        return _candidate_page(target, 422, edit_form=form)
    try:
        cycles.edit_candidate(actor(), target, form.name.data, form.consent_on.data,
                              form.identifiers.identifiers, form.reason.data)
    except ServiceError as exc:
        return _candidate_page(target, refused(exc, form), edit_form=form)
    flash("The candidate's record was changed.", "success")
    return redirect(url_for(".candidate", candidate_id=target.id))


@bp.route("/candidates/<int:candidate_id>/withdraw", methods=["POST"])
def withdraw_candidate(candidate_id: int):
    """Withdraw a candidate: their vetting stops; the record and trail stay."""
    target = get_or_404(Candidate, candidate_id, "candidate")
    form = WithdrawCandidateForm()
    if not form.validate_on_submit():
        return _candidate_page(target, 422, withdraw_form=form)
    try:
        cycles.withdraw_candidate(actor(), target, form.reason.data)
    except ServiceError as exc:
        return _candidate_page(target, refused(exc, form), withdraw_form=form)
    flash(f"{target.name} was withdrawn.", "success")
    return redirect(url_for(".cycle", cycle_id=target.cycle_id))


@bp.route("/cycles/<int:cycle_id>/assignments", methods=["POST"])
def assign(cycle_id: int):
    """Put a user on the cycle in a role, keeping the board apart (IV.B.6)."""
    target = get_or_404(Cycle, cycle_id, "cycle")
    form = AssignmentForm()
    _user_choices(form)
    if not form.validate_on_submit():
        return _cycle_page(target, 422, assignment_form=form)
    try:
        assignment = cycles.assign(actor(), target, get_or_404(User, form.user_id.data, "user"),
                                   form.role.data)
    except ServiceError as exc:
        return _cycle_page(target, refused(exc, form), assignment_form=form)
    flash(f"{assignment.user.username} is now {assignment.role} in this cycle.", "success")
    return redirect(url_for(".cycle", cycle_id=target.id))


@bp.route("/assignments/<int:assignment_id>/delete", methods=["POST"])
def unassign(assignment_id: int):
    """Take a user off a cycle role."""
    assignment = get_or_404(Assignment, assignment_id, "assignment")
    cycle_id, name, role = assignment.cycle_id, assignment.user.username, assignment.role
    if ActionForm().validate_on_submit():
        cycles.unassign(actor(), assignment)
        flash(f"{name} is no longer {role} in this cycle.", "success")
    return redirect(url_for(".cycle", cycle_id=cycle_id))
