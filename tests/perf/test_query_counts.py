"""The busiest pages run a fixed number of SQL queries, however many findings or candidates.

Each test builds the same world twice, small (2) and large (20), views both pages with one
signed-in client and compares the statements: a count that grows is an N+1 query.
"""
from __future__ import annotations

import secrets

import pytest

from tests.factories import AssignmentFactory, CandidateFactory, CycleFactory, FindingFactory
from tests.perf.conftest import growth
from vetting.extensions import db
from vetting.models import Evidence, ItemOutcome, Validation

SMALL, LARGE = 2, 20


@pytest.fixture
def cycle_with(make_user):
    """A cycle whose staff are assigned, and a builder of vettings with N findings each."""
    searcher = make_user("searcher1", "searcher")
    reviewer = make_user("reviewer1", "reviewer")
    cycle = CycleFactory()
    AssignmentFactory(cycle=cycle, user=searcher, role="searcher")
    AssignmentFactory(cycle=cycle, user=reviewer, role="reviewer")
    items = list(cycle.checklist_version.items)

    def vetting_with(findings: int, *, state: str = "submitted") -> int:
        candidate = CandidateFactory(cycle=cycle)
        vetting = candidate.vetting
        vetting.state = state
        for item in items:
            db.session.add(ItemOutcome(vetting=vetting, item_id=item.id, outcome="finding",
                                       updated_by_id=searcher.id))
        for n in range(findings):
            finding = FindingFactory(vetting=vetting, item_id=items[n % len(items)].id,
                                     logged_by=searcher)
            db.session.add(Evidence(finding=finding, original_name="capture.png",
                                    stored_name=secrets.token_hex(16) + ".png",
                                    media_type="image/png", size=10, sha256="0" * 64,
                                    uploaded_by_id=searcher.id))
            db.session.add(Validation(finding=finding, outcome="validated",
                                      identifiers=["handle", "photo"],
                                      validated_by_id=reviewer.id))
        db.session.commit()
        return vetting.id

    vetting_with.cycle = cycle
    return vetting_with


def test_the_searcher_checklist_runs_the_same_queries_for_2_or_20_findings(
        cycle_with, login, page_queries):
    small, large = cycle_with(SMALL, state="in_progress"), cycle_with(LARGE, state="in_progress")
    assert login("searcher1").status_code == 302
    few = page_queries(f"/search/vettings/{small}")
    many = page_queries(f"/search/vettings/{large}")
    assert len(many) == len(few), growth(few, many)
