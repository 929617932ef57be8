"""Turn spans into neutral placeholders for the board."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .results import Span

PLACEHOLDER = "[redacted]"
GROUP_PLACEHOLDER = "[a protected group]"
GROUP_MARK = "target group"
# Spans separated only by blanks, hyphens or slashes read as one mention
# ("34M", "half Black half Mexican").
_JOINABLE_GAP = re.compile(r"[\s\-/]*")


def is_group(span: Span) -> bool:
    """Whether the span names a group targeted by biased speech (it gets a readable placeholder)."""
    return GROUP_MARK in span.reason


def render(text: str, spans: Sequence[Span]) -> str:
    """Replace each span (merging overlapping or adjacent ones) with a neutral placeholder."""
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, s.end)
    )
    merged: list[list] = []  # [start, end, all_group]
    for s in ordered:
        if merged and (
            s.start <= merged[-1][1] or _JOINABLE_GAP.fullmatch(text[merged[-1][1] : s.start])
        ):
            merged[-1][1] = max(merged[-1][1], s.end)
            merged[-1][2] = merged[-1][2] and is_group(s)
        else:
            merged.append([s.start, s.end, is_group(s)])
    out: list[str] = []
    pos = 0
    for start, end, group in merged:
        out.append(text[pos:start])
        # A placeholder never fuses with a neighbouring word ("[redacted]park").
        if start > 0 and text[start - 1].isalnum():
            out.append(" ")
        out.append(GROUP_PLACEHOLDER if group else PLACEHOLDER)
        if end < len(text) and text[end].isalnum():
            out.append(" ")
        pos = end
    out.append(text[pos:])
    return "".join(out)
