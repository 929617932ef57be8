"""Look-alikes that must survive: street and place names, career transitions, team names, ranks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Cand, rx
from .gender_identity import about_a_vehicle
from .vocabulary import MONTHS

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
    r"School Road|"
    # trades and shops: "Pride Lawn Care", "Zion Roofing"
    r"Lawn Care|Landscaping|Plumbing|Roofing|Painting|Construction|Towing|Realty|Insurance|"
    r"Pest Control|Detailing|Salon|Barbershop|Barber Shop|Tattoo)"
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

# Army aircraft bear the names of tribes (AR 70-28): "flew Apaches", "UH-60 Black Hawk",
# "Chinook crew chief" name a machine, not anyone's people.
_ARMY_AIRCRAFT = r"(?:Apache|Black\s*Hawk|Chinook|Lakota|Kiowa(?:\s+Warrior)?|Comanche|Iroquois)s?"
_AIRCRAFT = rx(
    r"\b(?:AH-64[DE]?|UH-60[ALMV]?|HH-60[GLMW]?|MH-60[RS]?|CH-47[DF]?|UH-72A?|OH-58[ACD]?|"
    r"UH-1[HNY]?)\s+(" + _ARMY_AIRCRAFT + r")\b"
    r"|\b(?:fl(?:y|ies|ew|ying|own)|crew(?:ed|ing|s)?|maintain(?:ed|ing|s)?)\s+(?:on\s+)?(?:the\s+)?("
    + _ARMY_AIRCRAFT
    + r")\b|\b("
    + _ARMY_AIRCRAFT
    + r")(?=\s+(?:helicopters?|helos?|pilots?|crew\s+chiefs?|mechanics?|maintainers?|crews?|"
    r"units?|squadrons?|battalions?)\b)"
)
# "expecting storms", "expecting a call", "expecting her back": waiting for something other than
# a baby. Not "expecting our first", "expecting a boy", "expecting in May", "expecting!".
_EXPECTING_OTHER = rx(
    r"\bexpecting\s+(?!(?:(?:a|an|our|my|their|his|her|the|baby|another)\s+)?(?:bab(?:y|ies)|boy|"
    r"girl|little|lil|rainbow|new|addition|first|second|third|fourth|fifth|\d|#|twins?|triplets|"
    r"sibling|brother|sister|bundle|child|kid|son|daughter|grandbaby|number)\b)"
    r"(?!(?:and|but|so|or|soon|now|again|in|this|next|any|at|with|yet|too|mid|early|late|around|"
    r"on|sometime|" + MONTHS + r")\b)(?:(?:a|an|the|some|more|big|heavy)\s+)?[a-z]+\b"
)
# A fitness or coding class named for basic training: "boot camp class at the Y".
_BOOT_CAMP_CLASS = rx(
    r"\b(?:fitness|coding|code|crossfit|gym|yoga|bridal|summer|data|tech|cheer|football|basketball|"
    r"soccer|volleyball|sales|writing)\s+boot\s*camps?\b|\bboot\s*camps?\s+(?:class(?:es)?|"
    r"workouts?|fitness|sessions?|instructor|at\s+the\s+(?:Y|YMCA|gym))\b"
)
# A civilian's job at an installation ("civilian machinist at the Rock Island Arsenal") is
# employment, not service.
_CIVILIAN_AT = rx(
    r"\b(?:DoD\s+|federal\s+)?(?:civilian|contractor)\s+(?:[a-z]+\s+){0,3}(?:at|on|for)\s+"
    r"(?:the\s+)?((?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,4})"
)
# Somebody else's pills taken ("my buddy's Adderall") are drug use, not the writer's condition;
# a relative's would be family history, so only friends and the like.
_OTHERS_MEDICINE = rx(
    r"\b(?:buddy|buddies|friend|friends|roommate|coworker|co-worker|homie|neighbou?r|dealer|"
    r"teammate)(?:'s|’s|s'|s’)\s+$"
)
# A hospital called by its faith's or people's word, in talk of hospital work: "float shift at
# Lutheran tmrw", "at least Swedish has a real room", "the Deaconess Midtown cafeteria".
_HOSPITAL_WORK = rx(
    r"\b(?:float(?:ing)?|ER|ICU|NICU|PICU|nurses?|nursing|charge\s+nurse|patients?|scrubs|"
    r"cafeteria|admitted|discharged|rapid\s+response|med[- ]surg|L&D|hospital|clinic|residency|"
    r"travel\s+contract|CNA|RN|LPN)\b"
)
# the institution's word is an adjective: "Lutheran", "Swedish", "Methodist", "Deaconess"
_INSTITUTION_WORD = re.compile(r"[A-Z][a-z]+(?:an|ish|ist|ic|ess)")
_AT_INSTITUTION = rx(
    r"\b(?:at|in\s+the|(?:transferred|sent|admitted|taken|rushed|brought|airlifted|flown)\s+"
    r"(?:\w+\s+)?to)\s+$"
)
_OWN_CAPITALISED = re.compile(r"\s+[A-Z][a-z]+")
# Drugs named in an offence ("possession of methamphetamine") are crime, not a condition.
_DRUG_OFFENCE = rx(
    r"\b(?:possession\s+of|possessing|possessed|selling|sold|sell|distribution\s+of|distributing|"
    r"trafficking(?:\s+in)?|intent\s+to\s+distribute|under\s+the\s+influence\s+of|buying|bought|"
    r"dealing|stole|stealing|theft\s+of|diverting|diversion\s+of)\s+(?:(?:a|some|the|\w+\s+of|\d+\s+\w+\s+of)\s+)?$"
)
# An agency's initials before a police word: "a BPD cruiser", "LCPD officers" (not borderline
# personality disorder).
_AGENCY_BEFORE_POLICE = re.compile(
    r"\b[A-Z]{1,4}(?:PD|SO)(?=\s+(?:cruisers?|officers?|cops?|patrol|cars?|units?|sergeants?|sgt|"
    r"detectives?|academy|K-?9|dispatch|chief|deputies|deputy|HQ|headquarters|substation|"
    r"lobby|SUV|jail|shooting|bodycam|gang|bulletin|report|finds|found|arrested|responded|says|said|"
    r"caught|detectives)\b)"
)
# A pet's or a person's given name ("name is Deacon", "a lab named Chance") is a name.
_GIVEN_NAME = rx(r"\b(?:named|name\s+is|name's|name’s|called)\s+((?-i:[A-Z])[a-z]+)\b")
# "marine" of the sea, not the Marines: "B.S. Marine Science", "marine mechanic".
_OF_THE_SEA = rx(
    r"\b(marine\s+(?:biology|biologists?|sciences?|mammals?|life|engineering|engineers?|"
    r"mechanics?|electronics|supply|insurance|sanctuary|forecast|weather|fuel|radio|engines?|"
    r"batter(?:y|ies)|patrol|debris|conservation|ecology|lab|laboratory|institute))\b"
)
# "Mass." as Massachusetts: "Mass. plates", "Mass Ave", "Mass General".
_MASSACHUSETTS = rx(
    r"\b(Mass)(?:\.\s+(?:plates?|license|licence|tags|registration|resident|state)\b"
    r"|\.?\s+(?:Ave|Avenue|Pike|General|Eye|DOR|RMV)\b)",
    0,
)
# A speed, not an age: "I still take it at 70", "doing 70 in a 45".
_SPEED = rx(
    r"\b(?:take|takes|took|taking)\s+it\s+at\s+\d{2,3}\b|\b\d{2,3}\s+in\s+an?\s+\d{2}\b(?:\s*zone)?"
)
# Food and shops named for a cuisine: "Jamaican beef patties", "Portuguese sweet bread".
_CUISINE = rx(
    r"\s+(?:(?:sweet|beef|meat|fried|fry|style)\s+)?(?:food|cuisine|restaurant|bakery|bread|patt(?:y|ies)|"
    r"sausages?|pastr(?:y|ies)|dish(?:es)?|dinner|lunch|breakfast|takeout|takeaway|spot|market|grocery|"
    r"store|deli|rice|beans|coffee|tea|beer|wine|candy|cookies|cake|food\s+truck|buffet|"
    r"pizza|tacos?|dumplings?|curry|noodles|barbecue|bbq|cooking|recipes?|seasoning|spices?|"
    r"sauce|salsa|whiskey|whisky|cream|stout|liqueur)\b"
)
# The Coast Guard acting on boaters ("Coast Guard did a boarding", "dodging the Coast Guard
# boarding") is an agency at work, not anyone's service.
_COAST_GUARD_AT_WORK = rx(
    r"\bCoast\s+Guard(?=\s+(?:did\s+a\s+)?(?:boarding|boarded|inspection|inspected|stopped|pulled|"
    r"rescued|towed|safety\s+check|checked|ticketed|cited)\b)"
)
# A sports team named for a people: "the Florida State Seminoles lose again".
_SPORTS = rx(
    r"\b(?:game|games|lose|lost|losing|win|won|winning|beat|fans?|football|basketball|baseball|"
    r"season|playoffs?|bowl|score|team|tailgate|tailgating|March\s+Madness)\b"
)
_TEAM_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z&]*\s+){1,3}$")
# Goods named for who makes them or their style: "Amish built coop", "Mexican-made tile".
_MADE_BY = rx(r"^[- ](?:built|made|crafted|style|styled)\b")

# A sheriff's or port's marine unit: "the Marine Unit at Port Canaveral".
_MARINE_UNIT = rx(r"\bMarine\s+(?:Unit|Patrol|Enforcement|Division|Deputies|Deputy)\b", 0)
# A school by its name: "Kansas School for the Deaf".
_SCHOOL_FOR = rx(
    r"\b(?:[A-Z][a-z]+\s+)*School\s+for\s+the\s+(?:Deaf|Blind|Deaf\s+and\s+Blind)\b", 0
)
# A call for deportation is the speaker's act, not anyone's status: "should all be deported".
_CALL_TO_DEPORT = rx(
    r"\b(?:should|needs?\s+to|need\s+to|gotta|must|oughta|ought\s+to|gonna|will)\s+(?:all\s+)?"
    r"(?:be|get)\s+deported\b"
)
# "Jesus Christ!", "Jesus H. Christ," said as an oath.
_OATH = rx(r"(?:^|(?<=[\"“(])|(?<=[.!?]\s))(Jesus(?:\s+H\.?)?\s+Christ)(?=\s*[,!.?…])", 0)
# A lake by its name: "Lake Seminole", "Lake Mohave".
_LAKE = rx(r"\bLake\s+[A-Z][a-z]+\b", 0)
# A truck's transmission: "141k mi, tranny rebuilt last yr" (as "trans" is read).
_TRANNY = rx(r"\btrann(?:y|ie)s?\b")

# Look-alikes found by a pattern alone, with the reason each is kept.
_LOOK_ALIKES = (
    (_CAREER_TRANSITION, "decoy:career-transition"),
    (_PRIDE_OF, "decoy:team-name"),
    (_AWARENESS, "decoy:awareness-campaign"),
    (_AIRCRAFT, "decoy:aircraft"),
    (_EXPECTING_OTHER, "decoy:expecting-other"),
    (_BOOT_CAMP_CLASS, "decoy:fitness-class"),
    (_CIVILIAN_AT, "decoy:civilian-employer"),
    (_COAST_GUARD_AT_WORK, "decoy:agency"),
    (_AGENCY_BEFORE_POLICE, "decoy:agency"),
    (_GIVEN_NAME, "decoy:given-name"),
    (_SPEED, "decoy:speed"),
    (_OF_THE_SEA, "decoy:of-the-sea"),
    (_MASSACHUSETTS, "decoy:place-name"),
    (_LAKE, "decoy:place-name"),
    (_MARINE_UNIT, "decoy:agency"),
    (_SCHOOL_FOR, "decoy:place-name"),
    (_CALL_TO_DEPORT, "decoy:call-to-deport"),
    (_OATH, "decoy:oath"),
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
    for pattern, reason in _LOOK_ALIKES:
        for m in pattern.finditer(text):
            # the first group that took part is the look-alike, the rest its context
            g = next((i for i in range(1, pattern.groups + 1) if m.group(i)), 0)
            yield m.start(g), m.end(g), reason
    hospital_work = _HOSPITAL_WORK.search(text) is not None
    sports = _SPORTS.search(text) is not None
    for start, end, cat, _reason in cands:
        before = text[max(0, start - 24) : start]
        if cat == "disability" and _OTHERS_MEDICINE.search(before):
            yield start, end, "decoy:others-medicine"
        elif cat == "disability" and _DRUG_OFFENCE.search(text[max(0, start - 48) : start]):
            yield start, end, "decoy:drug-offence"
        elif cat in ("religion", "national_origin", "race_color") and _MADE_BY.match(text[end:]):
            yield start, end, "decoy:made-by"
        elif cat in ("national_origin", "religion") and _CUISINE.match(text, end):
            yield start, end, "decoy:cuisine"
        elif (
            cat == "race_color"
            and sports
            and text[start:end].endswith("s")
            and _TEAM_BEFORE.search(text[max(0, start - 40) : start])
        ):
            yield start, end, "decoy:team-name"
        elif (
            cat in ("religion", "national_origin")
            and hospital_work
            and _INSTITUTION_WORD.fullmatch(text[start:end])
            and _AT_INSTITUTION.search(before)
        ):
            name = _OWN_CAPITALISED.match(text, end)
            yield start, name.end() if name else end, "decoy:hospital-name"
    for m in _TRANNY.finditer(text):
        if about_a_vehicle(text, m.start(), m.end(), strict=True):
            yield m.start(), m.end(), "decoy:vehicle-part"
    for m in _POLICE_RANK.finditer(text):
        window = text[max(0, m.start() - 80) : m.end() + 80]
        police = _POLICE_CONTEXT.search(window) or _AGENCY_ACRONYM.search(window)
        if police and not _MILITARY_CONTEXT.search(window):
            yield m.start(), m.end(), "decoy:job-rank"
