"""The append-only, hash-chained audit trail."""
from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime

from sqlalchemy import JSON, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

GENESIS = "0" * 64


class AuditEvent(db.Model):
    """One thing that happened: who, in which role, did what to which object, when, from where."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60), index=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None]
    cycle_id: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    client_addr: Mapped[str] = mapped_column(String(64), default="")
    # The event's place in the trail (1, 2, ...), so the checkpoint's event count costs no
    # count of the whole table; empty on events written before it was kept.
    position: Mapped[int | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    def compute_hash(self, key: bytes | None = None) -> str:
        """The HMAC-SHA-256 under ``key`` over this event and the previous event's hash.

        Without a key, the plain SHA-256 that events written before the chain was keyed carry.
        """
        body = {
            "prev": self.prev_hash,
            "at": _stamp(self.at),
            "actor_id": self.actor_id,
            "actor": self.actor,
            "role": self.role,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "cycle_id": self.cycle_id,
            "details": self.details,
            "client_addr": self.client_addr,
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        if key is None:
            return hashlib.sha256(canonical.encode()).hexdigest()
        return hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()


def _stamp(at: datetime) -> str:
    """A timestamp spelled the same way whatever the database hands back."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


@event.listens_for(Session, "before_flush")
def _refuse_audit_rewrites(session, flush_context, instances):
    """The trail is append-only: an ORM update or delete of an event is an error."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEvent) and (obj in session.deleted or session.is_modified(obj)):
            raise PermissionError("audit events cannot be changed or deleted")
