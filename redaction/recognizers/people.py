"""Words about people read from the dependency parse: sex, age and colour said of a person.

A phrase list cannot tell "two men fought" (incidental) from "men shouldn't be nurses" (a
group characterised by its sex), "the old truck" from "the old man", or "the truck is black"
from "because he's black". The parse can: what a word modifies, and what a copula says of
whom. Every rule treats counterparts alike (women and men, old and young, black and white).
Without a parser (the blank fallback pipeline) these recognisers find nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, Token

from .vocabulary import FACILITIES, PERSON_NOUNS

# (start, end, category, reason, group) over the normalised text.
DocCand = tuple[int, int, str, str, bool]

_WORDS = json.loads((Path(__file__).parent.parent / "patterns" / "people.json").read_text())
SEX_NOUNS = frozenset(_WORDS["sex_nouns"])
SEX_MODIFIERS = frozenset(_WORDS["sex_modifiers"])
GROUP_DETERMINERS = frozenset(_WORDS["group_determiners"])
AGE_ADJECTIVES = frozenset(_WORDS["age_adjectives"])
BIRTH_ORDER = frozenset(_WORDS["birth_order_adjectives"])
FORMER_SENSE = frozenset(_WORDS["former_sense_nouns"])
KIN = frozenset(_WORDS["kin_nouns"])
HUMAN_NOUNS = frozenset(_WORDS["human_nouns"])
COLOUR_RACE = frozenset(_WORDS["colour_race_words"])
PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])
LINKING_VERBS = frozenset(_WORDS["linking_verbs"])
AGE_BEFORE = re.compile(r"\d\s*(?:y/?o|yrs?\.?(?:\s*old)?|-?\s*years?\s*-?\s*old)\s*$")
# "every woman in this job", "any man who...": a singular that speaks of all of them.
EVERY = frozenset(("every", "any", "each", "no"))
GENERIC_MARKERS = frozenset(_WORDS["generic_markers"])
SET_APART = frozenset(_WORDS["set_apart"])
SLANG_SEX_NOUNS = frozenset(_WORDS["slang_sex_nouns"])
GENERIC_MODALS = frozenset(_WORDS["generic_modals"])


def _parsed(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def _in_name(tok: Token) -> bool:
    return tok.ent_type_ in ("PERSON", "ORG", "FAC", "GPE", "WORK_OF_ART", "PRODUCT")


def is_person(tok: Token) -> bool:
    """Whether a token names or stands for a person."""
    low = tok.lower_
    return low in PERSON_PRONOUNS or low in HUMAN_NOUNS or tok.ent_type_ == "PERSON"


def is_thing(tok: Token) -> bool:
    """A common noun that names no person: "the weather", "the market" (not "my brother")."""
    low = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ != "PERSON"
        and low not in HUMAN_NOUNS | KIN | FORMER_SENSE | PERSON_NOUNS
        and low.rstrip("s") not in HUMAN_NOUNS | KIN | FORMER_SENSE | PERSON_NOUNS
    )


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _predicate_of_person(tok: Token) -> bool:
    """A predicate of a copula whose subject is a person: "he's black", "I am a woman".

    "Being a man, you're told..." and "to be a woman in this job" have no subject of their
    own: the one they describe is the writer or the one written about.
    """
    if tok.dep_ not in ("acomp", "attr", "oprd"):
        return False
    head = tok.head
    if head.lower_ not in LINKING_VERBS and head.pos_ != "AUX":
        return False
    subject = _subject(head)
    if subject is None:
        return head.tag_ in ("VBG", "VB") and head.lower_ in ("being", "be")
    return is_person(subject)


def _set_apart(tok: Token) -> Token | None:
    """The first word of "only"/"one of two" before a sex noun that counts a person apart."""
    for child in tok.children:
        if child.lower_ in SET_APART and child.i < tok.i:
            return child
        if child.lower_ == "one" and child.dep_ == "nummod" and _has_det(tok, "the"):
            return child  # "the one gal on the crew"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("one", "uno", "una"):
        counted = [c for c in tok.children if c.dep_ in ("nummod", "amod") and c.i < tok.i]
        if counted and (counted[0].like_num or counted[0].lower_ in SET_APART | {"few"}):
            return head.head
    return None


def _generic_plural(tok: Token) -> bool:
    """A bare plural that names a whole group: "women are...", "all men", "hate boys"."""
    if tok.tag_ not in ("NNS", "NNPS") and not tok.lower_.endswith(("s", "es")):
        return False
    for child in tok.children:
        if child.dep_ in ("nummod", "poss"):
            return False
        if child.dep_ in ("det", "predet") and child.lower_ not in GROUP_DETERMINERS:
            return False
        if child.dep_ == "prep" and child.lower_ == "of":
            return False  # "one of the men": some particular men
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "ROOT", "appos")


def _after_an_age(doc: Doc, tok: Token) -> bool:
    """A self-description such as "52 y/o woman" or "34-year-old man" states a sex."""
    before = doc.text[max(0, tok.idx - 20) : tok.idx].lower()
    return bool(AGE_BEFORE.search(before))


def _has_det(tok: Token, *words: str) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def _denied_ability(verb: Token) -> bool:
    """A modal denied or an always/never on the verb: "a girl can't...", "a man should never..."."""
    # "a man couldn't find his keys" tells of one man; "can't" and "shouldn't" speak of all.
    modal = any(c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in verb.children)
    modal = modal or verb.lower_ in GENERIC_MODALS
    denied = any(c.dep_ == "neg" for c in verb.children)
    return (modal and denied) or any(c.lower_ in GENERIC_MARKERS for c in verb.children)


def _generic_singular(tok: Token) -> bool:
    """One standing for all: "never let a woman touch...", "a girl can't drag a dummy"."""
    if not _has_det(tok, "a", "an"):
        return False
    if tok.dep_ == "nsubj" and _denied_ability(tok.head):
        return True
    start = tok.sent.start if tok.doc.has_annotation("SENT_START") else 0
    return any(t.lower_ in GENERIC_MARKERS for t in tok.doc[max(start, tok.i - 6) : tok.i])


def _incredulous(tok: Token) -> bool:
    """A question that holds up someone's sex as the oddity: "a woman coaching varsity?"."""
    if tok.dep_ not in ("ROOT", "appos") or not _has_det(tok, "a", "an"):
        return False
    for clause in tok.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            after = clause.right_edge.i + 1
            return after < len(tok.doc) and tok.doc[after].text.startswith("?")
    return False


def sex_mentions(doc: Doc) -> Iterator[DocCand]:
    """A group named by its sex, a person's sex stated, or sex as a modifier of a role."""
    for tok in doc:
        low = tok.lower_
        if _in_name(tok) or low not in SEX_NOUNS | SLANG_SEX_NOUNS:
            continue
        distinct = _set_apart(tok)
        if low in SLANG_SEX_NOUNS:
            # "the only chick on B shift", "the lone dude in the unit"; elsewhere these words
            # are only friendly ("you guys", "cool dude") and say nothing of anyone's sex
            if distinct is not None:
                yield distinct.idx, tok.idx + len(tok), "sex", f"parse:sex:set-apart:{low}", False
            continue
        if distinct is not None:
            # "the only woman on the crew", "one of two men in the unit": a sex stated by
            # being counted apart from everyone else.
            yield distinct.idx, tok.idx + len(tok), "sex", f"parse:sex:set-apart:{low}", False
        elif (
            tok.dep_ in ("amod", "compound")
            and low in SEX_MODIFIERS
            and tok.head.pos_ == "NOUN"
            and tok.head.lower_ not in FACILITIES
        ):
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:modifier:{low}", False
        elif _predicate_of_person(tok) or _after_an_age(doc, tok):
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:predicate:{low}", False
        elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.tag_ == "NN":
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:as-a:{low}", False
        elif _generic_singular(tok) or _incredulous(tok):
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:generic:{low}", False
        elif _has_det(tok, *EVERY):
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:every:{low}", False
        elif _generic_plural(tok):
            yield tok.idx, tok.idx + len(tok), "sex", f"parse:sex:group:{low}", True


def age_mentions(doc: Doc) -> Iterator[DocCand]:
    """An age adjective about a person: "the old man", "young people", "she's too old"."""
    for tok in doc:
        low = tok.lower_
        if low not in AGE_ADJECTIVES or _in_name(tok):
            continue
        head = tok.head
        if tok.dep_ == "amod" and head.lower_ in HUMAN_NOUNS | KIN | FORMER_SENSE:
            if head.lower_ in FORMER_SENSE:
                continue  # "an old friend", "my old unit": former, not aged
            if head.lower_ in KIN and low in BIRTH_ORDER:
                continue  # "his younger brother": birth order, not anyone's age
            start, end = min(tok.idx, head.idx), max(tok.idx + len(tok), head.idx + len(head))
            yield start, end, "age", f"parse:age:adjective:{low}", head.tag_ == "NNS"
        elif _predicate_of_person(tok) and low not in BIRTH_ORDER - {"older", "younger"}:
            yield tok.idx, tok.idx + len(tok), "age", f"parse:age:predicate:{low}", False


def colour_mentions(doc: Doc) -> Iterator[DocCand]:
    """A colour said of a person ("because he's black") or used as a noun for people."""
    for tok in doc:
        low = tok.lower_
        if low not in COLOUR_RACE or _in_name(tok):
            continue
        if _predicate_of_person(tok):
            yield tok.idx, tok.idx + len(tok), "race_color", f"parse:race:predicate:{low}", False
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "dobj", "pobj", "conj"):
            # "the whites", "a black" as a person: plural or with an article, no noun after it
            has_article = any(c.dep_ == "det" for c in tok.children)
            if tok.tag_ in ("NNS", "NNPS") or has_article:
                group = tok.tag_ in ("NNS", "NNPS")
                reason = f"parse:race:noun:{low}"
                yield tok.idx, tok.idx + len(tok), "race_color", reason, group


DOC_RECOGNIZERS = (sex_mentions, age_mentions, colour_mentions)


def find_doc_candidates(doc: Doc) -> Iterator[DocCand]:
    """Candidates from every parse-based recogniser; none without a parser."""
    if not _parsed(doc):
        return
    for recognizer in DOC_RECOGNIZERS:
        yield from recognizer(doc)
