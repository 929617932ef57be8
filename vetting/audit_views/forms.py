"""The auditor's forms: the trail filter (a GET form: it reads, it changes nothing)."""
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import Length, NumberRange, Optional


class TrailFilterForm(FlaskForm):
    """Filter the trail by actor, action, cycle and time."""

    class Meta:  # noqa: D106 - WTForms' options
        csrf = False  # a read-only GET filter; nothing to forge

    actor = StringField("Actor (username)", validators=[Optional(), Length(max=80)])
    role = StringField("Role", validators=[Optional(), Length(max=20)],
                       description="admin, searcher, reviewer, board or auditor.")
    action = StringField("Action", validators=[Optional(), Length(max=60)],
                         description="An action such as finding.create, or finding for all "
                                     "of them.")
    object = StringField("Object", validators=[Optional(), Length(max=60)],
                         description="A type such as vetting, or a type and id: vetting:12.")
    cycle = IntegerField("Cycle id", validators=[Optional(), NumberRange(min=1)])
    since = StringField("From", validators=[Optional(), Length(max=40)],
                        description="A date (YYYY-MM-DD) or an ISO 8601 time, in UTC.")
    until = StringField("Until", validators=[Optional(), Length(max=40)],
                        description="A date (YYYY-MM-DD) includes that whole day.")
