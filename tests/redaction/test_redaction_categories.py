"""Recognizers per category and per decoy kind, as tables (Presidio style)."""

from __future__ import annotations

import pytest

from redaction import CATEGORIES
from tests.redaction.cases import DECOYS, PROTECTED
from tests.redaction.conftest import assert_kept, assert_redacted_as

pytestmark = pytest.mark.slow


def test_the_tables_cover_every_category():
    assert {cat for _, _, cat in PROTECTED} == set(CATEGORIES)


@pytest.mark.parametrize(
    ("text", "words", "category"), PROTECTED, ids=[f"{c}:{w}" for _, w, c in PROTECTED]
)
def test_protected_words_are_redacted_with_their_category(redactor, text, words, category):
    assert_redacted_as(redactor, text, words, category)


@pytest.mark.parametrize(("text", "words"), DECOYS, ids=[w for _, w in DECOYS])
def test_decoys_survive(redactor, text, words):
    assert_kept(redactor, text, words)


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("Reply: muslims dont belong in this town.", "muslims", "religion"),
        ("Comment: the gays are ruining everything.", "the gays", "sexual_orientation"),
        ("Post: illegals should be rounded up.", "illegals", "national_origin"),
    ],
)
def test_target_group_of_biased_speech_keeps_the_sentence_readable(redactor, text, words, category):
    result = redactor.redact(text)
    assert "[a protected group]" in result.redacted
    assert words not in result.redacted
    assert any(s.category == category for s in result.spans)


def test_spans_carry_a_reason_naming_what_fired(redactor):
    result = redactor.redact("He is a 45-year-old Army veteran and a registered Democrat.")
    reasons = {s.category: s.reason for s in result.spans}
    assert reasons["age"].startswith("rule:age:")
    assert reasons["military_status"]
    assert "political_affiliation" in reasons


def test_relative_illness_is_genetic_information(redactor):
    text = "His father and brother both had colon cancer, so he gets checked."
    result = redactor.redact(text)
    (span,) = [s for s in result.spans if "colon cancer" in text[s.start : s.end]]
    assert span.category == "genetic_information"
    # the relatives whose history it is belong to the mention
    assert text[span.start : span.end].startswith("His father")


def test_placeholders_never_name_the_category(redactor):
    text = "She is a Catholic, a Marine veteran, 34, married, and a registered Republican."
    result = redactor.redact(text)
    for category in CATEGORIES:
        assert category not in result.redacted
        assert category.split("_")[0] not in result.redacted.lower()


def test_redact_many_matches_redact(redactor):
    texts = [t for t, _, _ in PROTECTED[:20]] + ["", "nothing to see here"]
    batch = list(redactor.redact_many(texts, batch_size=4))
    assert [r.text for r in batch] == texts
    assert batch == [redactor.redact(t) for t in texts]
