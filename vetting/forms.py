"""Form pieces shared by every blueprint."""
from flask_wtf import FlaskForm


class ActionForm(FlaskForm):
    """An empty form carrying only the CSRF token, for buttons that change state."""
