"""The board's decision form."""
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, TextAreaField
from wtforms.validators import InputRequired, Length

from vetting.services.board import OUTCOME_LABELS


class DecisionForm(FlaskForm):
    """The board's decision on a candidate, with a note."""

    outcome = RadioField("Decision",
                         choices=[SelectChoice(k, v) for k, v in OUTCOME_LABELS.items()],
                         validators=[InputRequired(message="Choose a decision.")])
    note = TextAreaField("Note", validators=[Length(max=5000)],
                         description="Required unless the decision is to proceed.")
