"""Look-alikes that must survive: street and place names, career transitions, team names, ranks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, rx

STREET_SUFFIX = (
    r"(?:Road|Rd|Street|St|Drive|Dr|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"County|Parish|"
    r"Parkway|Pkwy|"
    r"Highway|Hwy|Loop|Circle|Trail|Trl|Lake|Dam|Canyon|Mesa|Peak|Park|Pass|Creek|River|Springs|"
    r"Mountain|"
    r"Mountains|Bridge|Plaza|Tavern|Bar|Grill|Saloon|Casino|Motel|Hotel|Inn|Lodge|Ranch|Arroyo|"
    r"Butte|Rock|"
    r"Falls|Valley|Heights|Hills|Flats|Wash|Reservoir|Forest|Wilderness|Monument|Hall|Stadium|"
    r"Arena|Field|"
    r"Auto Body|Auto|Motors|Fitness|Bakery|Cafe|Café|Diner|Brewery|Brewing|Market|Store|Supply|"
    r"Apartments|"
    r"Elementary|Middle School|High School|Academy|Golf Course|Country Club|Marina|Trailhead|"
    r"School Road)"
)
_PLACE_DECOY = rx(
    r"\b(?:(?:St\.|Saint|San|Santa|Old|New|North|South|East|West|Upper|"
    r"Lower)\s+)?[A-Z][a-zé]+(?:['’]s)?"
    # business names join words with "&" or "and": "Pride Feed & Supply"
    r"(?:(?:\s+|\s+(?:&|and)\s+)[A-Z][a-zé]+(?:['’]s)?){0,2}(?:\s+|\s+(?:&|and)\s+)"
    + STREET_SUFFIX
    + r"\b\.?",
    0,
)
# "transitioning to law enforcement", "transition out of the military": a change of job.
_CAREER_TRANSITION = rx(
    r"\btransition(?:ing|ed|s)?\s+(?:(?:back\s+)?(?:to|into)|out\s+of|from)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:civilian|law\s+enforcement|policing|police|private|public|corrections|patrol|dispatch|"
    r"security|the\s+private|retirement|a\s+new|new|management|supervis\w+|full[- ]time|"
    r"part[- ]time|days|nights|remote|military|active\s+duty|college|school|work|the\s+workforce|"
    r"career|job|role|position|field|sector|life|[a-z]+\s+(?:work|jobs?|roles?|careers?)|"
    # "from roughnecking to Lubbock SO": from one trade to another (never from a sex)
    r"(?!(?:male|female|man|woman|boy|girl|masc|femme)\b)[a-z]+ing\b)\w*"
)
# "Diabetes Awareness Month", "Autism Awareness Walk": a campaign, not anyone's condition.
_AWARENESS = rx(
    r"\b(?:[A-Z][\w'’-]*\s+){1,3}Awareness\s+(?:Month|Week|Day|Walk|Run|5K|Ribbon|Night|Gala)\b", 0
)
# "Pride of the Southwest" (a marching band), "Pride of Texas": names, not the LGBT event.
_PRIDE_OF = rx(r"\bPride\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", 0)
_POLICE_RANK = rx(
    r"\b(?:Major|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Corporal|Cpl\.|Colonel|Commander|"
    r"Chief|Deputy|"
    r"Officer|Detective|Undersheriff|Sheriff)\s+[A-Z][a-zá-úñ]+",
    0,
)
_POLICE_CONTEXT = re.compile(
    r"\b(?:sheriff|sheriff's|police|PD|department|DPS|state police|county|detention|corrections|"
    r"jail|"
    r"dispatch|precinct|troop|scouts?|patrol)\b",
    re.IGNORECASE,
)
# Agency acronyms: APD, BCSO, LCPD, NMSP, DPS (capitals only, so "also" never counts).
_AGENCY_ACRONYM = re.compile(r"\b(?:[A-Z]{1,4}(?:PD|SO)|NMSP|DPS|NMDPS|MDC)\b")
_MILITARY_CONTEXT = re.compile(
    r"\b(?:Army|Navy|Marines?|USMC|Air Force|Coast Guard|National Guard|deployed|deployment|"
    r"military|"
    # "a 20-year veteran of TPD" is a veteran of the department
    r"fallen|soldier|(?<!year\s)(?<!yr\s)(?<!year-)(?<!yr-)veteran|infantry|platoon|battalion|"
    r"Fort\s+[A-Z]|AFB|KIA|combat)\b",
    re.IGNORECASE,
)


def decoy_rules(text: str, cands: list[Cand]) -> Iterator[tuple[int, int, str]]:
    """Street and place names, police ranks before a name: look protected, are not."""
    for m in _PLACE_DECOY.finditer(text):
        # A parish hall or Kingdom Hall is a place of worship, not a street-name decoy.
        if re.search(
            r"\b(?:Church|Parish|Chapel|Mosque|Synagogue|Temple|Kingdom)\s+Hall\b", m.group()
        ):
            continue
        yield m.start(), m.end(), "decoy:place-name"
    for m in _CAREER_TRANSITION.finditer(text):
        yield m.start(), m.end(), "decoy:career-transition"
    for m in _PRIDE_OF.finditer(text):
        yield m.start(), m.end(), "decoy:team-name"
    for m in _AWARENESS.finditer(text):
        yield m.start(), m.end(), "decoy:awareness-campaign"
    for m in _POLICE_RANK.finditer(text):
        window = text[max(0, m.start() - 80) : m.end() + 80]
        police = _POLICE_CONTEXT.search(window) or _AGENCY_ACRONYM.search(window)
        if police and not _MILITARY_CONTEXT.search(window):
            yield m.start(), m.end(), "decoy:job-rank"
