"""Span edges and ConText-style scopes, applied to the chosen spans with the parse.

- The owner of a mention belongs to it: "my wife", "his PTSD", "on Zoloft" (TAXONOMY's own
  examples). A possessive before a span joins it; so does "on" before a treatment.
- Family history (medspaCy ConText's FAMILY category, rules as data in ``patterns/context.json``):
  an illness whose subject is a blood relative ("My mom has bipolar"), or that "runs in the
  family", is genetic information, and the span covers the relative or the phrase that says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Token

_RULES = json.loads((Path(__file__).parent / "patterns" / "context.json").read_text())
POSSESSIVES = frozenset(_RULES["possessives"])
AMBIGUOUS_POSSESSIVES = frozenset(_RULES["ambiguous_possessives"])
CANDIDATE_WORDS = frozenset(_RULES["candidate_words"])
# "Pima Air & Space Museum", "Spanish Peaks", "Cherokee Strip": a name ending in a place's or a
# building's word names that place; the people word inside it says nothing of anyone.
PLACE_HEADS = frozenset(_RULES["place_heads"])
# A writer's own condition, faith or service ("my PTSD", "our parish"): the owner says whose it
# is, which is as telling as the word; a third person's possessive can be the act in biased
# speech ("mocked her hijab"), so only the first person joins every category.
FIRST_PERSON = frozenset(_RULES["first_person_possessives"])
# "the miscarriage", "la Virgencita": the article that picks out this one joins it too, so a
# reader is not left with "the [redacted]" and a guess; "a"/"an" stay outside.
DEFINITE = frozenset(_RULES["definite_determiners"])
TREATMENT_PREFIX = frozenset(_RULES["treatment_prefix"])
# "post-transition", "ex-Marine", "non-binary" written apart: the prefix belongs to the word.
JOINED_PREFIXES = tuple(_RULES["joined_prefixes"])
# The owner joins the span where the taxonomy's examples include it ("my wife", "her wife",
# "my 40th birthday"); elsewhere ("my PTSD") the condition alone is the mention.
POSSESSIVE_CATEGORIES = frozenset(_RULES["possessive_categories"])
FAMILY_SUBJECTS = frozenset(_RULES["family_history"]["subjects"])
FAMILY_RUN_VERBS = frozenset(_RULES["family_history"]["run_verbs"])
FAMILY_NOUNS = frozenset(_RULES["family_history"]["family_nouns"])
ILLNESS_VERBS = frozenset(_RULES["family_history"]["illness_verbs"])
# "mom, nana and tía Lupe all had...", "grandpa and both his brothers had...": a list of kin
RELATIVE_LIST = frozenset(_RULES["family_history"]["list_words"])
RUN_PREPS = frozenset(_RULES["family_history"]["run_preps"])
TOOK_VERBS = frozenset(_RULES["family_history"]["took_verbs"])
MAX_SCOPE = int(_RULES["family_history"]["max_scope"])
RUNS_SUBJECTS = frozenset(_RULES["family_history"]["runs_subjects"])
FAMILY_TAIL = re.compile(
    r"(?:\s+(?:at|by|a\s+los|in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?)\s*"
    r"\d{1,2}s?\b)?"
    r"(?:\s+(?:too|also|as\s+well|también|tambien))?"
    # "..., as her mother had before her", "just like my dad did"
    r"(?:,?\s+(?:just\s+)?(?:as|like)\s+(?:my|her|his|their|our)\s+(?:own\s+)?(?:mother|mom|father|"
    r"dad|mama|papa|grandmother|grandma|grandfather|grandpa|sister|brother|aunt|uncle|parents)"
    r"(?:\s+(?:had|did))?(?:\s+before\s+(?:her|him|me|them))?)?",
    re.IGNORECASE,
)

SPOUSE_WORDS = frozenset(_RULES["spousal_affiliation"]["spouse_words"])
SPOUSE_MAX_WORDS = int(_RULES["spousal_affiliation"]["max_words"])
AFFILIATION = re.compile(
    r"\s*(?:(?:(?:just\s+)?(?:works|worked|working|started|starts|starting))\s+"
    r"(?:at|for|in|as|with|dispatch|patrol|nights|days)\b"
    r"|(?:\s(?:is|was)|'s|’s)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:at|for|with|in)\b)"
    # the workplace, up to the clause that follows it ("... at MDC so I kinda know")
    r"(?:(?!\s(?:so|and|but|because|cuz|since|who|which|that|when|while|until|lol|she|he|they|"
    r"we|i|it|said|says)\b)"
    r"[^.,;!?\n]){0,60}",
    re.IGNORECASE,
)
# "my wife's a Harris County deputy": an employer's name before the job says where.
EMPLOYER = re.compile(
    r"(?:\s+(?i:is|was)|'s|’s|,)\s+(?i:an?|the)\s+(?:[A-Z][\w.&'’-]*\s+){1,4}[a-z][\w-]+"
    r"(?:\s+(?!(?:and|or|but|who|at|in|for|on|to|is|was)\b)[a-z][\w-]+)?"
)
# "my husband Ray", "his fiancé, Daniel Ortega": the spouse's name says who the spouse is.
SPOUSE_NAME = re.compile(r",?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
NAME_LINKS = frozenset(_RULES["name_links"])
NOT_NAMES = frozenset({"PERSON", "DATE", "TIME"})
PLACE_CATEGORIES = frozenset(_RULES["places"]["categories"])
PLACE_PREPS = {cat: frozenset(words) for cat, words in _RULES["places"]["prepositions"].items()}
JOIN_LINKS = frozenset(_RULES["join_links"])
LINK_PUNCT = ",-–—/&"
DURATION_CATEGORIES = frozenset(
    {"military_status", "disability", "pregnancy", "gender_identity", "religion", "national_origin"}
)
DURATION_BEFORE = re.compile(
    # "did 8 yrs w/", "served 22 years at": the verb of serving time is part of it
    r"(?<![\w-])(?:(?:did|served|spent|put\s+in)\s+)?"
    r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"several|many|a\s+few|a\s+couple)\+?\s+(?:years?|yrs?|months?|mos?|rounds?|cycles?|tours?|"
    r"años|meses)"
    r"(?:\s+(?:of|at|in|on|with|w/|post|as|as\s+an?|en|de|con)(?:\s+(?:the|my|his|her|la|el|a))?)?"
    r"\s*[-–]?\s*$",
    re.IGNORECASE,
)
# "three rounds of IVF" where the mention already starts at "rounds"
UNIT = re.compile(r"(?:years?|yrs?|months?|rounds?|cycles?|tours?)\b", re.IGNORECASE)
DURATION_NUMBER = re.compile(
    r"(?<![\w-])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+$",
    re.IGNORECASE,
)
# "therapy every Thursday", "dialysis three times a week", "mass every Sunday": how often
FREQUENCY_AFTER = re.compile(
    r"\s+(?:every\s+(?:other\s+)?(?:day|week|month|morning|night|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day)|(?:once|twice|(?:two|three|four|\d)\s+times)\s+a\s+(?:day|week|month)|"
    r"weekly|daily|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b",
    re.IGNORECASE,
)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# "1/16 Choctaw", "half Navajo": a blood quantum or share before a people's name
QUANTUM_BEFORE = re.compile(
    r"(?:\b\d{1,2}/\d{1,3}|\b(?:half|quarter|full[- ]blood(?:ed)?))\s+$", re.I
)
# "dominicano de pura cepa", "catracho de corazón", "Mexicana hasta la muerte"
ORIGIN_PRIDE_AFTER = re.compile(
    r"\s+(?:de\s+pura\s+cepa|de\s+coraz[oó]n|de\s+sangre|de\s+nacimiento|hasta\s+la\s+muerte|"
    r"born\s+and\s+raised|through\s+and\s+through)\b",
    re.I,
)
# "Cherokee Nation citizenship card": the document that proves the membership
MEMBERSHIP_AFTER = re.compile(
    r"\s+(?:citizenship|enrollment|membership|tribal|CDIB)\s+(?:card|ID|number|papers)\b", re.I
)
YEARS_TOGETHER = re.compile(r"\s+of\s+(?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?)\s+(?:years|yrs)\b", re.I)

Chosen = tuple[int, int, str, str, bool]


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _blocked(start: int, end: int, keeps: Iterable[tuple[int, int, str]]) -> bool:
    return any(ks < end and start < ke for ks, ke, _ in keeps)


def own_and_treatment(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """Extend each span over the possessive that owns it, and "on" before a treatment."""
    out: list[Chosen] = []
    text = doc.text
    for s, e, cat, reason, group in spans:
        for prefix in JOINED_PREFIXES:
            start = s - len(prefix)
            if (
                start >= 0
                and text[start:s].lower() == prefix
                and (start == 0 or not text[start - 1].isalnum())
            ):
                s = start
                break
        tok = _token_at(doc, s)
        if tok is not None and tok.i > 0 and not group:
            prev = doc[tok.i - 1]
            low = prev.lower_
            # The owner must own the mention itself: not "my Colombian plug".
            owns_span = s <= prev.head.idx < e
            owned = (low in FIRST_PERSON | DEFINITE and owns_span) or (
                cat in POSSESSIVE_CATEGORIES
                and (low in POSSESSIVES or (low in AMBIGUOUS_POSSESSIVES and prev.dep_ == "poss"))
            )
            # "on Zoloft", "doing chemo", "on maternity leave", "doing IVF"
            treated = cat in ("disability", "pregnancy") and low in TREATMENT_PREFIX
            # "the applicant's wife": the searcher names the spouse's owner by role
            owner = doc[tok.i - 2] if tok.i > 1 and low in ("'s", "’s") else None
            if owner is not None and owner.lower_ in CANDIDATE_WORDS and cat == "marital_status":
                prev, owned = owner, True
            taken = any(o[0] <= prev.idx < o[1] for o in out)
            if (owned or treated) and not taken and not _blocked(prev.idx, s, keeps):
                s = prev.idx
        out.append((s, e, cat, reason, group))
    return out


def _family_subject(tok: Token) -> Token | None:
    """The blood relative who is the subject of the clause a condition sits in, if any."""
    node = tok
    for _ in range(MAX_SCOPE):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    for child in node.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in FAMILY_SUBJECTS:
            return child
    return _family_before(tok)


def _family_before(tok: Token) -> Token | None:
    """A blood relative shortly before an illness verb that leads to the condition.

    The fallback for a parse that loses the subject ("my dad and grandpa both had X").
    """
    doc = tok.doc
    verb_seen = False
    for i in range(tok.i - 1, max(-1, tok.i - 3 * MAX_SCOPE), -1):
        word = doc[i]
        if word.is_sent_end or word.text in (".", "!", "?", ";", ":"):
            break  # "candidate's sister: candidate was diagnosed": the sister only reports it
        if word.lower_ in ILLNESS_VERBS:
            verb_seen = True
        elif verb_seen and word.lower_ in FAMILY_SUBJECTS:
            first = _first_relative(doc, word)
            owner = doc[first.i - 1] if first.i > 0 else None
            return owner if owner is not None and owner.lower_ in POSSESSIVES else first
    return None


def _first_relative(doc: Doc, word: Token) -> Token:
    """The first of a list of relatives ending at ``word``, with names after kin words."""
    first = word
    while first.i > 0:
        prev = doc[first.i - 1]
        named = (
            prev.text[:1].isupper() and first.i > 1 and doc[first.i - 2].lower_ in FAMILY_SUBJECTS
        )
        if prev.lower_ in FAMILY_SUBJECTS or named:
            first = prev
        elif prev.lower_ in RELATIVE_LIST and first.i > 1 and _kin_before(doc, first.i - 1):
            first = prev
        else:
            break
    while first.lower_ in RELATIVE_LIST and first.i < word.i:
        first = doc[first.i + 1]  # a list starts with a relative, not with "and"
    return first


def _relative_owner(doc: Doc, tok: Token) -> Token | None:
    """The relative whose condition it is, by possessive: "my dad's Parkinson's"."""
    if tok.i < 2 or doc[tok.i - 1].lower_ not in ("'s", "’s"):
        return None
    kin = doc[tok.i - 2]
    if kin.lower_ not in FAMILY_SUBJECTS or kin.lower_ in ("family", "side", "man"):
        return None
    if kin.i > 0 and doc[kin.i - 1].lower_ in POSSESSIVES | {"her"}:
        return doc[kin.i - 1]
    return kin


def _kin_before(doc: Doc, i: int) -> bool:
    """Whether a relative comes within three list words before token ``i``."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc[j].lower_ in FAMILY_SUBJECTS:
            return True
        if doc[j].lower_ not in RELATIVE_LIST and not doc[j].text[:1].isupper():
            return False
    return False


def family_history(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """A condition of a blood relative, or one that runs in the family, is genetic information."""
    out: list[Chosen] = []
    for s, e, cat, reason, group in spans:
        tok = _token_at(doc, s)
        if tok is not None and cat in ("disability", "genetic_information"):
            subject = _family_subject(tok)
            if subject is not None:
                subject = _first_relative(doc, subject)
            if subject is not None and min(subject.left_edge.idx, subject.idx) < s:
                start = min(subject.left_edge.idx, subject.idx)
                if not _blocked(start, s, keeps):
                    # the relatives named before ("mom" read as family status) join it
                    out = [
                        o
                        for o in out
                        if not (start <= o[0] and o[1] <= s and o[2] == "marital_status")
                    ]
                if not _blocked(start, s, keeps) and not any(o[1] > start for o in out):
                    s, cat, reason = start, "genetic_information", reason + ";family-subject"
            owner = _relative_owner(doc, tok)
            if owner is not None and owner.idx < s and not _blocked(owner.idx, s, keeps):
                out = [o for o in out if not (owner.idx <= o[0] and o[1] <= s)]
                s, cat, reason = owner.idx, "genetic_information", reason + ";relative-owner"
            after = _family_after(doc, e)
            if after is not None and not _blocked(e, after, keeps):
                e, cat, reason = after, "genetic_information", reason + ";family-after"
            runs = _runs_in_family(doc, tok)
            if runs is not None and not _blocked(e, runs, keeps):
                e, cat, reason = runs, "genetic_information", reason + ";runs-in-family"
        if cat == "genetic_information":
            # "... had his first heart attack at 42", "my tía had it too": the onset age and
            # the "too" that makes the writer's own illness an inherited one belong to it.
            m = FAMILY_TAIL.match(doc.text, e)
            if m and not _blocked(e, m.end(), keeps):
                e = m.end()
            out = [o for o in out if not (s <= o[0] and o[1] <= e)]
        out.append((s, e, cat, reason, group))
    return _drop_inside(out + list(_it_runs(doc, out)))


def _drop_inside(spans: list[Chosen]) -> list[Chosen]:
    """Spans swallowed by a longer one are gone (an onset age inside a family history)."""
    spans.sort()
    kept: list[Chosen] = []
    for sp in spans:
        if kept and sp[1] <= kept[-1][1]:
            continue
        kept.append(sp)
    return kept


def _it_runs(doc: Doc, spans: list[Chosen]) -> Iterator[Chosen]:
    """A pronoun that runs in the family ("It runs on my mom's side"): the illness came before."""
    for tok in doc:
        if tok.lower_ in FAMILY_RUN_VERBS and tok.i > 0 and doc[tok.i - 1].lower_ in RUNS_SUBJECTS:
            end = _runs_in_family(doc, tok)
            start = doc[tok.i - 1].idx
            if end is not None and not any(o[0] < end and start < o[1] for o in spans):
                yield start, end, "genetic_information", "rule:genetic_information:it-runs", False


def _family_after(doc: Doc, end: int) -> int | None:
    """End offset of a relative named right after the condition, as the one who had it.

    "the same cancer that took my mom", "the same PKD her mom had".
    """
    span = doc.char_span(end, end, alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    seen_verb = False
    for word in doc[i : i + MAX_SCOPE + 1]:
        if word.is_sent_start and word.i > i or word.text in (".", "!", "?", ";"):
            return None
        if word.lower_ in TOOK_VERBS or word.lower_ in ILLNESS_VERBS:
            seen_verb = True
        elif word.lower_ in FAMILY_SUBJECTS:
            nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ILLNESS_VERBS:
                return nxt.idx + len(nxt)  # "... her mom had"
            if seen_verb:
                return word.idx + len(word)  # "... that took my mom"
            return None
    return None


def _runs_in_family(doc: Doc, tok: Token) -> int | None:
    """End offset of "runs in the family" ("on my dad's side") right after the condition.

    Read from the words, not the parse: the tagger often takes "runs" after a name for a noun.
    "on my mom's side" alone says the same ("all the breast cancer on my mom's side").
    """
    i = tok.i
    while i < len(doc) and i < tok.i + MAX_SCOPE and doc[i].lower_ not in FAMILY_RUN_VERBS:
        if doc[i].is_punct and doc[i].text not in ("'s", "’s", "'"):
            return None
        if i > tok.i and doc[i].lower_ == "on":
            return _family_side(doc, i + 1, sides_only=True)
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in FAMILY_RUN_VERBS:
        return None
    i += 1
    if doc[i].pos_ == "ADV" and i + 1 < len(doc):
        i += 1  # "runs hard on my dad's side", "runs strong in the family"
    if doc[i].lower_ not in RUN_PREPS:
        return None
    return _family_side(doc, i + 1)


def _family_side(doc: Doc, i: int, sides_only: bool = False) -> int | None:
    """End of "my dad's side", "the family", "both sides of my family" starting at token i."""
    relative = False
    for word in doc[i : i + MAX_SCOPE]:
        relative = relative or word.lower_ in FAMILY_SUBJECTS - {"side"}
        if word.lower_ in FAMILY_NOUNS and (not sides_only or (relative and word.lower_ == "side")):
            end = word.idx + len(word)
            tail = re.match(r"\s+of\s+(?:the|my|his|her|our|their)\s+family\b", doc.text[end:])
            if tail:
                return end + tail.end()
            # "my side of the fence", "his side of the story": a side of a thing, not a family's
            return None if re.match(r"\s+of\b", doc.text[end:]) else end
        if word.is_punct and word.text not in ("'s", "’s", "'"):
            return None
    return None


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at start..end are a proper name (not a day, month or sentence start)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return (
        span is not None
        and all(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in span)
        and not span[0].is_sent_start
    )


def spouse_details(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """A spouse's workplace or job ("my wife works dispatch there") and "of 62 years" join."""
    text = doc.text
    out: list[Chosen] = []
    for n, (s, e, cat, reason, group) in enumerate(spans):
        words = re.sub(r"(?:'s|’s)$", "", text[s:e].lower()).split()
        if cat in ("marital_status", "sexual_orientation") and words and words[-1] in SPOUSE_WORDS:
            limit = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            name = SPOUSE_NAME.match(text, e)
            lead = len(name.group()) - len(name.group().lstrip(", ")) if name else 0
            if (
                name
                and name.end() <= limit
                and _is_name(doc, name.start() + lead, name.end())
                and not _blocked(e, name.end(), keeps)
            ):
                e, reason = name.end(), reason + ";spouse-name"
            # "my wife's a deputy": the "'s" already in the span is the verb the patterns read
            at = e - 2 if text[s:e].endswith(("'s", "’s")) else e
            for pattern in (YEARS_TOGETHER, AFFILIATION, EMPLOYER):
                m = pattern.match(text, at)
                if m and e < m.end() <= limit and len(m.group().split()) <= SPOUSE_MAX_WORDS:
                    # a decoy inside ("deputy", "Harris County") is part of who the spouse is
                    e, reason = len(text[: m.end()].rstrip()), reason + ";spouse-detail"
                    at = e  # "my wife of 20 years works at the lab": one detail after another
        out.append((s, e, cat, reason, group))
    return out


def durations(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """How long or how often joins a service, condition or treatment.

    "6 yrs at Cannon AFB", "20 yrs of type 1", "three rounds of IVF", "two tours in Iraq".
    """
    out: list[Chosen] = []
    for s, e, cat, reason, group in spans:
        if cat in DURATION_CATEGORIES and not group:
            before = DURATION_NUMBER if UNIT.match(doc.text, s) else DURATION_BEFORE
            m = before.search(doc.text[max(0, s - 40) : s])
            start = s - (len(doc.text[max(0, s - 40) : s]) - m.start()) if m else s
            if m and not any(o[1] > start for o in out) and not _blocked(start, s, keeps):
                s, reason = start, reason + ";duration"
            often = FREQUENCY_AFTER.match(doc.text, e)
            if often and not _blocked(e, often.end(), keeps):
                e, reason = often.end(), reason + ";frequency"
        out.append((s, e, cat, reason, group))
    return out


def edges(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """Small words that belong to a mention: "my ex's", "1/16 Choctaw", "... citizenship card"."""
    text = doc.text
    out: list[Chosen] = []
    for s, e, cat, reason, group in spans:
        if (
            cat == "marital_status"
            and text[e : e + 2] in ("'s", "’s")
            and not text[e + 2 : e + 3].isalnum()
        ):
            e += 2  # "my ex's house": whose house is the mention too
        if cat == "national_origin":
            m = ORIGIN_PRIDE_AFTER.match(text, e)
            if m and not _blocked(e, m.end(), keeps):
                e = m.end()
        if cat == "race_color":
            m = QUANTUM_BEFORE.search(text, max(0, s - 20), s)
            if m and m.end() == s and not _blocked(m.start(), s, keeps):
                s = m.start()
            m = MEMBERSHIP_AFTER.match(text, e)
            if m and not _blocked(e, m.end(), keeps):
                e = m.end()
        out.append((s, e, cat, reason, group))
    return out


def apply_scopes(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """Owners, treatments and family-history scopes over the chosen spans (needs a parse)."""
    spans = own_and_treatment(doc, spans, keeps)
    spans = spouse_details(doc, spans, keeps)
    spans = proper_names(doc, spans, keeps)
    spans = places_of(doc, spans, keeps)
    spans = durations(doc, spans, keeps)
    spans = edges(doc, spans, keeps)
    spans = join_neighbours(doc, spans, keeps)
    if doc.has_annotation("DEP"):
        spans = family_history(doc, spans, keeps)
    return spans


def _name_word(tok: Token) -> bool:
    """A word that can stand inside an organisation's name: capitalised, or an ordinal ("3rd")."""
    if tok.pos_ in ("PRON", "DET", "ADV", "CCONJ", "ADP", "AUX") or tok.ent_type_ in NOT_NAMES:
        return False
    if tok.pos_ == "VERB" and tok.tag_ != "VBG":  # "Holloman AFB Running Club" takes "Running"
        return False
    return tok.text[:1].isupper() or ORDINAL.fullmatch(tok.lower_) is not None


def _name_run(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Token bounds of the capitalised name around tokens first..last ("Tucson Gay Men's Chorus").

    Inner links ("of the", "'s", "&", "de la") join two capitalised parts; a person's name ends
    the run, so "Sgt. Lopez" keeps its name.
    """
    start, end = first, last + 1
    while start > 0 and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    if start > 0 and _name_word(doc[start - 1]) and doc[start - 1].is_sent_start:
        start -= 1
    while True:
        j = end
        while j < len(doc) and j - end < 2 and doc[j].lower_ in NAME_LINKS:
            j += 1
        if j < len(doc) and _name_word(doc[j]) and not doc[j].is_sent_start:
            end = j + 1
        else:
            return start, end


def proper_names(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """A mention inside an organisation's name redacts the whole name.

    TAXONOMY: a source that itself reveals a characteristic is annotated like the words it
    stands for; "Tucson Gay Men's Chorus" with only "Gay Men's" gone still names the chorus.
    """
    out: list[Chosen] = []
    for n, (s, e, cat, reason, group) in enumerate(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].lower_ in FIRST_PERSON | DEFINITE:
            span = span[1:]  # "the Holloman AFB": the name starts after the article
        if (
            span is None
            or not len(span)
            or not span.text[:1].isupper()
            or cat == "age"
            or "form-field" in reason
        ):
            out.append((s, e, cat, reason, group))
            continue
        start, end = _name_run(doc, span.start, span.end - 1)
        if end > span.end and doc[end - 1].lower_ in PLACE_HEADS and reason.startswith("lexicon:"):
            continue
        if end - start > len(span) and (end - start) >= 2:
            ns, ne = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            lo = out[-1][1] if out else 0
            hi = spans[n + 1][0] if n + 1 < len(spans) else len(doc.text)
            ns, ne = max(ns, lo) if ns < s else s, min(ne, hi) if ne > e else e
            if not _blocked(ns, s, keeps) and not _blocked(e, ne, keeps):
                s, e, reason = min(s, ns), max(e, ne), reason + ";name"
        out.append((s, e, cat, reason, group))
    return out


def places_of(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """Where one served or worships joins the mention: "drill at Kirtland", "misa at San Isidro".

    The place names the service or the faith as surely as the word before it ("two tours Iraq",
    "recruit training in San Diego"). Two mentions of one category with only such small words
    between them become one ("iftar at the masjid").
    """
    out: list[Chosen] = []
    for n, (s, e, cat, reason, group) in enumerate(spans):
        hi = spans[n + 1][0] if n + 1 < len(spans) else len(doc.text)
        if cat in PLACE_CATEGORIES and not group:
            end = _place_after(doc, e, hi, cat)
            if end is not None and not _blocked(e, end, keeps):
                e, reason = end, reason + ";place"
        if (
            out
            and out[-1][2] == "military_status"
            and cat == "national_origin"
            and doc.text[out[-1][1] : s].strip().lower() in PLACE_PREPS["military_status"]
        ):
            # "veterano de Vietnam", "deployed to Iraq": where one served, not where one is from
            ps, _, pcat, preason, pgroup = out.pop()
            s, cat, reason, group = ps, pcat, preason + ";place", pgroup
        out.append((s, e, cat, reason, group))
    return out


def _place_after(doc: Doc, end: int, limit: int, cat: str) -> int | None:
    """End offset of "at|in <Place>" (or a bare place) right after a mention, if any.

    A faith takes the named house of worship ("at San Isidro"), not the town it stands in.
    """
    span = doc.char_span(end, end, alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    if i < len(doc) and doc[i].lower_ in PLACE_PREPS[cat]:
        i += 1
        if i < len(doc) and doc[i].lower_ in ("the", "la", "el"):
            i += 1
    j = i
    while (
        j < len(doc)
        and j - i < 5
        # a name's words are capitalised: the tagger reads Spanish ("con mi amá") as PROPN too
        and (
            (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
            or (j > i and doc[j].lower_ in NAME_LINKS)
        )
    ):
        j += 1
    while j > i and doc[j - 1].lower_ in NAME_LINKS:
        j -= 1
    if j == i or doc[i].ent_type_ in NOT_NAMES or doc[i].idx + len(doc[i]) > limit:
        return None
    if cat == "religion" and doc[i].ent_type_ == "GPE":
        return None
    last = doc[j - 1]
    return min(last.idx + len(last), limit)


def join_neighbours(doc: Doc, spans: list[Chosen], keeps) -> list[Chosen]:
    """Two mentions of one category with only linking words between them become one.

    "PCS'd to Fairchild", "iftar at the masjid", "wife and two kids", "8 yrs w/ 1st Armored":
    the words between belong to the one thing said, and leaving them shows its shape.
    """
    out: list[Chosen] = []
    for s, e, cat, reason, group in spans:
        if (
            out
            and out[-1][2] == cat
            and _only_links(doc, out[-1][1], s)
            and not _blocked(out[-1][1], s, keeps)
        ):
            ps, _, _, preason, pgroup = out.pop()
            s, reason, group = ps, preason + ";joined", pgroup and group
        out.append((s, e, cat, reason, group))
    return out


def _only_links(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two mentions is only a few linking words ("at the", "en")."""
    words = [w for w in doc.text[start:end].split() if w.strip(LINK_PUNCT)]
    if not words:
        # adjacent, or only a comma or dash between: "Army, 1st Armored"
        return 0 < end - start <= 3 and not doc.text[start:end].strip(LINK_PUNCT + " ")
    return len(words) <= 2 and all(w.lower().strip(",") in JOIN_LINKS for w in words)
