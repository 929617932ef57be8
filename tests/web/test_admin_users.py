"""Administration of staff accounts, API tokens and sensitive-position designations (IV.B.7)."""

from datetime import date, timedelta

from sqlalchemy import select

from tests.conftest import csrf_token
from tests.factories import token_for
from vetting.extensions import db
from vetting.models import ApiToken, AuditEvent, User


def test_overview_counts_and_links(login_as, client):
    login_as("admin")
    html = client.get("/admin/").get_data(as_text=True)
    assert "staff accounts" in html and "/admin/users" in html and "/admin/cycles" in html


def test_admin_creates_an_account_with_roles(login_as, post):
    login_as("admin")
    response = post(
        "/admin/users",
        {"username": "sam", "password": "long enough pw", "roles": ["searcher", "reviewer"]},
    )
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.username == "sam"))
    assert user.roles == {"searcher", "reviewer"}


def test_the_users_list_shows_roles_and_designation_state(login_as, make_user, client):
    login_as("admin")
    make_user("sam", "searcher")
    make_user("nora", "searcher", designated=False)
    html = client.get("/admin/users").get_data(as_text=True)
    assert "active until" in html
    assert "none — cannot search" in html


def test_a_refused_account_keeps_what_was_typed(login_as, make_user, post):
    login_as("admin")
    make_user("sam", "searcher")
    response = post(
        "/admin/users", {"username": "sam", "password": "long enough pw", "roles": ["board"]}
    )
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "already exists" in html and 'value="sam"' in html


def test_an_account_needs_a_role(login_as, post):
    login_as("admin")
    response = post("/admin/users", {"username": "sam", "password": "long enough pw"})
    assert response.status_code == 422
    assert "Choose at least one role" in response.get_data(as_text=True)


def test_admin_disables_and_enables_an_account(login_as, make_user, post):
    login_as("admin")
    user = make_user("sam", "searcher")
    post(f"/admin/users/{user.id}/disable", page=f"/admin/users/{user.id}")
    db.session.refresh(user)
    assert user.active is False
    post(f"/admin/users/{user.id}/enable", page=f"/admin/users/{user.id}")
    db.session.refresh(user)
    assert user.active is True


def test_admin_cannot_disable_their_own_account(login_as, post):
    admin = login_as("admin")
    response = post(f"/admin/users/{admin.id}/disable", page=f"/admin/users/{admin.id}")
    assert response.status_code == 422
    db.session.refresh(admin)
    assert admin.active


def test_the_admin_page_offers_no_way_to_mint_someone_elses_token(
    login_as, make_user, post, client
):
    login_as("admin")
    user = make_user("integration", "admin")
    assert "Issue a token" not in client.get(f"/admin/users/{user.id}").get_data(as_text=True)
    response = post(
        f"/admin/users/{user.id}/tokens", {"days": "30"}, page=f"/admin/users/{user.id}"
    )
    assert response.status_code in (404, 405)
    assert db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id)) is None


def test_a_token_is_listed_with_dates_and_can_be_revoked(login_as, make_user, post, client):
    login_as("admin")
    user = make_user("integration", "admin")
    raw = token_for(user)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
    html = client.get(f"/admin/users/{user.id}").get_data(as_text=True)
    assert "usable" in html and raw not in html
    post(f"/admin/tokens/{token.id}/revoke", page=f"/admin/users/{user.id}")
    db.session.refresh(token)
    assert token.revoked_at is not None
    assert "revoked" in client.get(f"/admin/users/{user.id}").get_data(as_text=True)


def test_the_designation_form_is_prefilled_with_an_acknowledgment(login_as, make_user, client):
    login_as("admin")
    user = make_user("nora", "searcher", designated=False)
    html = client.get(f"/admin/users/{user.id}").get_data(as_text=True)
    assert "sensitive position" in html and "IV.B.7" in html
    assert "No active designation" in html


def test_admin_grants_a_designation_with_the_signed_acknowledgment(
    login_as, make_user, post, client
):
    login_as("admin")
    user = make_user("nora", "searcher", designated=False)
    expires = date.today() + timedelta(days=200)
    response = post(
        f"/admin/users/{user.id}/designation",
        {
            "expires_on": expires.isoformat(),
            "confirm": "y",
            "acknowledgment": "I will keep everything I see confidential and search lawfully.",
        },
    )
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.active_designation().expires_on == expires
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "designation.grant"))


def test_a_designation_needs_the_admin_to_confirm_the_signature(login_as, make_user, post):
    login_as("admin")
    user = make_user("nora", "searcher", designated=False)
    response = post(
        f"/admin/users/{user.id}/designation",
        {
            "expires_on": (date.today() + timedelta(days=30)).isoformat(),
            "acknowledgment": "I will keep everything I see confidential and search lawfully.",
        },
    )
    assert response.status_code == 422
    assert "Confirm that the acknowledgment was signed" in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.active_designation() is None


def test_a_designation_must_expire_after_today(login_as, make_user, post):
    login_as("admin")
    user = make_user("nora", "searcher", designated=False)
    response = post(
        f"/admin/users/{user.id}/designation",
        {
            "expires_on": date.today().isoformat(),
            "confirm": "y",
            "acknowledgment": "I will keep everything I see confidential and search lawfully.",
        },
    )
    assert response.status_code == 422
    assert "must expire after today" in response.get_data(as_text=True)


def test_admin_revokes_a_designation(login_as, make_user, post):
    login_as("admin")
    user = make_user("sam", "searcher")
    designation = user.active_designation()
    post(f"/admin/designations/{designation.id}/revoke", page=f"/admin/users/{user.id}")
    db.session.refresh(user)
    assert user.active_designation() is None


def test_button_posts_need_the_csrf_token(login_as, make_user, client):
    login_as("admin")
    user = make_user("sam", "searcher")
    csrf_token(client, f"/admin/users/{user.id}")
    response = client.post(f"/admin/users/{user.id}/disable")
    assert response.status_code == 400
    db.session.refresh(user)
    assert user.active


def test_an_id_too_large_for_the_database_is_a_404(login_as, client):
    login_as("admin")
    assert client.get("/admin/users/99999999999999999999").status_code == 404


def test_admin_resets_a_lost_authenticator(login_as, make_user, post):
    login_as("admin")
    sam = make_user("sam", "searcher")
    sam.totp_secret = "JBSWY3DPEHPK3PXP"
    sam.totp_enrolled_at = sam.created_at
    db.session.commit()
    response = post(f"/admin/users/{sam.id}/two-factor/reset", page=f"/admin/users/{sam.id}")
    assert response.status_code == 302
    db.session.refresh(sam)
    assert sam.totp_secret is None and sam.totp_enrolled_at is None
    assert db.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "auth.two_factor_reset", AuditEvent.object_id == sam.id
        )
    )
