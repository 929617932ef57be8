"""Cycles, their frozen checklists, assignments that keep the board apart, candidates."""

from datetime import date, timedelta

import pytest

from tests.api.conftest import actions, count
from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import (
    Assignment,
    Candidate,
    ChecklistTemplate,
    ChecklistVersion,
    Cycle,
    Vetting,
)
from vetting.services.cycles import create_template

CYCLES = "/api/v1/cycles"
CHECKLIST = [
    {"key": "social-media", "title": "Social media", "guidance": "Public profiles only."},
    {"key": "news", "title": "News archives", "guidance": "Local papers, 7 years."},
]


def new_cycle(**overrides):
    body = {
        "name": "Police Officer 2027",
        "position": "Police Officer",
        "search_window_years": 7,
        "checklist": CHECKLIST,
    }
    return {**body, **overrides}


def test_admin_opens_a_cycle_with_its_own_checklist(admin):
    response = admin.post(CYCLES, json=new_cycle())
    assert response.status_code == 201
    cycle = db.session.get(Cycle, response.json["id"])
    assert response.json["checklist_version"] == cycle.checklist_version_id
    assert [i.key for i in cycle.checklist_version.items] == ["social-media", "news"]
    assert [e.action for e in actions("cycle.create")] == ["cycle.create"]


def test_admin_opens_a_cycle_from_a_template(admin):
    template = create_template(Actor(None, name="test"), "Sworn officers", CHECKLIST)
    response = admin.post(CYCLES, json=new_cycle(checklist=None, template_id=template.id))
    assert response.status_code == 201
    assert response.json["checklist_version"] == template.latest.id


def test_a_cycle_from_an_unknown_template_is_404(admin):
    response = admin.post(CYCLES, json=new_cycle(checklist=None, template_id=999))
    assert response.status_code == 404
    assert count(Cycle) == 0


def test_template_and_checklist_together_are_422(admin):
    template = create_template(Actor(None, name="test"), "Sworn officers", CHECKLIST)
    response = admin.post(CYCLES, json=new_cycle(template_id=template.id))
    assert response.status_code == 422


@pytest.mark.parametrize(
    "overrides",
    [
        {"search_window_years": "7"},
        {"search_window_years": 7.5},
        {"search_window_years": True},
        {"search_window_years": 0},
        {"search_window_years": 31},
        {"name": ""},
        {"position": 12},
        {"checklist": []},
        {"checklist": "social-media"},
        {"checklist": ["social-media"]},
        {"checklist": [{"key": "Social Media!", "title": "x"}]},
        {"checklist": [{"key": 5, "title": "x"}]},
        {"checklist": [{"key": "a", "title": "A"}, {"key": "a", "title": "B"}]},
        {"template_id": "1", "checklist": None},
    ],
)
def test_bad_cycle_input_is_422_and_leaves_nothing_behind(admin, overrides):
    response = admin.post(CYCLES, json=new_cycle(**overrides))
    assert response.status_code == 422, response.json
    assert response.json["error"]
    assert (count(Cycle), count(ChecklistTemplate), count(ChecklistVersion)) == (0, 0, 0)


def test_only_an_admin_opens_cycles(api):
    assert api("rita", "reviewer").post(CYCLES, json=new_cycle()).status_code == 403


# --- assignments (IV.B.6) ---------------------------------------------------------------------


def _assign(admin, cycle, username, role):
    return admin.post(f"{CYCLES}/{cycle.id}/assignments", json={"username": username, "role": role})


@pytest.mark.parametrize("role", ["searcher", "reviewer", "board"])
def test_admin_assigns_a_user_to_a_cycle(admin, make_user, cycle, role):
    make_user("dana", role)
    response = _assign(admin, cycle, "dana", role)
    assert response.status_code == 201
    assert response.json["role"] == role and response.json["username"] == "dana"
    [event] = actions("assignment.create")
    assert event.cycle_id == cycle.id and event.details == {"user": "dana", "as": role}


@pytest.mark.parametrize("first", ["searcher", "reviewer"])
def test_a_searcher_or_reviewer_cannot_join_the_board_of_their_cycle(
    admin, make_user, cycle, first
):
    make_user("dana", first, "board")
    _assign(admin, cycle, "dana", first)
    response = _assign(admin, cycle, "dana", "board")
    assert response.status_code == 409
    assert "IV.B.6" in response.json["error"] and "board" in response.json["error"]
    assert count(Assignment) == 1


@pytest.mark.parametrize("second", ["searcher", "reviewer"])
def test_a_board_member_cannot_search_or_review_in_their_cycle(admin, make_user, cycle, second):
    make_user("dana", second, "board")
    _assign(admin, cycle, "dana", "board")
    response = _assign(admin, cycle, "dana", second)
    assert response.status_code == 409
    assert "IV.B.6" in response.json["error"]
    assert response.json["conflicting_roles"] == ["board"]
    assert count(Assignment) == 1


def test_board_in_one_cycle_may_search_in_another(admin, make_user, cycle, other_cycle):
    make_user("dana", "searcher", "board")
    assert _assign(admin, cycle, "dana", "board").status_code == 201
    assert _assign(admin, other_cycle, "dana", "searcher").status_code == 201


def test_the_same_assignment_twice_is_409(admin, make_user, cycle):
    make_user("dana", "reviewer")
    _assign(admin, cycle, "dana", "reviewer")
    assert _assign(admin, cycle, "dana", "reviewer").status_code == 409


def test_a_user_is_assigned_only_in_a_role_they_hold(admin, make_user, cycle):
    make_user("dana", "reviewer")
    response = _assign(admin, cycle, "dana", "searcher")
    assert response.status_code == 422
    assert count(Assignment) == 0


@pytest.mark.parametrize("role", ["admin", "auditor", "", None, 3])
def test_cycle_roles_are_searcher_reviewer_or_board(admin, make_user, cycle, role):
    make_user("dana", "admin", "auditor")
    assert _assign(admin, cycle, "dana", role).status_code == 422


def test_assigning_an_unknown_user_is_404(admin, cycle):
    assert _assign(admin, cycle, "nobody", "searcher").status_code == 404


def test_assigning_in_an_unknown_cycle_is_404(admin, make_user):
    make_user("dana", "reviewer")
    response = admin.post(
        f"{CYCLES}/999/assignments", json={"username": "dana", "role": "reviewer"}
    )
    assert response.status_code == 404


# --- candidates (IV.B.5) ----------------------------------------------------------------------


def test_admin_adds_a_candidate_with_a_vetting(admin, cycle):
    consent = (date.today() - timedelta(days=2)).isoformat()
    response = admin.post(
        f"{CYCLES}/{cycle.id}/candidates", json={"name": "Jordan Example", "consent_on": consent}
    )
    assert response.status_code == 201
    vetting = db.session.get(Vetting, response.json["vetting_id"])
    assert vetting.candidate.id == response.json["id"]
    assert vetting.state == "assigned"
    assert vetting.checklist_version_id == cycle.checklist_version_id


def test_the_audit_trail_names_the_candidate_by_id_only(admin, cycle):
    admin.post(
        f"{CYCLES}/{cycle.id}/candidates",
        json={"name": "Jordan Example", "consent_on": date.today().isoformat()},
    )
    [event] = actions("candidate.create")
    assert "Jordan" not in str(event.details)


@pytest.mark.parametrize(
    "body",
    [
        {"name": "Jordan Example"},
        {"name": "Jordan Example", "consent_on": (date.today() + timedelta(days=1)).isoformat()},
        {"name": "Jordan Example", "consent_on": "yesterday"},
        {"name": "", "consent_on": date.today().isoformat()},
        {"name": ["Jordan"], "consent_on": date.today().isoformat()},
    ],
)
def test_a_candidate_needs_a_name_and_a_past_consent_date(admin, cycle, body):
    response = admin.post(f"{CYCLES}/{cycle.id}/candidates", json=body)
    assert response.status_code == 422
    assert (count(Candidate), count(Vetting)) == (0, 0)


def test_a_candidate_in_an_unknown_cycle_is_404(admin):
    response = admin.post(
        f"{CYCLES}/999/candidates",
        json={"name": "Jordan Example", "consent_on": date.today().isoformat()},
    )
    assert response.status_code == 404
