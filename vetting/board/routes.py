"""The hiring board's pages: released summaries, print view, PDF packets and decisions.

The board reaches nothing but released summaries of the cycles it sits on: every view goes
through ``get_vetting_or_403``/``get_cycle_or_403`` with the board role, and no page links to
findings, drafts or evidence.
"""
from __future__ import annotations

from flask import Blueprint, Response, current_app, flash, redirect, render_template, url_for

from vetting import navigation
from vetting.board.forms import DecisionForm
from vetting.permissions import get_cycle_or_403, get_vetting_or_403, guard_blueprint
from vetting.services import board
from vetting.services.errors import ServiceError
from vetting.web import actor

bp = Blueprint("board", __name__)
guard_blueprint(bp, "board")
navigation.add("board", "board.index", "Board")


@bp.route("/")
def index():
    """The candidates of the cycles I sit on, with where each summary stands."""
    me = actor()
    return render_template("board/index.html", rows=board.overview(me),
                           cycles=board.board_cycles(me))


def _summary_page(vetting, form=None, status=200, template="board/summary.html"):
    view = board.summary_view(actor(), vetting, "board",
                              via="print" if "print" in template else "page")
    return render_template(template, vetting_id=vetting.id, summary=view.content,
                           released=view.released, previous=view.previous,
                           form=form or DecisionForm(formdata=None), decision=view.decision,
                           intact=view.intact, history=view.history,
                           labels=board.OUTCOME_LABELS), status


@bp.route("/vettings/<int:vid>")
def summary(vid: int):
    """The newest released summary of a candidate, and the decision form."""
    vetting, _ = get_vetting_or_403(vid, "board")
    return _summary_page(vetting)


@bp.route("/vettings/<int:vid>/print")
def print_view(vid: int):
    """A print-friendly summary."""
    vetting, _ = get_vetting_or_403(vid, "board")
    return _summary_page(vetting, template="board/print.html")


@bp.post("/vettings/<int:vid>/decision")
def decide(vid: int):
    """Record the board's decision."""
    vetting, _ = get_vetting_or_403(vid, "board")
    form = DecisionForm()
    if not form.validate_on_submit():
        return _summary_page(vetting, form, 422)
    try:
        board.decide(actor(), vetting, form.outcome.data, form.note.data, form.reason.data)
    except ServiceError as exc:
        flash(exc.message, "error")
        return _summary_page(vetting, form, exc.status)
    flash("The decision is recorded.", "success")
    return redirect(url_for("board.summary", vid=vid))


def _pdf(data: bytes, name: str) -> Response:
    response = Response(data, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.route("/vettings/<int:vid>/packet.pdf")
def candidate_packet(vid: int):
    """The board packet of one candidate as a PDF."""
    vetting, _ = get_vetting_or_403(vid, "board")
    released, _ = board.read_summary(actor(), vetting, "board", via="pdf")
    return _pdf(board.packet_pdf([board.board_content(released)], "Board packet",
                                 current_app.config["PDF_FONT_DIR"]),
                f"board-packet-{vid}-v{released.version}.pdf")


@bp.route("/cycles/<int:cid>/packet.pdf")
def cycle_packet(cid: int):
    """The board packet of a whole cycle as a PDF: every released summary."""
    cycle, _ = get_cycle_or_403(cid, "board")
    summaries = board.cycle_packet_summaries(actor(), cycle, "board")
    return _pdf(board.packet_pdf(summaries, "Board packet", current_app.config["PDF_FONT_DIR"]),
                f"board-packet-cycle-{cid}.pdf")
