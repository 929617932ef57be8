"""The one way to write the audit trail, and the check that it is intact."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Select, select, text

from vetting.extensions import db
from vetting.models.audit import GENESIS, AuditEvent
from vetting.models.base import utcnow
from vetting.models.people import User
from vetting.services.concurrency import begin_immediate


@dataclass(frozen=True)
class Actor:
    """Who is acting and from where; built by the web layer or the CLI, passed to services."""

    user: User | None
    address: str = ""
    name: str = field(default="")

    @property
    def label(self) -> str:
        """The name written into the trail."""
        return self.user.username if self.user else (self.name or "system")


def record(
    actor: Actor,
    action: str,
    obj: object | None = None,
    *,
    role: str,
    cycle_id: int | None = None,
    details: dict | None = None,
    object_type: str | None = None,
    object_id: int | None = None,
) -> AuditEvent:
    """Append an event to the trail in the caller's transaction, chained to the one before."""
    if obj is not None:
        db.session.flush()  # the object needs its id before the event names it
        object_type = object_type or type(obj).__name__.lower()
        object_id = object_id if object_id is not None else getattr(obj, "id", None)
    _lock_chain()
    head = db.session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        actor_id=actor.user.id if actor.user else None,
        actor=actor.label,
        role=role,
        action=action,
        object_type=object_type or "",
        object_id=object_id,
        cycle_id=cycle_id,
        details=details or {},
        client_addr=actor.address or "",
        prev_hash=head or GENESIS,
    )
    event.at = utcnow()  # set now: the hash covers it
    event.hash = event.compute_hash()
    db.session.add(event)
    db.session.flush()
    return event


def _lock_chain() -> None:
    """Serialise writers of the chain so two transactions never fork it."""
    dialect = db.session.get_bind().dialect.name
    if dialect == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(734001)"))
    elif dialect == "sqlite":
        # Taking the write lock before reading the head makes a second writer wait until the
        # first has committed, instead of both appending to the same head.
        begin_immediate()


@dataclass(frozen=True)
class Verification:
    """The outcome of recomputing the chain."""

    ok: bool
    events: int
    first_broken: int | None
    head: str


def iter_events(query: Select | None = None, batch: int = 1000) -> Iterator[AuditEvent]:
    """Every event of ``query`` (all by default) in order, in batches so a long trail fits."""
    query = select(AuditEvent) if query is None else query
    last = 0
    while True:
        rows = db.session.scalars(
            query.where(AuditEvent.id > last).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def verify() -> Verification:
    """Recompute every hash and link; name the first event that does not match."""
    prev, count = GENESIS, 0
    for event in iter_events():
        count += 1
        if event.prev_hash != prev or event.compute_hash() != event.hash:
            return Verification(False, count, event.id, prev)
        prev = event.hash
    return Verification(True, count, None, prev)
