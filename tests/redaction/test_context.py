"""Cue-tier entries are scored by their context: redacted, shown as suspects, or left alone."""

from __future__ import annotations

import pytest

from tests.redaction.conftest import covered, span_of, touched

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He served as an adjutant in the Army before the academy.", "adjutant"),
        ("Says her husband was promoted to admiral after two tours.", "admiral"),
        ("Says he is a Benedictine and prays with the congregation each Sunday.", "Benedictine"),
        ("He was weaned off lithium last spring, his psychiatrist says.", "lithium"),
    ],
)
def test_a_cue_or_cue_words_redact_a_common_word(redactor, text, word):
    result = redactor.redact(text)
    assert covered(result, *span_of(text, word)), result.spans


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The lithium battery in his drone caught fire.", "lithium"),
        ("He worked as an aide at the county clerk's office.", "aide"),
    ],
)
def test_without_cues_a_common_word_stays(redactor, text, word):
    result = redactor.redact(text)
    start, end = span_of(text, word)
    assert not touched(result, start, end)
    assert not any(s.start < end and start < s.end for s in result.suspects)


def test_one_cue_word_nearby_makes_a_suspect_not_a_redaction(redactor):
    text = "He joked that the adjutant at the base never smiles."
    result = redactor.redact(text)
    start, end = span_of(text, "adjutant")
    assert not touched(result, start, end)
    assert [text[s.start : s.end] for s in result.suspects] == ["adjutant"]
