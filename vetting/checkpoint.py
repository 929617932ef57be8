"""The trail's anchor outside the database: an append-only file of event counts and head hashes.

Every commit that adds audit events appends one line: how many events the trail then holds, the
newest event's hash, and the id, action and object of each event it added. Someone who can
change the database but not this file (or the log copy of each line, which can go to syslog)
cannot delete the last events, or rewrite the trail, without ``verify`` noticing.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from vetting.models.base import utcnow

log = logging.getLogger("vetting.audit")
# Each line also goes to syslog when AUDIT_SYSLOG names it: a second copy on another machine.
syslog = logging.getLogger("vetting.audit.checkpoint")
syslog.propagate = False  # one line per commit would crowd the request log

PENDING = "audit_checkpoint"


@dataclass(frozen=True)
class Anchor:
    """One checkpoint line: the trail held ``events`` events ending at ``head``."""

    events: int
    head: str
    added: tuple[tuple, ...]
    restored: bool


def note(session: Session, path: str, added) -> None:
    """Remember an event appended in this transaction, for the line written at commit."""
    pending = session.info.setdefault(PENDING, {"path": path, "added": []})
    pending["events"] = added.position
    pending["head"] = added.hash
    pending["added"].append([added.id, added.action, added.object_type, added.object_id])


def mark_restored(session: Session, backup_events: int, backup_head: str | None) -> None:
    """Make this transaction's line the one from which ``read`` starts again after a restore."""
    session.info[PENDING].update(restored=True, backup_events=backup_events,
                                 backup_head=backup_head)


@event.listens_for(Session, "after_commit")
def _write_line(session: Session) -> None:
    pending = session.info.pop(PENDING, None)
    if pending is not None:
        path = pending.pop("path")
        append(path, {"at": utcnow().isoformat(), **pending})


@event.listens_for(Session, "after_transaction_end")
def _forget_rolled_back(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended without a commit
        session.info.pop(PENDING, None)


def append(path: str, line: dict) -> None:
    """Append one line; the file is created owner-only, and only ever appended to."""
    text = json.dumps(line, separators=(",", ":")) + "\n"
    syslog.info("vetting audit checkpoint: events=%s head=%s%s", line["events"], line["head"],
                " (restore accepted)" if line.get("restored") else "")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, text.encode())  # one write per line: whole lines, even from many workers
        finally:
            os.close(fd)
    except OSError:
        # The events are committed already; the next commit's line covers them too.
        log.error("could not append to the audit checkpoint %s", path, exc_info=True)


def send_to_syslog(address: str) -> None:
    """Copy every checkpoint line to syslog at ``address`` (``/dev/log`` or ``host:port``)."""
    host, _, port = address.rpartition(":")
    target = (host, int(port)) if host and port.isdigit() else address
    for old in list(syslog.handlers):
        syslog.removeHandler(old)
    syslog.addHandler(logging.handlers.SysLogHandler(
        target, facility=logging.handlers.SysLogHandler.LOG_AUTHPRIV))
    syslog.setLevel(logging.INFO)


def read(path: str) -> list[Anchor]:
    """The lines since the last restore was accepted (all of them if there was none)."""
    anchors: list[Anchor] = []
    if not Path(path).exists():
        return anchors
    with open(path, encoding="utf-8") as stream:
        for number, text in enumerate(stream, 1):
            try:
                line = json.loads(text)
                anchor = Anchor(int(line["events"]), str(line["head"]),
                                tuple(tuple(a) for a in line.get("added", ())),
                                bool(line.get("restored")))
            except (ValueError, KeyError, TypeError):
                log.warning("audit checkpoint %s: line %d is not a checkpoint; skipped",
                            path, number)
                continue
            if anchor.restored:
                anchors = []
            anchors.append(anchor)
    return anchors
