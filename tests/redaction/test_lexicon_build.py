"""Lexicons built from curated sources: the build, its tiers, the loader and the cue check."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy

from redaction.context import cue_holds
from redaction.lexicon import PATTERN_DIR, PatternError, load_patterns
from tests.redaction.conftest import covered, touched

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_lexicons.py"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_lexicons", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tiering():
    return _build_module().Tiering()


# -- the build ------------------------------------------------------------------------------
@pytest.mark.slow
def test_build_is_deterministic(tmp_path):
    outputs = []
    for run in ("first", "second"):
        out = tmp_path / run
        # Separate processes with different hash seeds: set order must not leak into the files.
        env = {**os.environ, "PYTHONHASHSEED": str(len(outputs) + 1)}
        subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, env=env)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))})
    assert outputs[0], "the build wrote nothing"
    assert "disability.medications.jsonl" in outputs[0]
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    "word", ["lithium", "Georgia", "Mercury", "Temple", "Marine", "Bath", "Of", "Christian"]
)
def test_common_words_and_names_need_a_cue(tiering, word):
    assert tiering.common(word)


@pytest.mark.parametrize("word", ["Lamotrigine", "Peruvian", "Nairobi", "Socialist Workers Party"])
def test_rare_words_and_proper_names_redact_alone(tiering, word):
    assert not tiering.common(word)


def test_lower_case_phrase_of_common_words_needs_a_cue(tiering):
    assert tiering.common("failed trial of labor")


# -- the generated files --------------------------------------------------------------------
def _generated():
    return sorted((PATTERN_DIR / "generated").glob("*.jsonl"))


def test_every_generated_file_starts_with_its_provenance():
    assert _generated()
    for path in _generated():
        header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert header["_generated_by"] == "scripts/build_lexicons.py"
        for source in header["_sources"]:
            assert source["name"] and source["version"] and source["licence"], path.name


def test_every_generated_entry_names_its_source():
    for path in _generated():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            entry = json.loads(line)
            assert entry.get("source"), f"{path.name}: {line}"
            assert entry.get("context", "cue") == "cue", f"{path.name}: {line}"


def test_sources_md_names_every_generated_and_curated_file():
    sources = (PATTERN_DIR / "SOURCES.md").read_text(encoding="utf-8")
    files = [*_generated(), *sorted((PATTERN_DIR / "curated").glob("*.jsonl"))]
    assert files
    for path in files:
        assert path.name in sources, path.name


def test_the_package_ships_every_pattern_file_it_reads():
    pyproject = tomllib.loads((PATTERN_DIR.parents[1] / "pyproject.toml").read_text())
    globs = pyproject["tool"]["setuptools"]["package-data"]["redaction"]
    package = PATTERN_DIR.parent
    for path in PATTERN_DIR.rglob("*"):
        if path.is_file() and path.suffix != ".md":
            name = path.relative_to(package)
            assert any(name.match(glob) for glob in globs), f"{name} is not in package-data"


def test_a_bare_installation_name_needs_a_cue():
    path = PATTERN_DIR / "generated" / "military_status.installations.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    by_name = {e["pattern"]: e for e in entries}
    assert by_name["Altus"]["context"] == "cue"
    assert "context" not in by_name["Altus AFB"]
    assert by_name["Carson"]["context"] == "cue"  # "Fort Carson" without its kind


def test_a_long_installation_name_is_also_said_by_its_first_word():
    path = PATTERN_DIR / "generated" / "military_status.installations.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    by_name = {e["pattern"]: e for e in entries}
    assert "context" not in by_name["NAS Whidbey"]  # "NAS Whidbey Island"
    assert "MCB Camp" not in by_name  # an everyday first word says nothing


def test_everyday_words_near_a_repair_target_are_never_respelled():
    path = PATTERN_DIR / "generated" / "english.near_lexicon_words.txt"
    words = set(path.read_text(encoding="utf-8").splitlines()[1:])
    assert {"muzzle", "bender"} <= words  # one edit from a slur, but words of their own
    assert "honkey" not in words  # rare: likelier a misspelt slur


def test_person_nouns_are_wordnet_people_and_colour_compounds_naming_no_race_are_set_apart():
    path = PATTERN_DIR / "generated" / "english.person_nouns.txt"
    lines = set(path.read_text(encoding="utf-8").splitlines()[1:])
    assert {"referee", "longshoreman", "widow"} <= lines
    assert not {"ice", "lab", "hoodie"} & lines  # things, not people
    assert "!black widow" in lines  # a spider
    assert "!black man" not in lines  # a race


def test_breeds_species_and_foods_named_with_a_protected_word_are_look_alikes():
    path = PATTERN_DIR / "generated" / "decoys.wordnet.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    names = {e["pattern"] for e in entries}
    assert {e["label"] for e in entries} == {"KEEP"}
    assert {"German shorthaired pointer", "Spanish mackerel", "Russian olive"} <= names
    assert "Black Muslim" not in names  # a person, not a thing


def test_a_field_is_said_by_its_name_with_a_cue():
    path = PATTERN_DIR / "generated" / "military_status.installations.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    by_name = {e["pattern"]: e for e in entries}
    assert by_name["Hurlburt"]["context"] == "cue"  # "Hurlburt Field"


def test_demonyms_ending_in_i_have_their_plural():
    path = PATTERN_DIR / "generated" / "national_origin.demonyms.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    plurals = {e["pattern"] for e in entries if e.get("group")}
    assert {"Somalis", "Pakistanis", "Iraqis", "Thais"} <= plurals
    assert "Chineses" not in plurals


def test_a_politicians_name_always_needs_a_cue():
    path = PATTERN_DIR / "generated" / "political_affiliation.politicians.jsonl"
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert entries
    assert all(e["context"] == "cue" for e in entries)
    by_name = {e["pattern"] for e in entries}
    assert "Warnock" in by_name  # a rare surname stands alone
    assert "Moore" not in by_name  # a common one only in a full name


def test_a_peoples_name_that_is_also_a_place_needs_a_cue():
    path = PATTERN_DIR / "generated" / "race_color.peoples.jsonl"
    entries = {
        e["pattern"]: e for e in map(json.loads, path.read_text(encoding="utf-8").splitlines()[1:])
    }
    assert entries["Kalispel"]["label"] == "race_color"
    assert "context" not in entries["Kalispel"]
    assert entries["Spokane"]["context"] == "cue"  # a city as well
    assert entries["Clear Lake"]["context"] == "cue"


def test_a_short_or_word_like_gene_symbol_needs_a_genetic_word():
    path = PATTERN_DIR / "generated" / "genetic_information.genes.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# gene symbols of the HPO")
    tiers = dict(line.split("\t") for line in lines[1:])
    assert tiers["BRCA1"] == "alone"
    assert tiers["HFE"] == "cue"


def test_only_living_languages_are_origins():
    path = PATTERN_DIR / "generated" / "national_origin.languages.jsonl"
    names = {json.loads(line)["pattern"] for line in path.read_text().splitlines()[1:]}
    assert {"Chuukese", "Kinyarwanda"} <= names
    assert not {"Latin", "Klingon", "Akkadian", "British English"} & names


def test_place_names_always_need_a_cue():
    for name in (
        "national_origin.countries.jsonl",
        "national_origin.cities.jsonl",
        "national_origin.subdivisions.jsonl",
    ):
        lines = (PATTERN_DIR / "generated" / name).read_text(encoding="utf-8").splitlines()[1:]
        assert lines
        assert all(json.loads(line)["context"] == "cue" for line in lines)


# -- the loader -----------------------------------------------------------------------------
def _write(path: Path, *objects) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")


def test_loader_reads_generated_and_curated_files_and_skips_headers(tmp_path):
    header = {"_generated_by": "scripts/build_lexicons.py", "_sources": []}
    _write(tmp_path / "religion.jsonl", {"label": "religion", "pattern": "Lent", "id": "x"})
    _write(tmp_path / "curated" / "a.jsonl", {"label": "age", "pattern": "sexagenarian"})
    _write(
        tmp_path / "generated" / "b.jsonl",
        header,
        {"label": "disability", "pattern": "lithium", "id": "medication", "context": "cue"},
    )
    entries = load_patterns(tmp_path)
    assert [e.pattern for e in entries] == ["Lent", "sexagenarian", "lithium"]
    assert entries[2].context == "cue"
    assert entries[2].source == "generated/b.jsonl:2"


def test_loader_refuses_an_unknown_context(tmp_path):
    _write(tmp_path / "x.jsonl", {"label": "age", "pattern": "old", "context": "maybe"})
    with pytest.raises(PatternError, match="unknown context"):
        load_patterns(tmp_path)


# -- the cue check --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _cue(nlp, text: str, word: str, label: str) -> bool:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    return cue_holds(doc, i, i + 1, label)


@pytest.mark.parametrize(
    "text",
    [
        "She was born in Nairobi.",
        "He moved from Nairobi in 2010.",
        "a citizen of Nairobi",
        "proud of her Nairobi roots",
        "a Nairobi-born officer",
    ],
)
def test_origin_cues(nlp, text):
    assert _cue(nlp, text, "Nairobi", "national_origin")


@pytest.mark.parametrize("text", ["We visited Nairobi last year.", "Nairobi is busy."])
def test_a_place_alone_is_not_an_origin(nlp, text):
    assert not _cue(nlp, text, "Nairobi", "national_origin")


@pytest.mark.parametrize(
    "text", ["He is on lithium.", "She stopped lithium.", "her lithium dose went up"]
)
def test_treatment_cues(nlp, text):
    assert _cue(nlp, text, "lithium", "disability")


def test_treatment_words_count_only_in_the_same_sentence(nlp):
    assert not _cue(nlp, "The lithium battery died. My doctor called.", "lithium", "disability")


def test_categories_without_a_cue_rule_never_hold(nlp):
    assert not _cue(nlp, "He is on temple duty.", "temple", "religion")


# -- end to end -----------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("text", ["He is on Lamotrigine now.", "Lamotrigine"])
def test_rare_medicine_redacts_alone(redactor, text):
    start = text.index("Lamotrigine")
    assert covered(redactor.redact(text), start, start + len("Lamotrigine"))


@pytest.mark.slow
def test_common_word_medicine_needs_a_cue(redactor):
    assert not touched(redactor.redact("The lithium battery died."), 4, 11)
    result = redactor.redact("He has been on lithium since 2019.")
    assert covered(result, 15, 22)


@pytest.mark.slow
def test_foreign_city_needs_an_origin_cue(redactor):
    assert not touched(redactor.redact("We visited Nairobi last year."), 11, 18)
    assert covered(redactor.redact("She has Nairobi roots."), 8, 15)
    assert not touched(redactor.redact("Lima beans for dinner."), 0, 4)
    assert covered(redactor.redact("He was born in Lima."), 15, 19)


@pytest.mark.slow
def test_street_drug_context_still_wins_over_a_generated_medicine(redactor):
    assert not touched(redactor.redact("He was selling oxycodone pills at school."), 15, 24)
    assert covered(redactor.redact("He was prescribed oxycodone after surgery."), 18, 27)


def test_a_division_goes_by_the_name_people_say():
    import pycountry

    names = _build_module().division_names
    assert {"Michoacán", "Michoacan"} <= names(pycountry.subdivisions.get(code="MX-MIC"))
    assert "Fujian" in names(pycountry.subdivisions.get(code="CN-FJ"))
    assert "Ciudad" not in names(pycountry.subdivisions.get(code="MX-CMX"))


def test_war_zones_are_places_of_the_theatres_only():
    path = PATTERN_DIR / "generated" / "military_status.war_zones.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# war zones")
    assert {"Kandahar", "Fallujah", "Ramadi", "Kuwait"} <= set(lines[1:])
    assert not {"Paris", "Manila", "Portland"} & set(lines[1:])
