"""Reviewer pages: validation, redaction review and release."""
from flask import Blueprint, render_template

from vetting import navigation
from vetting.permissions import guard_blueprint

bp = Blueprint("review", __name__)
guard_blueprint(bp, "reviewer")
navigation.add("reviewer", "review.index", "Review")


@bp.route("/")
def index():
    """The reviewer's start page."""
    return render_template("review/index.html")
