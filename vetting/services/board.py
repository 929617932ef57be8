"""What the hiring board reads and decides: released summaries only (IV.B.6)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from vetting import localtime
from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.labels import DECISION_LABELS, human_label
from vetting.models import Assignment, Candidate, Cycle, Vetting
from vetting.models.base import utcnow
from vetting.models.releases import BOARD_OUTCOMES, BoardDecision, Release, SummaryRead
from vetting.services.board_text import board_summary
from vetting.services.concurrency import claim
from vetting.services.errors import Conflict, Invalid, NotFound, ServiceUnavailable
from vetting.services.releases import get_release, verify_release

DECIDABLE_STATES = ("released", "decided")
OUTCOME_LABELS = DECISION_LABELS


@dataclass(frozen=True)
class BoardRow:
    """One candidate on the board's list, with where their summary stands."""

    cycle_id: int
    cycle: str
    candidate: str
    vetting_id: int
    state: str
    version: int | None
    released_at: datetime | None
    read_version: int | None
    decision: str | None

    @property
    def changed(self) -> bool:
        """Whether a version this board member has not read yet is out."""
        return self.version is not None and (self.read_version or 0) < self.version


def board_cycles(actor: Actor) -> list[Cycle]:
    """The cycles the user sits on as a board member."""
    return list(db.session.scalars(
        select(Cycle).join(Assignment, Assignment.cycle_id == Cycle.id)
        .where(Assignment.user_id == actor.user.id, Assignment.role == "board")
        .order_by(Cycle.id)))


def overview(actor: Actor, cycle_ids: Sequence[int] | None = None) -> list[BoardRow]:
    """The candidates of the user's board cycles with release and decision state.

    A fixed handful of queries, however many candidates or versions there are.
    """
    mine = select(Assignment.cycle_id).where(Assignment.user_id == actor.user.id,
                                             Assignment.role == "board")
    query = (select(Cycle.id, Cycle.name, Candidate.name, Vetting.id, Vetting.state)
             .join(Candidate, Candidate.cycle_id == Cycle.id)
             .join(Vetting, Vetting.candidate_id == Candidate.id)
             .where(Cycle.id.in_(mine)).order_by(Cycle.id, Candidate.name, Candidate.id))
    if cycle_ids is not None:
        query = query.where(Cycle.id.in_(cycle_ids))
    rows = db.session.execute(query).all()
    ids = [r[3] for r in rows]
    newest = (select(Release.vetting_id, func.max(Release.version).label("version"))
              .where(Release.vetting_id.in_(ids)).group_by(Release.vetting_id).subquery())
    released = {vid: (version, at) for vid, version, at in db.session.execute(
        select(Release.vetting_id, Release.version, Release.released_at).join(
            newest, (newest.c.vetting_id == Release.vetting_id)
            & (newest.c.version == Release.version)))}
    reads = dict(db.session.execute(select(SummaryRead.vetting_id, SummaryRead.version).where(
        SummaryRead.user_id == actor.user.id, SummaryRead.vetting_id.in_(ids))).all())
    decisions: dict[int, str] = {}
    for vid, outcome in db.session.execute(
            select(BoardDecision.vetting_id, BoardDecision.outcome)
            .where(BoardDecision.vetting_id.in_(ids)).order_by(BoardDecision.id)):
        decisions[vid] = outcome
    return [BoardRow(cycle_id=cid, cycle=cname, candidate=name, vetting_id=vid, state=state,
                     version=released.get(vid, (None, None))[0],
                     released_at=released.get(vid, (None, None))[1],
                     read_version=reads.get(vid), decision=decisions.get(vid))
            for cid, cname, name, vid, state in rows]


def read_summary(actor: Actor, vetting: Vetting, role: str, via: str = "page",
                 version: int | None = None) -> tuple[Release, int | None]:
    """A released summary for reading, noted in the trail; also the version read before."""
    released = get_release(vetting, version)
    try:
        previous = _mark_read(actor, vetting, released, role, via)
    except IntegrityError:
        # The same user's two reads at once both tried to insert the read marker.
        db.session.rollback()
        released = get_release(vetting, version)
        previous = _mark_read(actor, vetting, released, role, via)
    return released, previous


def board_content(released: Release) -> dict:
    """A release as everyone outside review reads it: page, print view, packets and API.

    Applied on reading, so releases frozen before platform kinds and placeholders existed
    read the same way as new ones.
    """
    return board_summary(released.content)


def _mark_read(actor: Actor, vetting: Vetting, released: Release, role: str,
               via: str) -> int | None:
    seen = db.session.scalar(select(SummaryRead).where(
        SummaryRead.user_id == actor.user.id, SummaryRead.vetting_id == vetting.id))
    previous = seen.version if seen else None
    if seen is None:
        db.session.add(SummaryRead(user_id=actor.user.id, vetting_id=vetting.id,
                                   version=released.version))
    elif released.version > seen.version:
        seen.version, seen.read_at = released.version, utcnow()
    record(actor, "summary.read", released, role=role, cycle_id=vetting.candidate.cycle_id,
           details={"vetting_id": vetting.id, "version": released.version, "via": via})
    db.session.commit()
    return previous


@dataclass(frozen=True)
class SummaryView:
    """What the board's summary page shows."""

    released: Release
    previous: int | None
    decision: BoardDecision | None
    intact: bool
    history: list[BoardDecision]

    @property
    def content(self) -> dict:
        """The summary as the board reads it."""
        return board_content(self.released)


def summary_view(actor: Actor, vetting: Vetting, role: str, via: str = "page") -> SummaryView:
    """Read the newest summary (noted in the trail) with the board's newest decision."""
    released, previous = read_summary(actor, vetting, role, via)
    history = decisions_of(vetting)
    return SummaryView(released, previous, history[-1] if history else None,
                       verify_release(released), history)


def latest_decision(vetting: Vetting) -> BoardDecision | None:
    """The board's newest decision on a candidate."""
    return db.session.scalar(select(BoardDecision).where(BoardDecision.vetting_id == vetting.id)
                             .order_by(BoardDecision.id.desc()).limit(1))


def decide(actor: Actor, vetting: Vetting, outcome: str, note: str | None,
           reason: str | None = None) -> BoardDecision:
    """Record the board's decision on the newest released summary; a change needs a reason.

    Every decision is kept: a later one is added beside the earlier, never written over it.
    """
    if outcome not in BOARD_OUTCOMES:
        raise Invalid(f"The decision is one of: {', '.join(BOARD_OUTCOMES)}.")
    if note is not None and not isinstance(note, str):
        raise Invalid("The note must be text.")
    if reason is not None and not isinstance(reason, str):
        raise Invalid("The reason must be text.", field="reason")
    note, reason = (note or "").strip(), (reason or "").strip()
    if outcome != "proceed" and not note:
        raise Invalid("Add a note saying why: it is required unless the decision is to proceed.")
    if len(note) > 5000 or len(reason) > 5000:
        raise Invalid("The note and the reason are at most 5,000 characters each.")
    if vetting.state not in DECIDABLE_STATES:
        raise Conflict("The board decides only on a released summary; nothing has been "
                       "released for this candidate yet.")
    try:
        released = get_release(vetting)
    except NotFound as exc:
        raise Conflict(exc.message) from exc
    # Claimed first: of two contradictory decisions at the same moment the second is a conflict
    # (409), whether or not the first has committed when it looks for an earlier decision.
    claim(vetting)
    earlier = latest_decision(vetting)
    if earlier is not None and not reason:
        raise Invalid(f"A decision ({OUTCOME_LABELS[earlier.outcome]}) is already recorded: say "
                      "why it changes. A reason is required to record a new decision.",
                      field="reason", current=earlier.outcome)
    decision = BoardDecision(vetting_id=vetting.id, release=released, outcome=outcome, note=note,
                             reason=reason, decided_by_id=actor.user.id)
    db.session.add(decision)
    vetting.state = "decided"
    record(actor, "board.decide", decision, role="board", cycle_id=vetting.candidate.cycle_id,
           details={"vetting_id": vetting.id, "outcome": outcome, "version": released.version,
                    "previous": earlier.outcome if earlier else None})
    db.session.commit()
    return decision


def decisions_of(vetting: Vetting) -> list[BoardDecision]:
    """Every decision the board recorded on a candidate, oldest first."""
    return list(db.session.scalars(
        select(BoardDecision).where(BoardDecision.vetting_id == vetting.id)
        .options(joinedload(BoardDecision.decided_by), joinedload(BoardDecision.release))
        .order_by(BoardDecision.id)))


def cycle_packet_summaries(actor: Actor, cycle: Cycle, role: str) -> list[dict]:
    """The newest released summary of every candidate of a cycle, each read noted."""
    out = []
    for row in overview(actor, [cycle.id]):
        if row.version is None:
            continue
        vetting = db.session.get(Vetting, row.vetting_id)
        released, _ = read_summary(actor, vetting, role, via="pdf")
        out.append(board_content(released))
    if not out:
        raise NotFound("No candidate of this cycle has a released summary yet.")
    return out


def _font_files(font_dir: str) -> tuple[Path, Path]:
    """Regular and bold DejaVu Sans: wide Unicode coverage for names, embedded in the PDF."""
    regular, bold = Path(font_dir) / "DejaVuSans.ttf", Path(font_dir) / "DejaVuSans-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        raise ServiceUnavailable(
            f"The PDF fonts are missing from {font_dir}. Install Debian's fonts-dejavu-core "
            "package, or set PDF_FONT_DIR to a folder holding DejaVuSans.ttf and "
            "DejaVuSans-Bold.ttf.")
    return regular, bold


CONFIDENTIAL = ("CONFIDENTIAL: pre-employment background information for the hiring board's "
                "decision only. Do not copy or pass on.")


class _Packet(FPDF):
    """Every page carries the confidentiality notice, the generation time and its number."""

    generated = ""

    def header(self):
        """The confidentiality notice at the top of each page."""
        self.set_font("Body", "B", 8)
        self.set_text_color(130, 20, 30)
        self.multi_cell(0, 4, CONFIDENTIAL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        """Generation time and 'Page n of m' at the foot of each page."""
        self.set_y(-14)
        self.set_font("Body", "", 8)
        self.cell(0, 5, f"Generated {self.generated} · Page {self.page_no()} of {{nb}}",
                  align="C")


def packet_pdf(summaries: Sequence[dict], title: str, font_dir: str) -> bytes:
    """A board packet of summaries as ``board_content`` gives them; fonts embedded, no network."""
    regular, bold = _font_files(font_dir)
    pdf = _Packet(format="Letter")
    pdf.generated = localtime.local_time(utcnow())
    pdf.set_title(title)
    pdf.set_creator("Vetting")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("Body", "", regular)
    pdf.add_font("Body", "B", bold)
    for summary in summaries:
        pdf.add_page()
        pdf.set_font("Body", "B", 16)
        pdf.multi_cell(0, 9, summary["candidate"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Body", "", 10)
        pdf.multi_cell(0, 5, f"{summary['cycle']} · {summary.get('position', '')}",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.multi_cell(0, 5, f"Summary version {summary['version']}, released "
                             f"{localtime.iso_local_date(summary['released_at'])}",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
        if not summary["findings"]:
            pdf.set_font("Body", "", 11)
            pdf.multi_cell(0, 6, "No validated findings.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for n, finding in enumerate(summary["findings"], 1):
            pdf.set_font("Body", "B", 11)
            label = human_label("relevance", finding["relevance"])
            pdf.multi_cell(0, 6, f"{n}. {label} — {finding['platform_kind']}, captured "
                                 f"{finding['captured_on']}",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Body", "", 11)
            pdf.multi_cell(0, 6, finding["text"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        _coverage(pdf, summary.get("coverage"))
    return bytes(pdf.output())


def _coverage(pdf: FPDF, coverage: list[dict] | None) -> None:
    """The checklist coverage: each item with its outcome, never its content."""
    pdf.ln(2)
    pdf.set_font("Body", "B", 11)
    pdf.multi_cell(0, 6, "Checklist coverage", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Body", "", 10)
    if not coverage:
        pdf.multi_cell(0, 5, "Not recorded in this version.", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        return
    for row in coverage:
        outcome = human_label("outcome", row["outcome"]) if row["outcome"] else "no outcome"
        pdf.multi_cell(0, 5, f"{row['item']}: {outcome}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
