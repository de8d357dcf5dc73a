"""Role phrases: the title as printed, its qualifier, the holder's gender and the phrase's article."""

from __future__ import annotations

import re

import pytest
import regex

from flows.extract import roles as roles_module
from flows.extract.keywords import find_keywords, lower_same_length
from flows.extract.roles import find_roles


def roles(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    lowered = lower_same_length(text)
    triggers = [k.start for k in find_keywords(lowered) if k.kind == "role"]
    return [
        (text[r.start : r.end], r.title, r.qualifier, r.gender, r.determiner)
        for r in find_roles(text, lowered, triggers)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("said Foreign Minister X", ("Foreign Minister", "Foreign Minister", None, None, None), id="title"),
        pytest.param(
            "by the head of U.S. diplomacy, X",
            ("the head of U.S. diplomacy", "Secretary of State", None, None, "the"),
            id="us-periphrasis",
        ),
        pytest.param(
            "met the head of Mexican diplomacy, X",
            ("the head of Mexican diplomacy", "Foreign Minister", None, None, "the"),
            id="other-periphrasis",
        ),
        pytest.param(
            "by the virtual president-elect, X",
            ("the virtual president-elect", "president", "elect", None, "the"),
            id="elect",
        ),
        pytest.param(
            "as the next Secretary of Foreign Affairs, held",
            ("the next Secretary of Foreign Affairs", "Secretary of Foreign Affairs", "next", None, "the"),
            id="next-with-department",
        ),
        pytest.param(
            "Secretary of Defense-designate X",
            ("Secretary of Defense-designate", "Secretary of Defense", "designate", None, None),
            id="designate-after-complement",
        ),
        pytest.param(
            "President of Valdoria Claudia Ruiz",
            ("President of Valdoria", "President of Valdoria", None, None, None),
            id="complement-stops-before-a-name",
        ),
        pytest.param("la presidenta electa X", ("la presidenta electa", "presidenta", "elect", "f", "la"), id="electa"),
        pytest.param(
            "El canciller mexicano, X", ("El canciller mexicano", "canciller", None, "m", "el"), id="nationality-after"
        ),
        pytest.param(
            "El exsecretario de Hacienda X",
            ("El exsecretario de Hacienda", "secretario de Hacienda", "former", "m", "el"),
            id="ex-glued",
        ),
        pytest.param(
            "la gobernadora interina de la provincia",
            ("la gobernadora interina", "gobernadora", "acting", "f", "la"),
            id="interina",
        ),
        pytest.param(
            "El jefe de la diplomacia estadounidense, X",
            ("El jefe de la diplomacia estadounidense", "secretario de Estado", None, "m", "el"),
            id="spanish-periphrasis",
        ),
        pytest.param(
            "acting Labor Secretary X", ("acting Labor Secretary", "Labor Secretary", "acting", None, None), id="acting"
        ),
        pytest.param("Un portavoz del sindicato", ("Un portavoz", "portavoz", None, "m", "un"), id="indefinite"),
    ],
)
def test_role_phrases(text: str, expected: tuple[str, str, str | None, str | None, str | None]) -> None:
    assert roles(text) == [expected]


def test_words_that_only_look_like_titles_are_not_roles() -> None:
    assert roles("The minutes were presidential in tone; he had the Secretariat's key.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("el ministro de Energía y Minas, X", "ministro de Energía y Minas", id="two-areas"),
        pytest.param(
            "la ministra de Vivienda, Construcción y Saneamiento, X",
            "ministra de Vivienda, Construcción y Saneamiento",
            id="three-areas",
        ),
        pytest.param("the Minister of Energy and Mines, X", "Minister of Energy and Mines", id="english"),
        # The last area may be a listed department of two words, or two words before a comma.
        pytest.param(
            "la ministra de Ciencia, Tecnología y Medio Ambiente, X",
            "ministra de Ciencia, Tecnología y Medio Ambiente",
            id="listed-last-area",
        ),
        pytest.param(
            "el ministro de Agricultura y Desarrollo Rural, X",
            "ministro de Agricultura y Desarrollo Rural",
            id="two-word-last-area",
        ),
        pytest.param("el ministro de Energía y Minas Tomás Quiroga", "ministro de Energía y Minas", id="then-a-name"),
        # A title of respect opens the holder's name, as a given name does.
        pytest.param(
            "Minister for Railways Sheikh Kamran Ahmed said", "Minister for Railways", id="name-opening-title"
        ),
        pytest.param("el ministro de Energía, Juan Pérez, dijo", "ministro de Energía", id="one-area"),
        pytest.param("the Secretary of State, Ana Ruiz and", "Secretary of State", id="then-a-full-name"),
        pytest.param("la ministra de Salud y Ana Ruiz Vega", "ministra de Salud", id="then-y-and-a-full-name"),
        pytest.param("Carol Benning, general manager of the cooperative", "general manager", id="general-manager"),
        pytest.param("the general said", "general", id="general"),
        pytest.param("Tom Reyes, chief economist at a bank", "chief economist", id="chief-economist"),
        pytest.param("spokesperson for Governor X", "spokesperson", id="a-title-ends-the-complement"),
        pytest.param("vocera del presidente X", "vocera", id="lower-case-title-is-no-complement"),
        pytest.param("the Minister of Justice, X", "Minister of Justice", id="a-department-that-is-also-a-title"),
        # An area before the head word is the office's when a name follows, and stays out of the name.
        pytest.param("said Public Works Minister Odile Ferrant", "Public Works Minister", id="two-word-area"),
        pytest.param("by Civil Protection Director Anton Keel", "Civil Protection Director", id="area-director"),
        pytest.param("as Migration Commissioner Piet Hollander", "Migration Commissioner", id="one-word-area"),
        pytest.param(
            "with Energy Regulatory Commissioner Dana Voss", "Energy Regulatory Commissioner", id="three-word-area"
        ),
        pytest.param("said Defense Undersecretary Karl Bemis", "Defense Undersecretary", id="area-undersecretary"),
        pytest.param("the Human Rights Ombudsman, Irma Castellar,", "Human Rights Ombudsman", id="area-ombudsman"),
        pytest.param("said Ombudsman Irma Castellar", "Ombudsman", id="ombudsman"),
        pytest.param("asked Deputy Lorena Quintal", "Deputy", id="legislator"),
        pytest.param("said Deputy Foreign Minister Tarek Olsson", "Deputy Foreign Minister", id="deputy-minister"),
        pytest.param("said Deputy Migration Commissioner Ida Brun", "Deputy Migration Commissioner", id="deputy-area"),
        pytest.param("la defensora del Pueblo, Irma Castellar,", "defensora del Pueblo", id="defensora-del-pueblo"),
        pytest.param("el defensor del pueblo dijo", "defensor del pueblo", id="defensor-del-pueblo"),
        # Bounds. No name follows: the capitalised words may name a body ("the Water Council Director").
        pytest.param("the Water Council Director said", "Director", id="no-name-after"),
        # An area is capitalised words only: "of" makes "Bank of Orvalia" a body, not an area.
        pytest.param("the Bank of Orvalia Governor Teodor Lisk", "Governor", id="organization-with-of"),
        # Function words and dates open a sentence, they are no area.
        pytest.param("On Monday Migration Commissioner Piet Hollander", "Migration Commissioner", id="sentence-opener"),
        # The area would go on a longer proper noun: a body, not the office.
        pytest.param("Orvalia National Water Commission Director Ana Ruiz", "Director", id="too-long"),
        # Spanish titles take adjectives after their head word and after their department.
        pytest.param("el Director Ejecutivo dijo", "Director Ejecutivo", id="adjective-after-head"),
        pytest.param("el presidente municipal dijo", "presidente municipal", id="adjective-lower-case"),
        pytest.param(
            "el Gobernador Constitucional del Estado", "Gobernador Constitucional del Estado", id="adjective-complement"
        ),
        pytest.param(
            "la Secretaria de Salud Pública, Ana Ruiz", "Secretaria de Salud Pública", id="adjective-after-department"
        ),
        pytest.param("el Director Legislativo dijo", "Director Legislativo", id="adjective-ending"),
        pytest.param(
            "la coordinadora estatal de Protección Civil", "coordinadora estatal de Protección Civil", id="coordinadora"
        ),
        pytest.param("El Procurador General de Justicia", "Procurador General de Justicia", id="procurador"),
        pytest.param("the State Fire Marshal said", "Marshal", id="marshal"),
        pytest.param("said District Attorney Alvin Bragg", "District Attorney", id="district-attorney"),
        pytest.param(
            "el titular de la Dirección General de Migración, Pedro Salas, dijo",
            "titular de la Dirección General de Migración",
            id="general-of-a-body",
        ),
        pytest.param(
            "the director of the Secretaría General de Gobierno, Ana Ruiz, said",
            "director of the Secretaría General de Gobierno",
            id="general-of-a-body-en",
        ),
        # Near misses: a surname ending like an adjective, and a department's surname-like next word.
        pytest.param("el Presidente Leal dijo", "Presidente", id="surname-in-al"),
        pytest.param("el Secretario de Salud Corral dijo", "Secretario de Salud", id="surname-after-department"),
    ],
)
def test_role_titles(text: str, title: str) -> None:
    # Where a title ends: after every area of a ministry, before another title or a person's name; where
    # it starts: at an area written before the head word, but not inside a body's name.
    assert roles(text)[0][1] == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An English area in lower case before the head word is the office's too when a name follows.
        pytest.param("said hospital director Ana Ruiz", ("hospital director", None), id="lower-area"),
        pytest.param(
            "the human rights commissioner Kelsey Lee", ("human rights commissioner", None), id="two-lower-words"
        ),
        pytest.param(
            "the former hospital director Ana Ruiz", ("hospital director", "former"), id="qualifier-then-area"
        ),
        pytest.param("the health director Ana Ruiz", ("health director", None), id="department-as-area"),
        pytest.param(
            "Human rights commissioner Kelsey Lee said", ("Human rights commissioner", None), id="opening-a-sentence"
        ),
        # A capital before a lower-case area that does not open a sentence names a place or a body.
        pytest.param("Talks in Orvalia hospital director Ana Ruiz", ("hospital director", None), id="a-place-before"),
        # "chief" heads a title after an area or a rank.
        pytest.param("police chief Tom Brandt said", ("police chief", None), id="police-chief"),
        pytest.param("Fire Chief Ana Ruiz said", ("Fire Chief", None), id="fire-chief-capitalised"),
        pytest.param("the deputy police chief Ana Ruiz", ("deputy police chief", None), id="deputy-police-chief"),
        pytest.param("said deputy chief Ana Ruiz", ("deputy chief", None), id="deputy-chief"),
        # Near misses: determiners, words of standing and verbs are no area; no name after, no area.
        pytest.param("the former director Ana Ruiz", ("director", "former"), id="former-is-a-qualifier"),
        pytest.param("its new director Ana Ruiz", ("director", None), id="new-is-no-area"),
        pytest.param("the acting director Ana Ruiz", ("director", "acting"), id="acting-is-a-qualifier"),
        pytest.param("the newly appointed director Ana Ruiz", ("director", None), id="adverb-and-participle"),
        pytest.param("they told director Ana Ruiz", ("director", None), id="verb"),
        pytest.param("the company's director Ana Ruiz", ("director", None), id="possessive"),
        pytest.param("the hospital director said", ("director", None), id="no-name-after"),
        pytest.param("Peter Mwangi, spokesperson for Governor Alice Otieno", ("spokesperson", None), id="preposition"),
        pytest.param("Chief Justice John Roberts said", ("Chief Justice", None), id="chief-justice"),
        pytest.param("the chief economist Ana Ruiz", ("chief economist", None), id="chief-economist"),
        # "deputy" before a name: capitalised a legislator, in lower case a second in command; as printed.
        pytest.param("she met his deputy Ana Ruiz", ("deputy", None), id="second-in-command"),
    ],
)
def test_lower_case_areas_and_chief(text: str, expected: tuple[str, str | None]) -> None:
    assert (roles(text)[0][1], roles(text)[0][2]) == expected


def test_chief_alone_is_no_title() -> None:
    assert roles("the police chief said") == []


def _pattern_without_lookahead(grammar: roles_module._Grammar) -> regex.Pattern[str]:
    """The grammar's role pattern without the lookahead that fails area titles early."""
    lookahead = roles_module._HEAD_AND_NAME_AHEAD
    assert grammar.pattern.pattern.count(lookahead) == 1
    return regex.compile(
        grammar.pattern.pattern.replace(lookahead, ""),
        grammar.pattern.flags,
        **roles_module._named_lists(),
    )


@pytest.mark.parametrize(
    "text",
    [
        "said Public Works Minister Ana Ruiz and Health Minister, Luis Gómez.",
        "the new new new new Deputy Health Safety Minister Ana Ruiz said",  # noise words before the area
        "principal deputy Public Health Safety director Ana Ruiz; police chief Tom Brandt; deputy chief Lee Park",
        "BBC Health correspondent Ana Ruiz, AP photographer Tom Brandt, the Reuters reporter said",
        "exminister Ana Ruiz, the ex-director Luis Gómez, secretary-general Ana Ruiz, Secretary General Tom Lee",
        "the president said; el ministro dijo; Interior Secretary said; Orvalia Bank Governor Deb Haaland",
        "Chief Justice Ana Ruiz, chief of staff Tom Brandt, co-founder Lee Park, Tesla boss Elon Musk",
        "THE HEALTH MINISTER ANA RUIZ, the health minister ana ruiz, Fort Worth attorney Ana Ruiz",
    ],
)
def test_area_title_lookahead_changes_no_match(text: str) -> None:
    for grammar in (roles_module._BASE, *roles_module._GRAMMARS.values()):
        slow = _pattern_without_lookahead(grammar)
        for word in re.finditer(r"\b\w", text):
            fast_match, slow_match = grammar.pattern.match(text, word.start()), slow.match(text, word.start())
            assert (fast_match and fast_match.regs) == (slow_match and slow_match.regs), text[word.start() :]


@pytest.mark.parametrize(
    "text",
    [
        "officials. Prime Minister Haley White said; agreement.”\n\nPrime Minister James Williams, who spoke",
        "the U.S. Secretary of State Ana Ruiz; ex-U.S. ambassador Tom Brandt; the U.N. envoy Lee Park said",
        "a U.S. attorney Ana Ruiz (former Health Minister Tom Lee): the Gov. Interior Secretary Deb Haaland",
        "City. Spokesperson Justin Gonzales; Tijuana. Mayor Kristy Schneider; budget, Education Minister Mary Garcia",
        "Minister of Energy, Mines and Oil Director Ana Ruiz; el canciller. La presidenta electa Ana Ruiz dijo",
        "ee.uu. president Ana Ruiz, the EE.UU. ambassador; «el ministro» Tom Lee; [the] director Ana Ruiz",
        "in the new budget, former Interior Secretary Ana Ruiz , the head of US diplomacy, Tom Lee, Press Secretary",
    ],
)
def test_starts_skipped_at_a_phrase_break_change_no_role(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lowered = lower_same_length(text)
    triggers = [k.start for k in find_keywords(lowered) if k.kind == "role"]
    for language in ("", "pt", "ca"):
        fast = find_roles(text, lowered, triggers, language)
        with monkeypatch.context() as patch:
            patch.setattr(roles_module, "_ends_a_phrase", lambda *_: False)
            patch.setattr(roles_module, "_may_open_a_phrase", lambda word, _: word not in roles_module._NEVER_FIRST)
            assert find_roles(text, lowered, triggers, language) == fast


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An area of two fields joined by "and", where an office opens: a sentence, an article, a qualifier.
        pytest.param("Work and Pensions Secretary Ana Ruiz said", "Work and Pensions Secretary", id="opening"),
        pytest.param("the work and pensions secretary, Tom Gale, said", "work and pensions secretary", id="lower"),
        pytest.param("said former Culture and Sport Minister Ana Ruiz", "Culture and Sport Minister", id="former"),
        # Near miss: after a name, "and" ends a list of people, and the area is the title's own.
        pytest.param("said Mayor Ana Ruiz and Governor Luis Gómez", "Mayor", id="list-of-people"),
        pytest.param("Boris Webb met Tom Lee and Health Secretary Ana Ruiz", "Health Secretary", id="list-then-title"),
        # A police force's officer before a name; "concejal" in Spanish.
        pytest.param("Flagstaff Officer Tyler J. Brand, 24, died", "Flagstaff Officer", id="officer"),
        pytest.param("el concejal Pedro Almagro", "concejal", id="concejal"),
    ],
)
def test_areas_joined_by_and_and_more_titles(text: str, expected: str) -> None:
    assert roles(text)[0][1] == expected


def test_the_officer_alone_is_no_title() -> None:
    assert roles("the officer said the man fled") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The last area of a ministry of several goes on to the end of the capitalised words, less a name of
        # two words after it.
        pytest.param(
            "the Minister for Ports, Mines and Inland Waterways said",
            "Minister for Ports, Mines and Inland Waterways",
            id="two-word-last-area-before-a-verb",
        ),
        pytest.param(
            "Minister of Water, Fisheries and Coastal Protection Tavita Mbeki said",
            "Minister of Water, Fisheries and Coastal Protection",
            id="two-word-last-area-before-a-name",
        ),
        pytest.param(
            "Minister of Rural Development Kiran Dasari spoke", "Minister of Rural Development", id="one-area"
        ),
        pytest.param(
            "el ministro de Vivienda y Desarrollo Agrario Wankar Quispe dijo",
            "ministro de Vivienda y Desarrollo Agrario",
            id="es-two-word-last-area",
        ),
        pytest.param(
            "el ministro de Energía y Minas Ana María Ruiz dijo", "ministro de Energía y Minas", id="es-given-name"
        ),
        # Near misses: words that no name holds stay in the area, and two words alone are the area.
        pytest.param(
            "the director of the National Hurricane Center said",
            "director of the National Hurricane Center",
            id="guard-a-body-s-words",
        ),
        pytest.param(
            "the Minister of Science and Digital Economy said",
            "Minister of Science and Digital Economy",
            id="guard-two-words-alone",
        ),
        # A title that names an area on its own ("prime", "finance") is the title's after "of", where
        # another capitalised word before the head opens a body's name.
        pytest.param("on the orders of Prime Minister Ravi Anand", "Prime Minister", id="prime-after-of"),
        pytest.param("the staff of Finance Minister Ana Ruiz", "Finance Minister", id="finance-after-of"),
        pytest.param("the board of Bank of Orvalia Governor Teodor Lisk", "Governor", id="guard-a-body-after-of"),
        # A body's president or leader before a name takes the body: "Senate President", not "President".
        pytest.param("Senate President Marta Ilagan said", "Senate President", id="senate-president"),
        pytest.param("Senate Minority Leader Tomás Ortega said", "Senate Minority Leader", id="senate-leader"),
        pytest.param("the Party Vice President Ana Ruiz said", "Party Vice President", id="party-vice-president"),
        pytest.param("the Senate president said", "president", id="guard-no-name-after"),
        pytest.param("Mexican President Ana Ruiz said", "President", id="guard-a-nationality"),
        pytest.param("after the Senate vote President Ana Ruiz said", "President", id="guard-a-body-before-a-word"),
        # A complement with its article that a lower-case noun goes on is that noun's, not the office's.
        pytest.param(
            "Karim Haddad, director general of the Orvalia health ministry, said", "director general", id="noun-after"
        ),
        pytest.param("the director of the FBI said", "director of the FBI", id="guard-a-verb-after"),
        pytest.param("the Secretary of the Navy today said", "Secretary of the Navy", id="guard-an-adverb-after"),
        # A day or a month after the complement is the sentence's.
        pytest.param("the Minister of Finance on Monday said", "Minister of Finance", id="weekday"),
        pytest.param("the Secretary of State on May 3 said", "Secretary of State", id="month"),
        # Ranks before a name.
        pytest.param("the victim, 40-year-old Sergeant Tom Reyes, died", "Sergeant", id="sergeant"),
        pytest.param("Lieutenant Colonel Ana Ruiz said", "Lieutenant Colonel", id="lieutenant-colonel"),
        pytest.param("Lieutenant Governor Ana Ruiz said", "Lieutenant Governor", id="guard-lieutenant-governor"),
        pytest.param("Detective Ana Ruiz said", "Detective", id="detective"),
    ],
)
def test_areas_of_several_words_ranks_and_titles_after_of(text: str, expected: str) -> None:
    assert roles(text)[0][1] == expected
