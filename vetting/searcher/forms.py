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
from vetting.models.findings import ALLOWED_METHODS, RELEVANCE_LABELS

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


class FindingForm(FlaskForm):
    """A finding as the searcher logs it; the service judges method and attestation."""

    item = SelectField("Checklist item", validators=[InputRequired()])
    url = StringField("URL", validators=[DataRequired(message="The URL is required."),
                                         Length(max=2048)],
                      render_kw={"inputmode": "url", "autocomplete": "off"},
                      description="The address where the content was found (http or https).")
    platform = StringField("Platform", validators=[DataRequired(message="Name the platform."),
                                                   Length(max=100)],
                           description="For example: Facebook, a news site, county court records.")
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
    files = MultipleFileField("Evidence files",
                              description="Screenshots (PNG, JPEG), PDF or plain text.")
    attest_lawful = BooleanField(ATTESTATION)


class EvidenceForm(FlaskForm):
    """More evidence files for a finding."""

    files = MultipleFileField("Evidence files",
                              validators=[FileRequired(message="Choose at least one file.")],
                              description="Screenshots (PNG, JPEG), PDF or plain text.")


class SubmitForm(FlaskForm):
    """Hand the vetting to review."""

    attest_lawful = BooleanField(
        "I attest that every search in this vetting used only lawful methods on public-domain "
        "content (policy IV.B.8).")
