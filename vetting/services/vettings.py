"""The searcher's work on a vetting: item outcomes, findings, evidence, submission."""
from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import filetype
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import (
    Assignment,
    Candidate,
    ChecklistItem,
    ChecklistVersion,
    Evidence,
    Finding,
    ItemOutcome,
    User,
    Vetting,
)
from vetting.models.base import utcnow
from vetting.models.cycles import OUTCOMES
from vetting.models.findings import (
    ALLOWED_METHODS,
    PLATFORM_KINDS,
    PROHIBITED_METHODS,
    RELEVANCE_LABELS,
)
from vetting.models.releases import LexiconEntry, RedactionDecision
from vetting.services.board_text import platform_kind_of
from vetting.services.concurrency import claim
from vetting.services.errors import Conflict, Invalid, NotPermitted, TooLarge
from vetting.storage import partial_file, private_folder

OPEN_STATES = ("assigned", "in_progress")
EVIDENCE_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf",
                  "text/plain": ".txt"}
LAWFUL_METHODS_MESSAGE = (
    "Policy IV.B.8 forbids this search method: only public-domain content may be searched. "
    "Never ask for passwords or account access, send friend or follow requests to private "
    "accounts, use pretext or fake profiles, or use someone else's login."
)


def _require_open(vetting: Vetting) -> None:
    if vetting.candidate.withdrawn_at is not None:
        raise Conflict("This candidate was withdrawn; their vetting can no longer be changed.")
    if vetting.state not in OPEN_STATES:
        raise Conflict(f"This vetting is {vetting.state}; it can no longer be changed.")


def _require_searcher_may_act(actor: Actor) -> None:
    if actor.user is None or actor.user.active_designation() is None:
        raise NotPermitted(
            "Searching needs an active sensitive-position designation (policy IV.B.7)."
        )


def _start(actor: Actor, vetting: Vetting) -> None:
    """Mark the vetting started and freeze its checklist version (IV.B.9)."""
    if vetting.state == "assigned":
        vetting.state = "in_progress"
        vetting.started_at = utcnow()
        if vetting.checklist_version.frozen_at is None:
            vetting.checklist_version.frozen_at = vetting.started_at
        record(actor, "vetting.start", vetting, role="searcher", cycle_id=vetting.cycle.id,
               details={"checklist_version": vetting.checklist_version_id})


def item_by_key(vetting: Vetting, key: str) -> ChecklistItem:
    """The checklist item of this vetting with ``key``."""
    for item in vetting.checklist_version.items:
        if item.key == key:
            return item
    raise Invalid(f"The checklist has no item {key!r}.",
                  items=[i.key for i in vetting.checklist_version.items])


def set_item_outcome(
    actor: Actor, vetting: Vetting, key: str, outcome: str, reason: str = "",
    expected_revision: int | None = None,
) -> ItemOutcome:
    """Record an item's outcome: finding, nothing found, or not applicable with a reason."""
    _require_searcher_may_act(actor)
    _require_open(vetting)
    item = item_by_key(vetting, key)
    if outcome not in OUTCOMES:
        raise Invalid("Choose an outcome: finding, nothing found or not applicable.",
                      field="outcome")
    reason = (reason or "").strip()
    if outcome == "not_applicable" and not reason:
        raise Invalid("Say why this item does not apply: a reason is required for not applicable.",
                      field="reason")
    if len(reason) > 2000:
        raise Invalid("A reason is at most 2,000 characters.")
    _require_findings_agree(vetting, item, outcome)
    row = vetting.outcome_for(item)
    if row is not None and expected_revision is not None and row.revision != expected_revision:
        raise Conflict(
            "Someone else saved this item while you were editing it. Reload to see their "
            "change, then save yours again.", current_revision=row.revision)
    # The versioned UPDATE (or the unique INSERT) can fail at any flush from here on, not
    # only at commit: record() and lazy loads flush too. Either way the other save won.
    try:
        _start(actor, vetting)
        if row is None:
            row = ItemOutcome(vetting=vetting, item=item, outcome=outcome, reason=reason,
                              updated_by_id=actor.user.id)
            db.session.add(row)
        else:
            # A new updated_at makes every save an UPDATE, even of unchanged values, so it is
            # versioned too: a re-save that changed nothing must not slip past the check.
            row.outcome, row.reason, row.updated_by_id = outcome, reason, actor.user.id
            row.updated_at = utcnow()
        record(actor, "item.outcome", vetting, role="searcher", cycle_id=vetting.cycle.id,
               details={"item": key, "outcome": outcome})
        db.session.commit()
    except (StaleDataError, IntegrityError) as exc:
        db.session.rollback()
        raise Conflict("Someone else saved this item at the same moment. Reload and try again.") \
            from exc
    return row


def _require_findings_agree(vetting: Vetting, item: ChecklistItem, outcome: str) -> None:
    """An item's outcome is *finding* exactly while a finding is logged under it."""
    logged = sum(1 for f in vetting.findings if f.item_id == item.id)
    if outcome == "finding" and not logged:
        raise Conflict(f"No finding is logged under “{item.title}”: log the finding first "
                       "(logging it marks the item), or choose another outcome.", item=item.key)
    if outcome != "finding" and logged:
        raise Conflict(f"{logged} finding{'s are' if logged != 1 else ' is'} logged under "
                       f"“{item.title}”, so its outcome is Finding. Withdraw "
                       f"{'them' if logged != 1 else 'it'} first to record another outcome.",
                       item=item.key)


def _parse_time(value) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError as exc:
            raise Invalid("captured_at must be an ISO 8601 date and time.",
                          field="captured_at") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=utcnow().tzinfo)
    if parsed > utcnow():
        raise Invalid("The capture time cannot be in the future.", field="captured_at")
    return parsed


def _platform_kind(chosen, platform: str, url: str) -> str:
    """The kind of platform the searcher chose, or the one the known-platform table gives."""
    if chosen is None or chosen == "":
        return platform_kind_of(platform, url)
    if chosen not in PLATFORM_KINDS:
        raise Invalid(f"The kind of platform is one of: {', '.join(PLATFORM_KINDS)}.",
                      field="platform_kind")
    return chosen


FINDING_FIELDS = (
    "url", "platform", "platform_kind", "captured_at", "method", "excerpt", "relevance", "notes",
)


def _clean_method(value) -> str:
    method = str(value or "")
    if method in PROHIBITED_METHODS:
        raise Invalid(LAWFUL_METHODS_MESSAGE, rule="IV.B.8", method=method)
    if not method:
        raise Invalid("Choose the search method.", field="method")
    if method not in ALLOWED_METHODS:
        raise Invalid(f"{method!r} is not one of the listed search methods "
                      f"({', '.join(ALLOWED_METHODS)}). " + LAWFUL_METHODS_MESSAGE,
                      rule="IV.B.8", method=method, field="method")
    return method


def _clean_url(value) -> str:
    url = str(value or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2048:
        raise Invalid("The URL must be an http(s) address of up to 2,048 characters.",
                      field="url")
    return url


def _clean_platform(value) -> str:
    platform = str(value or "").strip()
    if not platform or len(platform) > 100:
        raise Invalid("Name the platform (up to 100 characters).", field="platform")
    return platform


def _clean_excerpt(value, max_excerpt: int) -> str:
    excerpt = str(value or "")
    if not excerpt.strip():
        raise Invalid("The verbatim excerpt is required.", field="excerpt")
    if len(excerpt) > max_excerpt:
        raise TooLarge(f"The excerpt is {len(excerpt):,} characters; at most {max_excerpt:,} "
                       "are accepted. Attach the full text as an evidence file instead.")
    return excerpt


def _clean_relevance(value) -> str:
    relevance = str(value or "")
    if not relevance:
        raise Invalid("Choose the relevance label.", field="relevance")
    if relevance not in RELEVANCE_LABELS:
        raise Invalid(f"The relevance label is one of: {', '.join(RELEVANCE_LABELS)}.",
                      field="relevance")
    return relevance


def _clean_notes(value) -> str:
    notes = str(value or "")
    if len(notes) > 10_000:
        raise Invalid("Notes are at most 10,000 characters.")
    return notes


def clean_finding_fields(data: Mapping, names: Iterable[str], max_excerpt: int) -> dict:
    """The named fields of a finding checked and normalised; refuses the first bad one."""
    cleaners = {"url": _clean_url, "platform": _clean_platform, "captured_at": _parse_time,
                "method": _clean_method, "relevance": _clean_relevance, "notes": _clean_notes,
                "excerpt": lambda value: _clean_excerpt(value, max_excerpt),
                # the kind the searcher chose, or the one the known-platform table gives
                "platform_kind": lambda value: _platform_kind(
                    value, str(data.get("platform") or ""), str(data.get("url") or ""))}
    # The method first: an unlawful search is the refusal that matters most (IV.B.8).
    order = sorted(names, key=lambda name: name != "method")
    return {name: cleaners[name](data.get(name)) for name in order}


def _mark_item_found(actor: Actor, vetting: Vetting, item: ChecklistItem) -> None:
    """A logged finding answers its item: the outcome becomes *finding*."""
    row = vetting.outcome_for(item)
    if row is None:
        db.session.add(ItemOutcome(vetting=vetting, item=item, outcome="finding", reason="",
                                   updated_by_id=actor.user.id))
    elif row.outcome != "finding":
        row.outcome, row.reason, row.updated_by_id = "finding", "", actor.user.id
        row.updated_at = utcnow()


def log_finding(actor: Actor, vetting: Vetting, data: Mapping, max_excerpt: int) -> Finding:
    """Record a finding against a checklist item, refusing unlawful methods (IV.B.8)."""
    _require_searcher_may_act(actor)
    _require_open(vetting)
    _clean_method(data.get("method"))
    if data.get("attest_lawful") is not True:
        raise Invalid("Attest that this content was found lawfully, in the public domain "
                      "(policy IV.B.8).", rule="IV.B.8", field="attest_lawful")
    item = item_by_key(vetting, str(data.get("item") or ""))
    fields = clean_finding_fields(data, FINDING_FIELDS, max_excerpt)
    finding = Finding(vetting_id=vetting.id, item_id=item.id, attested_lawful=True,
                      logged_by_id=actor.user.id, **fields)
    _start(actor, vetting)
    db.session.add(finding)
    _mark_item_found(actor, vetting, item)
    record(actor, "finding.create", finding, role="searcher", cycle_id=vetting.cycle.id,
           details={"vetting_id": vetting.id, "item": item.key, "method": fields["method"],
                    "relevance": fields["relevance"]})
    db.session.commit()
    return finding


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime) else value


def edit_finding(actor: Actor, finding: Finding, changes: Mapping, max_excerpt: int) -> Finding:
    """Correct a finding before submission; the trail keeps each changed field's old value."""
    _require_searcher_may_act(actor)
    _require_open(finding.vetting)
    unknown = sorted(set(changes) - set(FINDING_FIELDS))
    if unknown:
        raise Invalid(f"A finding's {', '.join(unknown)} cannot be changed; only "
                      f"{', '.join(FINDING_FIELDS)}.", fields=unknown)
    if not changes:
        raise Invalid(f"Send at least one of {', '.join(FINDING_FIELDS)} to change.")
    cleaned = clean_finding_fields(changes, changes.keys(), max_excerpt)
    changed = {}
    for name, value in cleaned.items():
        old = getattr(finding, name)
        if old != value:
            changed[name] = {"from": _json_value(old), "to": _json_value(value)}
            setattr(finding, name, value)
    if changed:
        # A corrected finding is judged afresh: an earlier validation was of other content.
        if finding.validation is not None:
            db.session.delete(finding.validation)
            finding.validation = None
        record(actor, "finding.edit", finding, role="searcher", cycle_id=finding.vetting.cycle.id,
               details={"vetting_id": finding.vetting_id, "fields": sorted(changed),
                        "changes": changed})
    db.session.commit()
    return finding


def _remove_files(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def withdraw_finding(actor: Actor, finding: Finding, folder: str) -> None:
    """Withdraw a finding logged by mistake, with its evidence files, before submission.

    The item keeps its *finding* outcome only while another finding is logged under it.
    """
    _require_searcher_may_act(actor)
    vetting = finding.vetting
    _require_open(vetting)
    adopted = db.session.scalar(
        select(LexiconEntry.id).join(RedactionDecision,
                                     RedactionDecision.id == LexiconEntry.source_decision_id)
        .where(RedactionDecision.finding_id == finding.id).limit(1))
    if adopted is not None:
        # The lexicon entry names the decision it came from; that provenance must stay.
        raise Conflict("An agency lexicon entry was adopted from a redaction decision on this "
                       "finding, so it cannot be withdrawn; correct it instead.")
    removed = [{"evidence_id": e.id, "sha256": e.sha256, "size": e.size} for e in finding.evidence]
    files = [evidence_path(e, folder) for e in finding.evidence]
    record(actor, "finding.withdraw", finding, role="searcher", cycle_id=vetting.cycle.id,
           details={"vetting_id": vetting.id, "item": finding.item.key if finding.item else None,
                    "method": finding.method, "relevance": finding.relevance,
                    "evidence": removed})
    item = finding.item
    db.session.delete(finding)
    db.session.flush()
    db.session.expire(vetting, ["findings"])
    row = vetting.outcome_for(item) if item is not None else None
    if row is not None and row.outcome == "finding" \
            and not any(f.item_id == item.id for f in vetting.findings):
        db.session.delete(row)
        record(actor, "item.outcome.clear", vetting, role="searcher", cycle_id=vetting.cycle.id,
               details={"item": item.key, "why": "last_finding_withdrawn"})
    db.session.commit()
    db.session.expire(vetting, ["outcomes"])
    _remove_files(files)


def remove_evidence(actor: Actor, evidence: Evidence, folder: str) -> None:
    """Remove an evidence file uploaded by mistake, before submission; the trail keeps its hash."""
    _require_searcher_may_act(actor)
    finding = evidence.finding
    _require_open(finding.vetting)
    path = evidence_path(evidence, folder)
    record(actor, "evidence.remove", evidence, role="searcher",
           cycle_id=finding.vetting.cycle.id,
           details={"finding_id": finding.id, "sha256": evidence.sha256, "size": evidence.size,
                    "media_type": evidence.media_type})
    db.session.delete(evidence)
    db.session.commit()
    db.session.expire(finding, ["evidence"])
    _remove_files([path])


def read_finding(actor: Actor, finding: Finding, role: str) -> Finding:
    """Note in the trail that someone read a finding's content."""
    record(actor, "finding.read", finding, role=role, cycle_id=finding.vetting.cycle.id)
    db.session.commit()
    return finding


def sniff_media_type(head: bytes) -> str | None:
    """The evidence type recognised from the file's content, or None if not accepted."""
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime if kind.mime in EVIDENCE_TYPES else None
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 3:
            return None
        text = head[: exc.start].decode("utf-8")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "text/plain" if controls == 0 else None


def attach_evidence(
    actor: Actor, finding: Finding, stream: BinaryIO, original_name: str,
    folder: str, max_bytes: int,
) -> Evidence:
    """Store an evidence file under a random name, recording its SHA-256 (IV.B.10)."""
    _require_searcher_may_act(actor)
    _require_open(finding.vetting)
    private_folder(folder)
    digest, size = hashlib.sha256(), 0
    head = b""
    # Written to an owner-only temporary file first: a refused or failed upload removes it,
    # and one whose worker was killed is swept when the app next starts.
    with partial_file(folder) as (out, tmp):
        while chunk := stream.read(64 * 1024):
            if len(head) < 8192:
                head += chunk[: 8192 - len(head)]
            size += len(chunk)
            if size > max_bytes:
                raise TooLarge(
                    f"Evidence files are limited to {max_bytes // 1024 // 1024} MiB.")
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        if size == 0:
            raise Invalid("The evidence file is empty.")
        media_type = sniff_media_type(head)
        if media_type is None:
            raise Invalid("Evidence must be a PNG or JPEG image, a PDF or plain text; this file's "
                          "content is none of those.")
        stored_name = secrets.token_hex(16) + EVIDENCE_TYPES[media_type]
        evidence = Evidence(
            finding=finding, original_name=(original_name or "evidence")[-255:],
            stored_name=stored_name, media_type=media_type, size=size,
            sha256=digest.hexdigest(), uploaded_by_id=actor.user.id,
        )
        db.session.add(evidence)
        record(actor, "evidence.upload", evidence, role="searcher",
               cycle_id=finding.vetting.cycle.id,
               details={"finding_id": finding.id, "sha256": evidence.sha256, "size": size,
                        "media_type": media_type})
        os.replace(tmp, Path(folder) / stored_name)
        try:
            db.session.commit()
        except Exception:
            (Path(folder) / stored_name).unlink(missing_ok=True)
            raise
    return evidence


def evidence_path(evidence: Evidence, folder: str) -> Path:
    """Where an evidence file lives on disk."""
    return Path(folder) / evidence.stored_name


def read_evidence(actor: Actor, evidence: Evidence, role: str) -> None:
    """Note in the trail that someone downloaded an evidence file."""
    record(actor, "evidence.download", evidence, role=role,
           cycle_id=evidence.finding.vetting.cycle.id,
           details={"finding_id": evidence.finding_id})
    db.session.commit()


def submit(actor: Actor, vetting: Vetting, attest_lawful: bool) -> Vetting:
    """Hand the vetting to review once every checklist item has an outcome (IV.B.9)."""
    _require_searcher_may_act(actor)
    _require_open(vetting)
    missing = vetting.missing_items()
    if missing:
        raise Conflict(f"These checklist items have no outcome yet: {', '.join(missing)}.",
                       missing=missing)
    empty = vetting.items_without_findings()
    if empty:
        titles = {i.key: i.title for i in vetting.checklist_version.items}
        raise Conflict("These checklist items are marked Finding but have no finding logged: "
                       f"{'; '.join(titles[k] for k in empty)}. Log the finding or change the "
                       "outcome.", without_findings=empty)
    if not attest_lawful:
        raise Invalid("Attest that every search in this vetting used only lawful methods on "
                      "public-domain content (policy IV.B.8).", rule="IV.B.8")
    claim(vetting)  # a second submit at the same moment is refused, not recorded twice
    vetting.state = "submitted"
    vetting.submitted_at = utcnow()
    vetting.submitted_by_id = actor.user.id
    vetting.attested_lawful = True
    record(actor, "vetting.submit", vetting, role="searcher", cycle_id=vetting.cycle.id,
           details={"findings": len(vetting.findings)})
    db.session.commit()
    return vetting


def findings_of(vetting: Vetting) -> list[Finding]:
    """A vetting's findings with their evidence, in two queries however many there are."""
    return list(db.session.scalars(
        select(Finding).where(Finding.vetting_id == vetting.id)
        .options(selectinload(Finding.evidence)).order_by(Finding.id)))


def assigned_vettings(user: User, role: str = "searcher") -> list[Vetting]:
    """The vettings of every cycle the user is assigned to in ``role``, newest cycle first.

    A searcher without an active designation gets none: not even the candidates' names may
    reach someone who no longer holds the sensitive position (IV.B.7).
    """
    if role == "searcher" and user.active_designation() is None:
        return []
    # The list shows each vetting's cycle, checklist size and outcome count: loaded up front,
    # so the page costs the same few queries for 2 candidates or 200.
    return list(db.session.scalars(
        select(Vetting).join(Vetting.candidate)
        .join(Assignment, Assignment.cycle_id == Candidate.cycle_id)
        .where(Assignment.user_id == user.id, Assignment.role == role)
        .order_by(Candidate.cycle_id.desc(), Candidate.id)
        .options(selectinload(Vetting.outcomes),
                 joinedload(Vetting.candidate).joinedload(Candidate.cycle),
                 selectinload(Vetting.checklist_version).selectinload(ChecklistVersion.items))))


def check_evidence(stream: BinaryIO, original_name: str, max_bytes: int) -> None:
    """Refuse an evidence file before anything is written: too large, empty or of a bad type.

    The stream is left at its start, so ``attach_evidence`` can store it afterwards.
    """
    name = original_name or "evidence"
    start = stream.tell()
    head = stream.read(8192)
    stream.seek(0, os.SEEK_END)
    size = stream.tell() - start
    stream.seek(start)
    if size > max_bytes:
        raise TooLarge(f"{name}: evidence files are limited to {max_bytes // 1024 // 1024} MiB.",
                       file=name)
    if size == 0:
        raise Invalid(f"{name}: the evidence file is empty.", file=name)
    if sniff_media_type(head) is None:
        raise Invalid(f"{name}: evidence must be a PNG or JPEG image, a PDF or plain text; "
                      "this file's content is none of those.", file=name)


def log_finding_with_evidence(
    actor: Actor, vetting: Vetting, data: Mapping, files: list[tuple[BinaryIO, str]],
    folder: str, max_bytes: int, max_excerpt: int,
) -> Finding:
    """Log a finding and store its evidence files, checking every file before saving anything."""
    _require_searcher_may_act(actor)
    _require_open(vetting)
    for stream, name in files:
        check_evidence(stream, name, max_bytes)
    finding = log_finding(actor, vetting, data, max_excerpt)
    for stream, name in files:
        attach_evidence(actor, finding, stream, name, folder, max_bytes)
    return finding


def attach_evidence_files(
    actor: Actor, finding: Finding, files: list[tuple[BinaryIO, str]], folder: str,
    max_bytes: int,
) -> list[Evidence]:
    """Store several evidence files for a finding, refusing all of them if any is refused."""
    _require_searcher_may_act(actor)
    _require_open(finding.vetting)
    for stream, name in files:
        check_evidence(stream, name, max_bytes)
    return [attach_evidence(actor, finding, stream, name, folder, max_bytes)
            for stream, name in files]
