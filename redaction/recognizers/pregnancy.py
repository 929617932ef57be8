"""Pregnancy: expecting, weeks along, childbirth, lactation, fertility and leave."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx
from .vocabulary import MONTHS

DUE_WHEN = (
    r"(?:(?:in|this|next|on|around|any)\s+)?(?:(?:mid|early|late)[- ]?)?(?:(?:"
    + MONTHS
    + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"|day|fall|spring|summer|winter|week|month|day now|today|tomorrow"
    r"|in\s+\d{1,2}\s+(?:weeks|wks|days|months)"
    # at a holiday: "due Thanksgiving week", "due Christmas time"
    r"|(?:the\s+week\s+of\s+)?(?:Thanksgiving|Christmas|Easter|Halloween|New\s+Year'?s|Labor\s+Day|"
    r"Memorial\s+Day|Valentine'?s(?:\s+Day)?|Mother'?s\s+Day|Father'?s\s+Day|Fourth\s+of\s+July)"
    r"(?:\s+(?:week|weekend|time|day|eve))?"
    r"|(?:the\s+)?(?:first|second|third|last|end|middle|beginning|start)\s+(?:week\s+)?of\s+(?:"
    + MONTHS
    + r"))"
    r"(?:\s+now)?\b"
)

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # a birth: "delivering their second son", "delivered our baby girl"
    (
        rx(
            r"\b(?:deliver(?:ed|ing|s)?|gave\s+birth\s+to|giving\s+birth\s+to)\s+(?:her|their|our|my)\s+"
            r"(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|baby|little|healthy)\s+)*"
            r"(?:son|daughter|baby|boy|girl|twins|child|rainbow\s+baby)\b"
        ),
        "pregnancy",
        "childbirth",
    ),
    (rx(r"\b\d{1,2}\s+(?:hours|hrs)\s+of\s+(?:labou?r|pushing)\b"), "pregnancy", "childbirth"),
    # an egg retrieval said by its count: "retrieval went great, 14 eggs"
    (rx(r"\bretrieval\b(?=[^.!?]{0,40}\beggs\b)"), "pregnancy", "fertility"),
    # showing, said of oneself: "officially showing", "I'm starting to show"
    (
        rx(
            r"\b(?:i'm|i’m|im|i\s+am|she's|she’s|she\s+is|officially|already|starting\s+to|"
            r"started\s+to)\s+show(?:ing)?\b(?=\s*(?:[!.,;)]|$|\s+(?:so|and|now|already|lol)\b))"
        ),
        "pregnancy",
        "showing",
    ),
    # pregnancy
    (
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)[- "
            r"]?(?:weeks?|wks?|months?)\s+"
            r"(?:along|pregnant|postpartum|post-partum|of pregnancy)\b(?:\s+with\s+(?:twins|"
            r"triplets|a\s+\w+|"
            r"our\s+\w+|baby\s+#?\d))?"
        ),
        "pregnancy",
        "gestation",
    ),
    (
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            r"sixteen)\s+(?:weeks?|months?)\s+of\s+"
            r"(?:maternity|paternity|parental)\s+leave\b"
        ),
        "pregnancy",
        "leave",
    ),
    (rx(r"\b(?:at|by)\s+\d{1,2}\s+weeks\b"), "pregnancy", "gestation"),
    # "18 weeks and finally showing": a week count followed by what a pregnant body does.
    (
        rx(
            r"\b(\d{1,2}\s+weeks)\s+(?:and|&|n)\s+(?:finally\s+|already\s+|officially\s+|"
            r"starting\s+to\s+be\s+)?(?:showing|counting|kicking|glowing|nesting)\b"
        ),
        "pregnancy",
        "gestation",
    ),
    (rx(r"\bbump\s+(?:pic|pics|photo|photos|selfie|shot|check|watch)\b"), "pregnancy", "bump"),
    # a loss at a week count: "lost our angel at 11 weeks", "losing him at 22 weeks"
    (
        rx(
            r"\b(?:lost|losing|lose)\s+(?:(?:our|my|the|her|their|him|them|sweet|little|angel|"
            r"baby|rainbow|boy|girl|son|daughter|twins?)\s+){1,3}at\s+\d{1,2}\s*(?:weeks|wks|wk)\b"
        ),
        "pregnancy",
        "loss",
    ),
    # "I'm 24 weeks." said of oneself with nothing after it that makes it a stretch of something
    # else ("I'm 6 weeks into the academy", "3 weeks sober"): a gestational age.
    (
        rx(
            r"\b(?:i'm|i’m|im|i\s+am|she's|she’s|she\s+is)\s+(\d{1,2}\s*(?:weeks|wks|wk)|[1-9]\s+"
            r"(?:months|mos))\b(?=\s*(?:[^\w\s(]|$|and\b|&|n\b|with\b|along\b|today\b|now\b))"
            # ... and looking back on it: "I was 7 months and hungry"
            r"|(?<=\bi\swas\s)[1-9]\s+months\b(?=\s*(?:[.,!;)\"”]|$|and\b|&|with\b|along\b))"
        ),
        "pregnancy",
        "gestation",
    ),
    (
        rx(
            r"\b(?:being|she's|she’s|i'm|i’m|now|almost|nearly|already|"
            r"officially)\s+(\d{1,2}\s*(?:weeks|wks|wk))\b(?!\s+(?:ago|"
            r"later|old|late|early|of|in|into|before|after|until|till|left|away))"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    # A bare week count right after another pregnancy mention ("#bumpdate 28 weeks"); kept only
    # when the finding mentions a pregnancy elsewhere (a "weak" reading).
    (
        rx(
            r"(?:^|[\"“(|·•:]\s*|#\w+\s+|[!.,]\s+)(\d{1,2}\s+weeks)(?=\s*(?:[\"”'’!.,)|]|$|\s+(?:today|now|"
            r"along|pregnant|with|and)\b))"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    # Any gestational count ("34 wks", "18 semanas", "7 meses y contando") in a finding that
    # speaks of a pregnancy elsewhere; not a time ago, an age or a stretch of something else.
    (
        rx(
            # ("for 3 weeks" is a stretch of time, whoever is pregnant)
            r"(?<!\bfor\s)(?<!\bpor\s)\b(\d{1,2}\s*(?:weeks|wks|wk|semanas)|[1-9]\s+meses)\b(?!\s+(?:ago|later|old|of|"
            r"off|in|into|before|after|until|till|left|away|de|sin|trabajando|atrás|atras)\b)"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    # "this bump", "my lil bump": a bump someone carries, confirmed by another reading.
    (
        rx(
            r"\b(?:this|my|her|the|lil|little|growing)\s+(bump)\b(?!\s+(?:in|on|stock|key))"
            r"|\b(bump)\b(?=\s*(?:🤰|🫃|🫄|update\b|progress\b|\d{1,2}\s*(?:wks|weeks)\b))"
        ),
        "pregnancy",
        "bump-weak",
    ),
    (
        rx(
            r"(?:\b(?:baby|babies|twins|little one|bundle of joy|baby boy|baby girl|baby\s+#\s?\d|"
            r"baby\s+(?:no\.?|number)\s*\d|"
            r"baby\s+[A-Z][a-z]+)|(?<![\w#])#\s?[2-9])\s+(?:is\s+|are\s+)?(?:coming|comes|arriving|arrives|"
            r"drops|shows\s+up|lands|joins\s+us|due|on the "
            # "Baby Hensley arriving March 2024": the month may follow at once
            r"way|loading|expected)\b(?:\s+(?:(?:this|in|next|"
            r"any|by|on|around|early|late)\s+)?(?:"
            + "(?:"
            + MONTHS
            + r")(?:\s+(?:19|20)\d{2})?"
            + r"|day|fall|spring|summer|winter|week|month|year|time|"
            r"now|day now|(?:\d+|a few|two|three|four|five|six)\s+(?:weeks|months|"
            r"days))(?:\s+now)?)?"
        ),
        "pregnancy",
        "baby-due",
    ),
    (rx(r"\bbaby\s+#\s?\d\b"), "pregnancy", "baby-number"),
    # "It's a boy!" announces a baby only when the finding mentions a pregnancy elsewhere.
    (rx(r"\b(?:it's|it’s|its)\s+an?\s+(boy|girl|twins)\b"), "pregnancy", "gestation-weak"),
    (
        rx(
            r"\b(?:nursing|breastfeeding|pumping\s+for|feeding)\s+(?:my|our|the|her)\s+"
            r"(?:son|daughter|baby|newborn|infant|twins|little\s+one|"
            r"\d{1,2}[- ](?:month|mo|week|wk)[- ]old)\b"
        ),
        "pregnancy",
        "lactation",
    ),
    # Nursing a baby, said without the baby: "still nursing at 14 months", "done nursing".
    (
        rx(
            r"\b(?:still|done|stopped|quit|finished|exclusively)\s+nursing\b(?!\s+(?:a|an|the|"
            r"that|this|his|her|my|school|home|program|degree|students?|license|career|jobs?|"
            r"shifts?|assistants?|aides?|grudges?|hangovers?|beers?|drinks?|injur\w+|wounds?)\b)"
        ),
        "pregnancy",
        "lactation",
    ),
    (
        rx(
            r"\bexpecting\s+(?:in|this|next|on|around|any)\s+(?:"
            + MONTHS
            + r"|day|fall|spring|summer|winter|"
            r"week|month|day now)(?:\s+now)?\b"
        ),
        "pregnancy",
        "due-date",
    ),
    # A due date said of a person ("I'm due in June", a caption opening "Due Oct 3!!") is a
    # pregnancy; anywhere else reports and rent are due too, so it needs another mention of one.
    (
        rx(
            r"(?:\b(?:i'm|i’m|im|i\s+am|she's|she’s|she\s+is|we're|we’re|we\s+are|baby's|baby’s|"
            r"baby\s+is|(?:ours|mine|hers|theirs)(?:'s|’s|\s+is)|(?:would've|would’ve|would\s+have)\s+been|(?:wife|wifey|gf|girlfriend|fianc[ée]e?|"
            r"sister|daughter)(?:'s|’s|\s+is))\s+|"
            r"(?:^|(?<=[\"“'‘(])|(?<=[.!?]\s)))due\s+" + DUE_WHEN
        ),
        "pregnancy",
        "due-date",
    ),
    (rx(r"\bdue\s+" + DUE_WHEN), "pregnancy", "due-date-weak"),
    (
        rx(
            r"\b(?:we're|we are|we’re|they're|they are|she's|she is|is|are|were|was|finally|"
            r"currently|now)\s+"
            r"expecting\b(?:\s+(?:a|our|twins|baby|another|again|number)\b)?"
        ),
        "pregnancy",
        "expecting",
    ),
    (
        rx(r"\b(?:expecting)\b(?=\s*(?:[,.;!?)]|$|\s+(?:in|this|our|a baby|twins|baby)\b))"),
        "pregnancy",
        "expecting",
    ),
    (
        rx(
            r"\b(?:gonna|going to)\s+be\s+a\s+(?:mama|mom|mommy|dad|daddy|big sister|big brother|"
            r"mother|father)\b"
        ),
        "pregnancy",
        "becoming-parent",
    ),
    (
        rx(
            r"\b(?:guess who'?s|guess who’s)\s+(?:gonna|going to)\s+be\s+a\s+(?:mama|mom|mommy|"
            r"dad|daddy|mother|father)\b"
        ),
        "pregnancy",
        "becoming-parent",
    ),
    (
        rx(
            r"\b(?:on\s+)?(?:hospital\s+)?(?:bed\s*rest|bedrest)\b(?:\s+(?:till|until|"
            r"til)\s+the\s+baby\s+"
            r"(?:comes|arrives|is born))?"
        ),
        "pregnancy",
        "bedrest",
    ),
    (rx(r"\b(?:in|into|went into|going into|early)\s+labor\b"), "pregnancy", "labor"),
    (
        rx(
            r"\b(?:still|exclusively|started|been)\s+pumping\b|\bpumping\s+(?:at work|in\s+(?:a|"
            r"the|my|her|our)\s+\w+|milk|"
            r"breast milk|every|for)\b"
        ),
        "pregnancy",
        "lactation",
    ),
    (
        rx(
            r"\b(?:emergency\s+)?C-section\s+at\s+\d+\s+weeks\b|\bmiscarriage\s+at\s+\d+\s+weeks\b",
            0,
        ),
        "pregnancy",
        "gestation",
    ),
    (rx(r"\b(?:IVF|IUI)\s+(?:round|cycle|transfer)\s*#?\s*\d+\b", 0), "pregnancy", "fertility"),
    (rx(r"\b(?:round|cycle)\s+\d+\s+of\s+(?:IVF|IUI)\b"), "pregnancy", "fertility"),
    # Fetal movement: "the baby kicks", "this little one won't stop kicking".
    (
        rx(
            r"\b(?:the\s+|this\s+|our\s+|my\s+)?(?:baby|little\s+one|lil\s+one|bean|peanut|"
            r"bebé|bebe)\b[^.!?\n]{0,24}?\b(?:kicks|kicked|kicking|kick|patea|pateando)\b"
        ),
        "pregnancy",
        "fetal-movement",
    ),
)

# Another child on the way: "baby #2 on the way", "#4 on the way", "bebé #2 viene en camino".
ON_THE_WAY = (
    (
        rx(
            r"(?:\b(?:baby|bebé|bebe)\s+(?:#\s?\d+|number\s+\w+|no\.\s?\d+)|#\d+|\b(?:another|a)\s+"
            r"(?:baby|little\s+one))\s+(?:is\s+|viene\s+)?(?:on\s+the\s+way|en\s+camino)\b"
        ),
        "pregnancy",
        "on-the-way",
    ),
)

# Childbirth and pregnancy said as idioms, English and the Southwest's Spanish.
IDIOMS: tuple[tuple[re.Pattern, str, str], ...] = (
    (
        rx(
            r"\bhaving\s+(?:a|the|our|my|her|his|their)\s+(?:baby|babies|twins|little\s+"
            r"(?:boy|girl|one))\b(?!\s+(?:goats?|chicks?|animals?|calf|calves|lambs?|pics?|photos?))"
        ),
        "pregnancy",
        "having-the-baby",
    ),
    # "estoy con 7 meses": months along, said with estar (DLE: "estar de/con ... meses")
    (
        rx(
            r"\b(?:yo|estoy|está|esta|estás|estas|estaba|ando|anda|andaba|va|voy)\s+(?:con|de)\s+"
            r"(?:\d{1,2}|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\s+(?:meses|mes)\b"
        ),
        "pregnancy",
        "months-along",
    ),
    # Mexican Spanish "aliviarse" is to give birth (Diccionario de americanismos).
    (
        rx(
            r"\ba\s+punto\s+de\s+aliviarse\b|\b(?:se|me)\s+alivi[óoé]\s+de\s+(?:un|una)\s+"
            r"(?:niño|niña|nino|nina|bebé|bebe|nene|nena)\b"
        ),
        "pregnancy",
        "gave-birth",
    ),
    (rx(r"\bpositive\s+(?:pregnancy\s+)?tests?\b"), "pregnancy", "positive-test-weak"),
    # One's obstetrician, a baby shower by name, a baby still to come (Spanish)
    (rx(r"\b(?:my|her|our)\s+(?-i:OB)(?:[-/](?-i:GYN))?\b"), "pregnancy", "own-ob"),
    (rx(r"\bBaby\s+(?-i:[A-Z])[\w'’-]+\s+Shower\b"), "pregnancy", "named-shower"),
    (
        rx(r"\b(?:el|este|mi|nuestro|su)\s+beb[eé]\s+que\s+viene(?:\s+en\s+[a-záéíóú]+)?\b"),
        "pregnancy",
        "es-baby-coming",
    ),
    # "our rainbow" (a baby after a loss), a "24-week bump", prenatal and postpartum care
    (
        rx(r"\b(?:our|my|her|their)\s+rainbow\b(?!\s+(?:flag|trout|sherbet|road|bridge|six))"),
        "pregnancy",
        "rainbow",
    ),
    (rx(r"\b\d{1,2}[- ](?:week|wk)\s+bump\b"), "pregnancy", "bump"),
    (
        rx(
            r"\b(?:prenatal|postpartum|post-partum|antenatal)\s+(?:massage|vitamins?|yoga|"
            r"appointments?|appt|visits?|class(?:es)?|care|checkups?|depression|recovery|body|"
            r"anxiety|doula|nurse)\b"
        ),
        "pregnancy",
        "perinatal",
    ),
    # "ya tengo 20 semanas" (not "tengo 3 semanas de vacaciones"); "lost her at 19 weeks"
    (
        rx(
            r"\b(?:ya\s+)?(?:tengo|tiene|tienes|tenía|cumplí|cumple)\s+\d{1,2}\s+semanas\b"
            r"(?!\s+(?:de|sin|en|trabajando))"
            r"|\blost\s+(?:him|her|them|the\s+baby|our\s+baby|my\s+baby)\s+at\s+\d{1,2}\s+(?:weeks|wks)\b"
        ),
        "pregnancy",
        "gestation",
    ),
    # Trying to conceive: "start trying for #2", "trying for a baby"; an ultrasound picture
    (
        rx(
            r"\b(?:start|started|starting|been|are|we're|were)?\s*trying\s+for\s+(?:a\s+baby|baby\s+#?\d|"
            r"#\d|another(?:\s+baby)?|a\s+(?:second|third|boy|girl))\b"
            r"|\bultrasound\s+(?:pics?|photos?|scans?|picture)\b"
        ),
        "pregnancy",
        "conceiving",
    ),
    # A birth announced: "welcomed a baby girl", "we welcomed our son"
    (
        rx(
            r"\b(?:welcomed|welcome|welcoming)\s+(?:a|our|their|my|her|his)\s+(?:(?:beautiful|healthy|"
            r"new|sweet|baby)\s+)*(?:baby|son|daughter|boy|girl|twins|little\s+one)\b"
        ),
        "pregnancy",
        "birth",
    ),
    # A birth or a loss: "had the baby in June", "lost our baby at 11 weeks"
    (
        rx(
            r"\b(?:had|having|lost|losing|delivered|miscarried)\s+(?:the|our|my|her|a|their)\s+"
            r"(?:(?:rainbow|angel|little)\s+)?(?:baby|little\s+one)\b"
        ),
        "pregnancy",
        "birth-or-loss",
    ),
    # Embryos banked or transferred in fertility treatment: "2 embryos on ice"
    (
        rx(r"\b(?:\d|one|two|three|four|five|our|my|frozen|last)\s+embryos?\b"),
        "pregnancy",
        "embryos",
    ),
    # Losses and treatment counted: "after 2 miscarriages", "a round of IVF".
    (
        rx(
            r"\b(?:\d|one|two|three|four|five|six|several|multiple)\s+(?:miscarriages|stillbirths|"
            r"failed\s+transfers|(?:IVF|IUI)\s+(?:rounds|cycles|transfers)|rounds\s+of\s+(?:IVF|IUI))\b"
            r"|\b(?:a|one|another|the\s+next|(?:our|my|her)\s+(?:first|second|third|last))\s+"
            r"round\s+of\s+(?:IVF|IUI|Clomid|letrozole)\b"
        ),
        "pregnancy",
        "counted",
    ),
    # A child expected at a time: "expecting our first in March".
    (
        rx(
            r"\bexpecting\s+(?:our|their|my|her|his)\s+(?:first|second|third|fourth|"
            r"\d(?:st|nd|rd|th)|next|rainbow|baby)(?:\s+(?:child|baby|kid))?\s+" + DUE_WHEN
        ),
        "pregnancy",
        "due-date",
    ),
    # Trying to conceive, said by a couple with nothing after it: "before we start trying".
    (
        rx(
            r"\b(?:we|we're|we’re|we've|we’ve|we\s+are|we'll|we’ll)\s+(?:(?:start|started|starting|"
            r"been|begin|began|keep|kept|still)\s+)?trying\b(?=\s*(?:[^\w\s]|$|\s+(?:again|for\s+"
            r"(?:a\s+baby|another|#\d|number|baby|a\s+little|kids?|a\s+family))\b))"
        ),
        "pregnancy",
        "trying",
    ),
    # A due date said of a woman named just before it: "his wife Jen, due in June".
    (
        rx(
            r"\b(?:wife|wifey|girlfriend|gf|fianc[ée]e|partner|sister|daughter|baby\s+mama|she's|she’s|"
            r"she\s+is)"
            r"(?:\s+(?-i:[A-Z])[a-z]+)?,?\s+(due\s+" + DUE_WHEN + ")"
        ),
        "pregnancy",
        "due-date",
    ),
    # A fertility clinic by its name: "CNY Fertility", "Shady Grove Fertility Center".
    (
        rx(
            r"\b(?:(?-i:[A-Z])[\w&'’-]*\s+){1,3}(?-i:Fertility)(?:\s+(?-i:Center|Centre|Clinic|"
            r"Associates|Institute|Specialists|Partners|Care))?\b"
        ),
        "pregnancy",
        "fertility",
    ),
    # Months along said to or of a woman: "girl you're 5 months", "she's like 8 months";
    # pumping at work. Read so only with a pregnancy elsewhere when said of "she".
    (
        rx(
            r"\b(?:you're|you’re|youre|ur|you\s+are)\s+(?:like\s+|almost\s+|nearly\s+)?([1-9]\s+months)\b"
            r"(?=\s*(?:[^\w\s]|$|and\b|what\b|already\b))"
        ),
        "pregnancy",
        "gestation",
    ),
    (
        rx(
            r"\bpumping\s+(?:at|on|during)\s+(?:work|this\s+job|the\s+job|my\s+job|my\s+desk|break|"
            r"lunch|shift)\b"
        ),
        "pregnancy",
        "lactation",
    ),
    (
        rx(
            r"\b(?:she's|she’s|shes|she\s+is)\s+(?:like\s+|almost\s+|nearly\s+)?([1-9]\s+months)\b"
            r"(?=\s*(?:[^\w\s]|$|and\b|she\b))|\btrying\s+again\b(?:\s+(?:in|this|next)\s+(?:the\s+)?\w+)?"
        ),
        "pregnancy",
        "gestation-weak",
    ),
    # "11 weeks and still hitting the cart": a week count opening a post, then carrying on;
    # the obstetrician by initials saying something
    (
        rx(
            r"(?:^|(?<=[\"“(]))(\d{1,2}\s+(?:weeks|wks))\s+and\s+still\b"
            r"|\b(?-i:OB)(?=\s+(?:says|said|appt|appointment|visit|wants|told))"
        ),
        "pregnancy",
        "gestation",
    ),
    # Pumping milk said with no object: "somewhere to pump on a 12", "so I could pump" (not
    # "pump gas", "pump the brakes", "pump and dump").
    (
        rx(
            r"\b(?:to|could|can|can't|can’t|couldn't|couldn’t|let\s+me|lets\s+\w+|let\s+\w+)\s+"
            r"pump\b(?=\s*(?:[.,!?;)\"”]|$|🍼|\s(?:on|at|in|during|between|before|after|while|"
            r"or|every)\b))"
        ),
        "pregnancy",
        "lactation",
    ),
    # Pumping milk, read so only with a pregnancy or birth elsewhere in the finding
    (
        rx(r"\b(pumping|pumped)\b(?!\s+(?:gas|iron|up|the\s+brakes|water|out))"),
        "pregnancy",
        "lactation-weak",
    ),
)

RECOGNIZERS = (
    PatternRecognizer("pregnancy", RULES),
    PatternRecognizer("pregnancy-idioms", IDIOMS),
    PatternRecognizer("on-the-way", ON_THE_WAY),
)
