"""Two requests that contradict each other, sent at the same moment: one wins, the other is 409.

Each test sends its requests from threads, each with its own database connection. They are
held at a barrier until every one of them has read what it decides on (the vetting, the
finding, the person's assignments), so the contradiction happens every time, not by chance.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, func, select

from tests import factories
from tests.board.helpers import released
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import Assignment, AuditEvent, ItemOutcome, Validation
from vetting.models.releases import BoardDecision, Release
from vetting.services import board, releases, validation, vettings

BARRIER_SECONDS = 30
# When the fix makes the second request wait for the first one's lock, that second request
# cannot reach the barrier; the first gives up waiting for it after this long and goes on.
LOCK_WAIT_SECONDS = 2


@pytest.fixture(autouse=True)
def fast_redactor(app):
    """The stand-in redactor, with the redaction package loaded as on a running server.

    Its first import takes seconds; inside a race it would only measure that, not the rules.
    """
    import redaction  # noqa: F401

    app.config["REDACTOR_FACTORY"] = sc.FakeRedactor


@pytest.fixture
def s(app, make_user):
    """A submitted vetting with two findings, and a second reviewer and board member."""
    scenario = sc.build(app, make_user)
    scenario.reviewer2 = make_user("rex.reviewer", "reviewer")
    scenario.board2 = make_user("bea.board", "board")
    factories.AssignmentFactory(cycle=scenario.cycle, user=scenario.reviewer2, role="reviewer")
    factories.AssignmentFactory(cycle=scenario.cycle, user=scenario.board2, role="board")
    db.session.commit()
    return scenario


def hold_before(monkeypatch, module, name: str, parties: int) -> None:
    """Make ``module.name`` wait until ``parties`` requests have all reached it."""
    real, barrier = getattr(module, name), threading.Barrier(parties, timeout=BARRIER_SECONDS)

    def held(*args, **kwargs):
        barrier.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)


def at_once(app, *requests) -> list[int]:
    """Send ``(user, path, body)`` POSTs from one thread each; their status codes, in order."""
    tokens = [factories.token_for(user) for user, _, _ in requests]
    statuses: list[int | BaseException] = [0] * len(requests)

    def send(n: int, path: str, body: dict):
        try:
            statuses[n] = (
                app.test_client()
                .post(path, json=body, headers={"Authorization": f"Bearer {tokens[n]}"})
                .status_code
            )
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            statuses[n] = exc

    threads = [
        threading.Thread(target=send, args=(n, path, body))
        for n, (_, path, body) in enumerate(requests)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db.session.expire_all()
    return statuses


def count(query) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery()))


def events(action: str) -> int:
    return count(select(AuditEvent.id).where(AuditEvent.action == action))


def test_two_first_validations_of_one_finding_at_once(app, s, monkeypatch):
    finding = s.findings[0]
    hold_before(monkeypatch, validation, "validate_finding", 2)
    path = f"/api/v1/findings/{finding.id}/validation"
    statuses = at_once(
        app,
        (s.reviewer, path, {"outcome": "validated", "identifiers": ["name", "workplace"]}),
        (s.reviewer2, path, {"outcome": "rejected", "reason": "mistaken_identity"}),
    )
    assert sorted(statuses) == [200, 409]
    assert count(select(Validation.id).where(Validation.finding_id == finding.id)) == 1
    assert events("finding.validate") == 1


def test_two_releases_at_once(app, s, monkeypatch):
    sc.validate_all(s)
    hold_before(monkeypatch, releases, "release", 2)
    path = f"/api/v1/vettings/{s.vid}/release"
    statuses = at_once(app, (s.reviewer, path, {}), (s.reviewer2, path, {}))
    assert sorted(statuses) == [201, 409]
    assert count(select(Release.id).where(Release.vetting_id == s.vid)) == 1
    assert events("release.create") == 1


def test_a_double_submit(app, make_user, monkeypatch):
    s = sc.build(app, make_user, excerpts=(), state="in_progress")
    for item in s.vetting.checklist_version.items:
        db.session.add(
            ItemOutcome(
                vetting=s.vetting, item=item, outcome="nothing_found", updated_by_id=s.searcher.id
            )
        )
    db.session.commit()
    hold_before(monkeypatch, vettings, "submit", 2)
    path = f"/api/v1/vettings/{s.vid}/submit"
    statuses = at_once(app, (s.searcher, path, {}), (s.searcher, path, {}))
    assert sorted(statuses) == [200, 409]
    assert events("vetting.submit") == 1


def test_contradictory_board_decisions_at_once(app, s, monkeypatch):
    released(s)
    hold_before(monkeypatch, board, "decide", 2)
    path = f"/api/v1/vettings/{s.vid}/decision"
    statuses = at_once(
        app,
        (s.board, path, {"outcome": "proceed"}),
        (s.board2, path, {"outcome": "do_not_proceed", "note": "Threats of violence."}),
    )
    assert sorted(statuses) == [201, 409]
    assert count(select(BoardDecision.id).where(BoardDecision.vetting_id == s.vid)) == 1
    assert events("board.decide") == 1


def test_one_person_assigned_as_board_and_as_searcher_at_once(app, api, monkeypatch):
    """Separation of duties (IV.B.6) holds even when both assignments arrive together."""
    admin = api("alice", "admin")
    person = factories.UserFactory(username="dual", roles=["searcher", "board"])
    cycle = factories.CycleFactory()
    db.session.commit()
    # Hold each request right after it has read the person's assignments in the cycle.
    barrier = threading.Barrier(2, timeout=LOCK_WAIT_SECONDS)

    def after_reading_assignments(conn, cursor, statement, parameters, context, many):
        if statement.lstrip().upper().startswith("SELECT ASSIGNMENTS.ROLE"):
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                pass  # the other request is waiting for this one's lock: nothing to hold for

    event.listen(db.engine, "after_cursor_execute", after_reading_assignments)
    try:
        path = f"/api/v1/cycles/{cycle.id}/assignments"
        statuses = at_once(
            app,
            (admin.user, path, {"username": "dual", "role": "board"}),
            (admin.user, path, {"username": "dual", "role": "searcher"}),
        )
    finally:
        event.remove(db.engine, "after_cursor_execute", after_reading_assignments)
    assert sorted(statuses) == [201, 409]
    assert (
        count(
            select(Assignment.id).where(
                Assignment.cycle_id == cycle.id, Assignment.user_id == person.id
            )
        )
        == 1
    )
