"""The auditor's forms: the trail filter and the head-hash check (GET forms: they only read)."""
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectChoice, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional

ANY = SelectChoice("", "— any —")


class TrailFilterForm(FlaskForm):
    """Filter the trail by actor, role, action, object kind, cycle and days."""

    class Meta:  # noqa: D106 - WTForms' options
        csrf = False  # a read-only GET filter; nothing to forge

    # Choices are what the trail holds (set by the page); a value typed into the address
    # still filters, as the API's filter does.
    actor = SelectField("Actor", validate_choice=False)
    role = SelectField("Role", validate_choice=False)
    action = SelectField("Action", validate_choice=False)
    object = SelectField("Object kind", validate_choice=False)
    cycle = IntegerField("Cycle id", validators=[Optional(), NumberRange(min=1)])
    since = DateField("From", validators=[Optional()], description="The whole day counts.")
    until = DateField("Until", validators=[Optional()], description="The whole day counts.")

    def offer(self, choices) -> None:
        """Fill the choice lists from what the trail holds, keeping a value already chosen."""
        def options(values, labels=None):
            out = [ANY] + [SelectChoice(v, (labels or {}).get(v, v)) for v in values]
            return out

        groups = {g: f"{g} — every {g} action" for g in choices.action_groups}
        self.actor.choices = options(choices.actors)
        self.role.choices = options(choices.roles)
        self.action.choices = options(sorted([*choices.actions, *groups]), groups)
        self.object.choices = options(choices.object_types)
        for name in ("actor", "role", "action", "object"):
            field = self[name]
            if field.data and field.data not in [c.value for c in field.choices]:
                field.choices.append(SelectChoice(field.data, field.data))


class NotedHeadForm(FlaskForm):
    """A head hash written down earlier, to check against the trail now."""

    class Meta:  # noqa: D106 - WTForms' options
        csrf = False  # it only reads

    noted = StringField("Head hash noted earlier", validators=[Optional(), Length(max=80)],
                        render_kw={"autocomplete": "off", "spellcheck": "false"},
                        description="The 64 characters shown here or by audit-verify before.")
