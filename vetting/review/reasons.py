"""Why a redaction fired, in plain words for the reviewer instead of the pass's internal ids."""
from __future__ import annotations

from vetting.labels import human_label

# What each kind of recogniser means, said of the category it found.
_SOURCES = {
    "lexicon": "{category} word",
    "rule": "{category} pattern",
    "parse": "{category} said of a person",
    "hashtag": "{category} hashtag",
    "suspect": "looks like {category}: check whether it is about a person",
}
# The statistical model names groups by its own labels.
_MODEL_LABELS = {
    "NORP": "nationality, religious or political group",
    "GPE": "place of origin",
    "DATE": "age or date",
}


def plain_reason(reason: str | None) -> str:
    """'lexicon:religion:adherent:muslim' -> 'religion word'; other text is kept as written."""
    text = (reason or "").strip()
    source, _, rest = text.partition(":")
    if source == "model":
        label = rest.partition(":")[0]
        return f"{_MODEL_LABELS.get(label, 'named group')} (language model)"
    if source in _SOURCES and rest:
        category = rest.partition(":")[0]
        return _SOURCES[source].format(category=human_label("category", category))
    return text  # a reviewer's own words, or a reason the pass wrote in plain text
