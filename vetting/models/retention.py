"""Records retention schedules, legal holds and the record of what was purged (IV.A.2.c)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

# The kinds of record a schedule covers. The trail has a schedule too, but `purge` never
# deletes it: the trail is how anyone can tell what was purged.
RECORD_KINDS = ("findings", "summaries", "decisions", "trail")
PURGEABLE_KINDS = ("findings", "summaries", "decisions")


class RetentionRule(db.Model):
    """An administrator's retention period for one kind of record, overriding the default."""

    __tablename__ = "retention_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), unique=True)
    days: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class LegalHold(db.Model):
    """A hold on one candidate's records or a whole cycle's: nothing it covers is purged."""

    __tablename__ = "legal_holds"
    __table_args__ = (
        CheckConstraint(
            "(candidate_id IS NULL AND cycle_id IS NOT NULL) OR "
            "(candidate_id IS NOT NULL AND cycle_id IS NULL)",
            name="one_scope",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidates.id"), index=True)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    placed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lift_reason: Mapped[str] = mapped_column(Text, default="")
    candidate: Mapped[Candidate | None] = relationship()  # noqa: F821
    cycle: Mapped[Cycle | None] = relationship()  # noqa: F821
    placed_by: Mapped[User | None] = relationship(foreign_keys=[placed_by_id])  # noqa: F821

    @property
    def active(self) -> bool:
        """Whether the hold still stops purges."""
        return self.lifted_at is None

    @property
    def scope(self) -> str:
        """What the hold covers, in the policy's words."""
        return "candidate" if self.candidate_id is not None else "cycle"


class RecordPurge(db.Model):
    """That one kind of a candidate's records was purged, when, and how many rows (no content)."""

    __tablename__ = "record_purges"
    __table_args__ = (UniqueConstraint("candidate_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
