"""National origin: birthplace abroad, ancestry, immigration, citizenship, language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, PatternRecognizer, rx
from .vocabulary import HOME_LANGUAGE, MONTHS

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # national origin
    (
        rx(
            r"\b(?:born|raised|grew up)\s+(?:and\s+raised\s+)?in\s+(?:the\s+)?(?:[A-Z][\w'’.-]+|"
            r"de|del|la|los|las)"
            r"(?:\s+(?:[A-Z][\w'’.-]+|de|del|la|los|las))*"
        ),
        "national_origin",
        "born-in-place",
    ),
    (
        rx(
            r"\b(?:is|are|was|were|'s|’s|originally|family|parents|grandparents|"
            r"ancestors)\s+(?:originally\s+|all\s+)?(from\s+"
            r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)"
        ),
        "national_origin",
        "is-from-country",
    ),
    (
        rx(
            r"\b(?:came|come|moved|moving|immigrated|emigrated|migrated|fled|escaped|arrived|"
            r"crossed)\s+(?:over\s+|here\s+|to\s+"
            r"(?:the\s+)?(?:US|U\.S\.|USA|America|the "
            r"States)\s+)?from\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"
        ),
        "national_origin",
        "came-from",
    ),
    # "family fled Havana", "escaped Venezuela": kept only when the place is foreign.
    (
        rx(
            r"\b(?:fled|fleeing|escaped|escaping|left|leaving)\s+(?:the\s+)?[A-Z][\w'’.-]+"
            r"(?:\s+[A-Z][\w'’.-]+){0,2}"
        ),
        "national_origin",
        "is-from-country",
    ),
    # Family who live abroad: "babusia is still in Kharkiv", "mi familia en San Salvador";
    # kept only when the place is foreign.
    (
        rx(
            r"\b(?:(?:my|his|her|our|their|mi|mis|su|sus)\s+)?(?:family|parents|relatives|"
            r"grand(?:ma|pa|mother|father|parents)|abuel[oa]s?|abuelita|babushka|babusia|babcia|"
            r"nana|lola|lolo|halmeoni|uncles?|aunts?|aunties?|cousins?|t[ií][oa]s|primos|"
            r"familia|pap[aá]s|padres|parientes)\s+"
            r"(?:(?:is|are|'s|’s|still|lives?|living|stayed|remains?|back|all|were|está|están|"
            r"viven?|siguen)\s+){0,3}(?:in|en)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\b"
            r"(?!\s+(?:visiting|on\s+(?:vacation|a\s+trip)|de\s+(?:vacaciones|visita)))"
        ),
        "national_origin",
        "kin-abroad",
    ),
    # A journey from abroad: "Kabul → Glendale", "from Nogales, Sonora to Glendale", "moving
    # back to Guadalajara"; kept only when the place is foreign.
    (
        rx(
            r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}(?=\s*(?:→|->|➡️?|➜|⇒)\s*(?-i:[A-Z]))"
            r"|\bfrom\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}(?:,\s*(?-i:[A-Z])[\w'’.-]+"
            r"(?:\s+(?-i:[A-Z])[\w'’.-]+)?)?(?=\s+to\s+(?:a\s+|the\s+)?(?-i:[A-Z]|house|home))"
            r"|\b(?:moving|moved|move|going|went|headed|heading)\s+back\s+(?:home\s+)?to\s+"
            r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}"
        ),
        "national_origin",
        "journey-abroad",
    ),
    # "my papá crossed the border": an immigration story, not a trip.
    (
        rx(
            r"\b(?:my|his|her|our|their|mi|mis)\s+(?:dad|father|papá|papa|mom|mother|mamá|mama|"
            r"parents|family|grandparents|grandpa|grandma|abuel\w*|t[ií][oa]s?|uncle|aunt)\s+"
            r"(?:(?:had\s+)?(?:crossed|swam|walked)\s+(?:across\s+)?(?:the\s+)?(?:border|river|"
            r"Rio\s+Grande)|came\s+(?:here\s+)?(?:undocumented|illegally|without\s+papers))\b"
        ),
        "national_origin",
        "crossed-border",
    ),
    (
        rx(
            r"\b(?:I|we|he|she|they)\s+(?:(?:had\s+)?crossed\s+the\s+border\s+(?:illegally|"
            r"undocumented|as\s+a\s+(?:kid|child|baby|teen))|came\s+(?:here\s+)?(?:undocumented|"
            r"illegally|without\s+papers))\b"
        ),
        "national_origin",
        "crossed-border",
    ),
    # Arriving as a child, said by age or year: "came here at 3", "came to the US when I
    # was six", "came from Zacatecas when I was 3", "cruzamos en el 2005".
    (
        rx(
            r"\b(?:came|immigrated|emigrated|migrated|brought)\s+(?:(?:over|here)\s+|"
            r"to\s+(?:the\s+)?(?:US|U\.S\.?|USA|America|States|United\s+States)\s+|from\s+[A-Z][\w'’.-]+"
            r"(?:\s+[A-Z][\w'’.-]+)*\s+)?(?:when\s+(?:I|he|she|we|they)\s+(?:was|were)\s+(?:\d{1,2}|"
            r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:baby|kid|child|"
            r"toddler|teen|teenager))|at\s+(?:age\s+)?\d{1,2}\b|as\s+(?:a\s+)?(?:baby|kid|child|"
            r"toddler|teen|teenager|refugees?|boat\s+people))"
            r"|\b(?:cruzamos|cruzaron|cruzó|cruzo|crucé|cruce|nos\s+cruzamos)\s+(?:la\s+frontera|"
            r"el\s+r[ií]o|al\s+otro\s+lado|(?:en\s+)?el\s+(?:19|20)\d{2})"
            r"|\bboat\s+people\b"
            # "came over by boat", "llegaron en balsa"
            r"|\b(?:came|come|arrived|got\s+here)\s+(?:over\s+|here\s+)?(?:by\s+boat|on\s+(?:a|the)\s+"
            r"boat|by\s+raft|on\s+a\s+raft)\b|\b(?:llegaron|llegamos|llegó|vinieron)\s+en\s+(?:balsa|"
            r"lancha|barco)\b"
            # "came to Spokane as refugees", "hija de inmigrantes"
            r"|\bcame\s+(?:to\s+(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+|here\s+|over\s+)?as\s+"
            r"(?:refugees?|asylum\s+seekers?|immigrants?)\b"
            r"|\bhij[oa]s?\s+de\s+(?:inmigrantes|mexicanos|migrantes)\b"
            r"|\b(?:no|nadie|sin|ni)\s+(?:(?:tengo|tienes|tenés|tiene|tenemos|tienen|tenía|tenías|"
            r"teníamos|tenían)\s+)?papeles\b"
        ),
        "national_origin",
        "arrival",
    ),
    # "Arabic is my first language", "Polish was his mother tongue"
    (
        rx(
            r"\b(?-i:[A-Z])[a-z]+\s+(?:is|was)\s+(?:my|his|her|their|our)\s+(?:first|native|home|"
            r"mother)\s+(?:language|tongue)\b"
        ),
        "national_origin",
        "first-language",
    ),
    # "2nd gen Viet", "third-generation Mexican-American"
    (
        rx(
            # a demonym's shape, so "3rd gen Cummins" (an engine) stays
            r"\b(?:1st|2nd|3rd|first|second|third)[- ]gen(?:eration)?\s+(?:(?-i:[A-Z])[\w'’]*"
            r"(?:an|ese|ish|ino|ina|ano|ana|eño|eña|i)|(?-i:Viet|Thai|Greek|Dutch|Swiss|Czech|Lao|"
            r"Hmong|Filipino|Filipina))(?:[- ](?-i:[A-Z])[\w'’-]+)?\b"
        ),
        "national_origin",
        "generation",
    ),
    (
        rx(r"\ball the way from\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"),
        "national_origin",
        "came-from",
    ),
    (
        rx(
            r"\b(?:go|goes|going|went|send|sent|ship|shipped|deport|deported|bus|bused|bussed|fly|"
            r"flown|kick|kicked|truck|trucked)\s+(?:\w+\s+){0,4}?back\s+to\s+"
            r"((?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)"
        ),
        "national_origin",
        "go-back-to",
    ),
    (
        rx(
            r"\b(?:speaks?|spoke|speaking|switch(?:es|ed)? to|learning|raised (?:me|him|her|us) "
            r"on|taught (?:me|him|her|us))"
            # (English, the country's own language, says nothing: "can't even speak English")
            # (a language's name may carry accents: "learning Bodéwadmimwen")
            r"\s+(?:\w+\s+){0,2}?((?!" + HOME_LANGUAGE + r"\b)(?-i:[A-Z])[^\W\d_]+"
            r"(?:\s+(?:first|before English|at home))?)\b(?:\s+before\s+English)?"
        ),
        "national_origin",
        "heritage-language",
    ),
    (
        rx(
            r"\b(?:abuela|abuelita|grandma|grandmother|mom|mother|mama|nana|abuelo|grandpa|dad|"
            r"father|parents|family)\s+"
            r"(?:taught|raised)\s+(?:me|him|her|us)\s+(?:on\s+)?[A-Z][a-z]+(?:\s+(?:first|before "
            r"English))?"
        ),
        "national_origin",
        "heritage-language",
    ),
    (rx(r"\b[A-Z][a-z]+\s+before\s+English\b"), "national_origin", "heritage-language"),
    (
        rx(
            r"\b(?:primary|native|first|home|heritage|mother)\s+(?:language|"
            r"tongue)\s+(?:is\s+)?[A-Z][a-z]+\b"
        ),
        "national_origin",
        "heritage-language",
    ),
    (
        rx(r"\b(?:here|came|come|crossed|living|live|lives|stay|staying)\s+illegally\b"),
        "national_origin",
        "immigration-status",
    ),
    (
        rx(r"\b(?:(?:thick|heavy|strong|foreign)\s+)?[A-Z][a-z]+\s+accent\b", 0),
        "national_origin",
        "accent",
    ),
    # Someone's own accent: "mocked my accent", "because of her accent".
    (
        rx(r"\b(?:my|his|her|their|your)\s+((?:thick\s+|heavy\s+|strong\s+)?accents?)\b"),
        "national_origin",
        "accent",
    ),
    (
        rx(
            r"\b(?:(?:with|has|had|have|his|her|their|a)\s+)(?:thick|heavy|strong|"
            r"foreign)\s+accent\b"
        ),
        "national_origin",
        "accent",
    ),
    (
        rx(
            r"\b(?:detained|picked up|arrested|deported|held)\s+by\s+(?:ICE|immigration|Border "
            r"Patrol|CBP)\b|\b(?:ICE|immigration)\s+(?:detention|hold|custody|raid)\b"
        ),
        "national_origin",
        "immigration-status",
    ),
    (
        rx(
            r"\b(?:officially|finally|now|just became|became)\s+(?:a|an)\s+"
            r"(?:US|U\.S\.|USA|American|United States)\s+citizen\b"
        ),
        "national_origin",
        "citizenship",
    ),
    (
        rx(
            r"\b(?:(?:US|U\.S\.|USA|American)\s+)?citizen(?:ship)?\s+since\s+(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "national_origin",
        "citizenship",
    ),
)

# Naturalisation said in any words: "became a citizen", "sworn in as a U.S. citizen".
NATURALISATION = (
    (
        rx(
            r"\b(?:become|becomes|became|becoming|sworn\s+in\s+as|swore\s+in\s+as|naturali[sz]ed\s+as)"
            r"\s+(?:a|an)\s+(?:proud\s+|new\s+|full\s+)?(?:US\s+|U\.S\.\s+|American\s+|"
            r"United\s+States\s+)?citizen\b"
        ),
        "national_origin",
        "naturalisation",
    ),
)
# A flag emoji is two regional-indicator letters; any flag but the United States' names a
# nation the person ties themself to.
FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
OWN_FLAGS = frozenset(("\U0001f1fa\U0001f1f8", "\U0001f1fa\U0001f1f2"))


def _flags(text: str) -> Iterator[Cand]:
    for m in FLAG.finditer(text):
        if m.group() not in OWN_FLAGS:
            yield m.start(), m.end(), "national_origin", "rule:national_origin:flag-emoji"


# One's own immigration papers: "my citizenship", "his work permit renewal", "her visa".
OWN_PAPERS = (
    (
        rx(
            r"\b(?:my|his|her|their|our|ur|mi|su)\s+(?:(?:new|old|expired|pending|temporary|"
            r"permanent)\s+)?(?:citizenship|naturali[sz]ation|work\s+permit|work\s+visa|visa|"
            r"residency|residence\s+card|asylum|DACA|TPS|papeles|green\s+card|mica)"
            r"(?:\s+(?:renewal|application|interview|case|status|hearing|paperwork))?\b"
        ),
        "national_origin",
        "own-papers",
    ),
)

# A person's command of a language (TAXONOMY: native language or accent): "barely speaks
# English", "only speaks Spanish", "no habla inglés".
LANGUAGE = (
    # A heritage language noted as one's own or as a service's: "Spanish (native)", "10:30
    # Polish-language Mass" (English, the country's own, says nothing).
    (
        rx(
            r"\b(?!"
            + HOME_LANGUAGE
            + r"\b)(?-i:[A-Z])[^\W\d_]+\s+\((?:native|fluent|heritage|mother\s+tongue|"
            r"first\s+language)\)|\b(?!"
            + HOME_LANGUAGE
            + r"\b)(?-i:[A-Z])[^\W\d_]+-language\b(?!\s+(?:AM|FM|radio|"
            r"station|show|call-in|channel|TV|television|newspaper|paper|media|news|podcast|"
            r"version|menu|signs?|subtitles|website|app)\b)"
        ),
        "national_origin",
        "language",
    ),
    # "FOBs from Manila": the slur for a newcomer, with where from
    (rx(r"\b(?-i:FOBs?)\s+from\s+(?-i:[A-Z])\w+", 0), "national_origin", "slur"),
    (
        rx(
            r"\b(?:barely|hardly|doesn't|does\s+not|don't|can't|cannot|only|mostly|just|never\s+learned"
            r"\s+to)\s+speaks?\s+(?:any\s+|much\s+|good\s+)?(?-i:[A-Z])[^\W\d_]+(?:\s+Creole)?\b"
            r"|\bno\s+habla\s+(?:ingl[eé]s|español)\b"
        ),
        "national_origin",
        "language",
    ),
    (
        rx(r"\b(?:ya\s+)?(?:soy|es|eres|me\s+hice|se\s+hizo)\s+ciudadan[oa](?:\s+american[oa])?\b"),
        "national_origin",
        "es-citizen",
    ),
)

RECOGNIZERS = (
    PatternRecognizer("national_origin", RULES),
    PatternRecognizer("own-papers", OWN_PAPERS),
    PatternRecognizer("language", LANGUAGE),
    PatternRecognizer("naturalisation", NATURALISATION),
    FunctionRecognizer("flag-emoji", _flags),
)
