"""Whatever a client sends, the API answers JSON with a clear error, never a 500."""

import pytest

from tests.api.conftest import count
from vetting.models import User

USERS = "/api/v1/users"


def test_unknown_api_path_is_404_json(admin):
    response = admin.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.is_json and "error" in response.json


def test_unknown_api_path_is_404_json_without_a_token(app):
    response = app.test_client().get("/api/v1/no-such-thing")
    assert response.status_code == 404 and response.is_json


def test_wrong_method_is_405_json(admin):
    response = admin.get(USERS)
    assert response.status_code == 405 and "error" in response.json


def test_malformed_json_is_400(admin):
    response = admin.post(USERS, data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json["error"] == "The request body is not valid JSON."


def test_deeply_nested_json_is_400_not_500(admin):
    response = admin.post(USERS, data="[" * 100_000, content_type="application/json")
    assert response.status_code == 400


def test_form_encoded_body_is_refused_as_not_json(admin):
    response = admin.post(USERS, data={"username": "dana"})
    assert response.status_code == 400 and "JSON" in response.json["error"]


def test_empty_body_is_422(admin):
    response = admin.post(USERS, content_type="application/json")
    assert response.status_code == 422 and "JSON object" in response.json["error"]


@pytest.mark.parametrize("body", ["[]", '"alice"', "42", "null"])
def test_a_body_that_is_not_an_object_is_422(admin, body):
    response = admin.post(USERS, data=body, content_type="application/json")
    assert response.status_code == 422
    assert response.json["error"] == "The request body must be a JSON object."


@pytest.mark.parametrize(
    "field, value",
    [
        ("username", 42),
        ("username", ["dana"]),
        ("password", {"x": 1}),
        ("roles", "reviewer"),
        ("roles", [1, "reviewer"]),
        ("roles", True),
    ],
)
def test_wrong_types_are_422_naming_the_field(admin, field, value):
    body = {"username": "dana", "password": "long enough password", "roles": ["reviewer"]}
    body[field] = value
    response = admin.post(USERS, json=body)
    assert response.status_code == 422
    assert field in response.json["error"]
    assert count(User) == 1  # only the admin


def test_body_over_the_request_limit_is_413_json(app, admin):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = admin.post(
        USERS, json={"username": "dana", "password": "x" * 2048, "roles": ["reviewer"]}
    )
    assert response.status_code == 413
    assert response.is_json and "error" in response.json
    assert count(User) == 1


@pytest.mark.parametrize(
    "path", ["/api/v1/vettings/99999999999999999999999", "/api/v1/findings/9223372036854775808"]
)
def test_an_id_too_big_for_the_database_is_404(admin, api, path):
    assert api("rita", "reviewer").get(path).status_code == 404


def test_a_template_id_too_big_for_the_database_is_404(admin):
    response = admin.post(
        "/api/v1/cycles",
        json={
            "name": "Police Officer 2027",
            "position": "Police Officer",
            "search_window_years": 7,
            "template_id": 10**30,
        },
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"username": "dana\u0000", "password": "long enough password", "roles": ["reviewer"]},
        {"username": "dana", "password": "long enough password", "roles": ["reviewer\u0000"]},
    ],
)
def test_text_with_nul_characters_is_422(admin, body):
    response = admin.post(USERS, json=body)
    assert response.status_code == 422 and "NUL" in response.json["error"]
    assert count(User) == 1


def test_json_nested_a_few_hundred_deep_is_refused_cleanly(admin):
    response = admin.post(USERS, data="[" * 500 + "]" * 500, content_type="application/json")
    assert response.status_code == 422
