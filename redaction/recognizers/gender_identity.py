"""Gender identity: transition, pronoun statements and expression named in context."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    (
        rx(
            r"\b(?:drag)\s+(?:queen|queens|king|kings|show|shows|brunch|performer|performers|"
            r"story\s*hour|storytime|"
            r"night|bingo)\b"
        ),
        "gender_identity",
        "drag",
    ),
    (
        rx(
            r"\b(?:(?:\d+|one|two|three|six|a)\s+(?:days?|weeks?|months?|years?|yrs?|"
            r"mos?)\s+on\s+(?:T|E|HRT|testosterone"
            r"|estrogen|hormones))\b"
        ),
        "gender_identity",
        "hrt-time",
    ),
    (rx(r"\b(?:wearing|wear|my|his|her|their|chest)\s+binder\b"), "gender_identity", "binder"),
    (
        rx(
            r"\b(?:r/ftm|r/mtf|r/trans|r/transgender|r/asktransgender|r/nonbinary|r/egg_irl|"
            r"r/transpositive|r/lgbt|"
            r"r/gaybros|r/actuallesbians|r/bisexual|r/askgaybros|r/ainbow)\b"
        ),
        "gender_identity",
        "subreddit",
    ),
    (
        rx(r"\b(?:pronouns?\s*(?:are|:)?\s*)(?:[a-z]+/[a-z]+(?:/[a-z]+)?|any/all|any)\b"),
        "gender_identity",
        "pronouns",
    ),
    (rx(r"\bany/all\b"), "gender_identity", "pronouns"),
    (rx(r"🏳\ufe0f?\u200d?⚧\ufe0f?"), "gender_identity", "trans-flag"),
    (
        rx(
            r"\b(?:done|stop|stopped|tired of|no longer|quit|finished)\s+pretending\s+to\s+be\s+"
            r"a\s+(?:girl|boy|man|woman|guy|lady|dude)\b"
        ),
        "gender_identity",
        "identity-statement",
    ),
)

RECOGNIZERS = (PatternRecognizer("gender_identity", RULES),)
