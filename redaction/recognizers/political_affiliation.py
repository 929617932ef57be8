"""Political affiliation: parties, campaigns, candidates and ideology labels."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx
from .vocabulary import POLITICIANS, US_STATES

POLITICIAN_NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in POLITICIANS)

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # a state claimed for a party's colour: "#BlueKansas", "#RedTexas"
    (
        rx(r"#(?:Blue|Red)(?:" + US_STATES.replace(r"\s+", "") + r")\b", 0),
        "political_affiliation",
        "state-colour",
    ),
    (
        rx(
            r"\bflip(?:s|ping|ped)?\s+(?:it|this|them|the\s+(?:state|district|county|seat|house|senate)|"
            r"(?-i:[A-Z])[a-z]+)\s+(?:blue|red)\b"
        ),
        "political_affiliation",
        "flip-colour",
    ),
    # A campaign hashtag backs a candidate whoever they are: "#VoteAlvarado", "#Garza4Senate".
    (
        rx(
            r"#(?:Vote[A-Z][A-Za-z]+|[A-Z][a-z]+(?:4|For)(?:Senate|Congress|Governor|Mayor|Sheriff|"
            r"Council|Commission|Judge|President|DA|Assessor|Clerk|Treasurer)\w*)",
            0,
        ),
        "political_affiliation",
        "campaign-hashtag",
    ),
    # For or against a politician by name: "Abbott 2022", "F Biden", "Let's go Brandon" is
    # already a phrase; the names are the sitting Congress's and those posts use (vocabulary).
    (
        rx(
            r"\b(?:(?:F|F\*+|Fuck|Fk|Screw|Impeach|Lock\s+up|Recall|Vote\s+out)\s+(?:"
            + POLITICIAN_NAMES
            + r")\b|"
            r"(?:" + POLITICIAN_NAMES + r")\s+(?:'?\d\d|20[0-4]\d)\b(?!\s*(?:%|percent)))"
        ),
        "political_affiliation",
        "politician-slogan",
    ),
    # a ticket: "Biden/Harris", "Trump-Vance"
    (
        rx(r"\b(?:" + POLITICIAN_NAMES + r")\s*[/&-]\s*(?:" + POLITICIAN_NAMES + r")\b"),
        "political_affiliation",
        "ticket",
    ),
    # a party's office held: "Democratic precinct delegate", "GOP precinct committeeman"
    (
        rx(
            r"\b(?:Democratic|Republican|GOP|Libertarian|Green\s+Party|Dem)\s+(?:precinct|county|"
            r"state|district|ward)?\s*(?:delegate|committeeman|committeewoman|committee\s+member|"
            r"chair|chairman|chairwoman|captain|officer|secretary|treasurer)\b",
            0,
        ),
        "political_affiliation",
        "party-office",
    ),
    # subreddits named for a party or an ideology: "r/Conservative", "r/democrats"
    (
        rx(
            r"\br/(?:Conservative|Conservatives|ConservativesOnly|Republican|Republicans|GOP|"
            r"democrats|Democrats|DemocraticSocialism|Libertarian|Liberal|progressive|socialism|"
            r"Anarchism|communism|Leftist|The_Donald|TheDonald|SandersForPresident|JoeBiden|"
            r"walkaway|Trumpvirus|AskTrumpSupporters|LateStageCapitalism|liberalgunowners)\b"
        ),
        "political_affiliation",
        "subreddit",
    ),
    # political affiliation
    (
        rx(
            r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+for\s+(?:State\s+|U\.S\.\s+|US\s+|"
            r"(?:[A-Z][a-z]+\s+){1,2})?(?:Senate|"
            r"Senator|Governor|Congress|"
            r"President|Mayor|Sheriff|County Commission|Commission|Council|City Council|School "
            r"Board|Assembly|"
            r"House|Attorney General|DA|District Attorney|Land Commissioner|Treasurer|Clerk|"
            r"Judge)\b",
            0,
        ),
        "political_affiliation",
        "candidate-campaign",
    ),
    # a name and an election year on campaign material: "a Stitt 2022 campaign graphic"
    (
        rx(
            r"\b[A-Z][a-z]+\s+20\d[02468]\s+(?:campaign|rally|yard\s+signs?|bumper\s+stickers?)\b",
            0,
        ),
        "political_affiliation",
        "candidate-campaign",
    ),
    (
        rx(
            r"\b[A-Z][a-z]+\s+20\d\d\b(?=\s*(?:[-–—]|:)\s*(?:Red Wave|Blue Wave|[A-Z][a-z]+ "
            r"[A-Z][a-z]+))"
            r"(?:\s*[-–—:]\s*(?:Red Wave|Blue Wave))?",
            0,
        ),
        "political_affiliation",
        "campaign-frame",
    ),
    (
        rx(
            r"\b(?:Trump|Biden|Harris|Obama|Clinton|Hillary|Bernie|Sanders|DeSantis|Pence|Vance|"
            r"Walz|Kamala|Haley|"
            r"Romney|McCain|Cheney|Pelosi|AOC|RFK)\s*(?:'?\d{2,4}|20\d\d|supporters?|voters?|"
            r"fans?|rally|rallies|"
            r"flags?|signs?|hats?|shirts?|t-shirts?|stickers?|banners?|bumper stickers?|yard "
            r"signs?|campaign|train|"
            r"boat parade|parade|caravan|merch|pins?|for President|won|lost|is my president|all "
            r"the way|or bust|"
            r"bro|bros)\b",
            0,
        ),
        "political_affiliation",
        "candidate-support",
    ),
    (
        rx(
            r"\b(?:Trump|Biden|Bernie|Obama|Hillary|Harris|Kamala)(?=\s+(?:flags?|signs?|hats?|"
            r"rally|supporters?))",
            0,
        ),
        "political_affiliation",
        "candidate-support",
    ),
    (
        rx(
            r"\b(?:knocked|knocking|"
            r"knock)\s+(?:on\s+)?(?:\d+\s+)?doors\s+for\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
            0,
        ),
        "political_affiliation",
        "campaign-for",
    ),
    (
        rx(
            r"\b(?:volunteer(?:ed|ing)?|campaign(?:ed|ing)?|canvass(?:ed|ing)?|phone-?bank(?:ed|"
            r"ing)?|donated|"
            r"contributed|gave)\s+(?:\$\d[\d,]*\s+)?(?:for|"
            r"to)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
            r"(?:campaign|for\s+[A-Z]\w+)",
            0,
        ),
        "political_affiliation",
        "campaign-for",
    ),
    (
        rx(
            r"\b(?:for|with|on|joined|from|"
            r"in)\s+the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+campaign)\b"
        ),
        "political_affiliation",
        "campaign-named",
    ),
    (
        rx(
            r"\b(?:registered|lifelong|proud|card-carrying|die-hard|diehard|staunch|moderate|"
            r"conservative|liberal|"
            r"progressive|libertarian|independent)\s+(?:Democrat|Republican|Libertarian|"
            r"independent|Independent|"
            r"(?-i:Green)|conservative|liberal|progressive|socialist|communist|moderate|centrist)s?\b"
        ),
        "political_affiliation",
        "party-label",
    ),
    # After "a"/"an" the label must stand alone: "I'm a Democrat", not "a green gift card",
    # "a conservative estimate", "a moderate amount".
    (
        rx(
            r"\b(?:a|an)\s+(?:Democrat|Republican|Libertarian|independent|Independent|"
            r"(?-i:Green)|conservative|liberal|progressive|socialist|communist|moderate|centrist)s?"
            r"\b(?=\s*(?:[.,;:!?)\"”]|$|\s+(?:and|who|but|since|through|from|myself|himself|"
            r"herself|all|like|or|now|too|then|at heart|by)\b))"
        ),
        "political_affiliation",
        "party-label",
    ),
    (
        rx(
            r"\b(?:politics|political views|political affiliation|party affiliation|"
            r"ideology)\s*[:=]\s*"
            r"(?!the\b)([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}?)(?=\s*(?:[.,;·|•\"”)]|$))"
        ),
        "political_affiliation",
        "profile-politics",
    ),
    (
        rx(
            r"(?:(?<=·\s)|(?<=\|\s)|(?<=•\s))(moderate|liberal|conservative|progressive|"
            r"independent|centrist|"
            r"libertarian|socialist|apolitical|lefty|righty)(?=\s*(?:·|\||•|$|\"|”))"
        ),
        "political_affiliation",
        "profile-politics",
    ),
    (
        rx(r"\b(?:independent|undeclared|unaffiliated|swing)\s+voters?\b"),
        "political_affiliation",
        "voter-label",
    ),
    (
        rx(r"\b(?:liberals|conservatives|progressives|socialists|communists|leftists|libs)\b"),
        "political_affiliation",
        "ideology-group",
    ),
    (
        rx(
            r"\b(?:a|an|as a|as an|i'm a|im a|am a|is a|proud|staunch|lifelong|"
            r"devout)\s+(?:liberal|conservative|"
            r"progressive|socialist|communist|moderate|centrist|leftist|libertarian)\b"
            # a label, not an adjective before a common noun ("a conservative estimate")
            r"(?=\s*(?:[^\w\s]|$)|\s+(?-i:[A-Z])|\s+(?:and|or|who|but|since|through|from|"
            r"myself|himself|herself|all|like|now|too|then|at|by|in|on|with|for|here|guy|gal|"
            r"man|woman|person|dude)\b)"
        ),
        "political_affiliation",
        "ideology-label",
    ),
    (
        rx(
            r"\b(?:liberal|conservative|progressive|socialist|far-right|far-left|right-wing|"
            r"left-wing)\s+(?:values|"
            r"views|politics|activist|activists|Democrat|Republican|caucus|media|agenda|voters?|"
            r"Christian|group|"
            r"groups|candidate|candidates|commentator|podcast|talk radio)\b"
        ),
        "political_affiliation",
        "ideology-label",
    ),
    (
        rx(
            r"\b(?:[A-Z][a-z]+\s+){0,3}(?:County|State|City)\s+(?:Democratic Party|Republican "
            r"Party|Democrats|Republicans|"
            r"GOP|Libertarian Party|Dems|Young Republicans|Young Democrats)\b",
            0,
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        rx(
            r"\b(?:county|state|local)\s+(?:Democratic|Republican|Libertarian)\s+(?:Party|"
            r"party)\b(?:\s+of\s+[A-Z][a-z]+"
            r"(?:\s+[A-Z][a-z]+)?)?"
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        rx(
            r"\b(?:Democratic|Republican|Libertarian|"
            r"Green)\s+Party\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?",
            0,
        ),
        "political_affiliation",
        "party-org",
    ),
    (
        rx(
            r"\b(?:voted|voting|vote)\s+(?:straight[- ]ticket\s+)?(?:Republican|Democrat|"
            r"Democratic|Libertarian|Green|"
            r"red|blue|R|D|GOP)\b(?:\s+(?:no matter who|all the way|down the ballot))?"
        ),
        "political_affiliation",
        "vote-label",
    ),
    (
        rx(r"\bstraight[- ]ticket\s+(?:R|D|Republican|Democrat|Democratic|GOP)\b"),
        "political_affiliation",
        "vote-label",
    ),
    (
        rx(
            r"\b(?:(?:vote|voted|voting|support|supporting|supported|endorse|endorsed|endorsing)\s+"
            r"(?:for\s+)?"
            # working on a campaign: "canvassing for Ruiz", "phone banking for Ortega"
            r"|(?:canvass|canvassing|canvassed|campaigning|campaigned|phone[- ]?banking|"
            r"volunteering|volunteered|fundraising|fundraised)\s+for\s+)"
            r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
        ),
        "political_affiliation",
        "candidate-vote",
    ),
)

RECOGNIZERS = (PatternRecognizer("political_affiliation", RULES),)
