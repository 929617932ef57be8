"""Sign-in forms: password, second-step code, enrollment, recovery codes and API tokens."""
from flask_wtf import FlaskForm
from wtforms import IntegerField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, NumberRange

_CODE_INPUT = {"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)],
                           render_kw={"autocomplete": "username", "autofocus": True})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})


class CodeForm(FlaskForm):
    """The second step: a code from the authenticator app, or a recovery code."""

    code = StringField(
        "Code", validators=[DataRequired(), Length(max=40)],
        description="The six-digit code your authenticator app shows now, or one of your "
                    "recovery codes.",
        render_kw={**_CODE_INPUT, "autofocus": True},
    )


class EnrollForm(FlaskForm):
    """Confirms enrollment with the first code the app shows."""

    code = StringField(
        "Six-digit code from the app", validators=[DataRequired(), Length(max=12)],
        description="After adding the account, type the code the app shows to confirm.",
        render_kw={**_CODE_INPUT, "inputmode": "numeric"},
    )


class RecoveryCodesForm(FlaskForm):
    """Replaces the recovery codes; a current app code proves the device is at hand."""

    code = StringField(
        "Six-digit code from the app", validators=[DataRequired(), Length(max=12)],
        render_kw={**_CODE_INPUT, "inputmode": "numeric"},
    )


class PasswordChangeForm(FlaskForm):
    """One's own new password, after the current one."""

    current = PasswordField("Current password", validators=[DataRequired(), Length(max=1024)],
                            render_kw={"autocomplete": "current-password"})
    new = PasswordField("New password", validators=[DataRequired(), Length(max=1024)],
                        description="At least 12 characters, not a common password; a few "
                                    "unrelated words work well.",
                        render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("New password again",
                            validators=[DataRequired(), EqualTo("new", "The two new passwords "
                                                                       "differ.")],
                            render_kw={"autocomplete": "new-password"})


class TokenForm(FlaskForm):
    """How long a new API token of one's own lives."""

    days = IntegerField("Valid for (days)", default=90,
                        validators=[InputRequired(), NumberRange(min=1, max=366)])
