"""Form fields and codes: "Sex: F", "Race: Hispanic", "M 45-49" keep only the value."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, rx
from .vocabulary import COUNTRIES, STATE_CODES, TERRITORY_CODES

FORM_SEX = rx(
    r"\b(?:sex|gender)\s*[:=]?\s*(?:is\s+)?(F|M|female|male|Female|Male|FEMALE|MALE)\b(?!\w)"
)
FORM_SEX_PAREN = rx(r"\((F|M),\s*\d{1,2}\)", 0)
# A race result's division: "M 45-49", "F40-44" (sex, then a five- or ten-year age group).
AGE_GROUP = rx(r"\b([MF])\s?((\d[05])\s?[-–]\s?(\d\d))\b", 0)
FORM_AGE = rx(r"\bage\s+at\s+(?:booking|arrest|offense|offence)\s*[:=]\s*(\d{1,3})\b")
FORM_RACE = rx(r"\b(?:race|ethnicity)\s*[:=]?\s*(?:is\s+)?([A-Z](?:[a-z]+)?)\b(?!\w)")

# A birthplace field's value, when it is abroad: "POB: Huehuetenango, GT", "Place of birth:
# Manila, Philippines" (a country by name, or a two-letter code that is no US state's).
FORM_BIRTHPLACE = rx(
    r"\b(?:POB|place\s+of\s+birth|birth\s*place|country\s+of\s+birth)\s*[:=]\s*"
    r"([^|;\n:]{2,60}?)(?=\s*(?:[|;\n]|$|\.\s|\s(?-i:[A-Z])[a-z]+:))"
)
US_CODE = rx(r"(?:" + STATE_CODES + "|" + TERRITORY_CODES + r"|US|USA|U\.S\.A?\.?)", 0)


def _abroad(place: str) -> bool:
    last = place.rsplit(",", 1)[-1].strip()
    if 2 <= len(last) <= 3 and last.isupper():  # "GT", "VEN": a country's ISO code
        return not US_CODE.fullmatch(last)
    return any(word in COUNTRIES for word in place.lower().replace(",", " ").split())


def _form_fields(text: str) -> Iterator[Cand]:
    for m in FORM_BIRTHPLACE.finditer(text):
        if _abroad(m.group(1)):
            yield m.start(1), m.end(1), "national_origin", "rule:national_origin:form-field"
    for m in FORM_SEX.finditer(text):
        yield m.start(1), m.end(1), "sex", "rule:sex:form-field"
    for m in FORM_SEX_PAREN.finditer(text):
        yield m.start(1), m.end(1), "sex", "rule:sex:form-field"
    for m in AGE_GROUP.finditer(text):
        if int(m.group(4)) - int(m.group(3)) in (4, 9):
            yield m.start(1), m.end(1), "sex", "rule:sex:form-field"
            yield m.start(2), m.end(2), "age", "rule:age:form-field"
    for m in FORM_AGE.finditer(text):
        yield m.start(1), m.end(1), "age", "rule:age:form-field"
    for m in FORM_RACE.finditer(text):
        yield m.start(1), m.end(1), "race_color", "rule:race:form-field"


RECOGNIZERS = (FunctionRecognizer("form-fields", _form_fields),)
