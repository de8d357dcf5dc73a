"""Organizations: known names, head-noun phrases, acronyms, and roles kept out."""

from __future__ import annotations

import random
import re

import pytest

from flows.extract.evaluate import labelled_cases, seed_cases
from flows.extract.organization_names import COMPANY_SUFFIX, NOT_COMPANY_SUFFIX
from flows.extract.organizations import _CAPITALISED_RUN, find_organizations


def orgs(text: str) -> list[tuple[str, str]]:
    return [(text[s.char_start : s.char_end], s.name) for s in find_organizations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("talks at the State Department", [("State Department", "State Department")], id="known"),
        pytest.param(
            "el Departamento de Estado", [("Departamento de Estado", "State Department")], id="known-spanish-alias"
        ),
        pytest.param("a meeting at the White House", [("White House", "White House")], id="known-with-article"),
        pytest.param("La ONU pidió calma.", [("ONU", "United Nations")], id="known-acronym"),
        pytest.param("Source: Prensa Latina", [("Prensa Latina", "Prensa Latina")], id="agency"),
        pytest.param("the Interior Department said", [("Interior Department", "Interior Department")], id="head-last"),
        pytest.param(
            "the Federal Bureau of Investigation", [("Federal Bureau of Investigation",) * 2], id="head-with-complement"
        ),
        pytest.param("la Secretaría de Economía informó", [("Secretaría de Economía",) * 2], id="spanish-head-first"),
        pytest.param(
            "el Partido Liberal Progresista", [("Partido Liberal Progresista",) * 2], id="spanish-name-after-head"
        ),
        pytest.param("Acme Holdings Inc. reported", [("Acme Holdings Inc.",) * 2], id="company-suffix"),
        pytest.param("Grupo Bimbo S.A.B. de C.V. dijo", [("Grupo Bimbo S.A.B. de C.V.",) * 2], id="mexican-company"),
        pytest.param(
            "Mexico and the Bank of Canada agreed", [("Bank of Canada",) * 2], id="coordination-is-not-part-of-name"
        ),
        pytest.param(
            "Ministry of Agriculture and Rural Development",
            [("Ministry of Agriculture and Rural Development",) * 2],
            id="coordination-inside-complement",
        ),
        pytest.param(
            "the Ministry of Finance in Mexico City", [("Ministry of Finance",) * 2], id="location-is-not-part-of-name"
        ),
        pytest.param(
            "the Bank of Mexico and the Finance Ministry",
            [("Bank of Mexico",) * 2, ("Finance Ministry",) * 2],
            id="coordinator-and-article-start-a-new-name",
        ),
        pytest.param(
            "La Unión Europea y la Alianza del Pacífico (ADP) firmaron.",
            [("Unión Europea", "European Union"), ("Alianza del Pacífico",) * 2],
            id="spanish-coordination-before-acronym",
        ),
        pytest.param(
            "the General Assembly of the Organization of American States",
            [("Organization of American States",) * 2],
            id="listed-name-beats-phrase-around-it",
        ),
        pytest.param(
            "Aguas de Monterrey S.A. de C.V. informó", [("Aguas de Monterrey S.A. de C.V.",) * 2], id="de-in-company"
        ),
        pytest.param("at the U.S. Embassy in Lima", [("U.S. Embassy",) * 2], id="dotted-abbreviation"),
        pytest.param(
            "The Federal Reserve held rates, and the Fed said cuts could come.",
            [("Federal Reserve",) * 2, ("Fed", "Federal Reserve")],
            id="federal-reserve-and-the-fed",
        ),
        pytest.param(
            "La Reserva Federal y el Banco Central Europeo mantuvieron las tasas.",
            [("Reserva Federal", "Federal Reserve"), ("Banco Central Europeo", "European Central Bank")],
            id="spanish-names",
        ),
        pytest.param("The ECB raised rates.", [("ECB", "European Central Bank")], id="ecb-without-a-definition"),
        pytest.param(
            "El Banco Central de Reserva y Banxico mantuvieron las tasas.",
            [("Banco Central de Reserva",) * 2, ("Banxico", "Bank of Mexico")],
            id="a-name-read-around-its-head-stops-before-a-listed-one",
        ),
        pytest.param(
            "the Ministry of Agriculture and Rural Development",
            [("Ministry of Agriculture and Rural Development",) * 2],
            id="and-inside-a-name-still",
        ),
        pytest.param("Fed officials said", [("Fed", "Federal Reserve")], id="fed-opening-a-sentence"),
        pytest.param(
            "The People's Bank of China cut its lending rate.",
            [("People's Bank of China",) * 2],
            id="a-central-bank-not-the-commercial-bank-of-china",
        ),
        # A country's body is read as printed, whatever its case: whose it is, facts settle with the places.
        pytest.param("the Ministry of Finance said", [("Ministry of Finance",) * 2], id="a-body-as-printed"),
        pytest.param("the central bank said", [("central bank", "Central Bank")], id="a-body-in-lower-case"),
        pytest.param(
            "El Tribunal Supremo Electoral y la Corte Suprema de Justicia de Colombia",
            [("Tribunal Supremo Electoral",) * 2, ("Corte Suprema de Justicia de Colombia",) * 2],
            id="a-longer-name-around-a-body-is-read-whole",
        ),
    ],
)
def test_finds_organizations(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Secretary of State Antony Blinken", id="secretary-of-state"),
        pytest.param("said Foreign Minister Alicia Bárcena", id="foreign-minister"),
        pytest.param("with Interior Secretary Deb Haaland", id="interior-secretary"),
        pytest.param("el secretario de Relaciones Exteriores", id="spanish-role"),
        pytest.param("the President's Advisor on Global Infrastructure and Energy Security", id="advisor"),
        pytest.param("The relationship between the United States and Mexico", id="places-only"),
        pytest.param("The Department said", id="bare-head"),
        pytest.param("Fed by three days of rain, the river rose.", id="fed-by"),
        pytest.param("Fed up with the delays, residents marched.", id="fed-up"),
    ],
)
def test_roles_and_other_capitalised_phrases_are_not_organizations(text: str) -> None:
    assert orgs(text) == []


def test_role_ends_an_organization_name() -> None:
    assert orgs("Bank of Mexico Governor Victoria Rodríguez spoke") == [("Bank of Mexico", "Bank of Mexico")]


def test_acronym_in_parentheses_links_later_mentions_to_the_full_name() -> None:
    text = (
        "our partners in the Alliance for Economic Prosperity in the Americas (APEP), and more. "
        "She attended the APEP Ministerial Plenary."
    )
    full = "Alliance for Economic Prosperity in the Americas"
    assert orgs(text) == [(full, full), ("APEP", full)]


def test_wordlike_spanish_acronym_is_linked() -> None:
    text = "El Consejo Nacional para Prevenir la Discriminación (Conapred) dijo. Después, Conapred calló."
    full = "Consejo Nacional para Prevenir la Discriminación"
    assert orgs(text) == [(full, full), ("Conapred", full)]


def test_undefined_acronym_is_not_an_organization() -> None:
    assert orgs("The APEP meeting ended.") == []


def test_known_acronym_needs_its_capitals() -> None:
    assert orgs("who said it") == []
    assert orgs("the WHO said it") == [("WHO", "World Health Organization")]


def test_the_run_pattern_finds_what_its_plain_form_finds() -> None:
    # The pattern opens with a character class and its words are possessive, for speed (see the module):
    # the plain form below, as first written, must find the same runs.
    word = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w-]*(?:['’][A-Za-z][\w-]+)?)"
    connector = r"(?:of|for|on|de|del|para|the|el|la|los|las|and|y|e|&|in|en|a)"
    plain = re.compile(
        rf"{word}(?:(?: (?:{connector} )*{NOT_COMPANY_SUFFIX}{word})+{COMPANY_SUFFIX}?|{COMPANY_SUFFIX}|(?= \())"
    )
    rng = random.Random(5)
    alphabet = "AaBbCcDdEe'’-.,()IncorpLtdSAVC\t\n_0ñÑÉí&y "
    texts = [case.article.text for case in labelled_cases() + seed_cases()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(5_000)]
    for text in texts:
        assert [m.span() for m in _CAPITALISED_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_text_of_many_organizations_finds_each_and_each_acronym() -> None:
    unit = "Petróleos Mexicanos (Pemex) and the Acme Holdings Inc. board met; Pemex agreed. "
    spans = find_organizations(unit * 2_000)
    assert [s.name for s in spans[:4]] == [
        "Petróleos Mexicanos", "Petróleos Mexicanos", "Acme Holdings Inc.", "Petróleos Mexicanos"
    ]  # fmt: skip
    assert [s.name for s in spans] == [s.name for s in spans[:4]] * 2_000


def test_an_acronym_the_article_spells_out_is_not_the_listed_organization() -> None:
    text = (
        "La reforma obliga a las administradoras de fondos de pensiones (AFP) a bajar sus comisiones. "
        "Las AFP respondieron que la AFP más grande ya lo hizo."
    )
    found = orgs(text)
    assert found and {name for _, name in found} == {"Administradoras de Fondos de Pensiones"}
    assert [printed for printed, _ in found] == ["administradoras de fondos de pensiones", "AFP", "AFP"]


def test_a_plural_article_before_a_listed_acronym_is_not_that_organization() -> None:
    assert orgs("Las AFP anunciaron nuevas comisiones para sus afiliados.") == []
    assert orgs("Los afiliados culpan a las AFP.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SANTIAGO, 3 jun (AFP) - El gobierno anunció cambios.",
            [("AFP", "Agence France-Presse")],
            id="dateline-agency",
        ),
        pytest.param(
            "The minister told AFP that talks would resume.", [("AFP", "Agence France-Presse")], id="told-afp"
        ),
        pytest.param(
            "La agencia Agence France-Presse (AFP) informó; la AFP citó fuentes oficiales.",
            [("Agence France-Presse",) * 2, *[("AFP", "Agence France-Presse")] * 2],
            id="the-agency-spelled-out",
        ),
        pytest.param(
            "Both Petróleos Mexicanos (Pemex) and the Alliance for Economic Prosperity in the Americas (APEP) met.",
            [
                ("Petróleos Mexicanos",) * 2,
                ("Pemex", "Petróleos Mexicanos"),
                ("Alliance for Economic Prosperity in the Americas",) * 2,
            ],
            id="definitions-after-organizations-still-work",
        ),
    ],
)
def test_listed_acronyms_keep_their_meaning_without_a_definition(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Carla Mendez, a strategist at Northgate Securities, said the selloff was over.",
            [("Northgate Securities",) * 2],
            id="securities",
        ),
        pytest.param(
            "said Tom Reyes, chief economist at Harborview Capital.", [("Harborview Capital",) * 2], id="capital"
        ),
        pytest.param(
            "Analysts at Bluewater Capital Partners and Crestline Holdings disagreed.",
            [("Bluewater Capital Partners",) * 2, ("Crestline Holdings",) * 2],
            id="two-company-words-and-a-second-company",
        ),
        pytest.param(
            "Pilots at Condora Airlines and engineers at Solvane Energy Systems walked out.",
            [("Condora Airlines",) * 2, ("Solvane Energy Systems",) * 2],
            id="airlines-and-energy-systems",
        ),
        pytest.param(
            "Grupo Altamar y Banco Ribera firmaron.",
            [("Grupo Altamar",) * 2, ("Banco Ribera",) * 2],
            id="spanish-head-words-still-open-names",
        ),
        pytest.param(
            "KARACHI, (Harbor Point News - 3rd Mar, 2021 ) : The governor said",
            [("Harbor Point News",) * 2],
            id="an-outlet-s-news",
        ),
        pytest.param("the minister told Sky News on Monday.", [("Sky News",) * 2], id="a-one-word-outlet-s-news"),
    ],
)
def test_a_capitalised_name_ending_in_a_company_word_is_a_company(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Secretary of Energy Chris Wright said", id="company-word-in-a-role-complement"),
        pytest.param("Energy Secretary Chris Wright said", id="company-word-before-a-role"),
        pytest.param("Lawmakers passed the Clean Energy Act in May.", id="company-word-inside-a-longer-name"),
        pytest.param("Capital Letters were used in the title.", id="company-word-opening-a-run"),
        pytest.param("Breaking News: a fire closed the port.", id="a-label-s-news"),
        pytest.param("He called the report Fake News on Monday.", id="which-news-not-whose"),
        pytest.param("UPDATE NEWS: invest now and earn more.", id="a-label-before-a-colon"),
        pytest.param("Space News from the site. The space agency launched a probe.", id="a-common-word-s-news"),
    ],
)
def test_a_company_word_only_closes_a_name(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ford Motor Co. said sales fell in May.", ["Ford Motor Co."], id="en-co"),
        pytest.param("Investors sold Acme Holdings Corp. shares.", ["Acme Holdings Corp."], id="en-corp"),
        pytest.param("Workers at Harland Ltd. walked out.", ["Harland Ltd."], id="en-ltd"),
        pytest.param("Analysts at J.P. Morgan & Co. disagreed.", ["J.P. Morgan & Co."], id="en-and-co"),
        pytest.param("Aguas de Monterrey S.L. anunció un recorte.", ["Aguas de Monterrey S.L."], id="es-sl"),
        pytest.param("Telefónica S.A. anunció un recorte.", ["Telefónica S.A."], id="es-sa"),
        pytest.param("Hijos de Pérez y Cía. cerró la planta.", ["Hijos de Pérez y Cía."], id="es-y-cia"),
        pytest.param(
            "Constructora Ribera, S.A. de C.V. ganó la obra.", ["Constructora Ribera, S.A. de C.V."], id="es-sa-de-cv"
        ),
        # A suffix that ends a sentence ends the name there too.
        pytest.param(
            "The plant was sold to Ford Motor Co. The union said it would strike.",
            ["Ford Motor Co."],
            id="en-co-ends-sentence",
        ),
        pytest.param(
            "La planta se vendió a Harland Cía. Los trabajadores protestaron.",
            ["Harland Cía."],
            id="es-cia-ends-sentence",
        ),
    ],
)
def test_a_legal_form_suffix_closes_a_company_name(text: str, expected: list[str]) -> None:
    assert [printed for printed, name in orgs(text) if printed == name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shares of Acme Holdings Corp. fell 5 % on Monday after the company cut its forecast.",
            ["Acme Holdings Corp."],
            id="en-shares-of",
        ),
        pytest.param(
            "The board met on Friday. Employees of Harland Ltd. walked out hours later.",
            ["Harland Ltd."],
            id="en-employees-of-after-a-sentence",
        ),
        pytest.param(
            "Acciones de Grupo Bimbo S.A.B. de C.V. cayeron un 5 % el lunes.",
            ["Grupo Bimbo S.A.B. de C.V."],
            id="es-acciones-de",
        ),
        pytest.param(
            "Trabajadores de Aguas de Monterrey S.L. protestaron frente a la planta.",
            ["Aguas de Monterrey S.L."],
            id="es-trabajadores-de-a-name-with-de",
        ),
        # A name that opens with its own noun keeps it.
        pytest.param("Bank of America Corp. reported higher profits.", ["Bank of America Corp."], id="en-bank-of"),
        pytest.param("Hijos de Pérez y Cía. cerró la planta.", ["Hijos de Pérez y Cía."], id="es-hijos-de"),
        pytest.param("Investors Title Co. raised its dividend.", ["Investors Title Co."], id="en-noun-without-of"),
    ],
)
def test_a_common_noun_opening_the_sentence_is_no_part_of_a_company_name(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill was sent to Congress on Sunday for a final vote.", [("Congress", "Congress")]),
        ("The Foreign Ministry on Monday summoned the ambassador.", [("Foreign Ministry", "Foreign Ministry")]),
        ("The Senate on March 3 approved it.", [("Senate", "Senate")]),
        # A day or a month that a name word follows is a word of the name.
        ("The Commission on May Day Celebrations met.", [("Commission on May Day Celebrations",) * 2]),
        ("The Commission on Human Rights said.", [("Commission on Human Rights",) * 2]),
    ],
)
def test_a_day_or_a_month_after_on_is_no_part_of_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La Comisión Nacional de Ayuda a Refugiados (CNAR) abrió oficinas; la CNAR atiende a 200 familias.",
            [("Comisión Nacional de Ayuda a Refugiados",) * 2, ("CNAR", "Comisión Nacional de Ayuda a Refugiados")],
            id="a-es",
        ),
        pytest.param(
            "The Coalition to Stop Toxic Waste (CSTW) sued the state.",
            [("Coalition to Stop Toxic Waste",) * 2],
            id="to-en",
        ),
    ],
)
def test_a_name_an_acronym_spells_out_runs_over_a_purpose_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A Los Angeles Times survey showed it.", [("Los Angeles Times",) * 2], id="after-a"),
        pytest.param("He wrote for The El Paso Times for years.", [("El Paso Times",) * 2], id="after-the"),
        pytest.param("Shares of rival Las Vegas Resorts Inc. fell.", [("Las Vegas Resorts Inc.",) * 2], id="company"),
        # Spanish writes its articles in lower case within a sentence: one that opens it is the sentence's.
        pytest.param("El Washington Post publicó la carta.", [("Washington Post",) * 2], id="sentence-article"),
    ],
)
def test_a_capitalised_spanish_article_within_a_sentence_opens_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Los vecinos hablan.\nHUYERON CON UN CAMIÓN ROBADO\nNadie los vio.", [], id="un-is-a-word"),
        pytest.param(
            "QUE VIVA EL GRAN CONGRESO POPULAR DEL FRENTE AMPLIO pic.example.com/AbCdEf", [], id="shouted-post"
        ),
        pytest.param(
            "PROTESTAS ANTE LAS NACIONES UNIDAS\nLa ONU respondió.",
            [("NACIONES UNIDAS", "United Nations"), ("ONU", "United Nations")],
            id="listed-name-of-words-stays",
        ),
        pytest.param("Un portavoz de la ONU y el Congreso habló.", [("ONU", "United Nations"), ("Congreso",) * 2]),
    ],
)
def test_capitals_tell_no_name_in_a_line_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Arab League met in Cairo.", [("Arab League",) * 2], id="league-closes-a-name"),
        pytest.param("La Liga Árabe se reunió.", [("Liga Árabe",) * 2], id="liga-opens-one"),
        pytest.param(
            "leaders of the Frontier Muslim League-N, and the rest of the opposition",
            [("Frontier Muslim League-N",) * 2],
            id="a-faction-letter-after-the-head",
        ),
        pytest.param(
            "members of the Coastal Peoples Party-P and the Valley League met",
            [("Coastal Peoples Party-P",) * 2, ("Valley League",) * 2],
            id="a-faction-letter-and-a-second-name",
        ),
    ],
)
def test_a_league_and_a_faction_letter_after_a_head_make_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    """A party's faction is printed as a letter after its name ("Muslim League-N"): the head word is still read."""
    assert orgs(text) == expected


def test_a_faction_letter_needs_its_capital() -> None:
    assert orgs("a Party-goer and a party-n member") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Labour asks for an inquiry. Labour believes the rules were broken, and Labour wants answers.",
            [("Labour", "Labour Party")] * 3,
            id="labour-named-within-a-sentence-too",
        ),
        pytest.param("Labour costs rose again. Labour shortages hit farms.", [], id="labour-the-word"),
        pytest.param("Shops close on Labour Day, and labour unions march.", [], id="labour-in-a-longer-name"),
        pytest.param(
            "BP paid the fine. Shares of GE fell, and Siemens said it would bid.",
            [("BP", "BP"), ("GE", "General Electric"), ("Siemens", "Siemens")],
            id="companies-named-alone",
        ),
        pytest.param(
            "He spoke on Europe 1 radio and to France 24.",
            [("Europe 1", "Europe 1"), ("France 24", "France 24")],
            id="broadcasters-named-after-a-place",
        ),
        pytest.param(
            "De acuerdo con el Indec, los precios subieron.",
            [("Indec", "Instituto Nacional de Estadística y Censos")],
            id="a-statistics-office-s-acronym",
        ),
    ],
)
def test_listed_short_names_of_parties_companies_and_broadcasters(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "French aid group ORVA said two of its staff died. Several ORVA employees were hurt.",
            [("ORVA", "ORVA")] * 2,
            id="an-aid-group-and-its-later-mention",
        ),
        pytest.param("La ONG ORVA informó que dos empleados murieron.", [("ORVA", "ORVA")], id="una-ong"),
        pytest.param("the news agency AFP said", [("AFP", "Agence France-Presse")], id="a-listed-one-keeps-its-name"),
        pytest.param("the company CEO said", [], id="a-post-s-acronym"),
        pytest.param("the party MP John Smith said", [], id="before-a-name"),
        pytest.param("a group of ORVA volunteers", [], id="no-kind-noun-right-before"),
    ],
)
def test_a_kind_of_body_before_an_acronym_names_it(text: str, expected: list[tuple[str, str]]) -> None:
    """ "aid group ACTED", "oil giant BP": the common noun says the acronym is a body's name."""
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La presidenta de la comisión, Ana Ruiz (Somos Perú), sustentó el dictamen.",
            [("Somos Perú",) * 2],
            id="a-party-holding-a-country",
        ),
        pytest.param(
            "Votaron Luis Soto (Juntos por el Perú) y Rosa Díaz (Perú Libre).",
            [("Juntos por el Perú",) * 2, ("Perú Libre",) * 2],
            id="connectors-and-a-country-first",
        ),
        pytest.param("Ana Ruiz (Costa Rica) ganó la carrera.", [], id="a-country-alone-is-where-she-is-from"),
        pytest.param("Luis Soto (Ciudad de México) habló.", [], id="a-city-alone"),
        pytest.param("Rosa Díaz (Nueva Ola) habló.", [], id="no-place-inside"),
    ],
)
def test_a_bracket_after_a_name_holding_a_place_and_other_words_is_a_party(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The man told television station KXAB that he was innocent.", [("KXAB", "KXAB")], id="a-television-station"
        ),
        pytest.param("as the TV station WQRT reported", [("WQRT", "WQRT")], id="a-tv-station"),
        pytest.param("según la emisora RPQ, el puente cayó", [("RPQ", "RPQ")], id="una-emisora"),
        pytest.param("the news channel NTQ aired it", [("NTQ", "NTQ")], id="a-news-channel"),
        pytest.param("the station manager said", [], id="no-acronym-after-station"),
        pytest.param("the bus station ATM was broken", [], id="a-station-that-broadcasts-nothing"),
        pytest.param("el canal HDMI del televisor", [], id="un-canal-no-es-una-emisora"),
    ],
)
def test_a_broadcaster_s_call_sign_after_station_or_emisora(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Hale County Sheriff's Office said deputies arrived at noon.",
            [("Hale County Sheriff's Office",) * 2],
            id="a-county-sheriff-s-office",
        ),
        pytest.param(
            "a statement from the Dade County Attorney’s Office",
            [("Dade County Attorney’s Office",) * 2],
            id="a-county-attorney-s-office-curly-apostrophe",
        ),
        pytest.param(
            "Photo: Lake-Bend County Sheriff's Department / Facebook",
            [("Lake-Bend County Sheriff's Department",) * 2, ("Facebook",) * 2],
            id="a-hyphenated-county",
        ),
        pytest.param(
            "the U.S. Attorney's Office in Denver", [("U.S. Attorney's Office",) * 2], id="a-dotted-abbreviation"
        ),
        pytest.param(
            "Rep. Ana Lind. Greer County Clerk's Office records show",
            [("Greer County Clerk's Office",) * 2],
            id="after-a-full-stop",
        ),
        pytest.param("the Sheriff's Office said", [], id="no-name-before-the-post"),
        pytest.param("the Attorney General's Office said", [("Attorney General's Office",) * 2], id="a-listed-body"),
        pytest.param(
            "Ruritania's Finance Department said", [("Finance Department",) * 2], id="a-country-s-possessive-is-no-post"
        ),
        pytest.param("John Smith's Office hours", [], id="a-person-s-possessive-is-no-post"),
        pytest.param("When the Sheriff's Office called", [], id="a-sentence-opener-is-no-name"),
    ],
)
def test_a_post_s_office_after_the_name_of_a_county_is_one_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "said Senate Minority Leader Aldo Ventura on Monday.", [("Senate", "Senate")], id="minority-is-the-post-s"
        ),
        pytest.param("House Majority Whip Rosa Lind said", [], id="majority-is-the-post-s"),
        pytest.param("Senate OKs new tariff bill", [("Senate", "Senate")], id="a-verb-in-capitals"),
        pytest.param(
            "the Minority Rights Commission said",
            [("Minority Rights Commission",) * 2],
            id="minority-inside-a-name-stays",
        ),
        pytest.param("the Army Corps of Engineers said", [("Army Corps of Engineers",) * 2], id="a-name-word-stays"),
    ],
)
def test_a_post_s_words_and_a_verb_are_no_part_of_a_body_s_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La Contraloría General de la República auditó la obra.",
            [("Contraloría General de la República",) * 2],
            id="contraloria",
        ),
        pytest.param("según la Defensoría del Pueblo", [("Defensoría del Pueblo",) * 2], id="defensoria"),
        pytest.param(
            "la Superintendencia de Banca y Seguros multó al banco",
            [("Superintendencia de Banca y Seguros",) * 2],
            id="superintendencia",
        ),
        pytest.param(
            "La Registraduría Nacional cerró las mesas.", [("Registraduría Nacional",) * 2], id="registraduria"
        ),
        pytest.param("la contraloría de la obra", [], id="in-lower-case-a-common-noun"),
    ],
)
def test_spanish_state_bodies_of_audit_and_rights(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Boca Juniors cayó ante River Plate en la final.",
            [("Boca Juniors",) * 2, ("River Plate",) * 2],
            id="two-clubs",
        ),
        pytest.param("La Conmebol multó al club.", [("Conmebol",) * 2], id="conmebol"),
        pytest.param("FIFA and UEFA met in Zurich.", [("FIFA",) * 2, ("UEFA",) * 2], id="fifa-and-uefa"),
        pytest.param(
            "El DT de Independiente del Valle habló.", [("Independiente del Valle",) * 2], id="a-club-of-three-words"
        ),
        pytest.param("Boca abierta, miró el río.", [], id="a-club-s-short-name-is-a-word"),
        pytest.param("the fifa of the village", [], id="an-acronym-needs-its-capitals"),
        pytest.param(
            "El partido Colombia Humana presentó su lista.", [("Colombia Humana",) * 2], id="a-party-a-place-opens"
        ),
        pytest.param("from Syndicated News feed", [], id="a-feed-s-label"),
    ],
)
def test_listed_football_bodies_and_clubs(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lo dijo la presidenta del Senado Emilia Ríos Aguirre en Lima.", ["Senado"]),
        ("Habló el fiscal de la Fiscalía General Andrés López.", ["Fiscalía General"]),
        ("La Fundación Carlos Slim donó equipos al hospital.", ["Fundación Carlos Slim"]),
        ("Estudió en la Universidad Simón Bolívar y volvió.", ["Universidad Simón Bolívar"]),
    ],
    ids=["senate-then-its-president", "prosecutor-then-the-prosecutor", "foundation-named-for-a-person",
         "university-named-for-a-person"],
)  # fmt: skip
def test_a_given_name_after_a_legislature_or_a_ministry_is_the_person_holding_its_post(
    text: str, expected: list[str]
) -> None:
    # "Senado Emilia Ríos Aguirre" was one organization, and the person who presides the Senate was lost.
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was signed by Army Sergeant Ana Ruiz on Monday.", []),
        ("Navy Captain Tom Hale led the search off the coast.", []),
        ("Police Lieutenant Tom Hale of the Harbor Police said it.", ["Harbor Police"]),
        ("The Pinkerton Detective Agency was hired by the mine.", ["Pinkerton Detective Agency"]),
    ],
    ids=["army-sergeant", "navy-captain", "police-lieutenant", "an-agency-named-for-detectives"],
)
def test_a_rank_splits_a_service_from_the_person_holding_it(text: str, expected: list[str]) -> None:
    # "Army Sergeant Ana Ruiz" was one organization, and the person was lost.
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lo informó el Instituto Nacional de Defensa a la Competencia Leal (Indecol) ayer. El Indecol multó.",
            ["Instituto Nacional de Defensa a la Competencia Leal", "Indecol"],
        ),
        (
            "La Secretaría de Turismo a la Cámara de Senadores envió el informe.",
            ["Secretaría de Turismo", "Cámara de Senadores"],
        ),
        ("El Consejo de Vecinos (Lima) pidió calma.", ["Consejo de Vecinos"]),
    ],
    ids=["aim-inside-a-name-defined-by-an-acronym", "a-of-the-verb-parts-two-bodies", "a-place-in-brackets"],
)
def test_a_spanish_a_joins_the_words_of_a_name_an_acronym_defines(text: str, expected: list[str]) -> None:
    # The name ended before "a" ("Instituto Nacional de Defensa"), and its short acronym-word named nothing.
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokeswoman for the Boston Police Department said.", ["Boston Police Department"]),
        ("The Dade County Fire Department responded.", ["Dade County Fire Department"]),
        ("The Boston Police said it had no suspect.", ["Boston Police"]),
    ],
    ids=["police-department", "fire-department", "one-head"],
)
def test_an_english_name_closes_with_all_its_heads(text: str, expected: list[str]) -> None:
    # "Boston Police Department" was read as "Boston Police", the "Department" lost.
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("according to the Tulsa-based Institute for Water Policy.", ["Institute for Water Policy"]),
        ("a Gulf-backed Coalition for Reform said.", ["Coalition for Reform"]),
        ("the Hewlett-Packard Foundation gave.", ["Hewlett-Packard Foundation"]),
    ],
    ids=["based", "backed", "a-hyphenated-name"],
)
def test_a_compound_adjective_before_a_name_is_no_word_of_it(text: str, expected: list[str]) -> None:
    # "Tulsa-based Institute for Water Policy" was the organization's name.
    assert [printed for printed, _ in orgs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("according to Federal Reserve Bank of Atlanta data.", [("Federal Reserve Bank of Atlanta",) * 2]),
        ("The Federal Reserve Board met.", [("Federal Reserve", "Federal Reserve")]),
        (
            "the General Assembly of the Organization of American States",
            [("Organization of American States",) * 2],
        ),
    ],
    ids=["a-bank-of-the-fed", "no-complement-after-the-head", "listed-name-inside-a-longer-one"],
)
def test_a_listed_name_that_a_head_and_its_complement_go_on_is_another_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # "Federal Reserve Bank of Atlanta" was the Federal Reserve and the place Atlanta.
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an analyst at Hadley’s Research Partners said.", ["Hadley’s Research Partners"]),
        ("Kemp's Dairy Holdings Inc. said.", ["Kemp's Dairy Holdings Inc."]),
        ("Chile's Acme Holdings Inc. fell.", ["Acme Holdings Inc."]),
        ("Tom Kemp's Dairy Holdings Inc. fell.", ["Dairy Holdings Inc."]),
    ],
    ids=["curly-possessive", "straight-possessive", "a-country-s-company", "an-owner-of-two-words"],
)
def test_a_company_named_for_its_founder_keeps_the_possessive(text: str, expected: list[str]) -> None:
    # "Hadley’s Research Partners" was read from "Research Partners" on.
    assert [printed for printed, _ in orgs(text)] == expected


def test_a_short_name_in_brackets_that_is_a_place_too_is_the_organization_s() -> None:
    # "(Morena)" after the party's name was the place Morena, in India.
    text = "Votó el Movimiento de Renovación Regional (Morena) y luego Morena calló."
    assert orgs(text) == [
        ("Movimiento de Renovación Regional", "Movimiento de Renovación Regional"),
        ("Morena", "Movimiento de Renovación Regional"),
        ("Morena", "Movimiento de Renovación Regional"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth will slow, the OECD said.", [("OECD", "Organisation for Economic Co-operation and Development")]),
        ("Según la OCDE, el PIB crecerá.", [("OCDE", "Organisation for Economic Co-operation and Development")]),
        ("A report by Human Rights Watch found abuses.", [("Human Rights Watch", "Human Rights Watch")]),
        ("Hamas fired rockets, and al-Qaeda praised it.", [("Hamas", "Hamas"), ("al-Qaeda", "al Qaeda")]),
        ("Facebook y Televisa firmaron.", [("Facebook", "Facebook"), ("Televisa", "Televisa")]),
        ("A Lib Dem spokesman said.", [("Lib Dem", "Liberal Democrats")]),
        ("Las aves del panal; la watch list.", []),
    ],
    ids=["oecd", "ocde", "hrw", "armed-groups", "companies", "lib-dem", "look-alike-words"],
)
def test_well_known_bodies_named_by_a_short_name(text: str, expected: list[tuple[str, str]]) -> None:
    # Each was missed: no head word reads them.
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tras la caída de la Unión Soviética, Rusia heredó su asiento.", []),
        ("The Union Pacific railroad hired.", [("Union Pacific", "Union Pacific")]),
    ],
    ids=["a-place-a-head-opens", "a-name-a-head-opens"],
)
def test_a_name_read_around_a_head_that_is_a_place_s_name_is_no_organization(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # "Unión Soviética" was an organization: "Unión" is a head word.
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell on the Lisbon Stock Exchange.", [("Lisbon Stock Exchange",) * 2]),
        (
            "Ganó el partido Fuerza Vecinal y luego la Fuerza Aérea Uruguaya voló.",
            [("Fuerza Vecinal",) * 2, ("Fuerza Aérea Uruguaya",) * 2],
        ),
        ("A Joint Task Force was formed.", [("Joint Task Force",) * 2]),
        ("Pacific Airways cut flights.", [("Pacific Airways",) * 2]),
        ("La fuerza del viento y the exchange rate.", []),
    ],
    ids=["exchange", "fuerza", "force", "airways", "in-lower-case"],
)
def test_exchanges_forces_and_airways_are_organizations(text: str, expected: list[tuple[str, str]]) -> None:
    # Each was missed: no head word or company word read it.
    assert orgs(text) == expected


def test_an_acronym_written_as_a_word_is_found_in_capitals_too() -> None:
    # "IFAI" after "Instituto Federal … (Ifai)" was no mention.
    text = "Lo pidió el Consejo Nacional de Fomento Educativo (Conafe). El CONAFE y el Conafe callaron."
    assert orgs(text) == [("Consejo Nacional de Fomento Educativo",) * 2] + [
        (printed, "Consejo Nacional de Fomento Educativo") for printed in ("CONAFE", "Conafe")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Google Brazil rose.", [("Google Brazil",) * 2]),
        ("Lo dijo CNN Chile.", [("CNN Chile",) * 2]),
        ("Google, Brazil and Chile agreed.", [("Google", "Google")]),
        ("La ONU México pidió calma.", [("ONU", "United Nations")]),
        ("Google said Brazil grew.", [("Google", "Google")]),
    ],
    ids=["company-and-country", "channel", "a-comma-between", "an-alias", "a-verb-between"],
)
def test_a_listed_name_before_a_country_is_its_branch_there(text: str, expected: list[tuple[str, str]]) -> None:
    # "Google Brazil" was the company and the country.
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El presidente del Senado Israel Monroy habló.", [("Senado", "Senado")]),
        ("Lo dijo a CNN Israel Ruiz.", [("CNN", "CNN")]),
    ],
    ids=["a-body-every-country-has", "a-person-after-it"],
)
def test_no_branch_where_the_country_s_name_opens_a_person_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Deportivo Cali venció al Atlético Junior.", [("Deportivo Cali",) * 2, ("Atlético Junior",) * 2]),
        ("Sporting Gijón y el Club Nacional empataron.", [("Sporting Gijón",) * 2, ("Club Nacional",) * 2]),
        ("The Toledo Press Club met.", [("Toledo Press Club",) * 2]),
        ("Fue un club deportivo de barrio con buen desempeño atlético.", []),
    ],
    ids=["deportivo-atletico", "sporting-club", "english-club", "in-lower-case"],
)
def test_a_sports_club_is_read_around_its_head_word(text: str, expected: list[tuple[str, str]]) -> None:
    # "Deportivo Cali" was missed, or its city read as a place.
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Food and Drug Administration approved the pill.",
            [("Food and Drug Administration",) * 2],
            id="and-before-the-head",
        ),
        pytest.param("The FDA said the pill was safe.", [("FDA", "Food and Drug Administration")], id="acronym-alone"),
        pytest.param(
            "La Administración de Alimentos y Medicamentos la aprobó.",
            [("Administración de Alimentos y Medicamentos", "Food and Drug Administration")],
            id="spanish-name",
        ),
        pytest.param(
            "agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives",
            [("Bureau of Alcohol, Tobacco, Firearms and Explosives",) * 2],
            id="commas-in-the-name",
        ),
        pytest.param("The SEC title game is on Saturday.", [], id="sec-is-also-a-sports-conference"),
        pytest.param("the fda approved", [], id="acronym-in-lower-case"),
    ],
)
def test_federal_agencies_named_by_acronym_or_split_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rep. Tom Hale, R-Pine Valley Center, said he would vote no.", [], id="party-and-home-town"),
        pytest.param("Rep. Tom Hale (D-Lake Harbor Center) voted no.", [], id="in-brackets"),
        pytest.param(
            "Ana Gil, D-Day Memorial Foundation director, spoke.",
            [("D-Day Memorial Foundation",) * 2],
            id="a-name-with-a-letter-and-hyphen",
        ),
    ],
)
def test_a_legislators_party_and_home_town_is_no_organization(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Shares of Harbourline plc fell on Monday.", [("Harbourline plc",) * 2], id="plc"),
        pytest.param("Valdora Shipping PLC reported a loss.", [("Valdora Shipping PLC",) * 2], id="plc-in-capitals"),
        pytest.param("Nordhafen Logistik GmbH said no.", [("Nordhafen Logistik GmbH",) * 2], id="gmbh"),
        pytest.param("The PLC said no.", [], id="a-suffix-alone"),
    ],
)
def test_more_legal_forms_close_a_company_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


def test_a_company_named_in_full_is_named_again_by_its_first_word() -> None:
    text = (
        "Harbourline Pharmaceuticals Inc. agreed to buy Quillon Biopharma Corp. on Wednesday. Harbourline "
        "said the deal would add to its earnings, and Quillon shares rose."
    )
    assert orgs(text) == [
        ("Harbourline Pharmaceuticals Inc.", "Harbourline Pharmaceuticals Inc."),
        ("Quillon Biopharma Corp.", "Quillon Biopharma Corp."),
        ("Harbourline", "Harbourline Pharmaceuticals Inc."),
        ("Quillon", "Quillon Biopharma Corp."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Marítimo S.A. de C.V. creció. El grupo Marítimo informó.",
        "Bank of Valdora Corp. said it would hire. Bank officials agreed.",
        "Harbourline Inc. grew.",
    ],
    ids=["a-kind-of-company-first", "head-word-first", "named-once"],
)
def test_no_short_name_where_the_first_word_says_what_kind_of_company(text: str) -> None:
    assert len(orgs(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "El Índice de Precios al Consumidor (IPC) subió en mayo. El IPC acumula un alza.",
        "El consejo bajó la Tasa de Política Monetaria (TPM) en marzo.",
        "El Producto Interno Bruto (PIB) creció en el trimestre.",
        "El Marco Macroeconómico Multianual (MMM) prevé un alza.",
    ],
    ids=["index", "rate", "product", "framework"],
)
def test_an_index_a_rate_or_a_plan_defined_by_an_acronym_is_no_organization(text: str) -> None:
    assert orgs(text) == []
