"""Admins reset passwords, change roles, and are asked before disabling, removing or revoking."""

from sqlalchemy import select

from tests import factories
from vetting.extensions import db
from vetting.models import AuditEvent


def test_an_admin_resets_a_password_which_must_then_be_changed(login_as, make_user, post):
    login_as("admin")
    sam = make_user("sam", "searcher")
    generation = sam.session_generation
    response = post(
        f"/admin/users/{sam.id}/password",
        {"password": "temporary-pass-1"},
        page=f"/admin/users/{sam.id}",
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert sam.must_change_password and sam.session_generation > generation
    assert (
        db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))
        == "user.password_reset"
    )


def test_a_user_with_a_reset_password_is_led_to_choose_a_new_one(make_user, login, client, post):
    sam = make_user("sam", "searcher")
    sam.must_change_password = True
    db.session.commit()
    assert login("sam").status_code == 302
    response = client.get("/search/")
    assert response.status_code == 302 and response.headers["Location"].endswith(
        "/account/password"
    )
    post(
        "/account/password",
        {"current": factories.PASSWORD, "new": "a-brand-new-pass", "confirm": "a-brand-new-pass"},
    )
    db.session.expire_all()
    assert not sam.must_change_password
    assert client.get("/search/").status_code == 200


def test_a_reset_password_also_holds_back_the_users_api_tokens(make_user, client):
    sam = make_user("sam", "admin")  # an admin may list tokens: a call any token can make
    token = factories.token_for(sam)
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/users/sam/tokens", headers=headers).status_code == 200
    sam.must_change_password = True
    db.session.commit()
    response = client.get("/api/v1/users/sam/tokens", headers=headers)
    assert response.status_code == 403
    assert "reset by an administrator" in response.get_json()["error"]


def test_an_admin_changes_a_users_roles(login_as, make_user, post):
    login_as("admin")
    rita = make_user("rita", "reviewer")
    response = post(
        f"/admin/users/{rita.id}/roles",
        {"roles": ["reviewer", "auditor"]},
        page=f"/admin/users/{rita.id}",
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert rita.roles == {"reviewer", "auditor"}


def test_a_role_still_assigned_in_a_cycle_cannot_be_taken_away(login_as, make_user, post):
    login_as("admin")
    rita = make_user("rita", "reviewer", "auditor")
    factories.AssignmentFactory(cycle=factories.CycleFactory(), user=rita, role="reviewer")
    db.session.commit()
    response = post(
        f"/admin/users/{rita.id}/roles", {"roles": ["auditor"]}, page=f"/admin/users/{rita.id}"
    )
    assert response.status_code == 409
    roles_card = response.get_data(as_text=True).split('id="roles"', 1)[1]
    assert "still assigned as reviewer" in roles_card.split("</section>", 1)[0]


def test_an_admin_cannot_drop_their_own_admin_role(login_as, post):
    me = login_as("admin")
    response = post(
        f"/admin/users/{me.id}/roles", {"roles": ["auditor"]}, page=f"/admin/users/{me.id}"
    )
    assert response.status_code == 422 and "your own admin role" in response.get_data(as_text=True)


def test_disable_remove_revoke_and_reset_ask_first(login_as, make_user, client):
    login_as("admin")
    sam = make_user("sam", "searcher")
    cycle = factories.CycleFactory()
    factories.AssignmentFactory(cycle=cycle, user=sam, role="searcher")
    db.session.commit()
    user_page = client.get(f"/admin/users/{sam.id}").get_data(as_text=True)
    cycle_page = client.get(f"/admin/cycles/{cycle.id}").get_data(as_text=True)
    assert 'data-confirm="Disable sam?' in user_page
    assert 'data-confirm="Revoke this designation?' in user_page
    assert "data-confirm=\"Reset sam's password?" in user_page
    assert 'data-confirm="Remove sam as searcher from this cycle?"' in cycle_page
