"""Word lists the recognisers share: numbers, months, possessives, people, things, countries."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import generated_list

_PATTERNS = Path(__file__).parent.parent / "patterns"

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
# Nouns for a person from WordNet ("referee", "longshoreman"), beyond the list above, and the
# colour compounds that name no race ("black widow" is a spider, "white friar" a Carmelite).
_WORDNET_PEOPLE = generated_list("english.person_nouns.txt")
WORDNET_PERSON_NOUNS = frozenset(w for w in _WORDNET_PEOPLE if not w.startswith("!"))
NOT_RACE_COMPOUNDS = frozenset(w[1:] for w in _WORDNET_PEOPLE if w.startswith("!"))


def person_noun(word: str) -> str | None:
    """The WordNet noun for a person that ``word`` is, singular or plural ("longshoremen")."""
    low = word.lower()
    # the pipeline runs without a lemmatiser: the regular plurals and "-men"
    for suffix, singular in (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("men", "man")):
        noun = low[: len(low) - len(suffix)] + singular
        if low.endswith(suffix) and noun in WORDNET_PERSON_NOUNS:
            return noun
    return None


def names_a_person(tok: Token, before: str) -> bool:
    """Whether ``tok``, after the word ``before``, is a noun for a person ("a Black referee")."""
    if tok.lower_ in PERSON_NOUNS:
        return True
    if tok.pos_ != "NOUN" or (tok.dep_ == "compound" and tok.head.i > tok.i):
        return False  # "a white camper shell": the noun names a thing's kind, not a person
    noun = person_noun(tok.lower_)
    return noun is not None and f"{before} {noun}" not in NOT_RACE_COMPOUNDS


# The country's own language: beside others, or spoken, it says nothing of anyone's origin.
HOME_LANGUAGE = "English"
RACE_COLOUR = frozenset({"black", "white", "brown", "indian", "blackest", "whitest", "browner"})


SPOUSE_F = r"(?:wife|wifey|wives|girlfriend|gf|fiancée|fiancee|bride|esposa|novia|missus)"
SPOUSE_M = r"(?:husband|hubby|hubs|hubbie|boyfriend|bf|fiancé|fiance|groom|esposo|novio)"
SPOUSE_N = (
    r"(?:spouse|fiancé|fiancée|fiance|fiancee|significant other|ex-spouse|ex-wife|ex-husband|"
    r"other half|better half)"
)
CHILD = (
    # an age word before a child word still names a child: "baby daughter", "teenage son"
    r"(?:(?:baby|little|newborn|infant|teenage|grown|adult|oldest|youngest|eldest)\s+"
    r"(?:sons?|daughters?|girls?|boys?)|"
    r"son|sons|daughter|daughters|kid|kids|kiddo|kiddos|child|children|toddler|toddlers|"
    r"little one|little ones|babies|oldest|youngest|middle child|stepson|stepdaughter|stepkids|"
    r"step-kids|stepchildren|twins|newborn|infant|teenagers?|teens?|"
    # "my boys" is as often friends as sons; with a number it is children
    r"(?:\d|two|three|four|five)\s+(?:boys|girls))"
)
NUMBER_WORDS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|both)"

POSSESSIVE_DETERMINERS = frozenset("my his her their our your ur".split())

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
    manufactured art arts craft crafts decor décor furniture jewelry pottery quilt quilts
    embroidery weaving textile textiles tile tiles minimalism modernism""".split()
)


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

# Places set apart by sex ("the women's restroom", "the ladies room"): nobody's sex is stated.
FACILITIES = frozenset(
    "restroom restrooms bathroom bathrooms room locker lockers shower showers clothing shoes "
    "department section underwear magazine prison jail dorm dorms shelter".split()
)

# Where and with whom people live: a colour or people's word before these is said of people.
COMMUNITY_NOUNS = frozenset(
    "neighborhood neighborhoods neighbourhood neighbourhoods community communities families "
    "family household households businesses church churches congregation voters residents "
    "neighbors neighbours folks crowd crowds".split()
)

# The states' and DC's postal codes (USPS), and the territories' (for their Guard units).
STATE_CODES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
)
TERRITORY_CODES = r"(?:PR|GU|VI)"
US_STATES = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    r"Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|"
    r"New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    r"Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West\s+Virginia|Wisconsin|Wyoming)"
)


def _politicians() -> tuple[str, ...]:
    """Politicians' names: the sitting Congress (generated) and the names posts use (curated)."""
    names = set(json.loads((_PATTERNS / "politicians.json").read_text())["names"])
    generated = _PATTERNS / "generated" / "political_affiliation.politicians.jsonl"
    for line in generated.read_text(encoding="utf-8").splitlines()[1:]:  # the header first
        names.add(json.loads(line)["pattern"])
    # longest first, so "Ron Paul" is tried before "Paul" would be
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


POLITICIANS = _politicians()
