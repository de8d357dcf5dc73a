"""Datelines, dates, credits, bylines and footers in the styles news text prints them."""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata

import pytest

from flows.clean import (
    _ODD_CHARACTERS,
    _SPACE_BEFORE_END,
    _STRAY_LEADING,
    _STRAY_TRAILING,
    _ZERO_WIDTH,
    NON_TEXT_CONTROLS,
    SEPARATOR,
    _is_debris,
    _spaced_plainly,
    _without_stray_ends,
    clean_block,
    clean_blocks,
    is_debris,
    normalize_text,
)
from flows.extract.byline import match_byline
from flows.extract.credits import split_credit
from flows.extract.dateline import find_dateline
from flows.extract.dates import match_date, resolve
from flows.extract.footer import split_footer


@pytest.mark.parametrize(
    ("block", "place", "agency", "date_text", "rest"),
    [
        ("Havana, July 18 (RHC)--The relationship is good.", "Havana", "RHC", "July 18", "The relationship"),
        ("Mexico City.- Juan met the minister.", "Mexico City", None, None, "Juan met"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "Washington", "AP", None, "The Senate"),
        ("HAVANA, Cuba, Apr 16 (ACN) The Cuban government said.", "Havana, Cuba", "ACN", "Apr 16", "The Cuban"),
        (
            "Ciudad de México, 22 jun (Prensa Latina).- El canciller dijo que sí.",
            "Ciudad de México", "Prensa Latina", "22 jun", "El canciller",
        ),
        ("MADRID, 5 Mar. (EUROPA PRESS) - El Gobierno aprobó el plan.", "Madrid", "EUROPA PRESS", "5 Mar.", "El Gobierno"),
        ("CIUDAD DE MÉXICO (EFE).- La presidenta habló.", "Ciudad de México", "EFE", None, "La presidenta"),
        ("Bogotá, 3 de mayo de 2024 (AFP) -- El presidente firmó.", "Bogotá", "AFP", "3 de mayo de 2024", "El presidente"),
        ("LONDON — Ministers met on Monday.", "London", None, None, "Ministers"),
        ("San José, Costa Rica, June 3, 2023 — Officials said.", "San José, Costa Rica", None, "June 3, 2023", "Officials"),
        ("OAXACA, 5 mar.- Las lluvias dejaron daños.", "Oaxaca", None, "5 mar.", "Las lluvias"),
        ("Lima, 4 de junio.- El Congreso votó.", "Lima", None, "4 de junio.", "El Congreso"),
        ("SEVILLA, 3 (EUROPA PRESS) - La Junta aprobó el plan.", "Sevilla", "EUROPA PRESS", "3", "La Junta"),
        ("ROMA, 3 (ANSA) - El primer ministro habló.", "Roma", "ANSA", "3", "El primer"),
        ("MADRID, 3 (EUROPA PRESS) El Gobierno aprobó el plan.", "Madrid", "EUROPA PRESS", "3", "El Gobierno"),
        (
            "VALENCIA (España), 3 mar (EUROPA PRESS) - La Generalitat aprobó el plan.",
            "Valencia, España", "EUROPA PRESS", "3 mar", "La Generalitat",
        ),
        (
            "SANTIAGO DE COMPOSTELA (A Coruña), 3 (EUROPA PRESS) - La Xunta aprobó el plan.",
            "Santiago de Compostela, A Coruña", "EUROPA PRESS", "3", "La Xunta",
        ),
        ("(Bloomberg) -- The Federal Reserve held rates steady.", None, "Bloomberg", None, "The Federal"),
        ("(Reuters) - Oil prices rose on Tuesday.", None, "Reuters", None, "Oil prices"),
        ("París, 3 mar 2024 (AFP) - El presidente francés habló.", "París", "AFP", "3 mar 2024", "El presidente"),
        ("Berlín, 3 mar (dpa) - El canciller habló.", "Berlín", "dpa", "3 mar", "El canciller"),
        ("Beijing, 3 mar (Xinhua) -- El presidente habló.", "Beijing", "Xinhua", "3 mar", "El presidente"),
        ("MOSCÚ (Sputnik) — El Kremlin lo negó.", "Moscú", "Sputnik", None, "El Kremlin"),
        ("SAN JUAN, Puerto Rico (AP) — The governor said.", "San Juan, Puerto Rico", "AP", None, "The governor"),
        ("SACRAMENTO, Calif. (AP) — The governor signed.", "Sacramento, Calif.", "AP", None, "The governor"),
        ("ST. LOUIS (AP) — The mayor said.", "St. Louis", "AP", None, "The mayor"),
        ("CHILPANCINGO, Gro.- Las lluvias dejaron daños.", "Chilpancingo, Gro.", None, None, "Las lluvias"),
        ("XALAPA, Ver.— Las lluvias dejaron daños.", "Xalapa, Ver.", None, None, "Las lluvias"),
        (
            "NEW YORK/LONDON, March 3 (Reuters) - Oil prices rose.",
            "New York/London", "Reuters", "March 3", "Oil prices",
        ),
        ("Lima, mar. 3 (ANDINA). El Congreso votó la ley.", "Lima", "ANDINA", "mar. 3", "El Congreso"),
        ("March 3 (UPI) -- The Senate voted on Tuesday.", None, "UPI", "March 3", "The Senate"),
        ("Sept. 4 (UPI) -- The Senate voted on Tuesday.", None, "UPI", "Sept. 4", "The Senate"),
        ("Redacción Internacional, 3 mar (EFE).- El presidente firmó.", None, "EFE", "3 mar", "El presidente"),
        ("REDACCIÓN AMÉRICA, 3 mar (EFE).- El presidente firmó.", None, "EFE", "3 mar", "El presidente"),
        (
            "ALCALÁ DE HENARES (Madrid), 3 de marzo de 2024.- El pleno votó.",
            "Alcalá de Henares, Madrid", None, "3 de marzo de 2024", "El pleno",
        ),
        ("FRANKFORT, Ky., Feb 26 - The distiller said it would pay more.", "Frankfort, Ky.", None, "Feb 26", "The distiller"),
        ("FRANKFORT, Ky., Feb 26 (Reuters) - The distiller said.", "Frankfort, Ky.", "Reuters", "Feb 26", "The distiller"),
        ("TOPEKA, Kan., March 3 (AP) — The governor signed.", "Topeka, Kan.", "AP", "March 3", "The governor"),
        ("GUADALAJARA, Jal., 26 feb (EFE).- El gobernador habló.", "Guadalajara, Jal.", "EFE", "26 feb", "El gobernador"),
        ("Chilpancingo, Gro., 3 de marzo.- Las lluvias dejaron daños.", "Chilpancingo, Gro.", None, "3 de marzo.", "Las lluvias"),
        ("(CNN)The US government said on Monday it was watching.", None, "CNN", None, "The US government"),
        ("(Reuters)“We are ready,” the minister said.", None, "Reuters", None, "“We are ready"),
    ],
    ids=[
        "rhc-double-hyphen", "place-dot-hyphen", "caps-agency-emdash", "caps-region-no-separator",
        "spanish-agency-dot-hyphen", "spanish-caps-hyphen", "caps-particle", "spanish-full-date",
        "caps-emdash-only", "place-region-full-date", "abbreviated-month-dot-hyphen", "month-dot-hyphen",
        "europa-press-day-alone", "ansa-day-alone", "day-alone-no-separator", "bracketed-country",
        "bracketed-province-day-alone", "agency-alone-double-hyphen", "agency-alone-hyphen", "afp-spanish-year",
        "dpa-lower-case", "xinhua-double-hyphen", "sputnik-no-date", "ap-place-and-region",
        "ap-state-abbreviation", "abbreviated-first-word", "mexican-state-hyphen", "mexican-state-dash",
        "reuters-two-places", "andina-full-stop", "upi-date-first", "upi-abbreviated-month", "efe-desk",
        "efe-desk-caps", "bracketed-region-and-date", "reuters-state-cut-short-and-date",
        "reuters-state-cut-short-date-and-agency", "ap-state-cut-short-and-date", "efe-mexican-state-and-date",
        "mexican-state-and-date-dot-hyphen", "cnn-agency-glued-to-the-text", "agency-glued-to-a-quote",
    ],
)  # fmt: skip
def test_datelines(block: str, place: str | None, agency: str | None, date_text: str | None, rest: str) -> None:
    found = find_dateline(block)
    assert found is not None
    assert found.place == place
    assert found.agency == agency
    assert (found.date.text if found.date else None) == date_text
    assert block[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "The relationship between the United States and Mexico is good.",
        "President Biden said on Monday that talks would resume.",
        "Mexico and Cuba signed an agreement - a first in years.",
        "In Havana, officials said the plan would work.",
        "“We will continue,” she said.",
        "On March 5.- The council met.",
        "Madrid, la capital, amaneció con lluvia.",
        "Paris (France) is a city of two million people.",
        "Madrid (España) es la capital del país.",
        "Paris (France), the capital, woke up to rain.",
        "Valencia (España), la ciudad del Turia, celebró las Fallas.",
        "Valencia, 3 de sus 5 playas están cerradas.",
        "Sevilla, 3 veces campeón, perdió el domingo.",
        "Roma, 3 (dos de ellos de penalti) a 1 ganó el derbi.",
        "María López, 3, was found safe on Tuesday.",
        "(Foto: EFE) — El presidente saluda a los vecinos.",
        "(Actualizado a las 14:30) - El Congreso votó la ley.",
        "(This story has been updated.) The council met.",
        "LIMA, Dr. Pérez dijo que sí.",
        "Juan Pérez (PRI). El diputado votó en contra.",
        "March 3 (Tuesday) was the hottest day.",
        "On March 3 (UPI) -- The Senate voted.",
        "Sevilla, 2 (Ocampos) - Betis, 1 (Fekir).",
        "Barcelona, 3 (2) - Real Madrid, 3 (4), en la tanda de penaltis.",
        "Frankfort, Ky., is the state's capital.",
        "FRANKFORT, Ky., the state's capital, voted on Tuesday.",
        "(Video)The mayor spoke to the crowd.",
        "(PRI)El diputado votó en contra.",
        "(cnn)the network said.",
        "Ciudad de México. Organizaciones sociales exigieron una respuesta.",
    ],
    ids=[
        "plain-sentence", "name-then-verb", "plain-hyphen", "prepositional-start", "quote-start", "date-first",
        "place-then-apposition", "place-with-country-is-subject", "lugar-con-país-es-sujeto",
        "bracketed-country-then-apposition", "país-entre-paréntesis-y-aposición", "number-after-place",
        "number-after-place-2", "number-and-brackets-after-place", "age-after-name", "photo-credit-brackets",
        "update-time-brackets", "bracketed-sentence", "title-abbreviation-after-place", "party-then-full-stop",
        "date-and-weekday", "preposition-before-date", "football-score-and-scorer", "football-penalties",
        "state-cut-short-then-verb", "state-cut-short-then-apposition", "label-glued-to-the-text",
        "party-acronym-glued-to-the-text", "lower-case-glued", "place-and-full-stop-outside-the-body-start",
    ],
)  # fmt: skip
def test_ordinary_first_sentences_are_not_datelines(block: str) -> None:
    assert find_dateline(block) is None


@pytest.mark.parametrize(
    ("block", "place", "date_text", "rest"),
    [
        ("CIUDAD DE MÉXICO - El alcalde de Valdora reabrió el mercado.", "Ciudad de México", None, "El alcalde"),
        ("RIVERTON - The council met on Monday.", "Riverton", None, "The council"),
        ("SANTIAGO, Chile.- Por segunda vez la alcaldesa ganó.", "Santiago, Chile", None, "Por segunda"),
        ("LIMA, Perú.- La ministra habló.", "Lima, Perú", None, "La ministra"),
        ("DARMSTADT, Germany Oct 26 Chemicals maker Acme cut its outlook.", "Darmstadt, Germany", "Oct 26", "Chemicals"),
        ("LYON, France, March 3 Acme shares fell.", "Lyon, France", "March 3", "Acme shares"),
        ("LA PAZ – El gobierno anunció el plan.", "La Paz", None, "El gobierno"),
        ("EL ALTO, 3 mar (EFE).- Los vecinos marcharon.", "El Alto", "3 mar", "Los vecinos"),
    ],
    ids=["spaced-hyphen-after-capitals", "spaced-hyphen-english", "country-before-dot-hyphen",
         "country-with-accent-before-dot-hyphen", "old-reuters-region-and-date-no-separator",
         "old-reuters-comma-date-no-separator", "article-opening-a-known-place", "article-opening-an-unknown-place-with-date"],
)  # fmt: skip
def test_datelines_seen_in_real_crawls(block: str, place: str, date_text: str | None, rest: str) -> None:
    found = find_dateline(block, opens_body=True)
    assert found is not None
    assert (found.place, found.date.text if found.date else None) == (place, date_text)
    assert block[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "LA GACETA – A poco más de un año de asumir, la ministra habló.",
        "EL HERALDO - Los vecinos votaron.",
        "THE COURIER – Two years after the flood, the town rebuilt.",
        "Nuestra Ciudad - El alcalde reabrió el mercado.",
        "Cuba - Estados Unidos: una relación difícil.",
        "Cuba- Estados Unidos: una relación difícil.",
        "EL HERALDO- Los vecinos votaron.",
        "DARMSTADT Germany Oct 26 Chemicals maker Acme cut its outlook.",
        "Acme, Germany Oct 26 was the day the plant closed.",
    ],
    ids=["newspaper-credit", "newspaper-credit-hyphen", "english-newspaper-credit", "mixed-case-spaced-hyphen",
         "two-places-paired", "no-comma-after-the-place", "mixed-case-region-and-date",
         "two-places-paired-hyphen-glued", "newspaper-credit-hyphen-glued"],
)  # fmt: skip
def test_a_newspaper_s_name_or_a_plain_sentence_is_no_dateline(block: str) -> None:
    assert find_dateline(block, opens_body=True) is None


@pytest.mark.parametrize(
    ("block", "place", "rest"),
    [
        ("Ciudad de México. Organizaciones sociales exigieron una respuesta.", "Ciudad de México", "Organizaciones"),
        ("MADRID. El Gobierno aprobó el plan de aguas.", "Madrid", "El Gobierno"),
        ("Madrid. La ciudad amaneció bajo la lluvia.", "Madrid", "La ciudad"),
        ("Venezuela. La oposición convocó una marcha.", "Venezuela", "La oposición"),
        ("Guadalajara.  Los vecinos cerraron la avenida.", "Guadalajara", "Los vecinos"),
        ("London - UK Prime Minister Keir Starmer met the mayors.", "London", "UK Prime"),
        ("Ciudad de México - El alcalde reabrió el mercado.", "Ciudad de México", "El alcalde"),
        ("MÉXICO- En una llamada, los cancilleres hablaron.", "México", "En una"),
    ],
    ids=["city-of-several-words", "city-in-capitals", "city-then-la-ciudad", "country", "two-spaces",
         "spaced-hyphen", "spaced-hyphen-city-of-several-words", "hyphen-glued-to-the-place"],
)  # fmt: skip
def test_a_known_place_and_a_full_stop_open_the_body_as_a_dateline(block: str, place: str, rest: str) -> None:
    found = find_dateline(block, opens_body=True)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, None, None)
    assert block[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "Madrid es la capital del país.",
        "Importante. El plazo para votar vence hoy.",
        "Europa. La Unión aprobó el plan.",
        "Madrid. la ciudad amaneció bajo la lluvia.",
        "Madrid.",
        "Ana Ruiz. La concejala votó en contra.",
    ],
    ids=["place-then-verb", "lead-in-word", "world-region", "lower-case-after-stop", "place-alone", "person"],
)  # fmt: skip
def test_a_full_stop_after_other_words_opens_no_dateline(block: str) -> None:
    assert find_dateline(block, opens_body=True) is None


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("July 18", None, 7, 18),
        ("2024-06-22", 2024, 6, 22),
        ("22 de junio de 2024", 2024, 6, 22),
        ("Saturday, June 22, 2024", 2024, 6, 22),
        ("sábado, 22 de junio del 2024", 2024, 6, 22),
        ("22 jun", None, 6, 22),
        ("Sept. 3", None, 9, 3),
        ("18 July 2024", 2024, 7, 18),
        ("junio de 2024", 2024, 6, None),
        ("1 de setiembre", None, 9, 1),
    ],
)
def test_dates_in_english_and_spanish(text: str, year: int | None, month: int, day: int | None) -> None:
    found = match_date(text, whole=True)
    assert found is not None
    assert (found.year, found.month, found.day) == (year, month, day)


@pytest.mark.parametrize("text", ["Mayor Smith", "June 31, 2024", "2024-13-01", "the 22nd"])
def test_non_dates(text: str) -> None:
    assert match_date(text, whole=True) is None


def test_month_precision_and_leap_day_resolution() -> None:
    month_only = match_date("junio de 2024", whole=True)
    assert month_only is not None
    assert resolve(month_only, None).precision == "month"
    leap = match_date("Feb 29", whole=True)
    assert leap is not None
    resolved = resolve(leap, dt.date(2027, 3, 1))
    assert resolved.date == dt.date(2024, 2, 29) and resolved.is_year_inferred


@pytest.mark.parametrize(
    ("block", "rest", "agency"),
    [
        ("Talks went on, among others. (Source: Prensa Latina)", "Talks went on, among others.", "Prensa Latina"),
        ("El diálogo sigue. (Con información de EFE)", "El diálogo sigue.", "EFE"),
        ("Fuente: Prensa Latina", "", "Prensa Latina"),
        ("Talks went on (as expected).", "Talks went on (as expected).", None),
    ],
    ids=["source-parenthesis", "spanish-con-informacion", "fuente-block", "not-a-credit"],
)
def test_credits(block: str, rest: str, agency: str | None) -> None:
    assert split_credit(block) == (rest, agency)


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE, Associated Press", "JANE DOE, Associated Press"),
        ("Por María Fernanda Gómez", "María Fernanda Gómez"),
        ("Por: Redacción Sur", "Redacción Sur"),
        ("By: Jane Doe", "Jane Doe"),
        ("Por: la mañana del lunes", None),
        ("By Tuesday the talks had failed. Nobody was surprised.", None),
        ("by the way, this is not a byline", None),
    ],
)
def test_bylines(block: str, name: str | None) -> None:
    assert match_byline(block) == name


def test_footer_url_publisher_and_separator() -> None:
    blocks = ["Body one.", "Body two.", SEPARATOR, "https://example.org/news/1", "Radio Ejemplo"]
    body, footer = split_footer(blocks)
    assert body == ["Body one.", "Body two."]
    assert footer.url == "https://example.org/news/1"
    assert footer.publisher == "Radio Ejemplo"


def test_footer_copyright_line() -> None:
    body, footer = split_footer(["Body.", "© 2024 Diario Ejemplo. Todos los derechos reservados."])
    assert body == ["Body."]
    assert footer.publisher == "Diario Ejemplo"


@pytest.mark.parametrize("mark", ["(3)", "[3]"])
def test_an_address_under_a_numbered_note_is_the_notes_source_not_the_articles(mark: str) -> None:
    note = f"{mark} Marta Quiroga, El muelle sur, Diario Ejemplo, 3 de junio de 2024."
    body, footer = split_footer(["Body.", note, "https://diario.example/2024/06/03/muelle/"])
    assert footer.url is None and body[-1] == "https://diario.example/2024/06/03/muelle/"
    # Under the text's last paragraph, the address is the article's.
    assert split_footer(["Body.", "https://diario.example/nota/1"])[1].url == "https://diario.example/nota/1"


@pytest.mark.parametrize("label", ["Story from", "Nota de"])
def test_a_footers_label_before_the_publishers_name_is_not_the_name(label: str) -> None:
    body, footer = split_footer(["Body.", SEPARATOR, f"{label} Radio Ejemplo"])
    assert body == ["Body."] and footer.publisher == "Radio Ejemplo"


def test_a_short_last_paragraph_without_a_footer_sign_stays_in_the_body() -> None:
    body, footer = split_footer(["Body.", "Radio Ejemplo"])
    assert body == ["Body.", "Radio Ejemplo"]
    assert footer.publisher is None


@pytest.mark.parametrize(
    ("block", "cleaned"),
    [
        ("he stated. .", "he stated."),
        ("“Done,” he said .", "“Done,” he said."),
        ("Image not found or type unknown", ""),
        ("Advertisement", ""),
        ("A\u00a0 b\u200b c\u00ad", "A b c"),
        ("Cafe\u0301", "Café"),
        ("He said: “Yes”", "He said: “Yes”"),
        ("Publicidad en la radio creció un 5%.", "Publicidad en la radio creció un 5%."),
    ],
    ids=["stray-period", "stray-after-space", "image-placeholder", "ad-label", "odd-spaces", "nfc", "keeps-quotes",
         "debris-word-inside-sentence"],
)  # fmt: skip
def test_cleaning(block: str, cleaned: str) -> None:
    assert clean_block(block) == cleaned


def test_cleaning_is_idempotent() -> None:
    for block in ["he stated. .", "  x  y ", "“Quote,” he said. ."]:
        assert clean_block(clean_block(block)) == clean_block(block)


@pytest.mark.parametrize(
    "block",
    [
        "Compartir en Facebook",
        "Compartir en Twitter",
        "Compartir en X",
        "Share on Facebook",
        "Share this:",
        "Compartir: Facebook | Twitter | WhatsApp",
        "Copiar enlace",
        "Copy link",
        "Te puede interesar",
        "Noticias relacionadas",
        "Más noticias",
        "Etiquetas",
        "Tags",
        "Temas relacionados",
        "Síguenos en Google News",
        "Suscríbete a nuestro boletín",
        "Lee también: Paro docente: las universidades anuncian una nueva marcha federal",
        "Noticias relacionadas: Panamá registra récord de exportaciones",
        "Read more: Port workers end strike after a week",
        "Related: Ferry route to the islands approved",
        "Etiquetas: Universidades Congreso",
        "Tags: Ports, Panama, Trade",
        "Compartir: Facebook | Twitter | WhatsApp Noticias relacionadas: Panamá registra récord de exportaciones",
        # a page's loading notice, a widget's label and a section's link, as a crawler keeps them
        "Cargando, por favor espere...",
        "Loading, please wait…",
        "Cargando...",
        "contador",
        "Noticias de españa",
        "Noticias de autonomias",
        "Latest news from Riverton",
        "More Harbour news",
        # an image's alternative text, lower-cased by the site ('ep' is the agency's credit)
        "ep la concejala de valdora marta gil en el mercado",
        "the mayor of riverton cuts the ribbon at the new bridge",
        # a blog's comment box and a share button's notice
        "No hay comentarios:",
        "3 comentarios:",
        "Publicar un comentario",
        "(Su comentario puede tardar unos minutos en aparecer)",
        "No comments:",
        "12 comments:",
        "Post a Comment",
        "Leave a reply",
        "Link copied to clipboard",
        "Enlace copiado al portapapeles",
    ],
)
def test_export_debris_blocks_are_removed(block: str) -> None:
    assert clean_block(block) == ""


_LONG_RELATED = (
    "Related: the ministry said on Tuesday that the three ports would share the cost of the works, which will "
    "begin in March and employ about two thousand workers over the next two years, officials added."
)


@pytest.mark.parametrize(
    "block",
    [
        "Noticias relacionadas con la sequía llegaron desde Panamá el martes.",
        "Tags were fitted to forty turtles, the researchers said.",
        "Lee también el informe completo, que la secretaría publicó el martes.",
        "Más noticias llegarán el lunes, dijo el vocero.",
        "Share prices fell on Facebook's results.",
        "Síguenos en la calle, gritaban los manifestantes mientras avanzaban hacia el Congreso desde la plaza "
        "central y la policía cortaba el tráfico en las avenidas cercanas durante toda la tarde del martes.",
        _LONG_RELATED,
        "Noticias de Valdora: el puerto reabre tras la tormenta",
        "Noticias de la guerra llegaron tarde al pueblo.",
        "Cargando camiones, los estibadores trabajaron toda la noche.",
        "No hay comentarios sobre el caso, dijo la fiscal.",
        "Post a comment online and the council will answer, the mayor said.",
        "El contador",
        "News from Riverton reached the capital on Monday.",
        "y el resto, dijo, llegará en mayo.",
        "viernes 8 de septiembre de 2023",
        "Noticias del Caribe",
        "News from Riverton",
        "updated march 3, 2024",
    ],
    ids=["label-words-in-a-sentence", "tags-sentence", "lee-tambien-sentence", "mas-noticias-sentence",
         "share-sentence", "long-siguenos-paragraph", "long-related-paragraph", "noticias-de-headline",
         "noticias-de-sentence", "cargando-sentence", "no-comments-sentence", "post-a-comment-sentence",
         "capitalised-heading", "news-from-sentence", "lower-case-sentence-with-its-stop", "lower-case-date-line",
         "lower-case-english-date-line", "publication-named-noticias", "publication-named-news-from"],
)  # fmt: skip
def test_sentences_with_debris_words_are_kept(block: str) -> None:
    assert clean_block(block) == block


def test_every_character_normalize_text_removes_or_makes_a_space_is_unprintable() -> None:
    # `_spaced_plainly` lets a printable text with single spaces through unchanged.
    for character in map(chr, range(sys.maxunicode + 1)):
        if (character.isspace() and character != " ") or _ODD_CHARACTERS.match(character):
            assert not character.isprintable(), hex(ord(character))


def _plain_normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return " ".join(NON_TEXT_CONTROLS.sub(" ", text.translate(_ZERO_WIDTH)).split())


def test_text_spaced_plainly_is_normalised_already() -> None:
    rng = random.Random(5)
    alphabet = ["a", "é", "e\u0301", "1", ".", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\u200b",
                "\u00ad", "\ufeff", "\x07", "\x85", "\u200e", "\ue000"]  # fmt: skip
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(30_000)]
    plain = 0
    for text in [*texts, "El lunes, dijo.", " a", "a ", "a  b", "a\u00a0b", ""]:
        plain += _spaced_plainly(unicodedata.normalize("NFC", text))
        assert normalize_text(text) == _plain_normalize(text), repr(text)
    assert plain > 1_000  # both kinds of text were tried


def test_a_normalised_block_has_a_word_more_than_spaces() -> None:
    # clean_block counts the words of the block it has normalised by its spaces; is_debris splits.
    rng = random.Random(23)
    words = ["Foto:", "AP", "Publicidad", "Share", "on", "Facebook", "|", "Twitter", "Lee", "también:", "el", "plan",
             "apoyo", "journalism", "needs", "your", "support", "we", "may", "earn", "a", "commission", "if", "you",
             "buy", "5", "min", "read", "—", ".", ",", " ", "\t", "\u00a0", "\n"]  # fmt: skip
    texts = [normalize_text(" ".join(rng.choice(words) for _ in range(n % 60 + 1))) for n in range(3_000)]
    texts += ["Publicidad", "Share on Facebook | Twitter", "We may earn a commission if you buy through links."]
    found = set()
    for text in filter(None, texts):
        assert text.count(" ") + 1 == len(text.split()), repr(text)
        assert _is_debris(text, text.count(" ") + 1) == is_debris(text), repr(text)
        found.add(is_debris(text))
    assert found == {True, False}  # debris and paragraphs were tried


def _plain_stray_ends(text: str) -> str:
    text = _STRAY_LEADING.sub("", _STRAY_TRAILING.sub("", text))
    return _SPACE_BEFORE_END.sub("", text)


def test_stray_ends_are_the_ones_the_patterns_remove_everywhere() -> None:
    # `_without_stray_ends` runs the trailing patterns only where the block's last characters can be theirs.
    rng = random.Random(7)
    alphabet = ["a", "é", "1", " ", "\u3000", ".", ",", ";", ":", "!", "?", "”", ")", "»", "_"]
    blocks = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(30_000)]
    for block in [normalize_text(b) for b in blocks] + ["he stated. .", "Done .", "x . , ;", "”. :", ". ,"]:
        if block:
            assert _without_stray_ends(block) == _plain_stray_ends(block), repr(block)


@pytest.mark.parametrize(
    "block",
    [
        "El periodismo libre necesita del apoyo de sus lectores para seguir contando lo que otros callan. "
        "¡Con tu ayuda seguiremos informando sin censura!",
        "Independent journalism needs your support. Every contribution, big or small, keeps our reporters working.",
        "Apoyá el periodismo de calidad: suscribite por menos de lo que cuesta un café.",
        "Support independent journalism today and help us keep this site free for everyone.",
        "Newsletter El Diario del Sur",
        "Recibí en tu email las noticias más importantes del día, elegidas por nuestros editores",
        "QUIERO RECIBIRLO",
        "Sign up for our morning newsletter and get the day's headlines in your inbox.",
        "The products discussed here were independently chosen by our editors. The Harbour Courier may get a "
        "share of the revenue if you buy anything featured on our site.",
        "We may earn a commission when you buy through links on this page.",
        "Los productos de esta nota fueron elegidos por la redacción; podemos recibir una comisión si comprás "
        "a través de nuestros enlaces.",
    ],
    ids=["apoyo-lectores", "journalism-needs-support", "apoya-periodismo", "support-journalism", "newsletter-name",
         "recibi-en-tu-email", "quiero-recibirlo", "sign-up-newsletter", "affiliate-independently-chosen",
         "affiliate-commission", "affiliate-comision"],
)  # fmt: skip
def test_reader_appeals_newsletter_boxes_affiliate_notes_and_bare_links_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        "El periodismo independiente necesita del apoyo de sus lectores, dijo la directora del diario en el foro, "
        "donde editores de doce países discutieron durante dos días cómo financiar las redacciones locales sin "
        "depender de la publicidad oficial ni de los subsidios que reparten los gobiernos de turno.",
        "Newsletter sales grew fast last year, and the company now sends three editions a day.",
        "The regulator said the site may earn a commission on every sale, which it had not disclosed to buyers.",
        "The ministry published the list at https://www.example.gov/list on Tuesday.",
    ],
    ids=["appeal-quoted-in-a-long-paragraph", "newsletter-sentence", "commission-reported", "url-inside-sentence"],
)  # fmt: skip
def test_sentences_about_journalism_newsletters_and_links_are_kept(block: str) -> None:
    assert clean_block(block) == block


@pytest.mark.parametrize(
    ("block", "cleaned"),
    [
        ("La misión entregó su informe al consejo electoral el lunes. (I)", "La misión entregó su informe al consejo electoral el lunes."),
        ("“Seguiremos trabajando”, dijo. (I)", "“Seguiremos trabajando”, dijo."),
        ("Se aprobó el capítulo (I)", "Se aprobó el capítulo (I)"),
        ("Rey Felipe (I)", "Rey Felipe (I)"),
    ],
    ids=["sign-off-after-stop", "sign-off-after-quote", "roman-numeral-kept", "regnal-number-kept"],
)  # fmt: skip
def test_a_desk_sign_off_after_the_last_sentence_is_removed(block: str, cleaned: str) -> None:
    assert clean_block(block) == cleaned


_PARAGRAPH = "The patrol stopped the car on the main avenue, and the driver showed an expired permit to the officers."


@pytest.mark.parametrize("link", ["https://www.example.com/share/v/9XyZ/?ref=app", "www.diariodelsur.example/nota/12"])
def test_a_bare_link_between_paragraphs_is_removed(link: str) -> None:
    assert clean_blocks([_PARAGRAPH, link, "", _PARAGRAPH]) == [_PARAGRAPH, _PARAGRAPH]


@pytest.mark.parametrize(
    "blocks",
    [
        [_PARAGRAPH, "https://www.example.com/news/12"],
        [_PARAGRAPH, "---", "https://www.example.com/news/12", "The Harbour Courier"],
        [_PARAGRAPH, "https://www.example.com/news/12", "---", "The Harbour Courier"],
    ],
    ids=["last-block", "footer-after-separator", "footer-before-separator"],
)
def test_a_link_at_the_end_is_left_for_the_footer_reader(blocks: list[str]) -> None:
    assert clean_blocks(blocks) == blocks
