"""Context rules: indirect mentions that no lexicon entry can carry on its own.

Each rule reads the normalised text (and, where it helps, the spaCy tokens and entities)
and yields candidate spans ``(start, end, category, reason)`` or decoy spans to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Cand = tuple[int, int, str, str]

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
NUMWORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "a couple|a few|several"
)
NUM = rf"(?:\d+(?:\.\d+)?|{NUMWORD})"
POSS = r"(?:my|his|her|their|our|your|the|a|an|ur|[A-Z][a-z]+'s|candidate's|candidate’s)"
REL_BLOOD = (
    r"(?:dad|father|mom|mother|mama|papa|grandpa|grandfather|grandma|grandmother|granny|abuela|"
    r"abuelo|abuelita|abuelito|nana|tata|brother|brothers|sister|sisters|aunt|aunts|auntie|tía|tia|"
    r"tío|tio|uncle|uncles|cousin|cousins|great-grandfather|great-grandmother|great-grandpa|"
    r"great-grandma|grandparents|parents|siblings|bubbe|zayde)"
)
PERSON_NOUNS = frozenset(
    """man men woman women guy guys girl girls boy boys kid kids child children people person
    persons
    folks folk family families dude dudes lady ladies gentleman gentlemen neighbor neighbors
    neighbour
    neighbours coworker coworkers co-worker co-workers classmate classmates student students
    teen teens
    teenager teenagers couple couples community communities owner owners customer customers driver
    drivers officer officers cop cops employee employees worker workers friend friends brother
    brothers
    sister sisters mother father mom dad son sons daughter daughters wife husband girlfriend
    boyfriend
    patient patients victim victims suspect suspects male males female females individual
    individuals
    youth youths population household households residents resident voters teacher teachers nurse
    nurses doctor doctors manager managers boss supervisor chief senator councilwoman councilman
    candidate applicant applicants fellow brethren elders elder culture heritage roots side ancestry
    descent blood pride history tribe tribes nation nations tribal band member members
    owned-business
    baby babies toddler grandma grandpa grandmother grandfather guy's chick chicks bro bros
    homie homies
    homeboy homegirl lives lesbian gay trans americans american nurse chef cook cooks mechanic
    athlete athletes player players swimmer swimmers clerk clerks crew pastor priest soldier
    soldiers
    vet vets veteran veterans men's women's mama papa abuela abuelo grandparents parents kiddo
    thugs thug
    criminals savages animals trash gangbangers punks hoodlums drunks addicts freaks scum
    rats""".split()
)
RACE_COLOUR = frozenset({"black", "white", "brown", "indian", "blackest", "whitest", "browner"})

_F = re.IGNORECASE


def _r(pattern: str, flags: int = _F) -> re.Pattern:
    # Keywords match in any case, but "[A-Z]" must keep meaning a capital letter (a name).
    if flags & re.IGNORECASE:
        pattern = pattern.replace("[A-Z]", "(?-i:[A-Z])")
    return re.compile(pattern, flags)


# --------------------------------------------------------------------------- age
AGE_RULES: list[tuple[re.Pattern, str]] = [
    (_r(r"\b\d{1,3}\s*-?\s*(?:years?|yrs?|yr\.?)[\s-]*olds?\b"), "n-year-old"),
    (
        _r(
            r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|"
            r"four|five|six|seven|eight|nine))?[\s-]*years?[\s-]*olds?\b"
        ),
        "n-year-old",
    ),
    # "At fifty-two, he is the oldest recruit": a spelled-out compound age.
    (
        _r(
            r"\b(?:at|aged?|turned|turning|i'm|i’m|i am|he's|he’s|she's|she’s|now|just turned)\s+"
            r"((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|"
            r"five|six|seven|eight|nine))\b(?![\s-]+(?:percent|minutes|hours|days|dollars|miles|"
            r"times|calls|pounds|lbs|feet|yards|degrees|rounds))"
        ),
        "spelled-age",
    ),
    (
        _r(
            r"(?:^|(?<=[\"“'‘])|(?<=[.!?]\s))\s*((?:twenty|thirty|forty|fifty|sixty|seventy|eighty)"
            r"-(?:one|two|three|four|five|six|seven|eight|nine))(?=\s*(?:,|\s+and\b|\s+years\b|"
            r"\s+today\b|\s+now\b))"
        ),
        "spelled-age",
    ),
    (_r(r"\b\d{1,3}\s*(?:y/o|y\.o\.|yo)\b(?!-)"), "n-yo"),
    (_r(r"\b(?:aged?|age:)\s*\d{1,3}\b"), "age-n"),
    (
        _r(
            r"\b(?:born|b\.)\s+(?:and\s+raised\s+)?(?:in\s+|on\s+)?(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "born-in-year",
    ),
    (_r(r"\bborn\s+(?:on\s+)?\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"), "born-date"),
    # "born in San Salvador in 1990": the year after the birthplace is a birth year.
    (
        _r(
            r"\bborn\s+(?:and\s+raised\s+)?(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?"
            r"\s+(?:in|on)\s+(?:(?:" + MONTHS + r")\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b"
        ),
        "born-in-year",
    ),
    (
        _r(
            r"\b(?:DOB|D\.O\.B\.|date of birth|birth ?date|birthday)\s*:?\s*(?:is\s+)?"
            r"((?:(?:19|20)\d\d-\d{1,2}-\d{1,2})|(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d)|(?:(?:"
            + MONTHS
            + r")\.?\s+\d{1,2},?\s+(?:19|20)\d\d))"
        ),
        "date-of-birth",
    ),
    (_r(r"\bclass of\s+(?:'|’|‘)?(?:19|20)?\d\d\b"), "class-of"),
    (_r(r"(?:'|’|‘)\d\d\s+(?:baby|babies|kid|kids|born)\b"), "year-baby"),
    (_r(r"\b(?:19|20)\d\d\s+(?:baby|babies)\b"), "year-baby"),
    (_r(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|bday|b-day|bd)\b"), "nth-birthday"),
    (
        _r(
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
        _r(
            r"\bturn(?:s|ed|ing)?\s+(\d{1,3})\b(?!\s*(?:%|percent|min|minutes|hours|days|weeks|"
            r"months|"
            r"mph|k\b|times|degrees|yards|feet|miles|laps|shots|beers|am|pm|a\.m|p\.m|o'clock|:))"
        ),
        "turned-n",
    ),
    (
        _r(
            r"\b(?:the\s+)?big\s+\d\s*-?\s*0\b|\b(?:the\s+)?big\s+(?:thirty|forty|fifty|sixty|"
            r"seventy|four-oh|five-oh)\b"
        ),
        "milestone-birthday",
    ),
    (
        _r(r"\b(?:dirty|flirty|nifty|fabulous)\s+(?:30|thirty|50|fifty|40|forty)\b"),
        "milestone-birthday",
    ),
    (
        _r(
            r"\b(?:thirty|forty|fifty|sixty|seventy|30|40|50|60|70)\s*(?:and|&|n)\s*(?:fabulous|"
            r"fab|thriving|flirty|fine|"
            r"fierce|fit)\b"
        ),
        "milestone-birthday",
    ),
    (
        _r(
            r"\b(?:in|into)\s+(?:my|his|her|their|your|our)\s+(?:early\s+|mid\s*-?\s*|late\s+)?"
            r"(?:\d0s|\d0's|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties)\b"
        ),
        "in-their-nth",
    ),
    (
        _r(
            r"\b(?:early|mid|late)\s*-?\s*(?:\d0s|\d0's|twenties|thirties|forties|fifties|sixties|"
            r"seventies)\b"
        ),
        "decade-of-life",
    ),
    (
        _r(
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
    (_r(r"\b(?:\d{1,2}|twenty|thirty|forty|fifty|sixty)\s*-?\s*something\b"), "n-something"),
    (
        _r(
            r"\b(?:\d+|"
            + NUMWORD
            + r")\s+more\s+years?\s+(?:till|until|til|before)\s+(?:i|he|she|we)\s+"
            r"(?:can|could)\s+(?:legally\s+)?(?:drink|buy|vote|retire)\b[^.,;!?\n]*"
        ),
        "years-until-age",
    ),
    (_r(r"\b(?:not old enough|too young)\s+to\s+(?:drink|buy|vote|rent)\b"), "underage"),
]
# "Name, 33," / "candidate, 18," / "(F, 22)" — an age in apposition.
APPOSITION_AGE = _r(
    r"(?:(?<=[A-Za-z)\]])|(?<=[A-Za-z]\.)),\s+(\d{1,2})(?=\s*(?:,|\)|;|\s+and\s|\s*·|\s*\||\s*•|"
    r"\s+at\s+the\s+time\b|\s+then\b|\s+years?\s+old\b))",
    re.UNICODE,
)
COPULA_AGE = _r(
    r"\b(?:i'm|i’m|im|i am|he's|he’s|he is|she's|she’s|she is|they're|they are|then|only|now|just "
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
START_AGE = _r(r"(?:^|[\"“‘'(\[|·•]\s*|\|\s*|[.!?]\s+)(\d{2})(?=\s*(?:,|·|\||•|\s+and\s+[a-z]+\b))")
# The last item of a profile list: "he/they | dispatcher | 29".
END_LIST_AGE = _r(r"[|·•]\s*(\d{2})(?=\s*(?:[\"”']|$|\n))")
# "Young guy, maybe 24": an estimate about a person, next to a word for that person.
ESTIMATE_AGE = _r(
    r"\b(?:maybe|about|around|roughly|approximately|approx\.?|early|mid|late)\s+(\d{2})"
    r"(?=\s*(?:[,.;)]|$|\s+(?:or\s+so|years?|yrs|ish)\b|-ish))"
)
_ESTIMATE_PERSON = _r(
    r"\b(?:guy|man|woman|lady|male|female|kid|girl|boy|he|she|he's|she's|suspect|driver|victim|"
    r"applicant|candidate|subject|officer|recruit|looks|looked|age|aged)\b"
)
REDDIT_AGE_SEX = _r(
    r"(?<![\w$#])[\[(]?(\d{2})\s?([MFmf])(?![\w])[\])]?|"
    r"(?<![\w$#])[\[(]?([MF])(\d{2})(?![\w])[\])]?"
)
FORM_SEX = _r(
    r"\b(?:sex|gender)\s*[:=]?\s*(?:is\s+)?(F|M|female|male|Female|Male|FEMALE|MALE)\b(?!\w)"
)
FORM_SEX_PAREN = _r(r"\((F|M),\s*\d{1,2}\)", 0)
FORM_RACE = _r(r"\b(?:race|ethnicity)\s*[:=]?\s*(?:is\s+)?([A-Z](?:[a-z]+)?)\b(?!\w)")


def age_rules(text: str) -> Iterator[Cand]:
    """Ages, birth years and age proxies written as numbers or idioms."""
    for rx, name in AGE_RULES:
        for m in rx.finditer(text):
            g = 1 if rx.groups and m.group(1) else 0
            yield m.start(g), m.end(g), "age", f"rule:age:{name}"
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
    for m in FORM_SEX.finditer(text):
        yield m.start(1), m.end(1), "sex", "rule:sex:form-field"
    for m in FORM_SEX_PAREN.finditer(text):
        yield m.start(1), m.end(1), "sex", "rule:sex:form-field"
    for m in FORM_RACE.finditer(text):
        yield m.start(1), m.end(1), "race_color", "rule:race:form-field"


# --------------------------------------------------------------------------- relationships
SPOUSE_F = r"(?:wife|wifey|wives|girlfriend|fiancée|fiancee|bride|esposa|novia|missus)"
SPOUSE_M = r"(?:husband|hubby|hubs|hubbie|boyfriend|fiancé|fiance|groom|esposo|novio)"
SPOUSE_N = (
    r"(?:spouse|fiancé|fiancée|fiance|fiancee|significant other|ex-spouse|ex-wife|ex-husband|"
    r"other half|better half)"
)
CHILD = (
    r"(?:son|sons|daughter|daughters|kid|kids|kiddo|kiddos|child|children|toddler|toddlers|baby "
    r"girl|"
    r"baby boy|little one|little ones|oldest|youngest|middle child|stepson|stepdaughter|stepkids|"
    r"step-kids|stepchildren|twins|newborn|infant|teenagers?|teens?|"
    # "my boys" is as often friends as sons; with a number it is children
    r"(?:\d|two|three|four|five)\s+(?:boys|girls))"
)
NUMBER_WORDS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|both)"
REL_RULES: list[tuple[re.Pattern, str, str]] = [
    (
        _r(
            r"\b(?:my|our|his|her|their)\s+(?:" + NUMBER_WORDS + r"\s+)?(?:beautiful\s+|little\s+|"
            r"amazing\s+|wonderful\s+|two\s+|three\s+|four\s+)?" + CHILD + r"(?:'s|’s)?\b"
        ),
        "marital_status",
        "possessive-child",
    ),
    (
        _r(
            r"\b(?:no|zero)\s+(?:kids|children|kiddos)\b|\b(?:have|had|has|with|raising|of|our|my|"
            r"his|her)\s+"
            r"(?:\d|two|three|four|five|six)\s+(?:kids|children|kiddos|boys|girls)\b"
        ),
        "marital_status",
        "number-of-children",
    ),
    (
        _r(
            r"\b(?:(?:single|girl|boy|proud|new|working|stay-at-home|first-time|millennial|tired|"
            r"busy|young|foster|"
            r"step|bonus|twin|soccer|hockey|football|baseball|cheer|dance|band|sports|military|"
            r"army|navy|police|"
            r"cop|a|an)\s+)?(?:mom|dad|mother|father|mama|papa|mommy|daddy|parent)\s+(?:of|"
            r"to)\s+(?:\d+|one|two|"
            r"three|four|five|six|twins|a\b)(?:\s+(?:boys|girls|kids|children|kiddos|little ones))?"
        ),
        "marital_status",
        "parent-of-n",
    ),
    (
        _r(
            r"\b(?:single|girl|boy|proud|new|working|stay-at-home|first-time|tired|busy|foster|"
            r"step|bonus|twin|soccer|hockey|football|baseball|cheer|expectant|grieving|widowed|"
            r"divorced|homeschool|solo)\s+(?:mom|dad|mother|father|mama|papa|mommy|daddy|"
            r"parent|moms|dads|mothers|fathers|parents)\b(?:\s+(?:x|×)\s*\d)?"
        ),
        "marital_status",
        "parent-label",
    ),
    (
        # "millennial dad", "Army mom": the adjective belongs to another category.
        _r(
            r"\b(?:millennial|boomer|gen\s?x|gen\s?z|young|teen|older|military|army|navy|marine|"
            r"guard|police|cop|gay|lesbian|trans|queer|catholic|christian|muslim|jewish|latina|latino|"
            r"black|white|native|immigrant|deaf|disabled)\s+(mom|dad|mother|father|mama|papa|mommy|"
            r"daddy|parent|moms|dads|mothers|fathers|parents)\b"
        ),
        "marital_status",
        "parent-label",
    ),
    (
        _r(
            r"(?:(?<=\bas a )|(?<=\bas an )|(?<=, a )|(?<=\ba proud ))(?:mom|dad|mother|father|"
            r"mama|parent|wife|"
            r"husband)\b"
        ),
        "marital_status",
        "parent-self",
    ),
    (
        _r(
            r"\b"
            + POSS
            + r"\s+(?:ex-|ex\s|former\s|then-|late\s|future\s|soon-to-be\s|soon to be\s|new\s|"
            r"beautiful\s|lovely\s|amazing\s|pregnant\s|first\s|second\s|estranged\s|"
            r"common-law\s)?(?:"
            + SPOUSE_F[3:-1]
            + "|"
            + SPOUSE_M[3:-1]
            + "|"
            + SPOUSE_N[3:-1]
            + r")(?:'s|’s)?(?![-\w])(?!\s+(?:arts?|law))"
        ),
        "marital_status",
        "possessive-spouse",
    ),
    (
        _r(
            r"\b(?:my|his|her|your|ur)\s+(?:girl|lady|man|ex|partner|old lady|old "
            r"man)(?![-\w])(?!\s+(?:friend|friends|"
            r"in|of|at|who|from|crush|scout|scouts|cave|hours|code|problems?|issues?|said|says|"
            r"told|and\s+i))"
        ),
        "marital_status",
        "possessive-partner",
    ),
    (
        _r(
            r"\b(?:my|his|her|their)\s+(?:partner|fiancé|fiancée|fiance|fiancee|boyfriend|"
            r"girlfriend)\s+[A-Z][a-z]+\b"
            r"(?!\s+[A-Z])"
        ),
        "marital_status",
        "partner-named",
    ),
    (
        _r(r"\b(?:mi|la|el)\s+(?:esposa|esposo|mujer|vieja|viejo|novia|novio|marido)\b"),
        "marital_status",
        "spanish-spouse",
    ),
    (
        _r(
            r"\b(?:custody|visitation)\s+(?:weekend|weekends|battle|hearing|agreement|schedule|"
            r"exchange)s?\b"
            r"(?:\s+(?:w|w/|with)\s+(?:the|my)\s+kids)?"
        ),
        "marital_status",
        "custody",
    ),
    (
        _r(
            r"\b(?:recently|newly|just|happily|unhappily|legally|currently|still|finally|soon to "
            r"be|getting)\s+"
            r"(?:married|divorced|separated|engaged|widowed|single)\b"
        ),
        "marital_status",
        "status",
    ),
    # "I'm single", and a post or bio that opens with its status: "Single and not looking".
    (
        _r(
            r"\b(?:i'm|i’m|im|i am|she's|she’s|he's|he’s|she is|he is)\s+(?:still\s+|now\s+)?"
            r"(single|married|divorced|widowed|engaged)\b(?!\s+(?:in|with|by|to\s+the|to\s+(?:his|her|"
            r"my)\s+(?:job|work)|enough)\b)"
            r"|(?:^|(?<=[\"“'‘|·•]))\s*((?-i:Single|Married|Divorced|Widowed|Engaged))\b"
            r"(?=\s*(?:,|\||·|•|\s+(?:and|af|again|since|for|now|mom|dad|mother|father|parent)\b))"
        ),
        "marital_status",
        "status",
    ),
    (
        _r(r"\b(?:\d+|one|two|three|four|five|ten|twenty)\s+(?:years?|yrs?)\s+married\b"),
        "marital_status",
        "years-married",
    ),
    (
        _r(
            r"\b(?:married|engaged|wed)\s+to\s+(?:my|his|her|the)\b[^.,;!?\n]{0,25}?\b(?:best "
            r"friend|"
            r"high school sweetheart|partner|wife|husband|love|girl|man|boy|soulmate)\b"
        ),
        "marital_status",
        "married-to",
    ),
]
# Words the candidate's own parents or siblings: never marital status.
SAME_SEX = _r(
    r"\b(?:(?P<she>her|she's|she is)\s+(?:(?:ex-|former\s|late\s|new\s)?)(?P<f>wife|wifey|"
    r"girlfriend|fiancée|"
    r"fiancee|bride|girl|gf)|(?P<he>his|he's|he is)\s+(?:(?:ex-|former\s|late\s|"
    r"new\s)?)(?P<m>husband|hubby|"
    r"boyfriend|fiancé|fiance|groom|bf|man))\b"
)


def relationship_rules(text: str) -> Iterator[Cand]:
    """Spouses, partners, children and family status, with the possessive that makes them ours."""
    for rx, cat, name in REL_RULES:
        for m in rx.finditer(text):
            g = 1 if rx.groups and m.group(1) else 0
            yield m.start(g), m.end(g), cat, f"rule:{cat}:{name}"
    for m in SAME_SEX.finditer(text):
        yield m.start(), m.end(), "sexual_orientation", "rule:orientation:same-sex-partner"


# --------------------------------------------------------------------------- other context rules
CONTEXT_RULES: list[tuple[re.Pattern, str, str]] = [
    # national origin
    (
        _r(
            r"\b(?:born|raised|grew up)\s+(?:and\s+raised\s+)?in\s+(?:the\s+)?(?:[A-Z][\w'’.-]+|"
            r"de|del|la|los|las)"
            r"(?:\s+(?:[A-Z][\w'’.-]+|de|del|la|los|las))*"
        ),
        "national_origin",
        "born-in-place",
    ),
    (
        _r(
            r"\b(?:is|are|was|were|'s|’s|originally|family|parents|grandparents|"
            r"ancestors)\s+(?:originally\s+|all\s+)?(from\s+"
            r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)"
        ),
        "national_origin",
        "is-from-country",
    ),
    (
        _r(
            r"\b(?:came|come|moved|immigrated|emigrated|migrated|fled|escaped|arrived|"
            r"crossed)\s+(?:over\s+|here\s+|to\s+"
            r"(?:the\s+)?(?:US|U\.S\.|USA|America|the "
            r"States)\s+)?from\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"
        ),
        "national_origin",
        "came-from",
    ),
    # "family fled Havana", "escaped Venezuela": kept only when the place is foreign.
    (
        _r(r"\b(?:fled|escaped|left)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"),
        "national_origin",
        "is-from-country",
    ),
    # "my papá crossed the border": an immigration story, not a trip.
    (
        _r(
            r"\b(?:my|his|her|our|their|mi|mis)\s+(?:dad|father|papá|papa|mom|mother|mamá|mama|"
            r"parents|family|grandparents|grandpa|grandma|abuel\w*|t[ií][oa]s?|uncle|aunt)\s+"
            r"(?:(?:had\s+)?(?:crossed|swam|walked)\s+(?:across\s+)?(?:the\s+)?(?:border|river|"
            r"Rio\s+Grande)|came\s+(?:here\s+)?(?:undocumented|illegally|without\s+papers))\b"
        ),
        "national_origin",
        "crossed-border",
    ),
    (
        _r(
            r"\b(?:I|we|he|she|they)\s+(?:(?:had\s+)?crossed\s+the\s+border\s+(?:illegally|"
            r"undocumented|as\s+a\s+(?:kid|child|baby|teen))|came\s+(?:here\s+)?(?:undocumented|"
            r"illegally|without\s+papers))\b"
        ),
        "national_origin",
        "crossed-border",
    ),
    (
        _r(r"\ball the way from\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"),
        "national_origin",
        "came-from",
    ),
    (
        _r(
            r"\b(?:go|goes|going|went|send|sent|ship|shipped|deport|"
            r"deported)\s+(?:\w+\s+){0,4}?back\s+to\s+"
            r"((?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)"
        ),
        "national_origin",
        "go-back-to",
    ),
    (
        _r(
            r"\b(?:speaks?|spoke|speaking|switch(?:es|ed)? to|learning|raised (?:me|him|her|us) "
            r"on|taught (?:me|him|her|us))"
            r"\s+(?:\w+\s+){0,2}?((?:[A-Z][a-z]+)(?:\s+(?:first|before English|at "
            r"home))?)\b(?:\s+before\s+English)?"
        ),
        "national_origin",
        "heritage-language",
    ),
    (
        _r(
            r"\b(?:abuela|abuelita|grandma|grandmother|mom|mother|mama|nana|abuelo|grandpa|dad|"
            r"father|parents|family)\s+"
            r"(?:taught|raised)\s+(?:me|him|her|us)\s+(?:on\s+)?[A-Z][a-z]+(?:\s+(?:first|before "
            r"English))?"
        ),
        "national_origin",
        "heritage-language",
    ),
    (_r(r"\b[A-Z][a-z]+\s+before\s+English\b"), "national_origin", "heritage-language"),
    (
        _r(
            r"\b(?:primary|native|first|home|heritage|mother)\s+(?:language|"
            r"tongue)\s+(?:is\s+)?[A-Z][a-z]+\b"
        ),
        "national_origin",
        "heritage-language",
    ),
    (
        _r(r"\b(?:here|came|come|crossed|living|live|lives|stay|staying)\s+illegally\b"),
        "national_origin",
        "immigration-status",
    ),
    (
        _r(r"\b(?:(?:thick|heavy|strong|foreign)\s+)?[A-Z][a-z]+\s+accent\b", 0),
        "national_origin",
        "accent",
    ),
    # Someone's own accent: "mocked my accent", "because of her accent".
    (
        _r(r"\b(?:my|his|her|their|your)\s+((?:thick\s+|heavy\s+|strong\s+)?accents?)\b"),
        "national_origin",
        "accent",
    ),
    (
        _r(
            r"\b(?:(?:with|has|had|have|his|her|their|a)\s+)(?:thick|heavy|strong|"
            r"foreign)\s+accent\b"
        ),
        "national_origin",
        "accent",
    ),
    (
        _r(
            r"\b(?:my|his|her|their|with|serious|severe)\s+(?:serious\s+|"
            r"severe\s+)?mental\s+illness\b|"
            r"\b(?:is|was|am|been)\s+mentally\s+ill\b(?=[^.!?\n]{0,30}\b(?:diagnos|meds|hospital|"
            r"treatment))"
        ),
        "disability",
        "mental-illness",
    ),
    # religion
    (
        _r(
            r"\b(?:St\.?|Saint|San|Santa|Santo|Our Lady of|Holy|First|Iglesia|Templo|Congregation|"
            r"Temple|Beth|Masjid|"
            r"Sacred Heart|Immaculate|Christ the|Cornerstone|Calvary|Grace|Trinity|Good Shepherd|"
            r"Mount|Mt\.?|New Life|"
            r"Victory|Hope|Faith|Living Word|Harvest)\b[\w'’. ]{0,40}?\b(?:Church|Parish|parish|"
            r"church|Basilica|"
            r"Cathedral|Chapel|Mission|Temple|Synagogue|Mosque|Masjid|Ministries|Fellowship|"
            r"Tabernacle|Assembly|"
            r"Kingdom Hall|Ward|Bautista|Católica|Catolica|Cristiana|Gurdwara|Mandir|"
            r"Shul)\b(?:\s+of\s+[A-Z][\w'’.]+"
            r"(?:\s+[A-Z][\w'’.]+)*)?"
        ),
        "religion",
        "congregation",
    ),
    # "confirmed at St. Therese", "Mass at St. Anne's": a saint's name after "at" is a parish
    # unless a street, school or hospital word follows.
    (
        _r(
            r"\b(?:at|from|to|attends|attend|attended)\s+((?:St\.|Saint)\s+"
            r"(?!(?:Louis|Paul|Petersburg|Pete|Cloud|Charles|George|Augustine|Kitts|Lucia|Thomas|"
            r"Croix|Helena|Johns|Martin|Moritz|Tropez|Lawrence|Kilda|Simons|Joseph|Vincent)\b"
            r"(?!['’]s))[A-Z][a-z]+(?:['’]s)?)"
            r"(?!\s+(?:[A-Z][a-z]+\s+)?(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Blvd|Boulevard|Lane|"
            r"Way|Hospital|Regional|Medical|Health|University|College|Clinic|Center|Centre|"
            r"Elementary|Middle|High|Academy|Park|Island|Lake|River|Louis|Paul|Petersburg|"
            r"Cloud|Charles|George|Augustine|Kitts|Lucia|Thomas|Croix|Helena|Joseph's Hospital)\b)"
            r"(?!\s*,\s*(?:MN|MO|FL|Minnesota|Missouri|Florida))",
            0,
        ),
        "religion",
        "congregation",
    ),
    # A congregation named by its prefix: "Congregation Albert", "Temple Beth Shalom",
    # "Masjid Al-Noor", "Chabad of Santa Fe" (not "Temple University", not "Temple Street").
    (
        _r(
            r"\b(?:Congregation|Temple|Masjid|Chabad\s+of|Islamic\s+Center\s+of|Gurdwara|"
            r"Kehilat|Kehillat|B'nai|B’nai)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\b"
            r"(?<!University)(?<!College)(?<!Street)(?<!Avenue)(?<!Road)(?<!Drive)(?<!Run)",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        _r(
            r"\b[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,3}\s+(?:Church|Parish|Basilica|Cathedral|"
            r"Chapel|Synagogue|Mosque|"
            r"Masjid|Ministries|Tabernacle|Gurdwara|Mandir|Kingdom "
            r"Hall)\b(?:\s+of\s+[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+)*)?",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        _r(
            r"\b[A-Z][a-z]+\s+(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|"
            r"Catholic|Adventist|"
            r"Nazarene|Evangelical|Apostolic|Orthodox|Bible Church|Community Church|Christian "
            r"Fellowship)\b(?!\s+"
            r"(?:Hospital|Medical|Health|University|College|Healthcare|Charities|Social))",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        _r(
            r"\bSt\.?\s+[A-Z][a-z]+(?:'s|’s)(?!\s+(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Blvd|"
            r"Hospital|Medical|"
            r"College|University|Lane|Way|Place|Circle|Court|Park|Day))(?:\s+(?:parish|church|"
            r"Parish|Church))?",
            0,
        ),
        "religion",
        "named-parish",
    ),
    (
        _r(
            r"\b(?:Father|Padre|Fr\.|Pastor|Rabbi|Imam|Reverend|Rev\.|Elder|Sister|Bishop|Deacon|"
            r"Brother|Monsignor|"
            r"Msgr\.)(?=\s+[A-Z][a-zá-úñ]+)",
            0,
        ),
        "religion",
        "clergy-title",
    ),
    (
        _r(
            r"\b(?:a|an|as a|devout|good|practicing|born-again|proud|fellow|committed|"
            r"faithful)\s+(Christian)\b"
        ),
        "religion",
        "christian",
    ),
    (
        _r(
            r"\bChristians?\b(?=\s+(?:values|faith|church|school|college|music|radio|community|"
            r"man|woman|men|women|"
            r"family|camp|fellowship|ministry|nation|conservative|worldview|home|upbringing|"
            r"household|singles))",
            0,
        ),
        "religion",
        "christian",
    ),
    (
        _r(
            r"\b(?:pray(?:ing|ed|s)?|prayer)\s+(?:the\s+rosary|to\s+(?:God|Allah|Jesus|Mary|"
            r"the\s+Virgin))\b"
        ),
        "religion",
        "prayer",
    ),
    (
        _r(
            r"\b(?:fasting|fasted|fast)\s+(?:till|until|from dawn to|dawn to|for)\s+(?:sundown|"
            r"sunset|dusk|Ramadan|Lent)"
            r"(?:\s+all\s+month)?"
        ),
        "religion",
        "fasting",
    ),
    (_r(r"\b(?:Mass)\b", 0), "religion", "mass"),
    (
        _r(
            r"\b(?:usher|ushers|ushering|lector|greeter|altar server|cantor|sacristan|volunteer|"
            r"volunteers)\s+(?:at|for)\s+"
            r"(?:(?:the\s+)?(?:\d+\s+)?(?:Sunday\s+)?(?:Mass|mass|church|services|worship|temple|"
            r"synagogue|mosque))\b"
        ),
        "religion",
        "church-role",
    ),
    (
        _r(
            r"\b(?:Iglesia|Templo|Parroquia|Capilla|Misión|Mision|Santuario)\s+(?:[A-Z][\w'’.-]*|"
            r"de|del|la|las|los|el|y)"
            r"(?:\s+(?:[A-Z][\w'’.-]*|(?:de|del|la|las|los|el|y)(?=\s+[A-Z]))){0,6}",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        _r(
            r"\b(?:to|at|after|before|funeral|Sunday|midnight|daily|Catholic|Latin|Easter|"
            r"Christmas|morning|evening|"
            r"weekly|attend|attends|attended|attending|skip|skipped|skipping|from)\s+(mass)\b"
        ),
        "religion",
        "mass",
    ),
    (
        _r(
            r"\b(?:LDS|Mormon)\s+(?:mission|missionary|church|temple|ward|bishop|member|family|"
            r"upbringing)s?\b"
        ),
        "religion",
        "lds",
    ),
    (
        _r(r"\bserv(?:ed|ing|e)\s+(?:an?\s+)?(?:LDS\s+|two-year\s+|mormon\s+)?mission\b"),
        "religion",
        "lds-mission",
    ),
    (_r(r"\b(?:temple|church)\s+(?:wedding|marriage|recommend|garments)\b"), "religion", "temple"),
    (
        _r(
            r"\b(?:Hindu|Sikh|Buddhist|Jain|LDS|Mormon|Jewish|Reform|Orthodox)\s+(?:temple|"
            r"synagogue)\b"
        ),
        "religion",
        "temple",
    ),
    (
        _r(
            r"\b[A-Z][a-z]+\s+feast\s+day\b(?:\s+(?:dances?|mass|procession))?|\b(?:San|Santa|"
            r"Santo|St\.?)\s+[A-Z][a-z]+\s+"
            r"(?:feast\s+day|fiesta)(?:\s+(?:dances?|mass|procession))?",
            0,
        ),
        "religion",
        "feast-day",
    ),
    (
        _r(
            r"\b(?:Good Friday|Palm Sunday|Corpus Christi|Easter)\s+(?:procession|service|mass|"
            r"vigil|sunrise service)\b"
        ),
        "religion",
        "observance",
    ),
    # sexual orientation and gender identity
    (
        _r(
            r"\b(?:came|come|coming)\s+out\s+(?:as|to|at|publicly|officially|last|this|"
            r"in\s+(?:high school|college|"
            r"\d{4}))\b(?:\s+(?:a|an)\s+)?(?:\s*(?:gay|lesbian|bi|bisexual|queer|pan|pansexual|"
            r"trans|transgender|"
            r"nonbinary|non-binary|trans\s+(?:man|woman|guy|girl)|ace|asexual))?"
        ),
        "sexual_orientation",
        "coming-out",
    ),
    (
        _r(
            r"\b(?:came|come|coming)\s+out(?=\s*(?:[,.;!?\"”)]|$|\s+(?:to\s+(?:me|us|him|her|them|"
            r"my|his|her|their|the\s+"
            r"family)|and|at\s+work|at\s+\d+|last|this|when|after|in)))"
        ),
        "sexual_orientation",
        "coming-out",
    ),
    (
        _r(
            r"\b(?:be|being|was|am|is|not|openly|fully|finally)\s+out\b(?=\s+(?:at|to|as|and|"
            r"since)\b|\s*[,.;!?])"
        ),
        "sexual_orientation",
        "being-out",
    ),
    (
        _r(
            r"\b(?:i'm|i’m|im|i am|he's|she's|he is|she is|they're|they are|am|being|as a|as an|"
            r"was|is)\s+"
            r"(?:a\s+)?(?:proud\s+)?(straight|bi|pan|ace)\b(?!-|\s+(?:up|to|from|out|home|away|"
            r"answer|shooter|(?-i:A)\b))"
        ),
        "sexual_orientation",
        "stated-orientation",
    ),
    (
        _r(
            r"(?:^|[\"“|·•,]\s*)(bi|pan|straight)(?=\s*(?:,|\||·|•|and\b|disaster|af\b|girl|guy|"
            r"woman|man))"
        ),
        "sexual_orientation",
        "profile-orientation",
    ),
    (_r(r"\b(straight)(?=\s*,\s*but\b)"), "sexual_orientation", "stated-orientation"),
    (
        _r(
            r"\b(straight)\s+(?:couple|couples|man|men|woman|women|guy|guys|girl|ally|people|"
            r"dude)\b"
        ),
        "sexual_orientation",
        "straight-person",
    ),
    (
        _r(r"\b(?:who|that)\s+(?:loves|love|likes|dates)\s+(?:women|men|girls|guys)\b"),
        "sexual_orientation",
        "attraction",
    ),
    (
        _r(
            r"\b(?:drag)\s+(?:queen|queens|king|kings|show|shows|brunch|performer|performers|"
            r"story\s*hour|storytime|"
            r"night|bingo)\b"
        ),
        "gender_identity",
        "drag",
    ),
    (
        _r(
            r"\b(?:(?:\d+|one|two|three|six|a)\s+(?:days?|weeks?|months?|years?|yrs?|"
            r"mos?)\s+on\s+(?:T|E|HRT|testosterone"
            r"|estrogen|hormones))\b"
        ),
        "gender_identity",
        "hrt-time",
    ),
    (_r(r"\b(?:wearing|wear|my|his|her|their|chest)\s+binder\b"), "gender_identity", "binder"),
    (
        _r(
            r"\b(?:r/ftm|r/mtf|r/trans|r/transgender|r/asktransgender|r/nonbinary|r/egg_irl|"
            r"r/transpositive|r/lgbt|"
            r"r/gaybros|r/actuallesbians|r/bisexual|r/askgaybros|r/ainbow)\b"
        ),
        "gender_identity",
        "subreddit",
    ),
    (
        _r(r"\b(?:pronouns?\s*(?:are|:)?\s*)(?:[a-z]+/[a-z]+(?:/[a-z]+)?|any/all|any)\b"),
        "gender_identity",
        "pronouns",
    ),
    (_r(r"\bany/all\b"), "gender_identity", "pronouns"),
    # disability
    (
        _r(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
            r"a)\s+"
            r"(?:days?|weeks?|months?|years?|yrs?|mos?)\s+(?:sober|clean|clean and sober|in "
            r"recovery|alcohol-free|"
            r"dry|without a drink|since my last drink)\b"
        ),
        "disability",
        "time-sober",
    ),
    (_r(r"\bday\s+\d+\s+(?:sober|clean)\b"), "disability", "time-sober"),
    (
        _r(
            r"\b(?:sober|clean)\s+(?:for\s+)?(?:\d+|"
            + NUMWORD
            + r"|a)\s+(?:days?|weeks?|months?|years?|yrs?)\b"
        ),
        "disability",
        "time-sober",
    ),
    (
        _r(
            r"\b(?:\d+|thirty|sixty|ninety|twenty-eight|twenty eight)[- ]days?\s+(?:of\s+)?"
            r"(?:inpatient|in\s+rehab|in\s+detox|in\s+treatment|residential)\b"
        ),
        "disability",
        "treatment",
    ),
    (_r(r"\b(?:clean|sober|clean and sober)\s+ever\s+since\b"), "disability", "time-sober"),
    (
        _r(r"\b(?:short|long)[- ]term\s+disability\b(?:\s+(?:leave|claim|benefits|insurance))?"),
        "disability",
        "disability-leave",
    ),
    (
        _r(
            r"\b(?:sober|clean and sober|in recovery)\s+(?:since|as of)\s+(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "disability",
        "time-sober",
    ),
    (_r(r"\b(?:AA|NA|program)\s+sponsor\b"), "disability", "sponsor"),
    (
        _r(
            r"\b(?:\d+|one|two|three|five|ten)[- ](?:day|week|month|year)\s+(?:chip|coin|"
            r"medallion)\b"
        ),
        "disability",
        "sobriety-chip",
    ),
    (
        _r(
            r"\b(?:back|went back|going back|started|starting|switched|put|got|"
            r"been)\s+on\s+(?:my\s+)?(?:[A-Z][a-z]+|"
            r"lithium|insulin|meds|medication|antidepressants|psych meds)\b"
        ),
        "disability",
        "on-medication",
    ),
    (
        _r(
            r"\b(?:off|stopped|quit)\s+(?:my|his|her)\s+(?:meds|medication|[A-Z]?[a-z]+(?:ol|ine|"
            r"ax|am|ium|ate|ide|"
            r"one|ex|il|al|ta|tra|quel))\b"
        ),
        "disability",
        "off-medication",
    ),
    (
        _r(
            r"\bstage\s+(?:[1-4]|I{1,3}V?|IV|one|two|three|four)[a-c]?\s+(?:[a-z]+\s+){0,2}cancer\b"
        ),
        "disability",
        "cancer-stage",
    ),
    (
        _r(
            r"\b\d{1,3}\s?%\s+(?:VA\s+)?(?:rating|disability|disabled|service[- ]connected|"
            r"P&T)\b(?:\s+for\s+"
            r"(?:my|his|her)\s+\w+)?"
        ),
        "disability",
        "va-rating",
    ),
    (
        _r(
            r"\b\d{1,3}\s?%(?=\s+for\s+(?:PTSD|TBI|tinnitus|my|his|her|back|knee|hearing|"
            r"migraines))"
        ),
        "disability",
        "va-rating",
    ),
    (_r(r"\b\d{1,3}\s?%\s+VA\s+rating\s+for\s+(?:my|his|her)\s+\w+"), "disability", "va-rating"),
    (
        _r(
            r"\b(?:VA|disability)\s+rating\b(?:\s+[a-z]+){0,4}?\s+(?:to\s+|of\s+|at\s+|"
            r"is\s+)?\d{1,3}\s?%"
        ),
        "disability",
        "va-rating",
    ),
    (
        _r(
            r"\b(?:r/diabetes|r/type1diabetes|r/bipolar|r/adhd|r/autism|r/depression|r/anxiety|"
            r"r/ptsd|r/cptsd|"
            r"r/stopdrinking|r/redditorsinrecovery|r/mentalhealth|r/schizophrenia|r/ocd|"
            r"r/epilepsy|r/multiplesclerosis|"
            r"r/cancer|r/disability|r/deaf|r/blind|r/chronicpain|r/mentalillness|r/bpd|"
            r"r/opiatesrecovery)\b"
        ),
        "disability",
        "subreddit",
    ),
    (
        _r(
            r"\b(?:legally|totally|completely|partially|going|went)\s+(?:blind|deaf)\b|"
            r"\bblind\s+(?:in\s+(?:one|his|her|my)"
            r"\s+eye|since\s+birth|veteran)\b|\b(?:is|was|am|born)\s+(?:blind|deaf)\b|\b(?:deaf|"
            r"blind)\s+(?:customer|"
            r"man|woman|person|people|kid|child|son|daughter|community|culture|patron|driver|"
            r"student|students)\b"
        ),
        "disability",
        "sensory",
    ),
    (
        _r(
            r"\b(?:a|the|deaf|blind|disabled)\s+(?:deaf|blind)\b(?=\s+(?:customer|man|woman|"
            r"person|people|kid|child|"
            r"patron|driver|student))"
        ),
        "disability",
        "sensory",
    ),
    (
        _r(
            r"\b(?:my|his|her)\s+(?:sponsor|therapist|psychiatrist|counselor|AA meeting|NA "
            r"meeting|meetings)\b"
        ),
        "disability",
        "treatment",
    ),
    (
        _r(r"\b(?:(?:in|started|starting|going to|go to|weekly|couples?)\s+)?therapy\b(?!\s+dog)"),
        "disability",
        "therapy",
    ),
    (
        _r(
            r"\b(?:anxiety|panic|depression|depressive|bipolar|psychotic)\s+(?:disorder|attacks?|"
            r"episodes?|meds|"
            r"medication)\b|\b(?:severe|clinical|major|postpartum|chronic|diagnosed with|struggle "
            r"with|struggled with|"
            r"struggling with|battle with|battling)\s+(?:depression|anxiety)\b|"
            # "my anxiety": the possessive stays readable, only the condition is the mention.
            r"(?:(?<=\bmy\s)|(?<=\bhis\s)|(?<=\bher\s))(?:depression|anxiety)\b"
        ),
        "disability",
        "mental-health",
    ),
    (
        _r(
            r"\b(?:had|having|survived|suffered)\s+(?:a|two|three|multiple)\s+(?:stroke|strokes|"
            r"seizures?)\b"
        ),
        "disability",
        "condition",
    ),
    # genetic information
    (
        _r(r"\b(?:runs|ran|running)\s+in\s+(?:my|his|her|the|our|their)\s+family\b"),
        "genetic_information",
        "runs-in-family",
    ),
    (
        _r(r"\b(?:it\s+)?runs\s+in\s+(?:my|his|her|the|our|their)\s+family\b"),
        "genetic_information",
        "runs-in-family",
    ),
    (
        _r(
            r"\bfamily\s+history\s+of\s+(?:[a-z'’]+\s+){0,3}?(?:cancer|disease|diabetes|"
            r"alzheimer'?s|dementia|"
            r"huntington'?s|heart attacks?|strokes?|schizophrenia|bipolar|depression|addiction|"
            r"alcoholism|[a-z]+)\b"
        ),
        "genetic_information",
        "family-history",
    ),
    (
        _r(
            r"\b(?:same as|like)\s+(?:my|his|her|their)\s+"
            + REL_BLOOD
            + r"(?:\s+and\s+(?:my|his|her|their)?\s*"
            + REL_BLOOD
            + r")?\b"
        ),
        "genetic_information",
        "relative-shares",
    ),
    (
        _r(
            r"\b(?:my|his|her|their)\s+"
            + REL_BLOOD
            + r"(?:\s+and\s+(?:my|his|her|their|both\s+(?:my|his|her))?\s*"
            + REL_BLOOD
            + r")?\s+(?:both\s+|also\s+|all\s+)?(?:had|has|have|died of|passed from)\s+(?:it|it "
            r"too|"
            r"the same|the gene|the mutation)\b"
        ),
        "genetic_information",
        "relative-shares",
    ),
    (
        _r(
            r"\b(?:carry|carries|carrier of|carrier for|positive for|tested positive "
            r"for)\s+(?:the\s+|a\s+)?"
            r"(?:[A-Za-z0-9-]+\s+){0,2}?(?:gene|genes|trait|mutation|variant)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    (
        _r(r"\b[A-Z][A-Za-z0-9-]{1,10}\s+(?:carrier|carriers|mutation|variant)\b", 0),
        "genetic_information",
        "carrier",
    ),
    (
        _r(r"\b(?:(?:one|two|a)\s+cop(?:y|ies)\s+of\s+)[A-Z]{2,}[0-9]*\b", 0),
        "genetic_information",
        "allele",
    ),
    (_r(r"\b[A-Z]{3,6}\d\s+(?:test|testing|results?)\b", 0), "genetic_information", "gene-test"),
    (
        _r(r"\b(?:\w+'s\s+)?(?:test|testing|screening)\s+(?:came back|was|is)\s+positive\b"),
        "genetic_information",
        "test-positive",
    ),
    # pregnancy
    (
        _r(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)[- "
            r"]?(?:weeks?|wks?|months?)\s+"
            r"(?:along|pregnant|postpartum|post-partum|of pregnancy)\b(?:\s+with\s+(?:twins|"
            r"triplets|a\s+\w+|"
            r"our\s+\w+|baby\s+#?\d))?"
        ),
        "pregnancy",
        "gestation",
    ),
    (
        _r(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            r"sixteen)\s+(?:weeks?|months?)\s+of\s+"
            r"(?:maternity|paternity|parental)\s+leave\b"
        ),
        "pregnancy",
        "leave",
    ),
    (_r(r"\b(?:at|by)\s+\d{1,2}\s+weeks\b"), "pregnancy", "gestation"),
    # "18 weeks and finally showing": a week count followed by what a pregnant body does.
    (
        _r(
            r"\b(\d{1,2}\s+weeks)\s+(?:and|&|n)\s+(?:finally\s+|already\s+|officially\s+|"
            r"starting\s+to\s+be\s+)?(?:showing|counting|kicking|glowing|nesting)\b"
        ),
        "pregnancy",
        "gestation",
    ),
    (_r(r"\bbump\s+(?:pic|pics|photo|photos|selfie|shot|check|watch)\b"), "pregnancy", "bump"),
    (
        _r(
            r"\b(?:being|she's|she’s|i'm|i’m|now|almost|nearly|already|"
            r"officially)\s+(\d{1,2}\s+weeks)\b(?!\s+(?:ago|"
            r"later|old|late|early|of|in|into|before|after|until|till|left|away))"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    # A bare week count right after another pregnancy mention ("#bumpdate 28 weeks"); kept only
    # when the finding mentions a pregnancy elsewhere (a "weak" reading).
    (
        _r(
            r"(?:^|[\"“(|·•:]\s*|#\w+\s+|[!.,]\s+)(\d{1,2}\s+weeks)(?=\s*(?:[\"”'’!.,)|]|$|\s+(?:today|now|"
            r"along|pregnant|with|and\s+(?:counting|growing|feeling))\b))"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    (
        _r(
            r"\b(?:baby|babies|twins|little one|bundle of joy|baby boy|baby girl|baby\s+#\s?\d|"
            r"baby\s+(?:no\.?|number)\s*\d|"
            r"baby\s+[A-Z][a-z]+)\s+(?:is\s+|are\s+)?(?:coming|comes|arriving|arrives|due|on the "
            r"way|loading|expected)\b(?:\s+(?:this|in|next|"
            r"any|by|on|around|early|late)\s+(?:"
            + MONTHS
            + r"|day|fall|spring|summer|winter|week|month|year|time|"
            r"now|day now|(?:\d+|a few|two|three|four|five|six)\s+(?:weeks|months|"
            r"days))(?:\s+now)?)?"
        ),
        "pregnancy",
        "baby-due",
    ),
    (_r(r"\bbaby\s+#\s?\d\b"), "pregnancy", "baby-number"),
    # "It's a boy!" announces a baby only when the finding mentions a pregnancy elsewhere.
    (_r(r"\b(?:it's|it’s|its)\s+an?\s+(boy|girl|twins)\b"), "pregnancy", "gestation-weak"),
    (
        _r(
            r"\b(?:nursing|breastfeeding|pumping\s+for|feeding)\s+(?:my|our|the|her)\s+"
            r"(?:son|daughter|baby|newborn|infant|twins|little\s+one)\b"
        ),
        "pregnancy",
        "lactation",
    ),
    (
        _r(
            r"\b(?:a\s+)?carriers?\s+(?:for|of)\s+(?:the\s+)?(?:cystic fibrosis|CF|sickle cell|"
            r"Tay-Sachs|SMA|spinal muscular atrophy|hemophilia|thalassemia|fragile X|BRCA[12]?|"
            r"Huntington's|the\s+\w+\s+gene|a\s+\w+\s+mutation)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    (
        _r(r"\b(?:Medicare[- ]eligible|eligible\s+for\s+Medicare|on\s+Medicare)\b"),
        "age",
        "age-proxy",
    ),
    (
        _r(
            r"\b(?:detained|picked up|arrested|deported|held)\s+by\s+(?:ICE|immigration|Border "
            r"Patrol|CBP)\b|\b(?:ICE|immigration)\s+(?:detention|hold|custody|raid)\b"
        ),
        "national_origin",
        "immigration-status",
    ),
    (
        _r(
            r"\b(?:deployed|mobilized)\s+(?:twice|once|three\s+times|four\s+times|"
            r"\d+\s+times|again)\b"
        ),
        "military_status",
        "deployed",
    ),
    (
        _r(
            r"\b(?:I|he|she|they|we|when\s+I|before\s+I)\s+(?:first\s+)?(enlisted)\b"
            r"(?!\s+(?:the|a|an|his|her|my|their|our|help|support|friends|volunteers)\b)"
        ),
        "military_status",
        "enlisted",
    ),
    (
        _r(r"\b(?:happily\s+)?married\s+(?:for\s+)?(?:\d+|" + NUMWORD + r")\s+(?:years?|yrs)\b"),
        "marital_status",
        "married-years",
    ),
    # "vet here, ..." opening a post is a veteran introducing themself, not "the vet here in town".
    (
        _r(
            r"(?:^|(?<=[.!?\"“'‘(:])\s*|(?<=[.!?]\s))((?:(?:fellow|combat|proud|disabled|Army|Navy|"
            r"Marine|USMC|Air Force)\s+)?vet\s+here)\b(?!\s+in\b)"
        ),
        "military_status",
        "veteran",
    ),
    # "Separated since May", "we separated last year": marital separation, not parted suspects.
    (
        _r(
            r"\b(?:(?:legally|recently|newly)\s+separated|(?:we|we've|we have|we're|we are|"
            r"i'm|i am)\s+(?:now\s+)?separated|separated\s+since\s+(?:"
            + MONTHS
            + r"|last|\d{4}|early|the))\b"
            r"|(?:^|(?<=[\"“'‘]))Separated\b(?=\s+(?:since|now|for)\b)"
        ),
        "marital_status",
        "separated",
    ),
    # Grandparent status: "my three grandkids", "our grandchildren".
    (
        _r(
            r"\b(?:my|our|his|her|their)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
            r"new|first)\s+)?(?:grandkids?|grandchildren|grandchild|grandbab(?:y|ies)|grandsons?|"
            r"granddaughters?)\b"
        ),
        "marital_status",
        "grandchildren",
    ),
    # Spousal affiliation: "married to a deputy", "married to an Army nurse".
    (
        _r(r"\b(?:married|engaged)\s+to\s+(?:a|an)\s+(?:[A-Za-z]+\s+)?[a-z][\w-]+\b"),
        "marital_status",
        "spouse-affiliation",
    ),
    (
        _r(
            r"\b(?:my|our|the|his|her)\s+divorce\b|\bdivorce\s+(?:is\s+)?(?:finali[sz]ed|final|"
            r"papers|decree|went through)\b"
        ),
        "marital_status",
        "divorce",
    ),
    (
        _r(
            r"\b(?:due|expecting)\s+(?:in|this|next|on|around|any)\s+(?:"
            + MONTHS
            + r"|day|fall|spring|summer|winter|"
            r"week|month|day now)(?:\s+now)?\b"
        ),
        "pregnancy",
        "due-date",
    ),
    (
        _r(
            r"\b(?:we're|we are|we’re|they're|they are|she's|she is|is|are|were|was|finally|"
            r"currently|now)\s+"
            r"expecting\b(?:\s+(?:a|our|twins|baby|another|again|number))?"
        ),
        "pregnancy",
        "expecting",
    ),
    (
        _r(r"\b(?:expecting)\b(?=\s*(?:[,.;!?)]|$|\s+(?:in|this|our|a baby|twins|baby)\b))"),
        "pregnancy",
        "expecting",
    ),
    (
        _r(
            r"\b(?:gonna|going to)\s+be\s+a\s+(?:mama|mom|mommy|dad|daddy|big sister|big brother|"
            r"mother|father)\b"
        ),
        "pregnancy",
        "becoming-parent",
    ),
    (
        _r(
            r"\b(?:guess who'?s|guess who’s)\s+(?:gonna|going to)\s+be\s+a\s+(?:mama|mom|mommy|"
            r"dad|daddy|mother|father)\b"
        ),
        "pregnancy",
        "becoming-parent",
    ),
    (
        _r(
            r"\b(?:on\s+)?(?:hospital\s+)?(?:bed\s*rest|bedrest)\b(?:\s+(?:till|until|"
            r"til)\s+the\s+baby\s+"
            r"(?:comes|arrives|is born))?"
        ),
        "pregnancy",
        "bedrest",
    ),
    (_r(r"\b(?:in|into|went into|going into|early)\s+labor\b"), "pregnancy", "labor"),
    (
        _r(
            r"\b(?:still|exclusively|started|been)\s+pumping\b|\bpumping\s+(?:at work|in\s+(?:a|"
            r"the)\s+\w+|milk|"
            r"breast milk|every|for)\b"
        ),
        "pregnancy",
        "lactation",
    ),
    (
        _r(r"\b(?:big\s+sis|big\s+bro|big\s+sister|big\s+brother)\b"),
        "marital_status",
        "older-child-weak",
    ),
    (
        _r(
            r"\b(?:emergency\s+)?C-section\s+at\s+\d+\s+weeks\b|\bmiscarriage\s+at\s+\d+\s+weeks\b",
            0,
        ),
        "pregnancy",
        "gestation",
    ),
    (_r(r"\b(?:IVF|IUI)\s+(?:round|cycle|transfer)\s*#?\s*\d+\b", 0), "pregnancy", "fertility"),
    (_r(r"\b(?:round|cycle)\s+\d+\s+of\s+(?:IVF|IUI)\b"), "pregnancy", "fertility"),
    # military
    (
        _r(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s*(?:years?|"
            r"yrs?)\s+(?:in\s+the\s+|of\s+)?"
            r"(?:Army|Navy|Marines|Marine Corps|USMC|Air Force|USAF|Coast Guard|Guard|National "
            r"Guard|Reserves?|"
            r"military|service|active duty)\b"
        ),
        "military_status",
        "years-of-service",
    ),
    (
        _r(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|multiple|"
            r"several)\s+(?:combat\s+)?(?:tours?|deployments?)"
            r"(?:\s+(?:in|to|of)\s+(?:the\s+)?[A-Z][a-z]+)?"
        ),
        "military_status",
        "tours",
    ),
    (
        _r(
            r"\b(?:tours?|deployments?)\s+(?:in|to)\s+(?:Iraq|Afghanistan|Kuwait|Syria|Kandahar|"
            r"Helmand|Kosovo|Bosnia|"
            r"Somalia|Vietnam|Korea|the Gulf)\b"
        ),
        "military_status",
        "tours",
    ),
    (
        _r(
            r"\b(?:currently|recently|just|was|were|got|been|being|is|are|when\s+(?:i|he|"
            r"she)\s+was|while)\s+deployed\b"
            r"(?:\s+(?:to|in|with|overseas)\b(?:\s+the)?(?:\s+\d+(?:st|nd|rd|"
            r"th))?(?:\s+[A-Z][\w-]*){0,3})?"
        ),
        "military_status",
        "deployed",
    ),
    (
        _r(
            r"\bdeployed\s+(?:to|with|overseas)\b(?:\s+the)?(?:\s+\d+(?:st|nd|rd|"
            r"th))?(?:\s+[A-Z][\w-]*){0,3}"
        ),
        "military_status",
        "deployed",
    ),
    (
        _r(
            r"\b(?:his|her|my|their|a|the|before|after|during|since|post|first|second|last|"
            r"next)\s+deployments?\b"
        ),
        "military_status",
        "deployment",
    ),
    (
        _r(
            r"\b(?:on\s+leave|home|back|returned|returning|came\s+back)\s+from\s+"
            r"(?:(?:a|his|her|my|their)\s+)?(?:Fort|Camp|Joint Base|Iraq|Afghanistan|Kuwait|"
            r"Helmand|Kandahar|"
            r"Fallujah|Ramadi|Baghdad|Syria|deployment|basic|boot camp|the "
            r"sandbox)\b(?:\s+[A-Z][a-z]+)?"
        ),
        "military_status",
        "home-from",
    ),
    (
        _r(
            r"\b(?:killed|died|wounded|KIA)\s+in\s+(?:Iraq|Afghanistan|Vietnam|Korea|Ramadi|"
            r"Fallujah|Baghdad|"
            r"Kandahar|Helmand|Mosul|action|combat)\b"
        ),
        "military_status",
        "killed-in-action",
    ),
    (
        _r(
            r"\b(?:Army|Navy|Marine|Air Force|Coast Guard|Guard|National Guard|USMC|combat|war|"
            r"Gulf War|Vietnam|"
            r"Vietnam-era|Korean War|WWII|WW2|Iraq|Afghanistan|OIF|OEF|disabled|proud|fellow|"
            r"military|retired|"
            r"Army Reserve|Marine Corps|decorated|female|women)\s+(?:vet|vets|veteran|veterans)\b"
        ),
        "military_status",
        "veteran",
    ),
    (
        _r(
            r"\b(?:a|an|as a|as an|i'm a|im a|am a|is a|fellow|proud|the)\s+(?:vet|"
            r"veteran)\b(?!\s+(?:tech|clinic|office|"
            r"bill|visit|appointment|officer|detective|reporter|teacher|coach|player|quarterback|"
            r"journalist|firefighter|"
            r"deputy|prosecutor|agent|dispatcher|nurse|of\s+the\s+(?:force|department|team)))"
        ),
        "military_status",
        "veteran",
    ),
    (
        _r(
            r"\bveterans?\b(?=\s+(?:status|benefits|preference|affairs|administration|of|day|with|"
            r"and their|who|"
            r"group|groups|organization|community|support|center|outreach|court|club|services)|"
            r"\s*[,.;!?)])"
        ),
        "military_status",
        "veteran",
    ),
    (
        _r(r"\bVets\b(?=\s+(?:With|with|for|of|Helping|Group|Club|United))", 0),
        "military_status",
        "veteran",
    ),
    (
        _r(
            r"\b(?:in|from|joined|join|joining|left|quit|with|of|his|her|"
            r"my)\s+(?:the\s+)?Guard\b(?!\s+(?:dog|rail|duty|"
            r"shack|booth|station|house))",
            0,
        ),
        "military_status",
        "guard",
    ),
    (
        _r(
            r"\b(?:Guard|Reserve|Reserves)\s+(?:unit|units|weekend|weekends|drill|duty|deployment|"
            r"armory|armoury)\b",
            0,
        ),
        "military_status",
        "guard",
    ),
    (
        _r(
            r"\b(?:drill\s+weekend|drill\s+weekends|Guard\s+weekend)s?(?:\s+(?:at|in)\s+(?:Camp|"
            r"Fort)\s+[A-Z][a-z]+)?"
        ),
        "military_status",
        "guard",
    ),
    (
        _r(
            r"\b(?:my|his|her|the|our|their|old)\s+(?:old\s+)?(?:unit|platoon|squad|company|"
            r"battalion|brigade|"
            r"regiment|squadron)\b(?=[^.!?\n]{0,60}\b(?:deploy|deployed|deployment|Army|Navy|"
            r"Marines?|Guard|"
            r"military|overseas|Iraq|Afghanistan|combat|veteran|vet|base|Fort|drill)\b)"
        ),
        "military_status",
        "unit",
    ),
    (
        _r(
            r"\b(?:Army|Navy|USMC|Marine|Guard|military|combat|deployed|service|served|veteran|"
            r"vet)\b[^.!?\n]{0,60}?"
            r"\b((?:my|his|her|the|our|their|old)\s+(?:old\s+)?(?:unit|platoon|squad|company|"
            r"battalion|brigade|"
            r"regiment|squadron))\b"
        ),
        "military_status",
        "unit",
    ),
    (
        _r(
            r"\b(?:MP|infantry|engineer|artillery|medical|transportation|signal|maintenance|"
            r"military police|"
            r"aviation|cavalry)\s+(?:company|battalion|brigade|unit|platoon|regiment|squadron|"
            r"detachment)\b"
        ),
        "military_status",
        "unit",
    ),
    (
        _r(
            r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][A-Za-z]+\s+){0,2}(?:BSB|BCT|Brigade|Battalion|"
            r"Regiment|Infantry|"
            r"Airborne|Cavalry|Division|MP|Engineer|Fighter Wing|Wing|Squadron|Marines|Signal|"
            r"Support|Artillery|"
            r"Armored|Mountain|Ranger|Special Forces|Group|Aviation)\b(?:\s+[A-Z][A-Za-z]+){0,2}",
            0,
        ),
        "military_status",
        "unit-number",
    ),
    (
        _r(
            r"\b(?:[A-Z][a-z]+\s+)?(?:AFB|Air Force Base|Air Base|Naval Air Station|Naval Station|"
            r"Marine Corps Base|"
            r"Army Airfield|Joint Base [A-Z][a-z-]+)\b",
            0,
        ),
        "military_status",
        "base",
    ),
    (
        _r(
            r"\b(?:active[- ]duty|retired|former|ex-)\s+(?:Army|Navy|Marine|Air Force|USMC|Coast "
            r"Guard|military)\s*"
            r"(?:MP|officer|sergeant|medic|pilot|ranger|infantryman|corpsman)?\b"
        ),
        "military_status",
        "service",
    ),
    (
        _r(
            r"\b(?:retired|former|ex-)\s+(?:E-?\d|O-?\d|W-?\d|Sgt\.?|Sergeant|Staff Sergeant|"
            r"Master Sergeant|"
            r"First Sergeant|Chief|Gunny|Lt\.?|Lieutenant|Captain|Major|Colonel)\b"
        ),
        "military_status",
        "rank-retired",
    ),
    (
        _r(
            r"\b(?:served|serving|enlisted|stationed|was stationed)\s+(?:in|with|"
            r"at)\s+(?:the\s+)?(?:Army|Navy|Marines|"
            r"Marine Corps|Air Force|Coast Guard|National Guard|Guard|military|Reserves?|"
            r"[A-Z][a-z]+)\b"
        ),
        "military_status",
        "served",
    ),
    (
        _r(r"\b(?:served|serving)\s+(?:\d+|two|three|four|six|eight|ten|twenty)\s+years?\b"),
        "military_status",
        "served",
    ),
    (
        _r(
            r"\b(?:shipped|ships|shipping|headed|heading|leaving|left|off)\s+(?:out\s+)?(?:to|"
            r"for)\s+(?:basic training|boot camp|"
            r"basic|MEPS|AIT)\b(?:\s+(?:at|in)\s+(?:Fort|Camp)\s+[A-Z][a-z]+)?"
        ),
        "military_status",
        "basic",
    ),
    (
        _r(
            r"\bbasic\s+(?:training\s+)?(?:at|in)\s+(?:Fort|Camp|Lackland|Parris|Great "
            r"Lakes)\s*[A-Z]?[a-z]*\b"
        ),
        "military_status",
        "basic",
    ),
    (
        _r(
            r"\b(?:got\s+|was\s+|been\s+)?(?:chaptered|discharged)\s+out\b|"
            r"\b(?:got\s+|was\s+|been\s+)?(?:separated|kicked|discharged)\s+(?:out\s+)?(?:of|from)\s+"
            r"the\s+(?:Army|Navy|Marines|Marine Corps|Air Force|Coast Guard|Guard|military|"
            r"service)\b|"
            r"\bgot\s+chaptered\b|\b(?:honorably|dishonorably|"
            r"medically)\s+discharged\b"
        ),
        "military_status",
        "discharge",
    ),
    (
        _r(
            r"\b(?:SPC|PFC|PV2|Pvt\.?|Cpl\.?|Sgt\.?|SSG|SFC|MSG|1SG|SGM|CSM|LCpl|Lance Cpl\.?|"
            r"Spc\.?|A1C|SrA|SSgt|"
            r"TSgt|MSgt|SMSgt|CMSgt|PO[1-3]|CPO|Airman|Private|Lance Corporal|Corporal|Staff "
            r"Sergeant|Sergeant|"
            r"Lieutenant|Captain|Major|Colonel|General|Specialist|Petty Officer|Ensign|"
            r"Seaman)\b(?=[^.!?\n]{0,80}"
            r"\b(?:U\.?S\.? Army|Army|Navy|USMC|Marines?|Air Force|Coast Guard|National Guard|"
            r"Guard|deployed|"
            r"military|Fort|Camp|AFB|fallen|soldier|veteran|infantry|platoon|battalion)\b)",
            0,
        ),
        "military_status",
        "rank-of-service",
    ),
    (
        _r(
            r"\b(?:Army|Navy|USMC|Marines?|Air Force|Guard|soldier|"
            r"military)\b[^.!?\n]{0,40}?\b(SPC|PFC|Cpl\.?|"
            r"Sgt\.?|SSG|SFC|Staff Sergeant|Sergeant|Lieutenant|Captain|Major|Colonel|Corporal|"
            r"Airman First Class|"
            r"Specialist)\b",
            0,
        ),
        "military_status",
        "rank-of-service",
    ),
    (
        _r(
            r"\b(?:Army|Navy|Marine|Air Force|Coast Guard|Guard|USMC|"
            r"military)\s+(?:staff\s+sergeant|sergeant|"
            r"corporal|captain|major|colonel|lieutenant|specialist|private|medic|MP|officer|pilot|"
            r"mechanic|nurse|"
            r"doctor|chaplain|recruiter|ranger|reservist|brat|wife|husband|spouse|family|kid|mom|"
            r"dad)\b"
        ),
        "military_status",
        "service-role",
    ),
    (
        _r(r"\b(?:Junior|Senior)\s+Vice\s+Commander\b|\bPost\s+Commander\b|\bQuartermaster\b", 0),
        "military_status",
        "veterans-org-role",
    ),
    (
        _r(
            r"\b(?:VFW|American Legion|AMVETS|DAV)\s+Post\s+\d+\b|"
            r"\bPost\s+\d+\b(?=[^.!?\n]{0,40}\b(?:VFW|Legion))",
            0,
        ),
        "military_status",
        "veterans-post",
    ),
    (_r(r"\b(?:post's|post’s|VFW|Legion)\s+Auxiliary\b"), "military_status", "veterans-post"),
    (
        _r(r"\bUncle Sam\s+(?:taught|trained|made|sent|paid)\s+(?:me|him|her)\b(?:\s+well)?", 0),
        "military_status",
        "service-idiom",
    ),
    # political affiliation
    (
        _r(
            r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+for\s+(?:State\s+|U\.S\.\s+|US\s+)?(?:Senate|"
            r"Senator|Governor|Congress|"
            r"President|Mayor|Sheriff|County Commission|Commission|Council|City Council|School "
            r"Board|Assembly|"
            r"House|Attorney General|DA|District Attorney|Land Commissioner|Treasurer|Clerk|"
            r"Judge)\b",
            0,
        ),
        "political_affiliation",
        "candidate-campaign",
    ),
    (
        _r(
            r"\b[A-Z][a-z]+\s+20\d\d\b(?=\s*(?:[-–—]|:)\s*(?:Red Wave|Blue Wave|[A-Z][a-z]+ "
            r"[A-Z][a-z]+))"
            r"(?:\s*[-–—:]\s*(?:Red Wave|Blue Wave))?",
            0,
        ),
        "political_affiliation",
        "campaign-frame",
    ),
    (
        _r(
            r"\b(?:Trump|Biden|Harris|Obama|Clinton|Hillary|Bernie|Sanders|DeSantis|Pence|Vance|"
            r"Walz|Kamala|Haley|"
            r"Romney|McCain|Cheney|Pelosi|AOC|RFK)\s*(?:'?\d{2,4}|20\d\d|supporters?|voters?|"
            r"fans?|rally|rallies|"
            r"flags?|signs?|hats?|shirts?|t-shirts?|stickers?|banners?|bumper stickers?|yard "
            r"signs?|campaign|train|"
            r"boat parade|parade|caravan|merch|pins?|for President|won|lost|is my president|all "
            r"the way|or bust|"
            r"bro|bros)\b",
            0,
        ),
        "political_affiliation",
        "candidate-support",
    ),
    (
        _r(
            r"\b(?:Trump|Biden|Bernie|Obama|Hillary|Harris|Kamala)(?=\s+(?:flags?|signs?|hats?|"
            r"rally|supporters?))",
            0,
        ),
        "political_affiliation",
        "candidate-support",
    ),
    (
        _r(
            r"\b(?:knocked|knocking|"
            r"knock)\s+(?:on\s+)?(?:\d+\s+)?doors\s+for\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
            0,
        ),
        "political_affiliation",
        "campaign-for",
    ),
    (
        _r(
            r"\b(?:volunteer(?:ed|ing)?|campaign(?:ed|ing)?|canvass(?:ed|ing)?|phone-?bank(?:ed|"
            r"ing)?|donated|"
            r"contributed|gave)\s+(?:\$\d[\d,]*\s+)?(?:for|"
            r"to)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
            r"(?:campaign|for\s+[A-Z]\w+)",
            0,
        ),
        "political_affiliation",
        "campaign-for",
    ),
    (
        _r(
            r"\b(?:for|with|on|joined|from|"
            r"in)\s+the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+campaign)\b"
        ),
        "political_affiliation",
        "campaign-named",
    ),
    (
        _r(
            r"\b(?:registered|lifelong|proud|card-carrying|die-hard|diehard|staunch|moderate|"
            r"conservative|liberal|"
            r"progressive|libertarian|independent)\s+(?:Democrat|Republican|Libertarian|"
            r"independent|Independent|"
            r"(?-i:Green)|conservative|liberal|progressive|socialist|communist|moderate|centrist)s?\b"
        ),
        "political_affiliation",
        "party-label",
    ),
    # After "a"/"an" the label must stand alone: "I'm a Democrat", not "a green gift card",
    # "a conservative estimate", "a moderate amount".
    (
        _r(
            r"\b(?:a|an)\s+(?:Democrat|Republican|Libertarian|independent|Independent|"
            r"(?-i:Green)|conservative|liberal|progressive|socialist|communist|moderate|centrist)s?"
            r"\b(?=\s*(?:[.,;:!?)\"”]|$|\s+(?:and|who|but|since|through|from|myself|himself|"
            r"herself|all|like|or|now|too|then|at heart|by)\b))"
        ),
        "political_affiliation",
        "party-label",
    ),
    (
        _r(
            r"\b(?:politics|political views|political affiliation|party affiliation|"
            r"ideology)\s*[:=]\s*"
            r"(?!the\b)([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}?)(?=\s*(?:[.,;·|•\"”)]|$))"
        ),
        "political_affiliation",
        "profile-politics",
    ),
    (
        _r(
            r"(?:(?<=·\s)|(?<=\|\s)|(?<=•\s))(moderate|liberal|conservative|progressive|"
            r"independent|centrist|"
            r"libertarian|socialist|apolitical|lefty|righty)(?=\s*(?:·|\||•|$|\"|”))"
        ),
        "political_affiliation",
        "profile-politics",
    ),
    (
        _r(r"\b(?:independent|undeclared|unaffiliated|swing)\s+voters?\b"),
        "political_affiliation",
        "voter-label",
    ),
    (
        _r(r"\b(?:liberals|conservatives|progressives|socialists|communists|leftists|libs)\b"),
        "political_affiliation",
        "ideology-group",
    ),
    (
        _r(
            r"\b(?:a|an|as a|as an|i'm a|im a|am a|is a|proud|staunch|lifelong|"
            r"devout)\s+(?:liberal|conservative|"
            r"progressive|socialist|communist|moderate|centrist|leftist|libertarian)\b"
        ),
        "political_affiliation",
        "ideology-label",
    ),
    (
        _r(
            r"\b(?:liberal|conservative|progressive|socialist|far-right|far-left|right-wing|"
            r"left-wing)\s+(?:values|"
            r"views|politics|activist|activists|Democrat|Republican|caucus|media|agenda|voters?|"
            r"Christian|group|"
            r"groups|candidate|candidates|commentator|podcast|talk radio)\b"
        ),
        "political_affiliation",
        "ideology-label",
    ),
    (
        _r(
            r"\b(?:[A-Z][a-z]+\s+){0,3}(?:County|State|City)\s+(?:Democratic Party|Republican "
            r"Party|Democrats|Republicans|"
            r"GOP|Libertarian Party|Dems|Young Republicans|Young Democrats)\b",
            0,
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        _r(
            r"\b(?:county|state|local)\s+(?:Democratic|Republican|Libertarian)\s+(?:Party|"
            r"party)\b(?:\s+of\s+[A-Z][a-z]+"
            r"(?:\s+[A-Z][a-z]+)?)?"
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        _r(
            r"\b(?:Democratic|Republican|Libertarian|"
            r"Green)\s+Party\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?",
            0,
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        _r(
            r"\b(?:voted|voting|vote)\s+(?:straight[- ]ticket\s+)?(?:Republican|Democrat|"
            r"Democratic|Libertarian|Green|"
            r"red|blue|R|D|GOP)\b(?:\s+(?:no matter who|all the way|down the ballot))?"
        ),
        "political_affiliation",
        "vote-label",
    ),
    (
        _r(r"\bstraight[- ]ticket\s+(?:R|D|Republican|Democrat|Democratic|GOP)\b"),
        "political_affiliation",
        "vote-label",
    ),
]


# Devices, verses and deployments phrased as verbs.
CONTEXT_RULES += [
    (
        _r(
            r"\b(?:deploying|deploys|deploy|deployed|shipping out|ships out)\s+(?:to|overseas)\s+"
            r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
        ),
        "military_status",
        "deployed",
    ),
    (
        _r(
            r"\b\d{1,3}\s?(?:%|percent)\s+(?:VA\s+|disability\s+)?(?:rating|disability|disabled|"
            r"service[- ]connected)\b"
        ),
        "disability",
        "va-rating",
    ),
    (
        _r(
            r"\b(?:on|using|uses|use|with|needs?)\s+(?:a\s+|his\s+|her\s+|my\s+)?(?:crutches|cane|"
            r"walker|mobility scooter|power chair|oxygen)\b"
        ),
        "disability",
        "mobility-aid",
    ),
    (
        _r(
            r"\b(?:John|Matthew|Mark|Luke|Acts|Romans|Psalms?|Proverbs|Philippians|Jeremiah|Isaiah|"
            r"Genesis|Exodus|Corinthians|Ephesians|Galatians|Hebrews|Revelation|Joshua|Deuteronomy|"
            r"Timothy|Peter|James|Micah|Surah|Sura)\s+\d{1,3}:\d{1,3}(?:-\d{1,3})?\b",
            0,
        ),
        "religion",
        "scripture-verse",
    ),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:our|my|his|her|their)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+|first\s+|one-year\s+)?"
            r"(?:wedding\s+)?anniversary\b"
        ),
        "marital_status",
        "anniversary",
    ),
    (_r(r"\b(?:birthday|bday|b-day)\s*#\s*\d{1,3}\b"), "age", "birthday-number"),
    (_r(r"\bborn\s+(?:in\s+)?['’‘]\d\d\b"), "age", "born-in-year"),
]


CONTEXT_RULES += [
    (_r(r"🏳\ufe0f?🌈"), "sexual_orientation", "pride-flag"),
    (_r(r"🏳\ufe0f?⚧\ufe0f?"), "gender_identity", "trans-flag"),
    (
        _r(
            r"\b(?:unit|platoon|battalion|brigade|squadron|company|ship|regiment)\s+(?:deployed|deploys|"
            r"is deploying|was deployed|got deployed|ships out|shipped out|came home from)\b"
        ),
        "military_status",
        "unit-deployed",
    ),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:had|has|have|having|suffered|suffers|suffering|gets|got)\s+(?:a\s+|another\s+)?"
            r"(?:grand mal\s+|epileptic\s+|bad\s+)?seizures?\b"
        ),
        "disability",
        "seizure",
    ),
    (
        _r(
            r"\b(?:\d+|one|two|three|ten|a)\s+(?:days?|weeks?|months?|years?)\s+(?:of\s+)?sobriety\b"
        ),
        "disability",
        "time-sober",
    ),
]


CONTEXT_RULES += [
    (
        _r(r"\bgraduated\s+(?:from\s+)?(?:high school|HS|college)\s+in\s+(?:19|20)\d\d\b"),
        "age",
        "graduation-year",
    ),
    (
        _r(
            r"\b(?:my|his|her|your)\s+(\d{2}(?:st|nd|rd|th))(?=\s*(?:[!.,]|$|\s+(?:birthday|bday|"
            r"b-day|party|bash|celebration|dinner)))"
        ),
        "age",
        "nth-birthday",
    ),
    (
        _r(
            r"\b(?:going through|finalized|finalizing|filed for|filing for|got|getting|my|his|her|"
            r"our|"
            r"their|messy|ugly|bitter)\s+(?:a\s+)?divorce\b"
        ),
        "marital_status",
        "divorce",
    ),
    (
        _r(
            r"\b(?:we|they|i|he|she)(?:'re|’re|\s+are|\s+is|'s|’s|\s+am|'m|’m|\s+were|\s+was)\s+separated\b"
        ),
        "marital_status",
        "separated",
    ),
    (
        _r(
            r"\b(?:vote|voted|voting|support|supporting|supported|endorse|endorsed|endorsing)\s+"
            r"(?:for\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
        ),
        "political_affiliation",
        "candidate-vote",
    ),
]


CONTEXT_RULES += [
    (
        _r(r"\bOur Lady of (?:the\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*", 0),
        "religion",
        "named-parish",
    ),
    (_r(r"\bSacred Heart\b(?!\s+(?:Hospital|Medical|University))", 0), "religion", "named-parish"),
    (_r(r"\b\d{2}\s+(?:years?|yrs?)\s+young\b"), "age", "years-young"),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:celebrating|celebrate|celebrated)\s+(?:my|his|her|your|our)\s+(\d{1,3}(?:st|nd|rd|th))\b"
        ),
        "age",
        "nth-birthday",
    ),
    (
        _r(
            r"\b(?:DOB|D\.O\.B\.|date of birth|birth ?date)\s*:?\s*"
            r"((?:19|20)\d\d-\d{1,2}-\d{1,2})\b"
        ),
        "age",
        "date-of-birth",
    ),
    (
        _r(
            r"\b(?:mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|wife|husband|son|"
            r"daughter|brother|sister|friend|boyfriend|girlfriend|fiancée?|partner|kid|baby|boy|girl)"
            r"\s+(?:is|was|turned|turns|just turned|will be|is turning)\s+(\d{1,3})\b(?!\s*(?:%|"
            r"percent|min|minutes|hours|days|weeks|months|miles|mph|pounds|lbs|feet|ft|inches|"
            r"dollars|bucks|times|points|people))"
        ),
        "age",
        "relative-age",
    ),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:fused|herniated|bulging|ruptured|degenerated|slipped)\s+(?:discs?\s+(?:at\s+)?)?"
            r"[CLT]\d(?:-[CLTS]?\d)?\b",
            re.IGNORECASE,
        ),
        "disability",
        "spine",
    ),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:officially|finally|now|just became|became)\s+(?:a|an)\s+"
            r"(?:US|U\.S\.|USA|American|United States)\s+citizen\b"
        ),
        "national_origin",
        "citizenship",
    ),
    (
        _r(
            r"\b(?:(?:US|U\.S\.|USA|American)\s+)?citizen(?:ship)?\s+since\s+(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "national_origin",
        "citizenship",
    ),
]


CONTEXT_RULES += [
    (
        _r(
            r"\b(?:done|stop|stopped|tired of|no longer|quit|finished)\s+pretending\s+to\s+be\s+"
            r"a\s+(?:girl|boy|man|woman|guy|lady|dude)\b"
        ),
        "gender_identity",
        "identity-statement",
    ),
    # Symptoms count only beside a diagnosis in the same text ("PTSD ... nightmares").
    (
        _r(r"\b(?:nightmares|flashbacks|night terrors|panic attacks)\b"),
        "disability",
        "symptom-weak-ptsd",
    ),
]


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
}
_PROFILE_CATEGORY = {w: cat for cat, words in PROFILE_WORDS.items() for w in words.split()}
_PROFILE_ITEM = re.compile(
    r"(?:^|(?<=[·|•,;:'\"“‘(])|(?<=[·|•,;:'\"“‘(]\s)|(?<=\.\s))("
    + "|".join(sorted(_PROFILE_CATEGORY, key=len, reverse=True))
    + r")(?=\s*(?:[·|•,;.'\"”’)]|$))",
    re.IGNORECASE,
)
_PROFILE_PHRASE = _r(
    r"(?:^|(?<=[·|•,;:'\"“‘(])|(?<=[·|•,;:'\"“‘(]\s))((?:has|have|no|wants?|\d)\s+(?:kids|children))"
    r"(?=\s*(?:[·|•,;.'\"”’)]|$))"
)


def profile_rules(text: str) -> Iterator[Cand]:
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


def context_rules(text: str) -> Iterator[Cand]:
    """Apply the table of context rules."""
    for rx, cat, name in CONTEXT_RULES:
        for m in rx.finditer(text):
            g = 1 if rx.groups and m.group(1) else 0
            if m.end(g) > m.start(g):
                yield m.start(g), m.end(g), cat, f"rule:{cat}:{name}"


# --------------------------------------------------------------------------- decoys
STREET_SUFFIX = (
    r"(?:Road|Rd|Street|St|Drive|Dr|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|"
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
_PLACE_DECOY = _r(
    r"\b(?:(?:St\.|Saint|San|Santa|Old|New|North|South|East|West|Upper|"
    r"Lower)\s+)?[A-Z][a-zé]+(?:['’]s)?"
    r"(?:\s+[A-Z][a-zé]+(?:['’]s)?){0,2}\s+" + STREET_SUFFIX + r"\b\.?",
    0,
)
# "transitioning to law enforcement", "transition out of the military": a change of job.
_CAREER_TRANSITION = _r(
    r"\btransition(?:ing|ed|s)?\s+(?:(?:back\s+)?(?:to|into)|out\s+of|from)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:civilian|law\s+enforcement|policing|police|private|public|corrections|patrol|dispatch|"
    r"security|the\s+private|retirement|a\s+new|new|management|supervis\w+|full[- ]time|"
    r"part[- ]time|days|nights|remote|military|active\s+duty|college|school|work|the\s+workforce|"
    r"career|job|role|position|field|sector|life|[a-z]+\s+(?:work|jobs?|roles?|careers?))\w*"
)
# "Pride of the Southwest" (a marching band), "Pride of Texas": names, not the LGBT event.
_PRIDE_OF = _r(r"\bPride\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}", 0)
_POLICE_RANK = _r(
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
    r"fallen|soldier|veteran|infantry|platoon|battalion|Fort\s+[A-Z]|AFB|KIA|combat)\b",
    re.IGNORECASE,
)
OBJECT_NOUNS = frozenset(
    """food foods restaurant restaurants cuisine takeout take-out place joint dish dishes buffet
    bakery
    market store shop grocery candy beer beers wine wines coffee tea cheese bread toast fries
    fry sausage
    rice salad dressing dip sauce salsa soup chocolate cookie cookies pastry pastries dessert
    desserts
    cooking dinner lunch breakfast brunch music movie movies film films class classes course
    courses lesson
    lessons song songs style design architecture car cars truck trucks engineering government
    embassy
    consulate holiday vodka whiskey whisky tequila lager ale shepherd shepherds bulldog bulldogs
    terrier
    terriers poodle poodles pointer setter mastiff husky blue cat cats dog dogs breed oven ovens
    press door
    doors braid braids horn kiss vanilla roast muffin muffins bacon waffle waffles steakhouse
    wax cigar cigars
    delight rug rugs salt blanket blankets chard chess checkers whispers roulette standoff train
    doll dolls
    omelette omelet moss knife knives kitchen grill cafe café bar pub tavern cantina taqueria bistro
    diner eatery cafeteria deli mix mixes pup puppy puppies food-truck truck's league soccer
    team teams
    wrestling football flag-football dance dances festival festivals fest fair fiesta night nights
    cookbook recipe recipes chile chiles pepper peppers taco tacos burrito burritos tamales
    tamale rifle rifles pistol pistols shotgun shotguns handgun handguns gun guns ammo ammunition
    blade sword grenade grenades made built import imports brand product products parts steel
    cartel cartels mafia mob heroin cocaine weed meth motorcycle bike bikes airline airlines
    company tv television channel network soap telenovela novela rap pop engineered designed
    plant plants species grasses grass flowers wildflowers trees shrubs seeds garden gardens
    manufactured""".split()
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
    for m in _POLICE_RANK.finditer(text):
        window = text[max(0, m.start() - 80) : m.end() + 80]
        police = _POLICE_CONTEXT.search(window) or _AGENCY_ACRONYM.search(window)
        if police and not _MILITARY_CONTEXT.search(window):
            yield m.start(), m.end(), "decoy:job-rank"


COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas
    bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil brunei
    bulgaria burkina burundi cambodia cameroon canada chad chile china colombia congo croatia
    cuba cyprus
    czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
    finland france
    gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
    iceland india
    indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo
    kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg madagascar malawi
    malaysia
    maldives mali malta mauritania mauritius mexico méxico micronesia moldova mongolia
    montenegro morocco
    mozambique myanmar burma namibia nepal netherlands holland nicaragua niger nigeria norway
    oman pakistan
    palestine panama panamá paraguay peru perú philippines poland portugal qatar romania russia
    rwanda
    samoa senegal serbia sierra singapore slovakia slovenia somalia spain españa sudan suriname
    sweden
    switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey türkiye
    turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
    scotland wales
    england britain ireland salvador guatemala puerto rico philippines manila tijuana juárez juarez
    chihuahua sonora jalisco michoacán michoacan zacatecas durango oaxaca guerrero sinaloa
    guadalajara
    monterrey acapulco veracruz puebla cdmx odessa kyiv kiev warsaw kraków krakow cork dublin
    belfast
    galway seoul tokyo beijing shanghai hanoi saigon mumbai delhi karachi lahore dhaka kabul tehran
    baghdad damascus beirut cairo lagos nairobi accra havana kingston bogotá bogota medellín
    lima quito
    caracas cali managua tegucigalpa lima arequipa""".split()
)
