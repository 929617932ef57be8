"""The redaction review and the versioned release of a vetting's summary (IV.B.6, IV.B.10).

The draft is computed, never stored: the redaction pass over every validated finding, then the
reviewers' decisions (adds and undos, in the order they were made). A release freezes the
draft as a JSON snapshot with its SHA-256; a later change to findings, validations, redactions
or the lexicon shows as a draft that differs from the newest release.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import Finding, Vetting
from vetting.models.base import utcnow
from vetting.models.releases import RedactionDecision, Release
from vetting.services import lexicon
from vetting.services.board_text import neutralise
from vetting.services.concurrency import claim
from vetting.services.errors import Conflict, Invalid, NotFound
from vetting.services.validation import REVIEW_STATES, unvalidated

ADDED_REASON = "added by a reviewer"
# A phrase redacts every place it occurs: a short one ("a") would blank the text and write a
# decision and a trail event per letter, so it must be a real phrase that occurs in few places.
MIN_PHRASE_CHARS = 3
MAX_PHRASE_PLACES = 20
# The most redaction decisions (each with its trail event) one request may write.
MAX_DECISIONS_PER_REQUEST = 100


@dataclass(frozen=True)
class DraftFinding:
    """One validated finding as the board would see it, with the redactions that made it so."""

    finding: Finding
    text: str
    spans: tuple
    rendered: str
    # Words that look protected but were not redacted: the reviewer is asked to check them.
    suspects: tuple = ()

    def as_json(self) -> dict:
        """The reviewer's view of this finding (API draft)."""
        return {
            "id": self.finding.id,
            "text": self.text,
            "rendered": self.rendered,
            "relevance": self.finding.relevance,
            "platform": self.finding.platform,
            "platform_kind": self.finding.platform_kind,
            "board_text": self.board_text,
            "captured_on": self.finding.captured_at.date().isoformat(),
            "redactions": [{"start": s.start, "end": s.end, "category": s.category,
                            "reason": s.reason} for s in self.spans],
            "suspects": [{"start": s.start, "end": s.end, "category": s.category}
                         for s in self.suspects],
        }

    @property
    def board_text(self) -> str:
        """The text exactly as the board will read it: redacted, then links and contacts out."""
        return neutralise(self.rendered)

    def segments(self) -> list[tuple[int, str, object | None, bool]]:
        """The text cut into plain, redacted and suspect pieces with their offsets."""
        marked = [(s, False) for s in self.spans] + [(s, True) for s in self.suspects]
        out, at = [], 0
        for span, suspect in sorted(marked, key=lambda m: m[0].start):
            if span.start < at:
                continue
            if span.start > at:
                out.append((at, self.text[at:span.start], None, False))
            out.append((span.start, self.text[span.start:span.end], span, suspect))
            at = span.end
        if at < len(self.text):
            out.append((at, self.text[at:], None, False))
        return out


def _span(start: int, end: int, category: str, reason: str):
    from redaction import Span

    return Span(start, end, category, reason)


def merge_spans(spans: Iterable) -> tuple:
    """Sorted, non-overlapping spans: overlapping ones become one covering both."""
    merged: list = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            reasons = last.reason if span.reason in last.reason else f"{last.reason}; {span.reason}"
            merged[-1] = _span(last.start, max(last.end, span.end), last.category, reasons)
        else:
            merged.append(span)
    return tuple(merged)


def apply_decisions(spans: Iterable, decisions: Iterable[RedactionDecision]) -> tuple:
    """The redaction pass's spans changed by the reviewers' adds and undos, in order."""
    current = list(spans)
    for decision in decisions:
        if decision.action == "add":
            reason = ADDED_REASON + (f": {decision.reason}" if decision.reason else "")
            current.append(_span(decision.start, decision.end, decision.category, reason))
        else:
            current = [s for s in current if s.end <= decision.start or s.start >= decision.end]
    return merge_spans(current)


def validated_findings(vetting: Vetting) -> list[Finding]:
    """The findings that may reach the board: validated ones only."""
    return [f for f in vetting.findings
            if f.validation is not None and f.validation.outcome == "validated"]


def undo_decisions(vetting: Vetting) -> list[RedactionDecision]:
    """The reviewers' undos of a vetting's redactions, oldest first."""
    return list(db.session.scalars(
        select(RedactionDecision).where(RedactionDecision.vetting_id == vetting.id,
                                        RedactionDecision.action == "undo")
        .order_by(RedactionDecision.id)))


def _decisions_by_finding(vetting: Vetting) -> dict[int, list[RedactionDecision]]:
    grouped: dict[int, list[RedactionDecision]] = defaultdict(list)
    for decision in db.session.scalars(
        select(RedactionDecision).where(RedactionDecision.vetting_id == vetting.id)
        .order_by(RedactionDecision.id)
    ):
        grouped[decision.finding_id].append(decision)
    return grouped


def _redact_all(texts: Sequence[str]) -> list:
    redactor = lexicon.redactor()
    if not texts:
        return []
    many = getattr(redactor, "redact_many", None)
    return list(many(texts)) if many else [redactor.redact(t) for t in texts]


def draft(vetting: Vetting, findings: Sequence[Finding] | None = None) -> list[DraftFinding]:
    """The summary as it would be released now: each validated finding after the redaction pass."""
    from redaction import render

    findings = validated_findings(vetting) if findings is None else list(findings)
    decisions = _decisions_by_finding(vetting)
    results = _redact_all([f.excerpt for f in findings])
    out = []
    for finding, result in zip(findings, results, strict=True):
        spans = apply_decisions(result.spans, decisions.get(finding.id, []))
        suspects = tuple(s for s in getattr(result, "suspects", ())
                         if not any(x.start < s.end and s.start < x.end for x in spans))
        out.append(DraftFinding(finding, finding.excerpt, spans,
                                render(finding.excerpt, spans), suspects))
    return out


def summary_findings(drafted: Iterable[DraftFinding]) -> list[dict]:
    """What the board reads of each finding: never a URL, evidence, note, name or category.

    The platform is only its kind, and links, contacts and accounts in the text are neutral
    placeholders (see ``board_text``).
    """
    return [{
        "relevance": d.finding.relevance,
        "platform_kind": d.finding.platform_kind,
        "captured_on": d.finding.captured_at.date().isoformat(),
        "text": d.board_text,
    } for d in drafted]


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fingerprint(vetting: Vetting, drafted: Sequence[DraftFinding]) -> str:
    """A hash of everything a release depends on: findings, validations, redactions, text."""
    state = {
        "summary": summary_findings(drafted),
        "findings": [[f.id, f.validation.outcome if f.validation else None,
                      f.validation.validated_at.isoformat() if f.validation else None]
                     for f in vetting.findings],
        "decisions": sorted(d.id for ds in _decisions_by_finding(vetting).values() for d in ds),
    }
    return hashlib.sha256(_canonical(state)).hexdigest()


def latest_release(vetting: Vetting) -> Release | None:
    """The newest released version of a vetting's summary."""
    return db.session.scalar(select(Release).where(Release.vetting_id == vetting.id)
                             .order_by(Release.version.desc()).limit(1))


def releases_of(vetting: Vetting) -> list[Release]:
    """Every released version, newest first."""
    return list(db.session.scalars(select(Release).where(Release.vetting_id == vetting.id)
                                   .order_by(Release.version.desc())))


def changed_since_release(vetting: Vetting, drafted: Sequence[DraftFinding]) -> bool:
    """Whether the draft differs from the newest release (True when nothing is released)."""
    latest = latest_release(vetting)
    return latest is None or latest.draft_sha256 != fingerprint(vetting, drafted)


@dataclass(frozen=True)
class DraftView:
    """Everything the reviewer's draft page shows."""

    drafted: list[DraftFinding]
    latest: Release | None
    changed: bool
    unvalidated: list[int]
    categories: tuple[str, ...]


def draft_view(vetting: Vetting) -> DraftView:
    """The draft with the newest release, whether it changed since, and what blocks release."""
    drafted = draft(vetting)
    return DraftView(drafted, latest_release(vetting), changed_since_release(vetting, drafted),
                     unvalidated(vetting), lexicon.categories())


def _require_reviewable(vetting: Vetting) -> None:
    if vetting.state not in REVIEW_STATES:
        raise Conflict(f"This vetting is {vetting.state}; its summary is reviewed only after "
                       "the searcher submits it.")


def _require_in_draft(finding: Finding) -> None:
    _require_reviewable(finding.vetting)
    if finding.validation is None or finding.validation.outcome != "validated":
        raise Conflict("Only validated findings are in the draft summary; validate this finding "
                       "before reviewing its redactions.")


def _offsets(finding: Finding, start, end) -> tuple[int, int]:
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError) as exc:
        raise Invalid("start and end must be whole numbers (character offsets).") from exc
    if not 0 <= start < end <= len(finding.excerpt):
        raise Invalid(f"start and end must satisfy 0 <= start < end <= {len(finding.excerpt)}, "
                      "the length of the finding's text.")
    return start, end


def _occurrences(finding: Finding, phrase: str, all_occurrences: bool) -> list[tuple[int, int]]:
    phrase = (phrase or "").strip()
    if not phrase:
        raise Invalid("Give the exact phrase to redact, or start and end offsets.",
                      field="phrase")
    if len(phrase) < MIN_PHRASE_CHARS:
        raise Invalid(f"A phrase to redact is at least {MIN_PHRASE_CHARS} characters; give the "
                      "start and end offsets to redact something shorter.", field="phrase")
    found = [(m.start(), m.end())
             for m in re.finditer(re.escape(phrase), finding.excerpt, re.IGNORECASE)]
    if not found:
        raise Invalid("That phrase does not occur in the finding's text.", field="phrase")
    if len(found) > MAX_PHRASE_PLACES:
        raise Invalid(f"That phrase occurs in {len(found)} places in the finding's text; a phrase "
                      f"may match at most {MAX_PHRASE_PLACES}. Give a longer phrase or the "
                      "start and end offsets.", field="phrase")
    return found if all_occurrences else found[:1]


def _add(actor: Actor, finding: Finding, ranges: list[tuple[int, int]], category: str,
         reason: str) -> list[RedactionDecision]:
    _require_in_draft(finding)
    if category not in lexicon.categories():
        raise Invalid(f"Name the protected-class category, one of: "
                      f"{', '.join(lexicon.categories())}.")
    reason = (reason or "").strip()
    if len(reason) > 2000:
        raise Invalid("A reason is at most 2,000 characters.")
    made = []
    for start, end in ranges:
        decision = RedactionDecision(
            vetting_id=finding.vetting_id, finding=finding, action="add", start=start, end=end,
            phrase=finding.excerpt[start:end], category=category, reason=reason,
            decided_by_id=actor.user.id)
        db.session.add(decision)
        record(actor, "redaction.add", decision, role="reviewer",
               cycle_id=finding.vetting.cycle.id,
               details={"vetting_id": finding.vetting_id, "finding_id": finding.id,
                        "start": start, "end": end, "category": category})
        made.append(decision)
    return made


def _undo(actor: Actor, finding: Finding, start: int, end: int, reason: str) -> RedactionDecision:
    _require_in_draft(finding)
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("Say why this redaction should be undone: a reason is required.")
    if len(reason) > 2000:
        raise Invalid("A reason is at most 2,000 characters.")
    db.session.flush()
    (current,) = draft(finding.vetting, [finding])
    undone = [s for s in current.spans if s.start < end and s.end > start]
    if not undone:
        raise Invalid("There is no redaction between those offsets to undo.")
    decision = RedactionDecision(
        vetting_id=finding.vetting_id, finding=finding, action="undo", start=start, end=end,
        phrase=finding.excerpt[start:end], category="", reason=reason,
        decided_by_id=actor.user.id)
    db.session.add(decision)
    record(actor, "redaction.undo", decision, role="reviewer", cycle_id=finding.vetting.cycle.id,
           details={"vetting_id": finding.vetting_id, "finding_id": finding.id, "start": start,
                    "end": end, "categories": sorted({s.category for s in undone})})
    return decision


def add_redaction(
    actor: Actor, finding: Finding, category: str, *, start=None, end=None,
    phrase: str | None = None, all_occurrences: bool = True, reason: str = "",
) -> list[RedactionDecision]:
    """Redact more of a finding's text: by offsets, or every (or the first) use of a phrase."""
    if phrase is not None and str(phrase).strip():
        ranges = _occurrences(finding, str(phrase), all_occurrences)
    else:
        ranges = [_offsets(finding, start, end)]
    made = _add(actor, finding, ranges, category, reason)
    db.session.commit()
    return made


def undo_redaction(actor: Actor, finding: Finding, start, end, reason: str) -> RedactionDecision:
    """Take back a redaction of a finding's text, with the reason why (kept in the trail)."""
    start, end = _offsets(finding, start, end)
    decision = _undo(actor, finding, start, end, reason)
    db.session.commit()
    return decision


def _apply_overrides(actor: Actor, vetting: Vetting, overrides) -> int:
    """Record the API's overrides as redaction decisions; see the release docs for the shape."""
    if overrides is None:
        return 0
    if not isinstance(overrides, list):
        raise Invalid("overrides must be a list of objects.")
    if len(overrides) > MAX_DECISIONS_PER_REQUEST:
        raise Invalid(f"At most {MAX_DECISIONS_PER_REQUEST} overrides are accepted in one "
                      "release; send them in several requests.")
    by_id = {f.id: f for f in vetting.findings}
    written = 0
    for n, item in enumerate(overrides, 1):
        if not isinstance(item, Mapping):
            raise Invalid(f"Override {n} must be an object.")
        finding = by_id.get(item.get("finding")) if isinstance(item.get("finding"), int) else None
        if finding is None:
            raise Invalid(f"Override {n}: 'finding' must be the id of a finding of this vetting.")
        action = item.get("action")
        if action == "add":
            if item.get("phrase"):
                ranges = _occurrences(finding, str(item["phrase"]),
                                      item.get("occurrences", "all") != "first")
            else:
                ranges = [_offsets(finding, item.get("start"), item.get("end"))]
            written += len(ranges)
            _refuse_too_many(written)
            _add(actor, finding, ranges, str(item.get("category") or ""),
                 str(item.get("reason") or ""))
        elif action == "undo":
            start, end = _offsets(finding, item.get("start"), item.get("end"))
            written += 1
            _refuse_too_many(written)
            _undo(actor, finding, start, end, str(item.get("reason") or ""))
        else:
            raise Invalid(f"Override {n}: 'action' is 'add' or 'undo'.")
    return len(overrides)


def _refuse_too_many(written: int) -> None:
    """Refuse a request whose overrides would write more decisions than one request may."""
    if written > MAX_DECISIONS_PER_REQUEST:
        raise Invalid(f"These overrides would make more than {MAX_DECISIONS_PER_REQUEST} "
                      "redaction decisions in one release; send them in several requests.")


def checklist_coverage(vetting: Vetting) -> list[dict]:
    """Each checklist item's title and outcome (finding, nothing found, not applicable).

    Only the outcome reaches the board: never a reason, a note or anything the searcher wrote.
    """
    return [{"item": item.title,
             "outcome": (row.outcome if (row := vetting.outcome_for(item)) else None)}
            for item in vetting.checklist_version.items]


def release(actor: Actor, vetting: Vetting, overrides=None) -> tuple[Release, bool]:
    """Freeze the approved draft as a new numbered version for the board.

    Returns the release and whether it is new: releasing an unchanged draft again returns the
    newest version instead of numbering a copy.
    """
    _require_reviewable(vetting)
    missing = unvalidated(vetting)
    if missing:
        raise Conflict("Every finding needs a validation outcome before release; these have "
                       f"none: {', '.join(map(str, missing))}.", unvalidated=missing)
    # Loading the redaction pipeline takes seconds the first time: done before the vetting is
    # claimed, so a request that collides with this one never waits that long for its answer.
    lexicon.redactor()
    claim(vetting)  # a second release at the same moment is refused, never numbered twice
    _apply_overrides(actor, vetting, overrides)
    db.session.flush()
    drafted = draft(vetting)
    digest = fingerprint(vetting, drafted)
    latest = latest_release(vetting)
    if latest is not None and latest.draft_sha256 == digest:
        db.session.commit()
        return latest, False
    candidate, cycle = vetting.candidate, vetting.cycle
    released = Release(vetting_id=vetting.id, version=(latest.version + 1) if latest else 1,
                       released_by_id=actor.user.id, draft_sha256=digest)
    released.released_at = utcnow()
    content = {
        "candidate": candidate.name,
        "cycle": cycle.name,
        "position": cycle.position,
        "version": released.version,
        "released_at": released.released_at.isoformat(),
        "findings": summary_findings(drafted),
        "coverage": checklist_coverage(vetting),
    }
    released.content = content
    released.sha256 = hashlib.sha256(_canonical(content)).hexdigest()
    db.session.add(released)
    vetting.state = "released"
    counts = Counter(s.category for d in drafted for s in d.spans)
    record(actor, "release.create", released, role="reviewer", cycle_id=cycle.id,
           details={"vetting_id": vetting.id, "version": released.version,
                    "findings": len(drafted), "sha256": released.sha256,
                    "redactions": dict(sorted(counts.items()))})
    try:
        db.session.commit()
    except IntegrityError as exc:  # another reviewer took this version number first
        db.session.rollback()
        raise Conflict("Another release of this summary was made at the same moment; reload "
                       "the draft and review it again.") from exc
    return released, True


def get_release(vetting: Vetting, version: int | None = None) -> Release:
    """A released version (the newest by default), or a clear refusal when there is none."""
    if version is None:
        found = latest_release(vetting)
    else:
        found = db.session.scalar(select(Release).where(
            Release.vetting_id == vetting.id, Release.version == version))
    if found is None:
        raise NotFound("No summary has been released for this candidate yet."
                       if version is None else f"There is no released version {version}.")
    return found


def verify_release(released: Release) -> bool:
    """Whether a release's snapshot still matches the SHA-256 taken when it was frozen."""
    return hashlib.sha256(_canonical(released.content)).hexdigest() == released.sha256
