"""Sexual orientation: same-sex partners, coming out and community membership."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, PatternRecognizer, rx

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # "these fruits need to...": the slur for gay men as a group
    (
        rx(r"\b(?:these|those|them|all\s+the|bunch\s+of)\s+(fruits)\b(?!\s+(?:and|&|or|of)\b)"),
        "sexual_orientation",
        "slur",
    ),
    # a couple's titles naming two husbands or two wives: "Mr. & Mr.", "Mrs and Mrs"
    (
        rx(r"\b(?-i:Mr\.?\s*(?:&|and)\s*Mr|Mrs\.?\s*(?:&|and)\s*Mrs|Ms\.?\s*(?:&|and)\s*Ms)\b\.?"),
        "sexual_orientation",
        "couple-titles",
    ),
    # sexual orientation and gender identity
    (
        rx(
            r"\b(?:came|come|coming)\s+out\s+(?:as|to|at|publicly|officially|(?:last|this)\s+(?:year|"
            r"month|week|summer|spring|fall|winter|weekend|semester)|"
            r"in\s+(?:high school|college|"
            r"\d{4}))\b(?:\s+(?:a|an)\s+)?(?:\s*(?:gay|lesbian|bi|bisexual|queer|pan|pansexual|"
            r"trans|transgender|"
            r"nonbinary|non-binary|trans\s+(?:man|woman|guy|girl)|ace|asexual))?"
        ),
        "sexual_orientation",
        "coming-out",
    ),
    (
        rx(
            r"\b(?:came|come|coming)\s+out(?=\s*(?:[,.;!?\"”)]|$|\s+(?:to\s+(?:me|us|him|her|them|"
            r"my|his|her|their|the\s+"
            r"family)|and|at\s+work|at\s+\d+|(?:last|this)\s+(?:year|month|week|summer|spring|fall|"
            r"winter|weekend|semester)|when|after|in)))"
        ),
        "sexual_orientation",
        "coming-out",
    ),
    # "out as gay", "bi n proud", "🏳️‍🌈 bi": an orientation claimed in so many words
    (
        rx(
            r"\bout\s+as\s+(?:gay|lesbian|bi|bisexual|queer|pan|pansexual|ace|asexual)\b"
            r"|\b(bi|pan|gay|queer)\s+(?:n|and|&)\s+proud\b"
            r"|🏳\ufe0f?\u200d?🌈\s*(?:bi|pan|gay|lesbian|queer|ace)\b"
        ),
        "sexual_orientation",
        "orientation-claimed",
    ),
    (
        rx(
            r"\b(?:be|being|was|am|is|not|openly|fully|finally)\s+out\b(?=\s+(?:at|to|as|and|"
            r"since)\b|\s*[,.;!?])"
        ),
        "sexual_orientation",
        "being-out",
    ),
    (
        rx(
            r"\b(?:i'm|i’m|im|i am|he's|she's|he is|she is|they're|they are|am|being|as a|as an|"
            r"was|is)\s+"
            r"(?:a\s+)?(?:proud\s+)?(straight|bi|pan|ace)\b(?!-|\s+(?:up|to|from|out|home|away|"
            r"answer|shooter|(?-i:A)\b))"
        ),
        "sexual_orientation",
        "stated-orientation",
    ),
    (
        rx(
            # a profile list: "29 | bi 🌈 | Blasian" (an emoji may follow the word)
            r"(?:^|[\"“|·•,]\s*)(bi|pan|straight)(?=\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF"
            r"\uFE0F\u200D]\s*)*(?:,|\||·|•|and\b|disaster|af\b|girl|guy|woman|man))"
        ),
        "sexual_orientation",
        "profile-orientation",
    ),
    (rx(r"\b(straight)(?=\s*,\s*but\b)"), "sexual_orientation", "stated-orientation"),
    (
        rx(
            r"\b(straight)\s+(?:couple|couples|man|men|woman|women|guy|guys|girl|ally|people|"
            r"dude)\b"
        ),
        "sexual_orientation",
        "straight-person",
    ),
    (
        rx(r"\b(?:who|that)\s+(?:loves|love|likes|dates)\s+(?:women|men|girls|guys)\b"),
        "sexual_orientation",
        "attraction",
    ),
    (rx(r"🏳\ufe0f?\u200d?🌈"), "sexual_orientation", "pride-flag"),
)

# "her wife", "his boyfriend": a same-sex partner states orientation (TAXONOMY conventions).
SAME_SEX = rx(
    r"\b(?:(?P<she>her|she's|she is)\s+(?:(?:ex-|former\s|late\s|new\s)?)(?P<f>wife|wifey|"
    r"girlfriend|fiancée|"
    r"fiancee|bride|girl|gf)|(?P<he>his|he's|he is)\s+(?:(?:ex-|former\s|late\s|"
    r"new\s)?)(?P<m>husband|hubby|"
    r"boyfriend|fiancé|fiance|groom|bf|man))\b"
)


def _same_sex_partners(text: str) -> Iterator[Cand]:
    for m in SAME_SEX.finditer(text):
        yield m.start(), m.end(), "sexual_orientation", "rule:orientation:same-sex-partner"


RECOGNIZERS = (
    PatternRecognizer("sexual_orientation", RULES),
    FunctionRecognizer("same-sex-partner", _same_sex_partners),
)
