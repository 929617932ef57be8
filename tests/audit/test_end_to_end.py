"""One candidate through the whole process with the real services, then audited and purged."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests import factories
from vetting.audit import Actor, verify
from vetting.extensions import db
from vetting.models import Evidence, Finding, Vetting
from vetting.models.releases import BoardDecision, RedactionDecision, Release
from vetting.services import board, releases, retention, validation, vettings
from vetting.services.uniformity import cycle_report

EXCERPT = "Posted that he would fight the referee; he prays at St. Mark's church every Sunday."
URL = "https://social.example/jq/posts/4411"


@pytest.fixture
def decided_world(app, make_user):
    """A candidate searched, validated, released (with a redaction) and decided."""
    searcher, reviewer = make_user("sam", "searcher"), make_user("rae", "reviewer")
    member = make_user("bo", "board")
    cycle = factories.CycleFactory(
        checklist_version=factories.ChecklistVersionFactory(items=["social-media", "news"])
    )
    candidate = factories.CandidateFactory(cycle=cycle, name="Jordan Quillfeather")
    db.session.commit()
    vetting = candidate.vetting
    folder = app.config["EVIDENCE_DIR"]
    s, r, b = (Actor(u, "127.0.0.1") for u in (searcher, reviewer, member))
    finding = vettings.log_finding_with_evidence(
        s,
        vetting,
        {
            "item": "social-media",
            "url": URL,
            "platform": "Facebook",
            "captured_at": datetime.now(UTC) - timedelta(days=1),
            "method": "public_profile",
            "relevance": "violence_threat",
            "excerpt": EXCERPT,
            "notes": "Handle on application.",
            "attest_lawful": True,
        },
        [(io.BytesIO(b"captured page text"), "capture.txt")],
        folder=folder,
        max_bytes=1 << 20,
        max_excerpt=20_000,
    )
    vettings.set_item_outcome(s, vetting, "news", "nothing_found")
    vettings.submit(s, vetting, attest_lawful=True)
    validation.validate_finding(
        r, finding, "validated", ["name", "workplace"], evidence_folder=folder
    )
    releases.add_redaction(
        r,
        finding,
        "religion",
        phrase="prays at St. Mark's church",
        reason="Religious practice is protected.",
    )
    releases.release(r, vetting)
    board.decide(b, vetting, "proceed", None)
    return vetting


def test_the_report_counts_the_released_redactions_by_category(decided_world):
    report = cycle_report(decided_world.cycle.id)
    assert report.redactions.get("religion", 0) >= 1
    row = report.rows[0]
    assert (row.state, row.items_done, row.findings, row.sources) == ("decided", 2, 1, 1)
    assert row.searchers == ["sam"] and row.deviations == []


def test_everything_but_the_trail_is_purged_on_schedule(app, decided_world):
    vetting_id, cycle_id = decided_world.id, decided_world.cycle.id
    decided_at = retention.cycle_decided_at()[cycle_id]
    actor = Actor(None, "test", name="records-officer")
    assert (
        retention.purge(actor, app.config["EVIDENCE_DIR"], decided_at + timedelta(days=1094)).purged
        == []
    )
    result = retention.purge(actor, app.config["EVIDENCE_DIR"], decided_at + timedelta(days=1825))
    assert sorted(i.kind for i in result.purged) == ["decisions", "findings", "summaries"]
    for model in (Finding, Evidence, Release, BoardDecision, RedactionDecision):
        assert db.session.scalar(select(func.count()).select_from(model)) == 0, model
    assert not any(Path(app.config["EVIDENCE_DIR"]).iterdir())
    assert db.session.get(Vetting, vetting_id).state == "purged"
    assert verify().ok
    assert cycle_report(cycle_id).rows[0].deviations == []
