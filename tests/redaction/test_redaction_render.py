"""The renderer: a pure function from text and spans to the board's text."""

from __future__ import annotations

from redaction import Span, render
from redaction.render import GROUP_PLACEHOLDER, PLACEHOLDER


def span(text: str, words: str, category: str = "religion", reason: str = "test") -> Span:
    start = text.index(words)
    return Span(start, start + len(words), category, reason)


def test_each_span_becomes_a_neutral_placeholder():
    text = "He is Catholic and a Marine."
    out = render(text, [span(text, "Catholic"), span(text, "Marine", "military_status")])
    assert out == f"He is {PLACEHOLDER} and a {PLACEHOLDER}."


def test_overlapping_and_adjacent_spans_merge():
    text = "Profile: 34M, half Black half Mexican, ok"
    spans = [
        span(text, "34", "age"),
        span(text, "M", "sex"),
        span(text, "half Black", "race_color"),
        span(text, "half Mexican", "national_origin"),
        Span(text.index("Black"), text.index("Black") + 5, "race_color", "overlap"),
    ]
    assert render(text, spans) == f"Profile: {PLACEHOLDER}, {PLACEHOLDER}, ok"


def test_target_group_gets_a_readable_placeholder():
    text = "muslims dont belong here"
    out = render(text, [span(text, "muslims", reason="lexicon (target group)")])
    assert out == f"{GROUP_PLACEHOLDER} dont belong here"


def test_no_spans_leaves_the_text_alone():
    assert render("nothing here", []) == "nothing here"


def test_out_of_range_spans_are_ignored():
    assert render("abc", [Span(2, 10, "age", "bad")]) == "abc"


def test_order_of_spans_does_not_matter():
    text = "a Catholic Marine"
    s1, s2 = span(text, "Catholic"), span(text, "Marine", "military_status")
    assert render(text, [s2, s1]) == render(text, [s1, s2]) == f"a {PLACEHOLDER}"


def test_a_placeholder_never_fuses_with_a_neighbouring_word():
    text = "these Xs park"
    out = render(text, [Span(6, 9, "religion", "too long (target group)")])
    assert out == f"these {GROUP_PLACEHOLDER} park"
