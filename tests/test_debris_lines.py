"""Lines of a page that are not the article, left in the body by exports: contact lines, calls to social accounts,
call-outs for readers' pictures, promotions under a hashtag, captions with an uncoloned or glued credit, links to
a full text, bare post addresses, a desk's credit of the wires it used, date stamps and rights notices under the
text; and their look-alikes in the article's own sentences, which stay.

The sentences are invented for the tests (people, places and outlets are fictional).
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.clean import clean_block, is_debris
from flows.extract.credits import split_credits
from flows.extract.footer import split_footer

_LAST = "The harbour reopened on Tuesday after three days of storms, the port authority said."


def _article(text: str) -> dict[str, Any]:
    data = text.encode("utf-8")
    return build_article(data, "t.md", hashlib.sha256(data).hexdigest(), None).row


@pytest.mark.parametrize(
    "block",
    [
        "To contact the reporter on this story: Ana Ruiz in Valdora at aruiz@harbourcourier.example",
        "To contact the editors responsible for this story: Luis Gil at lgil@harbourcourier.example, Marta Ocaña",
        "Like us on Facebook",
        "Follow Marta J. Ocaña on Twitter @martaocana",
        "Sigue a Luis Gil en Instagram",
        "Continue reading the main story",
        "Sigue leyendo",
        "Powered by Harbourdata.com",
        "Read the full transcript of the mayor's speech",
        "Lee la entrevista completa",
        "/valdorahoy/status/1625104232318750720?s=20&t=AbCdEf",
        "[Te puede interesar: El alcalde de Valdora inaugura el nuevo muelle]",
        "Were you caught in the storm? Please share your photos and videos with the Courier.",
        "¿Viste la tormenta? Envíanos tus fotos y vídeos.",
        "#PortWeek: A day in the life of the busiest harbour in the south",
        "Fishermen mend their nets at dawn on Monday. The storm left dozens of boats unable to sail. "
        "Credit Ana Ruiz/Harbour Pictures — Valdora Images",
        "The mayor on the new pier. Credit Luis Gil for The Harbour Courier",
    ],
)
def test_page_lines_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        "To contact the mayor, residents must call the council before noon.",
        "Follow the money on Twitter, the analyst said.",
        "Powered by wind, the ferry crosses the bay twice a day.",
        "Read the full report here.",
        "Read the full transcript, the mayor urged, before voting.",
        "Residents were asked to share your photos, the mayor said.",
        "#PortWeek: the festival drew ten thousand visitors on Sunday.",
        "Shares rose. Credit Suisse/Valdora talks went on",
        "La Fotografía del año ganó el premio del puerto.",
        "La ruta 24/7 del ferry seguirá abierta, dijo el alcalde.",
    ],
)
def test_look_alike_sentences_are_kept(block: str) -> None:
    assert clean_block(block) == block


@pytest.mark.parametrize(
    ("block", "cleaned"),
    [
        # a caption and its credit glued to the paragraph after them
        (
            "El alcalde recorre el muelle dañadoFoto Ana Ruiz Gil Creo que el puerto reabrirá pronto, dijo.",
            "Creo que el puerto reabrirá pronto, dijo.",
        ),
        ("The mayor on the pierPhoto Luis Gil The harbour reopened on Tuesday.", "The harbour reopened on Tuesday."),
        ("El alcalde en el muelleFoto Ana Ruiz", ""),
        # a bold's marks left unpaired
        ("El puerto cerró en 2014**. Se le acusa de dos delitos:** fraude y cohecho.",
         "El puerto cerró en 2014. Se le acusa de dos delitos: fraude y cohecho."),
    ],
)  # fmt: skip
def test_marks_glued_to_a_paragraph_are_removed(block: str, cleaned: str) -> None:
    assert clean_block(block) == cleaned


@pytest.mark.parametrize(
    ("line", "agency"),
    [("(HARBOUR 24 with AFP, REUTERS)", "AFP"), ("(Valdora Hoy con EFE y AP)", "EFE")],
)
def test_a_desk_s_credit_of_the_wires_it_used_names_the_first(line: str, agency: str) -> None:
    assert split_credits([_LAST, line]) == ([_LAST], agency)


@pytest.mark.parametrize("line", ["(The mayor met with Reuters)", "(Talks with the union and the port)"])
def test_a_bracketed_sentence_with_with_is_no_credit(line: str) -> None:
    assert split_credits([_LAST, line]) == ([_LAST, line], None)


@pytest.mark.parametrize(
    "line",
    [
        "Date created : 2024-05-12",
        "Harbour Courier (Valdora) First published June 3, 2024: 10:32 AM ET",
        "Actualizado el 3 de junio de 2024",
        "Last updated: 4 June 2024 14:32",
    ],
)
def test_a_date_stamp_under_the_text_leaves_the_body(line: str) -> None:
    assert split_footer([_LAST, line])[0] == [_LAST]


@pytest.mark.parametrize(
    "line",
    [
        "Published on Monday, the report found the port lost money.",
        "The report was first published June 3, 2024.",
        "Updated rules were published in 2024 by the port.",
    ],
)
def test_a_last_sentence_with_a_date_stays(line: str) -> None:
    assert split_footer([_LAST, line])[0] == [_LAST, line]


def test_a_copyright_line_and_its_notice_of_rights_leave_the_body() -> None:
    notice = (
        "© Harbour Wire 2024. Está expresamente prohibida la redistribución de los contenidos de Harbour Wire "
        "sin su consentimiento."
    )
    body, footer = split_footer([_LAST, notice])
    assert body == [_LAST]
    assert footer.publisher == "Harbour Wire"


def test_a_paragraph_on_copyright_stays() -> None:
    blocks = [_LAST, "Copyright law changed in 2024. The port may not reproduce old maps, the court said."]
    assert split_footer(blocks)[0] == blocks


def test_a_date_line_printed_again_under_the_stated_date_leaves_the_body() -> None:
    row = _article(
        "---\ntitle: Valdora port reopens\ndate: 2024-06-03\n---\n\nJune 3, 2024\n\n"
        f"{_LAST}\n\nFishing boats went back to sea in the afternoon, the guild said.\n"
    )
    assert row["body_text"].startswith("The harbour reopened")
    assert row["published_date"].isoformat() == "2024-06-03"


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Valdora port reopens - Harbour Courier</title></head>
<body><main><article>
<h1>Valdora port reopens</h1>
<p>The harbour of Valdora reopened on Tuesday after three days of storms, the port authority said in a statement.</p>
<p><a href="https://courier.example/storm-week">Five things we learned from the storm week</a></p>
<p>Fishing boats went back to sea in the afternoon, and the ferry to the islands sailed on time, the guild said.</p>
<p><a href="https://courier.example/mayor">The mayor said the pier would be rebuilt in stone before the winter.</a></p>
<p>The council will meet on Friday to vote on the cost of the repairs, which the mayor put at two million.</p>
</article></main></body></html>
"""


def test_a_paragraph_that_is_a_link_to_another_headline_leaves_the_body() -> None:
    data = _PAGE.encode("utf-8")
    body = build_article(data, "a.html", hashlib.sha256(data).hexdigest(), None).row["body_text"]
    assert "Five things we learned" not in body
    # a whole sentence linked, with its full stop, is the article's own
    assert "The mayor said the pier would be rebuilt in stone before the winter." in body


_ESSAY = [
    "The harbour's history (1) is older than the town, and its first map (4) was drawn by monks.",
    "The port reopened on Tuesday, the authority said.",
]


def test_closing_notes_called_in_the_text_leave_the_body_with_their_link() -> None:
    notes = ["(1) Ana Ruiz, The Harbour, Valdora Press, 2013.", "(4) Luis Gil, Old Maps, Port Books, 2006."]
    body, footer = split_footer([*_ESSAY, *notes, "https://books.example/old-maps"])
    assert body == _ESSAY
    assert footer.url is None  # the last note's link, not the article's address


@pytest.mark.parametrize(
    "closing",
    [
        [
            "(1) Ana Ruiz, The Harbour, Valdora Press, 2013.",
            "(5) Luis Gil, Old Maps, Port Books, 2006.",
        ],  # (5) uncalled
        ["[2] The port will reopen its north pier next week, the mayor added."],  # no such marker above
    ],
)
def test_closing_lines_numbered_as_no_marker_in_the_text_stay(closing: list[str]) -> None:
    blocks = [*_ESSAY, *closing]
    assert split_footer(blocks)[0] == blocks


_COLUMN = """La protesta y el puerto

Por Andrea Malvido y Martín Ocaña

La protesta de los pescadores de Valdora llegó al puerto el martes, y el ayuntamiento pidió calma a los vecinos.

Ningún individuo tiene derecho a bloquear el muelle, pero el problema del puerto no es quién protesta sino quién lo gobierna.

{note}
"""


def test_the_note_on_the_writers_under_a_column_leaves_the_body() -> None:
    note = (
        "Andrea Malvido es politóloga e investigadora en la Universidad de Valdora. Martín Ocaña es abogado y "
        "analista internacional"
    )
    row = _article(_COLUMN.format(note=note))
    assert row["byline"] == "Andrea Malvido y Martín Ocaña"
    assert "politóloga" not in row["body_text"]


@pytest.mark.parametrize(
    "note",
    [
        "Luis Gil es el alcalde de Valdora desde 2019.",  # not a writer: a person of the article
        "Andrea Malvido es politóloga. El puerto reabrirá el lunes, según el ayuntamiento.",  # a sentence of news
    ],
)
def test_a_closing_paragraph_on_other_people_or_with_news_stays(note: str) -> None:
    assert _article(_COLUMN.format(note=note))["body_text"].endswith(note)


@pytest.mark.parametrize(
    "line",
    ["read the full text of the ruling at", "follow the talks on Twitter", "powered by Valdora Energy."],
)
def test_a_line_of_a_wrapped_sentence_is_no_page_line(line: str) -> None:
    # plain text's lines are judged alone too: inside a sentence they open in lower case
    assert not is_debris(line)
