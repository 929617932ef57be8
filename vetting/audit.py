"""The one way to write the audit trail, and the check that it is intact."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy import Select, func, select, text

from vetting import checkpoint, config
from vetting.extensions import db
from vetting.models.audit import GENESIS, AuditEvent
from vetting.models.base import utcnow
from vetting.models.people import User
from vetting.services.concurrency import begin_immediate
from vetting.services.errors import Conflict

# The lost events an accepted restore lists in its trail event (all are counted).
MAX_LOST_LISTED = 1000


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
    key = chain_key()
    head = db.session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
    held = _events_up_to(head)
    if head is not None and head.hash != head.compute_hash(key) \
            and head.hash == head.compute_hash():
        # The first event after an upgrade: the legacy chain stays as it is, verifiable as
        # before, and from this event on every hash is keyed.
        head = _append(Actor(None, name="system"), "audit.chain_keyed", head, key, held + 1,
                       role="system", details={"legacy_events": held})
        held += 1
    return _append(actor, action, head, key, held + 1, role=role, object_type=object_type or "",
                   object_id=object_id, cycle_id=cycle_id, details=details or {})


def _events_up_to(head: AuditEvent | None) -> int:
    """How many events the trail holds, up to and including ``head``."""
    if head is None:
        return 0
    if head.position is not None:
        return head.position
    # A trail from before events knew their place is counted once; its next event knows.
    return db.session.scalar(select(func.count(AuditEvent.id)))


def _append(actor: Actor, action: str, head: AuditEvent | None, key: bytes, position: int,
            **fields) -> AuditEvent:
    event = AuditEvent(
        actor_id=actor.user.id if actor.user else None,
        actor=actor.label,
        action=action,
        client_addr=actor.address or "",
        prev_hash=head.hash if head is not None else GENESIS,
        position=position,
        **fields,
    )
    event.object_type = event.object_type or ""
    event.at = utcnow()  # set now: the hash covers it
    event.hash = event.compute_hash(key)
    db.session.add(event)
    db.session.flush()
    checkpoint.note(db.session(), current_app.config["AUDIT_CHECKPOINT_FILE"], event)
    return event


def chain_key() -> bytes:
    """The trail's HMAC key: ``AUDIT_KEY``, or ``audit_key`` in the instance folder (made once).

    Kept outside the database, so someone who can only change the database cannot recompute
    the hashes after editing or deleting an event.
    """
    key = current_app.config.get("AUDIT_KEY")
    if not key:
        key = config.instance_secret(Path(current_app.instance_path) / "audit_key")
        current_app.config["AUDIT_KEY"] = key
    return key.encode()


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
    """The outcome of recomputing the chain and comparing it with the checkpoint."""

    ok: bool
    events: int
    first_broken: int | None
    head: str
    # Events the checkpoint vouches for: a trail cut short or rewritten would not match it.
    anchored: int = 0
    # Events the checkpoint recorded that this trail does not hold (after a restore, those
    # written since the backup), with the newest event both agree on.
    missing: int = 0
    agreed_events: int | None = None
    agreed_head: str | None = None
    lost: tuple[tuple, ...] = ()
    # Events hashed before the chain was keyed (installations older than the key).
    legacy_events: int = 0


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
    """Recompute every hash and link, then compare the trail with its checkpoint.

    Names the first event that does not match, or the events the checkpoint outside the
    database recorded and the trail no longer holds.
    """
    key = chain_key()
    anchors = checkpoint.read(current_app.config["AUDIT_CHECKPOINT_FILE"])
    wanted = {anchor.events for anchor in anchors}
    hash_at: dict[int, str] = {}
    prev, count, keyed, legacy = GENESIS, 0, False, 0
    for event in iter_events():
        count += 1
        if event.prev_hash != prev:
            return Verification(False, count, event.id, prev, legacy_events=legacy)
        if event.compute_hash(key) == event.hash:
            keyed = True
        elif not keyed and event.compute_hash() == event.hash:
            legacy += 1  # once one event is keyed, every later one must be
        else:
            return Verification(False, count, event.id, prev, legacy_events=legacy)
        prev = event.hash
        if count in wanted:
            hash_at[count] = event.hash
    unmatched = [a for a in anchors if hash_at.get(a.events) != a.head]
    if not unmatched:
        anchored = max(wanted, default=0)
        return Verification(True, count, None, prev, anchored=anchored, legacy_events=legacy)
    first_gap = min(a.events for a in unmatched)
    agreed = max((a for a in anchors if a not in unmatched and a.events < first_gap),
                 key=lambda a: a.events, default=None)
    agreed_events = agreed.events if agreed else 0
    lost = {entry[0]: entry for a in unmatched for entry in a.added}
    return Verification(
        False, count, None, prev, anchored=agreed_events,
        missing=max(a.events for a in unmatched) - agreed_events,
        agreed_events=agreed_events, agreed_head=agreed.head if agreed else None,
        lost=tuple(lost[i] for i in sorted(lost)), legacy_events=legacy)


def accept_restore(actor: Actor) -> Verification:
    """Record in the trail that the database was restored and which events it lost since.

    The checkpoint then starts again from this event, so later checks compare with the
    restored trail; the gap stays written in the trail and in the checkpoint file.
    """
    result = verify()
    if result.first_broken is not None:
        raise Conflict(f"The chain is broken at event {result.first_broken}: that is tampering "
                       "or damage, not a restore, and is not accepted.")
    if not result.missing:
        raise Conflict("The trail holds every event the checkpoint recorded: there is no gap "
                       "to accept.")
    record(actor, "audit.restore_accepted", role="admin", details={
        "missing_events": result.missing, "agreed_events": result.agreed_events,
        "agreed_head": result.agreed_head,
        "lost": [list(entry) for entry in result.lost[:MAX_LOST_LISTED]]})
    checkpoint.mark_restored(db.session(), result.agreed_events, result.agreed_head)
    db.session.commit()
    return result
