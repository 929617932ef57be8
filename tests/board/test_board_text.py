"""The board never reads a site, an account or a contact: platform kinds and placeholders only."""

import hashlib
import json

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import select, text

from tests import factories
from tests.board.helpers import pdf_text, released
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models import Finding
from vetting.models.findings import PLATFORM_KINDS
from vetting.models.releases import Release
from vetting.services.board_text import neutralise, platform_kind_of

PLATFORM = "Grindr (https://grindr.com/u/alice99)"
REVEALING = (
    "Posted https://grindr.com/u/alice99 and grindr.com/u/alice99, wrote to "
    "alice99@example.com, rang (505) 555-0142 and tagged @alice_99: I will beat "
    "him up."
)
# Everything in the finding that names the site, the account or a contact.
# "(505)" with its brackets: a bare "505" also turns up by chance in a timestamp or a hash.
SECRETS = ("grindr", "alice", "example.com", "555-0142", "(505)", "https://", "@")


@pytest.fixture
def revealing(app, make_user):
    """A released vetting whose one finding names its site, account and contacts."""
    s = sc.build(app, make_user, excerpts=(REVEALING,))
    s.findings[0].platform = PLATFORM
    s.findings[0].platform_kind = "social media"
    db.session.commit()
    released(s)
    return s


def assert_nothing_revealed(text: str) -> None:
    lowered = text.lower()
    for secret in SECRETS:
        assert secret not in lowered, secret
    assert "[link]" in text and "[contact]" in text and "[account]" in text
    assert "social media" in lowered
    assert "beat him up" in text


def test_the_summary_api_gives_the_platform_kind_and_placeholders(revealing):
    body = (
        sc.ApiClient(revealing.app, revealing.board)
        .get(f"/api/v1/vettings/{revealing.vid}/summary")
        .get_json()
    )
    (finding,) = body["findings"]
    assert set(finding) == {"relevance", "platform_kind", "captured_on", "text"}
    assert finding["platform_kind"] == "social media"
    assert finding["text"] == (
        "Posted [link] and [link], wrote to [contact], rang [contact] and tagged [account]: "
        "I will beat him up."
    )
    assert_nothing_revealed(json.dumps(body, ensure_ascii=False))


def test_the_frozen_release_itself_holds_only_the_kind_and_placeholders(revealing):
    content = db.session.scalar(select(Release).where(Release.vetting_id == revealing.vid)).content
    assert set(content["findings"][0]) == {"relevance", "platform_kind", "captured_on", "text"}
    assert_nothing_revealed(json.dumps(content))


@pytest.mark.parametrize("path", ["/board/vettings/{vid}", "/board/vettings/{vid}/print"])
def test_the_summary_page_and_print_view_reveal_nothing(revealing, path):
    html = (
        sc.page_client(revealing.app, revealing.board)
        .get(path.format(vid=revealing.vid))
        .get_data(as_text=True)
    )
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert_nothing_revealed(main)


def test_the_candidate_packet_reveals_nothing(revealing):
    data = (
        sc.page_client(revealing.app, revealing.board)
        .get(f"/board/vettings/{revealing.vid}/packet.pdf")
        .get_data()
    )
    assert_nothing_revealed(pdf_text(data))


def test_the_cycle_packet_reveals_nothing(revealing):
    data = (
        sc.page_client(revealing.app, revealing.board)
        .get(f"/board/cycles/{revealing.cycle.id}/packet.pdf")
        .get_data()
    )
    assert_nothing_revealed(pdf_text(data))


def test_a_release_frozen_before_platform_kinds_reads_the_same_way(revealing):
    # An older release stored the free-text platform and the text as redacted, verbatim.
    content = {
        "candidate": "Casey Candidate",
        "cycle": "c",
        "position": "p",
        "version": 2,
        "released_at": "2026-01-01T00:00:00",
        "findings": [
            {
                "relevance": "violence_threat",
                "platform": PLATFORM,
                "captured_on": "2025-12-01",
                "text": REVEALING,
            }
        ],
    }
    digest = hashlib.sha256(
        json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    ).hexdigest()
    db.session.add(
        Release(
            vetting_id=revealing.vid,
            version=2,
            content=content,
            sha256=digest,
            released_by_id=revealing.reviewer.id,
        )
    )
    db.session.commit()
    board = sc.ApiClient(revealing.app, revealing.board)
    body = board.get(f"/api/v1/vettings/{revealing.vid}/summary").get_json()
    assert body["version"] == 2 and body["findings"][0]["platform_kind"] == "social media"
    assert_nothing_revealed(json.dumps(body))
    html = (
        sc.page_client(revealing.app, revealing.board)
        .get(f"/board/vettings/{revealing.vid}")
        .get_data(as_text=True)
    )
    assert "no longer matches" not in html  # the stored snapshot itself is untouched
    assert_nothing_revealed(html.split("<main", 1)[1].split("</main>", 1)[0])


def test_the_reviewer_still_sees_everything(revealing):
    reviewer = sc.ApiClient(revealing.app, revealing.reviewer)
    fid = revealing.findings[0].id
    finding = reviewer.get(f"/api/v1/findings/{fid}").get_json()
    assert finding["platform"] == PLATFORM and finding["excerpt"] == REVEALING
    (drafted,) = reviewer.get(f"/api/v1/vettings/{revealing.vid}/draft").get_json()["findings"]
    assert drafted["text"] == REVEALING and drafted["platform"] == PLATFORM
    assert "[link]" in drafted["board_text"]  # and what the board will read instead
    html = (
        sc.page_client(revealing.app, revealing.reviewer)
        .get(f"/review/findings/{fid}")
        .get_data(as_text=True)
    )
    assert "alice99@example.com" in html and "grindr.com/u/alice99" in html


# --- the placeholders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("see https://example.org/a?b=1.", "see [link]."),
        ("at www.facebook.com/jane.doe, then", "at [link], then"),
        ("profile reddit.com/user/jd99 (deleted)", "profile [link] (deleted)"),
        ("mail j.doe+x@mail.example.co.uk now", "mail [contact] now"),
        ("call 505-555-0142", "call [contact]"),
        ("call (505) 555 0142", "call [contact]"),
        ("call +1 505 555 0142", "call [contact]"),
        ("ring +44 20 7946 0958", "ring [contact]"),
        ("tagged @jd_99.", "tagged [account]."),
        ("as u/jd99 wrote", "as [account] wrote"),
        ("https://mastodon.social/@jd", "[link]"),
    ],
)
def test_links_contacts_and_accounts_become_placeholders(given, expected):
    assert neutralise(given) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Drove 3.5 miles, e.g. to work, in 2019-2021.",
        "Case D-202-CR-2019-01234 was filed on 2024-05-01.",
        "Scored +3 10 times.",
        "Said it costs $1,250.00 at 9:30 p.m.",
        "Version 2.0 of the [redacted] post.",
    ],
)
def test_ordinary_text_is_left_alone(kept):
    assert neutralise(kept) == kept


# --- platform kinds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "url", "kind"),
    [
        (PLATFORM, "", "social media"),
        ("Facebook", "", "social media"),
        ("X (formerly Twitter)", "", "social media"),
        ("YouTube", "", "video"),
        ("Albuquerque Journal", "", "news"),
        ("X-Press News", "", "news"),
        ("NM Courts case lookup", "", "court or public record"),
        ("Bernalillo County Clerk", "", "court or public record"),
        ("Reddit", "", "forum"),
        ("a personal blog", "", "other website"),
        ("a personal blog", "https://www.tiktok.com/@jd/video/1", "video"),
    ],
)
def test_a_free_text_platform_maps_to_a_kind(platform, url, kind):
    assert platform_kind_of(platform, url) == kind
    assert kind in PLATFORM_KINDS


def finding_form(client, vid, **overrides):
    from tests.conftest import csrf_token

    page = f"/search/vettings/{vid}/findings/new"
    data = {
        "item": "social-media",
        "url": "https://example.org/p/1",
        "platform": "Facebook",
        "platform_kind": "social media",
        "captured_at": "2025-06-01T21:30",
        "method": "public_profile",
        "excerpt": "Posted a threat.",
        "relevance": "violence_threat",
        "attest_lawful": "y",
        "csrf_token": csrf_token(client, page),
    }
    data.update(overrides)
    return client.post(page, data=data)


def test_the_searcher_chooses_the_kind_on_the_form(app, make_user, login, client):
    sam = make_user("sam", "searcher")
    candidate = factories.CandidateFactory()
    factories.AssignmentFactory(cycle=candidate.cycle, user=sam, role="searcher")
    db.session.commit()
    login("sam")
    vid = candidate.vetting.id
    response = finding_form(client, vid, platform_kind="")
    assert response.status_code == 422
    assert "Choose the kind of platform." in response.get_data(as_text=True)
    assert finding_form(client, vid, platform_kind="dating app").status_code == 422
    assert db.session.scalar(select(Finding)) is None
    assert finding_form(client, vid, platform_kind="forum").status_code == 302
    assert db.session.scalar(select(Finding)).platform_kind == "forum"


def test_the_api_takes_a_kind_or_infers_it(app, api):
    sam = api("sam", "searcher")
    candidate = factories.CandidateFactory()
    factories.AssignmentFactory(cycle=candidate.cycle, user=sam.user, role="searcher")
    db.session.commit()
    path = f"/api/v1/vettings/{candidate.vetting.id}/findings"
    body = {
        "item": candidate.cycle.checklist_version.items[0].key,
        "url": "https://www.youtube.com/watch?v=1",
        "platform": "YouTube",
        "captured_at": "2025-06-01T21:30:00+00:00",
        "method": "public_profile",
        "excerpt": "Posted a threat.",
        "relevance": "violence_threat",
        "attest_lawful": True,
    }
    assert sam.post(path, json={**body, "platform_kind": "dating"}).status_code == 422
    chosen = sam.post(path, json={**body, "platform_kind": "news"}).get_json()["id"]
    inferred = sam.post(path, json=body).get_json()["id"]
    assert db.session.get(Finding, chosen).platform_kind == "news"
    assert db.session.get(Finding, inferred).platform_kind == "video"


def test_the_migration_maps_existing_platforms_by_the_table(app):
    rows = [
        ("Grindr (https://grindr.com/u/a)", "https://example.org/1", "social media"),
        ("YouTube", "https://example.org/2", "video"),
        ("somewhere", "https://www.reddit.com/r/x/1", "forum"),
        ("somewhere", "https://example.org/3", "other website"),
    ]
    findings = [factories.FindingFactory(platform=p, url=u) for p, u, _ in rows]
    db.session.commit()
    ids = [f.id for f in findings]
    db.session.remove()
    directory = app.extensions["migrate"].directory
    downgrade(directory=directory, revision="0005_merge")
    upgrade(directory=directory, revision="heads")
    kinds = dict(db.session.execute(text("SELECT id, platform_kind FROM findings")).all())
    assert [kinds[i] for i in ids] == [kind for _, _, kind in rows]
