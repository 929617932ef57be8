"""Suspects: protected-looking words without the context to redact them, left for a reviewer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_a_word_without_its_context_is_a_suspect_not_a_redaction(redactor):
    text = "He likes protestant hymns on the radio."
    result = redactor.redact(text)
    assert result.redacted == text
    (suspect,) = result.suspects
    assert text[suspect.start : suspect.end] == "protestant"
    assert suspect.category == "religion"


def test_a_redacted_mention_is_never_also_a_suspect(redactor):
    result = redactor.redact("He is a Protestant and goes to church on Sundays.")
    assert result.spans
    overlaps = [(s, x) for s in result.suspects for x in result.spans if s.start < x.end]
    assert not [(s, x) for s, x in overlaps if x.start < s.end]


def test_decoys_are_not_suspects(redactor):
    assert redactor.redact("He drove a black truck to work.").suspects == ()


def test_cli_writes_suspects_beside_spans():
    line = json.dumps({"id": "a", "text": "He likes protestant hymns."})
    proc = subprocess.run(
        [sys.executable, "-m", "redaction"], input=line, capture_output=True, text=True, check=True
    )
    out = json.loads(proc.stdout)
    assert out["spans"] == []
    assert [s["category"] for s in out["suspects"]] == ["religion"]
