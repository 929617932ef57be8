"""Sex: groups and organisations named for the women or the men in them.

Most mentions of sex need the parse (recognizers/people.py); a group's own name does not.
"""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # "Women in Federal Law Enforcement", "Women of Local 150", "Men in Nursing": a member's
    # sex, whichever it is.
    (
        rx(
            r"\b(?:Women|Ladies|Men|Gentlemen)\s+(?:of|in|on)\s+(?:the\s+)?"
            r"[A-Z0-9][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z0-9][\w&'’.-]*){0,4}",
            0,
        ),
        "sex",
        "named-group",
    ),
)

RECOGNIZERS = (PatternRecognizer("sex", RULES),)
