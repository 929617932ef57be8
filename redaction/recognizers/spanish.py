"""Spanish and Spanglish mentions whose protected sense depends on the words around them.

Unambiguous Spanish words (embarazada, católico, indocumentado) are lexicon entries in
``patterns/es_<category>.jsonl``. The rules here are for words that are protected only in one
construction, like their English counterparts: "soy morena" but "la camioneta morena", "tengo
35 años" but "hace años", "no tiene papeles" but "los papeles del carro", "soy sordo" but "se
hace el sordo". Group 1, when it matched, is the mention; the rest is context.
"""

from __future__ import annotations

import re

from .base import PatternRecognizer, rx

NUM_ES = (
    r"(?:\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|"
    r"cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
)
MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
BABY_ES = r"(?:baby|beb[eé]|bebita|bebito|nen[ea])"
# "ya mero" and its kin announce any child: "ya casi nace mi princesa"
CHILD_ES = r"(?:baby|beb[eé]|bebita|bebito|nen[ea]|ni[ñn][oa]|princesa|pr[ií]ncipe)"
COMES_ES = r"(?:viene|llega|nace)"
KIN_ES = (
    r"(?:hij[oa]s?|espos[oa]|novi[oa]|marido|mujer|mam[aá]|pap[aá]|madre|padre|abuel[oa]|"
    r"abuelit[oa]|herman[oa]|prim[oa]|t[ií][oa]|amig[oa]|vecin[oa]|suegr[oa]|jefit[oa])s?"
)
# The subject of "ser"/"estar" that is a person: "él", "ella" or a relative ("mi abuelo").
PERSON_SUBJECT_ES = (
    r"(?:él|ella|ellos|ellas|(?:mi|mis|su|sus|tu|tus|nuestr[oa]s?)\s+" + KIN_ES + ")"
)
# A person said to be or have something: first and second person, or a person subject.
COPULA_ES = (
    r"(?:soy|eres|somos|sea|seas|estoy|estás|estamos|sigo|" + PERSON_SUBJECT_ES + r"\s+"
    r"(?:es|son|era|eran|está|están|sigue|siguen))"
)
# "ser" only: a colour with "estar" is a passing state ("estoy blanco del susto", "quedó negro").
SER_ES = r"(?:soy|eres|somos|sea|seas|" + PERSON_SUBJECT_ES + r"\s+(?:es|son|era|eran))"
BLOOD_KIN_ES = (
    r"(?:mam[aá]|pap[aá]|madre|padre|abuel[oa]s?|abuelit[oa]|bisabuel[oa]|herman[oa]s?|t[ií][oa]s?|"
    r"padres|pap[aá]s)"
)
# Illnesses that run in families ("mi mamá tiene diabetes"), as in the English rule.
HEREDITARY_ES = (
    r"(?:diabetes|c[aá]ncer(?:\s+de\s+(?:mama|seno|colon|pr[oó]stata|pulm[oó]n|ovario))?|"
    r"alzh?eimer|demencia|parkinson|presi[oó]n\s+alta|hipertensi[oó]n|infartos?|"
    r"derrame(?:\s+cerebral)?|esquizofrenia|trastorno\s+bipolar|epilepsia|huntington|lupus|"
    r"colesterol\s+alto|enfermedad\s+(?:del\s+coraz[oó]n|renal)|problemas\s+del\s+coraz[oó]n)"
)
PLACE = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|la|los|las))*"

MARITAL = (
    # "soy soltera", "él está separado": a status only when said of a person.
    (
        rx(
            COPULA_ES + r"\s+(?:(?:muy|bien|felizmente|recién|todavía|aún|ya)\s+)?"
            r"(solter[oa]s?|separad[oa]s?|comprometid[oa]s?)\b"
            r"(?!\s+(?:con\s+(?:el|la|los|las|su|sus|mi|mis|nuestr[oa])\s+(?!novi|prometid)|"
            r"de\s+))"
        ),
        "marital_status",
        "es-status",
    ),
    # "su esposa", "tu marido": a spouse, possessive included like "his wife".
    (
        rx(
            r"\b(?:su|sus|tu|tus|nuestr[oa])\s+(?:ex-?\s?)?(?:esposa|esposo|marido|novia|novio|"
            r"prometid[oa]|mujer)\b(?!\s+(?:de\s+(?:la|las|los)|que\s+atiende))"
        ),
        "marital_status",
        "es-possessive-spouse",
    ),
    # "mis hijos", "her mija", "nuestros dos niños": parental status, like "my son".
    (
        rx(
            r"\b(?:my|our|his|her|their|mi|mis|su|sus|tu|tus|nuestr[oa]s?)\s+"
            r"(?:(?:\d|dos|tres|cuatro|cinco|two|three|four)\s+)?"
            r"(?:hij[oa]s?|mij[oa]s?|hijastr[oa]s?|niños|chamac[oa]s|plebes|bebés?|bebes?|"
            r"niet[oa]s?)\b"
        ),
        "marital_status",
        "es-possessive-child",
    ),
    # "tengo 3 hijos", "no tenemos hijos": like "I have 3 kids".
    (
        rx(
            r"\b(?:no\s+)?(?:tengo|tiene|tenemos|tienen)\s+(?:\d|un|una|dos|tres|cuatro|cinco|"
            r"seis)?\s*(?:hij[oa]s?|chamac[oa]s|plebes)\b"
        ),
        "marital_status",
        "es-number-of-children",
    ),
    # "mamá de 2", "papá de tres": parental status, like "mom of three".
    (
        rx(
            r"\b(?:mam[aá]|madre|pap[aá]|padre)\s+de\s+(?:\d|dos|tres|cuatro|cinco|seis)\b"
            r"(?!\s*(?:años|meses|semanas|d[ií]as|horas|minutos))"
        ),
        "marital_status",
        "es-parent-of",
    ),
)

SEX = (
    # "como mujer en la policía", "la única mujer del turno": a person's sex stated.
    (
        rx(
            r"\b(?:como|siendo)\s+(?:una\s+|un\s+)?(mujer|hombre)\b"
            r"(?!\s+(?:lobo|araña|arana|maravilla|murciélago|murcielago|invisible|elástico|"
            r"de\s+(?:hojalata|acero)))"
        ),
        "sex",
        "es-as-a",
    ),
    (rx(r"\b(?:la|el)\s+[úu]nic[oa]\s+(mujer|hombre)\b"), "sex", "es-only-one"),
    # A form field keeps only its value: "Sexo: femenino".
    (rx(r"\bsexo\s*:\s*(femenino|masculino|mujer|hombre|(?-i:[FM]))\b"), "sex", "es-form"),
)

PREGNANCY = (
    (
        rx(
            r"\bembarazada\s+de\s+" + NUM_ES + r"\s+(?:semanas|meses)\b"
            r"|\b(?:con\s+)?"
            + NUM_ES
            + r"\s+(?:semanas|meses)\s+de\s+(?:embarazo|embarazada|panza)\b"
        ),
        "pregnancy",
        "es-weeks",
    ),
    # "34 semanas y contando": a pregnancy only when the finding speaks of one elsewhere.
    (rx(r"\b\d{1,2}\s+semanas\b"), "pregnancy", "es-weeks-weak"),
    (
        rx(
            r"\b(?:el|mi|la|su)\s+beb[eé]\s+(?:ya\s+)?(?:patea|pate[oó]|est[aá]\s+pateando|"
            r"se\s+mueve|se\s+movi[oó])\b"
        ),
        "pregnancy",
        "es-baby-kicks",
    ),
    # "ya mero llega mi baby girl", "ya viene el bebé #3 en julio", "el bebé viene en marzo":
    # a birth about to come
    (
        rx(
            r"\b(?:ya\s+(?:mero|casi|pronto)\s+"
            + COMES_ES
            + r"\s+(?:mi|el|la|nuestr[oa])\s+"
            + CHILD_ES
            + r"|(?:ya\s+)?"
            + COMES_ES
            + r"\s+(?:mi|el|la|nuestr[oa])\s+"
            + BABY_ES
            + r")\b(?:\s+#?\d)?(?:\s+en\s+"
            + MONTHS_ES
            + r")?"
            r"|\b(?:el|la|mi|nuestr[oa])\s+"
            + BABY_ES
            + r"\s+(?:ya\s+)?"
            + COMES_ES
            + r"\s+en\s+"
            + MONTHS_ES
            + r"\b"
        ),
        "pregnancy",
        "es-baby-coming",
    ),
)

NATIONAL_ORIGIN = (
    # "nací en Chihuahua", "nacida en Guadalajara"; a place in the United States is dropped later.
    (
        rx(
            r"\b(?:nac[ií]|naci[oó]|nacieron|nacid[oa]s?)\s+(?:y\s+criad[oa]s?\s+)?en\s+"
            r"(?:el\s+|la\s+)?" + PLACE
        ),
        "national_origin",
        "es-born-in-place",
    ),
    # "mis papás son de El Salvador": kept only when the place is a country.
    (
        rx(
            r"\b(?:soy|eres|es|somos|son|era|eran|fue|fueron|vengo|viene|vienen|venimos|vino|"
            r"vinieron|originari[oa]s?|orgullos[oa]\s+de\s+ser)\s+"
            r"(de\s+(?:la\s+|el\s+)?" + PLACE + ")"
        ),
        "national_origin",
        "es-is-from-country",
    ),
    (
        rx(
            r"\b(?:me\s+vine|se\s+vino|se\s+vinieron|nos\s+vinimos|emigr[eéoó]|emigraron|"
            r"emigramos|inmigr[eéoó]|inmigraron|hu[ií]mos|huyeron|huy[oó])\s+(?:para\s+ac[aá]\s+)?"
            r"de(?:sde)?\s+(?:el\s+|la\s+)?" + PLACE
        ),
        "national_origin",
        "es-came-from",
    ),
    # "no tiene papeles", "arreglando sus papeles", but not "los papeles del carro".
    (
        rx(
            r"\b(?:no\s+(?:tiene|tengo|tienen|tenía|tenían|tenemos)|arregl(?:ar|ando|[eé]|[oó]|"
            r"aron|amos))\s+(?:(?:los|sus|mis|tus)\s+)?papeles\b(?!\s+del?\s)"
        ),
        "national_origin",
        "es-papers",
    ),
)

RACE_COLOR = (
    # "soy morena", "ella es güera": a colour said of a person, never of a thing.
    (
        rx(
            SER_ES + r"\s+(?:(?:muy|bien|medio|más)\s+)?"
            r"(moren[oa]s?|negr[oa]s?|blanc[oa]s?|güer[oa]s?|guer[oa]s?|priet[oa]s?|indi[oa]s?|"
            r"indígenas?)\b(?!\s+(?:de\s+(?:coraje|miedo|rabia)))"
        ),
        "race_color",
        "es-predicate",
    ),
    # "ese negro", "esos prietos": a colour word standing for a person after a demonstrative.
    (
        rx(
            r"\b(?:ese|esa|esos|esas|este|estos|estas|aquel|aquella|pinche|pinches|puros?)\s+"
            r"((?-i:negr[oa]s?|priet[oa]s?|indi[oa]s?|morenos|morenas|güer[oa]s?))\b"
        ),
        "race_color",
        "es-colour-noun",
    ),
)

AGE = (
    # "tengo 35 años", "ella tiene 52 años", "mi hijo cumple 16": an age said of a person.
    (
        rx(
            r"\b(?:tengo|tenía|tienes|cumplí|cumplo|cumpliré|voy\s+a\s+cumplir|acabo\s+de\s+cumplir|"
            r"(?:él|ella|(?:mi|su|tu|my|his|her|our)\s+"
            + KIN_ES
            + r")\s+(?:tiene|tenía|cumple|cumplió|"
            r"va\s+a\s+cumplir|acaba\s+de\s+cumplir))\s+(?:los\s+)?(" + NUM_ES + r"(?:\s+años)?)"
            r"(?!\s*(?:hijos|niños|meses|semanas|d[ií]as|horas|minutos|pesos|d[oó]lares|veces|"
            r"a[ñn]os\s+(?:de|en|trabajando|aquí|casad)))"
        ),
        "age",
        "es-age",
    ),
    # "un hombre de 45 años", "señora de 70 años".
    (
        rx(
            r"\b(?:hombre|mujer|señor|señora|muchach[oa]|chav[oa]|joven|niñ[oa]|hij[oa]|persona|"
            r"individuo|sujeto|viej[oa]|anciano|anciana|nana|tata|"
            + KIN_ES
            + r")\s+de\s+("
            + NUM_ES
            + r"\s+años)"
        ),
        "age",
        "es-person-of-age",
    ),
    # "disfrutando mis 40", "sus cincuenta años".
    (
        rx(
            r"\b(?:mis|sus|tus)\s+(?:\d0|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta)"
            r"(?:\s+años\b|(?!\s+[^\W\d_]))"
        ),
        "age",
        "es-decade",
    ),
    # "Feliz 50, Tía Connie": a birthday wish names the age.
    (
        rx(r"\bfeliz\s+(\d{1,3}(?:\s+años)?)\b(?!\s*(?:aniversario|de\b|%))"),
        "age",
        "es-birthday",
    ),
    # "nací en 1985": a birth year.
    (
        rx(r"\b(?:nac[ií]|naci[oó]|nacid[oa])\s+en\s+(?:el\s+)?(?:19|20)\d\d\b"),
        "age",
        "es-born-year",
    ),
)

DISABILITY = (
    # "soy sordo", "ella está ciega", but not "se hace el sordo".
    (
        rx(
            r"(?:" + COPULA_ES + r"|naci[oó]|nac[ií]|qued[eéoó])\s+(?:(?:muy|bien|medio|casi|"
            r"completamente)\s+)?(sord[oa]s?|cieg[oa]s?|mud[oa]s?|paralític[oa]s?|diabétic[oa]s?|"
            r"bipolar|autista|epiléptic[oa]s?)\b(?!\s+(?:de\s+(?:amor|coraje|rabia)|a\s+))"
        ),
        "disability",
        "es-predicate",
    ),
)

GENETIC_INFORMATION = (
    # "mi mamá tiene diabetes": an illness of a blood relative is family medical history.
    (
        rx(
            r"\b(?:mi|mis|su|sus|tu|nuestr[oa]s?)\s+" + BLOOD_KIN_ES + r"\s+(?:también\s+)?"
            r"(?:tiene|tienen|tenía|tenían|tuvo|tuvieron|padece|padecía|sufre\s+de|sufría\s+de|"
            r"muri[oó]\s+de|falleci[oó]\s+de|se\s+muri[oó]\s+de)\s+(?:(?:un|una|el|la)\s+)?"
            r"(" + HEREDITARY_ES + r")\b"
        ),
        "genetic_information",
        "es-relative-illness",
    ),
)

MILITARY_STATUS = (
    # "fui soldado", but not "el tubo está soldado" (welded).
    (
        rx(r"\b(?:soy|es|era|fue|fui|como|un|una)\s+(soldad[oa]s?)\b"),
        "military_status",
        "es-soldier",
    ),
    # "soy veterano", "un veterano de Irak", but not "un veterano del equipo de softbol".
    (
        rx(
            r"(?:\b(?:soy|es|eres|somos|son|era|un|una|unos|los|las|orgullos[oa]s?)|,)\s+"
            r"(veteran[oa]s?)\b(?!\s+(?:del?\s+(?:la\s+|los\s+|el\s+)?(?!ejército|ejercito|"
            r"marina|guerra|fuerza|guardia|marines|army|navy|vietnam|corea|irak|iraq|afganist|"
            r"golfo)[^\W\d_]+|periodista|reporter[oa]|maestr[oa]|entrenador(?:a)?|jugador(?:a)?|"
            r"policía|oficial|detective|bombero|agente))"
        ),
        "military_status",
        "es-veteran",
    ),
    # "veterano del Army", "veterana de la Marina": the service joins the word
    (
        rx(
            r"\bveteran[oa]s?\s+(?:del?|de\s+la|de\s+los)\s+(?:ejército|ejercito|marina|fuerza\s+a[eé]rea|"
            r"marines|guardia\s+(?:nacional|costera)|army|navy|air\s+force|marine\s+corps|"
            r"national\s+guard|coast\s+guard|guerra\s+de\s+\w+|Irak|Iraq|Vietnam|Corea)\b"
        ),
        "military_status",
        "es-veteran",
    ),
    (
        rx(
            r"\b(?:sirvi[oó]|serv[ií]|servimos|sirvieron|estuvo|estuve)\s+en\s+(?:el\s+|la\s+|los\s+)?"
            r"(?:ejército|ejercito|marina|fuerza\s+aérea|fuerza\s+aerea|marines|guardia\s+nacional|"
            r"army|navy|air\s+force|marine\s+corps|national\s+guard|Irak|Iraq|Afganist[aá]n|Afghanistan|"
            r"Kuwait|Vietnam|Corea)\b"
            r"(?:\s+(?:por|durante)\s+" + NUM_ES + r"\s+años)?"
        ),
        "military_status",
        "es-served-in",
    ),
    (
        rx(
            r"\bdesplegad[oa]s?\s+(?:en|a)\s+(?:Irak|Iraq|Afganistán|Afganistan|Afghanistan|Kuwait)"
        ),
        "military_status",
        "es-deployed",
    ),
)

POLITICAL_AFFILIATION = (
    # "voy a votar por Trump": only a candidate counts (checked against the model's PERSON).
    (
        rx(
            r"\b(?:vot[eéoó]|votaré|votamos|votar|votando|votaría|apoy[oé]|apoyamos|apoyando)\s+"
            r"(?:por|a)\s+(?:el\s+|la\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
        ),
        "political_affiliation",
        "es-candidate-vote",
    ),
    (
        rx(
            COPULA_ES + r"\s+(?:(?:muy|bien|bastante)\s+)?"
            r"(liberal(?:es)?|conservador(?:a|es|as)?|progresista|socialista|comunista)\b"
        ),
        "political_affiliation",
        "es-ideology",
    ),
)


def _recognizer(name: str, rules: tuple[tuple[re.Pattern, str, str], ...]) -> PatternRecognizer:
    return PatternRecognizer(f"spanish-{name}", rules)


RECOGNIZERS = (
    _recognizer("marital_status", MARITAL),
    _recognizer("sex", SEX),
    _recognizer("pregnancy", PREGNANCY),
    _recognizer("national_origin", NATIONAL_ORIGIN),
    _recognizer("race_color", RACE_COLOR),
    _recognizer("age", AGE),
    _recognizer("disability", DISABILITY),
    _recognizer("genetic_information", GENETIC_INFORMATION),
    _recognizer("military_status", MILITARY_STATUS),
    _recognizer("political_affiliation", POLITICAL_AFFILIATION),
)
