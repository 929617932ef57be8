"""Fixtures for the admin, searcher and evidence pages: a staffed cycle and form posting."""

from __future__ import annotations

import re
import struct
import zlib
from types import SimpleNamespace

import pytest

from tests import factories
from tests.conftest import csrf_token
from vetting.extensions import db


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def post(client):
    """Post a form as a browser would: the CSRF token is read from ``page`` first."""

    def send(path: str, data: dict | None = None, page: str | None = None, **kwargs):
        payload = dict(data or {})
        payload["csrf_token"] = csrf_token(client, page or path)
        return client.post(path, data=payload, **kwargs)

    return send


@pytest.fixture
def switch_to(client, login):
    """Sign out whoever is signed in and sign ``username`` in on the same client."""

    def switch(username: str):
        html = client.get("/", follow_redirects=True).get_data(as_text=True)
        match = re.search(r'name="csrf_token" value="([^"]+)"', html)
        if match:  # someone is signed in: sign them out first
            client.post("/logout", data={"csrf_token": match.group(1)})
        response = login(username)
        assert response.status_code == 302, response.get_data(as_text=True)

    return switch


@pytest.fixture
def staffed(app, make_user):
    """A cycle with a three-item checklist, one candidate, a searcher, a reviewer and a board."""
    cycle = factories.CycleFactory(name="Officer spring")
    candidate = factories.CandidateFactory(cycle=cycle, name="Jordan Example")
    searcher = make_user("sam", "searcher")
    reviewer = make_user("rita", "reviewer")
    board = make_user("bo", "board")
    for user, role in ((searcher, "searcher"), (reviewer, "reviewer"), (board, "board")):
        factories.AssignmentFactory(cycle=cycle, user=user, role=role)
    db.session.commit()
    return SimpleNamespace(
        cycle=cycle,
        candidate=candidate,
        vetting=candidate.vetting,
        searcher=searcher,
        reviewer=reviewer,
        board=board,
        items=cycle.checklist_version.items,
    )
