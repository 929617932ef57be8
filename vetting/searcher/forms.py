"""The searcher's forms: item outcomes, findings, evidence and submission."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileRequired, MultipleFileField
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    HiddenField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from vetting.labels import METHOD_LABELS, OUTCOME_LABELS, RELEVANCE_NAMES
from vetting.models.findings import ALLOWED_METHODS, PLATFORM_KINDS, RELEVANCE_LABELS

ATTESTATION = ("I attest that this content was found lawfully, in the public domain, without "
               "asking for passwords or account access, friend or follow requests, pretext "
               "profiles or anyone else's login (policy IV.B.8).")


class OutcomeForm(FlaskForm):
    """One checklist item's outcome, with the revision it was read at (optimistic locking)."""

    outcome = RadioField("Outcome", choices=[SelectChoice(k, v) for k, v in OUTCOME_LABELS.items()],
                         validators=[InputRequired(message="Choose an outcome.")])
    reason = StringField("Reason", validators=[Length(max=2000)],
                         description="Required for not applicable.")
    revision = HiddenField()


class FindingFieldsForm(FlaskForm):
    """What a finding records; the service judges the method (IV.B.8)."""

    url = StringField("URL", validators=[DataRequired(message="The URL is required."),
                                         Length(max=2048)],
                      render_kw={"inputmode": "url", "autocomplete": "off"},
                      description="The address where the content was found (http or https).")
    platform = StringField("Platform", validators=[DataRequired(message="Name the platform."),
                                                   Length(max=100)],
                           description="For example: Facebook, a news site, county court records.")
    # What the board will see instead of the platform's name (IV.B.6).
    platform_kind = SelectField(
        "Kind of platform", choices=[SelectChoice("", "— choose —")] + [
            SelectChoice(k, k.capitalize()) for k in PLATFORM_KINDS],
        validators=[InputRequired(message="Choose the kind of platform.")],
        description="All the hiring board learns of where the content was.")
    captured_at = DateTimeLocalField(
        "Capture time", format=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        validators=[InputRequired(message="Give the date and time the content was captured.")])
    # Not limited to the listed choices: a prohibited method posted by hand must reach the
    # service, which refuses it naming policy IV.B.8.
    method = SelectField("Search method", choices=[SelectChoice("", "— choose —")] + [
        SelectChoice(m, METHOD_LABELS[m]) for m in ALLOWED_METHODS], validate_choice=False,
        description="Only lawful methods on public-domain content are listed (IV.B.8).")
    excerpt = TextAreaField("Verbatim excerpt",
                            validators=[DataRequired(message="The verbatim excerpt is required.")],
                            description="Copy the content exactly as it appears.",
                            render_kw={"rows": 6})
    relevance = SelectField("Relevance", choices=[SelectChoice("", "— choose —")] + [
        SelectChoice(r, RELEVANCE_NAMES[r]) for r in RELEVANCE_LABELS], validate_choice=False)
    notes = TextAreaField("Notes", validators=[Optional(), Length(max=10_000)],
                          description="For the reviewer only; never shown to the board.",
                          render_kw={"rows": 3})


class FindingForm(FindingFieldsForm):
    """A finding as the searcher logs it, with its item, evidence files and attestation."""

    item = SelectField("Checklist item", validators=[InputRequired()])
    files = MultipleFileField("Evidence files",
                              description="Screenshots (PNG, JPEG), PDF or plain text.")
    attest_lawful = BooleanField(ATTESTATION)


class FindingEditForm(FindingFieldsForm):
    """A correction of a finding before submission."""


class WithdrawFindingForm(FlaskForm):
    """Withdraw a finding logged by mistake; the searcher confirms."""

    confirm = BooleanField("Yes, withdraw this finding and delete its evidence files",
                           validators=[DataRequired(message="Tick the box to confirm the "
                                                            "withdrawal.")])


class EvidenceForm(FlaskForm):
    """More evidence files for a finding."""

    files = MultipleFileField("Evidence files",
                              validators=[FileRequired(message="Choose at least one file.")],
                              description="Screenshots (PNG, JPEG), PDF or plain text.")


class CaptureForm(FlaskForm):
    """A public page for the server to capture as evidence (IV.B.10)."""

    url = StringField("Page to capture", validators=[
        DataRequired(message="Give the address of the page."),
        Length(max=2048, message="The URL is at most 2,048 characters.")],
        description="A public http(s) page; the finding's own URL unless you change it. It is "
                    "opened without any sign-in, as any visitor would see it.")


class SubmitForm(FlaskForm):
    """Hand the vetting to review."""

    attest_lawful = BooleanField(
        "I attest that every search in this vetting used only lawful methods on public-domain "
        "content (policy IV.B.8).")
