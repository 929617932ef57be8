"""Hiring cycles, their checklists, assignments, candidates and vettings (IV.B.5, IV.B.9)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

CYCLE_ROLES = ("searcher", "reviewer", "board")
OUTCOMES = ("finding", "nothing_found", "not_applicable")
# What a candidate's identifiers may be: the searcher looks for them, the reviewer ties an
# account to the candidate with them (IV.B.10); the board and the auditor never see them.
IDENTIFIER_KINDS = ("alias", "handle", "email", "phone", "city", "employer", "school", "other")
VETTING_STATES = (
    "assigned", "in_progress", "submitted", "validated", "released", "decided", "purged",
)


class ChecklistTemplate(db.Model):
    """A named checklist whose versions are handed to cycles."""

    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    versions: Mapped[list[ChecklistVersion]] = relationship(
        back_populates="template", order_by="ChecklistVersion.number"
    )

    @property
    def latest(self) -> ChecklistVersion | None:
        """The newest version, the one new cycles receive."""
        return self.versions[-1] if self.versions else None


class ChecklistVersion(db.Model):
    """One version of a checklist; frozen once any vetting using it has started."""

    __tablename__ = "checklist_versions"
    __table_args__ = (UniqueConstraint("template_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    frozen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    template: Mapped[ChecklistTemplate] = relationship(back_populates="versions")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="version", order_by="ChecklistItem.position", lazy="selectin"
    )

    @property
    def label(self) -> str:
        """How people name this version: the template and its number."""
        return f"{self.template.name} v{self.number}"


class ChecklistItem(db.Model):
    """One thing every candidate's vetting must look at."""

    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_versions.id"))
    key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    guidance: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    version: Mapped[ChecklistVersion] = relationship(back_populates="items")


class Cycle(db.Model):
    """A hiring cycle for one position, with one checklist version for all its candidates."""

    __tablename__ = "cycles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    search_window_years: Mapped[int]
    checklist_version_id: Mapped[int] = mapped_column(ForeignKey("checklist_versions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    checklist_version: Mapped[ChecklistVersion] = relationship(lazy="joined")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan"
    )
    candidates: Mapped[list[Candidate]] = relationship(
        back_populates="cycle", order_by="Candidate.id"
    )


class Assignment(db.Model):
    """A user working a cycle in one role."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("cycle_id", "user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cycle: Mapped[Cycle] = relationship(back_populates="assignments")
    user: Mapped[User] = relationship()  # noqa: F821 - resolved by the registry


class Candidate(db.Model):
    """A person applying in a cycle, vetted only after consenting."""

    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id"))
    name: Mapped[str] = mapped_column(String(200))
    consent_on: Mapped[date]
    # [{"kind": ..., "value": ...}] with kinds from IDENTIFIER_KINDS.
    identifiers: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A withdrawn candidate's vetting stops; the record and its trail stay.
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    cycle: Mapped[Cycle] = relationship(back_populates="candidates")
    vetting: Mapped[Vetting] = relationship(back_populates="candidate", uselist=False)


class Vetting(db.Model):
    """The internet part of one candidate's background investigation."""

    __tablename__ = "vettings"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), unique=True)
    checklist_version_id: Mapped[int] = mapped_column(ForeignKey("checklist_versions.id"))
    state: Mapped[str] = mapped_column(String(20), default="assigned")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attested_lawful: Mapped[bool] = mapped_column(default=False)
    # Bumped by every workflow step, which writes only if it still holds what it read
    # (services/concurrency.py): two contradictory steps at once never both succeed.
    revision: Mapped[int] = mapped_column(default=0, server_default="0")
    candidate: Mapped[Candidate] = relationship(back_populates="vetting", lazy="joined")
    checklist_version: Mapped[ChecklistVersion] = relationship()
    outcomes: Mapped[list[ItemOutcome]] = relationship(
        back_populates="vetting", cascade="all, delete-orphan"
    )
    findings: Mapped[list[Finding]] = relationship(  # noqa: F821
        back_populates="vetting", order_by="Finding.id"
    )
    returns: Mapped[list[VettingReturn]] = relationship(
        back_populates="vetting", order_by="VettingReturn.id", cascade="all, delete-orphan"
    )

    @property
    def cycle(self) -> Cycle:
        """The cycle this vetting belongs to."""
        return self.candidate.cycle

    def outcome_for(self, item: ChecklistItem) -> ItemOutcome | None:
        """This vetting's outcome for one checklist item, if recorded."""
        return next((o for o in self.outcomes if o.item_id == item.id), None)

    def missing_items(self) -> list[str]:
        """Keys of the checklist items that still lack an outcome."""
        done = {o.item_id for o in self.outcomes}
        return [i.key for i in self.checklist_version.items if i.id not in done]

    def items_without_findings(self) -> list[str]:
        """Keys of the items marked *finding* under which no finding is logged."""
        logged = {f.item_id for f in self.findings}
        marked = {o.item_id for o in self.outcomes if o.outcome == "finding"}
        return [i.key for i in self.checklist_version.items
                if i.id in marked and i.id not in logged]


class ItemOutcome(db.Model):
    """The outcome of one checklist item in one vetting."""

    __tablename__ = "item_outcomes"
    __table_args__ = (UniqueConstraint("vetting_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking: two searchers saving the same item never silently overwrite each other.
    revision: Mapped[int] = mapped_column(default=1)
    vetting: Mapped[Vetting] = relationship(back_populates="outcomes")
    item: Mapped[ChecklistItem] = relationship()

    __mapper_args__ = {"version_id_col": revision}


class VettingReturn(db.Model):
    """A reviewer sending a submitted vetting back to the searcher, with the reason."""

    __tablename__ = "vetting_returns"

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id", ondelete="CASCADE"),
                                            index=True)
    reason: Mapped[str] = mapped_column(Text)
    returned_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    vetting: Mapped[Vetting] = relationship(back_populates="returns")
    returned_by: Mapped[User] = relationship()  # noqa: F821
