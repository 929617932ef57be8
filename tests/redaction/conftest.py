"""Fixtures for the redaction library: one real Redactor for the whole session."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """The Redactor with the pretrained pipeline, built once (model loading is the slow part)."""
    r = Redactor()
    if r.model is None:
        pytest.skip("the pretrained spaCy pipeline is not installed (make install)")
    return r


def covered(result, start: int, end: int) -> bool:
    """Every alphanumeric character of [start, end) lies inside a span."""
    text = result.text
    return all(
        any(s.start <= i < s.end for s in result.spans)
        for i in range(start, end)
        if text[i].isalnum()
    )


def touched(result, start: int, end: int) -> bool:
    """Some alphanumeric character of [start, end) lies inside a span."""
    text = result.text
    return any(
        any(s.start <= i < s.end for s in result.spans)
        for i in range(start, end)
        if text[i].isalnum()
    )
