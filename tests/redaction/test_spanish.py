"""Spanish and Spanglish findings: protected wording is caught like its English counterpart,
and a Spanish word in its ordinary sense stays."""

from __future__ import annotations

import pytest

from redaction import CATEGORIES
from redaction.lexicon import load_patterns
from tests.redaction.conftest import assert_kept, assert_redacted_as

pytestmark = pytest.mark.slow

# (text, words that must be redacted, category)
PROTECTED = [
    # marital_status
    ("Comment from her account: mi ex-esposo nunca paga nada.", "mi ex-esposo", "marital_status"),
    ("Caption under the beach photo: con mi marido en Rocky Point.", "mi marido", "marital_status"),
    ("Bio: divorciada, Dallas Cowboys fan.", "divorciada", "marital_status"),
    ("Post: ya soy soltero otra vez jaja.", "soltero", "marital_status"),
    ("He posted a reel captioned 'mis hijos son mi motor'.", "mis hijos", "marital_status"),
    ("Profile says: papá de 3 y mecánico.", "papá de 3", "marital_status"),
    ("Post: su esposa trabaja en la oficina del condado.", "su esposa", "marital_status"),
    ("Post: tengo 3 hijos y un perro.", "tengo 3 hijos", "marital_status"),
    # sex
    ("Post: como mujer en la policía me toca el doble.", "mujer", "sex"),
    ("Post: soy la única mujer del turno de noche.", "mujer", "sex"),
    ("Form pasted in his post: Sexo: masculino", "masculino", "sex"),
    # pregnancy
    ("Post: ¡estoy embarazada! no lo puedo creer", "embarazada", "pregnancy"),
    ("Update: 28 semanas de embarazo y ya no duermo.", "28 semanas de embarazo", "pregnancy"),
    ("Her story: el bebé se mueve cada vez que como dulces.", "el bebé se mueve", "pregnancy"),
    ("Caption: amamantando en el parque y qué.", "amamantando", "pregnancy"),
    ("Caption: casi lista #futuramama", "#futuramama", "pregnancy"),
    ("Caption: ya mero #30semanas", "#30semanas", "pregnancy"),
    # religion
    ("He wrote that he never misses misa on Sunday.", "misa", "religion"),
    ("Photos from her son's Primera Comunión at the cathedral.", "Primera Comunión", "religion"),
    ("Comment: soy católica pero no juzgo.", "católica", "religion"),
    ("Reply: esos musulmanes deberían regresarse.", "musulmanes", "religion"),
    ("His sister is a testigo de Jehová, he posted.", "testigo de Jehová", "religion"),
    # national_origin
    (
        "Bio: nacido en Ciudad Obregón, viviendo en Hobbs.",
        "nacido en Ciudad Obregón",
        "national_origin",
    ),
    ("Post: mis abuelos eran de Guatemala y nunca volvieron.", "de Guatemala", "national_origin"),
    ("Comment: su papá no tiene papeles, todos saben.", "no tiene papeles", "national_origin"),
    ("Post: por fin me hice ciudadana!!", "me hice ciudadana", "national_origin"),
    ("Reply: puro mojado en esa obra.", "mojado", "national_origin"),
    ("Bio: orgullosa hondureña 🇭🇳", "hondureña", "national_origin"),
    # sexual_orientation
    ("Post: mi prima es lesbiana y la queremos igual.", "lesbiana", "sexual_orientation"),
    ("Comment: ese joto no debería ser policía.", "joto", "sexual_orientation"),
    ("She posted: mi novia me sorprendió con flores.", "mi novia", "sexual_orientation"),
    ("Ella publicó: mi novia y yo cumplimos un año.", "mi novia", "sexual_orientation"),
    ("Post: salí del clóset a los 19.", "salí del clóset", "sexual_orientation"),
    # gender_identity
    ("Post: mi amiga es una mujer trans y la defiendo.", "mujer trans", "gender_identity"),
    ("Comment: no quiero trabajar con un travesti.", "travesti", "gender_identity"),
    # age
    ("Post: hoy cumplí 50 y me siento de 30!", "50", "age"),
    ("Caption: tengo 42 años y sigo en el gym.", "42 años", "age"),
    ("Comment: un señor de 70 años no debería manejar.", "70 años", "age"),
    ("Post: nací en 1979, la mejor generación.", "nací en 1979", "age"),
    ("Post: los viejitos del barrio no sirven para nada.", "viejitos", "age"),
    # race_color
    ("Post: soy morena y orgullosa.", "morena", "race_color"),
    ("Comment: no le rento a esos prietos.", "prietos", "race_color"),
    ("Post: mi abuela es indígena de Oaxaca.", "indígena", "race_color"),
    ("Comment: el güero del taller no sabe nada.", "güero", "race_color"),
    # disability
    ("Post: luchando con la depresión otra vez.", "depresión", "disability"),
    ("Bio: soy sorda y orgullosa.", "sorda", "disability"),
    ("Post: mi abuelo es ciego desde el accidente.", "ciego", "disability"),
    (
        "Post: mi esposo anda en silla de ruedas desde el accidente.",
        "silla de ruedas",
        "disability",
    ),
    ("Post: mi hermano es discapacitado y trabaja.", "discapacitado", "disability"),
    # genetic_information
    ("Post: mi papá tiene diabetes y yo me cuido.", "diabetes", "genetic_information"),
    ("Post: el alzheimer corre en mi familia.", "corre en mi familia", "genetic_information"),
    ("Post: mi abuela murió de cáncer de mama.", "cáncer de mama", "genetic_information"),
    # military_status
    ("Post: soy veterano, 12 años de servicio.", "veterano", "military_status"),
    (
        "Post: mi tío sirvió en la marina por 20 años.",
        "sirvió en la marina por 20 años",
        "military_status",
    ),
    ("Post: orgullosa de mi hijo en el ejército.", "en el ejército", "military_status"),
    ("Post: fui soldado nueve años.", "soldado", "military_status"),
    # political_affiliation
    ("Post: toda mi vida he sido demócrata.", "demócrata", "political_affiliation"),
    ("Comment: yo voté por Obama dos veces.", "Obama", "political_affiliation"),
    ("Reply: los republicanos no entienden nada.", "republicanos", "political_affiliation"),
]

# (text, words that must stay): a Spanish word in its ordinary, unprotected sense.
KEPT = [
    ("Post: estoy bien cansada después del turno.", "cansada"),  # never "fixed" to casada
    ("Post: esa mujer del anuncio vende tamales.", "mujer"),
    ("Post: me comprometí con el trabajo este año.", "comprometí"),
    ("Post: el evento duró 2 semanas.", "2 semanas"),
    ("Post: me quedé esperando el bus una hora.", "esperando"),
    ("Post: la confirmación de la cita llegó tarde.", "confirmación"),
    ("Post: Cristiano Ronaldo metió dos goles.", "Cristiano"),
    ("Post: tengo los papeles del carro en la guantera.", "papeles"),
    ("Post: soy de Albuquerque y orgulloso.", "de Albuquerque"),
    ("Post: se hace el sordo cuando le hablo.", "sordo"),
    ("Post: hace años que no voy a Juárez.", "años"),
    ("Post: mi camioneta tiene 10 años y sigue jalando.", "10 años"),
    ("Post: mis 40 dólares se perdieron.", "mis 40"),
    ("Post: compré una camioneta negra.", "negra"),
    ("Post: el piso está mojado, cuidado.", "mojado"),
    ("Comment: ¡qué madre! se me olvidó.", "madre"),
    ("Post: el programa cumple 10 años.", "10 años"),
    ("Post: es un veterano del equipo de softbol.", "veterano"),
    ("Post: voy a votar por la propuesta del parque.", "la propuesta"),
    ("Post: la depresión tropical trajo lluvia.", "depresión"),
    ("Post: nos vemos en la Calle Iglesia.", "Iglesia"),
    ("Post: el café estaba negro y amargo.", "negro"),
    ("Post: nací en Las Cruces.", "Las Cruces"),
    ("Post: se disfrazó como hombre lobo para Halloween.", "hombre"),
    ("Report: le pusieron las esposas y se lo llevaron.", "esposas"),  # handcuffs
    ("Post: se me rompió la mica del celular.", "mica"),  # a screen protector
    ('Report: detenido con Juan "El Güero" Pérez.', "El Güero"),  # a nickname
    ("Post: estoy blanco del susto.", "blanco"),
    ("Caption: qué golazo #cristianoronaldo", "#cristianoronaldo"),
    ("Post: ya está soldado el tubo, no gotea.", "soldado"),  # welded
    ("Post: a mi jefe le dicen el viejo.", "el viejo"),
    ("Caption: terminé el maratón #orgullosa", "#orgullosa"),  # only "proud"
]


@pytest.mark.parametrize(
    ("text", "words", "category"), PROTECTED, ids=[f"{c}:{w}" for _, w, c in PROTECTED]
)
def test_spanish_protected_wording_is_redacted_with_its_category(redactor, text, words, category):
    assert_redacted_as(redactor, text, words, category)


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[w for _, w in KEPT])
def test_a_spanish_word_in_its_ordinary_sense_stays(redactor, text, words):
    assert_kept(redactor, text, words)


def test_the_spanish_tables_cover_every_category():
    assert {c for _, _, c in PROTECTED} == set(CATEGORIES)


def test_spanish_entries_are_marked_spanish():
    spanish = [e for e in load_patterns() if e.source.startswith("es_")]
    assert spanish and all(e.lang == "es" for e in spanish)


def test_spanish_hashtag_stems_are_not_phrases(redactor):
    # "semanas" is a hashtag stem only: the plain word is ordinary Spanish.
    result = redactor.redact("Post: semanas de trabajo sin descanso.")
    assert result.spans == ()
