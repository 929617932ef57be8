"""The hiring board's pages: released summaries and decisions."""
from flask import Blueprint, render_template

from vetting import navigation
from vetting.permissions import guard_blueprint

bp = Blueprint("board", __name__)
guard_blueprint(bp, "board")
navigation.add("board", "board.index", "Board")


@bp.route("/")
def index():
    """The board's start page."""
    return render_template("board/index.html")
