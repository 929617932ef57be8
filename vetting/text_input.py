r"""Refuse text no database can store, before any view reads it.

A NUL character is refused by PostgreSQL (and by nothing a person types); a lone surrogate
(``"\ud800"`` in JSON) cannot be encoded as UTF-8 at all, so SQLite and PostgreSQL both fail
on it. Either would surface as a 500 deep inside a service, after part of the work was done.
One check on every request refuses them up front, with a plain 422: every form field and
query-string value, the path, and every string (and key) of a JSON body.
"""
from __future__ import annotations

import json
import re

from flask import Flask, request

from vetting.services.errors import Invalid

NUL_MESSAGE = "Text in the request must not contain NUL (\\u0000) characters."
SURROGATE_MESSAGE = ("Text in the request must be valid Unicode: a lone surrogate "
                     "(\\ud800 to \\udfff) is not a character.")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def unstorable(text: str) -> str | None:
    """Why ``text`` cannot be stored (the refusal's message), or None when it can."""
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    return NUL_MESSAGE if found.group() == "\x00" else SURROGATE_MESSAGE


def first_unstorable(value) -> str | None:
    """The refusal for the first unstorable string in a parsed JSON value (walked, not recursed)."""
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            problem = unstorable(value)
            if problem:
                return problem
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return None


def _json_body():
    """The request body parsed as JSON when it is meant as JSON; None otherwise.

    The API does not insist on the Content-Type, so any body sent to it that is not a form is
    read as JSON; a body that does not parse is left for the view to refuse.
    """
    if request.mimetype in _FORM_TYPES:
        return None
    if not (request.is_json or request.path.startswith("/api/")):
        return None
    raw = request.get_data(cache=True)  # enforces MAX_CONTENT_LENGTH (413)
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def refuse_unstorable_text() -> None:
    """Refuse (422) a request carrying a NUL character or a lone surrogate anywhere in its text."""
    sources = [request.args]
    if request.mimetype in _FORM_TYPES:
        if request.mimetype == _FORM_TYPES[0]:
            # Kept, so a view that reads the raw body (the API refusing a form) still can;
            # multipart bodies (evidence files) are parsed as a stream instead.
            request.get_data(cache=True)
        sources.append(request.form)
    texts = [request.path]
    for fields in sources:
        for name, values in fields.lists():
            texts.append(name)
            texts.extend(values)
    for text in texts:
        problem = unstorable(text)
        if problem:
            raise Invalid(problem)
    problem = first_unstorable(_json_body())
    if problem:
        raise Invalid(problem)


def register(app: Flask) -> None:
    """Run the check before every other check but the request id (CSRF, throttle, policy)."""
    funcs = app.before_request_funcs.setdefault(None, [])
    funcs.insert(1 if funcs else 0, refuse_unstorable_text)
