"""GET /health answers without signing in, and says nothing but that the app is up."""


def test_health_answers_ok_to_anyone(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_health_takes_no_posts(client):
    assert client.post("/health").status_code == 405
