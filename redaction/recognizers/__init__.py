"""The registry of recognisers, one module per category or concern.

Each module exposes ``RECOGNIZERS``; a new kind of mention is a new small recogniser in the
module of its category, with its own tests, never another line in a shared table.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import (
    age,
    disability,
    forms,
    gender_identity,
    genetic_information,
    marital_status,
    military_status,
    national_origin,
    political_affiliation,
    pregnancy,
    profile,
    race_color,
    religion,
    sex,
    sexual_orientation,
    spanish,
)
from .base import Cand, FunctionRecognizer, PatternRecognizer

RECOGNIZERS: tuple[PatternRecognizer | FunctionRecognizer, ...] = (
    *age.RECOGNIZERS,
    *marital_status.RECOGNIZERS,
    *sex.RECOGNIZERS,
    *sexual_orientation.RECOGNIZERS,
    *national_origin.RECOGNIZERS,
    *race_color.RECOGNIZERS,
    *religion.RECOGNIZERS,
    *gender_identity.RECOGNIZERS,
    *disability.RECOGNIZERS,
    *genetic_information.RECOGNIZERS,
    *pregnancy.RECOGNIZERS,
    *military_status.RECOGNIZERS,
    *political_affiliation.RECOGNIZERS,
    *forms.RECOGNIZERS,
    *profile.RECOGNIZERS,
    *spanish.RECOGNIZERS,
)


def find_candidates(text: str) -> Iterator[Cand]:
    """Every registered recogniser's candidates over the normalised text."""
    for recognizer in RECOGNIZERS:
        yield from recognizer.analyze(text)


__all__ = ["RECOGNIZERS", "Cand", "FunctionRecognizer", "PatternRecognizer", "find_candidates"]
