"""Records retention (IV.A.2.c): the schedule decides, a legal hold stops, the trail remembers."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.audit.conftest import SECRET_EXCERPT, SECRET_NAME, SECRET_URL, T0
from tests.conftest import csrf_token
from vetting.audit import Actor, verify
from vetting.extensions import db
from vetting.models import AuditEvent, Evidence, Finding, ItemOutcome, Vetting
from vetting.models.releases import BoardDecision, Release
from vetting.models.retention import LegalHold, RecordPurge
from vetting.services import retention
from vetting.services.errors import Conflict, Invalid

ADMIN = Actor(None, "test", name="records-officer")
DECIDED = T0 + timedelta(days=1, hours=4)  # when the work fixture submits


@pytest.fixture
def decided(cycle, add_candidate, work, app, make_user):
    """A decided cycle of two candidates, each with a finding, an evidence file, a release and
    a board decision."""
    board = make_user("bo", "board")
    folder = Path(app.config["EVIDENCE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    vettings = []
    for n in range(2):
        v = work(
            add_candidate(SECRET_NAME if n == 0 else None),
            state="decided",
            findings=[{"url": SECRET_URL, "excerpt": SECRET_EXCERPT}],
        )
        finding = v.findings[0]
        stored = f"evidence{n}.txt"
        (folder / stored).write_text("captured page")
        db.session.add(
            Evidence(
                finding=finding,
                original_name="page.txt",
                stored_name=stored,
                media_type="text/plain",
                size=13,
                sha256="0" * 64,
                uploaded_by_id=finding.logged_by_id,
            )
        )
        release = Release(
            vetting_id=v.id,
            version=1,
            content={"findings": []},
            sha256="1" * 64,
            released_by_id=board.id,
            released_at=DECIDED,
        )
        db.session.add(release)
        db.session.flush()
        db.session.add(
            BoardDecision(
                vetting_id=v.id,
                release_id=release.id,
                outcome="proceed",
                decided_by_id=board.id,
                decided_at=DECIDED,
            )
        )
        vettings.append(v)
    db.session.commit()
    return vettings


def at(days: int):
    return DECIDED + timedelta(days=days)


def due(now) -> set[tuple[int, str]]:
    return {(i.candidate_id, i.kind) for i in retention.plan(now).due}


def run_purge(app, now):
    return retention.purge(ADMIN, app.config["EVIDENCE_DIR"], now)


def test_the_defaults_keep_everything_at_least_two_years():
    assert min(retention.DEFAULT_DAYS.values()) >= 730


def test_nothing_is_due_before_the_schedule_says(decided):
    assert due(at(1094)) == set()


def test_raw_findings_fall_due_first(decided):
    assert due(at(1095)) == {(v.candidate_id, "findings") for v in decided}


def test_decisions_then_summaries_fall_due_together(decided):
    kinds = [
        i.kind for i in retention.plan(at(1825)).due if i.candidate_id == decided[0].candidate_id
    ]
    assert kinds == ["findings", "decisions", "summaries"]


def test_a_cycle_not_yet_decided_is_never_due(cycle, decided, add_candidate, work):
    work(add_candidate(), state="submitted")
    assert due(at(5000)) == set()


def test_the_decided_date_is_the_latest_board_decision(cycle, decided):
    later = DECIDED + timedelta(days=30)
    db.session.get(BoardDecision, 2).decided_at = later
    db.session.commit()
    assert retention.cycle_decided_at()[cycle.id] == later
    assert due(at(1095)) == set()


def test_purge_deletes_findings_evidence_and_outcomes_and_marks_the_vetting(app, decided):
    folder = Path(app.config["EVIDENCE_DIR"])
    result = run_purge(app, at(1095))
    assert len(result.purged) == 2 and result.files_deleted == 2
    assert db.session.scalar(select(func.count()).select_from(Finding)) == 0
    assert db.session.scalar(select(func.count()).select_from(Evidence)) == 0
    assert db.session.scalar(select(func.count()).select_from(ItemOutcome)) == 0
    assert not list(folder.iterdir())
    assert {v.state for v in db.session.scalars(select(Vetting))} == {"purged"}
    # Summaries and decisions follow their own, longer schedule.
    assert db.session.scalar(select(func.count()).select_from(Release)) == 2


def test_purge_writes_ids_and_counts_to_the_trail_and_never_purges_it(app, decided):
    before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    run_purge(app, at(5000))
    events = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action == "records.purge")
    ).all()
    assert len(events) == 6
    first = next(e for e in events if e.details["kind"] == "findings")
    assert first.details["counts"]["findings"] == 1
    assert first.details["counts"]["evidence_files"] == 1
    text = json.dumps([e.details for e in events])
    assert SECRET_EXCERPT not in text and SECRET_URL not in text and SECRET_NAME not in text
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before + 7
    assert verify().ok


def test_everything_purged_leaves_no_name_and_nothing_to_do_again(app, decided):
    run_purge(app, at(5000))
    candidate = decided[0].candidate
    db.session.refresh(candidate)
    assert candidate.name == f"Purged candidate {candidate.id}"
    assert db.session.scalar(select(func.count()).select_from(BoardDecision)) == 0
    assert db.session.scalar(select(func.count()).select_from(Release)) == 0
    assert retention.plan(at(6000)).due == []


def test_a_candidate_hold_stops_their_purge_only(app, decided):
    kept, other = decided
    retention.place_hold(
        ADMIN, candidate_id=kept.candidate_id, reason="Public-records request 2027-14"
    )
    result = run_purge(app, at(5000))
    assert {i.candidate_id for i in result.purged} == {other.candidate_id}
    assert {i.candidate_id for i in result.held} == {kept.candidate_id}
    assert (
        db.session.scalar(
            select(func.count()).select_from(Finding).where(Finding.vetting_id == kept.id)
        )
        == 1
    )
    assert (Path(app.config["EVIDENCE_DIR"]) / "evidence0.txt").exists()
    assert db.session.get(Vetting, kept.id).state == "decided"


def test_a_cycle_hold_stops_every_purge_in_it(app, cycle, decided):
    retention.place_hold(ADMIN, cycle_id=cycle.id, reason="EEOC charge 543-2027-00012")
    result = run_purge(app, at(5000))
    assert result.purged == [] and len(result.held) == 6
    assert db.session.scalar(select(func.count()).select_from(RecordPurge)) == 0


def test_a_lifted_hold_lets_the_schedule_apply_again(app, decided):
    hold = retention.place_hold(
        ADMIN, candidate_id=decided[0].candidate_id, reason="Litigation hold, matter 27-CV-101"
    )
    retention.lift_hold(ADMIN, hold, "Matter 27-CV-101 closed with prejudice")
    assert len(run_purge(app, at(1095)).purged) == 2


def test_a_hold_needs_a_reason_and_one_scope(decided, cycle):
    with pytest.raises(Invalid):
        retention.place_hold(ADMIN, candidate_id=decided[0].candidate_id, reason="x")
    with pytest.raises(Invalid):
        retention.place_hold(
            ADMIN,
            reason="Public-records request 12",
            candidate_id=decided[0].candidate_id,
            cycle_id=cycle.id,
        )
    retention.place_hold(ADMIN, cycle_id=cycle.id, reason="Public-records request 12")
    with pytest.raises(Conflict):
        retention.place_hold(ADMIN, cycle_id=cycle.id, reason="Public-records request 13")


def test_holds_are_recorded_in_the_trail_without_their_reason(decided):
    hold = retention.place_hold(
        ADMIN, candidate_id=decided[0].candidate_id, reason="Smith v. City, discovery request"
    )
    retention.lift_hold(ADMIN, hold, "Smith v. City settled and closed")
    events = db.session.scalars(
        select(AuditEvent).where(AuditEvent.action.startswith("legal_hold."))
    ).all()
    assert [e.action for e in events] == ["legal_hold.place", "legal_hold.lift"]
    assert "Smith" not in json.dumps([e.details for e in events])


def test_no_schedule_may_go_below_two_years(app):
    with pytest.raises(Invalid, match="at least 730 days"):
        retention.set_schedule(ADMIN, {"findings": 700})
    assert retention.schedule()["findings"] == 1095


def test_a_longer_schedule_moves_the_due_date(decided):
    retention.set_schedule(ADMIN, {"findings": 3650})
    assert due(at(1095)) == set()
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "retention.schedule")
        )
        == 1
    )


def test_the_app_config_can_lengthen_the_defaults(decided):
    assert retention.schedule({"RETENTION_DAYS": {"findings": 2000}})["findings"] == 2000
    assert retention.plan(at(1095), {"RETENTION_DAYS": {"findings": 2000}}).due == []


# --- the shell -----------------------------------------------------------------------------


def test_purge_is_a_dry_run_by_default(app, decided):
    result = app.test_cli_runner().invoke(args=["purge", "--now", at(1095).isoformat()])
    assert result.exit_code == 0, result.output
    assert "2 due" in result.output and "Run again with --apply" in result.output
    assert db.session.scalar(select(func.count()).select_from(Finding)) == 2


def test_purge_apply_deletes_with_a_progress_bar_on_stderr(app, decided):
    result = app.test_cli_runner().invoke(
        args=["purge", "--apply", "--now", at(1096).date().isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert "Purged 2 record set(s)" in result.stdout
    assert "Purging" in result.stderr
    assert db.session.scalar(select(func.count()).select_from(Finding)) == 0


def test_purge_apply_lists_what_a_hold_kept(app, decided):
    runner = app.test_cli_runner()
    placed = runner.invoke(
        args=[
            "legal-hold",
            "place",
            "--candidate",
            str(decided[0].candidate_id),
            "--reason",
            "Records request 9",
        ]
    )
    assert placed.exit_code == 0, placed.output
    result = runner.invoke(args=["purge", "--apply", "--now", at(1095).isoformat()])
    assert (
        f"held   cycle {decided[0].candidate.cycle_id} candidate "
        f"{decided[0].candidate_id}" in result.stdout
    )
    assert "Purged 1 record set(s); 1 kept by a legal hold" in result.stdout


def test_a_bad_date_is_a_plain_error(app):
    result = app.test_cli_runner().invoke(args=["purge", "--now", "someday"])
    assert result.exit_code == 1 and "--now must be" in result.stderr


# --- the admin's pages ----------------------------------------------------------------------


def test_only_the_admin_reaches_the_records_pages(client, login_as):
    login_as("auditor")
    assert client.get("/records/").status_code == 403


def test_the_admin_sees_what_is_due_and_changes_the_schedule(client, login_as, decided):
    login_as("admin")
    assert "Nothing is due." in client.get("/records/").get_data(as_text=True)
    token = csrf_token(client, "/records/")
    response = client.post(
        "/records/schedule",
        data={
            "csrf_token": token,
            "findings": "800",
            "summaries": "1825",
            "decisions": "1825",
            "trail": "2555",
        },
    )
    assert response.status_code == 302
    assert retention.schedule()["findings"] == 800


def test_a_too_short_schedule_is_refused_on_the_page_keeping_the_input(client, login_as):
    login_as("admin")
    token = csrf_token(client, "/records/")
    response = client.post(
        "/records/schedule",
        data={
            "csrf_token": token,
            "findings": "365",
            "summaries": "1825",
            "decisions": "1825",
            "trail": "2555",
        },
    )
    assert response.status_code == 422
    assert b'value="365"' in response.data
    assert retention.schedule()["findings"] == 1095


def test_the_admin_places_and_lifts_a_hold_on_the_page(client, login_as, decided):
    login_as("admin")
    candidate_id = decided[0].candidate_id
    token = csrf_token(client, "/records/holds")
    response = client.post(
        "/records/holds",
        data={
            "csrf_token": token,
            "scope": "candidate",
            "target": str(candidate_id),
            "reason": "Public-records request 2027-3",
        },
    )
    assert response.status_code == 302
    hold = db.session.scalar(select(LegalHold))
    assert hold.candidate_id == candidate_id and hold.active
    page = client.get("/records/holds").get_data(as_text=True)
    assert f"Lift hold {hold.id}" in page
    response = client.post(
        f"/records/holds/{hold.id}/lift",
        data={"csrf_token": token, f"lift-{hold.id}-reason": "Request answered and closed"},
    )
    assert response.status_code == 302
    db.session.refresh(hold)
    assert not hold.active


def test_a_hold_on_a_missing_candidate_is_refused_keeping_the_reason(client, login_as):
    login_as("admin")
    token = csrf_token(client, "/records/holds")
    response = client.post(
        "/records/holds",
        data={
            "csrf_token": token,
            "scope": "candidate",
            "target": "999",
            "reason": "Public-records request 2027-3",
        },
    )
    assert response.status_code == 404
    assert b"No candidate with id 999" in response.data
    assert b"Public-records request 2027-3" in response.data


def test_the_admin_exports_a_candidates_file_as_a_zip(client, login_as, decided):
    login_as("admin")
    vetting = decided[0]
    token = csrf_token(client, "/records/candidates")
    response = client.post(
        f"/records/candidates/{vetting.candidate_id}/export", data={"csrf_token": token}
    )
    assert response.status_code == 200 and response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    names = archive.namelist()
    assert "record.json" in names and "trail.json" in names
    assert any(n.startswith("evidence/") and n.endswith("evidence0.txt") for n in names)
    record = json.loads(archive.read("record.json"))
    assert record["candidate"]["name"] == SECRET_NAME
    assert record["findings"][0]["excerpt"] == SECRET_EXCERPT
    assert record["decisions"][0]["outcome"] == "proceed"
    trail = json.loads(archive.read("trail.json"))
    assert {"vetting.start", "vetting.submit"} <= {e["action"] for e in trail}
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "records.export"))
    assert event.object_id == vetting.candidate_id and event.details["evidence_files"] == 1


def test_an_export_needs_the_csrf_token(client, login_as, decided):
    login_as("admin")
    response = client.post(f"/records/candidates/{decided[0].candidate_id}/export")
    assert response.status_code in (302, 400)
    assert (
        db.session.scalar(select(AuditEvent).where(AuditEvent.action == "records.export")) is None
    )


def test_the_admin_previews_what_falls_due_on_a_later_day(client, login_as, decided):
    login_as("admin")
    page = client.get(f"/records/?on={at(1096).date().isoformat()}").get_data(as_text=True)
    assert "Due for purging on" in page and "Raw findings and evidence" in page
    assert f"<td>{decided[1].candidate_id}</td>" in page
    assert SECRET_NAME not in page  # the due list names ids, not people
    assert client.get("/records/?on=tomorrow").status_code == 422


def test_a_hold_on_a_huge_id_is_not_found_not_a_crash(app):
    result = app.test_cli_runner().invoke(
        args=[
            "legal-hold",
            "place",
            "--candidate",
            "99999999999999999999",
            "--reason",
            "Request 2027-9",
        ]
    )
    assert result.exit_code == 1 and "No candidate" in result.stderr


def test_a_hold_placed_while_a_purge_runs_still_stops_it(app, decided):
    def place_hold_midway(items):
        first, second = items
        yield first
        retention.place_hold(
            ADMIN, candidate_id=second.candidate_id, reason="Request that arrived mid-run"
        )
        yield second

    result = retention.purge(
        ADMIN, app.config["EVIDENCE_DIR"], at(1095), progress=place_hold_midway
    )
    assert [i.candidate_id for i in result.purged] == [decided[0].candidate_id]
    assert [i.candidate_id for i in result.held] == [decided[1].candidate_id]
    assert db.session.get(Vetting, decided[1].id).state == "decided"
