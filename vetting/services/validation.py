"""The reviewer's validation of findings (IV.B.10)."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.labels import IDENTIFIER_LABELS
from vetting.models import (
    Assignment,
    Candidate,
    Cycle,
    Finding,
    Validation,
    Vetting,
    VettingReturn,
)
from vetting.models.base import utcnow
from vetting.models.findings import VALIDATION_OUTCOMES
from vetting.services.concurrency import claim
from vetting.services.errors import Conflict, Invalid, NotPermitted

# Kinds of identifier the reviewer ticks on the page; the API also takes short free text.
IDENTIFIER_KINDS = {
    "name": "Full name matches",
    "workplace": "Workplace or employer matches the application",
    "handle_on_application": "Handle or account listed on the application",
    "hometown": "Hometown or city of residence matches",
    "known_associates": "Mutual known associates (references, relatives, colleagues)",
    "school": "School or training matches the application",
    "contact": "E-mail address or phone number matches the application",
    "photo_match": "Photo match (corroborates, never counts alone)",
}
# A face is easy to mistake and easy to borrow: it corroborates but never ties an account alone.
WEAK_IDENTIFIERS = {"photo_match", "photo", "photo match", "face", "picture"}
REJECTION_REASONS = {
    "mistaken_identity": "Mistaken identity: the account or content is not the candidate's",
    "fabricated": "Fabricated or altered content",
    "out_of_window": "Outside the cycle's search window",
}
# States from which a reviewer may send the work back: before anything is released.
RETURNABLE_STATES = ("submitted", "validated")
# States in which findings can be judged: after submission, and again after a release.
REVIEW_STATES = ("submitted", "validated", "released", "decided")
MIN_IDENTIFIERS = 2


def identifier_choices(candidate: Candidate) -> list[tuple[str, str]]:
    """What the reviewer may tick as matched: the candidate's name and identifiers, then kinds.

    Each value names the kind and the identifier ("handle: @jdoe"), so the validation says
    which of the candidate's identifiers tied the content to them.
    """
    own = [(f"name: {candidate.name}", f"Name: {candidate.name}")]
    own += [(f"{i['kind']}: {i['value']}", f"{IDENTIFIER_LABELS.get(i['kind'], i['kind'])}: "
             f"{i['value']}") for i in candidate.identifiers or []]
    return own + list(IDENTIFIER_KINDS.items())


def clean_identifiers(identifiers: Iterable) -> list[str]:
    """The distinct identifiers given, trimmed; refuses anything but short strings."""
    if identifiers is None:
        return []
    if isinstance(identifiers, str) or not isinstance(identifiers, Iterable):
        raise Invalid("identifiers must be a list of short strings.")
    out, seen = [], set()
    for value in identifiers:
        if not isinstance(value, str):
            raise Invalid("identifiers must be a list of short strings.")
        value = " ".join(value.split())
        if not value:
            continue
        if len(value) > 200:
            raise Invalid("An identifier is at most 200 characters.")
        if value.lower() not in seen:
            seen.add(value.lower())
            out.append(value)
    if len(out) > 20:
        raise Invalid("Give at most 20 identifiers.")
    return out


def independent_count(identifiers: list[str]) -> int:
    """How many identifiers count toward the two independent ones validation needs."""
    return sum(1 for i in identifiers if i.lower() not in WEAK_IDENTIFIERS)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(64 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def evidence_integrity(finding: Finding, folder: str) -> dict[int, str]:
    """Each evidence file's state now: "intact", "changed" or "missing", by its SHA-256."""
    states = {}
    for evidence in finding.evidence:
        try:
            digest = _file_sha256(Path(folder) / evidence.stored_name)
        except OSError:
            states[evidence.id] = "missing"
        else:
            states[evidence.id] = "intact" if digest == evidence.sha256 else "changed"
    return states


def recheck_evidence(finding: Finding, folder: str) -> None:
    """Recompute every evidence file's SHA-256 and refuse if one is missing or changed."""
    if not finding.evidence:
        raise Invalid("A finding is validated only with captured evidence: this finding has no "
                      "evidence file (policy IV.B.10).", rule="IV.B.10")
    for evidence in finding.evidence:
        try:
            digest = _file_sha256(Path(folder) / evidence.stored_name)
        except OSError as exc:
            raise Conflict(f"Evidence file {evidence.id} is missing from storage, so the "
                           "finding cannot be validated.", evidence_id=evidence.id) from exc
        if digest != evidence.sha256:
            raise Conflict(f"Evidence file {evidence.id} no longer matches the SHA-256 recorded "
                           "when it was captured, so the finding cannot be validated.",
                           evidence_id=evidence.id)


def validate_finding(
    actor: Actor, finding: Finding, outcome: str, identifiers: Iterable | None = None,
    candidate_response: str | None = "", reason: str | None = "", *, evidence_folder: str,
) -> Validation:
    """Record whether a finding is about the candidate and genuine (IV.B.10)."""
    vetting = finding.vetting
    if finding.logged_by_id == actor.user.id:
        raise NotPermitted("You logged this finding yourself; another reviewer must validate it, "
                           "so no one checks their own work.")
    if vetting.candidate.withdrawn_at is not None:
        raise Conflict("This candidate was withdrawn; their findings are no longer validated.")
    if vetting.state not in REVIEW_STATES:
        raise Conflict(f"This vetting is {vetting.state}; findings are validated only after the "
                       "searcher submits it.")
    if outcome not in VALIDATION_OUTCOMES:
        raise Invalid(f"The outcome is one of: {', '.join(VALIDATION_OUTCOMES)}.")
    identifiers = clean_identifiers(identifiers)
    if candidate_response is not None and not isinstance(candidate_response, str):
        raise Invalid("candidate_response must be text.")
    if reason is not None and not isinstance(reason, str):
        raise Invalid("reason must be text.")
    candidate_response = (candidate_response or "").strip()
    reason = (reason or "").strip()
    if len(candidate_response) > 10_000 or len(reason) > 2_000:
        raise Invalid("The candidate's response is at most 10,000 characters and the reason "
                      "at most 2,000.")
    if outcome == "validated":
        if independent_count(identifiers) < MIN_IDENTIFIERS:
            raise Invalid(
                "Validation needs at least two independent identifiers tying the account or "
                "content to the candidate (for example name with workplace, or a handle listed "
                "on the application with hometown); a photo match never counts alone "
                "(policy IV.B.10).", rule="IV.B.10", identifiers_needed=MIN_IDENTIFIERS)
        recheck_evidence(finding, evidence_folder)
    if outcome == "rejected" and reason not in REJECTION_REASONS:
        raise Invalid("Say why the finding is rejected: the reason is required, one of "
                      f"{', '.join(REJECTION_REASONS)}.", field="reason",
                      reasons=list(REJECTION_REASONS))
    claim(vetting)  # another reviewer's outcome for it at the same moment wins; this one is 409
    row = finding.validation
    previous = row.outcome if row else None
    if row is None:
        row = Validation(finding=finding)
        db.session.add(row)
    row.outcome = outcome
    row.identifiers = identifiers
    row.candidate_response = candidate_response
    row.reason = reason
    row.evidence_verified = outcome == "validated"
    row.validated_by_id = actor.user.id
    row.validated_at = utcnow()
    record(actor, "finding.validate", finding, role="reviewer", cycle_id=vetting.cycle.id,
           details={"vetting_id": vetting.id, "outcome": outcome, "previous": previous,
                    "identifiers": len(identifiers),
                    "candidate_responded": bool(candidate_response),
                    "reason": reason if outcome == "rejected" else ""})
    settle_state(actor, vetting)
    db.session.commit()
    return row


def unvalidated(vetting: Vetting) -> list[int]:
    """Ids of the vetting's findings that have no validation outcome yet."""
    return [f.id for f in vetting.findings if f.validation is None]


def settle_state(actor: Actor, vetting: Vetting) -> None:
    """Move a submitted vetting to "validated" once every finding has an outcome."""
    db.session.flush()
    if vetting.state == "submitted" and vetting.findings and not unvalidated(vetting):
        vetting.state = "validated"
        record(actor, "vetting.validated", vetting, role="reviewer", cycle_id=vetting.cycle.id,
               details={"findings": len(vetting.findings)})


def review_queue(actor: Actor) -> list[dict]:
    """The vettings of the cycles the user reviews, with how far their validation has come."""
    mine = select(Assignment.cycle_id).where(Assignment.user_id == actor.user.id,
                                             Assignment.role == "reviewer")
    rows = db.session.execute(
        select(Cycle.name, Candidate.name, Vetting.id, Vetting.state)
        .join(Candidate, Candidate.cycle_id == Cycle.id)
        .join(Vetting, Vetting.candidate_id == Candidate.id)
        .where(Cycle.id.in_(mine)).order_by(Cycle.id, Candidate.name, Candidate.id)).all()
    ids = [r[2] for r in rows]
    totals = dict(db.session.execute(
        select(Finding.vetting_id, func.count(Finding.id)).where(Finding.vetting_id.in_(ids))
        .group_by(Finding.vetting_id)).all())
    judged: dict[int, list[str]] = {}
    for vid, outcome in db.session.execute(
            select(Finding.vetting_id, Validation.outcome)
            .join(Validation, Validation.finding_id == Finding.id)
            .where(Finding.vetting_id.in_(ids))):
        judged.setdefault(vid, []).append(outcome)
    return [{"cycle": cycle, "candidate": name, "vetting_id": vid, "state": state,
             "findings": totals.get(vid, 0),
             "unvalidated": totals.get(vid, 0) - len(judged.get(vid, [])),
             "conclusion": conclusion(judged.get(vid, [])),
             "reviewable": state in REVIEW_STATES}
            for cycle, name, vid, state in rows]


def return_vetting(actor: Actor, vetting: Vetting, reason: str | None) -> VettingReturn:
    """Send a submitted vetting back to the searcher with the reason, to work and resubmit."""
    if reason is not None and not isinstance(reason, str):
        raise Invalid("reason must be text.", field="reason")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("Say what the searcher should look at again: a reason is required to "
                      "send the vetting back.", field="reason")
    if len(reason) > 2_000:
        raise Invalid("The reason is at most 2,000 characters.", field="reason")
    if vetting.candidate.withdrawn_at is not None:
        raise Conflict("This candidate was withdrawn; there is nothing to send back.")
    if vetting.state not in RETURNABLE_STATES:
        raise Conflict(f"This vetting is {vetting.state.replace('_', ' ')}; only a submitted "
                       "vetting whose summary has not been released can be sent back.")
    row = VettingReturn(vetting=vetting, reason=reason, returned_by_id=actor.user.id)
    db.session.add(row)
    previous = vetting.state
    vetting.state = "in_progress"
    vetting.submitted_at = None
    # The searcher attests again when resubmitting: the work is no longer the one attested.
    vetting.attested_lawful = False
    record(actor, "vetting.return", vetting, role="reviewer", cycle_id=vetting.cycle.id,
           details={"from_state": previous,
                    "returns": len(vetting.returns)})
    db.session.commit()
    return row


def conclusion(outcomes: Iterable[str | None]) -> str:
    """What the review concluded, in words: "reviewed: 1 validated, 2 rejected"."""
    counts = {o: 0 for o in VALIDATION_OUTCOMES}
    for outcome in outcomes:
        if outcome in counts:
            counts[outcome] += 1
    parts = [f"{n} {o}" for o, n in counts.items() if n]
    return "reviewed: " + ", ".join(parts) if parts else "reviewed: no findings"
