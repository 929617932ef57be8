"""Disability: conditions, treatment, recovery and assistive devices named in context."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx
from .vocabulary import MONTHS, NUMWORD

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # Narcotics Anonymous by its initials, at a meeting or with what it did
    (
        rx(
            r"\b(?-i:NA)\b(?=\s+(?:saved|meetings?|sponsor|chip|keytag|home\s+group|literature))"
            r"|\b(?:at|to|from|an?|my|his|her)\s+(?-i:NA)\s+meetings?\b"
        ),
        "disability",
        "recovery",
    ),
    # rehabilitation of an organ, and the school bus as a slur for disabled children
    (
        rx(
            r"\b(?:cardiac|pulmonary|stroke|vestibular)\s+(?:rehab|rehabilitation|therapy)\b"
            r"|\bshort[- ]bus\s+(?:kids?|crowd|riders?|class)\b|\brode\s+the\s+short\s+bus\b"
        ),
        "disability",
        "rehab",
    ),
    # A disability rating said as the VA's act: "bumped to 70% by the VA", "VA finally bumped me
    # to 70%".
    (
        rx(
            r"\b(?:bumped|raised|rated|increased|upped)\s+(?:(?:me|him|her|us)\s+)?(?:up\s+)?to\s+"
            r"\d{1,3}\s?%(?=\s+(?:by|from|with)\s+(?:the\s+)?VA\b)"
            r"|\bVA\s+(?:\w+\s+){0,2}?(?:bumped|raised|rated|increased|upped)\s+(?:(?:me|him|her|us)\s+)?"
            r"(?:up\s+)?to\s+\d{1,3}\s?%"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\b(?:my|his|her|their|with|serious|severe)\s+(?:serious\s+|"
            r"severe\s+)?mental\s+illness\b|"
            r"\b(?:is|was|am|been)\s+mentally\s+ill\b(?=[^.!?\n]{0,30}\b(?:diagnos|meds|hospital|"
            r"treatment))"
        ),
        "disability",
        "mental-illness",
    ),
    # disability
    (
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
            r"a)\s+"
            r"(?:days?|weeks?|months?|years?|yrs?|mos?)\s+(?:sober|clean|clean and sober|in "
            r"recovery|alcohol-free|"
            r"dry|without a drink|since my last drink)\b"
        ),
        "disability",
        "time-sober",
    ),
    (rx(r"\bday\s+\d+\s+(?:sober|clean)\b"), "disability", "time-sober"),
    (
        rx(
            r"\b(?:sober|clean)\s+(?:for\s+)?(?:\d+|"
            + NUMWORD
            + r"|a)\s+(?:days?|weeks?|months?|years?|yrs?)\b"
        ),
        "disability",
        "time-sober",
    ),
    (
        rx(
            r"\b(?:\d+|thirty|sixty|ninety|twenty-eight|twenty eight)[- ]days?\s+(?:of\s+)?"
            r"(?:inpatient|in\s+rehab|in\s+detox|in\s+treatment|residential)\b"
        ),
        "disability",
        "treatment",
    ),
    (rx(r"\b(?:clean|sober|clean and sober)\s+ever\s+since\b"), "disability", "time-sober"),
    (
        rx(r"\b(?:short|long)[- ]term\s+disability\b(?:\s+(?:leave|claim|benefits|insurance))?"),
        "disability",
        "disability-leave",
    ),
    (
        rx(
            r"\b(?:sober|clean and sober|in recovery)\s+(?:since|as of)\s+(?:(?:"
            + MONTHS
            + r")\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
        ),
        "disability",
        "time-sober",
    ),
    (rx(r"\b(?:AA|NA|program)\s+sponsor\b"), "disability", "sponsor"),
    (
        rx(
            r"\b(?:\d+|one|two|three|five|ten)[- ]?(?:days?|d|weeks?|wks?|months?|mos?|years?|"
            r"yrs?)\s+(?:chip|coin|medallion)\b"
        ),
        "disability",
        "sobriety-chip",
    ),
    (
        rx(
            r"\b(?:back|went back|going back|started|starting|switched|put|got|"
            r"been)\s+on\s+(?:my\s+)?(?:(?!(?:His|Her|My|Their|Our|Your|The|Track|Time|"
            r"Duty|Patrol|Shift|Board|Top|Point|Feet|Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b)[A-Z][a-z]+|lithium|insulin|meds|medication|antidepressants|"
            r"psych meds)\b"
        ),
        "disability",
        "on-medication",
    ),
    (
        rx(
            r"\b(?:off|stopped|quit)\s+(?:my|his|her)\s+(?:meds|medication|"
            r"(?=[A-Za-z]{6,}\b|(?-i:[A-Z])[a-z]{4}\b)[A-Z]?[a-z]+(?:ol|ine|"
            r"ax|am|ium|ate|ide|"
            r"one|ex|il|al|ta|tra|quel))\b"
        ),
        "disability",
        "off-medication",
    ),
    (
        rx(
            r"\bstage\s+(?:[1-4]|I{1,3}V?|IV|one|two|three|four)[a-c]?\s+(?:[a-z]+\s+){0,2}cancer\b"
        ),
        "disability",
        "cancer-stage",
    ),
    (
        rx(
            # "Rated 70%", "rating bumped to 70%": a disability rating in tens
            r"\b(?:rated|rating\s+(?:bumped|went|is|was|raised|increased)(?:\s+up)?\s+to)\s+"
            r"(?:at\s+)?[1-9]0\s?%(?!\s+(?:on|of|for|satisfaction|positive))"
            r"|\b\d{1,3}\s?%\s+(?:VA\s+)?(?:rating|disability|disabled|service[- ]connected|"
            r"P&T)\b(?:\s+for\s+"
            r"(?:my|his|her)\s+\w+)?"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\b\d{1,3}\s?%(?=\s+for\s+(?:PTSD|TBI|tinnitus|my|his|her|back|knee|hearing|"
            r"migraines))"
        ),
        "disability",
        "va-rating",
    ),
    (rx(r"\b\d{1,3}\s?%\s+VA\s+rating\s+for\s+(?:my|his|her)\s+\w+"), "disability", "va-rating"),
    (
        rx(
            r"\b(?:VA|disability)\s+rating\b(?:\s+[a-z]+){0,4}?\s+(?:to\s+|of\s+|at\s+|"
            r"is\s+)?\d{1,3}\s?%"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\b(?:r/diabetes|r/type1diabetes|r/bipolar|r/adhd|r/autism|r/depression|r/anxiety|"
            r"r/ptsd|r/cptsd|"
            r"r/stopdrinking|r/redditorsinrecovery|r/mentalhealth|r/schizophrenia|r/ocd|"
            r"r/epilepsy|r/multiplesclerosis|"
            r"r/cancer|r/disability|r/deaf|r/blind|r/chronicpain|r/mentalillness|r/bpd|"
            r"r/opiatesrecovery)\b"
        ),
        "disability",
        "subreddit",
    ),
    (
        rx(
            r"\b(?:legally|totally|completely|partially|going|went)\s+(?:blind|deaf)\b|"
            r"\bblind\s+(?:in\s+(?:one|his|her|my)"
            r"\s+eye|since\s+birth|veteran)\b|\b(?:is|was|am|born)\s+(?:blind|deaf)\b|\b(?:deaf|"
            r"blind)\s+(?:customer|"
            r"man|woman|person|people|kid|child|son|daughter|community|culture|patron|driver|"
            r"student|students)\b"
        ),
        "disability",
        "sensory",
    ),
    (
        rx(
            r"\b(?:a|the|deaf|blind|disabled)\s+(?:deaf|blind)\b(?=\s+(?:customer|man|woman|"
            r"person|people|kid|child|"
            r"patron|driver|student))"
        ),
        "disability",
        "sensory",
    ),
    (
        rx(
            r"\b(?:my|his|her)\s+(?:sponsor|therapist|psychiatrist|counselor|AA meeting|NA "
            r"meeting|meetings)\b"
        ),
        "disability",
        "treatment",
    ),
    (
        rx(r"\b(?:(?:in|started|starting|going to|go to|weekly|couples?)\s+)?therapy\b(?!\s+dog)"),
        "disability",
        "therapy",
    ),
    (
        rx(
            r"\b(?:anxiety|panic|depression|depressive|bipolar|psychotic)\s+(?:disorder|attacks?|"
            r"episodes?|meds|"
            r"medication)\b|\b(?:severe|clinical|major|postpartum|chronic|diagnosed with|struggle "
            r"with|struggled with|"
            r"struggling with|battle with|battling)\s+(?:depression|anxiety)\b|"
            # "my anxiety": the possessive stays readable, only the condition is the mention.
            r"(?:(?<=\bmy\s)|(?<=\bhis\s)|(?<=\bher\s))(?:depression|anxiety)\b"
        ),
        "disability",
        "mental-health",
    ),
    (
        rx(
            r"\b(?:had|having|survived|suffered)\s+(?:a|two|three|multiple)\s+(?:stroke|strokes|"
            r"seizures?)\b"
        ),
        "disability",
        "condition",
    ),
    (
        rx(
            r"\b\d{1,3}\s?(?:%|percent)\s+(?:VA\s+|disability\s+)?(?:rating|disability|disabled|"
            r"service[- ]connected)\b"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\b(?:on|using|uses|use|with|needs?)\s+(?:a\s+|his\s+|her\s+|my\s+)?(?:crutches|cane|"
            r"walker|mobility scooter|power chair|oxygen)\b"
        ),
        "disability",
        "mobility-aid",
    ),
    (
        rx(
            r"\b(?:had|has|have|having|suffered|suffers|suffering|gets|got)\s+(?:a\s+|another\s+)?"
            r"(?:grand mal\s+|epileptic\s+|bad\s+)?seizures?\b"
        ),
        "disability",
        "seizure",
    ),
    (
        rx(
            r"\b(?:\d+|one|two|three|ten|a)\s+(?:days?|weeks?|months?|years?)\s+(?:of\s+)?sobriety\b"
        ),
        "disability",
        "time-sober",
    ),
    (
        rx(
            r"\b(?:fused|herniated|bulging|ruptured|degenerated|slipped)\s+(?:discs?\s+(?:at\s+)?)?"
            r"[CLT]\d(?:-[CLTS]?\d)?\b",
            re.IGNORECASE,
        ),
        "disability",
        "spine",
    ),
    # Symptoms count only beside a diagnosis in the same text ("PTSD ... nightmares").
    (
        rx(r"\b(?:nightmares|flashbacks|night terrors|panic attacks)\b"),
        "disability",
        "symptom-weak-ptsd",
    ),
)

# A VA disability rating in any word order: "VA rated me at 70 percent", "70% from the VA".
VA_RATING = (
    # a rating received, said with the conditions rated: "finally got my 70%!! PTSD + tinnitus"
    (
        rx(
            r"\b(?:got|get|gets|getting|bumped\s+to|raised\s+to)\s+(?:my|his|her)\s+(\d{1,3}\s?%)"
            r"(?=[^.\n]{0,60}\b(?:VA|PTSD|TBI|rating|disability|service[- ]connected|tinnitus|"
            r"sleep\s+apnea|C&P)\b)"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\bVA\s+(?:rated|rates|rating|gave|has)\s+(?:me|him|her|them)?\s*(?:at\s+)?"
            r"\d{1,3}\s*(?:%|percent)"
        ),
        "disability",
        "va-rating",
    ),
    (
        rx(
            r"\b\d{1,3}\s*(?:%|percent)\s+(?:from\s+the\s+VA|VA\b|service[- ]connected|"
            r"disability\s+rating|disabled|rated|rating|SC\b)"
        ),
        "disability",
        "va-rating",
    ),
)

# An operation on a part of the body says a condition was treated: "my second back surgery",
# "the knee replacement", "his spinal fusion". The parts are the body's major regions and organs.
SURGERY = (
    (
        rx(
            r"\b(?:(?:first|second|third|another|two|three|emergency|open-heart)\s+)?(?:back|knee|"
            r"knees|hip|hips|shoulder|spine|spinal|neck|heart|brain|lung|kidney|liver|bypass|"
            r"rotator\s+cuff|ACL|MCL|meniscus|disc|disk|gastric\s+bypass|bariatric|"
            r"cataract|eye|ankle|wrist|elbow|foot|cancer)\s+(?:surgery|surgeries|replacement|"
            r"replacements|fusion|transplant|reconstruction|rebuild|operation|stent|stents)\b"
        ),
        "disability",
        "surgery",
    ),
    # "tore his rotator cuff", "blew out my ACL"; "workers' comp for my back", "L&I for my knee"
    (
        rx(
            r"\b(?:tore|torn|blew\s+out|ruptured|shattered|dislocated|herniated|fractured)\s+"
            r"(?:my|his|her|their|a|both)\s+(?:ACL|MCL|PCL|meniscus|rotator\s+cuff|labrum|achilles|"
            r"discs?|hips?|knees?|shoulders?|back|ankles?|wrists?|pelvis|spine|vertebrae?)\b"
            r"|\b(?:workers['’]?\s+comp|L&I|disability|a\s+claim)\s+for\s+(?:my|his|her|the|both)\s+"
            r"(?:\w+\s+)?(?:back|knees?|shoulders?|hips?|neck|wrists?|hands?|injury|disc|ankles?)\b"
        ),
        "disability",
        "injury",
    ),
    # Workers' compensation by its short names: "out on comp for my back", "on TTD since May"
    (
        rx(
            r"\b(?:out|off|been|still|went|go|going)\s+on\s+(?:comp|TTD|TPD)\b(?!\s+(?:time|day|days|"
            r"tickets?|hours?))(?:\s+for\s+(?:my|his|her|the)\s+[\w'’-]+)?"
        ),
        "disability",
        "injury",
    ),
    # A blood sugar reading said of a person: "sugar dropped to 52", "sugar been running 300"
    (
        rx(
            r"(?:\b(?:my|his|her|mom's|dad's)\s+(?:blood\s+)?|\bblood\s+|(?:^|(?<=[\"“(]))\s*)"
            r"sugars?\s+(?:was|is|been|were|dropped|crashed|spiked|running|ran|went|hit|at)"
            r"(?:\s+(?:running|up|down|to|at|over|under))*\s+\d{2,3}\b"
            r"(?!\s*(?:dollars|bucks|cents|%|percent|pounds|lbs|cups|grams|g\b))"
        ),
        "disability",
        "condition",
    ),
    # A medical-cannabis card certifies a qualifying condition: "MMJ card for anxiety"
    (
        rx(
            r"\b(?:MMJ|medical\s+(?:marijuana|cannabis|MJ)|med(?:ical)?\s+cannabis)\s+"
            r"(?:card|license|licence|recommendation|patient)(?:\s+for\s+(?:my\s+)?[\w'’-]+)?"
        ),
        "disability",
        "medical-cannabis",
    ),
)

# A joint or the back said to be failing or replaced: "a bad hip", "my new knee", "back's shot".
BAD_JOINT = (
    (
        rx(
            r"\b(?:bad|busted|blown|blown-out|messed-up|messed\s+up|new|replaced|fake|titanium|"
            r"bum|trick)\s+(?:knee|knees|hip|hips|back|shoulder|shoulders|ankle|ankles)\b"
            r"(?!\s+(?:door|yard|porch|seat|seats|road|roads|tire|tires|pocket|pockets|alley|end|"
            r"deck|patio|room|lot|page|pay|taxes|country|brace|pads?))"
        ),
        "disability",
        "bad-joint",
    ),
    (
        rx(
            r"\b(?:my|his|her)\s+(?:back|knee|knees|hip|hips|shoulder)(?:'s|’s|\s+is|\s+has)\s+"
            r"(?:been\s+)?(?:shot|gone|done|busted|toast|wrecked|messed\s+up)\b"
        ),
        "disability",
        "bad-joint",
    ),
)

# One's own blood-sugar marker: "my A1C", "his sugars" (diabetes by its measure).
OWN_MARKER = (
    # a service animal by any name: "service pup", "service mini horse"
    (
        rx(
            r"\bservice\s+(?:pup|puppy|pupper|doggo|animal|mini\s+horse|horse)s?\b"
            r"|\b(?:psychiatric|PTSD|seizure|diabetic\s+alert|mobility|hearing|autism)\s+"
            r"(?:service|assistance|alert|response)\s+(?:dog|animal|pup)s?\b"
        ),
        "disability",
        "service-animal",
    ),
    # recovery counted in days: "400 days no booze", "2 years clean", "90 days sober"
    (
        rx(
            r"\b\d{1,4}\s+(?:days?|weeks?|months?|years?|yrs?)\s+(?:sober|clean|no\s+(?:booze|"
            r"drinking|alcohol|pills|meth|dope|drugs)|without\s+a\s+drink|off\s+(?:the\s+)?(?:booze|"
            r"sauce|pills|meth|dope))\b"
        ),
        "disability",
        "sobriety-count",
    ),
    # special education's short name, where it names pupils or a class ("the sped kids")
    (
        rx(r"\b(sped)\s+(?:kids|students|class|classes|room|program|classroom|bus)\b"),
        "disability",
        "special-education",
    ),
    (
        rx(r"\b(?:my|his|her)\s+(?:A1C|HbA1c|blood\s+sugars?|sugars|glucose\s+numbers)\b"),
        "disability",
        "own-marker",
    ),
)

# A spinal level with what is wrong there: "my L4-L5 herniation", "C5-C6 fusion".
SPINE = (
    (
        rx(
            r"\b[CTL]\d{1,2}[-/][CTLS]\d{1,2}\s+(?:herniation|fusion|disc|disk|bulge|injury|"
            r"surgery|compression|fracture)\b",
            0,
        ),
        "disability",
        "spinal-level",
    ),
)

RECOGNIZERS = (
    PatternRecognizer("bad-joint", BAD_JOINT),
    PatternRecognizer("spine", SPINE),
    PatternRecognizer("own-marker", OWN_MARKER),
    PatternRecognizer("disability", RULES),
    PatternRecognizer("va-rating", VA_RATING),
    PatternRecognizer("surgery", SURGERY),
)
