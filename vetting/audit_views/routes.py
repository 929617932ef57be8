"""The auditor's pages: uniformity report, audit trail, verification."""
from flask import Blueprint, render_template

from vetting import navigation
from vetting.permissions import guard_blueprint

bp = Blueprint("audit_views", __name__)
guard_blueprint(bp, "auditor")
navigation.add("auditor", "audit_views.index", "Audit")


@bp.route("/")
def index():
    """The auditor's start page."""
    return render_template("audit/index.html")
