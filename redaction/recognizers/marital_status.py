"""Marital and family status: spouses, partners, children, weddings and divorce."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx
from .vocabulary import CHILD, MONTHS, NUMBER_WORDS, NUMWORD, POSS, SPOUSE_F, SPOUSE_M, SPOUSE_N

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # A parenting schedule says the parents live apart: "kids every other weekend",
    # "every other wknd with my boys".
    (
        rx(
            r"\b(?:(?:the|my|his|her|our)\s+)?(?:kids?|kiddos|boys|girls|sons?|daughters?|son|"
            r"daughter|children|twins)\s+every\s+other\s+(?:weekend|wknd|wkend|week)\b"
            r"|\bevery\s+other\s+(?:weekend|wknd|wkend|week)\s+(?:with|w/)\s*(?:the|my|his|her|our)\s+"
            r"(?:kids?|kiddos|boys|girls|sons?|daughters?|children|twins)\b"
        ),
        "marital_status",
        "custody-schedule",
    ),
    (
        rx(
            r"\b(?:my|our|his|her|their)\s+(?:" + NUMBER_WORDS + r"\s+)?(?:beautiful\s+|little\s+|"
            r"amazing\s+|wonderful\s+|two\s+|three\s+|four\s+)?" + CHILD + r"(?:'s|’s)?\b"
        ),
        "marital_status",
        "possessive-child",
    ),
    (
        rx(
            r"\b(?:no|zero)\s+(?:kids|children|kiddos)\b|\b(?:have|had|has|with|raising|of|our|my|"
            r"his|her)\s+"
            r"(?:\d|two|three|four|five|six)\s+(?:kids|children|kiddos|boys|girls)\b"
            # "two sons and a dog", "3 daughters": how many children, with or without an owner
            r"|\b(?:\d|two|three|four|five|six)\s+(?-i:sons|daughters|stepkids|stepsons|"
            r"stepdaughters)\b(?!\s+of\s+[A-Z])"
            # "Papaw to 4", "Nana of 6": grandchildren counted
            r"|\b(?:grandma|grandpa|grandmother|grandfather|nana|papa|papaw|mamaw|meemaw|granny|"
            r"gigi|mimi|lola|lolo|abuela|abuelo|abuelita|abuelito)\s+(?:to|of)\s+(?:\d{1,2}|two|"
            r"three|four|five|six|seven|eight|nine|ten)\b"
            # "25 years of marriage", "ten years married"
            r"|\b(?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?)\s+(?:years?|yrs)\s+(?:of\s+marriage|married)\b"
            # "all four kids home", "both of our kids" (not "all the kids at the park")
            r"|\b(?:all|both)\s+(?:(?:\d|two|three|four|five|six)\s+(?:of\s+)?(?:my|our|his|her)?\s*|"
            r"(?:of\s+)?(?:my|our|his|her)\s+(?:(?:\d|two|three|four|five|six)\s+)?)"
            r"(?:kids|children|kiddos)\b"
        ),
        "marital_status",
        "number-of-children",
    ),
    (
        rx(
            r"\b(?:(?:single|girl|boy|proud|new|working|stay-at-home|first-time|millennial|tired|"
            r"busy|young|foster|"
            r"step|bonus|twin|soccer|hockey|football|baseball|cheer|dance|band|sports|military|"
            r"army|navy|police|"
            r"cop|a|an)\s+)?(?:mom|dad|mother|father|mama|papa|mommy|daddy|parent|grandma|grandpa|"
            r"grandmother|grandfather|nana|abuela|abuelo|grandparent)\s+(?:of|"
            r"to)\s+(?:\d+|one|two|"
            r"three|four|five|six|twins|a\b)(?:\s+(?:boys|girls|kids|children|kiddos|little ones))?"
        ),
        "marital_status",
        "parent-of-n",
    ),
    (
        rx(
            r"\b(?:single|girl|boy|proud|new|working|stay-at-home|first-time|tired|busy|foster|"
            r"step|bonus|twin|soccer|hockey|football|baseball|cheer|expectant|grieving|widowed|"
            r"divorced|homeschool|solo)\s+(?:mom|dad|mother|father|mama|papa|mommy|daddy|"
            r"parent|moms|dads|mothers|fathers|parents)\b(?:\s+(?:x|×)\s*\d)?"
        ),
        "marital_status",
        "parent-label",
    ),
    (
        # "millennial dad", "Army mom": the adjective belongs to another category.
        rx(
            r"\b(?:millennial|boomer|gen\s?x|gen\s?z|young|teen|older|military|army|navy|marine|"
            r"guard|police|cop|gay|lesbian|trans|queer|catholic|christian|muslim|jewish|latina|latino|"
            r"black|white|native|immigrant|deaf|disabled)\s+(mom|dad|mother|father|mama|papa|mommy|"
            r"daddy|parent|moms|dads|mothers|fathers|parents)\b"
        ),
        "marital_status",
        "parent-label",
    ),
    (
        rx(
            r"(?:(?<=\bas a )|(?<=\bas an )|(?<=, a )|(?<=\ba proud ))(?:mom|dad|mother|father|"
            r"mama|parent|wife|"
            r"husband)\b"
        ),
        "marital_status",
        "parent-self",
    ),
    (
        rx(
            r"\b"
            + POSS
            + r"\s+(?:ex-|ex\s|former\s|then-|late\s|future\s|soon-to-be\s|soon to be\s|new\s|"
            r"beautiful\s|lovely\s|amazing\s|pregnant\s|first\s|second\s|estranged\s|"
            r"common-law\s)?(?:"
            + SPOUSE_F[3:-1]
            + "|"
            + SPOUSE_M[3:-1]
            + "|"
            + SPOUSE_N[3:-1]
            + r")(?:'s|’s)?(?![-\w])(?!\s+(?:arts?|law))"
        ),
        "marital_status",
        "possessive-spouse",
    ),
    (
        rx(
            r"\b(?:my|his|her|your|ur)\s+(?:girl|lady|man|ex|partner|old lady|old "
            r"man)(?![-\w])(?!\s+(?:friend|friends|"
            r"in|of|at|who|from|crush|scout|scouts|cave|hours|code|problems?|issues?|said|says|"
            r"told|and\s+i)|"
            # "his partner, Cpl. Hale": a partner on the job, named by rank or title
            r",?\s+(?-i:Cpl|Sgt|Officer|Ofc|Deputy|Dep|Det|Detective|Tpr|Trooper|Agent|Lt|"
            r"Corporal|Sergeant|Deputy)\b)"
        ),
        "marital_status",
        "possessive-partner",
    ),
    (
        rx(
            r"\b(?:my|his|her|their)\s+(?:partner|fiancé|fiancée|fiance|fiancee|boyfriend|"
            r"girlfriend)\s+[A-Z][a-z]+\b"
            r"(?!\s+[A-Z])"
        ),
        "marital_status",
        "partner-named",
    ),
    (
        # "la vieja", "el viejo" alone are as often anyone old ("a mi jefe le dicen el viejo").
        rx(
            r"\b(?:mi|la|el)\s+(?:esposa|esposo|novia|novio|marido)\b|\bmi\s+(?:mujer|vieja|viejo)\b"
        ),
        "marital_status",
        "spanish-spouse",
    ),
    (
        rx(
            r"\b(?:custody|visitation)\s+(?:weekend|weekends|battle|hearing|agreement|schedule|"
            r"exchange)s?\b"
            r"(?:\s+(?:w|w/|with)\s+(?:the|my)\s+kids)?"
        ),
        "marital_status",
        "custody",
    ),
    (
        rx(
            r"\b(?:recently|newly|just|happily|unhappily|legally|currently|still|finally|soon to "
            r"be|getting)\s+"
            r"(?:married|divorced|separated|engaged|widowed|single)\b"
        ),
        "marital_status",
        "status",
    ),
    # "I'm single", and a post or bio that opens with its status: "Single and not looking".
    (
        rx(
            r"\b(?:i'm|i’m|im|i am|she's|she’s|he's|he’s|she is|he is)\s+(?:still\s+|now\s+)?"
            r"(single|married|divorced|widowed|engaged)\b(?!\s+(?:in|with|by|to\s+the|to\s+(?:his|her|"
            r"my)\s+(?:job|work)|enough)\b)"
            r"|(?:^|(?<=[\"“'‘|·•]))\s*((?-i:Single|Married|Divorced|Widowed|Engaged))\b"
            r"(?=\s*(?:,|\||·|•|\s+(?:and|af|again|since|for|now|mom|dad|mother|father|parent)\b))"
        ),
        "marital_status",
        "status",
    ),
    (
        rx(r"\b(?:\d+|one|two|three|four|five|ten|twenty)\s+(?:years?|yrs?)\s+married\b"),
        "marital_status",
        "years-married",
    ),
    (
        rx(
            r"\b(?:married|engaged|wed)\s+to\s+(?:my|his|her|the)\b[^.,;!?\n]{0,25}?\b(?:best "
            r"friend|"
            r"high school sweetheart|partner|wife|husband|love|girl|man|boy|soulmate)\b"
        ),
        "marital_status",
        "married-to",
    ),
    (
        rx(r"\b(?:happily\s+)?married\s+(?:for\s+)?(?:\d+|" + NUMWORD + r")\s+(?:years?|yrs)\b"),
        "marital_status",
        "married-years",
    ),
    # "Separated since May", "we separated last year": marital separation, not parted suspects.
    (
        rx(
            r"\b(?:(?:legally|recently|newly)\s+separated|(?:we|we've|we have|we're|we are|"
            r"i'm|i am)\s+(?:now\s+)?separated|separated\s+since\s+(?:"
            + MONTHS
            + r"|last|\d{4}|early|the))\b"
            r"|(?:^|(?<=[\"“'‘]))Separated\b(?=\s+(?:since|now|for)\b)"
        ),
        "marital_status",
        "separated",
    ),
    # Grandparent status: "my three grandkids", "our grandchildren".
    (
        rx(
            r"\b(?:my|our|his|her|their)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
            r"new|first)\s+)?(?:grandkids?|grandchildren|grandchild|grandbab(?:y|ies)|grandsons?|"
            r"granddaughters?)\b"
        ),
        "marital_status",
        "grandchildren",
    ),
    # Spousal affiliation: "married to a deputy", "married to an Army nurse".
    (
        rx(r"\b(?:married|engaged)\s+to\s+(?:a|an)\s+(?:[A-Za-z]+\s+)?[a-z][\w-]+\b"),
        "marital_status",
        "spouse-affiliation",
    ),
    (
        rx(
            r"\b(?:my|our|the|his|her)\s+divorce\b|\bdivorce\s+(?:is\s+)?(?:finali[sz]ed|final|"
            r"papers|decree|went through)\b"
        ),
        "marital_status",
        "divorce",
    ),
    (
        rx(r"\b(?:big\s+sis|big\s+bro|big\s+sister|big\s+brother)\b"),
        "marital_status",
        "older-child-weak",
    ),
    (
        rx(
            r"\b(?:our|my|his|her|their)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+|first\s+|one-year\s+)?"
            r"(?:wedding\s+)?anniversary\b"
        ),
        "marital_status",
        "anniversary",
    ),
    (
        rx(
            r"\b(?:going through|finalized|finalizing|filed for|filing for|got|getting|my|his|her|"
            r"our|"
            r"their|messy|ugly|bitter)\s+(?:a\s+)?divorce\b"
        ),
        "marital_status",
        "divorce",
    ),
    (
        rx(
            r"\b(?:we|they|i|he|she)(?:'re|’re|\s+are|\s+is|'s|’s|\s+am|'m|’m|\s+were|\s+was)\s+separated\b"
        ),
        "marital_status",
        "separated",
    ),
)

# Family status said in passing: "the ex picked up a shift", "..., 3 kids and #4 on the way".
IN_PASSING: tuple[tuple[re.Pattern, str, str], ...] = (
    # Children in one's care or in a case: "our foster son", "two minor children"; the kids
    # beside a spouse ("my wife and the kids"); a child's other parent ("his BM", "ur vieja").
    (
        rx(
            r"\b(?:our|my|his|her|their)\s+foster\s+(?:son|daughter|kid|child|baby|babies|children|"
            r"kids|placement)s?\b"
            r"|\b(?:\d|one|two|three|four|five)\s+minor\s+child(?:ren)?\b"
            r"|\b(?:wife|husband|hubby|wifey)\s+(?:and|&)\s+(the\s+(?:kids|boys|girls))\b"
            r"|\b(?:my|his|ur|your)\s+(?-i:BM|BD)\b|\b(?:mi|tu|su|ur|your|my|his)\s+vieja\b"
            # children counted: "mis 3 nenes", "Mama to 3 wild boys", "Poppa to 5"
            r"|\b(?:mis|my)\s+(?:\d|dos|tres|cuatro|two|three|four)\s+(?:nenes|nenas|hijos|hijas|niños|"
            r"chamacos|kiddos|babies)\b"
            r"|\b(?:mama|mom|momma|mommy|dad|daddy|papa|poppa|pops|grandma|grandpa|nana|mimi|gigi)\s+"
            r"(?:to|of)\s+(?:\d|two|three|four|five|six)\b(?:\s+(?:wild\s+|crazy\s+|beautiful\s+)?"
            r"(?:boys|girls|kids|kiddos|babies|littles|grandkids|grandbabies))?"
        ),
        "marital_status",
        "family",
    ),
    (rx(r"\b(?:solo|single|co-?)\s*parent(?:ing|ed)\b"), "marital_status", "parenting"),
    # "my 8 month old", "my 2 littles": one's child by its age, little ones counted
    (
        rx(
            r"\b(?:my|our|his|her)\s+(?:\d{1,2}|one|two|three|four|five)[- ](?:month|mo|week|wk|"
            # standing alone for the child, not "his 87-year-old neighbor", "my 10 year old truck"
            r"year|yr)[- ]old\b(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|&|at|in|is|was|who|just|still|"
            r"son|daughter|boy|girl|baby|twins)\b)"
            r"|\b(?:my|our)\s+(?:\d|two|three|four|five)\s+(?:littles|little\s+ones|babies|kiddos|"
            r"kids|boys|girls)\b"
        ),
        "marital_status",
        "own-child",
    ),
    # "the applicant's ex", "my kids' dad": a former partner or co-parent
    (
        rx(
            r"\b(?:applicant|candidate|cand|subject)['’]s\s+ex(?:-wife|-husband|-girlfriend|"
            r"-boyfriend)?\b(?![-\w])"
            r"|\b(?:my|his|her|our|their)\s+(?:kids|kid|son|daughter|children|boys|girls)['’]s?\s+"
            r"(?:dad|mom|father|mother|mama|papa)\b"
        ),
        "marital_status",
        "co-parent",
    ),
    # "raising my boy solo", "raising the kids on my own"
    (
        rx(
            r"\braising\s+(?:my|our|the|his|her|\d|two|three)\s+(?:\w+\s+)?(?:boys?|girls?|kids|son|"
            r"daughter|children|babies)\s+(?:solo|alone|by\s+myself|on\s+my\s+own|single[- ]handed)"
        ),
        "marital_status",
        "parenting",
    ),
    # "Mr & Mrs Garcia!": a couple announced as married
    (rx(r"\bMr\.?\s*(?:&|and)\s*Mrs\.?(?=\s|$|[!.,])", 0), "marital_status", "mr-and-mrs"),
    # Custody of children, said with its arrangement ("joint custody", "custody of my boys")
    (
        rx(
            r"\b(?:joint|sole|full|shared|primary|split|50/50|temporary|emergency)\s+custody\b"
            r"|\bcustody\s+(?:of\s+(?:my|his|her|our|their|the)\s+(?:kids|son|daughter|children|"
            r"boys|girls|baby|twins)|battle|fight|agreement|schedule|exchange|swap|arrangement|"
            r"weekend|case|dispute)\b"
        ),
        "marital_status",
        "custody",
    ),
    # "Married to Priscilla Montoya": who the spouse is
    (
        rx(r"\b(?:married|engaged|hitched)\s+to\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+){0,2}"),
        "marital_status",
        "married-to",
    ),
    (
        rx(
            r"\bthe\s+ex(?:es)?\b(?![-'’\w])(?!\s+(?:(?-i:[A-Z])|cop|con|marine|soldier|president|"
            r"mayor|boss|chief|sheriff|deputy|officer|employee|girlfriend|boyfriend|wife|husband|"
            r"factor|files?|post))"
        ),
        "marital_status",
        "the-ex",
    ),
    (
        rx(
            r"(?:(?<=[,;|·•(])\s*|(?<=\band)\s+)((?:\d|one|two|three|four|five|six|seven)\s+"
            r"(?:kids|kiddos|children|littles))\b"
        ),
        "marital_status",
        "number-of-children",
    ),
)

RECOGNIZERS = (
    PatternRecognizer("marital_status", RULES),
    PatternRecognizer("family-in-passing", IN_PASSING),
)
