"""Fixtures for the redaction library: one real Redactor for the whole session."""

from __future__ import annotations

import os
import re

import pytest

from redaction import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """The Redactor with the pretrained pipeline, built once (model loading is the slow part)."""
    r = Redactor()
    if r.model is None:
        message = "the pretrained spaCy pipeline is not installed (make install)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # a green CI must mean the real pass was tested
        pytest.skip(message)
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


def assert_redacted_as(redactor, text: str, words: str, category: str) -> None:
    """The words are redacted entirely, at least partly under the given category."""
    result = redactor.redact(text)
    start = text.index(words)
    end = start + len(words)
    assert covered(result, start, end), (result.redacted, result.spans)
    assert any(s.start < end and start < s.end and s.category == category for s in result.spans)
    assert words not in result.redacted


def assert_kept(redactor, text: str, words: str) -> None:
    """No character of the words is redacted."""
    result = redactor.redact(text)
    start = text.index(words)
    assert not touched(result, start, start + len(words)), result.spans
    assert words in result.redacted


def span_of(text: str, words: str) -> tuple[int, int]:
    """Offsets of ``words`` in ``text`` as a whole (never inside a longer word)."""
    m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    assert m, words
    return m.start(), m.end()
