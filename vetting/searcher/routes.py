"""The searcher's pages: assigned vettings, the checklist, findings, evidence, submission."""
from flask import Blueprint, render_template

from vetting import navigation
from vetting.permissions import guard_blueprint

bp = Blueprint("searcher", __name__)
guard_blueprint(bp, "searcher")
navigation.add("searcher", "searcher.index", "My vettings")


@bp.route("/")
def index():
    """The vettings assigned to me."""
    return render_template("searcher/index.html")
