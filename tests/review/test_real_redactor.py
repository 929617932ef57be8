"""The review flow with the real redaction pass (spaCy pipeline): slow, but part of `make test`."""

import json
import re

import pytest

from redaction import CATEGORIES
from tests.board.helpers import pdf_text
from tests.review import scenario as sc
from vetting.audit import Actor
from vetting.services import lexicon, releases

pytestmark = pytest.mark.slow

PROTECTED = (
    "As a Catholic and a 45-year-old Army veteran I will beat him up outside the bar. "
    "My wife agrees."
)
WORDS = ("Catholic", "45-year-old", "Army veteran", "My wife")


@pytest.fixture
def real(app, make_user):
    s = sc.build(app, make_user, excerpts=(PROTECTED,))
    assert "REDACTOR_FACTORY" not in app.config
    sc.validate_all(s)
    return s


def test_the_draft_shows_what_the_real_pass_redacted_and_why(real):
    (drafted,) = (
        sc.ApiClient(real.app, real.reviewer)
        .get(f"/api/v1/vettings/{real.vid}/draft")
        .get_json()["findings"]
    )
    found = {PROTECTED[r["start"] : r["end"]]: r for r in drafted["redactions"]}
    assert found["Catholic"]["category"] == "religion"
    assert found["45-year-old"]["category"] == "age"
    assert all(r["reason"] for r in drafted["redactions"])
    assert "beat him up outside the bar" in drafted["rendered"]


def test_the_released_summary_holds_no_protected_words_or_category_names(real):
    reviewer = sc.ApiClient(real.app, real.reviewer)
    assert reviewer.post(f"/api/v1/vettings/{real.vid}/release", json={}).status_code == 201
    summary = sc.ApiClient(real.app, real.board).get(f"/api/v1/vettings/{real.vid}/summary")
    board = sc.page_client(real.app, real.board)
    texts = (
        json.dumps(summary.get_json()),
        board.get(f"/board/vettings/{real.vid}").get_data(as_text=True),
        pdf_text(board.get(f"/board/vettings/{real.vid}/packet.pdf").get_data()),
    )
    for text in texts:
        assert "beat him up outside the bar" in text
        for word in WORDS:
            assert word not in text, word
        for category in CATEGORIES:
            for spelling in (category, category.replace("_", " ")):
                assert not re.search(rf"\b{re.escape(spelling)}\b", text, re.I), spelling


def test_an_agency_lexicon_entry_reaches_the_real_pass(real, make_user):
    admin = make_user("ada.admin", "admin")
    lexicon.add_entry(Actor(admin), "Gorblat", "redact", "national_origin")
    finding = sc.add_finding(real, "He called himself a Gorblat at the range.")
    sc.ApiClient(real.app, real.reviewer).post(
        f"/api/v1/findings/{finding.id}/validation",
        json={"outcome": "validated", "identifiers": ["name", "workplace"]},
    )
    drafted = releases.draft(real.vetting)
    assert "Gorblat" not in drafted[1].rendered
    assert any(s.category == "national_origin" for s in drafted[1].spans)


def test_the_draft_asks_the_reviewer_to_check_suspects(app, make_user):
    excerpt = "He likes protestant hymns and threatened to beat him up outside the bar."
    s = sc.build(app, make_user, excerpts=(excerpt,))
    sc.validate_all(s)
    (drafted,) = (
        sc.ApiClient(s.app, s.reviewer)
        .get(f"/api/v1/vettings/{s.vid}/draft")
        .get_json()["findings"]
    )
    assert [excerpt[x["start"] : x["end"]] for x in drafted["suspects"]] == ["protestant"]
    page = sc.page_client(s.app, s.reviewer).get(f"/review/vettings/{s.vid}/draft")
    html = page.get_data(as_text=True)
    assert re.search(r'<mark class="suspect"[^>]*>protestant</mark>', html)
    assert "check this" in html
    # a suspect is not redacted: the board would read it unless the reviewer adds a redaction
    assert "protestant" in drafted["rendered"]
