"""Administration forms: accounts, designations, tokens, checklists, cycles and candidates."""
from __future__ import annotations

from datetime import date, timedelta

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    ValidationError,
    widgets,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange

from vetting.labels import IDENTIFIER_LABELS
from vetting.models.cycles import CYCLE_ROLES
from vetting.models.people import ROLES
from vetting.services.cycles import ITEM_KEY

ACKNOWLEDGMENT = (
    "I understand that as a searcher I hold a sensitive position (policy IV.B.7). I will keep "
    "confidential everything I see in candidates' internet content and in this system, use it "
    "only for the background investigation I am assigned to, search only lawfully and only "
    "public-domain content (IV.B.8), never ask for passwords or account access, never send "
    "friend or follow requests or use pretext profiles, and report any breach at once. I know "
    "that my searches and reads are recorded."
)
ITEMS_HINT = ("One item per line: key | title | guidance. The key is lower-case letters, digits, "
              "'-' or '_' (e.g. social-media); guidance is optional.")


class CheckboxesField(SelectMultipleField):
    """A list of checkboxes: every choice is visible, which suits a handful of roles."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class UserForm(FlaskForm):
    """A new staff account."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)],
                           render_kw={"autocomplete": "off"})
    password = PasswordField("Initial password", validators=[DataRequired(), Length(max=1024)],
                             description="At least 12 characters, not a common password; the user "
                                         "should change it.",
                             render_kw={"autocomplete": "new-password"})
    roles = CheckboxesField("Roles", choices=[SelectChoice(r) for r in ROLES],
                            validators=[DataRequired(message="Choose at least one role.")])


class RolesForm(FlaskForm):
    """The roles an existing account holds."""

    roles = CheckboxesField("Roles", choices=[SelectChoice(r) for r in ROLES],
                            validators=[DataRequired(message="Choose at least one role.")])


class PasswordResetForm(FlaskForm):
    """A temporary password the user must change at the next sign-in."""

    password = PasswordField("Temporary password", validators=[DataRequired(), Length(max=1024)],
                             description="At least 12 characters, not a common password. "
                                         "Give it to the user in person or by phone; they "
                                         "must choose a new one when they next sign in.",
                             render_kw={"autocomplete": "new-password"})


class DesignationForm(FlaskForm):
    """A sensitive-position designation (IV.B.7) with its signed acknowledgment."""

    expires_on = DateField("Expires on", validators=[InputRequired(
        message="Give the date the designation expires.")],
        default=lambda: date.today() + timedelta(days=365))
    acknowledgment = TextAreaField(
        "Signed confidentiality acknowledgment", default=ACKNOWLEDGMENT,
        validators=[DataRequired(), Length(max=5000)],
        description="The text the user signed. Edit it to match the signed paper if it differs.")
    confirm = BooleanField(
        "I confirm the user has read and signed this acknowledgment.",
        validators=[DataRequired(message="Confirm that the acknowledgment was signed.")])


def parse_items(text: str) -> list[dict]:
    """Read checklist items from lines of ``key | title | guidance``, naming any bad line."""
    items = []
    for number, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|", 2)]
        if len(parts) < 2:
            raise ValidationError(f"Line {number}: write key | title | guidance "
                                  "(the guidance may be left out).")
        key, title = parts[0], parts[1]
        if not ITEM_KEY.match(key):
            raise ValidationError(f"Line {number}: the key {key!r} must be lower-case letters, "
                                  "digits, '-' or '_' (up to 64), starting with a letter or digit.")
        if not title:
            raise ValidationError(f"Line {number}: the item {key!r} needs a title.")
        items.append({"key": key, "title": title, "guidance": parts[2] if len(parts) > 2 else ""})
    return items


def items_text(version) -> str:
    """A checklist version written back as the lines ``parse_items`` reads."""
    return "\n".join(f"{i.key} | {i.title} | {i.guidance}".rstrip(" |") for i in version.items)


class ItemsField(TextAreaField):
    """A textarea of checklist items, one per line; ``items`` holds the parsed list."""

    items: list[dict]

    def pre_validate(self, form):
        """Parse the lines so errors name the line."""
        self.items = parse_items(self.data)


class TemplateForm(FlaskForm):
    """A new checklist template."""

    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    items = ItemsField("Checklist items", description=ITEMS_HINT,
                       validators=[DataRequired(message="Enter at least one item.")],
                       render_kw={"rows": 10})


class TemplateEditForm(FlaskForm):
    """A checklist's items, changed."""

    items = ItemsField("Checklist items", description=ITEMS_HINT,
                       validators=[DataRequired(message="Enter at least one item.")],
                       render_kw={"rows": 12})


class CycleForm(FlaskForm):
    """A new hiring cycle with a template's checklist or a checklist of its own."""

    name = StringField("Cycle name", validators=[DataRequired(), Length(max=200)],
                       description="For example: Police Officer, spring 2027.")
    position = StringField("Position", validators=[DataRequired(), Length(max=200)])
    search_window_years = IntegerField(
        "Search window (years)", default=7,
        validators=[InputRequired(), NumberRange(min=1, max=30)],
        description="How far back searchers look, from 1 to 30 years.")
    template_id = SelectField("Checklist template", coerce=int, default=0,
                              description="Choose a template, or leave this empty and enter "
                                          "the items below.")
    items = ItemsField("Or: checklist items for this cycle", description=ITEMS_HINT,
                       render_kw={"rows": 8})


IDENTIFIERS_HINT = ("One per line: the kind, a colon, the value — for example "
                    "“handle: @jordan.a” or “employer: Acme Freight”. Kinds: "
                    + ", ".join(IDENTIFIER_LABELS) + ". Searchers and reviewers see them; "
                    "the board and the auditor never do.")


def parse_identifiers(text: str | None) -> list[dict]:
    """Identifier lines ("kind: value") as ``[{kind, value}]``; the service checks the kinds."""
    out = []
    for n, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        kind, colon, value = line.partition(":")
        if not colon or not kind.strip() or not value.strip():
            raise ValidationError(f"Line {n}: write the kind, a colon, then the value "
                                  "(for example “handle: @jordan.a”).")
        out.append({"kind": kind.strip().lower(), "value": value.strip()})
    return out


def identifier_lines(identifiers: list[dict]) -> str:
    """A candidate's identifiers as the form's lines."""
    return "\n".join(f"{i['kind']}: {i['value']}" for i in identifiers or [])


class IdentifiersField(TextAreaField):
    """A textarea of identifiers, one per line; ``identifiers`` holds the parsed list."""

    identifiers: list[dict]

    def pre_validate(self, form):
        """Parse the lines so errors name the line."""
        self.identifiers = parse_identifiers(self.data)


class CandidateForm(FlaskForm):
    """A candidate who has consented to the vetting, with what identifies them."""

    name = StringField("Candidate's name", validators=[DataRequired(), Length(max=200)],
                       render_kw={"autocomplete": "off"})
    consent_on = DateField("Consent date", validators=[InputRequired(
        message="Give the date the candidate signed the consent.")],
        description="The date the candidate signed the consent to the internet search.")
    identifiers = IdentifiersField("Identifiers", description=IDENTIFIERS_HINT,
                                   validators=[Length(max=8000)], render_kw={"rows": 4})


class CandidateEditForm(CandidateForm):
    """A correction of a candidate's record, with the reason for it."""

    reason = StringField("Reason for the change", validators=[
        DataRequired(message="Say why: a reason is required to change a candidate's record."),
        Length(max=2000)])


class WithdrawCandidateForm(FlaskForm):
    """Withdraw a candidate, saying why."""

    reason = StringField("Reason for withdrawing", validators=[
        DataRequired(message="Say why: a reason is required to withdraw a candidate."),
        Length(max=2000)], description="For example: the candidate withdrew the application.")


class AssignmentForm(FlaskForm):
    """A user to put on a cycle in one role."""

    user_id = SelectField("User", coerce=int, validators=[InputRequired()])
    role = SelectField("Role in this cycle", choices=[SelectChoice(r) for r in CYCLE_ROLES],
                       validators=[InputRequired()])
