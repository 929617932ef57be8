"""Ids in URLs that no database could hold are not found, never a server error."""

HUGE = "9" * 30


def test_a_page_with_an_impossible_id_is_not_found(login_as, client):
    login_as("admin")
    assert client.get(f"/admin/cycles/{HUGE}").status_code == 404


def test_an_api_call_with_an_impossible_id_is_not_found_as_json(api):
    admin = api("root", "admin")
    response = admin.get(f"/api/v1/vettings/{HUGE}")
    assert response.status_code == 404
    assert "error" in response.get_json()
