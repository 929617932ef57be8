"""Query counting: how many SQL statements one page view sends to the database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from vetting.extensions import db


@contextmanager
def recorded_statements() -> Iterator[list[str]]:
    """Collect every SQL statement the app's engine executes inside the block."""
    statements: list[str] = []

    def before_cursor_execute(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before_cursor_execute)


def get_in_own_context(client, path: str):
    """GET ``path`` from a thread of its own, so the request has a fresh app context.

    In the test's thread, requests share the test's app context: its ``g`` (where Flask-Login
    keeps the signed-in user) and its database session, which would hide queries a real request
    makes. A new thread starts with no context, as each production request does.
    """
    responses = []
    worker = threading.Thread(target=lambda: responses.append(client.get(path)))
    worker.start()
    worker.join(timeout=60)
    assert responses, f"{path}: no response within 60 s"
    return responses[0]


@pytest.fixture
def page_queries(client):
    """The SQL statements of one view of ``path`` (viewed once before, so caches are warm)."""

    def view(path: str) -> list[str]:
        first = get_in_own_context(client, path)
        assert first.status_code == 200, f"{path}: {first.status_code}"
        with recorded_statements() as statements:
            response = get_in_own_context(client, path)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        return statements

    return view


def growth(small: list[str], large: list[str]) -> str:
    """The statements the larger page runs more often than the smaller one, for the message."""
    from collections import Counter

    extra = Counter(large) - Counter(small)
    return "\n".join(f"  {n}x more: {sql[:300]}" for sql, n in extra.most_common(5))
