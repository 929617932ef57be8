"""Demo data: one user per role, a cycle with a frozen checklist, candidates in several states."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import Cycle, User
from vetting.services import accounts, cycles, vettings

DEMO_CYCLE = "Police Officer — Spring 2027"
# A page the demo server itself serves, so page capture can be tried without the internet
# (make demo allows 127.0.0.1 for captures; a real installation never does).
SAMPLE_PAGE = "http://127.0.0.1:5000/static/demo/sample-post.html"
# Demo passwords are printed on purpose: the demo database is for trying the product only.
DEMO_USERS = [
    ("admin", "admin-demo-2027", ["admin"]),
    ("searcher", "searcher-demo-2027", ["searcher"]),
    ("reviewer", "reviewer-demo-2027", ["reviewer"]),
    ("board", "board-demo-2027", ["board"]),
    ("auditor", "auditor-demo-2027", ["auditor"]),
]
CHECKLIST = [
    {"key": "social-media", "title": "Public social media accounts",
     "guidance": "Search each major platform for public profiles under the names and handles the "
                 "candidate listed. Public content only; never request access."},
    {"key": "news", "title": "News archives",
     "guidance": "Search local and regional news archives for the candidate's name with hometown."},
    {"key": "court-records", "title": "Public court records",
     "guidance": "Search the state's public case lookup for the search window."},
    {"key": "forums", "title": "Public forums and comment sections",
     "guidance": "Search public forums and comment sections for the handles listed."},
]


def _line(username: str, password: str, roles: list[str]) -> str:
    return f"  {', '.join(roles):<10} username {username:<10} password {password}"


def seed() -> Iterator[str]:
    """Create the demo records once; on later runs only print the sign-in details again."""
    system = Actor(None, "seed-demo", name="seed-demo")
    if db.session.scalar(select(Cycle.id).where(Cycle.name == DEMO_CYCLE)) is None:
        _create(system)
        yield "Demo data created."
    else:
        yield "Demo data already present; nothing changed."
    yield "Sign in at http://127.0.0.1:5000 as:"
    for username, password, roles in DEMO_USERS:
        yield _line(username, password, roles)


def _create(system: Actor) -> None:
    users: dict[str, User] = {}
    for username, password, roles in DEMO_USERS:
        existing = db.session.scalar(select(User).where(User.username == username))
        users[username] = existing or accounts.create_user(system, username, password, roles)
    admin = Actor(users["admin"], "seed-demo")
    accounts.grant_designation(
        admin, users["searcher"], date.today() + timedelta(days=365),
        "I understand that I hold a sensitive position: I will search only public-domain "
        "content, keep what I find confidential, and share it only through this system.",
    )
    cycle = cycles.create_cycle(admin, DEMO_CYCLE, "Police Officer", 7, checklist=CHECKLIST)
    for username, role in (("searcher", "searcher"), ("reviewer", "reviewer"), ("board", "board")):
        cycles.assign(admin, cycle, users[username], role)
    consent = date.today() - timedelta(days=10)
    names = ["Jordan Alvarez", "Casey Whitehorse", "Riley Nakamura", "Morgan Baca"]
    candidates = [cycles.add_candidate(admin, cycle, n, consent) for n in names]
    searcher = Actor(users["searcher"], "seed-demo")

    # Riley: submitted, with one finding ready for the reviewer.
    submitted = candidates[2].vetting
    finding = vettings.log_finding(searcher, submitted, {
        "item": "social-media", "url": "https://social.example/riley.n/posts/8812",
        "platform": "Facebook", "captured_at": datetime.now(UTC) - timedelta(days=2),
        "method": "public_profile", "relevance": "violence_threat",
        "excerpt": "Posted a video of himself kicking a parked car after a Lobos game, caption "
                   "\"next time it's the ref\". The account lists the same high school and "
                   "employer as the application.",
        "notes": "Handle matches the one on the application.", "attest_lawful": True,
    }, max_excerpt=20_000)
    for key in ("news", "court-records", "forums"):
        vettings.set_item_outcome(searcher, submitted, key, "nothing_found")
    vettings.submit(searcher, submitted, attest_lawful=True)
    del finding

    # Casey: in progress, two items answered and a finding whose page can be captured.
    started = candidates[1].vetting
    vettings.log_finding(searcher, started, {
        "item": "social-media", "url": SAMPLE_PAGE, "platform": "Social Example",
        "captured_at": datetime.now(UTC) - timedelta(hours=3), "method": "public_profile",
        "relevance": "violence_threat",
        "excerpt": "Told the crowd at the county fair that anyone who parks in my spot again "
                   "will need a tow truck and an ambulance.",
        "notes": "Capture the page from this finding before submitting.", "attest_lawful": True,
    }, max_excerpt=20_000)
    vettings.set_item_outcome(searcher, started, "news", "nothing_found")
    vettings.set_item_outcome(searcher, started, "forums", "not_applicable",
                              "The candidate listed no forum handles and none were found by name.")
    # Jordan and Morgan stay assigned, not yet started.
