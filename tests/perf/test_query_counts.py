"""The busiest pages run a fixed number of SQL queries, however many findings or candidates.

Each test builds a small world (2) and a large one (20), views both pages with one signed-in
client and compares the statements: a count that grows with N is an N+1 query.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from types import SimpleNamespace

import pytest

from tests.factories import AssignmentFactory, CandidateFactory, CycleFactory, FindingFactory
from tests.perf.conftest import growth
from vetting.extensions import db
from vetting.models import Evidence, ItemOutcome, Validation
from vetting.models.base import utcnow
from vetting.models.releases import Release

SMALL, LARGE = 2, 20


@pytest.fixture
def staff(make_user):
    """One person per role; the searcher, reviewer and board work every cycle made here."""
    return SimpleNamespace(
        searcher=make_user("searcher1", "searcher"),
        reviewer=make_user("reviewer1", "reviewer"),
        board=make_user("board1", "board"),
        auditor=make_user("auditor1", "auditor"),
    )


@pytest.fixture
def cycle_of(staff):
    """A cycle of ``candidates`` vettings with ``findings`` validated findings each."""

    def make(
        candidates: int, findings: int, *, state: str = "submitted", released: bool = False
    ) -> SimpleNamespace:
        cycle = CycleFactory()
        for user, role in (
            (staff.searcher, "searcher"),
            (staff.reviewer, "reviewer"),
            (staff.board, "board"),
        ):
            AssignmentFactory(cycle=cycle, user=user, role=role)
        vettings = [_vetting(cycle, staff, findings, state) for _ in range(candidates)]
        db.session.flush()
        if released:
            for vetting in vettings:
                _release(vetting, staff)
        db.session.commit()
        return SimpleNamespace(id=cycle.id, vetting_ids=[v.id for v in vettings])

    return make


def _vetting(cycle, staff, findings: int, state: str):
    vetting = CandidateFactory(cycle=cycle).vetting
    vetting.state = state
    items = list(cycle.checklist_version.items)
    for item in items:
        db.session.add(
            ItemOutcome(
                vetting=vetting, item_id=item.id, outcome="finding", updated_by_id=staff.searcher.id
            )
        )
    for n in range(findings):
        finding = FindingFactory(
            vetting=vetting, item_id=items[n % len(items)].id, logged_by=staff.searcher
        )
        db.session.add(
            Evidence(
                finding=finding,
                original_name="capture.png",
                stored_name=secrets.token_hex(16) + ".png",
                media_type="image/png",
                size=10,
                sha256="0" * 64,
                uploaded_by_id=staff.searcher.id,
            )
        )
        db.session.add(
            Validation(
                finding=finding,
                outcome="validated",
                identifiers=["name", "workplace"],
                validated_by_id=staff.reviewer.id,
            )
        )
    return vetting


def _release(vetting, staff) -> None:
    """A released summary of every finding, shaped and hashed as the release service does."""
    content = {
        "candidate": vetting.candidate.name,
        "cycle": vetting.cycle.name,
        "position": vetting.cycle.position,
        "version": 1,
        "released_at": utcnow().isoformat(),
        "findings": [
            {
                "relevance": f.relevance,
                "platform": f.platform,
                "captured_on": f.captured_at.date().isoformat(),
                "text": f.excerpt,
            }
            for f in vetting.findings
        ],
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    vetting.state = "released"
    db.session.add(
        Release(
            vetting_id=vetting.id,
            version=1,
            content=content,
            sha256=hashlib.sha256(canonical.encode()).hexdigest(),
            draft_sha256="",
            released_by_id=staff.reviewer.id,
        )
    )


def test_the_searcher_checklist_runs_the_same_queries_for_2_or_20_findings(
    cycle_of, login, page_queries
):
    small = cycle_of(1, SMALL, state="in_progress").vetting_ids[0]
    large = cycle_of(1, LARGE, state="in_progress").vetting_ids[0]
    assert login("searcher1").status_code == 302
    few = page_queries(f"/search/vettings/{small}")
    many = page_queries(f"/search/vettings/{large}")
    assert len(many) == len(few), growth(few, many)


def test_the_uniformity_report_runs_the_same_queries_for_2_or_20_candidates(
    cycle_of, login, page_queries
):
    small, large = cycle_of(SMALL, SMALL), cycle_of(LARGE, LARGE)
    assert login("auditor1").status_code == 302
    few = page_queries(f"/audit/cycles/{small.id}/uniformity")
    many = page_queries(f"/audit/cycles/{large.id}/uniformity")
    assert len(many) == len(few), growth(few, many)


def test_the_board_summary_runs_the_same_queries_for_2_or_20_findings(
    cycle_of, login, page_queries
):
    small = cycle_of(1, SMALL, released=True).vetting_ids[0]
    large = cycle_of(1, LARGE, released=True).vetting_ids[0]
    assert login("board1").status_code == 302
    few = page_queries(f"/board/vettings/{small}")
    many = page_queries(f"/board/vettings/{large}")
    assert len(many) == len(few), growth(few, many)


def test_the_board_list_runs_the_same_queries_for_2_or_20_candidates(cycle_of, login, page_queries):
    cycle_of(SMALL, SMALL, released=True)
    assert login("board1").status_code == 302
    few = page_queries("/board/")
    cycle_of(LARGE - SMALL, SMALL, released=True)  # 18 more candidates, in a second cycle
    many = page_queries("/board/")
    assert len(many) == len(few), growth(few, many)


def test_the_searcher_list_runs_the_same_queries_for_2_or_20_candidates(
    cycle_of, login, page_queries
):
    cycle_of(SMALL, 1, state="in_progress")
    assert login("searcher1").status_code == 302
    few = page_queries("/search/")
    cycle_of(LARGE - SMALL, 1, state="in_progress")  # 18 more candidates, in a second cycle
    many = page_queries("/search/")
    assert len(many) == len(few), growth(few, many)


def test_the_reviewer_vetting_page_runs_the_same_queries_for_2_or_20_findings(
    cycle_of, login, page_queries
):
    small = cycle_of(1, SMALL).vetting_ids[0]
    large = cycle_of(1, LARGE).vetting_ids[0]
    assert login("reviewer1").status_code == 302
    few = page_queries(f"/review/vettings/{small}")
    many = page_queries(f"/review/vettings/{large}")
    assert len(many) == len(few), growth(few, many)


def test_the_review_queue_runs_the_same_queries_for_2_or_20_candidates(
    cycle_of, login, page_queries
):
    cycle_of(SMALL, 2)
    assert login("reviewer1").status_code == 302
    few = page_queries("/review/")
    cycle_of(LARGE - SMALL, 2)  # 18 more candidates, in a second cycle
    many = page_queries("/review/")
    assert len(many) == len(few), growth(few, many)


def test_the_redaction_draft_runs_the_same_queries_for_2_or_20_findings(
    cycle_of, login, page_queries
):
    small = cycle_of(1, SMALL, state="validated").vetting_ids[0]
    large = cycle_of(1, LARGE, state="validated").vetting_ids[0]
    assert login("reviewer1").status_code == 302
    few = page_queries(f"/review/vettings/{small}/draft")
    many = page_queries(f"/review/vettings/{large}/draft")
    assert len(many) == len(few), growth(few, many)
