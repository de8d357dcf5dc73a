"""The end of an article body: wire sign-offs ('EFE', '(Reuters) ab/cd') and contributor credits
('(Reporting by …; Editing by …)'), read end to end by build_article and the fact extractors.

The articles are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

import pytest

from flows.article import build_article
from flows.extract.credits import (
    _BRACKETED_TAIL,
    _INLINE_CREDIT,
    _OLD_SIGN_OFFS,
    _SENTENCE_BREAK,
    _SENTENCE_MARKS,
    _ends_with_a_bracket,
    _search_sign_off,
    _sentences,
    _sign_off,
    _wire_names,
    split_credit,
)
from flows.extract.facts import extract_facts

SPANISH = """Panamá aprueba un plan de puertos

El gobierno aprobó el martes un plan para ampliar tres puertos del Pacífico, informó el ministerio.

La obra comenzará en marzo y durará dos años, según el cronograma oficial.
"""
ENGLISH = """Port plan approved

The government approved on Tuesday a plan to expand three Pacific ports, the ministry said.

Work will start in March and last two years, according to the official schedule.
"""
SPANISH_END = "según el cronograma oficial."
ENGLISH_END = "according to the official schedule."


def _article(text: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = text.encode("utf-8")
    article = build_article(data, "t.txt", hashlib.sha256(data).hexdigest(), None)
    return article.row, extract_facts(article.text()).mentions


def _mentioned(mentions: list[dict[str, Any]]) -> list[str]:
    return [m["mention_text"] for m in mentions]


@pytest.mark.parametrize(
    ("tail", "agency"),
    [
        ("EFE", "EFE"),
        ("(EFE)", "EFE"),
        ("EFE/abc", "EFE"),
        ("EFE jmr/ag", "EFE"),
        ("AFP", "AFP"),
        ("(AP)", "AP"),
        ("AP", "AP"),
        ("Reuters", "Reuters"),
        ("(Reuters) ab/cd", "Reuters"),
        ("ANSA", "ANSA"),
        ("Europa Press", "Europa Press"),
        ("Xinhua", "Xinhua"),
        ("Notimex", "Notimex"),
        ("(NA)", "NA"),  # not a listed wire, but a bracketed acronym alone on the last line
        ("Reuter", "Reuters"),  # the agency's sign-off until the 1990s
        ("REUTER", "Reuters"),
    ],
)
def test_a_wire_sign_off_paragraph_leaves_the_body_for_originating_agency(tail: str, agency: str) -> None:
    row, mentions = _article(f"{SPANISH}\n{tail}\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == agency
    assert row["paragraph_count"] == 2
    assert agency not in _mentioned(mentions)


def test_a_sign_off_on_the_last_line_of_the_last_paragraph_is_removed() -> None:
    # Plain text joins "EFE" to the paragraph above it (the line does not end a sentence).
    row, mentions = _article(f"{SPANISH.rstrip()}\nEFE\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == "EFE"
    assert "EFE" not in _mentioned(mentions)


def test_the_old_reuters_sign_off_on_the_last_line_is_removed() -> None:
    row, mentions = _article(f"{ENGLISH.rstrip()}\n Reuter\n")
    assert row["body_text"].endswith(ENGLISH_END)
    assert row["originating_agency"] == "Reuters"
    assert not [m for m in _mentioned(mentions) if m.startswith("Reuter")]


def test_a_sign_off_glued_to_the_last_full_stop_and_the_desk_lines_under_it_are_removed() -> None:
    # 1990s EFE copy: the sign-off glued to the last sentence, then the desk's initials and the
    # transmission code on lines of their own.
    text = SPANISH.rstrip().removesuffix(".") + '", dijo".EFE\n    abc/XY\n\n 03/02/11-15/96\n'
    row, mentions = _article(text)
    assert row["body_text"].endswith('según el cronograma oficial", dijo".')
    assert row["originating_agency"] == "EFE"
    assert row["paragraph_count"] == 2
    assert "EFE" not in _mentioned(mentions)


@pytest.mark.parametrize("tail", ["abc/XY", "03/02/11-15/96"], ids=["desk-initials", "transmission-code"])
def test_desk_lines_without_a_sign_off_above_them_stay(tail: str) -> None:
    row, _ = _article(f"{SPANISH}\n{tail}\n")
    assert row["body_text"].endswith(tail)
    assert row["originating_agency"] is None


@pytest.mark.parametrize("ending", [" (I)", "\n\n(I)\n"], ids=["after-the-last-sentence", "alone"])
def test_a_section_letter_closing_the_body_leaves_it_and_names_no_agency(ending: str) -> None:
    # El Universo closes its articles with the section's letter in brackets: (I) for its news pages.
    row, _ = _article(SPANISH.rstrip() + ending)
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] is None
    assert row["paragraph_count"] == 2


def test_a_wire_end_mark_leaves_the_body_but_names_no_agency() -> None:
    row, _ = _article(f"{SPANISH}\n(FIN)\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] is None


@pytest.mark.parametrize(
    ("credit", "agency"), [("(DIARIO DEL SUR with AFP, REUTERS)", "AFP"), ("(Diario del Sur con EFE)", "EFE")]
)
def test_the_outlets_credit_naming_the_wires_it_wrote_with_is_the_agency(credit: str, agency: str) -> None:
    row, _ = _article(f"{SPANISH}\n{credit}\n")
    assert row["body_text"].endswith(SPANISH_END) and row["originating_agency"] == agency


@pytest.mark.parametrize("last", ["(Talks with the union continue)", "(Reunión con Ana Ruiz)"])
def test_a_bracketed_line_with_with_that_names_no_wire_stays(last: str) -> None:
    row, _ = _article(f"{SPANISH}\n{last}\n")
    assert row["body_text"].endswith(last) and row["originating_agency"] is None


def test_an_explicit_credit_wins_over_a_sign_off() -> None:
    row, _ = _article(f"{SPANISH}\n(Con información de AFP)\n\nEFE\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == "AFP"


@pytest.mark.parametrize(
    "last",
    [
        "La agencia EFE informó que la obra comenzará en marzo.",
        "Reuters reported the plan first, citing two officials.",
        "The plan was first reported by Reuters",
        "Así lo confirmó a EFE el ministro. Los detalles se conocerán el lunes",
        "(Continuará)",
        "ACN",  # an unlisted acronym counts only in brackets
        "Reporting by local media suggested the talks had stalled, the minister said.",
        "Editing by hand took the clerks most of the week, officials said.",
        "Con reportes de prensa local se supo que la obra se retrasará.",
        "Cada donante contribuyó a este fondo con 500 dólares.",
        "The deal was signed on Friday (reported by Reuters).",
        "The prize bears the name of the late mayor, Paul Reuter",
        "Police reported in Houston and Dallas.",
        "Ana Ruiz reported from Lima that the talks had stalled.",
        "AP writer Ana Ruiz contributed to this report. The talks resume on Monday.",
        "The works are listed in the second annex (B)",
    ],
    ids=["agency-in-a-spanish-sentence", "agency-opens-a-sentence", "agency-ends-a-sentence-without-stop",
         "agency-inside-the-paragraph", "bracketed-word", "bare-unknown-acronym", "reporting-by-sentence",
         "editing-by-sentence", "con-reportes-sentence", "contribuyo-a-este-fondo", "bracket-inside-a-sentence",
         "surname-like-the-old-sign-off", "reported-in-without-a-credit-word",
         "reported-from-then-a-clause", "credit-then-a-sentence-of-news", "letter-in-brackets-inside-a-sentence"],
)  # fmt: skip
def test_real_last_sentences_that_name_agencies_or_open_like_credits_stay(last: str) -> None:
    row, _ = _article(f"{SPANISH}\n{last}\n")
    assert row["body_text"].endswith(last)
    assert row["originating_agency"] is None


def test_a_sign_off_mid_body_is_not_read_as_one() -> None:
    text = SPANISH.replace("\nLa obra", "\nEFE\n\nLa obra")
    row, _ = _article(text)
    assert "\n\nEFE\n\n" in row["body_text"]
    assert row["originating_agency"] is None


@pytest.mark.parametrize(
    ("base", "end", "tail"),
    [
        (ENGLISH, ENGLISH_END, "(Reporting by Dave Graham and Ted Hesson; Editing by Alistair Bell)"),
        (
            ENGLISH,
            ENGLISH_END,
            "Reporting by Dave Graham in Mexico City; additional reporting by Ted Hesson in Washington; "
            "editing by Alistair Bell",
        ),
        (ENGLISH, ENGLISH_END, "Writing by Dave Graham"),
        (ENGLISH, ENGLISH_END, "Associated Press writer Ted Hesson in Washington contributed to this report."),
        (SPANISH, SPANISH_END, "El periodista de AP Astrid Suárez contribuyó a este reportaje."),
        (SPANISH, SPANISH_END, "Con reportes de Astrid Suárez y Pedro Gil."),
        (ENGLISH, ENGLISH_END, "Associated Press writer Ted Hesson reported from Washington."),
        (
            ENGLISH,
            ENGLISH_END,
            "Associated Press writer R. Tomás Ibarra reported this story in Lima and AP writer Dave Graham reported "
            "from Quito. AP writers Astrid Suárez in Cusco, Peru; Pedro Gil in La Paz, Bolivia; and Ted Hesson in "
            "Santiago contributed to this report.",
        ),
        (ENGLISH, ENGLISH_END, "Reporting by Dave Graham. Editing by Alistair Bell."),
        (SPANISH, SPANISH_END, "(Reporte de Astrid Suárez y Pedro Gil. Editado por Dave Graham)"),
    ],
    ids=["reuters-brackets", "reporting-in-places", "writing-by", "contributed-to-this-report",
         "spanish-contribuyo", "spanish-con-reportes", "ap-reported-from", "ap-credits-paragraph",
         "credits-in-two-sentences", "spanish-reporte-de-editado-por"],
)  # fmt: skip
def test_contributor_credits_leave_the_body_and_name_nobody(base: str, end: str, tail: str) -> None:
    row, mentions = _article(f"{base}\n{tail}\n")
    assert row["body_text"].endswith(end)
    assert row["paragraph_count"] == 2
    assert row["originating_agency"] is None  # staff names are not an agency; no column holds them
    assert not {m["entity_id"] for m in mentions if m["mention_text"] not in {"Pacific", "Pacífico"}}


def test_contributor_credits_and_a_sign_off_together() -> None:
    tail = "(Reporting by Dave Graham; Editing by Alistair Bell)\n\n(Reuters) ab/cd"
    row, mentions = _article(f"{ENGLISH}\n{tail}\n")
    assert row["body_text"].endswith(ENGLISH_END)
    assert row["originating_agency"] == "Reuters"
    assert not [m for m in _mentioned(mentions) if m in {"Dave Graham", "Alistair Bell", "Reuters"}]


def test_a_bracketed_contributor_credit_glued_to_the_last_paragraph() -> None:
    text = ENGLISH.rstrip() + " (Reporting by Dave Graham; Editing by Alistair Bell)\n"
    row, _ = _article(text)
    assert row["body_text"].endswith(ENGLISH_END)


def test_contributors_that_are_all_wires_are_the_originating_agency() -> None:
    row, _ = _article(f"{SPANISH}\nCon reportes de AP y EFE.\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == "AP y EFE"


def test_con_informacion_de_two_agencies_stays_a_credit() -> None:
    row, _ = _article(f"{SPANISH}\n(Con información de Reuters y AFP)\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == "Reuters y AFP"


def _tails(count: int) -> list[str]:
    """Last paragraphs of sentences, sign-offs, desk initials and bracketed credits, in any order."""
    rng = random.Random(13)
    pieces = ["El ministro habló.", " ", "  ", "\n", ".", "-", "—", "”", "»", '"', "!", "?", "(", ")", "EFE",
              "Reuters", "Reuter", "AP", "Agence France-Presse", "jmr/ag", "/", "ab", "(Con información de EFE)",
              "(Reporting by Ana Ruiz)", "Fuente: AP", "dijo", "A.", "Lima"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def test_no_wire_name_holds_a_mark_that_ends_a_sentence() -> None:
    # `_search_sign_off` starts after the block's last such mark: a sign-off must hold none.
    names = [*_wire_names(), *_OLD_SIGN_OFFS]
    assert not [name for name in names if any(mark in name for mark in _SENTENCE_MARKS)]


def test_sign_offs_and_bracketed_credits_are_found_where_a_search_of_the_whole_block_finds_them() -> None:
    found = bracketed = 0
    for tail in [*_tails(30_000), "La obra empezará en marzo. EFE", '… victoria moral".EFE\n', "(Reuters) ab/cd."]:
        whole = _sign_off().search(tail)
        fast = _search_sign_off(tail)
        assert (fast and fast.span()) == (whole and whole.span()), repr(tail)
        found += whole is not None
        if _INLINE_CREDIT.search(tail) or _BRACKETED_TAIL.search(tail):
            bracketed += 1
            assert _ends_with_a_bracket(tail), repr(tail)
    assert found > 1_000 and bracketed > 1_000  # both kinds of tail were tried


def test_sentences_are_the_split_of_a_paragraph() -> None:
    for tail in [*_tails(5_000), "AP writer E. Eduardo Castillo contributed. Con reportes de A y B.", ""]:
        assert list(_sentences(tail)) == _SENTENCE_BREAK.split(tail), repr(tail)


@pytest.mark.parametrize(
    ("tail", "agency"),
    [("Con información de AP", "AP"), ("Información de Reuters y AFP.", "Reuters y AFP"),
     ("With information from Reuters", "Reuters")],
)  # fmt: skip
def test_a_credit_line_without_a_colon_leaves_the_body(tail: str, agency: str) -> None:
    row, mentions = _article(f"{SPANISH}\n{tail}\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["originating_agency"] == agency
    assert not [m for m in _mentioned(mentions) if m in {"AP", "Reuters", "AFP"}]


@pytest.mark.parametrize(
    "last",
    ["Con información de la policía local se supo que la obra se retrasará.", "Información de última hora"],
)
def test_a_sentence_that_opens_like_a_credit_without_a_colon_stays(last: str) -> None:
    row, _ = _article(f"{SPANISH}\n{last}\n")
    assert row["body_text"].endswith(last)
    assert row["originating_agency"] is None


def test_a_bracketed_contributor_credit_after_another_bracket_is_removed() -> None:
    text = ENGLISH.rstrip() + " ($1 = 0.9 euros) (Reporting by Dave Graham)\n"
    row, mentions = _article(text)
    assert row["body_text"].endswith(f"{ENGLISH_END} ($1 = 0.9 euros)")
    assert "Dave Graham" not in _mentioned(mentions)


@pytest.mark.parametrize(
    ("base", "end", "tail", "name"),
    [
        (SPANISH, SPANISH_END, "Por Lucía Gómez", "Lucía Gómez"),
        (ENGLISH, ENGLISH_END, "By Dana R. Kirk", "Dana R. Kirk"),
        (SPANISH, SPANISH_END, "Por Lucía Gómez\n\nEFE", "Lucía Gómez"),  # over the wire's sign-off
    ],
)
def test_a_byline_closing_the_body_is_the_byline(base: str, end: str, tail: str, name: str) -> None:
    row, mentions = _article(f"{base}\n{tail}\n")
    assert row["body_text"].endswith(end)
    assert row["byline"] == name
    assert name not in _mentioned(mentions)


@pytest.mark.parametrize("last", ["Por Colombia", "Por la paz", "Por Ciudad de México", "By Tuesday the talks ended."])
def test_a_last_line_that_opens_like_a_byline_but_names_nobody_stays(last: str) -> None:
    row, _ = _article(f"{SPANISH}\n{last}\n")
    assert row["body_text"].endswith(last)
    assert row["byline"] is None


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("Copyright (c) Agencia Valdora, S.A. 2012, todos los derechos reservados", "Agencia Valdora, S.A."),
        ("© 2024 Marlow Times. All rights reserved.", "Marlow Times"),
    ],
)
def test_a_copyright_line_closing_the_body_leaves_it(footer: str, publisher: str) -> None:
    row, _ = _article(f"{SPANISH}\n{footer}\n")
    assert row["body_text"].endswith(SPANISH_END)
    assert row["publisher"] == publisher


def test_a_last_sentence_about_copyright_stays() -> None:
    last = "Copyright law changed. The court said so on Monday."
    row, _ = _article(f"{SPANISH}\n{last}\n")
    assert row["body_text"].endswith(last)


def test_a_bracket_with_no_desk_before_its_wires_is_no_credit_and_raises_nothing() -> None:
    # The desk's words were read from an empty list: the article was lost as a processing error.
    assert split_credit("(   with AFP)") == ("(   with AFP)", None)
