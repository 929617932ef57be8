"""Released summaries, redaction decisions, board reads and decisions, the agency lexicon."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

REDACTION_ACTIONS = ("add", "undo")
LEXICON_ACTIONS = ("redact", "keep")
# What an admin made of a reviewer's redaction decision.
LEXICON_REVIEW = ("pending", "adopted", "dismissed")
BOARD_OUTCOMES = ("proceed", "do_not_proceed", "needs_more_information")


class RedactionDecision(db.Model):
    """A reviewer's change to the redaction pass of one finding: a redaction added or undone.

    Offsets are into the finding's excerpt. Decisions are applied in order over the pass's
    spans, so an undo can also take back an earlier add.
    """

    __tablename__ = "redaction_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id"), index=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(10))
    start: Mapped[int]
    end: Mapped[int]
    phrase: Mapped[str] = mapped_column(Text)  # the words covered, for the admin's lexicon review
    category: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lexicon_review: Mapped[str] = mapped_column(String(20), default="pending")
    finding: Mapped[Finding] = relationship()  # noqa: F821


class Release(db.Model):
    """One immutable, numbered version of a vetting's summary for the board."""

    __tablename__ = "releases"
    __table_args__ = (UniqueConstraint("vetting_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id"), index=True)
    version: Mapped[int]
    content: Mapped[dict] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    # Which draft this froze, so a later change to findings, validations or redactions shows.
    draft_sha256: Mapped[str] = mapped_column(String(64), default="")
    released_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SummaryRead(db.Model):
    """The newest release version a board member has read, to show what changed since."""

    __tablename__ = "summary_reads"
    __table_args__ = (UniqueConstraint("user_id", "vetting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id"), index=True)
    version: Mapped[int]
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BoardDecision(db.Model):
    """The hiring board's decision on a candidate, made on one release version."""

    __tablename__ = "board_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id"), index=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id"))
    outcome: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    # Why a decision replaces an earlier one; every decision is kept, the newest counts.
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    release: Mapped[Release] = relationship()
    decided_by: Mapped[User] = relationship()  # noqa: F821


class LexiconEntry(db.Model):
    """An agency word or phrase the redaction pass always redacts, or always keeps."""

    __tablename__ = "lexicon_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(default=True)
    # Stamped with a new, higher number on every change: the lexicon's revision is the maximum,
    # so every process can tell cheaply that its cached redactor is stale.
    revision: Mapped[int] = mapped_column(unique=True)
    source_decision_id: Mapped[int | None] = mapped_column(ForeignKey("redaction_decisions.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@event.listens_for(Session, "before_flush")
def _refuse_release_rewrites(session, flush_context, instances):
    """A release is immutable: a change makes a new version, never an edit or a deletion."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Release) and (obj in session.deleted or session.is_modified(obj)):
            raise PermissionError("releases cannot be changed or deleted; release a new version")
