"""Fixtures shared by the review and board tests: a stand-in redactor and a scenario."""

import pytest

from tests.review import scenario as sc


@pytest.fixture(autouse=True)
def fast_redactor(request, app):
    """Use the stand-in redactor unless the test is marked slow (the real spaCy pipeline)."""
    if request.node.get_closest_marker("slow") is None:
        app.config["REDACTOR_FACTORY"] = sc.FakeRedactor


@pytest.fixture
def s(app, make_user):
    """A submitted vetting with two findings awaiting validation."""
    return sc.build(app, make_user)
