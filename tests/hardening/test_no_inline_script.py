"""Rendered pages need nothing the Content-Security-Policy forbids: no inline script or style."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urlsplit

import pytest

from tests import factories
from vetting.extensions import db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
STYLE_BLOCK = re.compile(r"<style\b", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
JS_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)
ASSET = re.compile(
    r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+)""", re.I
)
LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"'#][^"']*)""", re.I)
MAX_PAGES = 40


def policy_breaches(html: str) -> list[str]:
    """What in a page a browser would block under the app's CSP, or load from elsewhere."""
    found = []
    for name, pattern in (
        ("inline <script>", INLINE_SCRIPT),
        ("<style> block", STYLE_BLOCK),
        ("style= attribute", STYLE_ATTRIBUTE),
        ("on*= event handler", EVENT_HANDLER),
        ("javascript: URL", JS_URL),
    ):
        found += [f"{name}: {m.group(0)[:80]}" for m in pattern.finditer(html)]
    for url in ASSET.findall(html):
        parts = urlsplit(url)
        if parts.scheme not in ("", "data") or parts.netloc:
            found.append(f"asset from another site: {url}")
    return found


def walk(client, start: str = "/") -> dict[str, list[str]]:
    """Follow same-site links from ``start`` (GET only); each page's breaches by path."""
    seen, queue, breaches = set(), [start], {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path, follow_redirects=True)
        if response.mimetype != "text/html":
            continue
        html = response.get_data(as_text=True)
        assert "Content-Security-Policy" in response.headers
        breaches[response.request.path] = policy_breaches(html)
        for href in LINK.findall(html):
            href = urldefrag(href).url
            parts = urlsplit(href)
            if (
                not parts.scheme
                and not parts.netloc
                and href.startswith("/")
                and not href.startswith("/static/")
                and href not in seen
            ):
                queue.append(href)
    return breaches


@pytest.fixture
def busy_cycle(app):
    """A cycle with candidates, a finding and people in every cycle role, so pages have rows."""
    cycle = factories.CycleFactory()
    for _ in range(2):
        factories.CandidateFactory(cycle=cycle)
    db.session.commit()
    return cycle


def test_the_sign_in_and_error_pages_need_no_inline_script_or_style(client):
    pages = walk(client, "/login")
    pages.update(walk(client, "/no-such-page"))
    assert pages
    assert {path: found for path, found in pages.items() if found} == {}


@pytest.mark.parametrize("role", ["admin", "searcher", "reviewer", "board", "auditor"])
def test_each_roles_pages_need_no_inline_script_or_style(
    client, make_user, login, busy_cycle, role
):
    user = make_user(f"{role}1", role)
    if role in ("searcher", "reviewer", "board"):
        factories.AssignmentFactory(cycle=busy_cycle, user=user, role=role)
        db.session.commit()
    assert login(user.username).status_code == 302
    pages = walk(client, "/")
    assert len(pages) >= 1
    assert {path: found for path, found in pages.items() if found} == {}


def test_the_breach_finder_finds_what_the_policy_forbids():
    html = (
        '<script>alert(1)</script><div style="color:red"></div><a onclick="x()">a</a>'
        '<script src="https://cdn.example/x.js"></script><a href="javascript:void(0)">b</a>'
        "<style>p{}</style>"
    )
    assert len(policy_breaches(html)) == 6
    assert policy_breaches('<script src="/static/app.js"></script><img src="data:x">') == []
