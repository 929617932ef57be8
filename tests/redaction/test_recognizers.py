"""Recognisers of whole classes of mention, each with what it must catch and what it must leave."""

from __future__ import annotations

import pytest

from tests.redaction.conftest import covered, span_of, touched

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ('Bio reads "🇻🇳 born, 505 raised".', "🇻🇳", "national_origin"),
        ("Profile banner: 🇳🇬 and a Lobos logo.", "🇳🇬", "national_origin"),
        (
            "Posted that he became a U.S. citizen last spring.",
            "became a U.S. citizen",
            "national_origin",
        ),
        (
            '"Finally sworn in as an American citizen!!"',
            "sworn in as an American citizen",
            "national_origin",
        ),
        (
            '"my BRCA results came back negative, thank God"',
            "BRCA results came back negative",
            "genetic_information",
        ),
        (
            "Says she tested positive for the APOE4 allele.",
            "tested positive for the APOE4 allele",
            "genetic_information",
        ),
        (
            '"the genetic screening came back clear"',
            "genetic screening came back clear",
            "genetic_information",
        ),
        ('"VA rated me at 70 percent last year"', "VA rated me at 70 percent", "disability"),
        ("Says he gets 30% service-connected.", "30% service-connected", "disability"),
        ('"Just turned 40 and still outrunning the recruits"', "turned 40", "age"),
        ('"Turned 35 today, cake for breakfast"', "Turned 35", "age"),
        ("Photo of him holding his baby daughter at the lake.", "baby daughter", "marital_status"),
        ('"the Kenya-born class of 2012 standout"', "Kenya-born", "national_origin"),
        ('"Two tours with the 1st Cav, zero regrets"', "1st Cav", "military_status"),
        ('Profile: "USAF 2009–2015, now in security"', "USAF 2009–2015", "military_status"),
        ('"Navy radioman for six years"', "Navy radioman", "military_status"),
        ('"Baby #2 on the way!!"', "Baby #2 on the way", "pregnancy"),
        ('"we started doing IVF this spring"', "doing IVF", "pregnancy"),
        ("Posted that his cousin told the family he's trans.", "trans", "gender_identity"),
        ('Profile: "genderfluid pan, 31, loves hiking"', "pan", "sexual_orientation"),
        ('Bio: "27 | queer | Las Cruces | dog mom"', "queer", "sexual_orientation"),
        ('About me: "Black and Cherokee and proud of both"', "Black", "race_color"),
        ("\"I'm straight but I don't care who you date\"", "straight", "sexual_orientation"),
        ("Skipped his 20-year reunion to work a double.", "20-year reunion", "age"),
        ("Form lists a 1988 birth year.", "1988 birth year", "age"),
        ('Bio: "29 | F | Las Cruces"', "F", "sex"),
        (
            "Says he is currently serving in the Texas Army National Guard.",
            "serving in the Texas Army National Guard",
            "military_status",
        ),
        ('"I got out of the Navy last spring"', "got out of the Navy", "military_status"),
        ('"28 weeks and the baby kicks all night"', "the baby kicks", "pregnancy"),
        ('"the baby won\'t stop kicking. Due Oct 3!!"', "Due Oct 3", "pregnancy"),
        ("Dinner with my mother-in-law on Sunday.", "mother-in-law", "marital_status"),
        ('"Fui con mi suegra al mercado"', "suegra", "marital_status"),
        ("Photo of him with his boyfriend at the fair.", "his boyfriend", "sexual_orientation"),
        ('"road trip w my gf this weekend"', "my gf", "marital_status"),
        (
            '"My wife\'s a Harris County deputy"',
            "My wife's a Harris County deputy",
            "marital_status",
        ),
        ('"Happy birthday to my husband Ray!"', "my husband Ray", "marital_status"),
        ("Ward list shows him in the Belen 2nd Ward.", "Belen 2nd Ward", "religion"),
        ("Spoke at the Albuquerque West Stake conference.", "Albuquerque West Stake", "religion"),
        ('"Estoy con 7 meses y ya no aguanto"', "Estoy con 7 meses", "pregnancy"),
        ('"she\'s having the baby in March"', "having the baby", "pregnancy"),
        ('"Counting down to my ETS date"', "my ETS date", "military_status"),
        ('"My Kandahar deployment changed me"', "My Kandahar deployment", "military_status"),
        ('"He deploys in May with the Guard"', "He deploys", "military_status"),
        ("Race results list the candidate as M 45-49.", "45-49", "age"),
        ("Race results list the candidate as M 45-49.", "M", "sex"),
        ('"POV: ur 21 and the only one on the rig with a truck"', "21", "age"),
        ('"one of two women in the shop"', "one of two women", "sex"),
        ('"the only man in the class"', "only man", "sex"),
        ('"Being a man you\'re told to tough it out"', "man", "sex"),
        ('"had him all weekend since the ex picked up a shift"', "the ex", "marital_status"),
        ('"married, 3 kids and a very fat basset hound"', "3 kids", "marital_status"),
        ('"First rodeo back since having the baby!"', "having the baby", "pregnancy"),
        (
            '"hubby is a CO at Central NM Correctional so he is on nights"',
            "Central NM Correctional",
            "marital_status",
        ),
        ("He says he is 70% rated through the VA.", "70% rated", "disability"),
        ('"back on light duty after my second back surgery"', "back surgery", "disability"),
        ("He did a 72-hour hold at UNM last year.", "72-hour hold", "disability"),
        ('"eating for two these days"', "eating for two", "pregnancy"),
        (
            '"my dad and his brothers all had heart trouble by 50"',
            "heart trouble by 50",
            "genetic_information",
        ),
        ('"Just got my citizenship!"', "my citizenship", "national_origin"),
        (
            "Waiting on his work permit renewal, he wrote.",
            "his work permit renewal",
            "national_origin",
        ),
        ('"Former Navy radioman, retired from the potash mine last spring"', "retired", "age"),
        ('"My coworker is bipolar and open about it"', "bipolar", "disability"),
        (
            'LinkedIn: "Diné, Bitter Water clan, born for the Salt clan"',
            "Bitter Water clan",
            "race_color",
        ),
        (
            '"He graduated basic in 2009 and never looked back"',
            "graduated basic",
            "military_status",
        ),
        ('"Got my heart stent in March"', "heart stent", "disability"),
        ('"I\'m originally from Samoa"', "originally from Samoa", "national_origin"),
        ('"#VoteAlvarado this Tuesday!"', "#VoteAlvarado", "political_affiliation"),
        ('"enseñándole a mi nana de 80 años a usar Snapchat"', "80 años", "age"),
        ('"pero a mis 50 años ya no aguanto"', "mis 50 años", "age"),
        ('"Feliz 50, Tía Connie"', "50", "age"),
        ('"Le prendí una veladora a la Virgencita"', "Virgencita", "religion"),
        ('"29 | bi 🌈 | Las Cruces"', "bi", "sexual_orientation"),
        (
            '"As a first-gen Vietnamese American I\'m telling you"',
            "first-gen Vietnamese American",
            "national_origin",
        ),
        ('"Framed my naturalization certificate"', "naturalization certificate", "national_origin"),
        ('"Breaking my Ramadan fast with dates"', "Ramadan fast", "religion"),
        ("Photos from the candidate's 30th birthday party.", "30th birthday", "age"),
        ('"I\'m a registered Dem and proud"', "registered Dem", "political_affiliation"),
        ('"bipolar dx at 19, doing fine"', "bipolar dx", "disability"),
        ('"I was doing chemo all spring"', "doing chemo", "disability"),
        ('"She\'s on maternity leave until May"', "on maternity leave", "pregnancy"),
        (
            '"Mi abuelo, veterano de Vietnam, murió en 2010"',
            "veterano de Vietnam",
            "military_status",
        ),
    ],
)
def test_class_of_mention_is_redacted(redactor, text, words, category):
    result = redactor.redact(text)
    start, end = span_of(text, words)
    assert covered(result, start, end), result.spans
    assert any(s.category == category for s in result.spans if s.start < end and start < s.end)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Posted a 🇺🇸 flag on the Fourth of July.", "🇺🇸"),
        ("His COVID test came back negative before the trip.", "COVID test came back negative"),
        ("Says the drug test came back negative.", "drug test came back negative"),
        ("Scored 70 percent on the range qualification.", "70 percent"),
        ("The quarterly report is due in June, he wrote.", "due in June"),
        ("Temperature turned 90 by noon on the range.", "turned 90"),
        ("He kicked the door twice during the arrest.", "kicked"),
        ("Selling hay, pick up behind Pride Feed & Supply.", "Pride Feed & Supply"),
        ("2011 Silverado, straight pipes, new trans at 180k.", "straight"),
        ("2011 Silverado, straight pipes, new trans at 180k.", "trans"),
        ("Bought a cast-iron pan at the flea market.", "pan"),
        ("He drove a Navy blue truck to the range.", "Navy blue"),
        ("We deploy the app to the server every Friday.", "deploy"),
        ("Pinned a Navajo-print throw from a big-box store.", "Navajo-print"),
        ("Rode along with the Comanche County Sheriff's Office.", "Comanche County"),
        ("Gave a conservative estimate of the crowd.", "conservative estimate"),
        ("He admitted the drug test came back positive.", "test came back positive"),
        ('"We deploy the new build on Fridays"', "deploy"),
        ("She was moved to the 3rd Ward of the hospital.", "3rd Ward"),
        ('"Llevo 7 meses trabajando aquí"', "7 meses"),
        ('"One of the men in the video threw a bottle"', "men"),
        ("Three kids were hurt in the crash on Coors.", "Three kids"),
        ("The ex-cop was arrested downtown.", "ex-cop"),
        ("Fixed the back door and the heart of the engine.", "back door"),
        ("Grading my papers tonight, she wrote.", "my papers"),
        ('"Happy birthday to my husband! Sunday brunch on me"', "Sunday"),
        ('"The weather this week is so bipolar"', "bipolar"),
        ('"Scuffed my Jordans at the game"', "Jordans"),
        ("Pinned a board of Swedish minimalism ideas.", "Swedish"),
        ('"Our Fortnite clan is recruiting"', "clan"),
        ('"Wu-Tang Clan all weekend"', "Clan"),
        ('"Feliz 50 aniversario a mis papás"', "50"),
        ('"Hace 10 años que trabajo aquí"', "10 años"),
        ("Threw a birthday party at the park for his nephew.", "birthday party"),
        ('"El coach, veterano del equipo de softbol, nos ayudó"', "veterano"),
    ],
)
def test_look_alike_is_kept(redactor, text, words):
    result = redactor.redact(text)
    start, end = span_of(text, words)
    assert not touched(result, start, end), result.spans
