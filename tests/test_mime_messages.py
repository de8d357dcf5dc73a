"""E-mails in MIME parts and web pages saved as one file (.mhtml), read end to end by build_article.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri

import pytest

from tests.conftest import article_row, rejection_of

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lluvias aíslan tres comunidades | Diario del Sur</title>
<meta property="og:title" content="Lluvias aíslan tres comunidades"></head><body><article>
<h1>Lluvias aíslan tres comunidades</h1>
<p>OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó Protección Civil
del estado, que pidió a la población no salir de casa.</p>
<p>«Estamos trabajando sin descanso», dijo el coordinador Mario Cruz en una conferencia de prensa.</p>
</article></body></html>"""


def _snapshot(page: str) -> str:
    """A page as Chromium saves it ("Webpage, Single File"): its part names no charset."""
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    logo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(40)).decode("ascii")
    return f"""From: <Saved by Blink>
Snapshot-Content-Location: https://sur.example/lluvias
Subject: =?utf-8?Q?Lluvias_a=C3=ADslan_tres_comunidades_|_Diario_del_Sur?=
Date: Wed, 6 Mar 2024 18:30:00 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--x1----"


------MultipartBoundary--x1----
Content-Type: text/html
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://sur.example/lluvias

{encoded}
------MultipartBoundary--x1----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://sur.example/logo.png

{logo}

------MultipartBoundary--x1------
"""


NEWSLETTER = """From: =?utf-8?Q?Bolet=C3=ADn_Diario_del_Sur?= <boletin@sur.example>
To: lector@example.org
Subject: Lluvias aíslan tres comunidades
Date: Tue, 05 Mar 2024 12:00:00 -0600
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas en=
 la sierra, inform=C3=B3 Protecci=C3=B3n Civil del estado.

=C2=ABEstamos trabajando sin descanso=C2=BB, dijo el coordinador Mario Cruz.

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><table><tr><td><p>OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas =
en la sierra, inform=C3=B3 Protecci=C3=B3n Civil del estado.</p><p>=C2=ABEstamos trabajando sin descanso=
=C2=BB, dijo el coordinador Mario Cruz.</p></td></tr></table></body></html>

--b1--
"""


def test_a_saved_page_is_read_as_the_page_with_its_location_and_without_the_save_date() -> None:
    row = article_row(_snapshot(PAGE), "page.mhtml")
    assert row["source_format"] == "mime message"
    assert row["title"] == "Lluvias aíslan tres comunidades"
    assert row["url"] == "https://sur.example/lluvias"
    assert row["published_date"] is None  # the Date header is when the page was saved
    assert row["dateline_place"] == "Oaxaca"
    assert row["body_text"].startswith(
        "Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó"
    )
    assert "=C3" not in row["body_text"] and "=\n" not in row["body_text"]


def test_a_newsletter_in_parts_gives_its_subject_sender_and_date() -> None:
    row = article_row(NEWSLETTER, "mail.eml")
    assert (row["source_format"], row["title"]) == ("mime message", "Lluvias aíslan tres comunidades")
    assert row["publisher"] == "Boletín Diario del Sur"
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 3, 5), "date header")
    assert row["body_text"].split("\n\n") == [
        "Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó Protección Civil del estado.",
        "«Estamos trabajando sin descanso», dijo el coordinador Mario Cruz.",
    ]
    assert "lector@example.org" not in str(row)


def test_a_plain_text_e_mail_in_base64_and_with_crlf_line_ends_reads_alike() -> None:
    text = "Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó Protección Civil.\n"
    mail = (
        "From: Diario del Sur <boletin@sur.example>\nSubject: Lluvias en la sierra\nDate: 5 Mar 2024 08:00 -0600\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
        + base64.encodebytes(text.encode("utf-8")).decode("ascii")
    )
    for content in (mail, mail.replace("\n", "\r\n")):
        row = article_row(content.encode("ascii"))
        assert (row["source_format"], row["title"], row["body_text"]) == (
            "mime message",
            "Lluvias en la sierra",
            text.strip(),
        )


@pytest.mark.parametrize(
    ("content", "code", "said"),
    [
        (
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: image/png\n'
            "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n",
            "no-body",
            "no text or HTML part",
        ),
        (
            'MIME-Version: 1.0\nContent-Type: text/plain; charset="x-no-such-charset"\n\nThe council voted on Monday.\n',
            "malformed-export",
            "cannot be read",
        ),
    ],
    ids=["image-only", "unknown-charset"],
)
def test_a_message_without_readable_text_is_turned_away(content: str, code: str, said: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == code
    assert said in rejected.detail


def test_an_e_mail_without_mime_stays_crawler_text_and_prose_with_a_colon_stays_prose() -> None:
    plain_mail = (
        "From: Diario del Sur <boletin@sur.example>\nSubject: Lluvias en la sierra\nDate: 5 Mar 2024\n\n"
        "Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó Protección Civil.\n"
    )
    assert article_row(plain_mail)["source_format"] == "dated crawler text"
    prose = (
        "Content-Type: how the council reads it\n\nThe council voted on Monday to close the bridge, the mayor said.\n"
    )
    assert article_row(prose)["source_format"] != "mime message"
