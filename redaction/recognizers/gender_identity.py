"""Gender identity: transition, pronoun statements and expression named in context."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, PatternRecognizer, rx

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
    (
        rx(
            r"\b(?:goes|go|going|went)\s+by\s+(?:he|she|they|xe|ze|he/him|she/her|they/them)\b"
            r"(?!\s+(?:the|a|his|her|their)\b)(?:\s+now)?"
        ),
        "gender_identity",
        "pronouns",
    ),
    (rx(r"\b(?:started|starting|start|on)\s+(?-i:T)(?![-\w])"), "gender_identity", "hrt"),
    (
        rx(
            r"(?<![\w-])(?-i:cis)\s+(?:man|men|woman|women|guy|guys|girl|girls|boy|boys|person|people|"
            r"folks?|male|female|het|straight)\b"
        ),
        "gender_identity",
        "cis-word",
    ),
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

# "trans" standing as a word says gender identity ("the trans PA", "trans & thriving"); not
# trans fats, chemistry or proper names ("Trans Am"; "Trans-Pecos" is hyphenated), and not a
# truck's transmission ("trans went out", "new trans at 180k").
TRANS = rx(
    r"(?<![\w-])(?-i:trans|Trans|TRANS)(?![\w-])(?!\s+(?:fats?|fatty|isomers?|configuration|Ams?|"
    r"Canada|Siberian|Pecos|Alaska|Atlantic|Pacific|Mountain|Union|World|Europe|Mission|"
    r"Continental|Texas|Pennsylvania)\b)"
)
TRANSMISSION_VERB = rx(
    r"\s*(?:went|goes|going|slips?|slipping|slipped|was|is|needs?|nuev[oa]|at|on|fluid|cooler|"
    r"swap|shop|repair|rebuild|rebuilt|mount|temp|shifts?|shifting|died|blew|blown|out|issues?|"
    r"problems?|pan|filter|lines?)\b"
)
VEHICLE = rx(
    r"\b(?:truck|car|engine|motor|4x4|ATV|UTV|OBO|miles|mileage|transmission|tranny|clutch|"
    r"Silverado|Sierra|Tacoma|Tundra|Ram|Cummins|Duramax|Powerstroke|F-?\d{3}|Foreman|Civic|"
    r"Camry|Jeep|Wrangler|Mustang|Camaro|\d{2,3}k)\b"
)


SENTENCE_END = re.compile(r"[.!?\n]")
# What only a transmission does (a slur can be "at the bar" too): "tranny rebuilt", "slipping".
TRANSMISSION_ONLY = rx(
    r"\s*(?:slips?|slipping|slipped|fluid|cooler|swap|rebuild|rebuilt|shifts?|shifting|pan|filter)\b"
)


def about_a_vehicle(text: str, start: int, end: int, strict: bool = False) -> bool:
    """Whether the word at ``text[start:end]`` is a vehicle's transmission ("trans went out").

    ``strict`` reads only what a transmission alone does, or a vehicle in the same sentence.
    """
    # the words around it, without it ("tranny" names a vehicle part itself)
    later = text[end : end + 80]
    if strict:
        later = SENTENCE_END.split(later)[0]
    sentence = SENTENCE_END.split(text[:start])[-1] + " " + later
    after = TRANSMISSION_ONLY if strict else TRANSMISSION_VERB
    return bool(after.match(text, end) or VEHICLE.search(sentence))


def _trans(text: str) -> Iterator[Cand]:
    for m in TRANS.finditer(text):
        if about_a_vehicle(text, m.start(), m.end()):
            continue
        yield m.start(), m.end(), "gender_identity", "rule:gender_identity:trans-word"


RECOGNIZERS = (
    PatternRecognizer("gender_identity", RULES),
    FunctionRecognizer("trans-word", _trans),
)
