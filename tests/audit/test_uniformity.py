"""The uniformity report flags every way a candidate's vetting differed from the others (IV.B.9)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import event

from tests import factories
from tests.audit.conftest import CHECKLIST, NA_REASON, T0, findings_from
from vetting.extensions import db
from vetting.services.uniformity import cycle_report


def deviations(cycle, vetting) -> list[str]:
    report = cycle_report(cycle.id)
    return next(r for r in report.rows if r.vetting_id == vetting.id).deviations


def flagged(cycle, vetting, words: str) -> bool:
    return any(words in d for d in deviations(cycle, vetting))


def test_candidates_vetted_alike_raise_no_flag(cycle, uniform_cycle):
    report = cycle_report(cycle.id)
    assert [r.deviations for r in report.rows] == [[], [], []]
    row = report.rows[0]
    assert (row.items_total, row.items_done, row.findings, row.sources) == (3, 3, 2, 2)
    assert row.seconds_to_submit == 4 * 3600
    assert row.searchers == ["sam"]
    assert row.outcomes == {k: "nothing_found" for k in CHECKLIST}


def test_a_different_checklist_version_is_flagged(cycle, uniform_cycle, add_candidate, work):
    other = factories.ChecklistVersionFactory(items=CHECKLIST)
    odd = add_candidate()
    odd.checklist_version_id = other.id
    db.session.commit()
    work(odd, findings=findings_from("facebook.com", "news.example.com"))
    assert flagged(cycle, odd, "not the cycle's checklist")
    assert not flagged(cycle, uniform_cycle[0], "checklist")


def test_items_without_outcome_after_submission_are_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(
        add_candidate(),
        outcomes={"social-media": ("nothing_found", "")},
        findings=findings_from("facebook.com", "news.example.com"),
    )
    assert flagged(
        cycle, odd, "Submitted with 2 checklist items lacking an outcome: News, Public Records"
    )


def test_items_still_open_while_others_are_submitted_are_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(add_candidate(), outcomes={"news": ("nothing_found", "")}, state="in_progress")
    assert flagged(cycle, odd, "Still open with 2 of 3 items lacking an outcome")


def test_open_items_are_not_flagged_while_nobody_has_submitted(cycle, add_candidate, work):
    odd = work(add_candidate(), outcomes={"news": ("nothing_found", "")}, state="in_progress")
    assert deviations(cycle, odd) == []


def test_not_applicable_without_a_substantive_reason_is_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(
        add_candidate(),
        outcomes={
            "social-media": ("not_applicable", "n/a"),
            "news": ("not_applicable", NA_REASON),
            "public-records": ("nothing_found", ""),
        },
        findings=findings_from("facebook.com", "news.example.com"),
    )
    assert flagged(cycle, odd, "Item “Social Media” marked not applicable without a substantive")
    assert not flagged(cycle, odd, "Item news")


def test_findings_captured_outside_the_search_window_are_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(
        add_candidate(),
        findings=[
            {"url": "https://facebook.com/p/1", "captured_at": T0 - timedelta(days=365 * 8)},
            {"url": "https://news.example.com/p/2"},
        ],
    )
    assert flagged(cycle, odd, "1 finding captured outside the cycle's 7-year search window")


def test_findings_not_tied_to_a_checklist_item_are_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(
        add_candidate(),
        findings=[
            {"url": "https://facebook.com/p/1", "item": None},
            {"url": "https://news.example.com/p/2"},
        ],
    )
    assert flagged(cycle, odd, "1 finding not tied to a checklist item")


@pytest.mark.parametrize("hours, side", [(20, "above"), (1, "below")])
def test_time_far_from_the_median_is_flagged(
    cycle, uniform_cycle, add_candidate, work, hours, side
):
    odd = work(
        add_candidate(), hours=hours, findings=findings_from("facebook.com", "news.example.com")
    )
    assert flagged(
        cycle,
        odd,
        f"Time from first action to submission ({hours} h 00 min) is far {side} the cycle's median",
    )


def test_time_within_half_to_double_of_the_median_is_not_flagged(
    cycle, uniform_cycle, add_candidate, work
):
    odd = work(add_candidate(), hours=7, findings=findings_from("facebook.com", "news.example.com"))
    assert not flagged(cycle, odd, "Time from first action")


@pytest.mark.parametrize(
    "hosts, side",
    [
        (("a.example", "b.example", "c.example", "d.example", "e.example"), "above"),
        ((), "below"),
    ],
)
def test_sources_far_from_the_median_are_flagged(
    cycle, uniform_cycle, add_candidate, work, hosts, side
):
    odd = work(add_candidate(), findings=findings_from(*hosts))
    assert flagged(cycle, odd, f"Number of sources ({len(hosts)}) is far {side}")


def test_sources_count_distinct_hosts(cycle, add_candidate, work):
    vetting = work(
        add_candidate(),
        findings=[
            {"url": "https://www.facebook.com/a"},
            {"url": "https://facebook.com/b"},
            {"url": "https://news.example.com/c"},
        ],
    )
    assert cycle_report(cycle.id).rows[0].sources == 2
    assert vetting.id == cycle_report(cycle.id).rows[0].vetting_id


def test_a_vetting_never_started_while_others_are_submitted_is_flagged(
    cycle, uniform_cycle, add_candidate
):
    idle = add_candidate()
    assert flagged(cycle, idle, "Never started, while 3 other vettings of this cycle are submitted")


def test_a_searcher_who_went_much_deeper_on_one_candidate_is_flagged(
    cycle, add_candidate, work, make_user
):
    other = make_user("tess", "searcher")
    deep = [{"url": f"https://facebook.com/p/{n}"} for n in range(6)]
    shallow = [{"url": "https://facebook.com/p/1"}]
    odd = work(add_candidate(), findings=deep)
    work(add_candidate(), findings=shallow)
    work(add_candidate(), findings=shallow)
    # A different searcher's ordinary candidates do not hide sam's unevenness.
    work(add_candidate(), findings=deep, by=other)
    assert flagged(
        cycle,
        odd,
        "Searcher sam logged 6 findings here, much more deeply than on their other candidates",
    )
    assert not any("Searcher tess" in d for r in cycle_report(cycle.id).rows for d in r.deviations)


def test_a_searcher_who_went_much_shallower_is_flagged(cycle, add_candidate, work):
    many = [{"url": f"https://facebook.com/p/{n}"} for n in range(4)]
    work(add_candidate(), findings=many)
    work(add_candidate(), findings=many)
    odd = work(add_candidate(), findings=many[:1])
    assert flagged(cycle, odd, "Searcher sam logged 1 finding here, much less deeply")


def test_the_report_shows_redactions_per_category_from_the_releases(cycle, uniform_cycle):
    from vetting.audit import Actor, record

    for n, v in enumerate(uniform_cycle):
        record(
            Actor(None, name="rita"),
            "release.create",
            None,
            role="reviewer",
            cycle_id=cycle.id,
            object_type="release",
            object_id=n + 1,
            details={"vetting_id": v.id, "version": 1, "redactions": {"religion": 1, "health": n}},
        )
    db.session.commit()
    assert cycle_report(cycle.id).redactions == {"health": 3, "religion": 3}


def _count_queries(fn) -> int:
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        db.session.expire_all()
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_the_query_count_does_not_grow_with_candidates_or_findings(
    cycle, add_candidate, work, make_user
):
    other = make_user("tess", "searcher")
    for _ in range(2):
        work(add_candidate(), findings=findings_from("a.example"))
    small = _count_queries(lambda: cycle_report(cycle.id))
    for n in range(8):
        work(
            add_candidate(),
            findings=findings_from("a.example", "b.example", "c.example"),
            by=other if n % 2 else None,
        )
    work(add_candidate(), state="in_progress", outcomes={})
    add_candidate()
    large = _count_queries(lambda: cycle_report(cycle.id))
    assert large == small


# --- the page, the CSV and the API ----------------------------------------------------------


def test_the_api_returns_the_contract_fields(api, cycle, uniform_cycle, add_candidate):
    idle = add_candidate()
    body = api("audra", "auditor").get(f"/api/v1/cycles/{cycle.id}/uniformity").get_json()
    rows = {c["vetting_id"]: c for c in body["candidates"]}
    assert set(rows[idle.id]) >= {
        "vetting_id",
        "state",
        "checklist_version",
        "items_total",
        "items_done",
        "deviations",
    }
    assert rows[idle.id]["state"] == "assigned" and rows[idle.id]["items_done"] == 0
    assert rows[idle.id]["deviations"][0].startswith("Never started")
    assert rows[uniform_cycle[0].id]["deviations"] == []


@pytest.mark.parametrize(
    "role, status",
    [("auditor", 200), ("admin", 200), ("searcher", 403), ("reviewer", 403), ("board", 403)],
)
def test_the_auditor_and_the_admin_read_the_report_by_api(api, cycle, role, status):
    assert api(f"{role}9", role).get(f"/api/v1/cycles/{cycle.id}/uniformity").status_code == status


def test_an_unknown_cycle_is_a_404(api):
    response = api("audra", "auditor").get("/api/v1/cycles/999/uniformity")
    assert response.status_code == 404 and response.get_json()["error"]


def test_the_page_draws_its_charts_on_the_server(client, login_as, cycle, uniform_cycle):
    login_as("auditor")
    page = client.get(f"/audit/cycles/{cycle.id}/uniformity").get_data(as_text=True)
    assert page.count("<svg") == 2  # time and items; no redactions yet
    assert "Hours from first action to submission" in page and "No data yet." in page
    # The only script is the app's own shared enhancement file; the charts need none.
    assert (
        re.findall(r"<script[^>]*>", page) == ['<script src="/static/app.js" defer>']
        and "cdn" not in page.lower()
    )
    assert page.count("<h1") == 1


def test_the_csv_has_one_line_per_candidate_with_its_flags(
    client, login_as, cycle, uniform_cycle, add_candidate
):
    add_candidate()
    login_as("auditor")
    response = client.get(f"/audit/cycles/{cycle.id}/uniformity.csv")
    assert response.mimetype == "text/csv"
    lines = response.get_data(as_text=True).strip().splitlines()
    assert lines[0].startswith("candidate_id,vetting_id,state,checklist_version")
    assert len(lines) == 5 and "Never started" in lines[-1]


def test_the_index_links_every_cycle_to_its_report(client, login_as, cycle):
    login_as("auditor")
    page = client.get("/audit/").get_data(as_text=True)
    assert f"/audit/cycles/{cycle.id}/uniformity" in page


def test_a_searcher_who_logged_nothing_reads_naturally_and_short_times_keep_their_size():
    from vetting.services.uniformity import _duration, _n

    assert _n(0, "finding") == "no findings" and _n(1, "finding") == "1 finding"
    assert (_duration(40), _duration(600), _duration(3 * 3600 + 300)) == (
        "40 s",
        "10 min",
        "3 h 05 min",
    )
