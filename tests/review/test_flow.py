"""One vetting from assigned to decided: through the API alone, and through the pages alone."""

import io
import json
import re
from datetime import UTC, date, datetime, timedelta

from tests.board.helpers import pdf_text
from tests.factories import token_for
from tests.review import scenario as sc
from vetting.audit import verify
from vetting.extensions import db
from vetting.models import Vetting
from vetting.services.accounts import get_user

PASSWORD = "a long password"
ACK = "I acknowledge the confidentiality duties of a sensitive position."
EXCERPT = (
    "Posted: as a Catholic I will beat him up outside the Copper Bar, "
    "then told my wife the stolen radios are in the truck."
)


class Client:
    """A client holding an API token of its owner."""

    def __init__(self, app, token):
        self.client, self.headers = sc.client_for(app), {"Authorization": f"Bearer {token}"}

    def __getattr__(self, method):
        return lambda path, **kw: getattr(self.client, method)(path, headers=self.headers, **kw)


def ok(response, status=201):
    assert response.status_code == status, response.get_json()
    return response.get_json()


def setup_cycle(app, api):
    """Accounts, a cycle, assignments and a candidate, made through the admin API."""
    admin = api("alice", "admin")
    people = {}
    for name, role in [("sam", "searcher"), ("rita", "reviewer"), ("bo", "board")]:
        ok(
            admin.post(
                "/api/v1/users", json={"username": name, "password": PASSWORD, "roles": [role]}
            )
        )
        # Each person's token is issued at the shell: nobody may mint a token for another.
        people[name] = Client(app, token_for(get_user(name)))
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
    return people, candidate["vetting_id"]


def test_a_vetting_from_assigned_to_decided_through_the_api(app, api):
    people, vid = setup_cycle(app, api)
    sam, rita, bo = people["sam"], people["rita"], people["bo"]
    captured = (datetime.now(UTC) - timedelta(days=2)).replace(microsecond=0)
    fid = ok(
        sam.post(
            f"/api/v1/vettings/{vid}/findings",
            json={
                "item": "social-media",
                "url": "https://social.example/p/secret-path-1",
                "platform": "Facebook",
                "captured_at": captured.isoformat(),
                "method": "public_profile",
                "excerpt": EXCERPT,
                "relevance": "violence_threat",
                "notes": "NOTES-FOR-REVIEWER",
                "attest_lawful": True,
            },
        )
    )["id"]
    ok(
        sam.post(
            f"/api/v1/findings/{fid}/evidence",
            data={"file": (io.BytesIO(b"captured page text"), "capture.txt")},
            content_type="multipart/form-data",
        )
    )
    ok(sam.put(f"/api/v1/vettings/{vid}/items/news", json={"outcome": "nothing_found"}), 200)
    ok(sam.post(f"/api/v1/vettings/{vid}/submit", json={"attest_lawful": True}), 200)

    assert rita.post(f"/api/v1/vettings/{vid}/release", json={}).status_code == 409
    ok(
        rita.post(
            f"/api/v1/findings/{fid}/validation",
            json={
                "outcome": "validated",
                "identifiers": ["name", "handle_on_application"],
                "candidate_response": "I was angry.",
            },
        ),
        200,
    )
    assert db.session.get(Vetting, vid).state == "validated"
    drafted = ok(rita.get(f"/api/v1/vettings/{vid}/draft"), 200)["findings"][0]
    assert {r["category"] for r in drafted["redactions"]} == {"religion", "marital_status"}
    radios = EXCERPT.index("stolen radios")
    version = ok(
        rita.post(
            f"/api/v1/vettings/{vid}/release",
            json={
                "overrides": [
                    {
                        "finding": fid,
                        "action": "add",
                        "start": radios,
                        "end": radios + 13,
                        "category": "national_origin",
                        "reason": "agency code word",
                    }
                ]
            },
        )
    )["version"]
    assert version == 1

    assert bo.get(f"/api/v1/vettings/{vid}/draft").status_code == 403
    assert bo.get(f"/api/v1/findings/{fid}").status_code == 403
    summary = ok(bo.get(f"/api/v1/vettings/{vid}/summary"), 200)
    assert summary["candidate"] == "Jordan Example" and summary["version"] == 1
    assert summary["findings"] == [
        {
            "relevance": "violence_threat",
            "platform_kind": "social media",
            "captured_on": captured.date().isoformat(),
            "text": summary["findings"][0]["text"],
        }
    ]
    text = json.dumps(summary)
    assert "beat him up outside the Copper Bar" in text
    for secret in (
        "secret-path",
        "NOTES-FOR-REVIEWER",
        "sam",
        "rita",
        "Catholic",
        "my wife",
        "stolen radios",
        "religion",
        "marital",
        "national_origin",
        "I was angry",
    ):
        assert secret not in text, secret
    ok(
        bo.post(
            f"/api/v1/vettings/{vid}/decision", json={"outcome": "proceed", "note": "No concerns."}
        )
    )
    assert db.session.get(Vetting, vid).state == "decided"
    assert verify().ok


def test_a_vetting_from_assigned_to_decided_through_the_pages(app, api, make_user):
    people, vid = setup_cycle(app, api)
    from sqlalchemy import select

    from vetting.models import User

    def user(name):
        return db.session.scalar(select(User).where(User.username == name))

    # The searcher logs a finding with evidence, answers the other item and submits.
    searcher = sc.page_client(app, user("sam"), PASSWORD)
    form = searcher.get(f"/search/vettings/{vid}/findings/new?item=social-media")
    token = sc.token_of(form.get_data(as_text=True))
    captured = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = searcher.post(
        f"/search/vettings/{vid}/findings/new",
        data={
            "csrf_token": token,
            "item": "social-media",
            "url": "https://social.example/p/secret-2",
            "platform": "Instagram",
            "platform_kind": "social media",
            "captured_at": captured,
            "method": "public_profile",
            "excerpt": EXCERPT,
            "relevance": "violence_threat",
            "notes": "NOTES-FOR-REVIEWER",
            "attest_lawful": "y",
            "files": (io.BytesIO(b"captured page text"), "capture.txt"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    fid = int(re.search(r"/findings/(\d+)", response.location).group(1))
    assert (
        searcher.post(
            f"/search/vettings/{vid}/items/news",
            data={"csrf_token": token, "outcome": "nothing_found"},
        ).status_code
        == 302
    )
    assert (
        searcher.post(
            f"/search/vettings/{vid}/submit", data={"csrf_token": token, "attest_lawful": "y"}
        ).status_code
        == 302
    )
    assert db.session.get(Vetting, vid).state == "submitted"

    # The reviewer validates, adds a redaction, undoes one with a reason, and releases.
    reviewer = sc.page_client(app, user("rita"), PASSWORD)
    assert f"/review/vettings/{vid}" in reviewer.get("/review/").get_data(as_text=True)
    token = sc.token_of(reviewer.get(f"/review/findings/{fid}").get_data(as_text=True))
    assert (
        reviewer.post(
            f"/review/findings/{fid}",
            data={
                "csrf_token": token,
                "outcome": "validated",
                "identifiers": ["name", "handle_on_application"],
            },
        ).status_code
        == 302
    )
    draft = reviewer.get(f"/review/vettings/{vid}/draft").get_data(as_text=True)
    assert '<mark class="redaction"' in draft
    assert (
        reviewer.post(
            f"/review/findings/{fid}/redactions",
            data={
                f"f{fid}-csrf_token": token,
                f"f{fid}-phrase": "stolen radios",
                f"f{fid}-occurrences": "all",
                f"f{fid}-category": "national_origin",
            },
        ).status_code
        == 302
    )
    wife = EXCERPT.index("my wife")
    assert (
        reviewer.post(
            f"/review/findings/{fid}/redactions/undo",
            data={
                "csrf_token": token,
                "start": wife,
                "end": wife + 7,
                "reason": "Quoted song lyric",
            },
        ).status_code
        == 302
    )
    assert (
        reviewer.post(
            f"/review/vettings/{vid}/release", data={"csrf_token": token, "approve": "y"}
        ).status_code
        == 302
    )
    assert db.session.get(Vetting, vid).state == "released"

    # The board reads the list, the summary, the print view and the packet, and decides.
    board = sc.page_client(app, user("bo"), PASSWORD)
    listing = board.get("/board/").get_data(as_text=True)
    assert "Jordan Example" in listing and "Version 1" in listing
    page = board.get(f"/board/vettings/{vid}").get_data(as_text=True)
    printed = board.get(f"/board/vettings/{vid}/print").get_data(as_text=True)
    pdf = pdf_text(board.get(f"/board/vettings/{vid}/packet.pdf").get_data())
    for shown in (page, printed, pdf):
        assert "beat him up outside the Copper Bar" in shown
        assert "told my wife" in shown  # the undo carried through
        for secret in (
            "secret-2",
            "NOTES-FOR-REVIEWER",
            "sam",
            "rita",
            "Catholic",
            "stolen radios",
            "religion",
            "national origin",
            "national_origin",
        ):
            assert secret not in shown, secret
    token = sc.token_of(page)
    assert (
        board.post(
            f"/board/vettings/{vid}/decision",
            data={
                "csrf_token": token,
                "outcome": "do_not_proceed",
                "note": "Threat of violence.",
                "confirm": "y",
            },
        ).status_code
        == 302
    )
    assert db.session.get(Vetting, vid).state == "decided"
    assert verify().ok
