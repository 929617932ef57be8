"""Evasion-resistant normalisation with an offset map back to the original text.

The detector runs on the normalised text; every normalised character remembers the
stretch of original characters it came from, so spans found there can be mapped back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass

# Characters that render as nothing (or almost nothing) and are used to split words
# so that a keyword matcher misses them.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)

# Cyrillic and Greek letters that look like Latin ones; only applied inside words that
# also contain Latin letters, so genuine Cyrillic or Greek text is left alone.
HOMOGLYPHS = {
    "а": "a",
    "в": "b",
    "с": "c",
    "е": "e",
    "ё": "e",
    "һ": "h",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "ԛ": "q",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "ԝ": "w",
    "ɡ": "g",
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "О": "O",
    "Р": "P",
    "Ѕ": "S",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Ԝ": "W",
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ν": "v",
    "ι": "i",
    "κ": "k",
    "τ": "t",
    "υ": "u",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}

LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    "+": "t",
    "9": "g",
}
# "1" and "|" also stand for "l"; tried second.
LEET_ALT = {"1": "l", "!": "l", "|": "i", "0": "o"}

_WORDISH = re.compile(r"[\w@$!|+*]+(?:['’][\w]+)?")
# Single letters separated by one space, dot, hyphen or underscore: "C a t h o l i c", "g.a.y".
_SPACED = re.compile(r"(?<![\w.])[^\W\d_](?P<sep>[ ._\-])[^\W\d_](?:(?P=sep)[^\W\d_])+(?![\w])")


FUZZY_MIN = 6
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{" + str(FUZZY_MIN) + r",}(?![\w'’])")


def _fuzzy_index(targets: Iterable[str]) -> dict[str, set[str]]:
    """Repair targets by themselves and by each of their one-letter deletions."""
    index: dict[str, set[str]] = {}
    for w in targets:
        w = w.lower()
        if len(w) >= FUZZY_MIN and w.isalpha():
            for v in {w, *_deletes(w)}:
                index.setdefault(v, set()).add(w)
    return index


def _one_edit_from(word: str, index: dict[str, set[str]]) -> set[str]:
    """The targets one edit from ``word`` that start with its letter."""
    found: set[str] = set()
    for v in (word, *_deletes(word)):
        found |= index.get(v, set())
    return {w for w in found if w[0] == word[0] and _one_edit(word, w)}


def near_misses(targets: Iterable[str], words: Iterable[str]) -> set[str]:
    """The ``words`` a misspelling repair could mistake for one of ``targets``."""
    index = _fuzzy_index(targets)
    return {w for w in words if _one_edit_from(w, index) - {w}}


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of exactly one (substitution, insertion, deletion, swap)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for every character, the original [start, end) it covers."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) onto the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _script(ch: str) -> str:
    if "a" <= ch.lower() <= "z":
        return "latin"
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("GREEK"):
        return "greek"
    return "other"


def _fold(word: str) -> str:
    return word.lower()


class Normalizer:
    """Normalise text against evasion; vocabulary decides which repairs are accepted."""

    def __init__(
        self,
        vocabulary: Collection[str] = (),
        fuzzy: Collection[str] = (),
        dictionary: Collection[str] = (),
        masked: Collection[str] = (),
    ) -> None:
        self.vocabulary = frozenset(_fold(w) for w in vocabulary if len(w) >= 3)
        # Words writers mask with asterisks are slurs: a mask that fits one ("n****rs") and an
        # everyday word ("nesters") repairs to the slur.
        masked = frozenset(_fold(w) for w in masked)
        # Known English words are never respelled; without a dictionary there is no respelling.
        self.dictionary = dictionary
        if len(dictionary) < 10_000:
            fuzzy = ()
        # Misspellings ("pregant", "divorsed") of distinctive lexicon words, one edit away.
        self._fuzzy = _fuzzy_index(fuzzy)
        by_len: dict[int, list[str]] = {}
        # Sorted, so a mask that fits two words ("f*****s") repairs the same way in every
        # process, whatever the string hash seed.
        for word in sorted(self.vocabulary, key=lambda w: (w not in masked, w)):
            if word.isalpha():
                by_len.setdefault(len(word), []).append(word)
        self._by_len = by_len

    def _known(self, word: str) -> bool:
        low = _fold(word)
        return low in self.vocabulary or (low.endswith("s") and low[:-1] in self.vocabulary)

    def normalize(self, text: str) -> Normalized:
        """Return the normalised text and its offset map."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        # 1. Invisible characters out, NFKC per character, combining marks composed.
        for i, ch in enumerate(text):
            if ch in INVISIBLE:
                continue
            if unicodedata.combining(ch) and chars:
                composed = unicodedata.normalize("NFC", chars[-1] + ch)
                if len(composed) == 1:
                    chars[-1] = composed
                    ends[-1] = i + 1
                    continue
            if "\ud800" <= ch <= "\udfff":
                ch = "\ufffd"  # a lone surrogate (broken UTF-16) cannot be tokenized or encoded
            out = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
            if not out:
                continue
            for c in out:
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
        # 2. Homoglyphs inside mixed-script words.
        self._homoglyphs(chars)
        norm = "".join(chars)
        # 3. Spaced or dotted letters that spell a known word.
        norm, starts, ends = self._collapse_spaced(norm, starts, ends)
        # 4. Leetspeak and masked letters ("g4y", "f*gs") that spell a known word.
        norm = self._deleet(norm)
        # 5. Lower-case misspellings one edit away from a distinctive lexicon word.
        norm, starts, ends = self._respell(norm, starts, ends)
        return Normalized(norm, tuple(starts), tuple(ends), len(text))

    def _respell(
        self, norm: str, starts: list[int], ends: list[int]
    ) -> tuple[str, list[int], list[int]]:
        if not self._fuzzy:
            return norm, starts, ends
        fixes: list[tuple[int, int, str]] = []
        for m in _LOWER_WORD.finditer(norm):
            word = m.group()
            if self._known(word) or word[:-1] in self.vocabulary or word in self.dictionary:
                continue
            if _among_spanish(norm, m.start(), m.end()):
                continue  # "te voy a buscar al trabajo": a Spanish word, not a misspelt "Buspar"
            found = _one_edit_from(word, self._fuzzy)
            if len(found) == 1:
                fixes.append((m.start(), m.end(), found.pop()))
        if not fixes:
            return norm, starts, ends
        out_c: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        pos = 0
        for a, b, new in fixes:
            out_c.extend(norm[pos:a])
            out_s.extend(starts[pos:a])
            out_e.extend(ends[pos:a])
            for k, ch in enumerate(new):
                src = min(a + k, b - 1)
                out_c.append(ch)
                out_s.append(starts[src])
                out_e.append(ends[b - 1] if k == len(new) - 1 else ends[src])
            pos = b
        out_c.extend(norm[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
        return "".join(out_c), out_s, out_e

    @staticmethod
    def _homoglyphs(chars: list[str]) -> None:
        n = len(chars)
        i = 0
        while i < n:
            if not chars[i].isalpha():
                i += 1
                continue
            j = i
            while j < n and chars[j].isalpha():
                j += 1
            scripts = {_script(c) for c in chars[i:j]}
            if "latin" in scripts and (scripts & {"cyrillic", "greek"}):
                for k in range(i, j):
                    chars[k] = HOMOGLYPHS.get(chars[k], chars[k])
            i = j

    def _collapse_spaced(
        self, norm: str, starts: list[int], ends: list[int]
    ) -> tuple[str, list[int], list[int]]:
        if not self.vocabulary:
            return norm, starts, ends
        pieces: list[tuple[int, int, str]] = []
        for m in _SPACED.finditer(norm):
            letters = [k for k in range(m.start(), m.end()) if norm[k].isalpha()]
            word = "".join(norm[k] for k in letters)
            if self._known(word):
                pieces.append((m.start(), m.end(), "".join(str(k) + "," for k in letters)))
        if not pieces:
            return norm, starts, ends
        out_c: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        pos = 0
        for a, b, keep in pieces:
            out_c.extend(norm[pos:a])
            out_s.extend(starts[pos:a])
            out_e.extend(ends[pos:a])
            for k in (int(x) for x in keep.split(",") if x):
                out_c.append(norm[k])
                out_s.append(starts[k])
                out_e.append(ends[k])
            pos = b
        out_c.extend(norm[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
        return "".join(out_c), out_s, out_e

    def _deleet(self, norm: str) -> str:
        if not self.vocabulary:
            return norm
        chars = list(norm)
        for m in _WORDISH.finditer(norm):
            word = m.group()
            core = word.rstrip("!|+$@")  # trailing punctuation is punctuation, not leet
            if len(core) < 3 or core.isalpha() or sum(c.isalpha() for c in core) < 2:
                continue  # "41M", "4C", "T1D" are codes, not leetspeak
            if core.isdigit() or not re.search(r"[a-zA-Z]", core):
                continue
            fixed = self._repair(core)
            if fixed is not None:
                for k, c in enumerate(fixed):
                    chars[m.start() + k] = c
        return "".join(chars)

    def _repair(self, word: str) -> str | None:
        # Only words that mix letters with leet digits/symbols or a mask character.
        if not any(c in LEET or c == "*" for c in word):
            return None
        if "'" in word or "’" in word:
            return None
        for table in (LEET, {**LEET, **LEET_ALT}):
            cand = "".join(table.get(c, c) if not c.isalpha() else c for c in word)
            if "*" not in cand and cand.isalpha() and self._known(cand):
                return _match_case(word, cand)
        if "*" in word:
            # A masked slur such as "f*gs": one or two letters replaced by asterisks.
            base = "".join(LEET.get(c, c) if not c.isalpha() and c != "*" else c for c in word)
            pattern = re.compile(
                "".join("[a-z]" if c == "*" else re.escape(c.lower()) for c in base) + "$"
            )
            for length in (len(base), len(base) - 1):
                for cand in self._by_len.get(length, ()):
                    target = cand if length == len(base) else cand + "s"
                    if pattern.match(target):
                        return _match_case(word, target)
        return None


# Function words only Spanish has; two of them around a word say the word is Spanish too, and
# the English dictionary that guards respelling knows nothing of Spanish.
SPANISH_FUNCTION_WORDS = frozenset(
    "de la que el los las del por con una para al lo como más pero ya porque esta cuando muy "
    "sin también hasta hay donde dónde yo te tú mi mis voy vas va sé y se le les nos su sus "
    "es está están eso este ese ni".split()
)


def _among_spanish(text: str, start: int, end: int) -> bool:
    around = re.findall(r"[^\W\d_]+", text[max(0, start - 40) : end + 40].lower())
    return sum(w in SPANISH_FUNCTION_WORDS for w in around) >= 2


def _match_case(original: str, repaired: str) -> str:
    return "".join(r.upper() if o.isupper() else r for o, r in zip(original, repaired, strict=True))
