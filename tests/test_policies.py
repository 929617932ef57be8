"""Every endpoint declares who may use it (DESIGN: roles; STYLE habit 6)."""

from vetting.models.people import ROLES
from vetting.permissions import PUBLIC, policy_for

KNOWN = set(ROLES) | {PUBLIC, "signed_in"}


def test_every_endpoint_declares_a_policy(app):
    undeclared = [
        rule.endpoint for rule in app.url_map.iter_rules() if policy_for(rule.endpoint) is None
    ]
    assert undeclared == []


def test_policies_name_only_known_roles(app):
    for rule in app.url_map.iter_rules():
        assert policy_for(rule.endpoint) <= KNOWN, rule.endpoint


def test_only_sign_in_and_assets_are_public(app):
    public = {
        rule.endpoint for rule in app.url_map.iter_rules() if PUBLIC in policy_for(rule.endpoint)
    }
    # The sign-in steps after the password check the half-finished sign-in themselves.
    assert public <= {"static", "auth.login", "auth.second_step", "auth.enroll", "health"}


def test_an_undeclared_endpoint_is_closed_to_everyone(app, login_as):
    app.add_url_rule("/undeclared", "undeclared", lambda: "secret")
    login_as("admin")
    response = app.test_client().get("/undeclared")
    assert response.status_code in (302, 403)
    assert b"secret" not in response.data
