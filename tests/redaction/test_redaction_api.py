"""The public API: agency lexicon, results, fallback without a pretrained pipeline."""

from __future__ import annotations

import dataclasses
import logging

import pytest
import spacy

import redaction
from redaction import CATEGORIES, RedactionResult, Redactor, Span, pipeline
from redaction.lexicon import PatternError


def test_public_names():
    assert set(redaction.__all__) == {"Redactor", "RedactionResult", "Span", "render", "CATEGORIES"}
    assert len(CATEGORIES) == 13


def test_results_are_frozen():
    span = Span(0, 1, "age", "r")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
    result = RedactionResult("a", "[redacted]", (span,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "b"  # type: ignore[misc]
    assert span.to_dict() == {"start": 0, "end": 1, "category": "age", "reason": "r"}


@pytest.fixture(scope="module")
def blank_redactor(monkeypatch_module):
    def no_model(name, *args, **kwargs):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch_module.setattr(spacy, "load", no_model)
    return Redactor(
        agency_lexicon=[
            {"text": "Zephyr Lodge", "category": "religion", "action": "redact"},
            {"text": "Catholic Street", "action": "keep"},
        ]
    )


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_fallback_without_pretrained_pipeline_still_redacts(blank_redactor):
    assert blank_redactor.model is None
    result = blank_redactor.redact("She is a Catholic Marine veteran, 45, married.")
    cats = {s.category for s in result.spans}
    assert {"religion", "military_status", "marital_status"} <= cats


def test_fallback_says_so_once_in_a_log_line(caplog, monkeypatch):
    def no_model(name, *args, **kwargs):
        raise OSError("missing")

    monkeypatch.setattr(spacy, "load", no_model)
    monkeypatch.setattr(pipeline, "_warned_blank", False)
    with caplog.at_level(logging.WARNING, logger="redaction"):
        Redactor()
        Redactor()  # rebuilt (a new agency lexicon): no second warning
    records = [r for r in caplog.records if r.name == "redaction"]
    assert len(records) == 1
    assert "spacy.blank" in records[0].getMessage()
    assert not logging.getLogger("redaction").handlers


def test_agency_lexicon_redacts_and_keeps(blank_redactor):
    text = "Met at the Zephyr Lodge on Catholic Street."
    result = blank_redactor.redact(text)
    redacted_words = [text[s.start : s.end] for s in result.spans]
    assert "Zephyr Lodge" in redacted_words
    assert "Catholic Street" in result.redacted


@pytest.mark.parametrize(
    "entry",
    [
        {"text": "x", "category": "hobbies", "action": "redact"},
        {"text": "", "action": "keep"},
        {"text": "x", "action": "delete"},
    ],
)
def test_agency_lexicon_is_validated(entry):
    with pytest.raises(PatternError):
        list(redaction.lexicon.agency_entries([entry]))


def test_redact_rejects_non_strings(blank_redactor):
    with pytest.raises(TypeError):
        list(blank_redactor.redact_many([None]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("reply: 'these zephyrs' park like idiots'", "reply: 'these [redacted]' park like idiots'"),
        ('bio: "Zephyr Lodge." nothing else', 'bio: "[redacted]." nothing else'),
    ],
)
def test_spans_are_trimmed_to_the_mention(text, rendered):
    r = Redactor(
        agency_lexicon=[
            {"text": "zephyrs' ", "category": "religion"},
            {"text": "Zephyr Lodge.", "category": "religion"},
        ]
    )
    result = r.redact(text)
    assert result.redacted == rendered
    for s in result.spans:
        assert text[s.start].isalnum() and text[s.end - 1].isalnum()
