"""Context cues for lexicon entries marked ``"context": "cue"``.

A country, a foreign city or an everyday word that names a medicine ("lithium") says nothing
about a person on its own: "a trip to Lima", "lithium battery". Such entries count only when a
cue says the text is about someone's origin or treatment: "born in Lima", "on lithium".
"""

from __future__ import annotations

from spacy.tokens import Doc

ORIGIN_BEFORE = (
    "born in",
    "from",
    "raised in",
    "native of",
    "immigrated from",
    "moved from",
    "citizen of",
)
ORIGIN_AFTER = frozenset({"roots", "heritage", "ancestry", "descent", "-born"})
DISABILITY_BEFORE = (
    "on",
    "taking",
    "prescribed",
    "started",
    "stopped",
    "diagnosed with",
    "has",
    "have",
    "with",
)
BEFORE = {"national_origin": ORIGIN_BEFORE, "disability": DISABILITY_BEFORE}
# Words of treatment near a medicine or condition: "the lithium finally dialed in, no manic
# episodes", "lithium 300 mg". Looked for in the same sentence, a few words either side.
TREATMENT = frozenset(
    """dose doses dosage mg meds medication medications medicine prescription prescriptions
    refill refills pharmacy psychiatrist psychiatry therapist therapy doctor doctors symptoms
    episode episodes diagnosis diagnosed relapse relapsed manic depressive""".split()
)
WINDOW = 8
SENTENCE_END = frozenset(".!?;")


def cue_holds(doc: Doc, start: int, end: int, label: str) -> bool:
    """True when the tokens around ``doc[start:end]`` cue a mention of ``label``."""
    cues = BEFORE.get(label)
    if not cues:
        return False  # no cue defined for the category yet: a common word is not enough
    before = " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
    if any(before == cue or before.endswith(" " + cue) for cue in cues):
        return True
    if label == "disability" and _near(doc, start, end, TREATMENT):
        return True
    if label != "national_origin" or end >= len(doc):
        return False
    after = doc[end].lower_
    if after in ("-", "–") and end + 1 < len(doc):
        after = "-" + doc[end + 1].lower_  # "Lima-born" splits into "Lima", "-", "born"
    return after in ORIGIN_AFTER


def _near(doc: Doc, start: int, end: int, words: frozenset[str]) -> bool:
    """True when one of ``words`` is within WINDOW tokens of the span, in its sentence."""
    for step, edge in ((-1, start - 1), (1, end)):
        for i in range(edge, edge + step * WINDOW, step):
            if not 0 <= i < len(doc) or doc[i].text in SENTENCE_END:
                break
            if doc[i].lower_ in words:
                return True
    return False
