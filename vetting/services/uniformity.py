"""The auditor's uniformity report: was every candidate vetted the same way (IV.B.9).

The report carries ids, counts, labels and times only: never a finding's text, URL, notes,
evidence or a candidate's name, because the auditor audits the process, not the person.
Its query count does not grow with the number of candidates or findings: everything is read
in a fixed number of set-based queries and put together in Python.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from vetting.extensions import db
from vetting.models import (
    AuditEvent,
    Candidate,
    ChecklistVersion,
    Cycle,
    Finding,
    ItemOutcome,
    User,
    Vetting,
)
from vetting.models.base import utcnow
from vetting.models.releases import RedactionDecision
from vetting.services.errors import NotFound

OPEN_STATES = ("assigned", "in_progress")
SUBMITTED_STATES = ("submitted", "validated", "released", "decided")
# A reason shorter than this, or one of these stock phrases, says nothing about why an item
# did not apply; uniform vetting needs the why written down.
MIN_REASON_CHARS = 15
EMPTY_REASONS = frozenset({
    "n/a", "na", "none", "nothing", "not applicable", "does not apply", "-", "--", ".", "no",
    "skip", "skipped", "irrelevant", "not relevant", "x", "tbd", "see above", "same",
})


@dataclass
class CandidateRow:
    """One candidate's line of the report."""

    candidate_id: int
    vetting_id: int
    state: str
    checklist_version: int
    checklist_label: str
    items_total: int
    items_done: int
    outcomes: dict[str, str | None]
    findings: int
    sources: int
    started_at: datetime | None
    submitted_at: datetime | None
    seconds_to_submit: int | None
    searchers: list[str]
    deviations: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """The row as the API returns it."""
        return {
            "candidate_id": self.candidate_id,
            "vetting_id": self.vetting_id,
            "state": self.state,
            "checklist_version": self.checklist_version,
            "checklist_label": self.checklist_label,
            "items_total": self.items_total,
            "items_done": self.items_done,
            "outcomes": self.outcomes,
            "findings": self.findings,
            "sources": self.sources,
            "started_at": _iso(self.started_at),
            "submitted_at": _iso(self.submitted_at),
            "seconds_to_submit": self.seconds_to_submit,
            "searchers": self.searchers,
            "deviations": self.deviations,
        }


@dataclass
class UniformityReport:
    """A cycle's uniformity report: one row per candidate and the cycle's medians."""

    cycle_id: int
    cycle_name: str
    checklist_version: int
    checklist_label: str
    item_keys: list[str]
    search_window_years: int
    window_start: datetime
    rows: list[CandidateRow]
    median_seconds: float | None
    median_sources: float | None
    redactions: dict[str, int]
    generated_at: datetime

    @property
    def deviation_count(self) -> int:
        """How many flags the report raises in all."""
        return sum(len(r.deviations) for r in self.rows)

    def as_json(self) -> dict:
        """The report as the API returns it."""
        return {
            "cycle": {"id": self.cycle_id, "checklist_version": self.checklist_version,
                      "checklist_label": self.checklist_label,
                      "search_window_years": self.search_window_years,
                      "window_start": _iso(self.window_start)},
            "items": self.item_keys,
            "median_seconds_to_submit": self.median_seconds,
            "median_sources": self.median_sources,
            "redactions_by_category": self.redactions,
            "deviations": self.deviation_count,
            "generated_at": _iso(self.generated_at),
            "candidates": [r.as_json() for r in self.rows],
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def source_of(url: str, platform: str) -> str:
    """A finding's source: the URL's host, or the platform when the URL has none."""
    host = (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    return host or (platform or "").strip().lower()


def substantive(reason: str) -> bool:
    """Whether a not-applicable reason actually says why."""
    text = " ".join((reason or "").lower().split()).strip(" .!")
    return len(text) >= MIN_REASON_CHARS and text not in EMPTY_REASONS


def _outside(value: float, median: float | None) -> str | None:
    """'less' or 'more' when ``value`` is outside half to double the median, else None."""
    if median is None or median <= 0:
        return None
    if value < median / 2:
        return "less"
    if value > median * 2:
        return "more"
    return None


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def cycle_report(cycle_id: int, now: datetime | None = None) -> UniformityReport:
    """Build the uniformity report of a cycle, flagging every deviation in plain words."""
    now = now or utcnow()
    cycle = db.session.scalar(
        select(Cycle).where(Cycle.id == cycle_id)
        .options(selectinload(Cycle.checklist_version).selectinload(ChecklistVersion.items),
                 selectinload(Cycle.checklist_version).selectinload(ChecklistVersion.template))
    )
    if cycle is None:
        raise NotFound(f"No cycle with id {cycle_id}.")
    vettings = db.session.scalars(
        select(Vetting).join(Vetting.candidate).where(Candidate.cycle_id == cycle.id)
        .order_by(Candidate.id)
        .options(
            selectinload(Vetting.outcomes).load_only(
                ItemOutcome.item_id, ItemOutcome.outcome, ItemOutcome.reason,
                ItemOutcome.updated_by_id),
            selectinload(Vetting.findings).load_only(
                Finding.item_id, Finding.url, Finding.platform, Finding.captured_at,
                Finding.logged_by_id),
            selectinload(Vetting.checklist_version).selectinload(ChecklistVersion.items),
            selectinload(Vetting.checklist_version).selectinload(ChecklistVersion.template),
        )
    ).unique().all()
    vetting_ids = [v.id for v in vettings]
    first_events = dict(db.session.execute(
        select(AuditEvent.object_id, func.min(AuditEvent.at))
        .where(AuditEvent.object_type == "vetting", AuditEvent.object_id.in_(vetting_ids))
        .group_by(AuditEvent.object_id)
    ).all()) if vetting_ids else {}
    user_ids = {o.updated_by_id for v in vettings for o in v.outcomes if o.updated_by_id} | \
        {f.logged_by_id for v in vettings for f in v.findings}
    usernames = dict(db.session.execute(
        select(User.id, User.username).where(User.id.in_(user_ids))
    ).all()) if user_ids else {}

    version = cycle.checklist_version
    window_start = _years_before(cycle.created_at, cycle.search_window_years)
    rows, depth = [], defaultdict(dict)  # depth[searcher][vetting_id] = findings logged
    for v in vettings:
        rows.append(_row(v, first_events.get(v.id), usernames))
        for f in v.findings:
            name = usernames.get(f.logged_by_id, f"user {f.logged_by_id}")
            depth[name][v.id] = depth[name].get(v.id, 0) + 1
        for o in v.outcomes:
            if o.updated_by_id:
                name = usernames.get(o.updated_by_id, f"user {o.updated_by_id}")
                depth[name].setdefault(v.id, 0)

    submitted = [r for r in rows if r.state in SUBMITTED_STATES]
    times = [r.seconds_to_submit for r in submitted if r.seconds_to_submit is not None]
    median_seconds = statistics.median(times) if len(times) >= 2 else None
    median_sources = statistics.median([r.sources for r in submitted]) \
        if len(submitted) >= 2 else None
    by_vetting = {v.id: v for v in vettings}
    for row in rows:
        _flag(row, by_vetting[row.vetting_id], cycle, window_start, len(submitted),
              median_seconds, median_sources)
    _flag_searcher_depth(rows, depth)
    return UniformityReport(
        cycle_id=cycle.id, cycle_name=cycle.name, checklist_version=version.id,
        checklist_label=version.label, item_keys=[i.key for i in version.items],
        search_window_years=cycle.search_window_years, window_start=window_start, rows=rows,
        median_seconds=median_seconds, median_sources=median_sources,
        redactions=redaction_counts(cycle.id, vetting_ids), generated_at=now,
    )


def _row(v: Vetting, first_event: datetime | None, usernames: dict[int, str]) -> CandidateRow:
    items = v.checklist_version.items
    by_item = {o.item_id: o.outcome for o in v.outcomes}
    started = min((t for t in (v.started_at, first_event) if t is not None), default=None)
    seconds = None
    if v.submitted_at and started:
        seconds = max(0, int((v.submitted_at - started).total_seconds()))
    writers = {o.updated_by_id for o in v.outcomes if o.updated_by_id} | \
        {f.logged_by_id for f in v.findings}
    return CandidateRow(
        candidate_id=v.candidate_id, vetting_id=v.id, state=v.state,
        checklist_version=v.checklist_version_id, checklist_label=v.checklist_version.label,
        items_total=len(items), items_done=sum(1 for i in items if i.id in by_item),
        outcomes={i.key: by_item.get(i.id) for i in items}, findings=len(v.findings),
        sources=len({source_of(f.url, f.platform) for f in v.findings}),
        started_at=started, submitted_at=v.submitted_at, seconds_to_submit=seconds,
        searchers=sorted(usernames.get(u, f"user {u}") for u in writers),
    )


def _flag(row: CandidateRow, v: Vetting, cycle: Cycle, window_start: datetime,
          submitted_count: int, median_seconds: float | None,
          median_sources: float | None) -> None:
    """Write the plain-language deviation flags of one candidate's vetting."""
    flags = row.deviations
    if row.state == "purged":
        return  # its records are gone under the retention schedule; nothing left to compare
    if v.checklist_version_id != cycle.checklist_version_id:
        flags.append(f"Vetted on checklist {row.checklist_label} (version id "
                     f"{row.checklist_version}), not the cycle's checklist "
                     f"{cycle.checklist_version.label} (version id {cycle.checklist_version_id}).")
    titles = {i.key: i.title for i in v.checklist_version.items}
    missing = [titles.get(k, k) for k, outcome in row.outcomes.items() if outcome is None]
    others_submitted = submitted_count - (1 if row.state in SUBMITTED_STATES else 0)
    if row.state in SUBMITTED_STATES and missing:
        flags.append(f"Submitted with {_n(len(missing), 'checklist item')} lacking an outcome: "
                     f"{', '.join(missing)}.")
    if row.state == "assigned" and others_submitted:
        flags.append(f"Never started, while {_n(others_submitted, 'other vetting')} of this "
                     f"cycle {'is' if others_submitted == 1 else 'are'} submitted.")
    elif row.state == "in_progress" and others_submitted and missing:
        flags.append(f"Still open with {len(missing)} of {_n(row.items_total, 'item')} lacking "
                     f"an outcome ({', '.join(missing)}), while "
                     f"{_n(others_submitted, 'other vetting')} of this cycle "
                     f"{'is' if others_submitted == 1 else 'are'} submitted.")
    keys = {i.id: i.key for i in v.checklist_version.items}
    for o in v.outcomes:
        if o.outcome == "not_applicable" and not substantive(o.reason):
            item = titles.get(keys.get(o.item_id), o.item_id)
            flags.append(f"Item “{item}” marked not applicable "
                         "without a substantive reason.")
    consent = v.candidate.consent_on
    early = [f.id for f in v.findings if f.captured_at < window_start]
    if early:
        flags.append(f"{_n(len(early), 'finding')} captured outside the cycle's "
                     f"{cycle.search_window_years}-year search window (before "
                     f"{window_start.date().isoformat()}): ids {_ids(early)}.")
    late = [f.id for f in v.findings if v.submitted_at and f.captured_at > v.submitted_at]
    if late:
        flags.append(f"{_n(len(late), 'finding')} captured after the vetting was submitted: "
                     f"ids {_ids(late)}.")
    before_consent = [f.id for f in v.findings if f.captured_at.date() < consent]
    if before_consent:
        flags.append(f"{_n(len(before_consent), 'finding')} captured before the candidate's "
                     f"consent date: ids {_ids(before_consent)}.")
    untied = [f.id for f in v.findings if f.item_id is None or f.item_id not in keys]
    if untied:
        flags.append(f"{_n(len(untied), 'finding')} not tied to a checklist item of this vetting: "
                     f"ids {_ids(untied)}.")
    if row.seconds_to_submit is not None and row.state in SUBMITTED_STATES:
        side = _outside(row.seconds_to_submit, median_seconds)
        if side:
            took = _duration(row.seconds_to_submit)
            flags.append(f"Time from first action to submission ({took}) is far "
                         f"{'below' if side == 'less' else 'above'} the cycle's median "
                         f"({_duration(median_seconds)}): outside half to double.")
    if row.state in SUBMITTED_STATES:
        side = _outside(row.sources, median_sources)
        if side:
            flags.append(f"Number of sources ({row.sources}) is far "
                         f"{'below' if side == 'less' else 'above'} the cycle's median "
                         f"({median_sources:g}): outside half to double.")


def _flag_searcher_depth(rows: list[CandidateRow], depth: dict[str, dict[int, int]]) -> None:
    """Flag vettings a searcher worked much more or less deeply than their other candidates."""
    by_id = {r.vetting_id: r for r in rows}
    for searcher, per_vetting in sorted(depth.items()):
        if len(per_vetting) < 2:
            continue
        for vid, count in per_vetting.items():
            others = [c for v, c in per_vetting.items() if v != vid]
            median = statistics.median(others)
            if median == 0:
                side = "more" if count >= 2 else None
            else:
                side = _outside(count, median)
            row = by_id.get(vid)
            if side and row is not None and row.state != "purged":
                row.deviations.append(
                    f"Searcher {searcher} logged {_n(count, 'finding')} here, much "
                    f"{'more' if side == 'more' else 'less'} deeply than on their other "
                    f"candidates in this cycle (median {median:g})."
                )


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:10])
    return shown + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")


def _n(count: int, noun: str) -> str:
    """'no findings', '1 finding', '3 findings': a count as a sentence says it."""
    if count == 0:
        return f"no {noun}s"
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _duration(seconds: float | None) -> str:
    """A duration at the precision that tells short ones apart: '40 s', '12 min', '3 h 05 min'."""
    if seconds is None:
        return "unknown"
    whole = int(timedelta(seconds=int(seconds)).total_seconds())
    if whole < 60:
        return f"{whole} s"
    hours, rest = divmod(whole, 3600)
    if not hours:
        return f"{rest // 60} min"
    return f"{hours} h {rest // 60:02d} min"


def redaction_counts(cycle_id: int, vetting_ids: list[int]) -> dict[str, int]:
    """Redactions per category across a cycle's current releases, as counts (no text).

    Read from the trail: each ``release.create`` event counts its redactions by category,
    and the newest release of each vetting is the one the board reads. Where nothing has
    been released yet, the reviewers' own added redactions are counted instead.
    """
    if not vetting_ids:
        return {}
    newest: dict[int, dict] = {}
    for details in db.session.scalars(
        select(AuditEvent.details).where(AuditEvent.cycle_id == cycle_id,
                                         AuditEvent.action == "release.create")
        .order_by(AuditEvent.id)
    ):
        if isinstance(details, dict) and isinstance(details.get("redactions"), dict):
            newest[details.get("vetting_id")] = details["redactions"]
    counts: Counter[str] = Counter()
    for per_category in newest.values():
        for category, n in per_category.items():
            if isinstance(n, int):
                counts[str(category) or "unlabelled"] += n
    if not newest:
        for category, n in db.session.execute(
            select(RedactionDecision.category, func.count()).where(
                RedactionDecision.vetting_id.in_(vetting_ids), RedactionDecision.action == "add")
            .group_by(RedactionDecision.category)
        ).all():
            counts[category or "unlabelled"] += n
    return dict(sorted(counts.items()))


def cycles_overview() -> list[dict]:
    """Every cycle with its checklist and how many vettings stand in each state."""
    states: dict[int, Counter] = defaultdict(Counter)
    for cycle_id, state, n in db.session.execute(
        select(Candidate.cycle_id, Vetting.state, func.count())
        .join(Vetting, Vetting.candidate_id == Candidate.id)
        .group_by(Candidate.cycle_id, Vetting.state)
    ):
        states[cycle_id][state] = n
    cycles = db.session.scalars(
        select(Cycle).order_by(Cycle.id.desc())
        .options(selectinload(Cycle.checklist_version).selectinload(ChecklistVersion.template))
    ).all()
    return [{"id": c.id, "name": c.name, "position": c.position,
             "checklist_label": c.checklist_version.label,
             "candidates": sum(states[c.id].values()), "states": dict(states[c.id])}
            for c in cycles]
