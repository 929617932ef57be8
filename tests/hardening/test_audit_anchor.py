"""The trail is keyed and anchored outside the database: someone who can change the database
cannot delete its last events or rewrite it unnoticed, and a restore's gap is named."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

from sqlalchemy import select, text

from tests import factories
from vetting.audit import GENESIS, Actor, record, verify
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.models.base import utcnow
from vetting.services import trail

SYSTEM = Actor(None, "127.0.0.1", name="tester")


def add_events(n: int, action: str = "test.event") -> list[int]:
    """``n`` events, each committed on its own as the application commits them; their ids."""
    made = []
    for i in range(n):
        made.append(record(SYSTEM, action, role="system", details={"i": i}).id)
        db.session.commit()
    return made


def all_events() -> list[AuditEvent]:
    db.session.expire_all()
    return list(db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def rehash_from(first_id: int, key: bytes | None) -> None:
    """Recompute every hash from ``first_id`` on, as someone with database access would."""
    prev = GENESIS
    for event in all_events():
        if event.id >= first_id:
            event_hash = AuditEvent(
                at=event.at,
                actor_id=event.actor_id,
                actor=event.actor,
                role=event.role,
                action=event.action,
                object_type=event.object_type,
                object_id=event.object_id,
                cycle_id=event.cycle_id,
                details=event.details,
                client_addr=event.client_addr,
                prev_hash=prev,
            ).compute_hash(key)
            db.session.execute(
                text("UPDATE audit_events SET prev_hash = :p, hash = :h WHERE id = :id"),
                {"p": prev, "h": event_hash, "id": event.id},
            )
            prev = event_hash
        else:
            prev = event.hash
    db.session.commit()


def delete_from(first_id: int) -> None:
    db.session.execute(text("DELETE FROM audit_events WHERE id >= :id"), {"id": first_id})
    db.session.commit()


def cli(app, *args):
    return app.test_cli_runner().invoke(args=[str(arg) for arg in args])


def test_deleting_the_last_events_is_named_as_a_gap(app, api):
    events = add_events(6, "legal_hold.place")
    delete_from(events[4])
    result = verify()
    assert not result.ok and result.first_broken is None
    assert result.missing == 2 and result.agreed_events == result.events
    assert [lost[0] for lost in result.lost] == [events[4], events[5]]
    body = api("audra", "auditor").get("/api/v1/audit/verify").get_json()
    assert body["ok"] is False and body["missing"] == 2
    assert body["lost"][0] == {"id": events[4], "action": "legal_hold.place", "object": ""}
    output = cli(app, "audit-verify")
    assert output.exit_code == 1
    assert "GAP" in output.output and f"{events[5]} legal_hold.place" in output.output


def test_an_event_edited_and_every_later_hash_recomputed_without_the_key_is_caught(app):
    events = add_events(5)
    db.session.execute(
        text("UPDATE audit_events SET action = 'user.create' WHERE id = :id"), {"id": events[2]}
    )
    rehash_from(events[2], key=None)  # the plain SHA-256 anyone can compute
    assert verify().first_broken == events[2]


def test_a_rewrite_with_the_stolen_key_is_still_caught_by_the_checkpoint(app):
    from vetting.audit import chain_key

    events = add_events(5)
    db.session.execute(
        text("UPDATE audit_events SET action = 'user.create' WHERE id = :id"), {"id": events[2]}
    )
    rehash_from(events[2], key=chain_key())
    result = verify()
    assert result.first_broken is None  # the chain itself is consistent again ...
    assert not result.ok and result.missing >= 1  # ... but not what the checkpoint recorded
    assert result.agreed_events == 2


def test_every_commit_that_adds_events_appends_a_checkpoint_line(app):
    add_events(2)
    record(SYSTEM, "test.one", role="system")
    record(SYSTEM, "test.two", role="system")
    db.session.commit()
    lines = Path(app.config["AUDIT_CHECKPOINT_FILE"]).read_text().splitlines()
    last = json.loads(lines[-1])
    events = all_events()
    assert len(lines) == 3
    assert (last["events"], last["head"]) == (len(events), events[-1].hash)
    assert [added[1] for added in last["added"]] == ["test.one", "test.two"]
    assert os.stat(app.config["AUDIT_CHECKPOINT_FILE"]).st_mode & 0o777 == 0o600


def test_a_rolled_back_transaction_appends_no_line(app):
    add_events(1)
    record(SYSTEM, "test.undone", role="system")
    db.session.rollback()
    add_events(1)
    lines = Path(app.config["AUDIT_CHECKPOINT_FILE"]).read_text().splitlines()
    assert [json.loads(line)["events"] for line in lines] == [1, 2]
    assert verify().ok


def test_the_key_is_kept_owner_only_in_the_instance_folder(app):
    add_events(1)
    key_file = Path(app.instance_path) / "audit_key"
    assert os.stat(key_file).st_mode & 0o777 == 0o600
    assert app.config["AUDIT_KEY"] == key_file.read_text().strip()


def test_the_key_can_come_from_the_environment(tmp_path, database_url, monkeypatch):
    from vetting import create_app

    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("AUDIT_KEY", "a key from the secret store")
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_url})
    with app.app_context():
        add_events(1)
        (event,) = all_events()
        assert event.hash == event.compute_hash(b"a key from the secret store")
        assert not (tmp_path / "elsewhere" / "audit_key").exists()
        db.session.remove()
        db.engine.dispose()


def test_a_chain_written_before_the_key_stays_verifiable_and_is_keyed_from_then_on(app):
    prev = GENESIS
    for i in range(3):  # events as the application wrote them before the chain was keyed
        event = AuditEvent(
            actor="old",
            role="system",
            action="test.legacy",
            object_type="",
            details={"i": i},
            client_addr="",
            prev_hash=prev,
        )
        event.at = utcnow()
        event.hash = event.compute_hash()
        db.session.add(event)
        db.session.flush()
        prev = event.hash
    db.session.commit()
    assert verify().ok and verify().legacy_events == 3
    add_events(1)
    actions = [e.action for e in all_events()]
    assert actions == ["test.legacy"] * 3 + ["audit.chain_keyed", "test.event"]
    result = verify()
    assert result.ok and result.legacy_events == 3
    assert all_events()[3].details == {"legacy_events": 3}


def test_after_a_restore_the_gap_is_named_and_accepted_into_the_trail(sqlite_app, tmp_path):
    add_events(3)
    assert cli(sqlite_app, "backup", tmp_path / "backup.sqlite").exit_code == 0
    cycle = factories.CycleFactory()
    db.session.commit()
    placed = cli(
        sqlite_app,
        "legal-hold",
        "place",
        "--cycle",
        str(cycle.id),
        "--reason",
        "Records request 2027-14",
    )
    assert placed.exit_code == 0, placed.output
    # Restore: the app is stopped, the copy put in place of the live database.
    live = db.engine.url.database
    db.session.remove()
    db.engine.dispose()
    shutil.copy(tmp_path / "backup.sqlite", live)

    result = cli(sqlite_app, "audit-verify")
    assert result.exit_code == 1
    assert "GAP" in result.output and "legal_hold.place" in result.output

    accepted = cli(sqlite_app, "audit-accept-restore")
    assert accepted.exit_code == 0, accepted.output
    (event,) = [e for e in all_events() if e.action == "audit.restore_accepted"]
    assert event.details["missing_events"] >= 1
    assert "legal_hold.place" in [lost[1] for lost in event.details["lost"]]
    assert cli(sqlite_app, "audit-verify").exit_code == 0
    add_events(1)
    assert verify().ok


def test_nothing_to_accept_when_no_event_is_missing(app):
    add_events(2)
    result = cli(app, "audit-accept-restore")
    assert result.exit_code == 1 and "no gap" in result.output


def test_the_verify_page_names_the_gap(client, login_as, app):
    login_as("auditor")
    events = add_events(3)
    delete_from(events[-1])
    page = client.get("/audit/verify").get_data(as_text=True)
    assert "GAP" in page and f"{events[-1]}" in page


def test_verification_lines_say_how_many_events_the_checkpoint_vouches_for(app):
    add_events(2)
    assert "vouches for 2" in " ".join(trail.verification_lines(verify()))


def test_each_checkpoint_line_can_also_go_to_syslog(tmp_path, database_url, monkeypatch):
    from vetting import checkpoint, create_app

    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(10)
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("AUDIT_SYSLOG", f"127.0.0.1:{receiver.getsockname()[1]}")
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": database_url})
    try:
        with app.app_context():
            add_events(1)
            (event,) = all_events()
            message = receiver.recv(4096).decode()
            db.session.remove()
            db.engine.dispose()
    finally:
        for handler in list(checkpoint.syslog.handlers):
            checkpoint.syslog.removeHandler(handler)
            handler.close()
        receiver.close()
    assert f"events=1 head={event.hash}" in message
