"""Load the JSONL pattern files: lexicon phrases, token patterns and decoys."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

PATTERN_DIR = Path(__file__).parent / "patterns"
# Hand-written files first, then short curated lists, then entries built from public sources
# (scripts/build_lexicons.py); see patterns/SOURCES.md.
PATTERN_GLOBS = ("*.jsonl", "curated/*.jsonl", "generated/*.jsonl")

CATEGORIES = (
    "race_color",
    "national_origin",
    "religion",
    "sex",
    "sexual_orientation",
    "gender_identity",
    "age",
    "disability",
    "pregnancy",
    "genetic_information",
    "marital_status",
    "military_status",
    "political_affiliation",
)
KEEP = "KEEP"
# "cap": only when capitalised; "person": only about people; "own": the writer's own;
# "cue": a common word or place name, only beside a context cue (redaction/context.py);
# "hashtag": a stem found inside a hashtag body ("#34semanas"), never as a word of its own;
# "noun": a noun that is also a verb, not where it is a verb with an object ("drag a dummy").
CONTEXTS = ("", "cap", "person", "own", "cue", "hashtag", "noun")


@dataclass(frozen=True)
class Entry:
    """One pattern line: a phrase (str) or a spaCy Matcher token pattern (list)."""

    label: str
    pattern: str | list
    kind: str
    attr: str = "LOWER"
    context: str = ""
    group: bool = False
    # Misspelling repair checks candidates against an English dictionary, so only English
    # entries may be its targets ("cansada" must never become "casada").
    lang: str = "en"
    source: str = field(default="", compare=False)


class PatternError(ValueError):
    """A pattern file or agency lexicon entry is malformed."""


def _entry(obj: Mapping, source: str) -> Entry:
    label = obj.get("label")
    pattern = obj.get("pattern")
    if label not in CATEGORIES and label != KEEP:
        raise PatternError(f"{source}: unknown label {label!r}")
    if not isinstance(pattern, (str, list)) or not pattern:
        raise PatternError(f"{source}: pattern must be a non-empty string or token list")
    if obj.get("context", "") not in CONTEXTS:
        raise PatternError(f"{source}: unknown context {obj.get('context')!r}")
    return Entry(
        label=label,
        pattern=pattern,
        kind=str(obj.get("id", "lexicon")),
        attr=str(obj.get("attr", "LOWER")),
        context=str(obj.get("context", "")),
        group=bool(obj.get("group", False)),
        lang=str(obj.get("lang", "en")),
        source=source,
    )


def load_patterns(directory: Path = PATTERN_DIR) -> list[Entry]:
    """Read every pattern file of the package, in a stable order; skip header lines."""
    entries: list[Entry] = []
    for glob in PATTERN_GLOBS:
        for path in sorted(directory.glob(glob)):
            name = path.relative_to(directory).as_posix()
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    obj = json.loads(line)
                    if "label" not in obj and any(k.startswith("_") for k in obj):
                        continue  # a generated file's header: provenance, not a pattern
                    entries.append(_entry(obj, f"{name}:{n}"))
    return entries


def agency_entries(lexicon: Iterable[Mapping] | None) -> Iterator[Entry]:
    """Turn an agency lexicon (redact or keep phrases) into pattern entries."""
    for n, item in enumerate(lexicon or (), 1):
        text = item.get("text")
        action = item.get("action", "redact")
        if not isinstance(text, str) or not text.strip():
            raise PatternError(f"agency lexicon entry {n}: 'text' must be a non-empty string")
        if action == "keep":
            yield Entry(KEEP, text.strip(), "agency-keep", source=f"agency:{n}")
        elif action == "redact":
            category = item.get("category")
            if category not in CATEGORIES:
                raise PatternError(f"agency lexicon entry {n}: unknown category {category!r}")
            yield Entry(category, text.strip(), "agency", source=f"agency:{n}")
        else:
            raise PatternError(f"agency lexicon entry {n}: action must be 'redact' or 'keep'")


def generated_list(name: str) -> list[str]:
    """The lines of a generated list read by a rule (not the phrase matcher), header left out."""
    text = (PATTERN_DIR / "generated" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def repair_targets(entries: Iterable[Entry]) -> set[str]:
    """Distinctive English lexicon words a misspelling may be repaired into ("pregant")."""
    return {
        e.pattern.lower()
        for e in entries
        if e.label != KEEP
        and isinstance(e.pattern, str)
        and not e.context
        and e.lang == "en"
        and e.attr != "ORTH"
        and e.pattern.isalpha()
    }


def vocabulary(entries: Iterable[Entry]) -> set[str]:
    """Single words of protected phrases, used to accept de-obfuscation repairs."""
    words: set[str] = set()
    for e in entries:
        # Cue entries (place names, everyday words) must not license "repairs" into them.
        if e.label != KEEP and isinstance(e.pattern, str) and e.context != "cue":
            for w in e.pattern.split():
                if w.isalpha() and len(w) >= 3:
                    words.add(w.lower())
    return words
