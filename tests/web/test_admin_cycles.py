"""Checklists, cycles, candidates and assignments from the administrator's pages."""

from datetime import date, timedelta

from sqlalchemy import select

from tests import factories
from vetting.extensions import db
from vetting.models import Assignment, ChecklistTemplate, Cycle
from vetting.models.base import utcnow

ITEMS = "social-media | Social media | Search by name and known usernames.\nnews | News archives\n"


def test_empty_lists_say_what_to_do(login_as, client):
    login_as("admin")
    assert "No checklists yet" in client.get("/admin/checklists").get_data(as_text=True)
    assert "No cycles yet" in client.get("/admin/cycles").get_data(as_text=True)


def test_admin_creates_a_checklist_from_lines(login_as, post, client):
    login_as("admin")
    response = post("/admin/checklists/new", {"name": "Standard", "items": ITEMS})
    assert response.status_code == 302
    template = db.session.scalar(
        select(ChecklistTemplate).where(ChecklistTemplate.name == "Standard")
    )
    assert [(i.key, i.title, i.guidance) for i in template.latest.items] == [
        ("social-media", "Social media", "Search by name and known usernames."),
        ("news", "News archives", ""),
    ]
    assert "Version 1" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_bad_checklist_line_is_named_and_the_text_kept(login_as, post):
    login_as("admin")
    response = post(
        "/admin/checklists/new",
        {"name": "Standard", "items": "social-media | Social media\n\nNews archives\n"},
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Line 3: write key | title | guidance" in html
    assert "social-media | Social media" in html
    assert db.session.scalar(select(ChecklistTemplate.id)) is None


def test_a_bad_key_is_named_with_its_line(login_as, post):
    login_as("admin")
    response = post("/admin/checklists/new", {"name": "Standard", "items": "Social Media | x"})
    assert response.status_code == 422
    assert "Line 1: the key" in response.get_data(as_text=True)


def test_editing_a_frozen_checklist_makes_a_new_version(login_as, post, client):
    login_as("admin")
    version = factories.ChecklistVersionFactory(frozen_at=utcnow())
    template = version.template
    db.session.commit()
    page = client.get(f"/admin/checklists/{template.id}/edit").get_data(as_text=True)
    assert "saving makes a new version, v2" in page
    response = post(
        f"/admin/checklists/{template.id}/edit",
        {"items": "social-media | Social media\nweapons | Weapons posts\n"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert [v.number for v in template.versions] == [1, 2]
    assert [i.key for i in template.versions[0].items] == [
        "social-media",
        "news",
        "public-records",
    ]  # the frozen version is untouched
    assert [i.key for i in template.versions[1].items] == ["social-media", "weapons"]
    html = client.get(f"/admin/checklists/{template.id}").get_data(as_text=True)
    assert "frozen" in html and "Version 2" in html


def test_editing_an_unused_checklist_changes_it_in_place(login_as, post):
    login_as("admin")
    post("/admin/checklists/new", {"name": "Standard", "items": ITEMS})
    template = db.session.scalar(select(ChecklistTemplate))
    post(f"/admin/checklists/{template.id}/edit", {"items": "news | News archives"})
    db.session.expire_all()
    assert [v.number for v in template.versions] == [1]
    assert [i.key for i in template.latest.items] == ["news"]


def test_admin_opens_a_cycle_with_its_own_checklist(login_as, post, client):
    login_as("admin")
    response = post(
        "/admin/cycles/new",
        {
            "name": "Officer 2027",
            "position": "Police Officer",
            "search_window_years": "7",
            "template_id": "0",
            "items": ITEMS,
        },
    )
    assert response.status_code == 302
    cycle = db.session.scalar(select(Cycle))
    assert [i.key for i in cycle.checklist_version.items] == ["social-media", "news"]
    html = client.get(f"/admin/cycles/{cycle.id}").get_data(as_text=True)
    assert "not frozen yet" in html
    assert "No candidates yet — add one below" in html


def test_admin_opens_a_cycle_from_a_template(login_as, post):
    login_as("admin")
    post("/admin/checklists/new", {"name": "Standard", "items": ITEMS})
    template = db.session.scalar(select(ChecklistTemplate))
    response = post(
        "/admin/cycles/new",
        {
            "name": "Officer 2027",
            "position": "Police Officer",
            "search_window_years": "5",
            "template_id": str(template.id),
            "items": "",
        },
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Cycle)).checklist_version_id == template.latest.id


def test_a_cycle_without_checklist_is_refused_keeping_the_input(login_as, post):
    login_as("admin")
    response = post(
        "/admin/cycles/new",
        {
            "name": "Officer 2027",
            "position": "Police Officer",
            "search_window_years": "7",
            "template_id": "0",
            "items": "",
        },
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "at least one item" in html and 'value="Officer 2027"' in html


def test_admin_adds_a_candidate_with_consent_date(login_as, post, client):
    login_as("admin")
    cycle = factories.CycleFactory()
    db.session.commit()
    consent = date.today() - timedelta(days=2)
    response = post(
        f"/admin/cycles/{cycle.id}/candidates",
        {"name": "Jordan Example", "consent_on": consent.isoformat()},
        page=f"/admin/cycles/{cycle.id}",
    )
    assert response.status_code == 302
    html = client.get(f"/admin/cycles/{cycle.id}").get_data(as_text=True)
    assert "Jordan Example" in html and consent.isoformat() in html and "assigned" in html


def test_a_consent_date_in_the_future_is_refused(login_as, post):
    login_as("admin")
    cycle = factories.CycleFactory()
    db.session.commit()
    response = post(
        f"/admin/cycles/{cycle.id}/candidates",
        {"name": "Jordan Example", "consent_on": (date.today() + timedelta(days=3)).isoformat()},
        page=f"/admin/cycles/{cycle.id}",
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "cannot be in the future" in html and 'value="Jordan Example"' in html


def test_admin_assigns_and_removes_staff(login_as, make_user, post, client):
    login_as("admin")
    cycle = factories.CycleFactory()
    searcher = make_user("sam", "searcher")
    page = f"/admin/cycles/{cycle.id}"
    response = post(
        f"/admin/cycles/{cycle.id}/assignments",
        {"user_id": str(searcher.id), "role": "searcher"},
        page=page,
    )
    assert response.status_code == 302
    assignment = db.session.scalar(select(Assignment))
    assert (assignment.user_id, assignment.role) == (searcher.id, "searcher")
    post(f"/admin/assignments/{assignment.id}/delete", page=page)
    assert db.session.scalar(select(Assignment)) is None


def test_the_board_never_also_searches_in_one_cycle(login_as, make_user, post):
    login_as("admin")
    cycle = factories.CycleFactory()
    both = make_user("pat", "searcher", "board")
    factories.AssignmentFactory(cycle=cycle, user=both, role="searcher")
    db.session.commit()
    response = post(
        f"/admin/cycles/{cycle.id}/assignments",
        {"user_id": str(both.id), "role": "board"},
        page=f"/admin/cycles/{cycle.id}",
    )
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "IV.B.6" in html and "cannot also be board" in html
    assert "<h1>" in html and cycle.name in html  # the cycle page, not a bare error
    # Explained inside the assign form the page scrolls to, not off-screen above it.
    before, assign_card = html.split('id="assign"', 1)
    assert "cannot also be board" in assign_card and "cannot also be board" not in before
    assert db.session.scalars(select(Assignment.role)).all() == ["searcher"]


def test_a_user_without_the_role_cannot_be_assigned_it(login_as, make_user, post):
    login_as("admin")
    cycle = factories.CycleFactory()
    reviewer = make_user("rita", "reviewer")
    response = post(
        f"/admin/cycles/{cycle.id}/assignments",
        {"user_id": str(reviewer.id), "role": "searcher"},
        page=f"/admin/cycles/{cycle.id}",
    )
    assert response.status_code == 422
    assert "does not hold the searcher role" in response.get_data(as_text=True)


def test_the_cycle_page_shows_frozen_checklist_and_vetting_states(login_as, client):
    login_as("admin")
    cycle = factories.CycleFactory(checklist_version__frozen_at=utcnow())
    candidate = factories.CandidateFactory(cycle=cycle)
    candidate.vetting.state = "in_progress"
    db.session.commit()
    html = client.get(f"/admin/cycles/{cycle.id}").get_data(as_text=True)
    assert "badge state-frozen" in html
    assert "state-in_progress" in html


def test_other_roles_cannot_use_admin_pages(login_as, client):
    login_as("searcher")
    assert client.get("/admin/cycles").status_code == 403


def test_the_lists_show_checklists_and_cycles(login_as, client):
    login_as("admin")
    cycle = factories.CycleFactory(name="Dispatcher 2027", checklist_version__frozen_at=utcnow())
    db.session.commit()
    checklists = client.get("/admin/checklists").get_data(as_text=True)
    assert cycle.checklist_version.template.name in checklists and "frozen" in checklists
    cycles = client.get("/admin/cycles").get_data(as_text=True)
    assert "Dispatcher 2027" in cycles and "7 years" in cycles
