"""Race and colour said in ways a word list cannot hold: clans named by their people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, PatternRecognizer, rx

CLAN = re.compile(r"\b((?:(?:the|a|an)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+[Cc]lan)\b")
OWNED = re.compile(r"(?:\b(?:our|my|his|her|their|your|ur)\s+|-)$", re.IGNORECASE)
_OWNERS = frozenset("our my his her their your ur".split())


def _clans(text: str) -> Iterator[Cand]:
    """A clan is kinship within a tribal nation ("Bitter Water clan", "born for the Salt clan").

    TAXONOMY counts clans as race_color. A clan someone runs ("our Fortnite clan") or a band
    ("Wu-Tang Clan") is not one.
    """
    for m in CLAN.finditer(text):
        first = m.group(1).split()[0].lower()
        if first in _OWNERS or "-" in first or OWNED.search(text[: m.start(1)]):
            continue
        yield m.start(1), m.end(1), "race_color", "rule:race_color:clan"


# "driving while Black", "shopping while brown": an everyday act singled out by race.
WHILE_RACE = (
    # A reservation by its name: "back home on the Havasu Lake rez"
    (
        rx(r"\b(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}rez\b"),
        "race_color",
        "reservation",
    ),
    (
        rx(
            r"\b(?:driving|walking|shopping|jogging|running|living|breathing|existing|sleeping|"
            r"standing|sitting|being|working|birding|barbecuing|swimming)\s+while\s+(?:Black|"
            r"White|brown|Brown|Latino|Latina|Latinx|Asian|Native|Indigenous|Mexican)\b"
        ),
        "race_color",
        "while-race",
    ),
)

RECOGNIZERS = (
    FunctionRecognizer("clans", _clans),
    PatternRecognizer("while-race", WHILE_RACE),
)
