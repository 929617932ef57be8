"""Redaction of protected-class information from background-check findings.

Detection returns result objects (spans with category and reason); a separate renderer
turns them into neutral placeholders for the hiring board.
"""

from .lexicon import CATEGORIES
from .redactor import Redactor
from .render import render
from .results import RedactionResult, Span

__all__ = ["CATEGORIES", "RedactionResult", "Redactor", "Span", "render"]
