"""Religion: congregations, worship, observances, rites, clergy and non-belief."""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx
from .vocabulary import US_STATES

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # religion
    (
        rx(
            r"\b(?:Sts?\.?|Saints?|San|Santa|Santo|Our Lady of|Holy|First|Iglesia|Templo|"
            r"Congregation|Temple|Beth|Masjid|"
            r"Sacred Heart|Immaculate|Christ the|Cornerstone|Calvary|Grace|Trinity|Good Shepherd|"
            r"Mount|Mt\.?|New Life|"
            r"Victory|Hope|Faith|Living Word|Harvest)\b[\w'’. ]{0,40}?\b(?:Church|Parish|parish|"
            r"church|Basilica|"
            r"Cathedral|Chapel|Mission|Temple|Synagogue|Mosque|Masjid|Ministries|Fellowship|"
            r"Tabernacle|Assembly|"
            r"Kingdom Hall|Ward|Bautista|Católica|Catolica|Cristiana|Gurdwara|Mandir|"
            r"Shul)\b(?:\s+of\s+[A-Z][\w'’.]+"
            r"(?:\s+[A-Z][\w'’.]+)*)?"
        ),
        "religion",
        "congregation",
    ),
    # Any name ending in a house of worship's word: "Rock Creek Fellowship", "Hillside Church"
    # (not "Church's Chicken", "Chapel Hill", "the Rhodes Fellowship").
    (
        rx(
            r"\b(?<!Rhodes\s)(?<!Research\s)(?<!Graduate\s)(?<!Fulbright\s)(?<!Marshall\s)"
            r"(?!(?:The|A|An|My|Our|His|Her|Their|This|That)\s)(?:[A-Z][a-z]+\s+){1,3}(?:Church|Fellowship|Tabernacle|Chapel|Ministries|Cathedral|"
            r"Basilica|Mosque|Synagogue|Masjid|Parish|"
            # or in a denomination's initials: "Greater Bethel AME", "Mason Temple COGIC"
            r"A\.?M\.?E\.?(?:\s+Zion)?|C\.?M\.?E\.?|COGIC|ELCA|LCMS|AOG)"
            r"(?:\b|(?<=\.))(?!['’]s|\s+(?-i:[A-Z])|\s+of\s+the\s+Ring)",
            0,
        ),
        "religion",
        "congregation",
    ),
    # "St. Joseph the Worker", "San Juan Bautista": a saint's title names the parish; a
    # Latter-day Saint temple is named for its city and state ("Billings Montana Temple")
    (
        rx(
            r"\b(?:St\.?|Saint|San|Santa)\s+[A-Z][a-z]+\s+the\s+(?:Worker|Apostle|Evangelist|"
            r"Baptist|Divine|Great|Martyr|Archangel)\b"
            r"|\b(?:[A-Z][a-z]+\s+){1,2}" + US_STATES + r"\s+Temple\b",
            0,
        ),
        "religion",
        "congregation",
    ),
    # A Haitian or French-speaking congregation by its name: "Église Baptiste Haïtienne de
    # Salisbury", "Legliz Bondye Vivan".
    (
        rx(
            r"\b(?:Église|Eglise|Legliz)(?:\s+(?:de\s+|du\s+|des\s+|la\s+|le\s+|d['’])?"
            r"[A-ZÉÈ][\w'’-]+){1,5}",
            0,
        ),
        "religion",
        "congregation",
    ),
    # A Latter-day Saint temple ordinance: "sealed in the Star Valley Temple".
    (
        rx(
            r"\b(?:sealed|endowed|got\s+our\s+endowments?|did\s+baptisms\s+for\s+the\s+dead)"
            r"\s+(?:in|at)\s+the\s+(?:[A-Z][\w'’.-]+\s+){1,3}Temple\b",
            0,
        ),
        "religion",
        "temple",
    ),
    # "confirmed at St. Therese", "Mass at St. Anne's": a saint's name after "at" is a parish
    # unless a street, school or hospital word follows.
    (
        rx(
            r"\b(?:at|from|to|attends|attend|attended)\s+((?:St\.|Saint)\s+"
            r"(?!(?:Louis|Paul|Petersburg|Pete|Cloud|Charles|George|Augustine|Kitts|Lucia|Thomas|"
            r"Croix|Helena|Johns|Martin|Moritz|Tropez|Lawrence|Kilda|Simons|Joseph|Vincent)\b"
            r"(?!['’]s))[A-Z][a-z]+\b(?:['’]s)?+)"
            r"(?!\s+(?:[A-Z][a-z]+\s+)?(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Blvd|Boulevard|Lane|"
            r"Way|Hospital|Regional|Medical|Health|ER|Emergency|Urgent|University|College|Clinic|"
            r"Center|Centre|"
            r"Elementary|Middle|High|Academy|Park|Island|Lake|River|Louis|Paul|Petersburg|"
            r"Cloud|Charles|George|Augustine|Kitts|Lucia|Thomas|Croix|Helena|Joseph's Hospital)\b)"
            r"(?!\s*,\s*(?:MN|MO|FL|Minnesota|Missouri|Florida))",
            0,
        ),
        "religion",
        "congregation",
    ),
    # A congregation named by its prefix: "Congregation Albert", "Temple Beth Shalom",
    # "Masjid Al-Noor", "Chabad of Santa Fe" (not "Temple University", not "Temple Street").
    (
        rx(
            r"\b(?:Congregation|Temple|Masjid|Chabad\s+of|Islamic\s+Center\s+of|Gurdwara|"
            r"Kehilat|Kehillat|B'nai|B’nai)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\b"
            r"(?<!University)(?<!College)(?<!Street)(?<!Avenue)(?<!Road)(?<!Drive)(?<!Run)",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        rx(
            r"\b[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,3}\s+(?:Church|Parish|Basilica|Cathedral|"
            r"Chapel|Synagogue|Mosque|"
            r"Masjid|Ministries|Tabernacle|Gurdwara|Mandir|Kingdom "
            r"Hall)\b(?:\s+of\s+[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+)*)?",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        rx(
            r"\b[A-Z][a-z]+\s+(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|"
            r"Catholic|Adventist|"
            r"Nazarene|Evangelical|Apostolic|Orthodox|Bible Church|Community Church|Christian "
            r"Fellowship)\b(?!\s+"
            r"(?:Hospital|Medical|Health|University|College|Healthcare|Charities|Social))",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        rx(
            r"\bSt\.?\s+[A-Z][a-z]+(?:'s|’s)(?!\s+(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Blvd|"
            r"Hospital|Medical|ER|Health|Healthcare|Emergency|Urgent|Clinic|Hospice|Regional|"
            r"School|Academy|College|University|Lane|Way|Place|Circle|Court|Park|Day))(?:\s+(?:parish|church|"
            r"Parish|Church))?",
            0,
        ),
        "religion",
        "named-parish",
    ),
    (
        rx(
            r"\b(?:Father|Padre|Fr\.|Pastor|Rabbi|Imam|Reverend|Rev\.|Elder|Sister|Bishop|Deacon|"
            r"Brother|Monsignor|"
            r"Msgr\.)(?=\s+[A-Z][a-zá-úñ]+)",
            0,
        ),
        "religion",
        "clergy-title",
    ),
    (
        rx(
            r"\b(?:a|an|as a|devout|good|practicing|born-again|proud|fellow|committed|"
            r"faithful)\s+(Christian)\b"
        ),
        "religion",
        "christian",
    ),
    (
        rx(
            r"\bChristians?\b(?=\s+(?:values|faith|church|school|college|music|radio|community|"
            r"man|woman|men|women|"
            r"family|camp|fellowship|ministry|nation|conservative|worldview|home|upbringing|"
            r"household|singles))",
            0,
        ),
        "religion",
        "christian",
    ),
    (
        rx(
            r"\b(?:pray(?:ing|ed|s)?|prayer)\s+(?:the\s+rosary|to\s+(?:God|Allah|Jesus|Mary|"
            r"the\s+Virgin))\b"
        ),
        "religion",
        "prayer",
    ),
    (
        rx(
            r"\b(?:fasting|fasted|fast)\s+(?:till|until|from dawn to|dawn to|for)\s+(?:sundown|"
            r"sunset|dusk|Ramadan|Lent)"
            r"(?:\s+all\s+month)?"
        ),
        "religion",
        "fasting",
    ),
    (rx(r"\b(?:Mass)\b", 0), "religion", "mass"),
    (
        rx(
            r"\b(?:usher|ushers|ushering|lector|greeter|altar server|cantor|sacristan|volunteer|"
            r"volunteers)\s+(?:at|for)\s+"
            r"(?:(?:the\s+)?(?:\d+\s+)?(?:Sunday\s+)?(?:Mass|mass|church|services|worship|temple|"
            r"synagogue|mosque))\b"
        ),
        "religion",
        "church-role",
    ),
    (
        rx(
            r"\b(?:Iglesia|Templo|Parroquia|Capilla|Misión|Mision|Santuario)\s+(?:[A-Z][\w'’.-]*|"
            r"de|del|la|las|los|el|y)"
            r"(?:\s+(?:[A-Z][\w'’.-]*|(?:de|del|la|las|los|el|y)(?=\s+[A-Z]))){0,6}",
            0,
        ),
        "religion",
        "congregation",
    ),
    (
        rx(
            r"\b(?:to|at|after|before|funeral|Sunday|midnight|daily|Catholic|Latin|Easter|"
            r"Christmas|morning|evening|"
            r"weekly|attend|attends|attended|attending|skip|skipped|skipping|from)\s+(mass)\b"
        ),
        "religion",
        "mass",
    ),
    (
        rx(
            r"\b(?:LDS|Mormon)\s+(?:mission|missionary|church|temple|ward|bishop|member|family|"
            r"upbringing)s?\b"
        ),
        "religion",
        "lds",
    ),
    (
        rx(r"\bserv(?:ed|ing|e)\s+(?:an?\s+)?(?:LDS\s+|two-year\s+|mormon\s+)?mission\b"),
        "religion",
        "lds-mission",
    ),
    (rx(r"\b(?:temple|church)\s+(?:wedding|marriage|recommend|garments)\b"), "religion", "temple"),
    # "9am mass", "Sunday mass", "misa de las 6", "Wednesday Bible study", "every Good Friday":
    # a service or observance with its day or hour says when one worships.
    (
        rx(
            r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|Sunday|Saturday|Christmas|Easter|"
            r"midnight|vigil|morning|evening|noon|daily|weekday)\s+mass\b"
            r"|\bmisas?\s+(?:de\s+(?:las?\s+)?\d{1,2}(?::\d\d)?|del\s+(?:domingo|sábado|sabado|"
            r"mediodía|mediodia)|dominical)\b"
            r"|\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|every|each)\s+"
            r"(?:night\s+|morning\s+|evening\s+)?(?:Bible\s+study|bible\s+study|prayer\s+meeting|"
            r"youth\s+group|Bible\s+class|bible\s+class|Sunday\s+school|Good\s+Friday|Ash\s+Wednesday|Shabbat|Sabbath|Jummah|Juma'?h|"
            r"Friday\s+prayers?|catechism|CCD|rosary|novena)\b"
        ),
        "religion",
        "mass",
    ),
    # "the Lord calling me", "praise the Lord" (capitalised: not "the lord of the manor")
    (rx(r"\b(?:the|our|my)\s+Lord\b(?!\s+of\b)", 0), "religion", "the-lord"),
    # a temple recommend held or lost ("I don't have a recommend anymore"); a sponsor at a rite
    (
        rx(
            r"\b(?:a|my|his|her|their|the|current|active|expired)\s+(?:temple\s+)?recommend\b"
            r"(?!\s+(?:you|him|her|them|it|that|this|the|a|an|getting|going|to|for|using)\b)"
            r"|\b(?:confirmation|baptism|baptismal)\s+(?:sponsor|godparent|godfather|godmother)\b"
        ),
        "religion",
        "rite-role",
    ),
    # A holy day's own rite or gathering: "Eid prayers", "Passover seder", "Ramadan fast"
    (
        rx(
            r"\b(?:Eid(?:\s+al-(?:Fitr|Adha))?|Ramadan|Passover|Diwali|Rosh\s+Hashanah|"
            r"Yom\s+Kippur|Hanukkah|Shabbat|Vaisakhi|Nowruz)\s+(?:prayers?|services?|vigil|seder|"
            r"dinner|potluck|celebration|fast|feast|lunch|breakfast)\b"
        ),
        "religion",
        "observance-rite",
    ),
    # Leaving or returning to a faith: "left the church", "out of the church since 19".
    (
        rx(
            r"\b(?:left|leaving|leave|quit|quitting|out\s+of|back\s+(?:in|to)|walked\s+away\s+"
            r"from|excommunicated\s+from|kicked\s+out\s+of)\s+(?:the|my|our|his|her)\s+"
            r"(?:church|faith|mosque|synagogue|parish|congregation|ward)\b"
        ),
        "religion",
        "faith-change",
    ),
    # Latter-day Saint units are named "<place> <ordinal> Ward", "<place> Branch", "<place>
    # Stake" (General Handbook, ch. 5-6): "the Belen 2nd Ward", "Rio Rancho West Stake".
    (
        rx(
            r"\b(?:[A-Z][\w'’.-]+\s+){1,3}(?:(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|"
            r"Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|YSA|Spanish|Young Single Adult)\s+"
            r"(?:Ward|Branch)|(?:North|South|East|West|Central)?\s*Stake)\b",
            0,
        ),
        "religion",
        "lds-unit",
    ),
    (
        rx(
            r"\b(?:Hindu|Sikh|Buddhist|Jain|LDS|Mormon|Jewish|Reform|Orthodox)\s+(?:temple|"
            r"synagogue)\b"
        ),
        "religion",
        "temple",
    ),
    (
        rx(
            r"\b[A-Z][a-z]+\s+feast\s+day\b(?:\s+(?:dances?|mass|procession))?|\b(?:San|Santa|"
            r"Santo|St\.?)\s+[A-Z][a-z]+\s+"
            r"(?:feast\s+day|fiesta)(?:\s+(?:dances?|mass|procession))?",
            0,
        ),
        "religion",
        "feast-day",
    ),
    (
        rx(
            r"\b(?:Good Friday|Palm Sunday|Corpus Christi|Easter)\s+(?:procession|service|mass|"
            r"vigil|sunrise service)\b"
        ),
        "religion",
        "observance",
    ),
    (
        rx(
            r"\b(?:John|Matthew|Mark|Luke|Acts|Romans|Psalms?|Proverbs|Philippians|Jeremiah|Isaiah|"
            r"Genesis|Exodus|Corinthians|Ephesians|Galatians|Hebrews|Revelation|Joshua|Deuteronomy|"
            r"Timothy|Peter|James|Micah|Surah|Sura)\s+\d{1,3}:\d{1,3}(?:-\d{1,3})?\b",
            0,
        ),
        "religion",
        "scripture-verse",
    ),
    (
        rx(r"\bOur Lady of (?:the\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*", 0),
        "religion",
        "named-parish",
    ),
    (rx(r"\bSacred Heart\b(?!\s+(?:Hospital|Medical|University))", 0), "religion", "named-parish"),
)

RECOGNIZERS = (PatternRecognizer("religion", RULES),)
