"""Capturing a finding's public web page as evidence (IV.B.10) within IV.B.8's limits.

A searcher asks; the request is checked and queued here; a worker opens the page in a fresh
headless Chromium (``vetting.capture``) and this module stores the PDF, the screenshot and the
WARC file as the finding's evidence, each with its SHA-256, and records it all in the trail.
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path

from flask import current_app

from vetting.audit import Actor, record
from vetting.capture import browser
from vetting.capture.addresses import RefusedAddress, parse_networks, resolve
from vetting.capture.pool import Busy, CapturePool
from vetting.extensions import db
from vetting.models import Capture, Evidence, Finding, User
from vetting.models.base import utcnow
from vetting.services.errors import Invalid, NotFound, ServiceUnavailable
from vetting.services.vettings import OPEN_STATES, _require_open, _require_searcher_may_act

log = logging.getLogger(__name__)
# The three files of a capture: media type, file suffix and the name shown for it.
FILES = (("application/pdf", ".pdf", "page.pdf"), ("image/png", ".png", "screenshot.png"),
         ("application/warc", ".warc.gz", "page.warc.gz"))
FINAL_STATES = ("done", "failed")


def limits(settings: Mapping) -> browser.Limits:
    """The caps of one capture, from the app's settings."""
    return browser.Limits(
        timeout_seconds=float(settings["CAPTURE_TIMEOUT_SECONDS"]),
        max_bytes=int(settings["CAPTURE_MAX_BYTES"]),
        max_height=int(settings["CAPTURE_MAX_HEIGHT"]),
        allowed_networks=parse_networks(settings["CAPTURE_ALLOWED_NETWORKS"]),
        chromium=settings["CHROMIUM"])


def unavailable(settings: Mapping) -> str | None:
    """Why Capture cannot be offered on this server, or None when it can."""
    return browser.unavailable_reason(settings["CHROMIUM"])


def request_capture(actor: Actor, finding: Finding, url: str | None, settings: Mapping,
                    pool: CapturePool) -> Capture:
    """Queue a capture of a public page; what may not be captured is refused, writing nothing."""
    _require_searcher_may_act(actor)
    _require_open(finding.vetting)
    if url is not None and not isinstance(url, str):
        raise Invalid("url must be text.")
    url = (url or finding.url or "").strip()
    if len(url) > 2048:
        raise Invalid("The URL is at most 2,048 characters.")
    try:
        resolve(url, limits(settings).allowed_networks)
    except RefusedAddress as exc:
        raise Invalid(f"This address cannot be captured: {exc}", rule="IV.B.8") from exc
    reason = unavailable(settings)
    if reason:
        raise ServiceUnavailable(f"Capture is unavailable on this server: {reason}")
    try:
        pool.reserve()
    except Busy as exc:
        raise ServiceUnavailable("Too many captures are waiting; try again in a minute.") from exc
    try:
        capture = Capture(finding=finding, url=url, requested_by_id=actor.user.id,
                          requested_from=(actor.address or "")[:64], state="queued")
        db.session.add(capture)
        record(actor, "capture.request", capture, role="searcher",
               cycle_id=finding.vetting.cycle.id, details={"finding_id": finding.id})
        db.session.commit()
    except Exception:
        pool.release()
        raise
    pool.start(run_capture, capture.id)
    return capture


def _store(folder: Path, data: bytes, suffix: str) -> tuple[str, str]:
    """Write a file under a random name; returns (stored name, SHA-256)."""
    stored = secrets.token_hex(16) + suffix
    tmp = folder / f".{stored}.part"
    tmp.write_bytes(data)
    os.replace(tmp, folder / stored)
    return stored, hashlib.sha256(data).hexdigest()


def _fail(capture: Capture, actor: Actor, reason: str) -> None:
    capture.state, capture.error, capture.finished_at = "failed", reason, utcnow()
    record(actor, "capture.fail", capture, role="searcher",
           cycle_id=capture.finding.vetting.cycle.id,
           details={"finding_id": capture.finding_id, "reason": reason})
    db.session.commit()


def run_capture(capture_id: int) -> None:
    """Open the page, store its three files as evidence and record their hashes (a worker's job)."""
    settings = current_app.config
    capture = db.session.get(Capture, capture_id)
    if capture is None or capture.state != "queued":
        return
    actor = Actor(db.session.get(User, capture.requested_by_id), capture.requested_from)
    capture.state = "running"
    db.session.commit()
    if capture.finding.vetting.state not in OPEN_STATES:
        _fail(capture, actor, "The vetting was submitted before the capture could run.")
        return
    try:
        page = browser.capture_page(capture.url, limits(settings))
    except (RefusedAddress, browser.CaptureFailed) as exc:
        _fail(capture, actor, str(exc))
        return
    except Exception:
        log.exception("capture %s: the browser failed", capture_id)
        db.session.rollback()
        _fail(capture, actor, "The browser failed while capturing the page; try again.")
        return
    folder = Path(settings["EVIDENCE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for (media_type, suffix, name), data in zip(
                FILES, (page.pdf, page.png, page.warc), strict=True):
            stored, digest = _store(folder, data, suffix)
            written.append(folder / stored)
            db.session.add(Evidence(
                finding_id=capture.finding_id, capture=capture, original_name=name,
                stored_name=stored, media_type=media_type, size=len(data), sha256=digest,
                uploaded_by_id=capture.requested_by_id, uploaded_at=page.captured_at))
        capture.state, capture.finished_at = "done", utcnow()
        capture.final_url, capture.http_status = page.final_url[:2048], page.status
        capture.title, capture.login_wall = page.title, page.login_wall
        capture.captured_at, capture.refused = page.captured_at, page.refused[:50]
        db.session.flush()
        record(actor, "capture.done", capture, role="searcher",
               cycle_id=capture.finding.vetting.cycle.id,
               details={"finding_id": capture.finding_id, "http_status": page.status,
                        "login_wall": page.login_wall,
                        "evidence": [evidence_summary(e) for e in capture.evidence]})
        db.session.commit()
    except Exception:
        db.session.rollback()
        for path in written:
            path.unlink(missing_ok=True)
        raise


def take_capture_time(actor: Actor, capture: Capture) -> Finding:
    """Set the finding's capture time to when the server captured its page."""
    finding = capture.finding
    _require_searcher_may_act(actor)
    _require_open(finding.vetting)
    if capture.state != "done" or capture.captured_at is None:
        raise Invalid("Only a finished capture has a capture time to take.")
    previous = finding.captured_at
    finding.captured_at = capture.captured_at
    record(actor, "finding.captured_at", finding, role="searcher",
           cycle_id=finding.vetting.cycle.id,
           details={"capture_id": capture.id, "previous": previous.isoformat(),
                    "captured_at": capture.captured_at.isoformat()})
    db.session.commit()
    return finding


def evidence_summary(evidence: Evidence) -> dict:
    """A captured file as the API and the trail name it."""
    return {"id": evidence.id, "media_type": evidence.media_type, "sha256": evidence.sha256,
            "size": evidence.size}


def settle_interrupted(capture: Capture, settings: Mapping) -> Capture:
    """Mark failed a capture that waited far longer than any could (the server restarted)."""
    if capture.state in FINAL_STATES:
        return capture
    # Every place ahead in the backlog may take the whole time cap, plus a margin.
    rounds = int(settings["CAPTURE_BACKLOG"]) // max(1, int(settings["CAPTURE_WORKERS"])) + 2
    patience = timedelta(seconds=float(settings["CAPTURE_TIMEOUT_SECONDS"]) * rounds + 60)
    if utcnow() - capture.requested_at > patience:
        actor = Actor(None, name="system")
        _fail(capture, actor, "The capture was interrupted (the server restarted); press "
                              "Capture again.")
    return capture


def get_capture(capture_id: int) -> Capture:
    """A capture by id, or NotFound."""
    capture = db.session.get(Capture, capture_id)
    if capture is None:
        raise NotFound("There is no such capture.")
    return capture
