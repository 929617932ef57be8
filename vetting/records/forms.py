"""Forms for the retention schedule, legal holds and records exports."""
from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, SelectChoice, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange

from vetting.services.retention import KIND_LABELS, MAX_DAYS, MAX_ID, MIN_DAYS

_DAYS = [InputRequired(), NumberRange(min=MIN_DAYS, max=MAX_DAYS,
                                      message=f"From {MIN_DAYS} to {MAX_DAYS} days.")]


class ScheduleForm(FlaskForm):
    """Days each kind of record is kept after its cycle's decisions."""

    findings = IntegerField(KIND_LABELS["findings"], validators=_DAYS)
    summaries = IntegerField(KIND_LABELS["summaries"], validators=_DAYS)
    decisions = IntegerField(KIND_LABELS["decisions"], validators=_DAYS)
    trail = IntegerField(KIND_LABELS["trail"], validators=_DAYS)


class HoldForm(FlaskForm):
    """Place a legal hold on one candidate or a whole cycle."""

    scope = RadioField("The hold covers", default="candidate", validators=[InputRequired()],
                       choices=[SelectChoice("candidate", "One candidate"),
                                SelectChoice("cycle", "A whole cycle")])
    target = IntegerField("Candidate or cycle id", validators=[InputRequired(),
                                                               NumberRange(min=1, max=MAX_ID)])
    reason = TextAreaField("Reason", validators=[DataRequired(), Length(min=10, max=2000)],
                           description="The request, matter or claim the hold serves.")


class LiftForm(FlaskForm):
    """Lift a legal hold, saying why."""

    reason = TextAreaField("Why lift it", validators=[DataRequired(), Length(min=10, max=2000)])
