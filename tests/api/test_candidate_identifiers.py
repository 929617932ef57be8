"""A candidate's identifiers reach the searcher and reviewer, never the board or auditor."""

from tests.api.conftest import actions

IDENTIFIERS = [
    {"kind": "handle", "value": "@jordan.a"},
    {"kind": "employer", "value": "Acme Freight"},
]


def add(admin, cycle, **body):
    return admin.post(
        f"/api/v1/cycles/{cycle.id}/candidates",
        json={"name": "Jordan Alvarez", "consent_on": "2026-01-05", **body},
    )


def test_a_candidate_is_added_with_identifiers(admin, cycle):
    response = add(admin, cycle, identifiers=IDENTIFIERS)
    assert response.status_code == 201
    assert response.json["identifiers"] == IDENTIFIERS
    assert actions("candidate.create")[-1].details["identifiers"] == ["employer", "handle"]


def test_an_unknown_kind_or_an_empty_value_is_refused(admin, cycle):
    assert add(admin, cycle, identifiers=[{"kind": "ssn", "value": "1"}]).status_code == 422
    assert add(admin, cycle, identifiers=[{"kind": "email", "value": " "}]).status_code == 422
    assert add(admin, cycle, identifiers="@jordan.a").status_code == 422


def test_the_searcher_and_the_reviewer_read_them(admin, cycle, searcher, reviewer):
    vid = add(admin, cycle, identifiers=IDENTIFIERS).json["vetting_id"]
    for client in (searcher, reviewer):
        assert client.get(f"/api/v1/vettings/{vid}").json["identifiers"] == IDENTIFIERS


def test_the_auditors_uniformity_report_carries_none(admin, cycle, api):
    add(admin, cycle, identifiers=IDENTIFIERS)
    report = api("aud", "auditor").get(f"/api/v1/cycles/{cycle.id}/uniformity")
    assert report.status_code == 200
    assert "@jordan.a" not in report.get_data(as_text=True)
    assert "Acme Freight" not in report.get_data(as_text=True)
