"""Browser fixtures: the app on a live loopback server, driven by headless Chromium.

Chromium is Debian's own (``/usr/bin/chromium``, or ``CHROMIUM``), driven through Playwright
for Python; Playwright's browser download is never used. Without Chromium or Playwright the
tests fail under ``CI=true`` (a green CI must mean the journeys ran) and are skipped elsewhere,
with the command that installs what is missing.
"""

from __future__ import annotations

import io
import os
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests import factories
from tests.browser.support import EXCERPT, Site, sign_in
from vetting.audit import Actor
from vetting.extensions import db

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TIMEOUT_MS = 15_000


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: drives the pages in headless Chromium (make browser-deps installs it)",
    )


def _missing(reason: str):
    """Fail under CI, where a skipped journey would pass unseen; skip elsewhere."""
    message = (
        f"{reason}. Install it with `make browser-deps` as root with CI=true "
        "(apt-get install chromium) and `.venv/bin/pip install playwright`; "
        "never `playwright install`."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run under CI: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed")
    if not os.access(CHROMIUM, os.X_OK):
        _missing(f"Chromium is not installed at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def live_server(app):
    """The test's app served over HTTP on 127.0.0.1 and a free port; yields the base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab (own cookies) on the live server."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def site(page, live_server):
    """The tab wrapped so that every page it lands on gets the accessibility smoke check."""
    return Site(page, live_server)


class World:
    """One cycle with a candidate and its staff, each role held by a different person (IV.B.6)."""

    def __init__(self, evidence_dir: str):
        self.evidence_dir = evidence_dir
        self.searcher = factories.UserFactory(username="sam.searcher", roles=["searcher"])
        factories.DesignationFactory(user=self.searcher)
        self.reviewer = factories.UserFactory(username="rae.reviewer", roles=["reviewer"])
        self.board = factories.UserFactory(username="bo.board", roles=["board"])
        self.auditor = factories.UserFactory(username="aud.auditor", roles=["auditor"])
        self.cycle = factories.CycleFactory(name="Police Officer 2027", search_window_years=7)
        for user, role in (
            (self.searcher, "searcher"),
            (self.reviewer, "reviewer"),
            (self.board, "board"),
        ):
            factories.AssignmentFactory(cycle=self.cycle, user=user, role=role)
        self.candidate = factories.CandidateFactory(cycle=self.cycle, name="Jordan Alvarez")
        self.vetting = self.candidate.vetting
        self.items = list(self.cycle.checklist_version.items)
        self.finding = None
        db.session.commit()

    def log(self) -> None:
        """The searcher logs one finding with a text capture, through the services."""
        from vetting.services import vettings

        searcher = Actor(self.searcher, "127.0.0.1")
        capture = io.BytesIO(EXCERPT.encode())
        self.finding = vettings.log_finding_with_evidence(
            searcher,
            self.vetting,
            {
                "item": self.items[0].key,
                "url": "https://social.example/jordan.a/posts/8812",
                "platform": "Facebook",
                "captured_at": datetime.now(UTC) - timedelta(days=2),
                "method": "public_profile",
                "relevance": "violence_threat",
                "excerpt": EXCERPT,
                "notes": "Handle matches the one on the application.",
                "attest_lawful": True,
            },
            [(capture, "capture.txt")],
            folder=self.evidence_dir,
            max_bytes=1 << 20,
            max_excerpt=20_000,
        )

    def submit(self) -> None:
        """The searcher's work, done through the services: one finding, then submission."""
        from vetting.services import vettings

        self.log()
        searcher = Actor(self.searcher, "127.0.0.1")
        for item in self.items[1:]:
            vettings.set_item_outcome(searcher, self.vetting, item.key, "nothing_found")
        vettings.submit(searcher, self.vetting, attest_lawful=True)

    def release(self) -> None:
        """The searcher's and the reviewer's work, done through the services."""
        self.submit()
        self.release_submitted()

    def release_submitted(self) -> None:
        """Validate the submitted finding and release, as the reviewer would."""
        from vetting.services import releases, validation

        reviewer = Actor(self.reviewer, "127.0.0.1")
        validation.validate_finding(
            reviewer,
            self.finding,
            "validated",
            ["name", "workplace"],
            evidence_folder=self.evidence_dir,
        )
        releases.release(reviewer, self.vetting)


@pytest.fixture
def world(app):
    """The cycle every journey starts from: a candidate not yet searched."""
    return World(app.config["EVIDENCE_DIR"])


@pytest.fixture
def sign_in_as(site):
    """Sign a user of the world in through the forms, two-factor code included."""

    def as_user(user) -> None:
        sign_in(site, user, factories.PASSWORD)

    return as_user


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Save a screenshot of the tab when a browser test fails, to see what the person saw."""
    report = yield
    if report.when == "call" and report.failed:
        tab = item.funcargs.get("page") if hasattr(item, "funcargs") else None
        if tab is not None and not tab.is_closed():
            ARTIFACTS.mkdir(exist_ok=True)
            path = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid) + ".png")
            try:
                tab.screenshot(path=str(path), full_page=True)
            except Exception as exc:  # noqa: BLE001 - a lost screenshot must not hide the failure
                report.sections.append(("browser", f"no screenshot: {exc}"))
            else:
                report.sections.append(("browser", f"screenshot: {path} (at {tab.url})"))
    return report
