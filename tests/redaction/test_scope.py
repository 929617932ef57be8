"""Span edges and family-history scopes: the owner, the treatment, the relative."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _span_with(result, word):
    (span,) = [s for s in result.spans if word in result.text[s.start : s.end]]
    return span, result.text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "word", "mention", "category"),
    [
        ("Posted that my wife sent it.", "wife", "my wife", "marital_status"),
        ("He tagged his husband in the photo.", "husband", "his husband", "sexual_orientation"),
        (
            "Says his wife works dispatch at APD, so he hears things.",
            "wife",
            "his wife works dispatch at APD",
            "marital_status",
        ),
        ("A toast to his wife of 30 years.", "wife", "his wife of 30 years", "marital_status"),
        ("Says he has been on Zoloft since March.", "Zoloft", "on Zoloft", "disability"),
        (
            '"Five years post-transition and thriving"',
            "transition",
            "post-transition",
            "gender_identity",
        ),
        (
            "My mom has bipolar disorder, he wrote.",
            "bipolar",
            "My mom has bipolar disorder",
            "genetic_information",
        ),
        (
            "Dad had early-onset Alzheimer's and it scares him.",
            "Alzheimer",
            "Dad had early-onset Alzheimer's",
            "genetic_information",
        ),
        (
            "Says Parkinson's runs on his mom's side.",
            "Parkinson",
            "Parkinson's runs on his mom's side",
            "genetic_information",
        ),
        (
            "Getting screened for the same cancer that took my mom, she wrote.",
            "cancer",
            "cancer that took my mom",
            "genetic_information",
        ),
        (
            "Says alcoholism runs hard on his dad's side.",
            "alcoholism",
            "alcoholism runs hard on his dad's side",
            "genetic_information",
        ),
        (
            '"my uncle and grandma both had Huntington\'s"',
            "Huntington",
            "my uncle and grandma both had Huntington's",
            "genetic_information",
        ),
        (
            '"mom, nana and tía Lupe all had breast cancer"',
            "breast",
            "mom, nana and tía Lupe all had breast cancer",
            "genetic_information",
        ),
        (
            '"grandpa and both his brothers had Alzheimer\'s by 60"',
            "Alzheimer",
            "grandpa and both his brothers had Alzheimer's by 60",
            "genetic_information",
        ),
        (
            '"mi abuelita, mi mamá y todas mis tías tienen diabetes"',
            "diabetes",
            "mi abuelita, mi mamá y todas mis tías tienen diabetes",
            "genetic_information",
        ),
        (
            "\"scared of getting my dad's Parkinson's\"",
            "Parkinson",
            "my dad's Parkinson's",
            "genetic_information",
        ),
    ],
)
def test_mention_covers_its_owner_or_relative(redactor, text, word, mention, category):
    span, covered_text = _span_with(redactor.redact(text), word)
    assert covered_text.endswith(mention)
    assert span.category == category


def test_a_condition_of_the_person_stays_disability(redactor):
    span, covered_text = _span_with(
        redactor.redact("He says he was diagnosed with diabetes last year."), "diabetes"
    )
    assert span.category == "disability"
    assert covered_text.endswith("diabetes")


def test_the_writers_own_condition_covers_the_owner(redactor):
    span, covered_text = _span_with(redactor.redact("Posted about my PTSD again."), "PTSD")
    assert covered_text == "my PTSD"


def test_a_third_persons_condition_leaves_the_owner(redactor):
    # "mocked her hijab": a third person's possessive can belong to the act being reported
    span, covered_text = _span_with(redactor.redact("He wrote about his PTSD in a post."), "PTSD")
    assert covered_text == "PTSD"


def test_the_owner_must_own_the_mention_itself(redactor):
    span, covered_text = _span_with(
        redactor.redact("Bought it from my Colombian plug last week."), "Colombian"
    )
    assert covered_text == "Colombian"


def test_a_mention_inside_an_organisations_name_takes_the_name(redactor):
    span, covered_text = _span_with(
        redactor.redact("He sings bass with the Tucson Gay Men's Chorus every spring."), "Gay"
    )
    assert covered_text == "Tucson Gay Men's Chorus"


def test_a_persons_name_after_a_title_stays(redactor):
    result = redactor.redact("Shared a post by Army Sgt. Daniel Ortiz about the parade.")
    assert "Daniel Ortiz" in result.redacted


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Posted about Air Guard drill at Kirtland this weekend.", "Air Guard drill at Kirtland"),
        ('"Two tours Iraq and I\'d go back"', "Two tours Iraq"),
        ("Went to misa at San Isidro before the game.", "misa at San Isidro"),
        ("Photo from iftar at the masjid last night.", "iftar at the masjid"),
    ],
)
def test_where_one_served_or_worships_joins_the_mention(redactor, text, mention):
    span, covered_text = _span_with(redactor.redact(text), mention.split()[0])
    assert covered_text == mention


def test_the_town_a_church_stands_in_stays(redactor):
    result = redactor.redact("Posted photos from Jewish services in Taos last spring.")
    assert "Taos" in result.redacted


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        ('"Dad had his first heart attack at 42"', "heart", "Dad had his first heart attack at 42"),
        ('"my tía had it too" she wrote under a post about diabetes', "tía", "my tía had it too"),
        (
            '"Alcoholism runs on both sides of my family"',
            "Alcoholism",
            "Alcoholism runs on both sides of my family",
        ),
        ('"all the breast cancer on my mom\'s side"', "breast", "breast cancer on my mom's side"),
        ('Diabetes? "It runs on my mom\'s side"', "It", "It runs on my mom's side"),
    ],
)
def test_family_history_takes_onset_inheritance_and_side(redactor, text, word, mention):
    span, covered_text = _span_with(redactor.redact(text), word)
    assert covered_text.endswith(mention)
    assert span.category == "genetic_information"


def test_a_side_of_the_body_is_not_a_side_of_the_family(redactor):
    span, covered_text = _span_with(redactor.redact("He has cancer on his left side."), "cancer")
    assert covered_text == "cancer"
    assert span.category == "disability"


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        ('Profile: "6 yrs at Cannon AFB, now in security"', "Cannon", "6 yrs at Cannon AFB"),
        ('"20 yrs of type 1 and still kicking"', "type", "20 yrs of type 1"),
        ('"Three rounds of IVF later, here she is"', "IVF", "Three rounds of IVF"),
        ('"Five years post-transition and happier"', "post", "Five years post-transition"),
        (
            'Profile: "served 22 years in the Coast Guard, now private security"',
            "Coast",
            "served 22 years in the Coast Guard",
        ),
    ],
)
def test_how_long_joins_the_mention(redactor, text, word, mention):
    span, covered_text = _span_with(redactor.redact(text), word)
    assert covered_text == mention


def test_the_definite_article_joins_the_mention(redactor):
    span, covered_text = _span_with(redactor.redact("She posted about the miscarriage."), "mis")
    assert covered_text == "the miscarriage"


def test_an_indefinite_article_stays_outside(redactor):
    span, covered_text = _span_with(
        redactor.redact("He wrote that he had a miscarriage scare."), "mis"
    )
    assert not covered_text.startswith("a ")


def test_a_relatives_history_leaves_the_persons_own_details_apart(redactor):
    text = "Her father, a 68-year-old Army vet, is getting chemo for colon cancer."
    result = redactor.redact(text)
    assert {"age", "military_status"} <= {s.category for s in result.spans}


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        ('"he shows up at my ex\'s house again"', "ex", "my ex's"),
        ('"I\'m 1/16 Choctaw lol"', "Choctaw", "1/16 Choctaw"),
        (
            '"got my Cherokee Nation citizenship card"',
            "Cherokee",
            "Cherokee Nation citizenship card",
        ),
        (
            '"my wife is a dispatcher at YCSO she said the guy was fine"',
            "wife",
            "my wife is a dispatcher at YCSO",
        ),
        (
            "Congratulated her husband, a Freeport-McMoRan safety supervisor, on it.",
            "husband",
            "husband, a Freeport-McMoRan safety supervisor",
        ),
        ('"dominicano de pura cepa"', "dominicano", "dominicano de pura cepa"),
    ],
)
def test_small_words_that_belong_to_a_mention_join_it(redactor, text, word, mention):
    _, covered_text = _span_with(redactor.redact(text), word)
    assert covered_text.endswith(mention)


def test_a_relative_who_reports_the_illness_is_not_its_subject(redactor):
    text = "Post by the candidate's sister: candidate was diagnosed with Hodgkin's at 26."
    span, _ = _span_with(redactor.redact(text), "Hodgkin")
    assert span.category == "disability"


def test_two_mentions_of_one_category_with_only_linking_words_between_become_one(redactor):
    text = 'Her post: "PCS\'d to Fort Drum last spring, loving the snow lol"'
    _, covered_text = _span_with(redactor.redact(text), "Drum")
    assert covered_text == "PCS'd to Fort Drum"


def test_mentions_of_different_categories_stay_apart(redactor):
    result = redactor.redact('He wrote "proud Catholic and a Marine" in his bio.')
    assert [result.text[s.start : s.end] for s in result.spans] == ["Catholic", "Marine"]
