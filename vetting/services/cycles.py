"""Checklists, hiring cycles, assignments and candidates (IV.B.5, IV.B.6, IV.B.9)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import (
    Assignment,
    Candidate,
    ChecklistItem,
    ChecklistTemplate,
    ChecklistVersion,
    Cycle,
    User,
    Vetting,
)
from vetting.models.base import utcnow
from vetting.models.cycles import CYCLE_ROLES, IDENTIFIER_KINDS
from vetting.services.concurrency import lock_rows
from vetting.services.errors import Conflict, Invalid, NotFound

ITEM_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# The board decides; searchers and reviewers prepare what it reads (IV.B.6).
INCOMPATIBLE = {"board": {"searcher", "reviewer"}, "searcher": {"board"}, "reviewer": {"board"}}


def _clean_items(items: Iterable[Mapping]) -> list[dict]:
    cleaned, seen = [], set()
    for n, item in enumerate(items or [], 1):
        if not isinstance(item, Mapping):
            raise Invalid(f"Checklist item {n} must be an object with key, title and guidance.")
        key = str(item.get("key") or "").strip()
        title = str(item.get("title") or "").strip()
        if not ITEM_KEY.match(key):
            raise Invalid(
                f"Checklist item {n}: the key must be lower-case letters, digits, "
                "'-' or '_' (up to 64)."
            )
        if key in seen:
            raise Invalid(f"Checklist item key {key!r} appears twice.")
        if not title or len(title) > 200:
            raise Invalid(f"Checklist item {key!r} needs a title of up to 200 characters.")
        seen.add(key)
        cleaned.append({"key": key, "title": title,
                        "guidance": str(item.get("guidance") or "").strip()})
    if not cleaned:
        raise Invalid("A checklist needs at least one item.")
    return cleaned


def _new_version(template: ChecklistTemplate, items: list[dict]) -> ChecklistVersion:
    number = (template.latest.number + 1) if template.latest else 1
    version = ChecklistVersion(template=template, number=number)
    version.items = [ChecklistItem(position=i, **item) for i, item in enumerate(items)]
    db.session.add(version)
    return version


def create_template(actor: Actor, name: str, items: Iterable[Mapping]) -> ChecklistTemplate:
    """Create a checklist template with its first version."""
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise Invalid("A checklist needs a name of up to 200 characters.")
    if db.session.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.name == name)):
        raise Conflict(f"A checklist named {name!r} already exists.")
    cleaned = _clean_items(items)
    template = ChecklistTemplate(name=name)
    db.session.add(template)
    version = _new_version(template, cleaned)
    record(actor, "checklist.create", version, role="admin",
           details={"template": name, "version": 1, "items": [i["key"] for i in cleaned]})
    db.session.commit()
    return template


def edit_template(
    actor: Actor, template: ChecklistTemplate, items: Iterable[Mapping]
) -> ChecklistVersion:
    """Change a checklist: a frozen version is never touched, a new version is made instead."""
    cleaned = _clean_items(items)
    latest = template.latest
    if latest is not None and latest.frozen_at is None and not _in_use(latest):
        for old in list(latest.items):
            db.session.delete(old)
        db.session.flush()
        latest.items = [ChecklistItem(position=i, **item) for i, item in enumerate(cleaned)]
        version = latest
    else:
        version = _new_version(template, cleaned)
    record(actor, "checklist.edit", version, role="admin",
           details={"template": template.name, "version": version.number,
                    "items": [i["key"] for i in cleaned]})
    db.session.commit()
    return version


def _in_use(version: ChecklistVersion) -> bool:
    return db.session.scalar(
        select(Cycle.id).where(Cycle.checklist_version_id == version.id).limit(1)
    ) is not None


def create_cycle(
    actor: Actor,
    name: str,
    position: str,
    search_window_years: int,
    *,
    checklist: Iterable[Mapping] | None = None,
    template: ChecklistTemplate | None = None,
) -> Cycle:
    """Open a hiring cycle with either a template's newest checklist or a checklist of its own."""
    name, position = (name or "").strip(), (position or "").strip()
    if not name or len(name) > 200:
        raise Invalid("A cycle needs a name of up to 200 characters.")
    if not position or len(position) > 200:
        raise Invalid("A cycle needs the position it hires for (up to 200 characters).")
    if not isinstance(search_window_years, int) or isinstance(search_window_years, bool) \
            or not 1 <= search_window_years <= 30:
        raise Invalid("The search window is a whole number of years from 1 to 30.")
    if template is None:
        template = ChecklistTemplate(name=_unique_template_name(f"{name} checklist"))
        db.session.add(template)
        version = _new_version(template, _clean_items(checklist or []))
    else:
        if checklist:
            raise Invalid("Give either a checklist template or checklist items, not both.")
        version = template.latest
    cycle = Cycle(name=name, position=position, search_window_years=search_window_years,
                  checklist_version=version)
    db.session.add(cycle)
    db.session.flush()
    record(actor, "cycle.create", cycle, role="admin", cycle_id=cycle.id,
           details={"checklist_version": version.id, "search_window_years": search_window_years})
    db.session.commit()
    return cycle


def get_template(template_id: int) -> ChecklistTemplate:
    """The checklist template with this id, or NotFound."""
    template = db.session.get(ChecklistTemplate, template_id) if 0 < template_id < 2**63 else None
    if template is None or template.latest is None:
        raise NotFound(f"No checklist template with id {template_id}.")
    return template


def _unique_template_name(base: str) -> str:
    name, n = base[:190], 1
    while db.session.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.name == name)):
        n += 1
        name = f"{base[:190]} ({n})"
    return name


def assign(actor: Actor, cycle: Cycle, user: User, role: str) -> Assignment:
    """Assign a user to a cycle in a role, keeping the board apart from those who prepare."""
    if role not in CYCLE_ROLES:
        raise Invalid(f"A cycle role is one of: {', '.join(CYCLE_ROLES)}.")
    if role not in user.roles:
        raise Invalid(f"{user.username} does not hold the {role} role.")
    # Separation of duties spans several rows, so it is checked inside a lock on the user:
    # two assignments of one person at once (say board and searcher) are checked one by one.
    lock_rows(User, user.id)
    held = set(db.session.scalars(select(Assignment.role).where(
        Assignment.cycle_id == cycle.id, Assignment.user_id == user.id)))
    if role in held:
        raise Conflict(f"{user.username} is already assigned as {role} in this cycle.")
    clash = held & INCOMPATIBLE[role]
    if clash:
        raise Conflict(
            f"{user.username} is already {' and '.join(sorted(clash))} in this cycle and cannot "
            f"also be {role}: the policy (IV.B.6) keeps those who search or review apart from "
            "the board that decides.",
            conflicting_roles=sorted(clash),
        )
    assignment = Assignment(cycle=cycle, user=user, role=role)
    db.session.add(assignment)
    record(actor, "assignment.create", assignment, role="admin", cycle_id=cycle.id,
           details={"user": user.username, "as": role})
    db.session.commit()
    return assignment


def unassign(actor: Actor, assignment: Assignment) -> None:
    """Remove a user's role in a cycle."""
    cycle_id = assignment.cycle_id
    record(actor, "assignment.delete", assignment, role="admin", cycle_id=cycle_id,
           details={"user": assignment.user.username, "as": assignment.role})
    db.session.delete(assignment)
    db.session.commit()


def clean_identifiers(identifiers: Iterable | None) -> list[dict]:
    """A candidate's identifiers as ``[{kind, value}]``, trimmed, distinct, of known kinds."""
    if identifiers is None:
        return []
    if isinstance(identifiers, str | Mapping) or not isinstance(identifiers, Iterable):
        raise Invalid("identifiers must be a list of {kind, value} objects.", field="identifiers")
    out, seen = [], set()
    for n, entry in enumerate(identifiers, 1):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("kind"), str) \
                or not isinstance(entry.get("value"), str):
            raise Invalid(f"Identifier {n} must be an object with a kind and a value (text).",
                          field="identifiers")
        kind, value = entry["kind"].strip().lower(), " ".join(entry["value"].split())
        if kind not in IDENTIFIER_KINDS:
            raise Invalid(f"Identifier {n}: the kind is one of {', '.join(IDENTIFIER_KINDS)}.",
                          field="identifiers", kinds=list(IDENTIFIER_KINDS))
        if not value or len(value) > 200:
            raise Invalid(f"Identifier {n} ({kind}) needs a value of up to 200 characters.",
                          field="identifiers")
        if (kind, value.lower()) not in seen:
            seen.add((kind, value.lower()))
            out.append({"kind": kind, "value": value})
    if len(out) > 30:
        raise Invalid("Give at most 30 identifiers.", field="identifiers")
    return out


def _clean_candidate(name: str, consent_on: date) -> str:
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise Invalid("A candidate needs a name of up to 200 characters.")
    if not isinstance(consent_on, date):
        raise Invalid("The consent date is required (YYYY-MM-DD).")
    if consent_on > utcnow().date():
        raise Invalid("The consent date cannot be in the future.")
    return name


def add_candidate(actor: Actor, cycle: Cycle, name: str, consent_on: date,
                  identifiers: Iterable | None = None) -> Candidate:
    """Add a consenting candidate to a cycle, with a vetting on the cycle's checklist (IV.B.5)."""
    name = _clean_candidate(name, consent_on)
    identifiers = clean_identifiers(identifiers)
    candidate = Candidate(cycle_id=cycle.id, name=name, consent_on=consent_on,
                          identifiers=identifiers,
                          vetting=Vetting(checklist_version_id=cycle.checklist_version_id))
    db.session.add(candidate)
    db.session.flush()
    record(actor, "candidate.create", candidate, role="admin", cycle_id=cycle.id,
           details={"vetting_id": candidate.vetting.id, "consent_on": consent_on.isoformat(),
                    "identifiers": sorted({i["kind"] for i in identifiers})})
    db.session.commit()
    return candidate


def _require_reason(reason: str | None, what: str) -> str:
    reason = reason.strip() if isinstance(reason, str) else ""
    if not reason:
        raise Invalid(f"Say why: a reason is required to {what}.", field="reason")
    if len(reason) > 2000:
        raise Invalid("The reason is at most 2,000 characters.", field="reason")
    return reason


def edit_candidate(actor: Actor, candidate: Candidate, name: str, consent_on: date,
                   identifiers: Iterable | None, reason: str | None) -> Candidate:
    """Correct a candidate's name, consent date or identifiers, saying why; trailed."""
    reason = _require_reason(reason, "change a candidate's record")
    if candidate.withdrawn_at is not None:
        raise Conflict("This candidate was withdrawn; the record can no longer be changed.")
    name = _clean_candidate(name, consent_on)
    identifiers = clean_identifiers(identifiers)
    changed = [label for label, old, new in (
        ("name", candidate.name, name), ("consent_on", candidate.consent_on, consent_on),
        ("identifiers", candidate.identifiers, identifiers)) if old != new]
    if not changed:
        raise Invalid("Nothing was changed.")
    candidate.name, candidate.consent_on, candidate.identifiers = name, consent_on, identifiers
    record(actor, "candidate.edit", candidate, role="admin", cycle_id=candidate.cycle_id,
           details={"fields": changed, "reason": reason})
    db.session.commit()
    return candidate


def withdraw_candidate(actor: Actor, candidate: Candidate, reason: str | None) -> Candidate:
    """Withdraw a candidate (application withdrawn, consent revoked): their vetting stops."""
    reason = _require_reason(reason, "withdraw a candidate")
    if candidate.withdrawn_at is not None:
        raise Conflict("This candidate is already withdrawn.")
    candidate.withdrawn_at = utcnow()
    candidate.withdrawal_reason = reason
    record(actor, "candidate.withdraw", candidate, role="admin", cycle_id=candidate.cycle_id,
           details={"vetting_id": candidate.vetting.id, "state": candidate.vetting.state,
                    "reason": reason})
    db.session.commit()
    return candidate


def version_in_use(version: ChecklistVersion) -> bool:
    """Whether a version is frozen or handed to a cycle, so editing it makes a new version."""
    return version.frozen_at is not None or _in_use(version)


def list_templates() -> list[ChecklistTemplate]:
    """Every checklist template, by name."""
    return list(db.session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.name)))


def list_cycles() -> list[Cycle]:
    """Every hiring cycle, newest first."""
    return list(db.session.scalars(select(Cycle).order_by(Cycle.id.desc())))


def counts() -> dict[str, int]:
    """How many of each thing there are, for the administrator's overview."""
    def total(model) -> int:
        return db.session.scalar(select(func.count()).select_from(model)) or 0

    return {"users": total(User), "templates": total(ChecklistTemplate),
            "cycles": total(Cycle), "candidates": total(Candidate)}
