"""Money amounts: symbols and words, scales, separators, qualifiers, currencies."""

from __future__ import annotations

from decimal import Decimal

import pycountry
import pytest

from flows.article import build_article
from flows.extract.amounts import _PESOS, _names_pesos, find_amounts, parse_number
from flows.extract.amounts_vocab import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DEFAULT_PESO,
    ISO_CODE_PREFIXES,
    LOCAL_PREFIXES,
    LOCAL_WORDS,
    PESO_BY_COUNTRY,
    QUALIFIER_WORDS,
    SCALED_CURRENCY_WORDS,
)
from flows.extract.facts import extract_facts
from flows.extract.types import ArticleText
from schemas.vocabularies import AMOUNT_QUALIFIERS


def amounts(text: str, language: str = "en") -> list[tuple[str, float, str, str | None]]:
    article = ArticleText("0123456789abcdef", text, ((0, len(text)),), language)
    return [(r["text"], r["value"], r["currency"], r["qualifier"]) for r in find_amounts(article)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "a trade relationship of more than $800 billion between Mexico",
            "en",
            [("$800 billion", 800e9, "USD", "more than")],
            id="seed-style",
        ),
        pytest.param("It raised US$1.2 million.", "en", [("US$1.2 million", 1.2e6, "USD", None)], id="us-dollar"),
        pytest.param("worth 33 billion dollars", "en", [("33 billion dollars", 33e9, "USD", None)], id="word-after"),
        pytest.param(
            "más de mil millones de dólares",
            "es",
            [("mil millones de dólares", 1e9, "USD", "more than")],
            id="mil-millones",
        ),
        pytest.param(
            "unos 5.000 millones de pesos", "es", [("5.000 millones de pesos", 5e9, "MXN", "about")], id="es-thousands"
        ),
        pytest.param("cuesta 5,000 pesos", "es", [("5,000 pesos", 5000.0, "MXN", None)], id="mx-thousands"),
        pytest.param("about €3 million", "en", [("€3 million", 3e6, "EUR", "about")], id="euro"),
        pytest.param(
            "1,5 millones de euros", "es", [("1,5 millones de euros", 1.5e6, "EUR", None)], id="decimal-comma"
        ),
        pytest.param("a £20m deal", "en", [("£20m", 20e6, "GBP", None)], id="abbreviated-scale"),
        pytest.param("at least a billion dollars", "en", [("a billion dollars", 1e9, "USD", "at least")], id="spelled"),
        pytest.param(
            "hasta dos mil millones de pesos colombianos",
            "es",
            [("dos mil millones de pesos colombianos", 2e9, "COP", "up to")],
            id="other-peso",
        ),
        pytest.param("casi 500 mdd", "es", [("500 mdd", 500e6, "USD", "nearly")], id="mdd"),
        pytest.param("un billón de pesos", "es", [("un billón de pesos", 1e12, "MXN", None)], id="spanish-billon"),
        pytest.param("USD 5 million", "en", [("USD 5 million", 5e6, "USD", None)], id="code-prefix"),
        pytest.param("$1.125 billion", "en", [("$1.125 billion", 1.125e9, "USD", None)], id="en-three-decimals"),
        pytest.param("$1.1 billion", "en", [("$1.1 billion", 1_100_000_000.0, "USD", None)], id="exact-value"),
        pytest.param(
            "un pago de $5,000 pesos", "es", [("$5,000 pesos", 5000.0, "MXN", None)], id="word-beats-dollar-sign"
        ),
    ],
)
def test_reads_amounts(text: str, language: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    assert amounts(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In 2024, 15 percent of the 21st century.", id="numbers-without-currency"),
        pytest.param("Dollars were weak.", id="currency-without-number"),
        pytest.param("millions of dollars and millones de dólares", id="vague-scale"),
        pytest.param("He ran 20 miles.", id="unit-that-is-not-a-scale"),
        pytest.param("The field was 40 m euros short of a pitch.", id="spaced-abbreviation-before-a-word"),
        pytest.param("They planted five bn dollars of seed.", id="abbreviation-after-a-spelled-number"),
        pytest.param("The 2p coin was withdrawn.", id="penny-sign"),
    ],
)
def test_ignores_what_is_not_an_amount(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "The brewer is worth 6.4bn euros ($8.3bn).",
            "en",
            [("6.4bn euros", 6.4e9, "EUR", None), ("$8.3bn", 8.3e9, "USD", None)],
            id="bn-before-a-word",
        ),
        pytest.param(
            "a deal of about 350m dollars", "en", [("350m dollars", 350e6, "USD", "about")], id="m-before-a-word"
        ),
        pytest.param("un fondo de 12mn euros", "es", [("12mn euros", 12e6, "EUR", None)], id="mn-before-a-word"),
        pytest.param(
            "Its shares closed down 2% at 84.25 pence.", "en", [("84.25 pence", 0.8425, "GBP", None)], id="pence"
        ),
        pytest.param("La acción subió a 310 peniques.", "es", [("310 peniques", 3.1, "GBP", None)], id="peniques"),
    ],
)
def test_reads_abbreviated_scales_before_words_and_pence(
    text: str, language: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    assert amounts(text, language) == expected


def test_bare_dollar_sign_is_pesos_only_in_an_article_about_pesos_without_dollars() -> None:
    assert amounts("Costó $5,000, según el reporte sobre pesos.", "es") == [("$5,000", 5000.0, "MXN", None)]
    assert amounts("Costó $5,000; los pesos y los dólares subieron.", "es")[0][2] == "USD"
    assert amounts("It cost $5,000.")[0][2] == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "Costó 500 pesos.",
        "COSTÓ 500 PESOS.",
        "Costó un peso.",
        "Costó 500 peſos.",  # the long s, which the regex takes for an s
        "Costó 500 pésos.",  # folds to "pesos", which the regex does not match
        "Los expesos y pesosos.",  # "peso" inside words
        "It cost $5,000.",
        "",
    ],
)
def test_the_quick_look_for_pesos_answers_as_the_regex(text: str) -> None:
    assert _names_pesos(text) == (_PESOS.search(text) is not None)


def test_rows_carry_offsets_into_the_text() -> None:
    text = "Aid of $3 million and €2 million."
    article = ArticleText("0123456789abcdef", text, ((0, len(text)),), "en")
    for row in find_amounts(article):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
        assert row["article_id"] == "0123456789abcdef"


@pytest.mark.parametrize(
    ("written", "language", "value"),
    [
        ("1,234.5", "en", "1234.5"),
        ("1.234,5", "es", "1234.5"),
        ("5.000.000", "es", "5000000"),
        ("5.000", "es", "5000"),
        ("5.000", "en", "5.000"),
        ("5,000", "es", "5000"),
        ("1,5", "es", "1.5"),
        ("800", "en", "800"),
    ],
)
def test_parse_number_separators(written: str, language: str, value: str) -> None:
    assert parse_number(written, language) == Decimal(value)


def test_currency_codes_are_iso_4217() -> None:
    codes = {*(c for _, c in SCALED_CURRENCY_WORDS.values()), *PESO_BY_COUNTRY.values(), DEFAULT_PESO}
    codes |= ISO_CODE_PREFIXES
    codes |= {c for c in (*CURRENCY_WORDS.values(), *CURRENCY_PREFIXES.values()) if c is not None}
    for local in (*LOCAL_PREFIXES.values(), *LOCAL_WORDS.values()):
        codes |= {*local.by_country.values(), *([local.default] if local.default else [])}
    assert all(pycountry.currencies.get(alpha_3=code) is not None for code in codes)


def test_qualifiers_map_onto_the_closed_vocabulary() -> None:
    assert set(QUALIFIER_WORDS.values()) == set(AMOUNT_QUALIFIERS)


def _currencies(text: str, dateline: str | None = None, places: tuple[str, ...] = ()) -> list[str]:
    article = ArticleText("0123456789abcdef", text, ((0, len(text)),), "es", dateline)
    return [row["currency"] for row in find_amounts(article, places)]


@pytest.mark.parametrize(
    ("dateline", "places", "currency"),
    [
        pytest.param("BOGOTÁ", ("Mexico",), "COP", id="the-dateline-decides"),
        pytest.param("La Habana", (), "CUP", id="a-spanish-exonym-in-the-dateline"),
        pytest.param("Montevideo", (), "UYU", id="a-capital"),
        pytest.param("Madrid", ("Medellín", "Colombia", "Mexico"), "COP", id="no-peso-dateline-places-decide"),
        pytest.param("Córdoba, Veracruz", ("Xalapa",), "MXN", id="a-dateline-city-with-its-state"),
        pytest.param("CÓRDOBA", ("Veracruz", "Xalapa"), "ARS", id="a-bare-dateline-city-is-the-largest"),
        pytest.param("CÓRDOBA", ("Rosario",), "ARS", id="a-dateline-city-in-the-largests-country"),
        pytest.param("SANTO DOMINGO", ("Ecuador",), "DOP", id="a-dateline-city-not-where-the-story-is"),
        pytest.param(None, ("Jalisco", "Buenos Aires", "Argentina"), "ARS", id="most-named-country"),
        pytest.param(None, ("Santo Domingo", "Mexico"), "DOP", id="first-named-on-a-tie"),
        pytest.param(None, ("Texas", "Latin America"), "MXN", id="no-peso-country"),
    ],
)
def test_pesos_alone_are_the_pesos_of_the_article_country(
    dateline: str | None, places: tuple[str, ...], currency: str
) -> None:
    text = "La obra costará 40 millones de pesos; el anticipo fue de $5,000."
    assert _currencies(text, dateline, places) == [currency, currency]


def test_a_peso_named_with_its_country_is_that_country_s() -> None:
    text = "Pagó 3 millones de pesos mexicanos y 2 millones de pesos."
    assert _currencies(text, "Bogotá") == ["MXN", "COP"]
    assert _currencies("Costó $5,000 en dólares y 7 millones de pesos.", "Bogotá") == ["USD", "COP"]


def test_an_article_s_pesos_end_to_end() -> None:
    """From the file's bytes: the dateline and the places the extractors find decide."""
    body = "La alcaldía anunció una inversión de 40 millones de pesos para el metro.\n\nLas obras empiezan en abril.\n"
    for head, currency in (
        ("BOGOTÁ, 3 mar (EFE).- ", "COP"),
        ("La Habana, 18 jul (RHC)-- ", "CUP"),
        ("", "MXN"),
        ("", "ARS"),  # with Rosario and Argentina named below
    ):
        text = body if currency != "ARS" else body + "\nEn Rosario, Argentina, también.\n"
        article = build_article(f"Obras del metro\n\n{head}{text}".encode(), "x.txt", "0" * 64, None)
        assert [row["currency"] for row in extract_facts(article.text()).amounts] == [currency]


def _amounts_of_file(text: str) -> list[tuple[float, str]]:
    """(value, currency) of each amount `extract_facts` reads from a file of `text`, its head read as the
    pipeline reads it (the dateline among it)."""
    article = build_article(text.encode(), "x.txt", "0" * 64, None)
    return [(row["value"], row["currency"]) for row in extract_facts(article.text()).amounts]


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            "SAN JOSÉ, 3 mar (EFE).- ",
            "El Gobierno de Costa Rica destinará ¢ 5.000 millones a reparar las carreteras dañadas.",
            [(5e9, "CRC")],
            id="san-jose-es",
        ),
        pytest.param(
            "SAN JOSÉ, 3 mar (EFE).- ",
            "El Banco Central de Costa Rica destinará ¢ 5.000 millones a reparar las carreteras dañadas.",
            [(5e9, "CRC")],
            id="the-country-in-an-institution-s-name",
        ),
        pytest.param(
            "CÓRDOBA, 3 mar (AP) — ",
            "El alcalde Ernesto Mota de León destinó 40 millones de pesos a la reconstrucción de la ciudad.",
            [(4e7, "ARS")],
            id="not-the-place-in-a-person-s-name",
        ),
        pytest.param(
            "CÓRDOBA (Veracruz), 3 mar (EFE).- ",
            "El gobierno del estado destinó 40 millones de pesos a la reconstrucción de la ciudad.",
            [(4e7, "MXN")],
            id="cordoba-es-with-its-state",
        ),
        pytest.param(
            "SANTO DOMINGO, 3 mar (EFE).- ",
            "La embajada de Ecuador pagó 40 millones de pesos por su nueva sede junto al malecón.",
            [(4e7, "DOP")],
            id="santo-domingo-es-over-a-story-about-ecuador",
        ),
        pytest.param(
            "MERIDA, Venezuela, March 3 (Reuters) - ",
            "The state government set aside Bs 500 million for the university hospital.",
            [(5e8, "VES")],
            id="merida-en",
        ),
        pytest.param(
            "BOGOTÁ, 3 (EUROPA PRESS) - ",
            "El Gobierno destinará $ 5.000 millones a los pasos con Venezuela, dijo el ministro al volver de "
            "Caracas, Venezuela.",
            [(5e9, "COP")],
            id="europa-press-day-alone-over-the-country-named-most",
        ),
        pytest.param(
            "CIUDAD DE MÉXICO, 3 (EUROPA PRESS) - ",
            "El Gobierno destinará $ 5.000 millones a la frontera con Guatemala, dijo el canciller al volver de "
            "Guatemala.",
            [(5e9, "MXN")],
            id="europa-press-in-mexico",
        ),
    ],
)
def test_a_dateline_city_that_shares_its_name_is_the_article_s(
    head: str, body: str, expected: list[tuple[float, str]]
) -> None:
    """From the file's bytes: a dateline city named like others abroad is where the story was filed (its
    country's capital, else the largest, unless the dateline prints its state or country); and the dateline's
    country, not the one the story names most, says whose "$" it is, in every wire's style."""
    assert _amounts_of_file(f"Presupuesto\n\n{head}{body}\n\nLas obras empiezan en abril.\n") == expected


@pytest.mark.parametrize(("agency", "peso"), [("Notimex", "MXN"), ("Télam", "ARS"), ("AP", "ARS")])
def test_pesos_under_a_national_wire_s_bare_dateline_city_are_its_home_country_s(agency: str, peso: str) -> None:
    """Mexico's Córdoba is smaller than Argentina's: Notimex's bare "CÓRDOBA" is still Mexico's; a world
    service's is the largest."""
    body = "El gobierno destinó 40 millones de pesos a la reconstrucción de la ciudad."
    assert _amounts_of_file(f"Presupuesto\n\nCÓRDOBA, 3 mar ({agency}) - {body}\n") == [(4e7, peso)]


Reading = tuple[str, float, str]  # text, value, currency


def _read(text: str, language: str, dateline: str | None = None, places: tuple[str, ...] = ()) -> list[Reading]:
    article = ArticleText("0123456789abcdef", text, ((0, len(text)),), language, dateline)
    return [(r["text"], r["value"], r["currency"]) for r in find_amounts(article, places)]


@pytest.mark.parametrize(
    ("text", "dateline", "places", "expected"),
    [
        pytest.param(
            "La deuda alcanzó los $ 1.500.000 millones y US$1.200 millones en bonos.",
            "Buenos Aires",
            ("Buenos Aires",),
            [("$ 1.500.000 millones", 1.5e12, "ARS"), ("US$1.200 millones", 1.2e9, "USD")],
            id="dateline-in-a-peso-country",
        ),
        pytest.param(
            "El dólar cerró en $20,50 y las remesas sumaron 5.000 millones de dólares.",
            "Ciudad de México",
            (),
            [("$20,50", 20.5, "MXN"), ("5.000 millones de dólares", 5e9, "USD")],
            id="dollars-named-in-the-same-article",
        ),
        pytest.param(
            "Pagó $ 300 millones y U$S 200 millones; USD 5 millones más.",
            "Montevideo",
            (),
            [("$ 300 millones", 3e8, "UYU"), ("U$S 200 millones", 2e8, "USD"), ("USD 5 millones", 5e6, "USD")],
            id="dollar-codes-stay-dollars",
        ),
        pytest.param(
            "La provincia recibirá $ 2.000 millones.",
            None,
            ("Rosario", "Argentina", "United States"),
            [("$ 2.000 millones", 2e9, "ARS")],
            id="no-dateline-places-decide",
        ),
        pytest.param("Son RD$ 5.000 por persona.", None, (), [("RD$ 5.000", 5000.0, "DOP")], id="dominican-sign"),
        pytest.param(
            "El precio fue de u$s 1.500 por tonelada.", None, (), [("u$s 1.500", 1500.0, "USD")], id="lower-case-u$s"
        ),
    ],
)
def test_bare_dollar_sign_in_spanish_news_from_a_peso_country_is_its_peso(
    text: str, dateline: str | None, places: tuple[str, ...], expected: list[Reading]
) -> None:
    assert _read(text, "es", dateline, places) == expected


@pytest.mark.parametrize(
    ("text", "language", "dateline", "places", "currency"),
    [
        pytest.param("The Senate approved $5 billion.", "en", "Washington", ("Mexico",), "USD", id="english-us"),
        pytest.param("A trade of $800 billion.", "en", "Havana", ("Mexico",), "USD", id="english-from-a-peso-country"),
        pytest.param("Costó $5,000 según Argentina.", "es", "Madrid", ("Argentina",), "USD", id="dateline-not-peso"),
        pytest.param("Costó $5,000.", "es", "Miami", (), "USD", id="spanish-us-dateline"),
        pytest.param("Costó $5,000.", "es", None, (), "USD", id="no-country-evidence"),
        pytest.param("Costó $5,000.", "es", None, ("Texas", "Mexico", "Miami"), "USD", id="places-mostly-not-peso"),
        pytest.param("Costó $5,000 en pesos.", "es", None, (), "MXN", id="no-evidence-pesos-named"),
    ],
)
def test_bare_dollar_sign_stays_as_before_without_a_spanish_peso_country(
    text: str, language: str, dateline: str | None, places: tuple[str, ...], currency: str
) -> None:
    assert [c for _, _, c in _read(text, language, dateline, places)] == [currency]


def test_an_argentine_wire_story_end_to_end() -> None:
    body = (
        "Buenos Aires, 5 nov (NA).- El Gobierno informó que la deuda pública alcanzó los $ 1.500.000 millones, "
        "con US$1.200 millones en bonos y 2,4 millones de pesos de intereses, según el Ministerio de Economía.\n\n"
        "El ministro dijo que la cifra bajará en 2025.\n"
    )
    assert _amounts_of_file(f"Deuda récord\n\n{body}") == [(1.5e12, "ARS"), (1.2e9, "USD"), (2.4e6, "ARS")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("investirá R$ 10 bilhões", "pt", [("R$ 10 bilhões", 1e10, "BRL")], id="bilhoes"),
        pytest.param("um aporte de US$ 1 bilhão", "pt", [("US$ 1 bilhão", 1e9, "USD")], id="bilhao"),
        pytest.param("R$ 2,5 milhões para a saúde", "pt", [("R$ 2,5 milhões", 2.5e6, "BRL")], id="milhoes"),
        pytest.param("R$ 1.500 milhões", "pt", [("R$ 1.500 milhões", 1.5e9, "BRL")], id="thousands-dot"),
        pytest.param("uma dívida de R$ 1,2 trilhão", "pt", [("R$ 1,2 trilhão", 1.2e12, "BRL")], id="trilhao"),
        pytest.param("cerca de 10 bilhões de reais", "pt", [("10 bilhões de reais", 1e10, "BRL")], id="word-after"),
        pytest.param("três bilhões de dólares", "pt", [("três bilhões de dólares", 3e9, "USD")], id="spelled"),
        pytest.param("mil milhões de euros", "pt", [("mil milhões de euros", 1e9, "EUR")], id="european-mil-milhoes"),
        pytest.param("2 biliões de euros", "pt", [("2 biliões de euros", 2e12, "EUR")], id="european-biliao"),
        pytest.param("R$ 300 mil", "pt", [("R$ 300 mil", 3e5, "BRL")], id="mil"),
        pytest.param("un billón de euros", "es", [("un billón de euros", 1e12, "EUR")], id="spanish-billon-stays"),
        pytest.param("$5 billion", "en", [("$5 billion", 5e9, "USD")], id="english-billion-stays"),
    ],
)
def test_portuguese_scales(text: str, language: str, expected: list[Reading]) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("mais de R$ 10 bilhões", "more than"),
        ("quase R$ 10 bilhões", "nearly"),
        ("pelo menos R$ 10 bilhões", "at least"),
    ],
)
def test_portuguese_qualifiers(text: str, qualifier: str) -> None:
    assert amounts(text, "pt") == [("R$ 10 bilhões", 1e10, "BRL", qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("El peaje cuesta ₡2.500.", [("₡2.500", 2500.0, "CRC")], id="colon-sign"),
        pytest.param("Un préstamo de ₱5.000 millones.", [("₱5.000 millones", 5e9, "PHP")], id="peso-sign"),
        pytest.param("Una inversión de 5 millones de yenes.", [("5 millones de yenes", 5e6, "JPY")], id="yenes"),
        pytest.param("Multa de 10.000 francos suizos.", [("10.000 francos suizos", 1e4, "CHF")], id="swiss-francs"),
        pytest.param("Valen 1.000 soles peruanos.", [("1.000 soles peruanos", 1e3, "PEN")], id="soles-peruanos"),
        pytest.param(
            "Cuesta 10 dólares americanos.", [("10 dólares americanos", 10.0, "USD")], id="dolares-americanos"
        ),
    ],
)
def test_more_currency_signs_and_words(text: str, expected: list[Reading]) -> None:
    assert _read(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Pagó 2 mil 500 millones de pesos.", [("2 mil 500 millones de pesos", 2.5e9, "MXN")], id="word"),
        pytest.param("Costó $12 mil 300 pesos.", [("$12 mil 300 pesos", 12300.0, "MXN")], id="after-sign"),
        pytest.param("Fueron 2 mil 500 mdp.", [("2 mil 500 mdp", 2.5e9, "MXN")], id="scaled-word"),
        pytest.param(
            "Costará mil 500 millones de pesos.", [("mil 500 millones de pesos", 1.5e9, "MXN")], id="mil-first"
        ),
        pytest.param("— mil 200 pesos.", [("mil 200 pesos", 1200.0, "MXN")], id="mil-first-after-dash"),
        pytest.param("Recibirán 20 mil pesos.", [("20 mil pesos", 2e4, "MXN")], id="mil-alone"),
        pytest.param("Unos 3 mil millones de dólares.", [("3 mil millones de dólares", 3e9, "USD")], id="mil-millones"),
        pytest.param("En 2 mil 2.500 pesos.", [("2.500 pesos", 2500.0, "MXN")], id="not-three-digits-after-mil"),
        pytest.param(
            "El organismo liberó un crédito de cuatro mil 650 millones de dólares.",
            [("cuatro mil 650 millones de dólares", 4.65e9, "USD")],
            id="spelled-count-of-thousands",
        ),
        pytest.param("Cobran dos mil 300 pesos.", [("dos mil 300 pesos", 2300.0, "MXN")], id="spelled-small"),
        pytest.param("Serán Siete mil 200 mdp.", [("Siete mil 200 mdp", 7.2e9, "MXN")], id="spelled-scaled-word"),
        pytest.param(
            "Ganó treinta y dos mil 500 pesos.",
            [("treinta y dos mil 500 pesos", 32500.0, "MXN")],
            id="count-of-several-words",
        ),
        pytest.param(
            "Ganó doscientos cuarenta y dos mil 500 pesos.",
            [("doscientos cuarenta y dos mil 500 pesos", 242500.0, "MXN")],
            id="count-with-hundreds",
        ),
        pytest.param("Pagó a mil 500 pesos.", [("mil 500 pesos", 1500.0, "MXN")], id="not-the-preposition-a"),
        pytest.param(
            "Recibió 3 millones 500 mil pesos.", [("3 millones 500 mil pesos", 3.5e6, "MXN")], id="millions-word"
        ),
        pytest.param(
            "Costó un millón 200 mil 300 pesos.",
            [("un millón 200 mil 300 pesos", 1_200_300.0, "MXN")],
            id="spelled-million-and-thousands",
        ),
        pytest.param(
            "La multa fue de $2 millones 800 mil pesos.",
            [("$2 millones 800 mil pesos", 2.8e6, "MXN")],
            id="millions-word-after-sign",
        ),
        pytest.param(
            "Llega a 3 millones 500 mil personas con 20 pesos.", [("20 pesos", 20.0, "MXN")], id="millions-of-people"
        ),
    ],
)
def test_thousands_written_as_mil_before_digits(text: str, expected: list[Reading]) -> None:
    assert _read(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A record $63.3 billion, as the peso strengthened against the dollar.", id="english-dollar"),
        pytest.param("A fee of $300, in pesos or U.S.$ at the bank.", id="us-dot-s-dollar"),
    ],
)
def test_an_english_article_naming_the_dollar_keeps_its_dollar_sign(text: str) -> None:
    assert [c for _, _, c in _read(text, "en", "Mexico City")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un plan de S/ 1.200 millones para el agua.", [("S/ 1.200 millones", 1.2e9, "PEN", None)]),
        ("La obra costará S/.30 millones.", [("S/.30 millones", 3e7, "PEN", None)]),
        ("La calle S/N no tiene número.", []),
    ],
)
def test_the_peruvian_sol_before_a_number(text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    assert amounts(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "language", "dateline", "places", "expected"),
    [
        pytest.param(
            "El bono será de Q 1.500 millones y la tarifa de Q2,50.",
            "es",
            "Guatemala",
            (),
            [("Q 1.500 millones", 1.5e9, "GTQ"), ("Q2,50", 2.5, "GTQ")],
            id="quetzal",
        ),
        pytest.param(
            "Pagará Q 1.500,50 por mes.",
            "es",
            None,
            ("Guatemala",),
            [("Q 1.500,50", 1500.5, "GTQ")],
            id="q-es-decimals",
        ),
        pytest.param(
            "A fine of KSh 500 and a Sh500 million tender; Ksh1,500 a bag.",
            "en",
            "Nairobi",
            (),
            [("KSh 500", 500.0, "KES"), ("Sh500 million", 5e8, "KES"), ("Ksh1,500", 1500.0, "KES")],
            id="kenyan-shilling",
        ),
        pytest.param(
            "The council spent Shs 2bn.", "en", "Kampala", (), [("Shs 2bn", 2e9, "UGX")], id="ugandan-shilling"
        ),
        pytest.param(
            "El pasaje sube a Bs. 3 y el bono a Bs 350.",
            "es",
            "La Paz",
            (),
            [("Bs. 3", 3.0, "BOB"), ("Bs 350", 350.0, "BOB")],
            id="boliviano",
        ),
        pytest.param("El bono es de Bs. 130.", "es", "Caracas", (), [("Bs. 130", 130.0, "VES")], id="bolivar"),
        pytest.param("Costó Gs. 25.000.", "es", "Asunción", (), [("Gs. 25.000", 25e3, "PYG")], id="guarani-gs"),
        pytest.param(
            "Pagó C$ 500 y 300 córdobas.",
            "es",
            "Managua",
            (),
            [("C$ 500", 500.0, "NIO"), ("300 córdobas", 300.0, "NIO")],
            id="cordoba",
        ),
        pytest.param(
            "Cuesta L. 500 y L 1.200.",
            "es",
            "Tegucigalpa",
            (),
            [("L. 500", 500.0, "HNL"), ("L 1.200", 1200.0, "HNL")],
            id="lempira",
        ),
        pytest.param(
            "El peaje sube a ¢500.", "es", None, ("Costa Rica",), [("¢500", 500.0, "CRC")], id="colon-cent-sign"
        ),
        pytest.param(
            "A fee of R1,500 and a R2 billion plan, and 9 billion rand.",
            "en",
            "Johannesburg",
            (),
            [("R1,500", 1500.0, "ZAR"), ("R2 billion", 2e9, "ZAR"), ("9 billion rand", 9e9, "ZAR")],
            id="rand",
        ),
        pytest.param(
            "Rs 500 crore, ₹1.2 lakh crore and 300 rupees.",
            "en",
            "New Delhi",
            (),
            [("Rs 500 crore", 5e9, "INR"), ("₹1.2 lakh crore", 1.2e12, "INR"), ("300 rupees", 300.0, "INR")],
            id="indian-rupee",
        ),
        pytest.param(
            "A Rs 500 million loan.", "en", "Karachi", (), [("Rs 500 million", 5e8, "PKR")], id="pakistani-rupee"
        ),
        pytest.param("A Rs 5 lakh prize.", "en", None, (), [("Rs 5 lakh", 5e5, "INR")], id="rupee-without-country"),
        pytest.param("It costs C$500.", "en", "Toronto", (), [("C$500", 500.0, "CAD")], id="canadian-dollar-stays"),
        pytest.param(
            "La entrada costó 250 libras (290 euros).",
            "es",
            "Londres",
            (),
            [("250 libras", 250.0, "GBP"), ("290 euros", 290.0, "EUR")],
            id="libras-in-a-british-story",
        ),
        pytest.param(
            "The club was fined 2 million pounds.",
            "en",
            None,
            ("Manchester", "Manchester"),
            [("2 million pounds", 2e6, "GBP")],
            id="pounds-in-a-british-story",
        ),
        pytest.param("Pagó 900 libras.", "es", "El Cairo", (), [("900 libras", 900.0, "EGP")], id="egyptian-pound"),
    ],
)
def test_signs_and_words_of_the_article_s_country(
    text: str, language: str, dateline: str | None, places: tuple[str, ...], expected: list[Reading]
) -> None:
    assert _read(text, language, dateline, places) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A N$5 million grant.", [("N$5 million", 5e6, "NAD")], id="namibian-dollar"),
        pytest.param("Aid of ₦2.5 billion.", [("₦2.5 billion", 2.5e9, "NGN")], id="naira-sign"),
        pytest.param("GH₵ 300 million, GH¢5m.", [("GH₵ 300 million", 3e8, "GHS"), ("GH¢5m", 5e6, "GHS")], id="cedi"),
        pytest.param("A ₲ 5.000.000 fine.", [("₲ 5.000.000", 5e6, "PYG")], id="guarani-sign"),
        pytest.param("A KSh 500 fee.", [("KSh 500", 500.0, "KES")], id="ksh-anywhere"),
        pytest.param("A USh 3bn road.", [("USh 3bn", 3e9, "UGX")], id="ush-anywhere"),
        pytest.param("Un bono de Bs.S 500.", [("Bs.S 500", 500.0, "VES")], id="bolivar-soberano"),
        pytest.param("A USD5 million loan.", [("USD5 million", 5e6, "USD")], id="code-against-number"),
        pytest.param(
            "A KES 500 fee, ZAR2.5bn.", [("KES 500", 500.0, "KES"), ("ZAR2.5bn", 2.5e9, "ZAR")], id="iso-codes"
        ),
        pytest.param("A Kz 5 billion budget.", [("Kz 5 billion", 5e9, "AOA")], id="kwanza-sign"),
        pytest.param(
            "5 billion naira and 20 million cedis.",
            [("5 billion naira", 5e9, "NGN"), ("20 million cedis", 2e7, "GHS")],
            id="words",
        ),
        pytest.param(
            "3 million Kenyan shillings.", [("3 million Kenyan shillings", 3e6, "KES")], id="shillings-with-country"
        ),
    ],
)
def test_signs_and_words_of_one_currency(text: str, expected: list[Reading]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "dateline"),
    [
        pytest.param("Q 1.500 millones en el Q3.", "es", "Madrid", id="q-outside-guatemala"),
        pytest.param("Las ventas del Q3 2024 y del Q4.", "es", "Guatemala", id="quarter-in-guatemala"),
        pytest.param("A crash on the R21 near the N1.", "en", "Johannesburg", id="road-in-south-africa"),
        pytest.param("A fee of R1,500 and a R2 billion plan.", "en", "London", id="r-outside-south-africa"),
        pytest.param("El equipo subió a la L2.", "es", "Tegucigalpa", id="league-in-honduras"),
        pytest.param("Cuesta L. 500.", "es", "Guatemala", id="l-outside-honduras"),
        pytest.param("The council spent Sh500 million.", "en", None, id="shillings-without-country"),
        pytest.param("They paid 4 billion shillings.", "en", "London", id="shilling-word-without-country"),
        pytest.param("El pasaje cuesta Bs. 100.", "es", "Lima", id="bs-outside-bolivia-venezuela"),
        pytest.param("In 2016 Rand Paul ran.", "en", "Johannesburg", id="rand-surname"),
        pytest.param("He lost 40 pounds and sold 300 libras of corn.", "en", "Houston", id="pounds-of-weight"),
        pytest.param("Cosecharon 500 libras de café.", "es", "Tegucigalpa", id="libras-of-weight"),
        pytest.param("Murieron 5 bolivianos y 3.000 guaraníes.", "es", "La Paz", id="peoples"),
        pytest.param("q 500, r 500, l 500, bs 500, rs 500.", "es", "Guatemala", id="lower-case-letters"),
        pytest.param("MQ3 y XARS500.", "es", "Guatemala", id="inside-codes"),
        pytest.param("El cop 5 y ars 500; WORLD CUP 2026, PEN 15.", "es", None, id="iso-codes-in-lower-case-or-words"),
    ],
)
def test_local_signs_stay_out_where_the_country_does_not_use_them(
    text: str, language: str, dateline: str | None
) -> None:
    assert _read(text, language, dateline) == []


def test_a_kenyan_and_a_guatemalan_story_end_to_end() -> None:
    """From the file's bytes: the dateline the article head finds decides whose "Sh" and "Q" these are."""
    for head, body, expected in (
        ("NAIROBI, March 3 (Reuters) - ", "The Treasury set aside Sh500 million for the dam.", [(5e8, "KES")]),
        ("GUATEMALA, 3 mar (EFE).- ", "El Congreso aprobó Q 1.500 millones para el Q3.", [(1.5e9, "GTQ")]),
    ):
        assert _amounts_of_file(f"Budget\n\n{head}{body}\n\nWork starts in April.\n") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("Emitió bonos por COP 5.000 millones.", "es", [("COP 5.000 millones", 5e9, "COP")], id="cop"),
        pytest.param("Vendió ARS 1.500,50 en bonos.", "es", [("ARS 1.500,50", 1500.5, "ARS")], id="ars-decimals"),
        pytest.param("Investe 300 milhões de kwanzas.", "pt", [("300 milhões de kwanzas", 3e8, "AOA")], id="kwanzas"),
        pytest.param("Custa 2 milhões de meticais.", "pt", [("2 milhões de meticais", 2e6, "MZN")], id="meticais"),
    ],
)
def test_iso_codes_and_portuguese_african_currencies(text: str, language: str, expected: list[Reading]) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("Leaders met at COP26 in Glasgow.", "en", [], id="summit-glued"),
        pytest.param("La COP 28 se celebró en Dubái y la COP29 en Bakú.", "es", [], id="summits-spaced-and-glued"),
        pytest.param("Un pasaje cuesta COP 2.800 en Bogotá.", "es", [("COP 2.800", 2800.0, "COP")], id="fare"),
        pytest.param("Aportó COP 50 millones.", "es", [("COP 50 millones", 5e7, "COP")], id="scaled"),
    ],
)
def test_cop_and_a_number_is_the_climate_conference_not_pesos(
    text: str, language: str, expected: list[Reading]
) -> None:
    assert _read(text, language) == expected


def test_old_reuters_house_style_mln_dlrs() -> None:
    text = (
        "The brewer reported a 12 pct rise in profits to 41.3 mln dlrs, or 2.05 dlrs a share, and agreed "
        "a 2.4 billion dlr loan; it sold 3.1 mln barrels."
    )
    assert amounts(text) == [
        ("41.3 mln dlrs", 41.3e6, "USD", None),
        ("2.05 dlrs", 2.05, "USD", None),
        ("2.4 billion dlr", 2.4e9, "USD", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "dateline", "expected"),
    [
        pytest.param(
            "El presupuesto suma B/. 34,901 millones y las obras B/.2,500 millones.",
            "es",
            "Panamá",
            [("B/. 34,901 millones", 34_901e6, "PAB"), ("B/.2,500 millones", 2.5e9, "PAB")],
            id="balboa-sign",
        ),
        pytest.param(
            "La obra costará 500 mil balboas.", "es", None, [("500 mil balboas", 5e5, "PAB")], id="balboa-word"
        ),
        pytest.param(
            "El boleto cuesta $U 250 y el bono US$ 40.",
            "es",
            "Montevideo",
            [("$U 250", 250.0, "UYU"), ("US$ 40", 40.0, "USD")],
            id="uruguayan-peso-sign",
        ),
        pytest.param(
            "El crédito es de $us 1.500 millones y Bs 300 el bono.",
            "es",
            "La Paz",
            [("$us 1.500 millones", 1.5e9, "USD"), ("Bs 300", 300.0, "BOB")],
            id="bolivian-dollar-sign",
        ),
        pytest.param("Vasco Núñez de Balboa llegó al Pacífico.", "es", "Panamá", [], id="balboa-the-name"),
    ],
)
def test_signs_of_spanish_speaking_countries(
    text: str, language: str, dateline: str | None, expected: list[Reading]
) -> None:
    assert _read(text, language, dateline) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "Traders promise a profit of about ₦17-₦25Million a month.",
            "en",
            [("₦17", 17e6, "NGN"), ("₦25Million", 25e6, "NGN")],
            id="both-ends-signed-glued-scale",
        ),
        pytest.param("The repairs cost $5-10 million.", "en", [("$5", 5e6, "USD")], id="upper-end-without-sign"),
        pytest.param("It will cost £5 to £7 billion.", "en", [("£5", 5e9, "GBP"), ("£7 billion", 7e9, "GBP")], id="to"),
        pytest.param(
            "A fine of between $2 and $3 million.",
            "en",
            [("$2", 2e6, "USD"), ("$3 million", 3e6, "USD")],
            id="between-and",
        ),
        pytest.param(
            "Costará entre US$2 y US$3 millones.",
            "es",
            [("US$2", 2e6, "USD"), ("US$3 millones", 3e6, "USD")],
            id="entre-y",
        ),
        pytest.param(
            "Subió de €5 a 7 millones de euros.",
            "es",
            [("€5", 5e6, "EUR"), ("7 millones de euros", 7e6, "EUR")],
            id="a-with-a-currency-word",
        ),
        pytest.param("A $5-million grant.", "en", [("$5-million", 5e6, "USD")], id="hyphened-scale"),
        pytest.param("It gave $5 to 10 million people.", "en", [("$5", 5.0, "USD")], id="to-a-number-without-currency"),
        pytest.param(
            "He paid $2 and $3 million.",
            "en",
            [("$2", 2.0, "USD"), ("$3 million", 3e6, "USD")],
            id="and-without-between",
        ),
        pytest.param("Tickets cost $20-$30.", "en", [("$20", 20.0, "USD"), ("$30", 30.0, "USD")], id="no-scale"),
        pytest.param(
            "It cost $5 million-$10 million.",
            "en",
            [("$5 million", 5e6, "USD"), ("$10 million", 10e6, "USD")],
            id="scale-at-both-ends",
        ),
    ],
)
def test_a_range_lower_end_takes_the_upper_end_s_scale(text: str, language: str, expected: list[Reading]) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "Exports reached fourteen billion dollars.",
            "en",
            [("fourteen billion dollars", 14e9, "USD")],
            id="teen",
        ),
        pytest.param(
            "A fund of thirty-five billion dollars.",
            "en",
            [("thirty-five billion dollars", 35e9, "USD")],
            id="hyphened",
        ),
        pytest.param(
            "It cost two hundred million dollars.", "en", [("two hundred million dollars", 2e8, "USD")], id="hundreds"
        ),
        pytest.param(
            "Some one hundred and twenty million euros.",
            "en",
            [("one hundred and twenty million euros", 1.2e8, "EUR")],
            id="hundred-and",
        ),
        pytest.param(
            "La deuda sumó catorce mil millones de dólares.",
            "es",
            [("catorce mil millones de dólares", 14e9, "USD")],
            id="catorce-mil-millones",
        ),
        pytest.param(
            "Recibirá cuarenta y dos millones de euros.",
            "es",
            [("cuarenta y dos millones de euros", 42e6, "EUR")],
            id="tens-y-unit",
        ),
        pytest.param(
            "Un fondo de veintiún millones de dólares.",
            "es",
            [("veintiún millones de dólares", 21e6, "USD")],
            id="veintiun",
        ),
        pytest.param(
            "Se invertirán dos mil quinientos millones de pesos.",
            "es",
            [("dos mil quinientos millones de pesos", 2.5e9, "MXN")],
            id="mil-inside-the-number",
        ),
        pytest.param(
            "Cuesta ciento veinte mil euros.", "es", [("ciento veinte mil euros", 1.2e5, "EUR")], id="ciento-veinte"
        ),
        pytest.param(
            "Custou vinte e cinco milhões de reais.",
            "pt",
            [("vinte e cinco milhões de reais", 25e6, "BRL")],
            id="vinte-e-cinco",
        ),
        pytest.param(
            "Perdió treinta y dos millones 500 mil pesos.",
            "es",
            [("treinta y dos millones 500 mil pesos", 32.5e6, "MXN")],
            id="spelled-millions-before-thousands",
        ),
        pytest.param(
            "Entre cuatro y cinco millones de dólares.",
            "es",
            [("cinco millones de dólares", 5e6, "USD")],
            id="range-upper-end",
        ),
        pytest.param(
            "A fourteen billion dollars deal.", "en", [("fourteen billion dollars", 14e9, "USD")], id="after-article"
        ),
    ],
)
def test_numbers_spelled_in_several_words(text: str, language: str, expected: list[Reading]) -> None:
    """The whole spelled number is read: only its last word ("five" of "thirty-five") was a wrong value."""
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("They paid two million five hundred thousand dollars.", "en", id="millions-before-hundreds"),
        pytest.param("Pagó 2 millones quinientos mil pesos.", "es", id="digits-millions-before-spelled"),
        pytest.param("Seven and a half billion dollars.", "en", id="and-a-half"),
        pytest.param("Fourteen dollars and twenty cents.", "en", id="spelled-without-scale"),
        pytest.param("It lost several hundred million dollars.", "en", id="hundred-without-count"),
    ],
)
def test_the_end_of_a_longer_spelled_number_is_no_amount(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        pytest.param(
            "Lawmakers approved a P812.34-billion budget and a P35-million fund.",
            "Manila",
            [("P812.34-billion", 812.34e9, "PHP"), ("P35-million", 35e6, "PHP")],
            id="hyphened-scales",
        ),
        pytest.param(
            "The plan costs P2.318 trillion, up from P95 million.",
            "Quezon City",
            [("P2.318 trillion", 2.318e12, "PHP"), ("P95 million", 95e6, "PHP")],
            id="scales",
        ),
        pytest.param("Diesel rose by P1.35 per liter.", "Manila", [("P1.35", 1.35, "PHP")], id="decimal-price"),
        pytest.param("A P3 million grant for farmers.", "Gaborone", [("P3 million", 3e6, "BWP")], id="botswana-pula"),
    ],
)
def test_a_capital_p_is_the_philippine_peso_or_the_pula(text: str, dateline: str, expected: list[Reading]) -> None:
    assert _read(text, "en", dateline) == expected


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param("She parked on P1, then took the lift to P3.", "Manila", id="parking-levels"),
        pytest.param("The difference was significant (P 0.04; P0.01 in the second trial).", "Manila", id="p-values"),
        pytest.param("The P2 phase and the P500 handset.", "Cebu, Philippines", id="whole-numbers"),
        pytest.param("It approved a P4 billion loan.", "Lima", id="outside-the-philippines"),
        pytest.param("The R0.9 rate and the R 0.8 average.", "Johannesburg", id="reproduction-number"),
        pytest.param("A p5 million typo; MP3 and APP2 million.", "Manila", id="lower-case-or-inside-a-word"),
    ],
)
def test_a_capital_p_that_is_no_money(text: str, dateline: str) -> None:
    assert _read(text, "en", dateline) == []
