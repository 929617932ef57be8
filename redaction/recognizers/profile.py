"""Bare labels in a profile or bio list: "36 · divorced · Christian · Liberal"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, rx

# One-word items of a profile or bio list ("36 · divorced · Christian · Liberal"): between list
# separators a bare label states the characteristic even when the word is ambiguous in prose.
PROFILE_WORDS = {
    "political_affiliation": "conservative liberal progressive moderate libertarian socialist "
    "centrist leftist independent democrat republican maga lefty righty",
    "religion": "christian catholic atheist agnostic jewish muslim mormon lds spiritual "
    "baptist evangelical pagan buddhist hindu sikh religious",
    "marital_status": "dad mom mother father mama papa wife husband divorced married single "
    "widowed engaged separated stepdad stepmom",
    "military_status": "veteran vet",
    "sex": "woman man female male m f",
    "sexual_orientation": "gay lesbian bi bisexual pan pansexual queer straight asexual ace",
    "gender_identity": "trans transgender nonbinary non-binary enby genderfluid agender",
}
_PROFILE_CATEGORY = {w: cat for cat, words in PROFILE_WORDS.items() for w in words.split()}
_PROFILE_ITEM = re.compile(
    r"(?:^|(?<=[·|•,;:'\"“‘(])|(?<=[·|•,;:'\"“‘(]\s)|(?<=\.\s))("
    + "|".join(sorted(_PROFILE_CATEGORY, key=len, reverse=True))
    + r")(?=\s*(?:[·|•,;.'\"”’)]|$))",
    re.IGNORECASE,
)
_PROFILE_PHRASE = rx(
    r"(?:^|(?<=[·|•,;:'\"“‘(])|(?<=[·|•,;:'\"“‘(]\s))((?:has|have|no|wants?|\d)\s+(?:kids|children))"
    r"(?=\s*(?:[·|•,;.'\"”’)]|$))"
)


def _profile_items(text: str) -> Iterator[Cand]:
    """Bare labels in a profile or bio list."""
    separators = sum(text.count(c) for c in "·|•")
    for m in _PROFILE_ITEM.finditer(text):
        word = m.group(1).lower()
        # In prose a comma is not a list: demand a real list (two separators) or a labelled field.
        if separators < 2 and text.count(",") < 3 and text.count(". ") < 3:
            continue
        cat = _PROFILE_CATEGORY[word]
        yield m.start(1), m.end(1), cat, f"rule:{cat}:profile-item"
    for m in _PROFILE_PHRASE.finditer(text):
        if separators >= 2 or text.count(",") >= 3:
            yield m.start(1), m.end(1), "marital_status", "rule:marital_status:profile-item"


RECOGNIZERS = (FunctionRecognizer("profile-items", _profile_items),)
