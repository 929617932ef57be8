"""Faults: a release killed mid-transaction, and two searchers saving one item at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests import factories
from tests.review import scenario as sc
from vetting.audit import verify
from vetting.extensions import db
from vetting.models import AuditEvent, ItemOutcome, Vetting
from vetting.models.releases import Release
from vetting.services import releases, vettings

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60  # seconds: the most any step may take before the test fails instead of hanging
CONFLICT = "Someone else saved this item"

# The child process: release the vetting as its reviewer. With a ready file named, commit is
# replaced (in the child only) by: flush, report what the transaction holds, then sleep, so the
# parent can kill it between the flush of the release rows and their commit.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session
    from tests.review.scenario import FakeRedactor
    from vetting import create_app
    from vetting.audit import Actor
    from vetting.extensions import db
    from vetting.models import AuditEvent, User, Vetting
    from vetting.models.releases import Release
    from vetting.services import releases

    url, vid, uid, ready = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "SQLALCHEMY_DATABASE_URI": url,
                      "REDACTOR_FACTORY": FakeRedactor})
    if ready:
        def paused_commit(self):
            self.flush()
            held = (self.scalar(select(func.count()).select_from(Release)),
                    self.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.action == "release.create")))
            Path(ready).write_text("%d %d" % held)
            time.sleep(600)
        Session.commit = paused_commit
    with app.app_context():
        reviewer = db.session.get(User, uid)
        released, new = releases.release(Actor(reviewer, "127.0.0.1"), db.session.get(Vetting, vid))
        print(released.version, new)
""")


@dataclass(frozen=True)
class Released:
    """What the release tests need of the scenario, kept as plain ids across sessions."""

    vid: int
    reviewer_id: int
    findings: int


def count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def validated(sqlite_app):
    """A submitted vetting on a SQLite file, every finding validated, no connection held."""
    sqlite_app.config["REDACTOR_FACTORY"] = sc.FakeRedactor

    def make_user(username, *roles):
        user = factories.UserFactory(username=username, roles=list(roles))
        if "searcher" in roles:
            factories.DesignationFactory(user=user)
        db.session.commit()
        return user

    s = sc.build(sqlite_app, make_user)
    sc.validate_all(s)
    ids = Released(s.vid, s.reviewer.id, len(s.findings))
    db.session.remove()
    db.engine.dispose()  # the child must find the file unlocked
    return ids


def start_release(s, ready: Path | None, tmp_path: Path) -> subprocess.Popen:
    log = (tmp_path / "child.log").open("w")
    try:
        return subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(db.engine.url),
                str(s.vid),
                str(s.reviewer_id),
                str(ready or ""),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    finally:
        log.close()


def child_log(tmp_path: Path) -> str:
    return (tmp_path / "child.log").read_text()


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=WAIT)


def snapshot(vid: int) -> tuple[str, int]:
    db.session.remove()
    return db.session.get(Vetting, vid).state, count(AuditEvent)


def test_a_release_killed_before_commit_leaves_no_part_of_the_version(validated, tmp_path):
    state_before, events_before = snapshot(validated.vid)
    db.session.remove()
    db.engine.dispose()
    ready = tmp_path / "ready"
    proc = start_release(validated, ready, tmp_path)
    try:
        deadline = time.monotonic() + WAIT
        while not ready.exists() or not ready.read_text():
            assert proc.poll() is None, f"the release ended early:\n{child_log(tmp_path)}"
            assert time.monotonic() < deadline, "the release never reached its commit"
            time.sleep(0.05)
        # Inside its transaction, the child had flushed the release and its audit event.
        assert ready.read_text() == "1 1"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=WAIT)
        assert proc.returncode == -signal.SIGKILL
    finally:
        stop(proc)
    db.engine.dispose()  # a fresh connection rolls back what the killed process left behind
    assert snapshot(validated.vid) == (state_before, events_before)
    assert count(Release) == 0
    assert count(AuditEvent, AuditEvent.action == "release.create") == 0
    result = verify()
    assert result.ok, f"chain broken at event {result.first_broken}"


def test_a_release_left_to_finish_stores_the_whole_version(validated, tmp_path):
    _, events_before = snapshot(validated.vid)
    db.session.remove()
    db.engine.dispose()
    proc = start_release(validated, None, tmp_path)
    try:
        proc.wait(timeout=WAIT)
    finally:
        stop(proc)
    assert proc.returncode == 0, child_log(tmp_path)
    assert child_log(tmp_path).split() == ["1", "True"]
    db.engine.dispose()
    state, events_after = snapshot(validated.vid)
    assert state == "released"
    released = db.session.scalar(select(Release))
    assert released.version == 1 and releases.verify_release(released)
    assert len(released.content["findings"]) == validated.findings
    (event,) = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "release.create"))
    assert event.object_id == released.id
    assert event.details["sha256"] == released.sha256 and event.details["version"] == 1
    assert events_after == events_before + 1
    assert verify().ok


# --- two searchers, one checklist item ------------------------------------------------------


@pytest.fixture
def pair(app, api):
    """Two designated searchers of one cycle, and a vetting whose first item has an outcome."""
    cycle = factories.CycleFactory()
    ann, ben = api("ann", "searcher"), api("ben", "searcher")
    for searcher in (ann, ben):
        factories.AssignmentFactory(cycle=cycle, user=searcher.user, role="searcher")
    vetting = factories.CandidateFactory(cycle=cycle).vetting
    db.session.commit()
    key = vetting.checklist_version.items[0].key
    response = ann.put(
        f"/api/v1/vettings/{vetting.id}/items/{key}", json={"outcome": "nothing_found"}
    )
    assert response.status_code == 200, response.get_json()
    return ann, ben, vetting.id, key


def item_revision(client, vid: int, key: str) -> int:
    response = client.get(f"/api/v1/vettings/{vid}")
    assert response.status_code == 200, response.get_json()
    (item,) = [i for i in response.get_json()["items"] if i["key"] == key]
    return item["revision"]


def stored(vid: int, key: str) -> ItemOutcome:
    db.session.remove()
    vetting = db.session.get(Vetting, vid)
    return vetting.outcome_for(vettings.item_by_key(vetting, key))


def test_a_stale_revision_through_the_api_is_a_409_not_a_lost_write(pair):
    ann, ben, vid, key = pair
    ann_id = ann.user.id
    path = f"/api/v1/vettings/{vid}/items/{key}"
    seen = item_revision(ann, vid, key)
    assert item_revision(ben, vid, key) == seen
    saved = ann.put(
        path, json={"outcome": "not_applicable", "reason": "No local press", "revision": seen}
    )
    assert saved.status_code == 200 and saved.get_json()["revision"] == seen + 1
    refused = ben.put(path, json={"outcome": "nothing_found", "revision": seen})
    assert refused.status_code == 409
    assert CONFLICT in refused.get_json()["error"]
    assert refused.get_json()["current_revision"] == seen + 1
    row = stored(vid, key)
    assert (row.outcome, row.reason, row.updated_by_id) == (
        "not_applicable",
        "No local press",
        ann_id,
    )


def test_a_stale_revision_through_the_page_is_a_409_that_keeps_the_input(pair, app):
    ann, ben, vid, key = pair
    ann_id = ann.user.id
    page = sc.page_client(app, ben.user)
    html = page.get(f"/search/vettings/{vid}").get_data(as_text=True)
    seen = item_revision(ben, vid, key)
    assert f'id="revision-{key}" name="revision" type="hidden" value="{seen}"' in html
    saved = ann.put(
        f"/api/v1/vettings/{vid}/items/{key}",
        json={"outcome": "not_applicable", "reason": "No local press", "revision": seen},
    )
    assert saved.status_code == 200
    refused = page.post(
        f"/search/vettings/{vid}/items/{key}",
        data={
            "outcome": "not_applicable",
            "reason": "Ben's reason 5521",
            "revision": str(seen),
            "csrf_token": sc.token_of(html),
        },
    )
    assert refused.status_code == 409
    text = refused.get_data(as_text=True)
    assert CONFLICT in text and "Ben&#39;s reason 5521" in text
    row = stored(vid, key)
    assert (row.reason, row.updated_by_id) == ("No local press", ann_id)


ROUNDS = 3


@pytest.mark.parametrize("forced", [False, True], ids=["same-moment", "both-past-the-check"])
def test_two_searchers_saving_at_once_one_wins_and_the_other_gets_409(pair, monkeypatch, forced):
    """Barrier before the requests; ``forced`` also holds both past the service's own check.

    The second case is the lost-update window itself: both requests have read the same
    revision and passed the check before either writes, so only the database's versioned
    UPDATE can stop the second write.
    """
    ann, ben, vid, key = pair
    path = f"/api/v1/vettings/{vid}/items/{key}"
    if forced:
        inside = threading.Barrier(2, timeout=WAIT)
        start = vettings._start

        def both_past_the_check(actor, vetting):
            inside.wait()
            start(actor, vetting)

        monkeypatch.setattr(vettings, "_start", both_past_the_check)
    bodies = {
        "ann": {"outcome": "not_applicable", "reason": "Ann's reason"},
        "ben": {"outcome": "not_applicable", "reason": "Ben's reason"},
    }
    for _ in range(ROUNDS):
        seen = item_revision(ann, vid, key)
        events = count(AuditEvent, AuditEvent.action == "item.outcome")
        db.session.remove()  # no read transaction of this thread may hold the database
        go = threading.Barrier(2, timeout=WAIT)
        results: dict[str, object] = {}

        def save(name, client, seen=seen, go=go, results=results):
            try:
                go.wait()
                for _attempt in range(20):
                    response = client.put(path, json={**bodies[name], "revision": seen})
                    if response.status_code != 503:  # busy: try again, as a client would
                        break
                    time.sleep(0.1)
                results[name] = (response.status_code, response.get_json())
            except Exception as exc:  # noqa: BLE001 - reported by the main thread
                results[name] = exc

        threads = [
            threading.Thread(target=save, args=(name, client), daemon=True)
            for name, client in (("ann", ann), ("ben", ben))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=WAIT)
        assert not any(t.is_alive() for t in threads), "a save never returned"
        statuses = {name: result[0] for name, result in results.items()}
        assert sorted(statuses.values()) == [200, 409], results
        (winner,) = [name for name, status in statuses.items() if status == 200]
        (loser,) = [name for name, status in statuses.items() if status == 409]
        assert CONFLICT in results[loser][1]["error"]
        row = stored(vid, key)
        assert (row.reason, row.revision) == (bodies[winner]["reason"], seen + 1)
        assert count(AuditEvent, AuditEvent.action == "item.outcome") == events + 1
    assert verify().ok


def test_two_first_saves_of_an_item_at_once_give_one_row_and_a_409(app, api, monkeypatch):
    """With no outcome yet there is no revision to compare: the unique row decides."""
    cycle = factories.CycleFactory()
    ann, ben = api("ann", "searcher"), api("ben", "searcher")
    for searcher in (ann, ben):
        factories.AssignmentFactory(cycle=cycle, user=searcher.user, role="searcher")
    vetting = factories.CandidateFactory(cycle=cycle).vetting
    db.session.commit()
    vid, key = vetting.id, vetting.checklist_version.items[0].key
    db.session.remove()
    inside = threading.Barrier(2, timeout=WAIT)
    start = vettings._start

    def both_past_the_check(actor, vetting):
        inside.wait()
        start(actor, vetting)

    monkeypatch.setattr(vettings, "_start", both_past_the_check)
    results = {}

    def save(name, client):
        results[name] = client.put(
            f"/api/v1/vettings/{vid}/items/{key}",
            json={"outcome": "not_applicable", "reason": f"{name}'s reason"},
        ).status_code

    threads = [
        threading.Thread(target=save, args=(name, client), daemon=True)
        for name, client in (("ann", ann), ("ben", ben))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT)
    assert sorted(results.values()) == [200, 409], results
    (winner,) = [name for name, status in results.items() if status == 200]
    assert stored(vid, key).reason == f"{winner}'s reason"
    assert count(ItemOutcome) == 1
    assert verify().ok
