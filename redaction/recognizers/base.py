"""What a recogniser is: a named source of candidate spans over the normalised text.

Modelled on Presidio's recognisers: each one is small and named, and its patterns are data
(compiled regular expressions with the category and kind they stand for). The detector asks
every registered recogniser for candidates, then decides among them in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# (start, end, category, reason) over the normalised text.
Cand = tuple[int, int, str, str]

_F = re.IGNORECASE


def rx(pattern: str, flags: int = _F) -> re.Pattern:
    """Compile a rule; keywords match in any case, but "[A-Z]" still means a capital letter."""
    if flags & re.IGNORECASE:
        pattern = pattern.replace("[A-Z]", "(?-i:[A-Z])")
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class PatternRecognizer:
    """Regular-expression patterns, each tagged with a category and a kind.

    When a pattern has a capturing group that took part in the match, group 1 is the mention
    and the rest of the match is only its context ("born in (Manila)").
    """

    name: str
    patterns: tuple[tuple[re.Pattern, str, str], ...]

    def analyze(self, text: str) -> Iterator[Cand]:
        """Yield a candidate for every match of every pattern."""
        for pattern, category, kind in self.patterns:
            for m in pattern.finditer(text):
                g = 1 if pattern.groups and m.group(1) else 0
                if m.end(g) > m.start(g):
                    yield m.start(g), m.end(g), category, f"rule:{category}:{kind}"


@dataclass(frozen=True)
class FunctionRecognizer:
    """A recogniser whose decision needs more than a pattern (numbers checked, lists counted)."""

    name: str
    find: Callable[[str], Iterable[Cand]]

    def analyze(self, text: str) -> Iterable[Cand]:
        """Yield the function's candidates."""
        return self.find(text)
