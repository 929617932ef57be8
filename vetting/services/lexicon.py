"""The agency lexicon and the redactor built from it, cached once per process.

Building a redactor loads a spaCy pipeline (a second or two), so each process keeps one in
``app.extensions["redactor"]`` together with the lexicon revision it was built from, and
builds a new one only when the lexicon has changed since.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flask import Flask, current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models.releases import LEXICON_ACTIONS, LexiconEntry, RedactionDecision
from vetting.services.errors import Conflict, Invalid, NotFound

_build_lock = threading.Lock()


def categories() -> tuple[str, ...]:
    """The protected-class categories the redaction pass knows."""
    from redaction import CATEGORIES

    return tuple(CATEGORIES)


def revision() -> int:
    """The lexicon's current revision: it grows with every change."""
    return db.session.scalar(select(func.max(LexiconEntry.revision))) or 0


def entries(include_inactive: bool = False) -> list[LexiconEntry]:
    """The lexicon entries, newest first."""
    query = select(LexiconEntry).order_by(LexiconEntry.id.desc())
    if not include_inactive:
        query = query.where(LexiconEntry.active.is_(True))
    return list(db.session.scalars(query))


def as_agency_lexicon(rows: Iterable[LexiconEntry]) -> list[dict]:
    """The entries in the shape ``redaction.Redactor(agency_lexicon=...)`` takes."""
    out = []
    for row in rows:
        if row.action == "redact":
            out.append({"text": row.text, "category": row.category, "action": "redact"})
        else:
            out.append({"text": row.text, "action": "keep"})
    return out


def _default_factory(agency_lexicon: list[dict]):
    from redaction import Redactor

    return Redactor(agency_lexicon=agency_lexicon)


def redactor(app: Flask | None = None):
    """The process's redactor for the current lexicon, rebuilt when the lexicon changed.

    Tests may set ``REDACTOR_FACTORY`` (a callable taking the agency lexicon) to inject a
    fast stand-in for the spaCy pipeline.
    """
    app = app or current_app._get_current_object()
    current = revision()
    cached = app.extensions.get("redactor")
    if cached is not None and cached["revision"] == current:
        return cached["redactor"]
    with _build_lock:
        cached = app.extensions.get("redactor")
        if cached is not None and cached["revision"] == current:
            return cached["redactor"]
        factory: Callable = app.config.get("REDACTOR_FACTORY") or _default_factory
        built = factory(as_agency_lexicon(entries()))
        app.extensions["redactor"] = {"revision": current, "redactor": built}
        return built


def _clean(text: str, action: str, category: str) -> tuple[str, str, str]:
    text = " ".join((text or "").split())
    if not text or len(text) > 200:
        raise Invalid("A lexicon entry is a word or phrase of up to 200 characters.")
    if action not in LEXICON_ACTIONS:
        raise Invalid(f"A lexicon entry's action is one of: {', '.join(LEXICON_ACTIONS)}.")
    category = (category or "").strip()
    if action == "redact":
        if category not in categories():
            raise Invalid("A phrase to redact needs its protected-class category, one of: "
                          f"{', '.join(categories())}.")
    else:
        category = ""
    return text, action, category


def add_entry(
    actor: Actor, text: str, action: str, category: str = "",
    source: RedactionDecision | None = None,
) -> LexiconEntry:
    """Add a phrase the redaction pass must always redact (or always keep) from now on."""
    text, action, category = _clean(text, action, category)
    duplicate = db.session.scalar(select(LexiconEntry).where(
        LexiconEntry.active.is_(True), func.lower(LexiconEntry.text) == text.lower()))
    if duplicate is not None:
        raise Conflict(f"The lexicon already has an active entry for {text!r}; "
                       "deactivate it first to change it.")
    entry = LexiconEntry(text=text, action=action, category=category, revision=revision() + 1,
                         created_by_id=actor.user.id,
                         source_decision_id=source.id if source else None)
    db.session.add(entry)
    if source is not None:
        source.lexicon_review = "adopted"
    record(actor, "lexicon.add", entry, role="admin",
           details={"action": action, "category": category,
                    "source_decision_id": source.id if source else None})
    _commit()
    return entry


def _commit() -> None:
    """Commit a lexicon change; two changes numbered alike at the same moment clash."""
    try:
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        raise Conflict("Someone changed the lexicon at the same moment; please try again.") \
            from exc


def deactivate_entry(actor: Actor, entry: LexiconEntry) -> LexiconEntry:
    """Take an entry out of the lexicon; the redaction pass stops using it."""
    if not entry.active:
        raise Conflict("This lexicon entry is already inactive.")
    entry.active = False
    entry.revision = revision() + 1
    record(actor, "lexicon.deactivate", entry, role="admin")
    _commit()
    return entry


def pending_decisions() -> list[RedactionDecision]:
    """Reviewers' redaction decisions an admin has not yet adopted or dismissed."""
    return list(db.session.scalars(
        select(RedactionDecision).where(RedactionDecision.lexicon_review == "pending")
        .order_by(RedactionDecision.id)))


KEEP_WARNING = ("Once approved, “{phrase}” is never redacted again, in any candidate's summary: "
                "wherever these words appear, the hiring board will read them.")


def adopt_decision(actor: Actor, decision: RedactionDecision, category: str = "",
                   *, confirmed: bool = False) -> LexiconEntry:
    """Turn a reviewer's decision into a lexicon entry: an add redacts, an undo keeps.

    Keeping words lets them reach the board in every future summary, so an undo is only a
    proposal until an admin who has seen the findings it came from confirms it.
    """
    if decision.lexicon_review != "pending":
        raise Conflict("This decision has already been reviewed.")
    if decision.action == "add":
        return add_entry(actor, decision.phrase, "redact", category or decision.category,
                         source=decision)
    if not confirmed:
        raise Invalid("Confirm that you have read the findings this proposal came from. "
                      + KEEP_WARNING.format(phrase=decision.phrase), field="confirm")
    sources = proposal_sources(decision)
    record(actor, "lexicon.keep.approve", decision, role="admin",
           object_type="redaction_decision",
           details={"findings": sorted({d.finding_id for d in sources}),
                    "decisions": [d.id for d in sources]})
    for other in sources:
        if other.id != decision.id:
            other.lexicon_review = "adopted"
    return add_entry(actor, decision.phrase, "keep", source=decision)


def proposal_sources(decision: RedactionDecision) -> list[RedactionDecision]:
    """The pending undos of the same words: every finding a keep proposal came from."""
    return list(db.session.scalars(
        select(RedactionDecision).where(
            RedactionDecision.lexicon_review == "pending",
            RedactionDecision.action == decision.action,
            func.lower(RedactionDecision.phrase) == decision.phrase.lower())
        .order_by(RedactionDecision.id)))


def read_proposal(actor: Actor, decision: RedactionDecision) -> list[RedactionDecision]:
    """The decisions behind a keep proposal, with their findings; the read is trailed."""
    sources = proposal_sources(decision) or [decision]
    record(actor, "lexicon.proposal.read", decision, role="admin",
           object_type="redaction_decision",
           details={"findings": sorted({d.finding_id for d in sources})})
    db.session.commit()
    return sources


def dismiss_decision(actor: Actor, decision: RedactionDecision) -> RedactionDecision:
    """Mark a reviewer's decision as a one-off that should not enter the lexicon."""
    if decision.lexicon_review != "pending":
        raise Conflict("This decision has already been reviewed.")
    decision.lexicon_review = "dismissed"
    record(actor, "lexicon.dismiss", decision, role="admin",
           object_type="redaction_decision", details={"action": decision.action})
    db.session.commit()
    return decision


def get_entry(entry_id: int) -> LexiconEntry:
    """A lexicon entry by id, or a 404."""
    entry = db.session.get(LexiconEntry, entry_id)
    if entry is None:
        raise NotFound(f"No lexicon entry with id {entry_id}.")
    return entry


def get_decision(decision_id: int) -> RedactionDecision:
    """A reviewer's redaction decision by id, or a 404."""
    decision = db.session.get(RedactionDecision, decision_id)
    if decision is None:
        raise NotFound(f"No redaction decision with id {decision_id}.")
    return decision


@dataclass(frozen=True)
class Overview:
    """What the admin's lexicon page shows."""

    entries: list[LexiconEntry]
    pending: list[RedactionDecision]
    revision: int
    categories: tuple[str, ...]


def overview() -> Overview:
    """Every entry, the decisions waiting for review, the revision and the categories."""
    return Overview(entries(include_inactive=True), pending_decisions(), revision(),
                    categories())
