"""How one file's processing time grows with its size, for the shapes that made it grow faster than the
size: a time four times the size's should take about four times as long.

`python -m flows.bench.scaling` builds each shape at about 250 KB and at four times that (the pipeline
takes files up to 5 MB), processes each as the workers do (decode, parse, clean, extract, validate),
and prints the median of three runs and the ratio. Found by feeding odd files to a build: one 2 MB
paragraph of quotes took 154 s, a run of 30,000 capitalised words 21 s.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable

from flows.options import ProcessOptions
from flows.process import build

RUNS = 3
SMALL_BYTES = 250_000
RATIO_FLAGGED = 6.0  # 4 would be linear; above 6 is looked at

_HEADLINE = "A headline about Mexico\n\n"


def _repeat(unit: str) -> Callable[[int], bytes]:
    return lambda n: (_HEADLINE + unit * n).encode()


SHAPES: dict[str, Callable[[int], bytes]] = {
    "one paragraph of quotes": _repeat('"We will talk," Bárcena said. She told reporters that talks go on. '),
    "Spanish inserted attributions": _repeat("«Hemos trabajado —añadió la ministra Bárcena—, y seguimos», dijo. "),
    # A dialogue printed as one paragraph: turns, narrators, resumed speech, dashes after colons.
    "Spanish dash dialogue": _repeat(
        "—¿Habrá acuerdo? —preguntó Ana Ruiz. —No cederemos —dijo la canciller Bárcena—, y lo digo: –nunca. "
    ),
    # An interview transcript: labelled questions and answers, an answer continued over a paragraph.
    "interview transcript": _repeat(
        "P: ¿Habrá acuerdo con Lucía Ramírez?\n\nR: No cederemos, y lo digo: «nunca».\n\nY lo repito.\n\n"
    ),
    "a run of capitalised words": _repeat("Juan "),
    "names joined by y": _repeat("Ana Ruiz y Luis Gómez y "),
    "organizations and acronyms": _repeat("Petróleos Mexicanos (Pemex) and Acme Holdings Inc. met; Pemex agreed. "),
    "places": _repeat("Mexico City, Tijuana, Ciudad Juárez and San Antonio, Texas, "),
    # A body of no country, named again and again: each was once compared with every other.
    "national bodies": _repeat("Congress met and the Senate voted. "),
    "role titles": _repeat("the Secretary of State, el canciller, la secretaria de Gobernación "),
    "amounts and dates": _repeat("On June 3, 2024, the $5 million deal (90 millones de pesos) rose 3%. "),
    "many paragraphs": _repeat("A paragraph about Mexico and the United States.\n\n"),
    # A first paragraph of names and dashes: the byline-and-date reader once looked ahead from every dash.
    "names and dashes": _repeat("Inés Barrera - "),
    # Short markdown paragraphs: each was once checked against every paragraph before it.
    "markdown paragraphs": _repeat("A paragraph about **Mexico** and the [United States](https://x.org).\n\n"),
    # Pages of a PDF's text: a running header over each, form feeds between them.
    "PDF pages": _repeat("EL DIARIO DEL SUR · Página 7\n\n" + "A paragraph about Mexico and the press.\n\n" * 8 + "\f"),
    # Broken or hostile files: each once read the same text again from every character of a run.
    "a run of opening brackets": _repeat("["),
    "blank lines": lambda n: (_HEADLINE + "A first paragraph.\n" + "\n" * n + "A last paragraph.").encode(),
    "lines of spaces": lambda n: (_HEADLINE + "A first paragraph.\n" + " \n" * n + "A last paragraph.").encode(),
    "a run of spaces": lambda n: (_HEADLINE + "A first paragraph" + " " * n + "and its end.").encode(),
    "markdown image openings": _repeat("!["),
    # Braces and quotes that are no JSON (a JSON export cut short is turned away whole): read as prose.
    "text opening like JSON": lambda n: ("{title: " + '"x", ' * n).encode(),
    "a word of capitals and hyphens": _repeat("Ab-"),
    # A line in capitals without end, over a paragraph: where organizations look for shouted lines.
    "a line in capitals": lambda n: (_HEADLINE + "UNO DOS TRES " * n + "\n\nA last paragraph.").encode(),
    "dotted capitals without end": _repeat("A."),
    # Exports: a JSON article's text, a feed item's HTML, an e-mail's quoted-printable text.
    "JSON article": lambda n: json.dumps(
        {"title": "A headline about Mexico", "maintext": "A paragraph about Mexico and the press.\n" * n}
    ).encode(),
    "feed item": lambda n: (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A headline</title>'
        "<description><![CDATA[" + "<p>A paragraph about Mexico and the press.</p>" * n + "]]></description>"
        "</item></channel></rss>"
    ).encode(),
    "e-mail in quoted-printable": lambda n: (
        "From: Diario <a@b.example>\nSubject: A headline\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
        + "Un p=C3=A1rrafo sobre M=C3=A9xico y la prensa, que sigue en la l=\n=C3=ADnea siguiente.\n\n"
        * n
    ).encode(),
    "HTML paragraphs": lambda n: (
        "<html><head><title>T</title></head><body><article>"
        + '<p>The president said "we will talk" on <a href="/x">Monday</a> in Mexico City.</p>' * n
        + "</article></body></html>"
    ).encode(),
}


def seconds(data: bytes) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        build(data, hashlib.sha256(data).hexdigest(), ProcessOptions(), Counter())
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    build(_HEADLINE.encode() + b"Warm up: load the gazetteers and models.", "0" * 64, ProcessOptions(), Counter())
    print(f"{'shape':32s} {'bytes':>9s} {'seconds':>8s} {'x4 bytes':>9s} {'seconds':>8s} {'ratio':>6s}")
    flagged = 0
    for name, shape in SHAPES.items():
        n = max(1, SMALL_BYTES // (len(shape(2)) - len(shape(1))))  # repeats of the shape's unit
        small, large = shape(n), shape(4 * n)
        first, second = seconds(small), seconds(large)
        ratio = second / first
        flagged += ratio > RATIO_FLAGGED
        mark = "  <- grows faster than the size" if ratio > RATIO_FLAGGED else ""
        print(f"{name:32s} {len(small):9,d} {first:8.2f} {len(large):9,d} {second:8.2f} {ratio:6.1f}{mark}", flush=True)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
