"""A synthetic news corpus for the benchmark: N files of invented articles in every supported shape and encoding.

    stats = write_corpus(Path("/tmp/corpus"), 100_000, seed=0)

writes exactly `n_articles` files into sub-folders of at most 1,000 files (`0000/`, `0001/`, …; the file names
start with the running number, so path order is writing order). About 60 % of the articles are in English and
40 % in Spanish; shapes, encodings and line endings are drawn with the shares below. About a fifth of the markdown
web exports (some 6 % of the articles) are a web clipper's or a reader service's: Obsidian Web Clipper's front
matter, whose `created:` is the day of the clipping and not the article's date, Jina Reader's header,
MarkDownload's excerpt (shapes.CLIPPERS). A quarter of the pages' markdown exports, 40 to 50 % of the clippings
and 8 % of the plain texts carry page debris that the pipeline's cleaner removes (reading times, share bars,
related links, credited captions, newsletter and cookie prompts: flows/bench/debris.py), about 10 % of the
articles in all. One article in every `mojibake_every` (100; a little under 1 %, where a trap takes its place)
is mojibake, UTF-8 read as Windows-1252 or Latin-1 and saved as UTF-8 again: 80 % of them Spanish, plain text or
markdown, the whole file or (30 %) some of its lines. One file in every `trap_every` (1 in 64, about 1.6 %) is a
trap that the pipeline must reject, the kinds taken in turn: empty, binary, undecodable, a byte-identical copy
of a recent article, the same article in another encoding or line ending, a headline without a body, several
articles in one JSON file, a JSON export cut short, and a file that is no prose (a style sheet, a script, Python
source, a YAML config, a Dockerfile, a Makefile, an `.env` file, CSV data or a log). One file in every
`oversized_every` (100,000) is a dump of a few MB, larger than the size limit: rare, because at a few MB each
they would dominate the corpus' I/O.

The same (n_articles, seed) writes byte-identical files. `CorpusStats` says what was written and what the
pipeline should make of it: the articles by shape, language, encoding, line ending, clipper and mojibake
variant, the debris lines by kind, the rejects by reason; with `record=True`, also per file what the pipeline
should read from each clipping, each article with debris and each mojibake article (tests/bench compare).

Speed, measured on the 2-core machine: ~290 µs of CPU per file to compose and encode (about 3,500 files a second
on tmpfs, 14 MB/s); on its ext4 disk, creating a file cost another 0.06 to 0.9 ms of kernel time from run to run
(100,000 files took 65 s). Two worker processes help on tmpfs but not on that disk, where the kernel's file
creation is the bottleneck and two writers contend for it. The clippings, debris and mojibake cost about 4 %
more a file, in step with the 2 % more bytes they write: 3,000 files to /tmp took 1.31 against 1.26 million
instructions a file (counted by callgrind, which does not vary from run to run as timings do), and 3 to 5 % more
CPU on average in runs alternating with the generator before them (12 to 20 runs each, on a machine busy with
other work).
"""

from __future__ import annotations

import bisect
import datetime as dt
import multiprocessing
import os
import random
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple, TypeVar

from flows.bench.compose import Composer, Story, pick
from flows.bench.debris import page_debris
from flows.bench.encoding import READINGS, encode, mojibake
from flows.bench.shapes import CLIPPERS, SHAPES, WITH_DEBRIS, Clip
from flows.bench.traps import TRAP_KINDS, Trap, Written, make_trap, oversized

FILES_PER_FOLDER = 1000
SPANISH_SHARE = 0.4
CRLF_SHARE = 0.12
# Shares of the shapes and encodings among the articles; Windows-1252 only where the text fits it.
SHAPE_SHARES = {
    "plain text": 0.30,
    "markdown web export": 0.27,
    "dated crawler text": 0.24,
    "html page": 0.12,
    "json article": 0.04,
    "feed item": 0.02,
    "mime message": 0.02,
}
ENCODING_SHARES = {
    "utf-8": 0.83,
    "cp1252": 0.06,
    "utf-8-sig": 0.04,
    "utf-16-le": 0.04,
    "utf-16-be": 0.02,
    "utf-8+cp1252": 0.01,
}
# Of the markdown web exports, those a web clipper or a reader service wrote; the others are a page's export.
CLIPPER_SHARES = {"Obsidian Web Clipper": 0.09, "Jina Reader": 0.07, "MarkDownload": 0.06}
# Of the articles each prints, those with page debris: clippings keep more of the page than a page's export.
DEBRIS_SHARES = {
    "markdown web export": 0.25,
    "Obsidian Web Clipper": 0.4,
    "Jina Reader": 0.5,
    "MarkDownload": 0.4,
    "plain text": 0.08,
}
# The mojibake articles (one in `mojibake_every`): mostly Spanish, whose accents garble, in the text shapes that
# CMS and spreadsheet exports pass through; the whole file, or some of its lines (a page pasted together).
MOJIBAKE_SPANISH_SHARE = 0.8
MOJIBAKE_SHAPES = ("plain text", "markdown web export")
MOJIBAKE_LINES_SHARE = 0.3
MOJIBAKE_LATIN_1_SHARE = 0.25  # the others read as Windows-1252
_READING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1"}
EXTENSIONS = {
    "plain text": (".txt",),
    "markdown web export": (".txt", ".txt", ".md"),
    "dated crawler text": (".txt",),
    "html page": (".html", ".htm"),
    "json article": (".json",),
    "feed item": (".xml", ".rss", ".atom"),
    "mime message": (".mhtml", ".eml"),
}
K = TypeVar("K")
_RECENT = 32  # recent articles kept in memory as originals for the duplicate traps


class Expected(NamedTuple):
    """What the pipeline should read from one article with a clipper's header, page debris or mojibake."""

    title: str
    clipper: str | None  # the web clipper that wrote it, or None
    url: str | None  # what the clipper wrote, None where it wrote none (a clipper's only)
    date: dt.date | None  # the publication date the clipper wrote, if any
    clip_day: dt.date | None  # the day of the clipping it wrote, which must not be taken for the date
    debris: tuple[str, ...]  # debris lines as a reader shows them, none of which may reach the body
    mojibake: str | None  # of the mojibake variants, or None


@dataclass(slots=True)
class CorpusStats:
    files: int = 0
    bytes: int = 0
    articles: int = 0  # files that should become articles
    formats: Counter[str] = field(default_factory=Counter)  # of the articles, by source_format
    languages: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)  # as the pipeline names them
    line_endings: Counter[str] = field(default_factory=Counter)  # "lf" or "crlf"
    rejects: Counter[str] = field(default_factory=Counter)  # expected reason code -> files
    traps: Counter[str] = field(default_factory=Counter)  # "reason: variant" -> files
    clippers: Counter[str] = field(default_factory=Counter)  # of the markdown web exports, by the clipper
    debris: Counter[str] = field(default_factory=Counter)  # debris lines by kind (flows.bench.debris.KINDS)
    mojibake: Counter[str] = field(default_factory=Counter)  # the mojibake articles, "whole file, read as …"
    # Per file (its path below the corpus folder), what the pipeline should read, for the articles with a clipper's
    # header, debris or mojibake: kept only when asked (`record`), as the tests do, for it grows with the corpus.
    expected: dict[str, Expected] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """Plain, sorted values for a report or JSON (the counts; not `expected`)."""
        return {
            "files": self.files,
            "bytes": self.bytes,
            "articles": self.articles,
            **{name: dict(sorted(getattr(self, name).items())) for name in _COUNTS},
        }

    def add(self, other: CorpusStats) -> None:
        self.files += other.files
        self.bytes += other.bytes
        self.articles += other.articles
        for name in _COUNTS:
            getattr(self, name).update(getattr(other, name))
        self.expected.update(other.expected)


_COUNTS = ("formats", "languages", "encodings", "line_endings", "rejects", "traps", "clippers", "debris", "mojibake")


@dataclass(frozen=True, slots=True)
class _Plan:
    """What every folder's writer needs to know; folders are written independently, in any process."""

    folder: Path
    n_articles: int
    seed: int
    trap_every: int
    oversized_every: int
    mojibake_every: int
    max_file_bytes: int
    record: bool

    @property
    def folder_width(self) -> int:
        return max(len(str(max(self.n_articles - 1, 0) // FILES_PER_FOLDER)), 4)

    @property
    def name_width(self) -> int:
        return max(len(str(max(self.n_articles - 1, 0))), 7)


def write_corpus(
    folder: Path,
    n_articles: int,
    seed: int = 0,
    *,
    workers: int = 1,
    trap_every: int = 64,
    oversized_every: int = 100_000,
    mojibake_every: int = 100,
    max_file_bytes: int | None = None,
    record: bool = False,
) -> CorpusStats:
    """Write `n_articles` files below `folder` (created if missing); see the module docstring.

    Each sub-folder draws from its own random stream (seeded with `seed` and its number), so the files do
    not depend on `workers`, the number of processes writing folders at once. The default, 1, writes in this
    process; more start fresh interpreters ("spawn"), so a script calling this needs the
    `if __name__ == "__main__":` guard. `max_file_bytes` is the size limit that oversized files exceed
    (default: the pipeline's). `record` keeps `CorpusStats.expected`, what the pipeline should read from each file
    with a clipper's header, debris or mojibake.
    """
    if n_articles < 0 or trap_every < 2 or oversized_every < 1 or mojibake_every < 1:
        raise ValueError("n_articles must be >= 0, trap_every >= 2, oversized_every and mojibake_every >= 1")
    if max_file_bytes is None and n_articles >= oversized_every:
        from flows.options import DEFAULT_MAX_FILE_BYTES

        max_file_bytes = DEFAULT_MAX_FILE_BYTES
    plan = _Plan(folder, n_articles, seed, trap_every, oversized_every, mojibake_every, max_file_bytes or 0, record)
    folder.mkdir(parents=True, exist_ok=True)
    folders = range((n_articles + FILES_PER_FOLDER - 1) // FILES_PER_FOLDER)
    workers = min(workers, len(folders))
    stats = CorpusStats()
    if workers <= 1:
        for number in folders:
            stats.add(_write_folder(plan, number))
        return stats
    # "spawn": a fresh interpreter per worker, safe whatever threads the caller runs (Prefect has some).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for folder_stats in pool.map(_write_folder, [plan] * len(folders), folders, chunksize=4):
            stats.add(folder_stats)
    return stats


def _write_folder(plan: _Plan, number: int) -> CorpusStats:
    writer = _Writer(plan, number)
    writer.run()
    return writer.stats


class _Writer:
    """Writes one sub-folder: files [number * FILES_PER_FOLDER, …) of the corpus."""

    def __init__(self, plan: _Plan, number: int) -> None:
        self.plan = plan
        self.start = number * FILES_PER_FOLDER
        self.end = min(self.start + FILES_PER_FOLDER, plan.n_articles)
        self.path = os.path.join(plan.folder, f"{number:0{plan.folder_width}d}")
        self.rng = random.Random(f"{plan.seed}/{number}")  # str seeds are hashed with SHA-512: stable
        self.composer = Composer(plan.seed)
        self.stats = CorpusStats()
        self.recent: deque[Written] = deque(maxlen=_RECENT)
        self.trap_order: list[str] = []

    def run(self) -> None:
        os.makedirs(self.path, exist_ok=True)
        plan, rng = self.plan, self.rng
        trap_at = -1
        for index in range(self.start, self.end):
            offset = index - self.start
            if offset % plan.trap_every == 0:
                # One trap per block, in its second half, so that duplicates have recent originals.
                half = plan.trap_every // 2
                trap_at = index + half + int(rng.random() * (plan.trap_every - half))
            if index % plan.oversized_every == plan.oversized_every - 1 and self.recent:
                self._trap(index, oversized(rng, self.recent[-1], plan.max_file_bytes))
            elif index == trap_at and self.recent:
                if not self.trap_order:
                    self.trap_order = list(TRAP_KINDS)
                    rng.shuffle(self.trap_order)
                kind = self.trap_order.pop()
                # The corpus' one file of no bytes: the first empty trap of the first folder.
                no_bytes = kind == "empty-file" and self.start == 0 and not self.stats.rejects["empty-file"]
                self._trap(index, make_trap(rng, kind, self.composer, self.recent, index, no_bytes=no_bytes))
            else:
                self._article(index, garbled=index % plan.mojibake_every == plan.mojibake_every // 2)

    def _article(self, index: int, garbled: bool) -> None:
        rng = self.rng
        if garbled:
            language = "es" if rng.random() < MOJIBAKE_SPANISH_SHARE else "en"
            shape = _MOJIBAKE_SHAPES[bisect.bisect(_MOJIBAKE_SHAPE_BOUNDS, rng.random())]
        else:
            language = "es" if rng.random() < SPANISH_SHARE else "en"
            shape = _SHAPES[bisect.bisect(_SHAPE_BOUNDS, rng.random())]
        story: Story = self.composer.story(rng, language)
        clipper = None
        if shape == "markdown web export":
            clipper = _CLIPPERS[bisect.bisect(_CLIPPER_BOUNDS, rng.random())]
        printer = clipper or shape
        debris = None
        if printer in DEBRIS_SHARES and rng.random() < DEBRIS_SHARES[printer]:
            photographer = self.composer.person_name(rng, language)
            debris = page_debris(rng, story, self._related(language), photographer, markdown=shape != "plain text")
        clip: Clip | None = None
        if clipper in CLIPPERS:
            clip = CLIPPERS[clipper](rng, story, debris)
            text = clip.text
        elif debris is not None:
            text = WITH_DEBRIS[shape](rng, story, debris)
        else:
            text = SHAPES[shape](rng, story)
        variant = None
        if garbled:
            text, variant = _mojibake(rng, text)
            encoding = "utf-8"  # the garbled text saved again as UTF-8: what makes it mojibake
        else:
            encoding = _ENCODINGS[bisect.bisect(_ENCODING_BOUNDS, rng.random())]
        crlf = rng.random() < CRLF_SHARE
        data, encoding = encode(text, encoding, crlf)
        extension = pick(rng, EXTENSIONS[shape])
        name = self._write(index, data, extension)
        stats = self.stats
        stats.articles += 1
        stats.formats[shape] += 1
        stats.languages[language] += 1
        stats.encodings[encoding] += 1
        stats.line_endings["crlf" if crlf else "lf"] += 1
        if clip is not None:
            stats.clippers[printer] += 1
        if debris is not None:
            stats.debris.update(debris.kinds)
        if variant is not None:
            stats.mojibake[variant] += 1
        if self.plan.record and (clip or debris or variant):
            stats.expected[name] = Expected(
                title=story.title,
                clipper=None if clip is None else printer,
                url=None if clip is None else clip.url,
                date=None if clip is None else clip.date,
                clip_day=None if clip is None else clip.clip_day,
                debris=() if debris is None else debris.shown,
                mojibake=variant,
            )
        self.recent.append(Written(text, encoding, crlf, data, story, shape, extension))

    def _related(self, language: str) -> str | None:
        """The headline of the latest article in `language`, for a link to a related story."""
        return next((w.story.title for w in reversed(self.recent) if w.story.language == language), None)

    def _trap(self, index: int, trap: Trap) -> None:
        self._write(index, trap.data, trap.extension)
        self.stats.rejects[trap.reason] += 1
        self.stats.traps[f"{trap.reason}: {trap.variant}"] += 1

    def _write(self, index: int, data: bytes, extension: str) -> str:
        """Writes the file; its path below the corpus folder."""
        name = f"{index:0{self.plan.name_width}d}_{self.rng.getrandbits(48):012x}{extension}"
        with open(os.path.join(self.path, name), "wb") as fh:
            fh.write(data)
        self.stats.files += 1
        self.stats.bytes += len(data)
        return f"{os.path.basename(self.path)}/{name}"


def _mojibake(rng: random.Random, text: str) -> tuple[str, str | None]:
    """The text garbled, whole or some of its lines, and its variant; (text, None) when garbling leaves it as it
    was (ASCII text: its UTF-8 reads the same in any of these encodings)."""
    reading = READINGS[1] if rng.random() < MOJIBAKE_LATIN_1_SHARE else READINGS[0]
    if rng.random() < MOJIBAKE_LINES_SHARE:
        lines = text.split("\n")
        garbled = "\n".join(mojibake(line, reading) if rng.random() < 0.5 else line for line in lines)
        where = "some lines"
    else:
        garbled, where = mojibake(text, reading), "whole file"
    if garbled == text:
        return text, None
    return garbled, f"{where}, read as {_READING_NAMES[reading]}"


def _table(shares: dict[K, float]) -> tuple[list[K], list[float]]:
    """Names and cumulative shares for a draw with bisect (the last bound is 1.0, whatever rounding did)."""
    names = list(shares)
    total = sum(shares.values())
    cumulative = [c / total for c in accumulate(shares.values())]
    cumulative[-1] = 1.0
    return names, cumulative[:-1]


_SHAPES, _SHAPE_BOUNDS = _table(SHAPE_SHARES)
_ENCODINGS, _ENCODING_BOUNDS = _table(ENCODING_SHARES)
# The rest of the markdown exports are a page's (None: the shape's own printer).
_CLIPPERS, _CLIPPER_BOUNDS = _table({**CLIPPER_SHARES, None: 1 - sum(CLIPPER_SHARES.values())})
_MOJIBAKE_SHAPES, _MOJIBAKE_SHAPE_BOUNDS = _table({shape: SHAPE_SHARES[shape] for shape in MOJIBAKE_SHAPES})
