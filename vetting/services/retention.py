"""Records retention, legal holds, purges and records exports (IV.A.2.c).

Each kind of record is kept for a number of days after its cycle's decisions. A cycle counts
as decided once every vetting in it is decided (or already purged); its decided date is the
latest board decision, or, where no decision is recorded, the latest submission. A legal hold
on a candidate or a whole cycle stops every purge of what it covers. The trail is never purged:
it records each purge, with ids and counts only.
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import selectinload

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import (
    AuditEvent,
    Candidate,
    Capture,
    Cycle,
    Evidence,
    Finding,
    ItemOutcome,
    Validation,
    Vetting,
)
from vetting.models.base import utcnow
from vetting.models.releases import (
    BoardDecision,
    LexiconEntry,
    RedactionDecision,
    Release,
    SummaryRead,
)
from vetting.models.retention import (
    PURGEABLE_KINDS,
    RECORD_KINDS,
    LegalHold,
    RecordPurge,
    RetentionRule,
)
from vetting.services.errors import Conflict, Invalid, NotFound

# 29 CFR 1602.31 asks a public employer to keep hiring records two years; New Mexico's
# retention schedules can ask for longer. No schedule may go below the federal floor.
MIN_DAYS = 730
MAX_ID = 2**31 - 1
MAX_DAYS = 36_500
DEFAULT_DAYS = {"findings": 1095, "summaries": 1825, "decisions": 1825, "trail": 2555}
KIND_LABELS = {
    "findings": "Raw findings and evidence",
    "summaries": "Released summaries",
    "decisions": "Board decisions",
    "trail": "Audit trail (never purged by the purge command)",
}
DONE_STATES = ("decided", "purged")
PURGED_NAME = "Purged candidate {id}"


# --- schedule ---------------------------------------------------------------------------

def schedule(config: Mapping | None = None) -> dict[str, int]:
    """Days kept after the cycle's decisions, per kind: defaults, app config, admin's rules."""
    days = dict(DEFAULT_DAYS)
    for kind, value in ((config or {}).get("RETENTION_DAYS") or {}).items():
        if kind in days:
            days[kind] = max(MIN_DAYS, int(value))
    for rule in db.session.scalars(select(RetentionRule)):
        if rule.kind in days:
            days[rule.kind] = rule.days
    return days


def set_schedule(actor: Actor, changes: Mapping[str, object]) -> dict[str, int]:
    """Change retention periods; none may be shorter than two years (29 CFR 1602.31)."""
    cleaned = {}
    for kind, value in changes.items():
        if kind not in RECORD_KINDS:
            raise Invalid(f"Unknown record kind {kind!r}; one of {', '.join(RECORD_KINDS)}.")
        try:
            days = int(str(value).strip())
        except ValueError as exc:
            raise Invalid(f"{KIND_LABELS[kind]}: the period is a whole number of days.") from exc
        if not MIN_DAYS <= days <= MAX_DAYS:
            raise Invalid(f"{KIND_LABELS[kind]}: keep records at least {MIN_DAYS} days (two "
                          f"years, 29 CFR 1602.31) and at most {MAX_DAYS}.")
        cleaned[kind] = days
    rules = {r.kind: r for r in db.session.scalars(select(RetentionRule))}
    changed = {}
    for kind, days in cleaned.items():
        rule = rules.get(kind)
        if rule is None:
            db.session.add(RetentionRule(kind=kind, days=days,
                                         updated_by_id=actor.user.id if actor.user else None))
            changed[kind] = days
        elif rule.days != days:
            rule.days, rule.updated_by_id = days, actor.user.id if actor.user else None
            changed[kind] = days
    if changed:
        record(actor, "retention.schedule", None, role="admin", object_type="retention",
               details={"days": changed})
    db.session.commit()
    return schedule()


# --- legal holds ------------------------------------------------------------------------

def active_holds() -> list[LegalHold]:
    """Every hold in force, newest first."""
    return list(db.session.scalars(
        select(LegalHold).where(LegalHold.lifted_at.is_(None))
        .order_by(LegalHold.placed_at.desc(), LegalHold.id.desc())
    ))


def holds(include_lifted: bool = True) -> list[LegalHold]:
    """Holds, newest first, optionally with the lifted ones."""
    query = select(LegalHold).order_by(LegalHold.placed_at.desc(), LegalHold.id.desc())
    if not include_lifted:
        query = query.where(LegalHold.lifted_at.is_(None))
    return list(db.session.scalars(query))


def get_hold(hold_id: int) -> LegalHold:
    """The hold with this id, or NotFound."""
    hold = db.session.get(LegalHold, hold_id) if 0 < hold_id <= MAX_ID else None
    if hold is None:
        raise NotFound(f"No legal hold with id {hold_id}.")
    return hold


def _reason(text: str, what: str) -> str:
    text = (text or "").strip()
    if len(text) < 10:
        raise Invalid(f"Give the reason for {what} (at least 10 characters), e.g. the request "
                      "or matter it serves.")
    if len(text) > 2000:
        raise Invalid("A reason is at most 2,000 characters.")
    return text


def place_hold(actor: Actor, *, reason: str, candidate_id: int | None = None,
               cycle_id: int | None = None) -> LegalHold:
    """Put one candidate's records, or a whole cycle's, on legal hold."""
    if (candidate_id is None) == (cycle_id is None):
        raise Invalid("A legal hold covers either one candidate or one whole cycle: give one.")
    reason = _reason(reason, "the hold")
    if any(n is not None and not 0 < n <= MAX_ID for n in (candidate_id, cycle_id)):
        raise NotFound(f"No {'candidate' if candidate_id is not None else 'cycle'} with that id.")
    if candidate_id is not None:
        candidate = db.session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(f"No candidate with id {candidate_id}.")
        scope_cycle = candidate.cycle_id
    else:
        if db.session.get(Cycle, cycle_id) is None:
            raise NotFound(f"No cycle with id {cycle_id}.")
        scope_cycle = cycle_id
    _lock_cycle(scope_cycle)
    existing = db.session.scalar(select(LegalHold.id).where(
        LegalHold.lifted_at.is_(None),
        LegalHold.candidate_id.is_(None) if candidate_id is None
        else LegalHold.candidate_id == candidate_id,
        LegalHold.cycle_id.is_(None) if cycle_id is None else LegalHold.cycle_id == cycle_id,
    ))
    if existing:
        raise Conflict(f"Legal hold {existing} already covers this; lift it or keep it.",
                       hold_id=existing)
    hold = LegalHold(candidate_id=candidate_id, cycle_id=cycle_id, reason=reason,
                     placed_by_id=actor.user.id if actor.user else None)
    db.session.add(hold)
    # The reason stays on the hold: it may name a matter or a person, so the trail does not.
    record(actor, "legal_hold.place", hold, role="admin", cycle_id=scope_cycle,
           details={"scope": hold.scope, "candidate_id": candidate_id, "cycle_id": cycle_id})
    db.session.commit()
    return hold


def lift_hold(actor: Actor, hold: LegalHold, reason: str) -> LegalHold:
    """Lift a legal hold, so the schedule applies again to what it covered."""
    if not hold.active:
        raise Conflict(f"Legal hold {hold.id} was already lifted.")
    hold.lift_reason = _reason(reason, "lifting the hold")
    hold.lifted_at = utcnow()
    hold.lifted_by_id = actor.user.id if actor.user else None
    scope_cycle = hold.cycle_id if hold.cycle_id is not None else hold.candidate.cycle_id
    record(actor, "legal_hold.lift", hold, role="admin", cycle_id=scope_cycle,
           details={"scope": hold.scope, "candidate_id": hold.candidate_id,
                    "cycle_id": hold.cycle_id})
    db.session.commit()
    return hold


def _lock_cycle(cycle_id: int) -> None:
    """Serialise holds and purges of one cycle (PostgreSQL row lock; SQLite locks the file).

    A purge checks for holds and deletes in one transaction while holding this lock, so a
    hold placed at the same moment either comes first and stops it, or waits for it.
    """
    db.session.execute(select(Cycle.id).where(Cycle.id == cycle_id).with_for_update())


def held_candidate_ids(candidates: Iterable[Candidate] | None = None) -> set[int]:
    """Ids of candidates covered by a hold in force, directly or through their cycle."""
    active = db.session.execute(
        select(LegalHold.candidate_id, LegalHold.cycle_id).where(LegalHold.lifted_at.is_(None))
    ).all()
    held_candidates = {c for c, _ in active if c is not None}
    held_cycles = {y for _, y in active if y is not None}
    if held_cycles:
        held_candidates |= set(db.session.scalars(
            select(Candidate.id).where(Candidate.cycle_id.in_(held_cycles))))
    return held_candidates


# --- what is due ------------------------------------------------------------------------

@dataclass(frozen=True)
class DueItem:
    """One kind of one candidate's records that the schedule says to purge (or would)."""

    cycle_id: int
    candidate_id: int
    vetting_id: int | None
    kind: str
    decided_at: datetime
    due_at: datetime
    counts: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class PurgePlan:
    """What a purge would do now: the due items, and those a hold or a dependency keeps."""

    now: datetime
    days: dict[str, int]
    due: list[DueItem]
    held: list[DueItem]
    waiting: list[tuple[DueItem, str]]


def cycle_decided_at(cycle_ids: Iterable[int] | None = None) -> dict[int, datetime]:
    """Decided date per decided cycle: the latest decision, else the latest submission."""
    states = defaultdict(list)
    query = select(Candidate.cycle_id, Vetting.state).join(Vetting.candidate)
    if cycle_ids is not None:
        query = query.where(Candidate.cycle_id.in_(list(cycle_ids)))
    for cycle_id, state in db.session.execute(query):
        states[cycle_id].append(state)
    decided = [c for c, s in states.items() if s and all(x in DONE_STATES for x in s)]
    if not decided:
        return {}
    out: dict[int, datetime] = {}
    out.update(db.session.execute(
        select(Candidate.cycle_id, func.max(BoardDecision.decided_at))
        .join(Vetting, Vetting.id == BoardDecision.vetting_id).join(Vetting.candidate)
        .where(Candidate.cycle_id.in_(decided)).group_by(Candidate.cycle_id)
    ).all())
    rest = [c for c in decided if out.get(c) is None]
    if rest:
        out.update(db.session.execute(
            select(Candidate.cycle_id, func.max(Vetting.submitted_at))
            .join(Vetting.candidate).where(Candidate.cycle_id.in_(rest))
            .group_by(Candidate.cycle_id)
        ).all())
    return {c: t for c, t in out.items() if t is not None}


def parse_day(value: str) -> datetime | None:
    """The end of a day given as YYYY-MM-DD (to preview a purge), or None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise Invalid("Give the day as YYYY-MM-DD.") from exc
    return datetime.combine(day, time.max, tzinfo=UTC)


def plan(now: datetime | None = None, config: Mapping | None = None) -> PurgePlan:
    """What is due for purging at ``now`` under the schedule, minus what holds keep."""
    now = now or utcnow()
    days = schedule(config)
    decided = cycle_decided_at()
    held = held_candidate_ids()
    rows = db.session.execute(
        select(Candidate.id, Candidate.cycle_id, Vetting.id)
        .outerjoin(Vetting, Vetting.candidate_id == Candidate.id)
        .where(Candidate.cycle_id.in_(list(decided))).order_by(Candidate.id)
    ).all() if decided else []
    done = set(db.session.execute(select(RecordPurge.candidate_id, RecordPurge.kind)).all())
    counts = _counts([vid for _, _, vid in rows if vid is not None])
    result = PurgePlan(now, days, [], [], [])
    for candidate_id, cycle_id, vetting_id in rows:
        decisions_go = (candidate_id, "decisions") in done or \
            not counts.get((vetting_id, "decisions"), {}).get("decisions")
        # Decisions before summaries: a board decision names the release it was made on.
        for kind in ("findings", "decisions", "summaries"):
            if (candidate_id, kind) in done:
                continue
            due_at = decided[cycle_id] + timedelta(days=days[kind])
            if now < due_at:
                continue
            item = DueItem(cycle_id, candidate_id, vetting_id, kind, decided[cycle_id], due_at,
                           counts.get((vetting_id, kind), {}))
            if candidate_id in held:
                result.held.append(item)
            elif kind == "summaries" and not decisions_go:
                result.waiting.append((item, "kept while the board decision made on it is kept"))
            else:
                result.due.append(item)
                decisions_go = decisions_go or kind == "decisions"
    return result


def _counts(vetting_ids: list[int]) -> dict[tuple[int, str], dict[str, int]]:
    """Row counts per vetting and kind, in a fixed number of queries."""
    out: dict[tuple[int, str], dict[str, int]] = defaultdict(dict)
    if not vetting_ids:
        return out

    def grouped(column, model_filter, label, kind, join=None):
        query = select(column, func.count()).where(model_filter).group_by(column)
        if join is not None:
            query = query.select_from(join)
        for vid, n in db.session.execute(query):
            out[(vid, kind)][label] = n

    grouped(Finding.vetting_id, Finding.vetting_id.in_(vetting_ids), "findings", "findings")
    grouped(Finding.vetting_id, Finding.vetting_id.in_(vetting_ids), "evidence_files",
            "findings", join=Evidence.__table__.join(Finding.__table__))
    grouped(ItemOutcome.vetting_id, ItemOutcome.vetting_id.in_(vetting_ids), "item_outcomes",
            "findings")
    grouped(Release.vetting_id, Release.vetting_id.in_(vetting_ids), "summaries", "summaries")
    grouped(BoardDecision.vetting_id, BoardDecision.vetting_id.in_(vetting_ids), "decisions",
            "decisions")
    return out


# --- purging ----------------------------------------------------------------------------

@dataclass
class PurgeResult:
    """What a purge run deleted (ids and counts), and what it left and why."""

    purged: list[DueItem] = field(default_factory=list)
    held: list[DueItem] = field(default_factory=list)
    waiting: list[tuple[DueItem, str]] = field(default_factory=list)
    files_deleted: int = 0
    files_missing: int = 0


def purge(actor: Actor, evidence_dir: str, now: datetime | None = None,
          config: Mapping | None = None,
          progress: Callable[[list[DueItem]], Iterable[DueItem]] | None = None) -> PurgeResult:
    """Delete every record the schedule says is due at ``now``, except what a hold covers.

    Each item is its own transaction: a hold checked again inside it, the rows deleted, an
    event written with ids and counts only. Evidence files leave the disk only after the
    transaction commits, so a failure never leaves rows pointing at deleted files.
    """
    current = plan(now, config)
    result = PurgeResult(held=list(current.held), waiting=list(current.waiting))
    for item in (progress or list)(current.due):
        _lock_cycle(item.cycle_id)
        if item.candidate_id in held_candidate_ids():
            db.session.rollback()  # release the lock
            result.held.append(item)  # a hold placed since the plan was made
            continue
        if db.session.scalar(select(RecordPurge.id).where(
                RecordPurge.candidate_id == item.candidate_id, RecordPurge.kind == item.kind)):
            db.session.rollback()
            continue  # another purge running at the same time got there first
        counts, files = _purge_item(item)
        db.session.add(RecordPurge(candidate_id=item.candidate_id, kind=item.kind,
                                   counts=counts))
        candidate = db.session.get(Candidate, item.candidate_id)
        purged_kinds = set(db.session.scalars(select(RecordPurge.kind).where(
            RecordPurge.candidate_id == item.candidate_id))) | {item.kind}
        if purged_kinds >= set(PURGEABLE_KINDS):
            candidate.name = PURGED_NAME.format(id=candidate.id)
        record(actor, "records.purge", candidate, role="admin", cycle_id=item.cycle_id,
               details={"kind": item.kind, "candidate_id": item.candidate_id,
                        "vetting_id": item.vetting_id, "counts": counts,
                        "due_at": item.due_at.date().isoformat()})
        db.session.commit()
        folder = Path(evidence_dir).resolve()
        for name in files:
            path = (folder / name).resolve()
            if path.parent != folder:
                continue  # a stored name that would leave the evidence folder is never followed
            try:
                os.remove(path)
                result.files_deleted += 1
            except FileNotFoundError:
                result.files_missing += 1
        result.purged.append(item)
    if result.purged:
        record(actor, "records.purge_run", None, role="admin", object_type="retention",
               details={"purged": len(result.purged), "held": len(result.held),
                        "waiting": len(result.waiting),
                        "evidence_files_deleted": result.files_deleted})
        db.session.commit()
    return result


def _purge_item(item: DueItem) -> tuple[dict[str, int], list[str]]:
    """Delete one kind of one candidate's records; return the counts and files to remove."""
    vid = item.vetting_id
    if vid is None:
        return {}, []
    if item.kind == "findings":
        return _purge_findings(db.session.get(Vetting, vid))
    if item.kind == "summaries":
        reads = db.session.execute(delete(SummaryRead).where(SummaryRead.vetting_id == vid))
        # A Core delete on purpose: releases refuse ORM deletion, being immutable to everyone
        # but the retention schedule.
        releases = db.session.execute(delete(Release).where(Release.vetting_id == vid))
        return {"summaries": releases.rowcount, "summary_reads": reads.rowcount}, []
    return {"decisions": db.session.execute(
        delete(BoardDecision).where(BoardDecision.vetting_id == vid)).rowcount}, []


def _purge_findings(vetting: Vetting) -> tuple[dict[str, int], list[str]]:
    findings = db.session.scalars(
        select(Finding).where(Finding.vetting_id == vetting.id)
        .options(selectinload(Finding.evidence), selectinload(Finding.validation))
    ).all()
    files = [e.stored_name for f in findings for e in f.evidence]
    finding_ids = [f.id for f in findings]
    counts = {"findings": len(findings), "evidence_files": len(files),
              "validations": sum(1 for f in findings if f.validation is not None)}
    # The agency's lexicon outlives any one candidate: keep the entry, drop its link to the
    # redaction decision (which holds the candidate's words) before that goes.
    decisions = select(RedactionDecision.id).where(RedactionDecision.vetting_id == vetting.id)
    db.session.execute(update(LexiconEntry).where(LexiconEntry.source_decision_id.in_(decisions))
                       .values(source_decision_id=None))
    counts["redaction_decisions"] = db.session.execute(
        delete(RedactionDecision).where(RedactionDecision.vetting_id == vetting.id)).rowcount
    if finding_ids:
        db.session.execute(delete(Validation).where(Validation.finding_id.in_(finding_ids)))
        db.session.execute(delete(Evidence).where(Evidence.finding_id.in_(finding_ids)))
        db.session.execute(delete(Capture).where(Capture.finding_id.in_(finding_ids)))
        db.session.execute(delete(Finding).where(Finding.id.in_(finding_ids)))
    counts["item_outcomes"] = db.session.execute(
        delete(ItemOutcome).where(ItemOutcome.vetting_id == vetting.id)).rowcount
    db.session.expire(vetting)
    vetting.state = "purged"
    return counts, files


# --- records export ---------------------------------------------------------------------

def _trail_for(candidate: Candidate, vetting: Vetting | None,
               finding_ids: list[int], evidence_ids: list[int]) -> list[AuditEvent]:
    """The trail events about this candidate, their vetting, findings and evidence."""
    conditions = [(AuditEvent.object_type == "candidate") & (AuditEvent.object_id == candidate.id)]
    if vetting is not None:
        conditions.append((AuditEvent.object_type == "vetting")
                          & (AuditEvent.object_id == vetting.id))
    if finding_ids:
        conditions.append((AuditEvent.object_type == "finding")
                          & AuditEvent.object_id.in_(finding_ids))
    if evidence_ids:
        conditions.append((AuditEvent.object_type == "evidence")
                          & AuditEvent.object_id.in_(evidence_ids))
    hold_ids = list(db.session.scalars(select(LegalHold.id).where(
        LegalHold.candidate_id == candidate.id)))
    if hold_ids:
        conditions.append((AuditEvent.object_type == "legalhold")
                          & AuditEvent.object_id.in_(hold_ids))
    for model, object_type in ((Release, "release"), (BoardDecision, "boarddecision")):
        if vetting is not None:
            ids = list(db.session.scalars(select(model.id).where(model.vetting_id == vetting.id)))
            if ids:
                conditions.append((AuditEvent.object_type == object_type)
                                  & AuditEvent.object_id.in_(ids))
    return list(db.session.scalars(
        select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.id)))


def _stamp(value) -> str | None:
    return value.isoformat() if value is not None else None


def _columns(obj) -> dict:
    """A model row's columns as JSON-ready values."""
    out = {}
    for column in obj.__table__.columns:
        value = getattr(obj, column.key)
        out[column.key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def export_candidate(actor: Actor, candidate_id: int, evidence_dir: str) -> tuple[str, bytes]:
    """A zip of one candidate's file for a public-records or e-discovery request.

    Holds the candidate's records as JSON, the evidence files, and the trail events that
    concern them; the export itself is recorded in the trail (ids and counts only).
    """
    candidate = db.session.get(Candidate, candidate_id) if 0 < candidate_id <= MAX_ID else None
    if candidate is None:
        raise NotFound(f"No candidate with id {candidate_id}.")
    vetting = candidate.vetting
    findings = list(vetting.findings) if vetting else []
    evidence = [e for f in findings for e in f.evidence]
    trail = _trail_for(candidate, vetting, [f.id for f in findings], [e.id for e in evidence])
    record_json = {
        "candidate": _columns(candidate),
        "cycle": {"id": candidate.cycle.id, "name": candidate.cycle.name,
                  "position": candidate.cycle.position,
                  "search_window_years": candidate.cycle.search_window_years},
        "vetting": _columns(vetting) if vetting else None,
        "checklist": [{"key": i.key, "title": i.title} for i in
                      vetting.checklist_version.items] if vetting else [],
        "item_outcomes": [dict(_columns(o), item=o.item.key) for o in vetting.outcomes]
        if vetting else [],
        "findings": [dict(_columns(f),
                          validation=_columns(f.validation) if f.validation else None,
                          evidence=[_columns(e) for e in f.evidence]) for f in findings],
        "legal_holds": [_columns(h) for h in db.session.scalars(
            select(LegalHold).where(or_(LegalHold.candidate_id == candidate.id,
                                        LegalHold.cycle_id == candidate.cycle_id)))],
        "purges": [_columns(p) for p in db.session.scalars(
            select(RecordPurge).where(RecordPurge.candidate_id == candidate.id))],
    }
    for model, key in ((Release, "summaries"), (BoardDecision, "decisions")):
        if vetting is not None:
            record_json[key] = [_columns(r) for r in db.session.scalars(
                select(model).where(model.vetting_id == vetting.id).order_by(model.id))]
    buffer = io.BytesIO()
    missing = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for e in evidence:
            path = Path(evidence_dir) / e.stored_name
            if path.is_file():
                archive.write(path, f"evidence/{e.id}-{e.stored_name}")
            else:
                missing.append(e.id)
        record_json["evidence_missing_on_disk"] = missing
        archive.writestr("record.json", json.dumps(record_json, indent=2, ensure_ascii=False,
                                                   default=str))
        archive.writestr("trail.json", json.dumps(
            [dict(_columns(ev)) for ev in trail], indent=2, ensure_ascii=False, default=str))
        archive.writestr("README.txt", (
            f"Records export of candidate {candidate.id} (vetting "
            f"{vetting.id if vetting else '-'}), made {utcnow().isoformat()} by {actor.label}.\n"
            "record.json: the candidate's records; evidence/: the captured files (SHA-256 in "
            "record.json); trail.json: the audit events about them, with their chain hashes.\n"
        ))
    record(actor, "records.export", candidate, role="admin", cycle_id=candidate.cycle_id,
           details={"vetting_id": vetting.id if vetting else None, "findings": len(findings),
                    "evidence_files": len(evidence) - len(missing),
                    "trail_events": len(trail)})
    db.session.commit()
    return f"candidate-{candidate.id}-records.zip", buffer.getvalue()


def candidates_overview() -> list[dict]:
    """Every candidate with their cycle, state and hold, for the admin's records page."""
    held = held_candidate_ids()
    rows = db.session.execute(
        select(Candidate.id, Candidate.name, Candidate.cycle_id, Cycle.name, Vetting.id,
               Vetting.state)
        .join(Cycle, Cycle.id == Candidate.cycle_id)
        .outerjoin(Vetting, Vetting.candidate_id == Candidate.id)
        .order_by(Candidate.cycle_id.desc(), Candidate.id)
    ).all()
    return [{"id": r[0], "name": r[1], "cycle_id": r[2], "cycle_name": r[3], "vetting_id": r[4],
             "state": r[5], "held": r[0] in held} for r in rows]
