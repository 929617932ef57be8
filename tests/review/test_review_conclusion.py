"""A rejection needs a reason, and a vetting shows what its review concluded."""

from tests.review import scenario as sc


def post(s, finding, body):
    return sc.ApiClient(s.app, s.reviewer).post(
        f"/api/v1/findings/{finding.id}/validation", json=body
    )


def test_a_rejection_without_a_reason_is_refused(s):
    response = post(s, s.findings[0], {"outcome": "rejected"})
    assert response.status_code == 422
    assert "reason is required" in response.get_json()["error"]
    assert s.findings[0].validation is None


def test_a_rejection_on_the_page_without_a_reason_is_refused(s):
    client = sc.page_client(s.app, s.reviewer)
    html = client.get(f"/review/findings/{s.findings[0].id}").get_data(as_text=True)
    response = client.post(
        f"/review/findings/{s.findings[0].id}",
        data={"outcome": "rejected", "reason": "", "csrf_token": sc.token_of(html)},
    )
    assert response.status_code == 422
    assert s.findings[0].validation is None


def test_a_vetting_with_every_finding_rejected_does_not_read_validated(s):
    for finding in s.findings:
        assert (
            post(s, finding, {"outcome": "rejected", "reason": "mistaken_identity"}).status_code
            == 200
        )
    assert s.vetting.state == "validated"
    client = sc.page_client(s.app, s.reviewer)
    for path in ("/review/", f"/review/vettings/{s.vid}"):
        html = client.get(path).get_data(as_text=True)
        assert "reviewed: 2 rejected" in html
        assert ">validated</span>" not in html


def test_the_admins_cycle_page_shows_the_conclusion_too(s, make_user):
    for finding in s.findings:
        post(s, finding, {"outcome": "rejected", "reason": "out_of_window"})
    client = sc.page_client(s.app, make_user("ada.admin", "admin"))
    html = client.get(f"/admin/cycles/{s.cycle.id}").get_data(as_text=True)
    assert "reviewed: 2 rejected" in html


def test_a_mixed_review_names_each_outcome(s):
    post(s, s.findings[0], {"outcome": "validated", "identifiers": ["name", "workplace"]})
    post(s, s.findings[1], {"outcome": "rejected", "reason": "fabricated"})
    html = sc.page_client(s.app, s.reviewer).get("/review/").get_data(as_text=True)
    assert "reviewed: 1 validated, 1 rejected" in html
