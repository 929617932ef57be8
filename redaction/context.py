"""Context cues for lexicon entries marked ``"context": "cue"``, scored as Presidio does.

A country, a foreign city or an everyday word that names a medicine ("lithium") says nothing
about a person on its own: "a trip to Lima", "lithium battery". Such an entry starts at a base
score; a cue right before or after it ("born in Lima", "on lithium", "Lima-born") or a cue word
in the same sentence raises it. At the redaction threshold the mention is redacted; between the
suspect threshold and that, it is left in the text and shown to the reviewer as a suspect. The
cue words and the scores are data: ``patterns/cues.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

_CUES = json.loads((Path(__file__).parent / "patterns" / "cues.json").read_text())
SCORES: dict[str, float] = _CUES["scores"]
WINDOW = int(_CUES["window"])
CATEGORIES: dict[str, dict[str, tuple[str, ...] | frozenset[str]]] = {
    label: {
        "before": tuple(cues["before"]),
        "after": frozenset(cues["after"]),
        "near": frozenset(cues["near"]),
    }
    for label, cues in _CUES["categories"].items()
}
SENTENCE_END = frozenset(".!?;")


def cue_score(doc: Doc, start: int, end: int, label: str) -> float:
    """The score of a cue-tier mention ``doc[start:end]`` of ``label``, from its context."""
    cues = CATEGORIES.get(label)
    score = SCORES["base"]
    if not cues:
        return score
    before = " ".join(t.lower_ for t in doc[max(0, start - 3) : start])
    if any(before == cue or before.endswith(" " + cue) for cue in cues["before"]):
        score += SCORES["adjacent"]
    elif _after(doc, end) in cues["after"]:
        score += SCORES["adjacent"]
    near = _near(doc, start, end, cues["near"])
    score += SCORES["near"] * min(len(near), int(SCORES["max_near"]))
    return min(score, 1.0)


def cue_holds(doc: Doc, start: int, end: int, label: str) -> bool:
    """True when the context scores a cue-tier mention at the redaction threshold."""
    return cue_score(doc, start, end, label) >= SCORES["redact"]


def is_suspect(score: float) -> bool:
    """A score too low to redact but high enough to ask the reviewer."""
    return SCORES["suspect"] <= score < SCORES["redact"]


def _after(doc: Doc, end: int) -> str:
    if end >= len(doc):
        return ""
    after = doc[end].lower_
    if after in ("-", "–") and end + 1 < len(doc):
        return "-" + doc[end + 1].lower_  # "Lima-born" splits into "Lima", "-", "born"
    return after


def _near(doc: Doc, start: int, end: int, words: frozenset[str]) -> set[str]:
    """The distinct ``words`` within WINDOW tokens of the span, in its sentence."""
    found: set[str] = set()
    for step, edge in ((-1, start - 1), (1, end)):
        for i in range(edge, edge + step * WINDOW, step):
            if not 0 <= i < len(doc) or doc[i].text in SENTENCE_END:
                break
            if doc[i].lower_ in words:
                found.add(doc[i].lower_)
    return found
