"""The board's decision form."""
from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectChoice, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from vetting.services.board import OUTCOME_LABELS


class DecisionForm(FlaskForm):
    """The board's decision on a candidate, with a note; a changed decision says why."""

    outcome = RadioField("Decision",
                         choices=[SelectChoice(k, v) for k, v in OUTCOME_LABELS.items()],
                         validators=[InputRequired(message="Choose a decision.")])
    note = TextAreaField("Note", validators=[Length(max=5000)],
                         description="Required unless the decision is to proceed.")
    reason = TextAreaField("Why the decision changes", validators=[Length(max=5000)],
                           description="Required when a decision is already recorded; the "
                                       "earlier decision stays in the history.")
    confirm = BooleanField("I confirm this decision is to be recorded for the hiring board",
                           validators=[DataRequired(message="Tick the confirmation to record "
                                                            "the decision.")])
