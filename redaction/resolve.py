"""Decide among candidates: decoys block, one category's overlaps merge, the longest wins.

Then settle the taxonomy's two-category conventions on what was chosen.
"""

from __future__ import annotations

import re

GENETIC_CONDITION = re.compile(
    r"cancer|alzheimer|huntington|heart|diabetes|dementia|parkinson|stroke|"
    r"blood clot|sickle|cystic|muscular dystrophy|schizophrenia|bipolar|als\b|lou gehrig|melanoma|"
    r"leukemia|lymphoma|kidney disease|hemophilia",
    re.IGNORECASE,
)
BLOOD_RELATIVE = re.compile(
    r"\b(?:dad|father|mom|mother|grandpa|grandfather|grandma|grandmother|granny|abuela|abuelo|"
    r"brother|brothers|sister|sisters|aunt|aunts|tía|tia|tío|tio|uncle|uncles|grandparents|parents|"
    r"great-grandfather|great-grandmother|siblings)(?:'s|’s)?\b",
    re.IGNORECASE,
)

FEMALE_PARTNER = re.compile(
    r"\b(?:wife|wifey|girlfriend|fianc[ée]e|bride|gf|girl|lady|esposa|novia|prometida)\b"
)
MALE_PARTNER = re.compile(
    r"\b(?:husband|hubby|boyfriend|fianc[ée]|groom|bf|man|esposo|novio|prometido|marido)\b"
)

_SHE = re.compile(r"\b(?:she|her|hers|herself|ella)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself|él)\b", re.IGNORECASE)


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _author_pronoun(text: str) -> str:
    """Which pronoun a finding uses for its subject: "f", "m" or "" when unclear."""
    # Pronouns inside quotations are the author's own words about other people.
    narration = _QUOTED.sub(" ", text)
    she, he = len(_SHE.findall(narration)), len(_HE.findall(narration))
    if she >= 2 * max(he, 1) or (she and not he):
        return "f"
    if he >= 2 * max(she, 1) or (he and not she):
        return "m"
    return ""


def _priority(reason: str) -> int:
    # Equal lengths: the more specific reading wins ("her wife" is orientation, not only marriage).
    if "same-sex" in reason:
        return 3
    return 2 if reason.startswith("rule:") else 1


def resolve(cands, keeps):
    """Drop candidates inside decoys, then keep the longest non-overlapping spans."""
    kept = []
    for c in cands:
        s, e = c[0], c[1]
        if e <= s:
            continue
        blocked = False
        agency = ":agency:" in c[3]
        for ks, ke, why in keeps:
            if agency and why != "decoy:agency-keep":
                continue  # the agency's own phrases outrank the built-in decoys
            if ks < e and s < ke and not (s <= ks and ke <= e and (e - s) > (ke - ks)):
                blocked = True
                break
        if not blocked:
            kept.append(c)
    # Overlapping candidates of one category become one span: "divorced dad" + "dad of 2".
    kept.sort(key=lambda c: (c[2], c[0], -c[1]))
    merged: list[list] = []
    for c in kept:
        m = merged[-1] if merged else None
        if m and m[2] == c[2] and c[0] < m[1]:
            if c[1] - c[0] > m[5]:
                m[3], m[5] = c[3], c[1] - c[0]
            m[1] = max(m[1], c[1])
            m[4] = m[4] and c[4]
        else:
            merged.append([c[0], c[1], c[2], c[3], c[4], c[1] - c[0]])
    merged.sort(key=lambda m: (-(m[1] - m[0]), -_priority(m[3]), m[0]))
    taken: list[tuple[int, int, str, str, bool]] = []
    for m in merged:
        if all(m[1] <= t[0] or t[1] <= m[0] for t in taken):
            taken.append((m[0], m[1], m[2], m[3], m[4]))
    taken.sort()
    return taken


def adjust_categories(text: str, spans):
    """Settle the taxonomy's two-category cases: same-sex partners, a relative's illness."""
    author = _author_pronoun(text)
    out = []
    for s, e, cat, reason, group in spans:
        if cat == "marital_status":
            # "my girlfriend" from a woman (the finding calls the author "she"), and "his
            # boyfriend", "her wife" whoever writes: orientation.
            owner = re.match(r"(?i)(my|mi|his|her)\b", text[s:e])
            sex = {"his": "m", "her": "f"}.get(owner.group(1).lower(), author) if owner else ""
            noun = text[s:e].lower()
            if (sex == "f" and FEMALE_PARTNER.search(noun)) or (
                sex == "m" and MALE_PARTNER.search(noun)
            ):
                cat, reason = "sexual_orientation", reason + ";same-sex"
        if cat == "disability" and GENETIC_CONDITION.search(text[s:e]):
            # An illness of a blood relative is family medical history (genetic information).
            window_start = max(text.rfind(".", 0, s), text.rfind("\n", 0, s), s - 60, 0)
            before = text[window_start:s]
            rel = list(BLOOD_RELATIVE.finditer(before))
            if rel and not re.search(r"\b(?:my|i|i'm|i’m|me)\b\s*$", before, re.IGNORECASE):
                if not re.search(
                    r"\b(?:wife|husband|fiancée|fiancé|partner|friend|son|daughter)\b",
                    before[rel[-1].end() :],
                    re.IGNORECASE,
                ):
                    cat, reason = "genetic_information", reason + ";relative"
        out.append((s, e, cat, reason, group))
    return out
