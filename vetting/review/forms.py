"""Reviewer forms: validation, redaction review, release; the admin's lexicon forms."""
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from vetting.labels import human_label
from vetting.models.findings import VALIDATION_OUTCOMES
from vetting.models.releases import LEXICON_ACTIONS
from vetting.services.validation import IDENTIFIER_KINDS, REJECTION_REASONS


class MultiCheckboxField(SelectMultipleField):
    """A set of checkboxes, one per choice."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ValidationForm(FlaskForm):
    """Whether a finding is about the candidate and genuine (IV.B.10)."""

    outcome = RadioField("Outcome",
                         choices=[SelectChoice(o, o.capitalize()) for o in VALIDATION_OUTCOMES],
                         validators=[InputRequired(message="Choose an outcome.")])
    # Choices are set per finding: the candidate's own identifiers, then the general kinds.
    identifiers = MultiCheckboxField(
        "Identifiers tying the account or content to the candidate",
        choices=[SelectChoice(k, v) for k, v in IDENTIFIER_KINDS.items()], validate_choice=True)
    other_identifiers = TextAreaField(
        "Other identifiers (one per line)", validators=[Length(max=2000)],
        description="Validation needs at least two independent identifiers; a photo match "
                    "never counts alone.")
    candidate_response = TextAreaField("The candidate's response, if one was given",
                                       validators=[Length(max=10_000)])
    reason = SelectField("Reason for a rejection",
                         description="Required when rejecting.",
                         choices=[SelectChoice("", "— not rejected —"),
                                  *(SelectChoice(k, v) for k, v in REJECTION_REASONS.items())],
                         default="", validate_choice=True)

    def all_identifiers(self) -> list[str]:
        """The ticked kinds plus the typed ones."""
        typed = [line.strip() for line in (self.other_identifiers.data or "").splitlines()]
        return list(self.identifiers.data or []) + [t for t in typed if t]


def category_choices(categories) -> list[SelectChoice]:
    """Choices for a category select."""
    return [SelectChoice(c, human_label("category", c)) for c in categories]


class AddRedactionForm(FlaskForm):
    """Redact more of a finding's text: a phrase, or start and end offsets."""

    phrase = StringField("Exact phrase to redact", validators=[Optional(), Length(max=500)])
    occurrences = RadioField("Which occurrences", default="all",
                             choices=[SelectChoice("all", "Every occurrence"),
                                      SelectChoice("first", "First only")])
    start = IntegerField("Or start offset", validators=[Optional(), NumberRange(min=0)])
    end = IntegerField("End offset", validators=[Optional(), NumberRange(min=1)])
    category = SelectField("Protected-class category", validators=[DataRequired()])
    reason = StringField("Reason (optional)", validators=[Length(max=2000)])


class UndoRedactionForm(FlaskForm):
    """Take back one redaction; the reason is required."""

    start = HiddenField(validators=[DataRequired()])
    end = HiddenField(validators=[DataRequired()])
    reason = StringField("Reason for undoing", validators=[
        DataRequired(message="A reason is required to undo a redaction."), Length(max=2000)])


class ReleaseForm(FlaskForm):
    """Approve the draft and release it to the board."""

    approve = BooleanField("I have reviewed every redaction and approve this summary",
                           validators=[DataRequired(message="Tick the approval to release.")])


class LexiconEntryForm(FlaskForm):
    """A word or phrase the redaction pass must always redact or always keep."""

    text = StringField("Word or phrase", validators=[DataRequired(), Length(max=200)])
    action = SelectField("Action", choices=[SelectChoice(a) for a in LEXICON_ACTIONS])
    category = SelectField("Category (for redact)", validators=[Optional()])


class AdoptForm(FlaskForm):
    """Adopt a reviewer's decision as a lexicon entry."""

    category = SelectField("Category", validators=[Optional()])


class ReturnForm(FlaskForm):
    """Send the vetting back to the searcher, saying what to look at again."""

    reason = TextAreaField("What should the searcher look at again?", validators=[
        DataRequired(message="Say why: a reason is required to send the vetting back."),
        Length(max=2000)], render_kw={"rows": 3},
        description="The searcher sees this; the audit trail keeps it.")


class KeepProposalForm(FlaskForm):
    """An admin's approval of a reviewer's proposal to always keep some words."""

    confirm = BooleanField(
        "I have read the findings above and accept that these words will reach the board",
        validators=[DataRequired(message="Tick the confirmation to approve the proposal.")])
