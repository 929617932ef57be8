"""One vetting from the first user to submission, through the API alone."""

import io
from datetime import date, timedelta

from tests.api.conftest import actions, finding_body
from tests.api.test_evidence import png
from tests.factories import token_for
from vetting.audit import verify
from vetting.services.accounts import get_user

ACK = "I acknowledge the confidentiality duties of a sensitive position."


class Client:
    """A client holding an API token of its owner."""

    def __init__(self, app, token):
        self.client, self.headers = app.test_client(), {"Authorization": f"Bearer {token}"}

    def __getattr__(self, method):
        return lambda path, **kw: getattr(self.client, method)(path, headers=self.headers, **kw)


def test_a_vetting_from_accounts_to_submission_through_the_api(app, admin):
    def ok(response, status=201):
        assert response.status_code == status, response.get_json()
        return response.json

    people = {}
    for name, role in [("sam", "searcher"), ("rita", "reviewer"), ("bo", "board")]:
        ok(
            admin.post(
                "/api/v1/users",
                json={"username": name, "password": "a long password", "roles": [role]},
            )
        )
        # Each person's token is issued at the shell: nobody may mint a token for another.
        people[name] = Client(app, token_for(get_user(name)))
    sam, rita, bo = people["sam"], people["rita"], people["bo"]
    ok(
        admin.post(
            "/api/v1/users/sam/designation",
            json={
                "expires_on": (date.today() + timedelta(days=365)).isoformat(),
                "acknowledgment": ACK,
            },
        )
    )

    cycle = ok(
        admin.post(
            "/api/v1/cycles",
            json={
                "name": "Police Officer 2027",
                "position": "Police Officer",
                "search_window_years": 7,
                "checklist": [
                    {"key": "social-media", "title": "Social media", "guidance": "Public."},
                    {"key": "news", "title": "News", "guidance": "Archives."},
                ],
            },
        )
    )
    for name, role in [("sam", "searcher"), ("rita", "reviewer"), ("bo", "board")]:
        ok(
            admin.post(
                f"/api/v1/cycles/{cycle['id']}/assignments", json={"username": name, "role": role}
            )
        )
    candidate = ok(
        admin.post(
            f"/api/v1/cycles/{cycle['id']}/candidates",
            json={"name": "Jordan Example", "consent_on": date.today().isoformat()},
        )
    )
    vid = candidate["vetting_id"]

    vetting = ok(sam.get(f"/api/v1/vettings/{vid}"), 200)
    assert (vetting["state"], [i["key"] for i in vetting["items"]]) == (
        "assigned",
        ["social-media", "news"],
    )
    fid = ok(sam.post(f"/api/v1/vettings/{vid}/findings", json=finding_body()))["id"]
    ok(
        sam.post(
            f"/api/v1/findings/{fid}/evidence",
            data={"file": (io.BytesIO(png()), "shot.png")},
            content_type="multipart/form-data",
        )
    )
    missing = sam.post(f"/api/v1/vettings/{vid}/submit")
    assert (missing.status_code, missing.json["missing"]) == (409, ["news"])
    ok(sam.put(f"/api/v1/vettings/{vid}/items/news", json={"outcome": "nothing_found"}), 200)
    assert ok(sam.post(f"/api/v1/vettings/{vid}/submit"), 200)["state"] == "submitted"

    seen = ok(rita.get(f"/api/v1/vettings/{vid}"), 200)
    assert (seen["state"], seen["findings"]) == ("submitted", [fid])
    assert len(ok(rita.get(f"/api/v1/findings/{fid}"), 200)["evidence"]) == 1
    assert bo.get(f"/api/v1/vettings/{vid}").status_code == 403
    assert bo.get(f"/api/v1/findings/{fid}").status_code == 403

    trail = [e.action for e in actions()]
    for action in (
        "user.create",
        "token.issue",
        "designation.grant",
        "cycle.create",
        "assignment.create",
        "candidate.create",
        "vetting.start",
        "finding.create",
        "evidence.upload",
        "item.outcome",
        "vetting.submit",
        "finding.read",
    ):
        assert action in trail, action
    assert verify().ok
