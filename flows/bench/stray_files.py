"""Files that are no articles and stray into an input folder, for the `not-prose` trap: what a browser's "Web page,
complete" saves beside the page (a style sheet, a script), and a crawler's own source, configs, data and logs
(Python, YAML, a Dockerfile, a Makefile, an `.env` file, CSV, a log). Each is written here, its names and numbers
drawn from `rng`, and carries `index` so that its bytes are unique in the corpus.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import NamedTuple

_SITES = ("newsbot", "wirefeed", "noticias", "archivo", "frontpages", "diario")
_SECTIONS = ("politica", "economia", "internacional", "cultura", "world", "business", "science", "sport")
_HOSTS = ("example.org", "example.com", "noticias.example", "wire.example.net")
_LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "WARNING", "ERROR")


class StrayFile(NamedTuple):
    text: str  # ASCII
    variant: str  # what it is, for the corpus' stats
    extension: str


def stray_file(rng: random.Random, index: int) -> StrayFile:
    return rng.choice(STRAY_FILES)(rng, index)


def _style_sheet(rng: random.Random, index: int) -> StrayFile:
    text = (
        f"/* theme {index} */\nbody {{ margin: 0; font-family: Georgia, serif; }}\n"
        ".article h1 { font-size: 2em; color: #222; }\n.nav > li { display: inline-block; }\n"
        "@media (max-width: 600px) {\n  .article { padding: 1em; }\n}\n"
    )
    return StrayFile(text, "style sheet", ".css")


def _script(rng: random.Random, index: int) -> StrayFile:
    text = (
        f"/* build {index} */\n(function () {{\n  var w = window;\n  w.dataLayer = w.dataLayer || [];\n"
        "  function gtag() { dataLayer.push(arguments); }\n  gtag('js', new Date());\n})();\n"
    )
    return StrayFile(text, "script", ".js")


def _python(rng: random.Random, index: int) -> StrayFile:
    site, days = rng.choice(_SITES), rng.randint(2, 30)
    text = (
        f'"""Job {index}: move the exports of {site} older than {days} days into the archive."""\n\n'
        "import shutil\nimport time\nfrom pathlib import Path\n\n"
        f'SOURCE = Path("/srv/{site}/incoming")\nARCHIVE = Path("/srv/{site}/archive")\n'
        f"MAX_AGE = {days} * 24 * 3600\n\n\n"
        "def archive_old_exports() -> int:\n    moved = 0\n"
        '    for path in sorted(SOURCE.glob("*.txt")):\n'
        "        if time.time() - path.stat().st_mtime > MAX_AGE:\n"
        "            shutil.move(str(path), ARCHIVE / path.name)\n            moved += 1\n    return moved\n\n\n"
        'if __name__ == "__main__":\n    print(archive_old_exports())\n'
    )
    return StrayFile(text, "Python source", ".py")


def _yaml(rng: random.Random, index: int) -> StrayFile:
    site = rng.choice(_SITES)
    lines = [
        f"# {site} crawler, job {index}",
        "crawler:",
        f'  user_agent: "{site}/{rng.randint(1, 4)}.{rng.randint(0, 9)}"',
        f"  concurrency: {rng.randint(1, 16)}",
        f"  timeout_seconds: {rng.randint(5, 60)}",
        "sources:",
    ]
    for section in rng.sample(_SECTIONS, rng.randint(2, 4)):
        lines += [f"  - name: {section}", f"    url: https://{rng.choice(_HOSTS)}/{section}/"]
    lines += ["output:", f"  folder: /srv/{site}/incoming", "  format: markdown"]
    return StrayFile("\n".join(lines) + "\n", "YAML config", ".yaml")


def _dockerfile(rng: random.Random, index: int) -> StrayFile:
    site = rng.choice(_SITES)
    text = (
        f"# {site} image, build {index}\nFROM python:3.{rng.randint(9, 12)}-slim\nWORKDIR /app\n"
        "COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n"
        f"ENV OUT_DIR=/data/incoming WORKERS={rng.randint(1, 8)}\n"
        f'CMD ["python", "crawl.py", "--site", "{site}"]\n'
    )
    return StrayFile(text, "Dockerfile", "")


def _makefile(rng: random.Random, index: int) -> StrayFile:
    site = rng.choice(_SITES)
    text = (
        f"# {site}, build {index}\nPYTHON ?= .venv/bin/python\nOUT := /srv/{site}/incoming\n\n"
        ".PHONY: crawl clean\n\n"
        f"crawl:\n\t$(PYTHON) crawl.py --out $(OUT) --workers {rng.randint(1, 8)}\n\n"
        "clean:\n\trm -rf $(OUT)/*.tmp\n"
    )
    return StrayFile(text, "Makefile", ".mk")


def _env(rng: random.Random, index: int) -> StrayFile:
    site = rng.choice(_SITES)
    text = (
        f"# {site} settings, deploy {index}\nDATABASE_URL=postgres://{site}:change-me@db:5432/{site}\n"
        f"CRAWLER_CONCURRENCY={rng.randint(1, 16)}\nOUT_DIR=/srv/{site}/incoming\n"
        f"LOG_LEVEL={rng.choice(('debug', 'info', 'warning'))}\n"
    )
    return StrayFile(text, ".env file", ".env")


def _csv(rng: random.Random, index: int) -> StrayFile:
    """A spreadsheet of a site's page views, saved as CSV."""
    rows = ["id,date,section,words,views"]
    for row in range(rng.randint(5, 12)):
        day, section = rng.randint(1, 28), rng.choice(_SECTIONS)
        rows.append(f"{index}-{row},2024-03-{day:02d},{section},{rng.randint(200, 1500)},{rng.randint(10, 90000)}")
    return StrayFile("\n".join(rows) + "\n", "CSV data", ".csv")


def _log(rng: random.Random, index: int) -> StrayFile:
    site, second = rng.choice(_SITES), rng.randrange(6 * 3600, 20 * 3600)
    lines = [f"2024-03-04 {_clock(second)},{rng.randrange(1000):03d} INFO {site}: starting run {index}"]
    for _ in range(rng.randint(4, 10)):
        second += rng.randint(1, 90)
        section, level = rng.choice(_SECTIONS), rng.choice(_LEVELS)
        message = (
            f"{rng.randint(0, 60)} items in {section} feed"
            if level in ("INFO", "DEBUG")
            else f"https://{rng.choice(_HOSTS)}/{section}/ returned {rng.choice((404, 429, 500, 503))}"
        )
        lines.append(f"2024-03-04 {_clock(second)},{rng.randrange(1000):03d} {level} {site}: {message}")
    return StrayFile("\n".join(lines) + "\n", "log", ".log")


def _clock(second: int) -> str:
    return f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"


STRAY_FILES: tuple[Callable[[random.Random, int], StrayFile], ...] = (
    _style_sheet,
    _script,
    _python,
    _yaml,
    _dockerfile,
    _makefile,
    _env,
    _csv,
    _log,
)
