"""The main menu: each blueprint adds its entry for the role that uses it."""
from __future__ import annotations

from flask import Flask, current_app
from flask_login import current_user

_entries: list[tuple[str, str, str]] = []


def add(role: str, endpoint: str, label: str) -> None:
    """Show ``label`` linking to ``endpoint`` to users holding ``role``."""
    if (role, endpoint, label) not in _entries:
        _entries.append((role, endpoint, label))


def links() -> list[tuple[str, str, str]]:
    """The menu entries for the signed-in user, in the order they were added."""
    if not current_user.is_authenticated:
        return []
    seen, out = set(), []
    for role, endpoint, label in _entries:
        if role in current_user.roles and endpoint in current_app.view_functions \
                and endpoint not in seen:
            seen.add(endpoint)
            out.append((endpoint, label, role))
    return out


def register(app: Flask) -> None:
    """Offer ``nav_links()`` to every template."""
    app.context_processor(lambda: {"nav_links": links})
