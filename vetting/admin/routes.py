"""Administration: users, designations, checklists, cycles, candidates, assignments."""
from flask import Blueprint, render_template

from vetting import navigation
from vetting.permissions import guard_blueprint

bp = Blueprint("admin", __name__)
guard_blueprint(bp, "admin")
navigation.add("admin", "admin.index", "Administration")


@bp.route("/")
def index():
    """The administrator's overview."""
    return render_template("admin/index.html")
