"""Age: ages, birth years and age proxies written as numbers, idioms and generations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, FunctionRecognizer, PatternRecognizer, rx
from .vocabulary import MONTHS, NUMWORD, PERSON_NOUNS, person_noun

AGE_RULES: list[tuple[re.Pattern, str]] = [
    (rx(r"\b\d{1,3}\s*-?\s*(?:years?|yrs?|yr\.?)[\s-]*olds?\b"), "n-year-old"),
    (
        rx(
            r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|"
            r"four|five|six|seven|eight|nine))?[\s-]*years?[\s-]*olds?\b"
        ),
        "n-year-old",
    ),
    # "At fifty-two, he is the oldest recruit": a spelled-out compound age.
    (
        rx(
            r"\b(?:at|aged?|turned|turning|i'm|i’m|i am|he's|he’s|she's|she’s|now|just turned)\s+"
            r"((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|"
            r"five|six|seven|eight|nine))\b(?![\s-]+(?:percent|minutes|hours|days|dollars|miles|"
            r"times|calls|pounds|lbs|feet|yards|degrees|rounds))"
        ),
        "spelled-age",
    ),
    (
        rx(
            r"(?:^|(?<=[\"“'‘])|(?<=[.!?]\s))\s*((?:twenty|thirty|forty|fifty|sixty|seventy|eighty)"
            r"-(?:one|two|three|four|five|six|seven|eight|nine))(?=\s*(?:,|\s+and\b|\s+years\b|"
            r"\s+today\b|\s+now\b))"
        ),
        "spelled-age",
    ),
    (rx(r"\b\d{1,3}\s*(?:y/o|y\.o\.|yo)\b(?!-)"), "n-yo"),
    (rx(r"\b(?:aged?|age:)\s*\d{1,3}\b"), "age-n"),
    (
        rx(
            r"\b(?:born|b\.)\s+(?:and\s+raised\s+)?(?:in\s+|on\s+)?(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "born-in-year",
    ),
    (rx(r"\bborn\s+(?:on\s+)?\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"), "born-date"),
    # "born in San Salvador in 1990": the year after the birthplace is a birth year.
    (
        rx(
            r"\bborn\s+(?:and\s+raised\s+)?(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?"
            r"\s+(?:in|on)\s+(?:(?:" + MONTHS + r")\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b"
        ),
        "born-in-year",
    ),
    (
        rx(
            r"\b(?:DOB|D\.O\.B\.|date of birth|birth ?date|birthday)\s*:?\s*(?:is\s+)?"
            r"((?:(?:19|20)\d\d-\d{1,2}-\d{1,2})|(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d)|(?:(?:"
            + MONTHS
            + r")\.?\s+\d{1,2},?\s+(?:19|20)\d\d)|(?:(?:19|20)\d\d\b))"
        ),
        "date-of-birth",
    ),
    (rx(r"\b(?:class of|c/o)\s+(?:'|’|‘)?(?:19|20)?\d\d\b"), "class-of"),
    (rx(r"(?:'|’|‘)\d\d\s+(?:baby|babies|kid|kids|born)\b"), "year-baby"),
    (rx(r"\b(?:19|20)\d\d\s+(?:baby|babies)\b"), "year-baby"),
    (rx(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|bday|b-day|bd)\b"), "nth-birthday"),
    (
        rx(
            r"\b(?:happy|celebrating|celebrated|celebrate)\s+(\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:"
            + MONTHS
            + r"|of|grade|street|st|ave|avenue|place|floor|time|year|anniversary|annual|birthday|"
            r"bday|"
            r"district|precinct|division|brigade|battalion|infantry|airborne|cavalry|street|mile|"
            r"round|inning|"
            r"amendment|century|percentile|pick|overall|place|wedding|shift|period|hole|lap))"
        ),
        "nth-birthday",
    ),
    (
        rx(
            r"\b(?:the\s+)?big\s+\d\s*-?\s*0\b|\b(?:the\s+)?big\s+(?:thirty|forty|fifty|sixty|"
            r"seventy|four-oh|five-oh)\b"
        ),
        "milestone-birthday",
    ),
    (
        rx(r"\b(?:dirty|flirty|nifty|fabulous)\s+(?:30|thirty|50|fifty|40|forty)\b"),
        "milestone-birthday",
    ),
    (
        rx(
            r"\b(?:thirty|forty|fifty|sixty|seventy|30|40|50|60|70)\s*(?:and|&|n)\s*(?:fabulous|"
            r"fab|thriving|flirty|fine|"
            r"fierce|fit)\b"
        ),
        "milestone-birthday",
    ),
    (
        rx(
            r"\b(?:(?:in|into)\s+)?(?:my|his|her|their|your|ur|our)\s+(?:early\s+|mid\s*-?\s*|"
            r"late\s+)?(?:[1-9]0s|[1-9]0's|twenties|thirties|forties|fifties|sixties|seventies|"
            r"eighties|nineties)\b"
            # "my 80s playlist", "his 70s Chevy": a decade of culture, not of someone's life
            r"(?!\s+(?:playlists?|music|songs?|hits|hair|movies?|films?|style|rock|country|rap|"
            r"party|mix|cars?|trucks?|Chevy|Ford|jeans|clothes|outfits?|vibes?|collection|records?))"
        ),
        "in-their-nth",
    ),
    (
        rx(
            r"\b(?:early|mid|late)\s*-?\s*(?:\d0s|\d0's|twenties|thirties|forties|fifties|sixties|"
            r"seventies)\b"
        ),
        "decade-of-life",
    ),
    (
        rx(
            r"\b(?:over|under|before|past|nearly|almost|pushing|"
            r"approaching)\s+(?:age\s+)?(?:(?:[1-9][05])|(?:thirty|forty|"
            r"fifty|sixty|seventy|sixty-five))(?=\s*(?:[,.;:!?)\"”]|$|\s+(?:is|are|was|were|and|"
            r"but|should|who|can|"
            r"could|get|gets|in|on|at|so|now|like|or|has|have|had|need|needs|will|would|to|need|"
            r"dont|don't|"
            r"shouldn't|years? of age)\b))"
        ),
        "over-n",
    ),
    (rx(r"\b(?:\d{1,2}|twenty|thirty|forty|fifty|sixty)\s*-?\s*something\b"), "n-something"),
    # A number said of oneself with what still holds at that age: "29 and still undefeated",
    # "39 y todavia guapa", "16 🎂"
    (
        rx(
            # said at the head of a clause, not "I put 40 and still had change"
            r"(?:^|(?<=[.!?\"“(]\s)|(?<=[^\w\s,]\s)|(?<=[\"“(])|(?<=\bim\s)|(?<=\bi'm\s)|(?<=\byep\s)|"
            r"(?<=\byup\s)|(?<=\bnow\s)|(?<=\bjust\s))"
            r"[1-9]\d(?=\s+(?:and|&|n|y)\s+(?:still|todav[ií]a|ya|"
            r"thriving|counting|loving|feeling)\b|\s*🎂)"
        ),
        "age-said",
    ),
    # A birth date by its label: "DOB 3/9/99", "date of birth: 04/12/1990"
    (
        rx(
            r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|fecha\s+de\s+nacimiento)\s*:?\s*"
            r"[\"“]?\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b"
        ),
        "birth-date",
    ),
    # "need cash for my 25th": a birthday by its ordinal alone
    (
        rx(
            r"\bmy\s+(?:[2-9]\d|1[6-9])(?:st|nd|rd|th)\b(?=\s*(?:[!.,?)]|$|🎂|🥳|\s+(?:is|was|party|bash|"
            r"coming|next|this|tomorrow|today|anyway|lol|lmao|haha)\b))"
        ),
        "nth-birthday",
    ),
    # An age group: "55-59 age grp", "(45 & over)", "55+ age group", "age group 40-44".
    (
        rx(
            r"\b[1-9]\d\s*(?:-|–|to)\s*[1-9]\d\s+(?:age\s+(?:group|grp|division|bracket|category|"
            r"class)|AG|division|bracket)\b"
            r"|\b(?:age\s+)?(?:group|grp|division|bracket|category)\s*:?\s*[\"“]?[1-9]\d\s*(?:-|–|to|\+)"
            r"(?:\s*[1-9]\d)?"
            r"|\b[1-9]\d\s*(?:\+|&\s*over|and\s+over|&\s*up|and\s+up|and\s+older)"
            r"(?=\s*(?:\)|age\b|division\b|bracket\b|league\b|category\b|class\b|group\b))"
        ),
        "age-group",
    ),
    (
        rx(
            r"\b(?:\d+|"
            + NUMWORD
            + r")\s+more\s+years?\s+(?:till|until|til|before)\s+(?:i|he|she|we)\s+"
            r"(?:can|could)\s+(?:legally\s+)?(?:drink|buy|vote|retire)\b[^.,;!?\n]*"
        ),
        "years-until-age",
    ),
    (rx(r"\b(?:not old enough|too young)\s+to\s+(?:drink|buy|vote|rent)\b"), "underage"),
]
# "Name, 33," / "candidate, 18," / "(F, 22)" — an age in apposition.
APPOSITION_AGE = rx(
    # ... or closing the name's clause: "Leland Hatch, 89: ...", "candidate, male, 27."
    r"(?:(?<=[A-Za-z)\]])|(?<=[A-Za-z]\.)),\s+(\d{1,2})(?=\s*(?:,|\)|;|:|\.(?:\s|$)|[\"”]|\s+and\s|"
    r"\s*·|\s*\||\s*•|"
    r"\s+at\s+the\s+time\b|\s+then\b|\s+years?\s+old\b))",
    re.UNICODE,
)
COPULA_AGE = rx(
    r"\b(?:i'm|i’m|im|i am|he's|he’s|he is|she's|she’s|she is|they're|they are|ur|you're|you’re|"
    r"youre|you are|then|only|now|just "
    r"turned|"
    r"was|at|age|aged|ages|and i'm|still|to be|being|i'll be|i’ll be|he'll be|she'll be)"
    r"\s+(\d{1,2})\b(?!\s*(?:%|percent|min|mins|minutes|hours|"
    r"hrs|days|weeks|"
    r"wks|months|years|yrs|mph|k\b|times|degrees|yards|feet|ft|miles|laps|shots|beers|drinks|am|"
    r"pm|a\.m|p\.m|"
    r"o'clock|:|/|\.\d|lbs|pounds|dollars|bucks|cents|people|guys|men|cases|rounds|cars|hp|inch|"
    r"inches|in\b|"
    r"points|calls|deep|of|percent|\$|x\b|-|minutes))"
)
START_AGE = rx(r"(?:^|[\"“‘'(\[|·•]\s*|\|\s*|[.!?]\s+)(\d{2})(?=\s*(?:,|·|\||•|\s+and\s+[a-z]+\b))")
# A name with an age in brackets, as news and fundraisers write it: "Cody (24) tore his ..."
NAME_BRACKET_AGE = rx(r"(?<!\bthe\s)\b(?-i:[A-Z][a-z]+)\s+\((\d{2})\)")
# A number said of oneself at the head of a clause with what marks a birthday or an age:
# "29 today", "27 tomorrow", "Ho, 40 already", "40 next month", "35 and starting over",
# "21 & untouchable", "40 looks good on you" (not "ran 10 today": a clause must start there).
BIRTHDAY_AGE = rx(
    r"(?:^|(?<=[\"“‘(\[])|(?<=[.!?,;:]\s)|(?<=[^\w\s,.]\s)|(?<=\bim\s)|(?<=\bi'm\s)|(?<=\bi’m\s)|(?<=\byep\s)|(?<=\byup\s)|"
    r"(?<=\bho\s)|(?<=\bnow\s))"
    r"([1-9]\d)\+?(?=\s*(?:today|tomorrow|tmrw|already|next\s+(?:week|month|year)|"
    r"this\s+(?:week|weekend|month|year)|looks?\s+good\s+on|&\s+[a-z]+|"
    r"and\s+(?:still|starting|applying|single|finally|never|just|feeling|loving|thriving)|"
    r"y\s+(?:todav[ií]a|ya))\b)"
)
# Spanish "at the age of": "crucé la frontera a los 14", "a los 40 años" (not "a los 5 minutos")
SPANISH_AT_AGE = rx(
    r"\ba\s+los\s+(\d{1,2})(?:\s+años)?\b(?!\s+(?:minutos|segundos|horas|días|dias|semanas|"
    r"meses|kil[oó]metros|km|metros|millas|pesos|d[oó]lares|grados|puntos|\d))"
)
# The last item of a profile list: "he/they | dispatcher | 29".
END_LIST_AGE = rx(r"[|·•]\s*(\d{2})(?=\s*(?:[\"”']|$|\n))")
# "Young guy, maybe 24": an estimate about a person, next to a word for that person.
ESTIMATE_AGE = rx(
    r"\b(?:maybe|about|around|roughly|approximately|approx\.?|early|mid|late)\s+(\d{2})"
    r"(?=\s*(?:[,.;)]|$|\s+(?:or\s+so|years?|yrs|ish)\b|-ish))"
)
_ESTIMATE_PERSON = rx(
    r"\b(?:guy|man|woman|lady|male|female|kid|girl|boy|he|she|he's|she's|suspect|driver|victim|"
    r"applicant|candidate|subject|officer|recruit|looks|looked|age|aged)\b"
)
REDDIT_AGE_SEX = rx(
    r"(?<![\w$#])[\[(]?(\d{2})\s?([MFmf])(?![\w])[\])]?|"
    # letter first only in brackets or after "I": "(F14)", "I M21"; bare "F14" names a gang
    # clique, a jet or a key
    r"(?:(?<=[\[(])|(?<=\bI\s))([MF])(\d{2})(?![\w])[\])]?"
)


CONTEXT_RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    (
        rx(r"\b(?:Medicare[- ]eligible|eligible\s+for\s+Medicare|on\s+Medicare)\b"),
        "age",
        "age-proxy",
    ),
    (rx(r"\b(?:birthday|bday|b-day)\s*#\s*\d{1,3}\b"), "age", "birthday-number"),
    # An age guessed of a person: "she's like 80", "he's gotta be about 60"; the oldest or
    # youngest one somewhere (either end of an age, said alike).
    (
        rx(
            r"\b(?:he's|he’s|hes|she's|she’s|shes|he\s+is|she\s+is|they're|they’re|i'm|i’m|im|"
            r"i\s+am)\s+((?:like|about|almost|nearly|probably|prob|maybe|at\s+least|well\s+over|over)"
            r"\s+(?:[2-9]\d|1[0-1]\d))\b(?!\s*(?:%|percent|mph|miles|lbs|pounds|dollars|bucks|k\b|"
            r"grand|minutes|mins|hours|hrs|feet|ft|inches|yards|points|pts|degrees|°|deep|out|away|"
            r"behind|ahead|in\b|of\b))"
            r"|\bthe\s+(?:oldest|youngest)\b(?=\s+(?:one|person|guy|gal|girl|woman|man|lady|dude|cadet|"
            r"recruit|officer|deputy|member|rookie|trainee|hire)\s+(?:in|on|at|of)\b)"
        ),
        "age",
        "age-guessed",
    ),
    # An age noted by the searcher ("candidate (22)"), a child's in Spanish ("mi hijo de 24"), a
    # birthday's ("31 tomorrow 🎂").
    (rx(r"\b(?:candidate|applicant|cand)\s*\((\d{2})\)"), "age", "age-noted"),
    (
        rx(r"\b(?:hij[oa]|niñ[oa]|chamac[oa])\s+de\s+(\d{1,2})\b(?!\s*(?:%|de\b|meses))"),
        "age",
        "age-noted",
    ),
    (rx(r"\b([1-9]\d)\s+(?:tomorrow|today)\b(?=\s*(?:🎂|🥳|🎉|!))"), "age", "age-noted"),
    # "pushing 50", "finally 21!": an age said with its own idiom
    (
        rx(
            r"\bpushing\s+(?:[2-9]\d)\b(?!\s*(?:mph|miles|lbs|pounds|hours|hrs|%|degrees|k\b|grand|"
            r"dollars|bucks|reps|yards|feet|ft|psi|tons|on\s+the\s+(?:interstate|highway|freeway|"
            r"turnpike|road|bypass)|in\s+an?\s+\d))"
            r"|\b(?:finally|almost|nearly|officially)\s+(?:1[6-9]|[2-9]\d)\b(?=\s*(?:[!.,;)]|$|\s+(?:today|"
            r"tomorrow|and|lol|y/o|yo)\b))"
        ),
        "age",
        "age-idiom",
    ),
    # "Lola's 85th!!", "yelling at her 50th lol": a birthday by its ordinal, nothing after it
    (
        rx(
            r"\b(?:(?:my|his|her|their|our)\s+|(?-i:[A-Z])[a-z]+(?:'s|’s)\s+)(?:1[3-9]|[2-9]\d|1[01]\d)"
            r"(?:st|nd|rd|th)\b(?=\s*(?:[!.,;)]|$|\s+(?:birthday|bday|b-day|party|celebration|lol|"
            r"lmao|today|tomorrow|tonight|this\s+weekend)\b))"
        ),
        "age",
        "birthday-ordinal",
    ),
    (rx(r"\bborn\s+(?:in\s+)?['’‘]\d\d\b"), "age", "born-in-year"),
    (
        rx(r"\bgraduated\s+(?:from\s+)?(?:high school|HS|college)\s+in\s+(?:19|20)\d\d\b"),
        "age",
        "graduation-year",
    ),
    (
        rx(
            r"\b(?:my|his|her|your)\s+(\d{2}(?:st|nd|rd|th))(?=\s*(?:[!.,]|$|\s+(?:birthday|bday|"
            r"b-day|party|bash|celebration|dinner|and|with)))"
        ),
        "age",
        "nth-birthday",
    ),
    (rx(r"\b\d{2}\s+(?:years?|yrs?)\s+young\b"), "age", "years-young"),
    # "turning 30 next week", "turned 90 in March": a birthday unless a thing turned a number
    (
        rx(
            r"(?<!\bit\s)(?<!temperature\s)(?<!temp\s)(?<!weather\s)(?<!odometer\s)(?<!clock\s)"
            r"(?<!mileage\s)(?<!thermometer\s)(?<!score\s)(?<!count\s)(?<!truck\s)(?<!car\s)"
            r"\bturn(?:ed|ing)\s+(?:[2-9]\d|1[6-9]|1[01]\d)\b(?!\s*(?:%|percent|degrees|°|mph|miles|"
            r"k\b|grand|dollars|bucks|points|yards|laps|times|minutes|hours|days|weeks|months|"
            r"years\s+ago|o'clock|:|am\b|pm\b))"
        ),
        "age",
        "turned-n",
    ),
    # "turned 45 today": a birthday, whoever wrote it
    (
        rx(
            r"(?<!\bit\s)(?<!odometer\s)(?<!clock\s)(?<!mileage\s)(?<!truck\s)(?<!car\s)"
            r"\bturned\s+(?:[2-9]\d|1[6-9]|1[01]\d)\s+(?:today|yesterday|this\s+(?:week|weekend|"
            r"month|year)|last\s+\w+)\b"
        ),
        "age",
        "turned-n",
    ),
    (
        rx(
            r"\b(?:celebrating|celebrate|celebrated)\s+(?:my|his|her|your|our)\s+(\d{1,3}(?:st|nd|rd|th))\b"
        ),
        "age",
        "nth-birthday",
    ),
    (
        rx(
            r"\b(?:DOB|D\.O\.B\.|date of birth|birth ?date)\s*:?\s*"
            r"((?:19|20)\d\d-\d{1,2}-\d{1,2})\b"
        ),
        "age",
        "date-of-birth",
    ),
    (
        rx(
            r"\b(?:mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|wife|husband|son|"
            r"daughter|brother|sister|friend|boyfriend|girlfriend|fiancée?|partner|kid|baby|boy|girl)"
            r"\s+(?:is|was|turned|turns|just turned|will be|is turning)\s+(\d{1,3})\b(?!\s*(?:%|"
            r"percent|min|minutes|hours|days|weeks|months|miles|mph|pounds|lbs|feet|ft|inches|"
            r"dollars|bucks|times|points|people))"
        ),
        "age",
        "relative-age",
    ),
    # A birthday reached by a person: "just turned 40", "she's turning 30" (not "it turned 90").
    (
        rx(
            r"(?:(?:^|(?<=[\"“'‘(])|(?<=[.!?]\s))|\b(?:just|finally|officially|recently)\s+|"
            r"\b(?:i|he|she|they|we|you|i've|he's|"
            r"she's|i’ve|he’s|she’s|mom|dad|grandma|grandpa|abuela|abuelo)\s+(?:just\s+)?)"
            r"turn(?:ed|ing|s)\s+\d{1,3}\b(?!\s*(?:%|percent|min|minutes|hours|days|weeks|months|"
            r"mph|k\b|times|degrees|yards|feet|miles|laps|shots|beers|am|pm|a\.m|p\.m|o'clock|:))"
        ),
        "age",
        "turned-n",
    ),
    # Age proxies: class reunions and birth years named as such.
    (
        rx(r"\b\d{1,2}(?:th)?[- ](?:year|yr)s?\s+(?:high\s+school\s+|HS\s+|class\s+)?reunion\b"),
        "age",
        "reunion",
    ),
    (rx(r"\b(?:a\s+)?(?:19|20)\d{2}\s+birth\s*(?:year|date|day)\b"), "age", "birth-year"),
)


def _ages(text: str) -> Iterator[Cand]:
    """Bare numbers that are ages: in apposition, after a copula, in lists, as estimates."""
    for m in APPOSITION_AGE.finditer(text):
        n = int(m.group(1))
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if (
            14 <= n <= 99
            and not re.search(r"(?:" + MONTHS + r")\.?\s*\d{0,2}$", before)
            and not re.search(r"\d$", before)
        ):
            yield m.start(1), m.end(1), "age", "rule:age:apposition"
    for m in COPULA_AGE.finditer(text):
        n = int(m.group(1))
        word = m.group(0).split()[0].lower()
        # "to be 10" / "being 12" are more often counts than ages: demand an adult-ish number.
        low_ok = 13 if word in ("at", "was", "now", "only", "still", "to", "being") else 5
        if low_ok <= n <= 110:
            yield m.start(1), m.end(1), "age", "rule:age:stated"
    for m in END_LIST_AGE.finditer(text):
        if 16 <= int(m.group(1)) <= 99:
            yield m.start(1), m.end(1), "age", "rule:age:profile"
    for m in ESTIMATE_AGE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if 14 <= int(m.group(1)) <= 99 and _ESTIMATE_PERSON.search(before):
            yield m.start(1), m.end(1), "age", "rule:age:estimate"
    for rule in (NAME_BRACKET_AGE, BIRTHDAY_AGE, SPANISH_AT_AGE):
        for m in rule.finditer(text):
            if 10 <= int(m.group(1)) <= 110:
                yield m.start(1), m.end(1), "age", "rule:age:stated"
    for m in START_AGE.finditer(text):
        n = int(m.group(1))
        if 16 <= n <= 99:
            yield m.start(1), m.end(1), "age", "rule:age:profile"
    for m in REDDIT_AGE_SEX.finditer(text):
        if m.group(1):
            age, sex = (m.start(1), m.end(1)), (m.start(2), m.end(2))
        else:
            sex, age = (m.start(3), m.end(3)), (m.start(4), m.end(4))
        n = int(text[age[0] : age[1]])
        if 13 <= n <= 99:
            yield age[0], age[1], "age", "rule:age:age-sex-code"
            yield sex[0], sex[1], "sex", "rule:sex:age-sex-code"


# Retiring from work is an age proxy (TAXONOMY: "retiree"); retiring from a service is not
# only that, and the service's own rules name it.
RETIRED = (
    (
        rx(
            r"\b((?:(?:just|recently|finally|newly|happily)\s+)?(?:retired|retiring))\s+(?:from|after)"
            r"\b(?!\s+(?:the\s+)?(?:Army|Navy|Air\s+Force|Marines?|Marine\s+Corps|Coast\s+Guard|"
            r"military|Guard|service|Reserves?|active\s+duty|racing|the\s+game|football|baseball|"
            r"basketball|boxing))"
        ),
        "age",
        "retired",
    ),
)

# "the retired guy next door", "a retired rancher", "the retired Vietnamese couple": retired
# said of a person (a noun for one within two words), save a service's veteran ("retired Marine").
RETIRED_BEFORE = re.compile(
    r"\b(?:semi-)?retired\s+(?:([A-Za-z]+)\s+)?([A-Za-z]+)\b", re.IGNORECASE
)
SERVICE_WORDS = frozenset(
    "army navy marine marines air airman coast military guard sfc sgt msgt colonel major "
    "captain chief general admiral lieutenant commander sergeant veteran vet vets".split()
)


def _retired_people(text: str) -> Iterator[Cand]:
    for m in RETIRED_BEFORE.finditer(text):
        words = [w.lower() for w in m.groups() if w]
        if words[0] in SERVICE_WORDS:
            continue
        if any(w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS or person_noun(w) for w in words):
            yield m.start(), m.start() + len(m.group().split()[0]), "age", "rule:age:retired"


RECOGNIZERS = (
    FunctionRecognizer("retired-people", _retired_people),
    PatternRecognizer("retired", RETIRED),
    PatternRecognizer("age-phrases", tuple((p, "age", kind) for p, kind in AGE_RULES)),
    FunctionRecognizer("age-numbers", _ages),
    PatternRecognizer("age-context", CONTEXT_RULES),
)
