"""Administrators create staff accounts and grant sensitive-position designations (IV.B.7)."""

from datetime import date, timedelta

import pytest

from tests.api.conftest import actions, count
from vetting.models import Designation, User
from vetting.services.accounts import authenticate

USERS = "/api/v1/users"
ACK = "I acknowledge the confidentiality duties of a sensitive position."


def new_user(**overrides):
    body = {"username": "dana", "password": "long enough password", "roles": ["reviewer"]}
    return {**body, **overrides}


def test_admin_creates_a_user(admin):
    response = admin.post(USERS, json=new_user(roles=["searcher", "reviewer"]))
    assert response.status_code == 201
    assert response.json["username"] == "dana"
    assert response.json["roles"] == ["reviewer", "searcher"]
    assert isinstance(response.json["id"], int)
    assert authenticate("dana", "long enough password") is not None


def test_creating_a_user_is_audited_without_the_password(admin):
    admin.post(USERS, json=new_user())
    [event] = actions("user.create")
    assert event.actor == "alice" and event.details == {"roles": ["reviewer"]}


def test_duplicate_username_is_409(admin):
    admin.post(USERS, json=new_user())
    response = admin.post(USERS, json=new_user())
    assert response.status_code == 409
    assert "already exists" in response.json["error"]
    assert count(User) == 2


@pytest.mark.parametrize(
    "body",
    [
        new_user(password="short"),
        new_user(username=""),
        new_user(username="bad name!"),
        new_user(roles=[]),
        new_user(roles=["superuser"]),
        {"username": "dana"},
    ],
)
def test_bad_input_is_422_and_creates_nobody(admin, body):
    response = admin.post(USERS, json=body)
    assert response.status_code == 422
    assert response.json["error"]
    assert count(User) == 1


@pytest.mark.parametrize("role", ["searcher", "reviewer", "board", "auditor"])
def test_only_an_admin_creates_users(api, role):
    response = api(f"{role}1", role).post(USERS, json=new_user())
    assert response.status_code == 403
    assert count(User) == 1


def test_admin_grants_a_designation(admin, make_user):
    make_user("sam", "searcher", designated=False)
    expires = date.today() + timedelta(days=180)
    response = admin.post(
        f"{USERS}/sam/designation", json={"expires_on": expires.isoformat(), "acknowledgment": ACK}
    )
    assert response.status_code == 201
    assert response.json["username"] == "sam"
    assert response.json["expires_on"] == expires.isoformat()
    assert [e.action for e in actions("designation.grant")] == ["designation.grant"]


@pytest.mark.parametrize(
    "expires_on", [date.today().isoformat(), (date.today() - timedelta(days=1)).isoformat()]
)
def test_a_designation_must_expire_after_today(admin, make_user, expires_on):
    make_user("sam", "searcher", designated=False)
    response = admin.post(
        f"{USERS}/sam/designation", json={"expires_on": expires_on, "acknowledgment": ACK}
    )
    assert response.status_code == 422
    assert count(Designation) == 0


@pytest.mark.parametrize("expires_on", ["next year", "2027-13-01", 20270101, None])
def test_a_designation_needs_an_iso_date(admin, make_user, expires_on):
    make_user("sam", "searcher", designated=False)
    response = admin.post(
        f"{USERS}/sam/designation", json={"expires_on": expires_on, "acknowledgment": ACK}
    )
    assert response.status_code == 422
    assert "expires_on" in response.json["error"]


def test_a_designation_needs_the_signed_acknowledgment(admin, make_user):
    make_user("sam", "searcher", designated=False)
    expires = (date.today() + timedelta(days=30)).isoformat()
    response = admin.post(f"{USERS}/sam/designation", json={"expires_on": expires})
    assert response.status_code == 422
    assert "acknowledgment" in response.json["error"]
    assert count(Designation) == 0


def test_designation_of_an_unknown_user_is_404(admin):
    expires = (date.today() + timedelta(days=30)).isoformat()
    response = admin.post(
        f"{USERS}/nobody/designation", json={"expires_on": expires, "acknowledgment": ACK}
    )
    assert response.status_code == 404


def test_a_searcher_cannot_designate_themselves(api):
    sam = api("sam", "searcher", designated=False)
    expires = (date.today() + timedelta(days=30)).isoformat()
    response = sam.post(
        f"{USERS}/sam/designation", json={"expires_on": expires, "acknowledgment": ACK}
    )
    assert response.status_code == 403
    assert count(Designation) == 0
