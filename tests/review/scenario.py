"""A cycle with staff, a candidate and findings ready for review (review and board tests)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, g
from flask.testing import FlaskClient

from tests import factories
from tests.conftest import csrf_token, enroll_two_factor, fresh_code
from vetting.extensions import db
from vetting.models import Evidence, Finding, User, Vetting
from vetting.services import two_factor

# Words the stand-in redactor always redacts, with their category.
FAKE_TERMS = {"Catholic": "religion", "my wife": "marital_status"}

CLEAN = "Threatened to beat a man outside the Copper Bar on Friday night."
WITH_RELIGION = "As a Catholic I will beat him up outside the bar, he wrote."
WITH_SPOUSE = "Told my wife the stolen radios are in the truck."
REJECTED_TEXT = "Sold forged permits from a booth at the Zanzibar Market."
URL = "https://social.example/p/hidden-url-7731"
NOTES = "Handle NOTE-MARKER-4412 listed on the application."


class FakeRedactor:
    """A fast stand-in for the spaCy redactor: fixed terms plus the agency lexicon."""

    builds = 0

    def __init__(self, agency_lexicon=None):
        FakeRedactor.builds += 1
        self.redact_terms = dict(FAKE_TERMS)
        self.keep = set()
        for entry in agency_lexicon or []:
            if entry["action"] == "redact":
                self.redact_terms[entry["text"]] = entry["category"]
            else:
                self.keep.add(entry["text"].lower())

    def redact(self, text):
        from redaction import RedactionResult, Span, render

        spans = []
        for term, category in self.redact_terms.items():
            if term.lower() in self.keep:
                continue
            for match in re.finditer(re.escape(term), text, re.IGNORECASE):
                spans.append(Span(match.start(), match.end(), category, f"term {term!r}"))
        spans.sort()
        kept = []
        for span in spans:
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        return RedactionResult(text, render(text, kept), tuple(kept))

    def redact_many(self, texts):
        return [self.redact(t) for t in texts]


@dataclass
class Scenario:
    """Who and what a review test works with."""

    app: Flask
    cycle: object
    vetting: Vetting
    searcher: User
    reviewer: User
    board: User
    findings: list[Finding] = field(default_factory=list)

    @property
    def vid(self) -> int:
        return self.vetting.id


def add_evidence(app: Flask, finding: Finding, content: bytes | None = None) -> Evidence:
    """Store an evidence file for a finding as the searcher's upload would."""
    content = content or f"screenshot of finding {finding.id} {secrets.token_hex(4)}".encode()
    folder = Path(app.config["EVIDENCE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    stored = secrets.token_hex(16) + ".txt"
    (folder / stored).write_bytes(content)
    evidence = Evidence(
        finding=finding,
        original_name="capture.txt",
        stored_name=stored,
        media_type="text/plain",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by_id=finding.logged_by_id,
    )
    db.session.add(evidence)
    db.session.commit()
    return evidence


def add_finding(s: Scenario, excerpt: str, evidence: bool = True, **kw) -> Finding:
    """A finding logged by the scenario's searcher."""
    finding = factories.FindingFactory(
        vetting=s.vetting,
        logged_by=kw.pop("logged_by", s.searcher),
        excerpt=excerpt,
        url=kw.pop("url", URL),
        notes=kw.pop("notes", NOTES),
        **kw,
    )
    db.session.commit()
    if evidence:
        add_evidence(s.app, finding)
    s.findings.append(finding)
    return finding


def build(
    app: Flask, make_user, excerpts=(WITH_RELIGION, WITH_SPOUSE), state="submitted", prefix=""
) -> Scenario:
    """A submitted vetting with findings, and a searcher, reviewer and board member."""
    cycle = factories.CycleFactory()
    searcher = make_user(f"{prefix}sam.searcher", "searcher")
    reviewer = make_user(f"{prefix}rita.reviewer", "reviewer")
    board = make_user(f"{prefix}bob.board", "board")
    for user, role in ((searcher, "searcher"), (reviewer, "reviewer"), (board, "board")):
        factories.AssignmentFactory(cycle=cycle, user=user, role=role)
    candidate = factories.CandidateFactory(cycle=cycle, name=f"{prefix}Casey Candidate")
    vetting = candidate.vetting
    vetting.state = state
    db.session.commit()
    s = Scenario(app, cycle, vetting, searcher, reviewer, board)
    for excerpt in excerpts:
        add_finding(s, excerpt)
    return s


class FreshClient(FlaskClient):
    """A test client that loads its user afresh on every request.

    The tests run inside the app context, which Flask shares with the requests: the user and
    the CSRF token cached in ``g`` would otherwise carry over from one client to the next.
    """

    def open(self, *args, **kwargs):
        self._forget()
        try:
            return super().open(*args, **kwargs)
        finally:
            self._forget()

    @staticmethod
    def _forget():
        for key in ("_login_user", "csrf_token"):
            g.pop(key, None)


def client_for(app: Flask) -> FreshClient:
    """A fresh browser-like or API client."""
    return FreshClient(app, app.response_class, use_cookies=True)


class ApiClient:
    """Bearer-token requests as an existing user."""

    def __init__(self, app: Flask, user: User):
        self.token = factories.token_for(user)
        self.client = client_for(app)

    def _h(self):
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path, **kw):
        return self.client.get(path, headers=self._h(), **kw)

    def post(self, path, **kw):
        return self.client.post(path, headers=self._h(), **kw)


def page_client(app: Flask, user: User, password: str | None = None):
    """A browser-like client signed in as ``user`` (two-factor completed where it applies)."""
    from tests.conftest import PASSWORD

    password = password or PASSWORD
    client = client_for(app)
    if two_factor.required_for(user):
        enroll_two_factor(user)
    response = client.post(
        "/login",
        data={"username": user.username, "password": password, "csrf_token": csrf_token(client)},
    )
    if response.status_code == 302 and response.location.endswith("/login/code"):
        response = client.post(
            "/login/code",
            data={"code": fresh_code(user), "csrf_token": csrf_token(client, "/login/code")},
        )
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def validate_all(s: Scenario, outcome="validated"):
    """Validate every finding of the scenario through the API as its reviewer."""
    reviewer = ApiClient(s.app, s.reviewer)
    for finding in s.findings:
        response = reviewer.post(
            f"/api/v1/findings/{finding.id}/validation",
            json={"outcome": outcome, "identifiers": ["name", "workplace"]},
        )
        assert response.status_code == 200, response.get_json()
    return reviewer


def token_of(html: str) -> str:
    """The first CSRF token on a page."""
    match = re.search(r'name="(?:[\w-]+-)?csrf_token" (?:type="hidden" )?value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)
