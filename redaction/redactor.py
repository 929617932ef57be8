"""The Redactor: normalise, detect, map back, render."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping

from .lexicon import (
    agency_entries,
    generated_list,
    load_patterns,
    repair_targets,
    vocabulary,
)
from .normalize import Normalizer
from .pipeline import build_pipeline
from .render import GROUP_MARK, render
from .results import RedactionResult, Span


class Redactor:
    """Find and redact protected-class information; build once, reuse for many texts."""

    def __init__(self, agency_lexicon: Iterable[Mapping] | None = None) -> None:
        entries = load_patterns() + list(agency_entries(agency_lexicon))
        self.entries = tuple(entries)
        fuzzy = repair_targets(entries)
        self.nlp, self.model = build_pipeline(entries)
        # The model's string store, read before any text is processed, doubles as a dictionary
        # of real English words that must never be "corrected" into a lexicon word.
        # WordNet's words one edit from a repair target complete it ("muzzle" is no "muzzie").
        dictionary = (
            frozenset(w.lower() for w in self.nlp.vocab.strings)
            | frozenset(generated_list("english.near_lexicon_words.txt"))
            if self.model
            else frozenset()
        )
        slurs = {e.pattern for e in entries if e.kind == "slur" and isinstance(e.pattern, str)}
        self.normalizer = Normalizer(vocabulary(entries), fuzzy, dictionary, masked=slurs)

    def redact(self, text: str) -> RedactionResult:
        """Redact one text."""
        return next(self.redact_many([text]))

    def redact_many(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[RedactionResult]:
        """Redact many texts, streaming them through the pipeline in batches."""
        pending: deque = deque()

        def normalised():
            for text in texts:
                if not isinstance(text, str):
                    raise TypeError(f"expected str, got {type(text).__name__}")
                norm = self.normalizer.normalize(text)
                pending.append((text, norm))
                yield norm.text

        for doc in self.nlp.pipe(normalised(), batch_size=batch_size):
            text, norm = pending.popleft()
            yield self._result(text, norm, doc._.vetting_spans or [], doc._.vetting_suspects or [])

    @staticmethod
    def _result(text: str, norm, found, suspected=()) -> RedactionResult:
        spans: list[Span] = []
        for s, e, category, reason, group in found:
            start, end = norm.to_original(s, e)
            start, end = _trim(text, start, end)
            if end <= start:
                continue
            if spans and start < spans[-1].end:
                start = spans[-1].end
                if end <= start:
                    continue
            if group:
                reason = f"{reason} ({GROUP_MARK})"
            spans.append(Span(start, end, category, reason))
        suspects = []
        for s, e, category, reason, _ in suspected:
            start, end = _trim(text, *norm.to_original(s, e))
            if end > start and not any(x.start < end and start < x.end for x in spans):
                suspects.append(Span(start, end, category, reason))
        return RedactionResult(
            text=text,
            redacted=render(text, spans),
            spans=tuple(spans),
            suspects=tuple(sorted(set(suspects))),
        )


# Blanks, quotes, brackets and sentence punctuation at a span's edges belong to the sentence,
# not to the mention: "these mexicans' park" must render "these [redacted]' park".
# "#" and "@" stay: they are part of a hashtag or handle.
_EDGE = frozenset(" \t\r\n\u00a0'\"`“”‘’«»()[]{}<>,.;:!?¡¿…-–—/\\|*_~")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to start and end on a word character (or a kept symbol)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
