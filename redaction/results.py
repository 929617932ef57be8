"""Frozen result objects returned by the redactor."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the original text that must not reach a decision maker."""

    start: int
    end: int
    category: str
    reason: str

    def to_dict(self) -> dict:
        """Return the span as the JSON object of the CLI contract."""
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class RedactionResult:
    """The original text, its rendered redaction and the spans that produced it.

    ``suspects`` are mentions that look protected but lacked the context to be redacted
    ("Black" with no person nearby): left in the text, for a reviewer to check.
    """

    text: str
    redacted: str
    spans: tuple[Span, ...]
    suspects: tuple[Span, ...] = ()
