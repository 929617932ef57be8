"""Review fixtures: a stand-in redactor (the real one in tests marked slow) and a scenario."""

from tests.review.fixtures import fast_redactor, s  # noqa: F401 - shared fixtures
