"""Normalisation against evasion, with offsets mapped back to the original."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from redaction.normalize import Normalizer

VOCAB = {"catholic", "gay", "muslim", "lesbian", "fags", "retards", "mormon"}


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(
        VOCAB, fuzzy={"pregnant", "divorced"}, dictionary={"x"} | {f"w{i}" for i in range(10_000)}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is C a t h o l i c.", "He is Catholic."),
        ("so g.a.y lol", "so gay lol"),
        ("mus1im and g4y", "muslim and gay"),
        ("Cаtholic", "Catholic"),  # Cyrillic a
        ("les\u200bbian", "lesbian"),
        ("ｇａｙ", "gay"),
        ("F*gs belong", "Fags belong"),
        ("she is pregant", "she is pregnant"),
        ("T1D 4C 11B E-7 41M", "T1D 4C 11B E-7 41M"),
        ("U.S. Army at 5 a.m.", "U.S. Army at 5 a.m."),
    ],
)
def test_normalised_text(normalizer, text, expected):
    assert normalizer.normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("He is C a t h o l i c.", "Catholic", "C a t h o l i c"),
        ("x le\u200bsbian y", "lesbian", "le\u200bsbian"),
        ("she is pregant", "pregnant", "pregant"),
        ("so ｇａｙ", "gay", "ｇａｙ"),
    ],
)
def test_offsets_map_back_to_the_original(normalizer, text, word, original):
    norm = normalizer.normalize(text)
    start = norm.text.index(word)
    a, b = norm.to_original(start, start + len(word))
    assert text[a:b] == original


def test_genuine_cyrillic_is_left_alone(normalizer):
    assert normalizer.normalize("Москва").text == "Москва"


def test_no_dictionary_means_no_respelling():
    n = Normalizer(VOCAB, fuzzy={"pregnant"}, dictionary=set())
    assert n.normalize("pregant").text == "pregant"


def test_a_mask_that_fits_two_words_repairs_alike_under_any_hash_seed():
    script = (
        "from redaction.normalize import Normalizer;"
        "print(Normalizer({'females', 'faggots', 'fillers', 'fossils'}).normalize('f*****s').text)"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen
