"""Reading the audit trail for the auditor: filtered pages, CSV rows and the chain check.

What leaves here is ids, labels, counts and times: event details are passed through only where
they are numbers or short labels, so nothing written there by mistake (a URL, a sentence, a
name with a space) reaches the auditor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

from sqlalchemy import Select, func, select

from vetting.audit import Verification, iter_events, verify
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.services.errors import Invalid

MAX_PER_PAGE = 200
MAX_ID = 2**31 - 1  # ids are 32-bit integers in PostgreSQL; larger ones match nothing anyway
MAX_PAGE = 1_000_000
DEFAULT_PER_PAGE = 50
# A label: a key, an action, a state, a hash. No spaces, slashes or '@', so no sentence,
# URL, e-mail address or full name passes.
LABEL = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
CSV_COLUMNS = ("id", "at", "actor", "role", "action", "object_type", "object_id", "cycle_id",
               "details")


@dataclass(frozen=True)
class TrailFilter:
    """Which events to show."""

    actor: str = ""
    role: str = ""
    action: str = ""
    object_type: str = ""
    object_id: int | None = None
    cycle_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None

    def as_args(self) -> dict:
        """The filter as query-string arguments, for links to other pages of the list."""
        obj = self.object_type + (f":{self.object_id}" if self.object_id is not None else "")
        args = {"actor": self.actor, "role": self.role, "action": self.action, "object": obj,
                "cycle": self.cycle_id,
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None}
        return {k: v for k, v in args.items() if v not in (None, "")}


@dataclass(frozen=True)
class TrailPage:
    """One page of the filtered trail."""

    events: list[AuditEvent]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        """How many pages the filtered trail has."""
        return max(1, -(-self.total // self.per_page))

    @property
    def next_page(self) -> int | None:
        """The next page number, or None on the last page."""
        return self.page + 1 if self.page < self.pages else None

    @property
    def prev_page(self) -> int | None:
        """The previous page number, or None on the first page."""
        return self.page - 1 if self.page > 1 else None


def _when(value: str, field: str, end_of_day: bool, zone: tzinfo = UTC) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 10:  # a whole day on the clock of ``zone``
            day = date.fromisoformat(value)
            return datetime.combine(day, time.max if end_of_day else time.min,
                                    tzinfo=zone).astimezone(UTC)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise Invalid(f"{field} must be a date (YYYY-MM-DD) or an ISO 8601 time.") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _int(value, field: str, default: int | None = None, low: int = 1,
         high: int = MAX_ID) -> int | None:
    if value in (None, ""):
        return default
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise Invalid(f"{field} must be a whole number.") from exc
    if not low <= number <= high:
        raise Invalid(f"{field} must be between {low} and {high}.")
    return number


def parse_filter(args: Mapping, zone: tzinfo = UTC) -> TrailFilter:
    """A filter from query-string arguments (actor, role, action, object, cycle, since, until).

    A bare date means that whole day in ``zone`` (the department's, on the pages).
    """
    object_type, _, object_id = (args.get("object") or "").strip().partition(":")
    since = _when(args.get("since", ""), "since", end_of_day=False, zone=zone)
    until = _when(args.get("until", ""), "until", end_of_day=True, zone=zone)
    if since and until and since > until:
        raise Invalid("since must come before until.")
    return TrailFilter(
        actor=(args.get("actor") or "").strip()[:80],
        role=(args.get("role") or "").strip()[:20],
        action=(args.get("action") or "").strip()[:60],
        object_type=object_type[:40],
        object_id=_int(object_id, "The object's id", low=0),
        cycle_id=_int(args.get("cycle"), "cycle"),
        since=since, until=until,
    )


def parse_paging(args: Mapping) -> tuple[int, int]:
    """Page number and page size from query-string arguments."""
    return (_int(args.get("page"), "page", 1, high=MAX_PAGE),
            _int(args.get("per_page"), "per_page", DEFAULT_PER_PAGE, high=MAX_PER_PAGE))


def _filtered(f: TrailFilter) -> Select:
    query = select(AuditEvent)
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.role:
        query = query.where(AuditEvent.role == f.role)
    if f.object_type:
        query = query.where(AuditEvent.object_type == f.object_type)
    if f.object_id is not None:
        query = query.where(AuditEvent.object_id == f.object_id)
    if f.action:
        # "finding" matches every finding.* action; "finding.create" only that one.
        query = query.where((AuditEvent.action == f.action)
                            | AuditEvent.action.startswith(f.action + ".", autoescape=True))
    if f.cycle_id is not None:
        query = query.where(AuditEvent.cycle_id == f.cycle_id)
    if f.since:
        query = query.where(AuditEvent.at >= f.since)
    if f.until:
        query = query.where(AuditEvent.at <= f.until)
    return query


def events_page(f: TrailFilter, page: int = 1, per_page: int = DEFAULT_PER_PAGE) -> TrailPage:
    """One page of the events matching ``f``, newest first."""
    query = _filtered(f)
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    rows = db.session.scalars(
        query.order_by(AuditEvent.id.desc()).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return TrailPage(list(rows), page, per_page, total or 0)


def iter_filtered(f: TrailFilter, batch: int = 1000) -> Iterator[AuditEvent]:
    """Every event matching ``f`` in order, read in batches (for the CSV export)."""
    return iter_events(_filtered(f), batch)


def safe_details(details: Mapping | None) -> dict:
    """The parts of an event's details that are numbers or short labels."""
    out = {}
    for key, value in (details or {}).items():
        if not isinstance(key, str) or not LABEL.match(key):
            continue
        cleaned = _safe_value(value)
        if cleaned is not None:
            out[key] = cleaned
    return out


def _safe_value(value):
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value if LABEL.match(value) else None
    if isinstance(value, list):
        kept = [_safe_value(v) for v in value]
        return [v for v in kept if v is not None]
    if isinstance(value, Mapping):
        return safe_details(value)
    return None


def object_label(event: AuditEvent) -> str:
    """How an event names its object: type and id."""
    if not event.object_type:
        return ""
    return f"{event.object_type}:{event.object_id}" if event.object_id is not None \
        else event.object_type


def event_json(event: AuditEvent) -> dict:
    """An event as the API returns it: ids, labels and times only."""
    return {
        "id": event.id,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "role": event.role,
        "action": event.action,
        "object": object_label(event),
        "object_type": event.object_type,
        "object_id": event.object_id,
        "cycle_id": event.cycle_id,
        "details": safe_details(event.details),
    }


def csv_row(event: AuditEvent) -> list:
    """An event as a CSV row, in the order of ``CSV_COLUMNS``."""
    details = safe_details(event.details)
    return [event.id, event.at.isoformat(), event.actor, event.role, event.action,
            event.object_type, event.object_id if event.object_id is not None else "",
            event.cycle_id if event.cycle_id is not None else "",
            " ".join(f"{k}={v}" for k, v in sorted(details.items()))]


@dataclass(frozen=True)
class FilterChoices:
    """What the trail holds, to choose from instead of typing internal names."""

    actors: list[str]
    roles: list[str]
    actions: list[str]
    object_types: list[str]

    @property
    def action_groups(self) -> list[str]:
        """Prefixes shared by several actions ('finding' for finding.create, finding.read...)."""
        prefixes = [a.split(".", 1)[0] for a in self.actions if "." in a]
        return sorted({p for p in prefixes if prefixes.count(p) > 1})


def filter_choices() -> FilterChoices:
    """The distinct actors, roles, actions and object kinds recorded so far."""
    def distinct(column) -> list[str]:
        return [v for v in db.session.scalars(select(column).distinct().order_by(column)) if v]

    return FilterChoices(distinct(AuditEvent.actor), distinct(AuditEvent.role),
                         distinct(AuditEvent.action), distinct(AuditEvent.object_type))


@dataclass(frozen=True)
class NotedHead:
    """How a head hash noted earlier stands against the trail now."""

    noted: str
    event_id: int | None  # the event whose hash it is, or None when no event has it
    intact: bool  # the chain checks out up to and including that event


def check_noted_head(noted: str, chain: Verification) -> NotedHead:
    """Whether a head hash written down earlier is still an event's hash in an intact chain."""
    noted = (noted or "").strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", noted):
        raise Invalid("A head hash is 64 hexadecimal characters, as the verify page shows it.",
                      field="noted")
    event_id = db.session.scalar(select(AuditEvent.id).where(AuditEvent.hash == noted))
    intact = event_id is not None and (chain.ok or chain.first_broken > event_id)
    return NotedHead(noted, event_id, intact)


def check_chain() -> Verification:
    """Recompute the trail's hash chain: OK with the count, or the first broken event."""
    return verify()


def verification_json(result: Verification) -> dict:
    """A verification as the API returns it."""
    return {"ok": result.ok, "events": result.events, "first_broken": result.first_broken,
            "head": result.head, "anchored": result.anchored, "missing": result.missing,
            "agreed_events": result.agreed_events, "agreed_head": result.agreed_head,
            "lost": [lost_json(entry) for entry in result.lost],
            "legacy_events": result.legacy_events}


def lost_json(entry: tuple) -> dict:
    """One event the checkpoint recorded and the trail lacks: its id, action and object."""
    event_id, action, object_type, object_id = entry
    return {"id": event_id, "action": action,
            "object": f"{object_type}:{object_id}" if object_type else ""}


def verification_lines(result: Verification) -> list[str]:
    """The verification in sentences, as the shell command prints it."""
    if result.first_broken is not None:
        return [f"BROKEN: event {result.first_broken} does not match the chain "
                f"({result.events} events checked). Last good hash: {result.head}"]
    if result.missing:
        lines = [
            f"GAP: the checkpoint outside the database recorded {result.missing} event(s) "
            f"after event {result.agreed_events} (hash {result.agreed_head or '-'}) that this "
            f"trail does not hold. The trail itself is intact: {result.events} events, head "
            f"{result.head}. After a restore from a backup these are the events written since "
            "the backup; otherwise events were deleted or the trail was rewritten.",
            "Missing events (id, action, object):"]
        lines += [f"  {e['id']} {e['action']} {e['object']}".rstrip()
                  for e in map(lost_json, result.lost)]
        return lines
    lines = [f"OK: {result.events} events, chain intact. Head hash: {result.head}"]
    lines.append(f"The checkpoint outside the database vouches for {result.anchored} of them."
                 if result.anchored else
                 "No checkpoint outside the database vouches for them yet.")
    if result.legacy_events:
        lines.append(f"The first {result.legacy_events} events were hashed before the chain "
                     "was keyed.")
    return lines
