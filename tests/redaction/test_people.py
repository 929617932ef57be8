"""Words about people read from the parse: sex, age and colour said of a person, treated alike."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.redaction.conftest import covered, span_of, touched

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("He posted that women are terrible drivers.", "women", "sex"),
        ("He posted that men are terrible drivers.", "men", "sex"),
        ("She wrote that girls can't handle patrol.", "girls", "sex"),
        ("She wrote that boys can't handle patrol.", "boys", "sex"),
        ('"As a woman in this job I get tested daily."', "woman", "sex"),
        ('"As a man in this job I get tested daily."', "man", "sex"),
        ("Every woman on the crew signed it.", "woman", "sex"),
        ('Reply: "Never let a woman touch your engine"', "woman", "sex"),
        ('Reply: "Never let a man touch your engine"', "man", "sex"),
        ("He joked about the male nurse at the clinic.", "male", "sex"),
        ('Comment: "the old man next door should be in a home".', "old man", "age"),
        ('Comment: "young people these days are soft".', "young people", "age"),
        ("He said she is too old to be a cop.", "old", "age"),
        ("He said the elderly lady was in the way.", "elderly lady", "age"),
        ("He said he got stopped because he's black.", "black", "race_color"),
        ("He said he got hired because he's white.", "white", "race_color"),
        ('"the whites in this town run everything"', "whites", "race_color"),
        ("They treat the women guards worse, she wrote.", "women", "sex"),
        ("They treat the men guards worse, she wrote.", "men", "sex"),
        ("She said a girl can't drag a 165 lb dummy.", "girl", "sex"),
        ("She said a boy can't drag a 165 lb dummy.", "boy", "sex"),
        ('Comment: "a woman coaching varsity ball? no way"', "woman", "sex"),
        ('Comment: "a man teaching kindergarten? no way"', "man", "sex"),
        ("She was the one gal on the crew.", "one gal", "sex"),
        ('Comment: "Black neighborhoods are zoos"', "Black", "race_color"),
        ('Comment: "white neighborhoods are zoos"', "white", "race_color"),
        ('"only girl on the crew and the only Black one"', "Black", "race_color"),
        ('"every Crow I have booked was drunk"', "Crow", "race_color"),
        ("His intro says half Northern Cheyenne.", "Cheyenne", "race_color"),
    ],
)
def test_said_of_a_person_is_redacted(redactor, text, word, category):
    result = redactor.redact(text)
    start, end = span_of(text, word)
    assert covered(result, start, end), result.spans
    assert any(s.category == category for s in result.spans if s.start < end and start < s.end)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two men fought outside the bar after closing.", "men"),
        ("Video shows three women crossing the street.", "women"),
        ("His truck is black with chrome rims.", "black"),
        ("He drove an old truck with a white camper shell.", "white"),
        ("He met an old friend from his platoon days at the range.", "old friend"),
        ("His younger brother works at the dealership.", "younger"),
        ("She thanked the old crew at the shop.", "old crew"),
        ("A man couldn't find his keys, so he called us.", "man"),
        ("He waited outside the ladies room at the mall.", "ladies"),
        ("Crows were all over the Walmart lot.", "Crows"),
    ],
)
def test_incidental_or_about_a_thing_is_kept(redactor, text, word):
    result = redactor.redact(text)
    start, end = span_of(text, word)
    assert not touched(result, start, end), result.spans


# Frames written for this test; each counterpart set must be treated alike in the same frame.
FRAMES = (
    "He posted that {} are lazy and should stay home.",
    'Comment: "I would never trust {} with a badge".',
    "She wrote that {} ruin every workplace.",
    '"{} don\'t belong on patrol", he replied.',
)
COUNTERPARTS = (
    ("women", "men"),
    ("girls", "boys"),
    ("females", "males"),
    ("old people", "young people"),
    ("blacks", "whites"),
    ("Catholics", "Baptists", "Muslims", "Jews", "Mormons"),
    ("Democrats", "Republicans"),
)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(frame=st.sampled_from(FRAMES), group=st.sampled_from(COUNTERPARTS))
def test_counterparts_get_the_same_treatment(redactor, frame, group):
    treatments = set()
    for word in group:
        text = frame.format(word)
        start, end = span_of(text, word)
        result = redactor.redact(text)
        treatments.add((covered(result, start, end), len(result.spans)))
    assert len(treatments) == 1, (frame, group, treatments)


@pytest.mark.parametrize(
    ("frame", "group"),
    [
        ('"pulled over again for driving while {}"', ("Black", "White", "Brown")),
        ('"{} men have opinions about everything"', ("cis", "trans")),
        ('Wedding site: "{}. Johnson-Reyes, June 2024"', ("Mr. & Mr", "Mrs. & Mrs")),
    ],
)
def test_idioms_treat_counterparts_alike(redactor, frame, group):
    for word in group:
        text = frame.format(word)
        start, end = span_of(text, word)
        assert covered(redactor.redact(text), start, end), text
