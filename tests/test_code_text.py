"""What strays into an input folder and is not an article is turned away, saying what it looks like: scripts
and style sheets (a browser's "Web page, complete" saves them beside the page), Python source, shell scripts,
YAML, TOML and INI configs, .env files, Dockerfiles, Makefiles, SQL, CSV and TSV data, logs, requirement lists.
Prose with brackets, tables, lists, datelines, a crawler's header, fact boxes, numbers or a snippet of code is
not."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from flows.decode import decode
from flows.formats.code_text import _CODE_CHARACTERS, _DOCSTRING, _SPACES, _held_by_paragraphs, _how_many
from tests.conftest import SEEDS, article_row, rejection_of

STYLE_SHEET = """body { margin: 0; padding: 0; font-family: Georgia, serif; }
.article h1 { font-size: 2em; color: #222; }

@media (max-width: 600px) {
  .article { padding: 1em; }
  .nav > li { display: block; }
}
"""
SCRIPT = """(function () {
  var w = window;
  w.dataLayer = w.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag("js", new Date());
  document.addEventListener("DOMContentLoaded", function () { console.log("ready"); });
})();
"""
MINIFIED = (
    "!function(e,t){'use strict';var n=e.document,r=function(e){return n.querySelector(e)};t.init=function(){"
    "r('#nav')&&r('#nav').classList.add('open')},e.addEventListener('load',t.init)}(window,window.App={});"
)


@pytest.mark.parametrize("content", [STYLE_SHEET, SCRIPT, MINIFIED], ids=["css", "js", "minified-js"])
def test_code_is_turned_away_as_no_prose(content: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "not-prose"
    assert "looks like a script or a style sheet" in rejected.detail


# What else an operator's input folder collects: the crawler's own source, its scripts and configs, a database
# dump, a spreadsheet saved as CSV, its logs, its requirements.

PYTHON_SCRIPT = """import re
import sys

for line in sys.stdin:
    line = re.sub(r"\\s+", " ", line).strip()
    if line:
        print(line)
"""

PYTHON_MODULE = '''"""Data model of the crawler's article store.

Each article is saved once per URL; a later fetch of the same URL replaces the text
only when the page says it was updated. Dates are kept in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class Article:
    url: str
    title: str
    body: str
    published: datetime | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        # Split on whitespace: good enough for a count shown in the dashboard.
        return len(self.body.split())

    def is_newer_than(self, other: Article) -> bool:
        if self.published is None or other.published is None:
            return False
        return self.published > other.published


def parse_date(text: str) -> datetime | None:
    for pattern in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y"):
        try:
            value = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return None
'''

PYTHON_CRAWLER = '''"""Fetch the day's front pages and save each article as a text file."""

import argparse
import logging
from pathlib import Path

import requests
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)
FEEDS = {
    "elpais": "https://elpais.com/rss/elpais/portada.xml",
    "reuters": "https://www.reuters.com/world/",
}


class Fetcher:
    def __init__(self, out_dir: Path, timeout: float = 10.0):
        self.out_dir = out_dir
        self.timeout = timeout
        self.session = requests.Session()

    def fetch(self, url):
        response = self.session.get(url, timeout=self.timeout)
        response.raise_for_status()
        return response.text

    def save(self, name, html):
        soup = BeautifulSoup(html, "html.parser")
        text = soup.get_text("\\n")
        path = self.out_dir / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        log.info("saved %s (%d chars)", path, len(text))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("articles"))
    args = parser.parse_args()
    args.out.mkdir(exist_ok=True)
    fetcher = Fetcher(args.out)
    for name, url in FEEDS.items():
        try:
            fetcher.save(name, fetcher.fetch(url))
        except requests.RequestException as error:
            log.warning("could not fetch %s: %s", url, error)


if __name__ == "__main__":
    main()
'''

SHELL_DEPLOY = """#!/bin/sh
rsync -az --delete build/ news@web01:/srv/www/
ssh news@web01 'sudo systemctl reload nginx'
"""

SHELL_CRAWL = """#!/usr/bin/env bash
# Nightly crawl: mirror the feeds into ./incoming and keep a week of logs.
set -euo pipefail

OUT_DIR="${OUT_DIR:-/srv/news/incoming}"
LOG_DIR=/var/log/newscrawl
mkdir -p "$OUT_DIR" "$LOG_DIR"

for feed in elpais reuters apnews; do
    echo "fetching $feed"
    curl -fsSL --retry 3 "https://feeds.example.org/$feed.xml" -o "$OUT_DIR/$feed.xml" \\
        || echo "failed: $feed" >> "$LOG_DIR/errors.log"
done

find "$LOG_DIR" -name '*.log' -mtime +7 -delete
python3 /opt/newscrawl/split.py --in "$OUT_DIR" --out "$OUT_DIR/articles"
echo "done at $(date -Is)"
"""

YAML_SETTINGS = """# Crawler settings
crawler:
  user_agent: "newsbot/2.1 (+https://example.org/bot)"
  concurrency: 4
  timeout_seconds: 20
  retries: 3
sources:
  - name: El País
    url: https://elpais.com/
    language: es
    sections: [internacional, economia, politica]
  - name: Reuters
    url: https://www.reuters.com/
    language: en
    sections:
      - world
      - business
output:
  folder: /srv/news/incoming
  format: markdown
  keep_html: false
logging:
  level: INFO
  file: /var/log/newsbot.log
"""

YAML_COMPOSE = """version: "3.9"
services:
  crawler:
    image: newsbot:latest
    restart: unless-stopped
    environment:
      - OUT_DIR=/data/incoming
      - LOG_LEVEL=info
    volumes:
      - ./data:/data
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
      POSTGRES_DB: news
    ports:
      - "5432:5432"
"""

YAML_WORKFLOW = """name: nightly-crawl
on:
  schedule:
    - cron: "0 5 * * *"
  workflow_dispatch:
jobs:
  crawl:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install
        run: pip install -r requirements.txt
      - name: Crawl
        run: |
          python crawl.py --out articles
          tar czf articles.tgz articles
"""

TOML_PYPROJECT = """[project]
name = "newsbot"
version = "2.1.0"
description = "Crawl news sites and save the articles as text"
requires-python = ">=3.10"
dependencies = [
    "requests>=2.31",
    "beautifulsoup4>=4.12",
    "feedparser>=6.0",
]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff>=0.4"]

[tool.ruff]
line-length = 100
target-version = "py310"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

TOML_CARGO = """[package]
name = "feedcheck"
version = "0.3.1"
edition = "2021"

[dependencies]
reqwest = { version = "0.12", features = ["blocking"] }
quick-xml = "0.31"
"""

INI_SETTINGS = """[crawler]
user_agent = newsbot/2.1
concurrency = 4
timeout = 20

[output]
folder = /srv/news/incoming
format = markdown

[logging]
level = INFO
file = /var/log/newsbot.log
"""

SQL_QUERY = """SELECT a.title, a.published, s.name AS source
FROM articles AS a
JOIN sources AS s ON s.id = a.source_id
WHERE a.published >= '2024-01-01'
  AND s.language = 'es'
ORDER BY a.published DESC
LIMIT 100;
"""

SQL_MYSQL_DUMP = """-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: news
-- ------------------------------------------------------

DROP TABLE IF EXISTS `articles`;
CREATE TABLE `articles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `published` datetime DEFAULT NULL,
  `body` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `articles` WRITE;
INSERT INTO `articles` VALUES (1,'Port strike enters third day','2024-03-04 08:15:00','Dock workers in Valencia stayed off the job on Monday, the union said.'),(2,'El Gobierno aprueba el presupuesto','2024-03-05 10:02:00','El Consejo de Ministros aprobó este martes el proyecto de presupuestos.');
UNLOCK TABLES;
"""

SQL_PG_DUMP = """--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.articles (
    id integer NOT NULL,
    title text NOT NULL,
    published timestamp with time zone,
    source text
);

ALTER TABLE public.articles OWNER TO news;

COPY public.articles (id, title, published, source) FROM stdin;
1\tPort strike enters third day\t2024-03-04 08:15:00+00\tReuters
2\tEl Gobierno aprueba el presupuesto\t2024-03-05 10:02:00+00\tEl País
3\tFlood relief reaches northern towns\t2024-03-05 12:40:00+00\tAP
4\tLa sequía obliga a restringir el riego\t2024-03-06 09:10:00+00\tEFE
\\.

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);
"""

CSV_RESULTS = """district,candidate,party,votes,share
Centro,María López,PSOE,12453,41.2
Centro,Juan Pérez,PP,10987,36.4
Centro,Ana Ruiz,Vox,4120,13.6
Norte,María López,PSOE,8450,33.9
Norte,Juan Pérez,PP,11002,44.1
Norte,Ana Ruiz,Vox,3380,13.5
Sur,María López,PSOE,15230,52.7
Sur,Juan Pérez,PP,9120,31.6
Sur,Ana Ruiz,Vox,2210,7.6
"""

CSV_ARTICLES = """id,published,source,title,body
1,2024-03-04,Reuters,Port strike enters third day,"Dock workers in Valencia stayed off the job for a third day on Monday, leaving more than 40 ships waiting at anchor."
2,2024-03-05,El País,El Gobierno aprueba el presupuesto,"El Consejo de Ministros aprobó este martes el proyecto de presupuestos, que prevé un gasto récord."
3,2024-03-05,AP,Flood relief reaches northern towns,"Army trucks carrying water and food reached three towns cut off by floods on Tuesday, officials said."
"""

CSV_PARO = """provincia;mes;parados;variacion
Madrid;enero;321.456;-1,2
Madrid;febrero;318.004;-1,1
Barcelona;enero;287.990;-0,8
Barcelona;febrero;285.112;-1,0
Sevilla;enero;190.340;0,4
Sevilla;febrero;188.765;-0,8
"""

TSV_INDEX = """date\tsource\ttitle\twords
2024-03-04\tReuters\tPort strike enters third day\t812
2024-03-04\tEl País\tEl Gobierno aprueba el presupuesto\t1034
2024-03-05\tAP\tFlood relief reaches northern towns\t655
2024-03-05\tEFE\tLa sequía obliga a restringir el riego\t921
2024-03-06\tReuters\tRail link opens after six years\t740
"""

LOG_CRAWLER = """2024-03-04 06:00:01,112 INFO crawler: starting run 5521 with 4 workers
2024-03-04 06:00:01,530 INFO crawler: fetching https://elpais.com/rss/elpais/portada.xml
2024-03-04 06:00:02,874 INFO crawler: 38 items in elpais feed
2024-03-04 06:00:03,011 WARNING crawler: https://www.reuters.com/world/ returned 429, retrying in 30 s
2024-03-04 06:00:33,402 INFO crawler: 52 items in reuters feed
2024-03-04 06:00:40,220 ERROR parser: could not parse https://apnews.com/article/flood-relief-9f2c: no article element
2024-03-04 06:01:12,998 INFO writer: wrote 89 articles to /srv/news/incoming
2024-03-04 06:01:13,001 INFO crawler: run 5521 finished in 71.9 s
"""

LOG_SYSLOG = """Mar  4 06:00:01 news-01 systemd[1]: Starting newsbot.service - News crawler...
Mar  4 06:00:02 news-01 newsbot[5521]: INFO fetching https://elpais.com/rss/elpais/portada.xml
Mar  4 06:00:03 news-01 newsbot[5521]: WARNING https://www.reuters.com/world/ returned 429
Mar  4 06:00:40 news-01 newsbot[5521]: ERROR could not parse https://apnews.com/article/flood-relief-9f2c
Traceback (most recent call last):
  File "/opt/newsbot/parse.py", line 88, in parse
    body = page.find("article").get_text()
AttributeError: 'NoneType' object has no attribute 'get_text'
Mar  4 06:01:13 news-01 systemd[1]: newsbot.service: Deactivated successfully.
"""

LOG_ACCESS = """192.168.1.20 - - [04/Mar/2024:06:12:01 +0000] "GET /news/port-strike HTTP/1.1" 200 18234 "-" "Mozilla/5.0"
192.168.1.21 - - [04/Mar/2024:06:12:03 +0000] "GET /news/presupuesto HTTP/1.1" 200 20111 "https://google.com/" "Mozilla/5.0"
10.0.0.5 - - [04/Mar/2024:06:12:09 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"
192.168.1.20 - - [04/Mar/2024:06:12:15 +0000] "POST /api/comments HTTP/1.1" 201 88 "-" "Mozilla/5.0"
10.0.0.7 - - [04/Mar/2024:06:13:40 +0000] "GET /news/flood-relief HTTP/1.1" 200 17450 "-" "curl/8.5.0"
"""

LOG_NGINX = """2024/03/04 06:12:09 [error] 1123#1123: *5521 open() "/srv/www/favicon.ico" failed (2: No such file or directory), client: 10.0.0.5, server: news.example.org, request: "GET /favicon.ico HTTP/1.1"
2024/03/04 06:20:44 [warn] 1123#1123: *5530 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000001 while reading upstream
2024/03/04 07:01:02 [error] 1124#1124: *5602 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.168.1.21
"""

REQUIREMENTS = """requests==2.31.0
beautifulsoup4==4.12.3
feedparser==6.0.11
lxml>=5.1
python-dateutil==2.9.0.post0
trafilatura==1.8.0
"""

REQUIREMENTS_DEV = """# Test and lint tools; install with: pip install -r requirements-dev.txt
-r requirements.txt
pytest>=8.0,<9
pytest-cov==5.0.0
ruff==0.4.4
mypy>=1.9
types-requests
"""

# Configs and scripts with no line of the kinds above: no `def` or `import`, no block under a key, no `$VAR`.

PYTHON_CALLS = """# Move yesterday's exports into the archive and say how many were moved.
source = Path("/srv/news/incoming")
archive = Path("/srv/news/archive") / str(date.today() - timedelta(days=1))
archive.mkdir(parents=True, exist_ok=True)
moved = []
for path in sorted(source.glob("*.txt")):
    shutil.move(str(path), archive / path.name)
    moved.append(path.name)
print(f"moved {len(moved)} files to {archive}")
"""

PYTHON_SETTINGS = """# Settings the crawler reads at start-up.
BASE_URL = "https://example.org/noticias/"
SECTIONS = ["politica", "economia", "internacional", "cultura"]
TIMEOUT = 20
RETRIES = 3
HEADERS = {"User-Agent": "newsbot/2.1 (+https://example.org/bot)"}
OUT_DIR = os.environ.get("OUT_DIR", "/srv/news/incoming")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
"""

YAML_FLAT = """# newsbot settings
user_agent: "newsbot/2.1 (+https://example.org/bot)"
concurrency: 4
timeout_seconds: 20
retries: 3
output_folder: /srv/news/incoming
keep_html: false
log_level: info
"""

YAML_SITE = """title: Diario del Sur
description: "Noticias de Andalucía y del resto de España"
baseurl: ""
url: "https://diariodelsur.example"
language: es
paginate: 10
permalink: /:year/:month/:title/
theme: minima
"""

ENV_FILE = """# Copy to .env and fill in before starting the crawler.
DATABASE_URL=postgres://news:change-me@localhost:5432/news
REDIS_URL=redis://localhost:6379/0
CRAWLER_CONCURRENCY=4
OUT_DIR=/srv/news/incoming
SENTRY_DSN=
LOG_LEVEL=info
"""

ENV_EXPORTS = """export NEWSBOT_USER_AGENT="newsbot/2.1 (+https://example.org/bot)"
export NEWSBOT_TIMEOUT=20
export NEWSBOT_OUT=/srv/news/incoming
export TZ=Europe/Madrid
"""

DOCKERFILE = """FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1
WORKDIR /app

RUN apt-get update \\
    && apt-get install -y --no-install-recommends libxml2 libxslt1.1 \\
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

USER nobody
CMD ["python", "crawl.py", "--out", "/data/incoming"]
"""

DOCKERFILE_STAGES = """# Build the front end, then serve it with nginx.
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
"""

MAKEFILE = """PYTHON ?= .venv/bin/python
OUT := /srv/news/incoming

.PHONY: crawl test clean

crawl:
\t$(PYTHON) crawl.py --out $(OUT)

test:
\t$(PYTHON) -m pytest -q

clean:
\trm -rf $(OUT)/*.tmp build/
"""

MAKEFILE_RULES = """# Turn each day's feed dump into articles
DAYS = $(wildcard dumps/*.xml)
ARTICLES = $(DAYS:dumps/%.xml=articles/%.txt)

all: $(ARTICLES)

articles/%.txt: dumps/%.xml
\tmkdir -p articles
\tpython split.py $< > $@

clean:
\trm -f articles/*.txt
"""

NOT_PROSE = [
    (PYTHON_SCRIPT, "Python source"),
    (PYTHON_MODULE, "Python source"),
    (PYTHON_CRAWLER, "Python source"),
    (SHELL_DEPLOY, "a shell script"),
    (SHELL_CRAWL, "a shell script"),
    (YAML_SETTINGS, "a YAML configuration file"),
    (YAML_COMPOSE, "a YAML configuration file"),
    (YAML_WORKFLOW, "a YAML configuration file"),
    (TOML_PYPROJECT, "a TOML or INI configuration file"),
    (TOML_CARGO, "a TOML or INI configuration file"),
    (INI_SETTINGS, "a TOML or INI configuration file"),
    (SQL_QUERY, "SQL"),
    (SQL_MYSQL_DUMP, "SQL"),
    (SQL_PG_DUMP, "SQL"),
    (CSV_RESULTS, "CSV data"),
    (CSV_ARTICLES, "CSV data"),
    (CSV_PARO, "CSV data"),
    (TSV_INDEX, "TSV data"),
    (LOG_CRAWLER, "a log file"),
    (LOG_SYSLOG, "a log file"),
    (LOG_ACCESS, "a log file"),
    (LOG_NGINX, "a log file"),
    (REQUIREMENTS, "a list of Python package requirements"),
    (REQUIREMENTS_DEV, "a list of Python package requirements"),
    (PYTHON_CALLS, "Python source"),
    (PYTHON_SETTINGS, "Python source"),
    (YAML_FLAT, "a YAML configuration file"),
    (YAML_SITE, "a YAML configuration file"),
    (ENV_FILE, "an environment (.env) file"),
    (ENV_EXPORTS, "an environment (.env) file"),
    (DOCKERFILE, "a Dockerfile"),
    (DOCKERFILE_STAGES, "a Dockerfile"),
    (MAKEFILE, "a Makefile"),
    (MAKEFILE_RULES, "a Makefile"),
]
NOT_PROSE_IDS = [
    "python-script",
    "python-module",
    "python-crawler",
    "shell-deploy",
    "shell-crawl",
    "yaml-settings",
    "yaml-compose",
    "yaml-workflow",
    "toml-pyproject",
    "toml-cargo",
    "ini-settings",
    "sql-query",
    "sql-mysql-dump",
    "sql-pg-dump",
    "csv-results",
    "csv-articles",
    "csv-paro",
    "tsv-index",
    "log-crawler",
    "log-syslog",
    "log-access",
    "log-nginx",
    "requirements",
    "requirements-dev",
    "python-calls-only",
    "python-settings",
    "yaml-flat",
    "yaml-site-es",
    "env-file",
    "env-exports",
    "dockerfile",
    "dockerfile-stages",
    "makefile",
    "makefile-rules",
]


@pytest.mark.parametrize(("content", "looks_like"), NOT_PROSE, ids=NOT_PROSE_IDS)
def test_code_configs_and_data_are_turned_away_saying_what_they_look_like(content: str, looks_like: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "not-prose"
    assert f"looks like {looks_like}, not an article" in rejected.detail


@pytest.mark.parametrize(("content", "looks_like"), NOT_PROSE, ids=NOT_PROSE_IDS)
def test_a_long_file_of_the_kind_is_told_as_a_short_one_is(content: str, looks_like: str) -> None:
    rejected = rejection_of(content.rstrip("\n") + "\n" + content * 30)
    assert f"looks like {looks_like}, not an article" in rejected.detail


TABLE = """# Fuel prices rise again

Prices at the pump rose for the third week in a row (the longest run since 2022), the ministry said.

| Fuel | Price | Change |
|---|---|---|
| Regular | 24.10 | +0.35 |
| Premium | 26.05 | +0.40 |
| Diesel | 25.60 | +0.20 |
"""
SNIPPET = """Council publishes its budget as open data

The city published its budget on Monday as a file anyone can load; officials said a single line is enough:

    data = read_csv("budget.csv"); print(data[data.year == 2024]);

The opposition (which had asked for it since 2021) welcomed the step [and asked for more].
"""


HARD_WRAPPED = """Port strike enters third day as talks stall

VALENCIA, March 4 (Reuters) - Dock workers in Valencia stayed off the
job for a third day on Monday, leaving more than 40 ships waiting at
anchor and forcing exporters to look for other routes for goods bound
for Asia. Importers said the stoppage was already costing them
close to 2 million euros a day.

"We will not go back until the port authority puts its offer in
writing," said Marta Gil, a spokeswoman for the Coordinadora union,
speaking outside the terminal gates. "They can select whichever
mediator they like, but the terms have to be on paper."

The port authority said in a statement that it had offered a 4.5%
raise over two years and would return to the table on Wednesday.
Shipping lines including Maersk and MSC said they were diverting
cargo from the port to Barcelona and Algeciras; one import
agent said delays could last into April.

The strike follows a similar stoppage in 2022 (which lasted 11 days)
and comes as the government prepares a reform of port labour rules.
"""
CRAWLER_HEADER = """title: Flood relief reaches northern towns
url: https://example.org/news/flood-relief
date: 2024-03-05
author: Ana Ruiz
section: national

Army trucks carrying water and food reached three towns cut off by floods on Tuesday, officials said.
"""
RESULTADOS = """El PSOE gana en Centro y Sur; el PP se impone en Norte

Con el 98 % escrutado, los resultados por distrito quedan así:

Centro:
  PSOE: 12.453 votos (41,2 %)
  PP: 10.987 votos (36,4 %)
  Vox: 4.120 votos (13,6 %)
Norte:
  PP: 11.002 votos (44,1 %)
  PSOE: 8.450 votos (33,9 %)
"""
LIVE_BLOG = """# Budget day: live

**Updated: 14:32 GMT**

- 14:30 - The chancellor sits down after 62 minutes.
- 14:12 - Fuel duty is frozen for another year; the 5p cut stays.
- 13:45 - Growth forecast for 2024 raised to 0.8%, from 0.7%.
- 13:31 - The chancellor rises to speak.

## Key points

| Measure | Cost (£bn) |
|---|---|
| National insurance cut | 10.0 |
| Fuel duty freeze | 3.1 |

Labour said the package was "a con", and the SNP called for more spending in Scotland.
"""
FICHA = """La sequía obliga a restringir el riego en la cuenca del Segura

Fecha: 6 de marzo de 2024
Fuente: EFE
Lugar: Murcia

La Confederación Hidrográfica del Segura aprobó este miércoles nuevas restricciones al riego; los regantes, que ya habían visto recortada su dotación en enero, anunciaron movilizaciones.

"No se puede pedir más sacrificio al campo", dijo el presidente del sindicato central de regantes, que pidió al Gobierno un plan de choque.
"""
CANDIDATOS = """Los candidatos, uno a uno
Ana Ruiz, 45 años, abogada; diputada desde 2019; número uno por Madrid.
Juan Pérez, 52 años, economista; alcalde de Toledo entre 2011 y 2019.
María López, 38 años, médica; portavoz de Sanidad en el Senado.
Luis Gómez, 61 años, profesor; fundador del partido en 2014.
"""
CLAUSES = """Storm leaves thousands without power
The storm hit the coast on Sunday night, officials said, and knocked out power to 40,000 homes.
Crews worked through the night, the utility said, and restored power to half of them by morning.
Schools in three counties stayed closed, the state said, and will reopen on Wednesday.
"""
TIMELINE = """Timeline: how the rail link was built
2018-05-14 - The government approves the route.
2019-11-02 - Work starts at the northern portal.
2021-07-30 - The tunnel boring machines meet under the river.
2023-12-01 - First test trains run.
2024-03-06 - The line opens to passengers.
"""
FENCED_SNIPPET = """# How the newsroom counted the votes

Our data team checked the official results with a short script, published on GitHub:

```python
import pandas as pd
results = pd.read_csv("results.csv")
print(results.groupby("party").votes.sum())
```

The totals matched the electoral commission's to the vote in all 52 districts, the team said. "It took five minutes," said data editor Lucía Ortega.
"""


RECETA = """Receta: tortilla de patatas
Ingredientes:
  patatas: 1 kg
  huevos: 6
  cebolla: 1
  aceite de oliva: 250 ml
  sal: al gusto
"""


# Articles with lines of a config's or a script's shape: a quoted setting or command, a fact box, a byline and a
# date line over a one-line body, a crawler's header (its body in a `text:` line, or a line under a key no header
# has), a list of lowercase `key: value` items, a tab-indented table under a hard-wrapped line ending in a colon.
QUOTED_ENV_LINE = """Leaked settings file exposed a newspaper's archive

A settings file left on a public web server gave away the password to a regional paper's archive of drafts,
security researchers said on Thursday.

The file was a few lines long, and the first of them was enough:

DATABASE_URL=postgres://archive:change-me@db.internal:5432/archive

"Anyone who found that line could read every draft since 2019," said Clara Méndez, who reported the flaw.
The paper said it changed the password within the hour and that no draft had been read.
"""
DOCKER_LINE_ES = """El Ayuntamiento publica el código de su portal de datos abiertos

El Ayuntamiento de Zaragoza publicó este lunes el código de su portal de datos abiertos, que cualquier
vecino puede instalar en su ordenador con una sola orden:

    docker run -p 8080:80 ayto/datos-abiertos

La imagen parte de una línea tan corta como FROM nginx:1.25, explicó la concejala de Innovación, Marta Gil,
que defendió que "lo que se paga con dinero público debe ser público".
"""
FACT_BOX = """Moldova votes on writing EU membership into its constitution

Voters in Moldova go to the polls on Sunday to decide whether to write the goal of joining the European Union into the constitution.

Capital: Chisinau
Population: 2.5 million
Area: 33,846 sq km
Currency: Moldovan leu

The vote comes as the government accuses Russia of paying voters to stay at home, a charge Moscow denies.
"""
FICHA_PARTIDO = """Ficha del partido
Estadio: Nuevo Mirandilla
Árbitro: Ricardo de Burgos Bengoetxea
Goles: 1-0, min. 23: Fali; 1-1, min. 67: Mosquera
Tarjetas: amarillas a Fali y a Mosquera
Espectadores: 18.542
"""
BYLINE_EN = """Rail link opens after six years of works
By Ana Ruiz and Tom Hale
Updated: March 6, 2024, 10:02 a.m. ET

The line opened to passengers on Wednesday.
"""
BYLINE_ES = """Abre la línea de cercanías tras seis años de obras
Por Luis Gómez | Sevilla
Actualizado: 06/03/2024 10:02 CET

La línea abrió este miércoles a los viajeros.
"""
CRAWLER_HEADER_SHORT_BODY = """title: Flood relief reaches northern towns
url: https://example.org/news/flood-relief
date: 2024-03-05
author: Ana Ruiz
section: national
slug: flood-relief

Army trucks reached the three towns on Tuesday.
"""
CRAWLER_TEXT_KEY = """title: Flood relief reaches northern towns
url: https://example.org/news/flood-relief
date: 2024-03-05
text: Army trucks carrying water and food reached three towns cut off by floods on Tuesday, officials said.
"""
TABLE_UNDER_A_WRAPPED_LINE = """Petrol prices rise for a third week

Prices at the pump rose again this week, the ministry said on Monday, for the third week in a row
and the longest run since 2022. The averages in euros per litre:
\tgasolina 95\t1,689
\tgasóleo\t1,592

Hauliers said they would meet the minister on Thursday to ask for a cut in fuel duty.
"""
LIST_ES = """Lo que cambia con la nueva ley de vivienda

El Congreso aprobó este jueves la ley, que entra en vigor en junio. Estos son los cambios principales:

- alquileres: los contratos se podrán prorrogar un año más
- avales: el casero no podrá pedir más de dos meses
- zonas tensionadas: las comunidades decidirán cuáles son
"""


PROSE = [
    TABLE,
    SNIPPET,
    HARD_WRAPPED,
    CRAWLER_HEADER,
    RESULTADOS,
    LIVE_BLOG,
    FICHA,
    CANDIDATOS,
    CLAUSES,
    TIMELINE,
    FENCED_SNIPPET,
    RECETA,
    QUOTED_ENV_LINE,
    DOCKER_LINE_ES,
    FACT_BOX,
    FICHA_PARTIDO,
    BYLINE_EN,
    BYLINE_ES,
    CRAWLER_HEADER_SHORT_BODY,
    CRAWLER_TEXT_KEY,
    TABLE_UNDER_A_WRAPPED_LINE,
    LIST_ES,
]
PROSE_IDS = [
    "markdown-table",
    "code-snippet",
    "hard-wrapped-lines",
    "crawler-header",
    "indented-results-es",
    "live-blog",
    "ficha-es",
    "semicolon-lists-es",
    "same-commas-in-each-paragraph",
    "dated-timeline",
    "fenced-python-snippet",
    "indented-recipe-es",
    "quoted-env-line",
    "quoted-docker-lines-es",
    "fact-box",
    "ficha-partido-es",
    "byline-en",
    "byline-es",
    "crawler-header-short-body",
    "crawler-text-key",
    "table-under-a-wrapped-line",
    "lowercase-list-es",
]


@pytest.mark.parametrize("content", PROSE, ids=PROSE_IDS)
def test_prose_with_brackets_tables_lists_or_a_snippet_is_an_article(content: str) -> None:
    assert article_row(content)["body_text"]


CRAWLER_HEADER_ONLY = """title: Flood relief reaches northern towns
url: https://example.org/news/flood-relief
date: 2024-03-05
author: Ana Ruiz
section: national
"""


def test_a_crawlers_header_over_no_body_is_no_yaml_config() -> None:
    # Lines of lowercase keys with a value each, as a flat YAML config's, but every key is one a header has.
    assert rejection_of(CRAWLER_HEADER_ONLY).code == "no-body"


# A market or results brief is lines of figures in brackets, which end as a call does: but no line ends as a
# statement or a block does ('{' '}' ';'), as some in every script and style sheet do.
MERCADOS = """Cierre de los mercados
IBEX 35: 10.234,5 (+0,8 %)
Euro Stoxx 50: 4.912,3 (+0,4 %)
CAC 40: 7.934,2 (+0,3 %)
DAX: 17.716,7 (+0,6 %)
FTSE 100: 7.640,3 (-0,1 %)
Dow Jones: 38.989,8 (-0,2 %)
Nasdaq: 16.274,9 (+0,9 %)
Brent: 82,9 dólares (-0,5 %)
"""
MARKETS = """Markets at a glance
S&P 500: 5,137.08 (+0.8%)
Dow Jones: 38,989.83 (-0.2%)
Nasdaq: 16,274.94 (+1.1%)
FTSE 100: 7,640.33 (-0.1%)
Nikkei 225: 39,910.82 (+1.9%)
Brent crude: $82.96 (-0.5%)
Gold: $2,083.50 (+0.4%)
"""


# A line opening with a lower-case word and holding a '$' and a letter has a shell command's shape: a crawler's
# one-line body under its ` date` header, with Bolivia's dollars ('$us'), or a paragraph cut from a page with a
# cashtag in it. Long lines that end as sentences do are paragraphs however they open.
CRAWLER_BODY_WITH_BOLIVIANOS = (
    " title Fondos para caminos rurales\n url https://example.bo/nota/77\n date 2024-05-03 Sucre.- el Gobierno "
    "anunció una inversión de $us 30 millones para caminos rurales en el sur del país, según informó el ministro de "
    "Obras Públicas en una conferencia de prensa. Los trabajos comenzarán en junio y durarán dos años.\n"
)
PARAGRAPH_CUT_WITH_CASHTAG = (
    "Carmakers slide on tariff fears\n\n"
    "and shares of $RIVN fell 6 % in early trading on Friday, after the company said it would cut its delivery "
    "forecast for the year because of the new tariffs on parts imported from Mexico and Canada.\n\n"
    "Analysts expect more cuts.\n"
)


@pytest.mark.parametrize(
    "content", [CRAWLER_BODY_WITH_BOLIVIANOS, PARAGRAPH_CUT_WITH_CASHTAG], ids=["crawler-bolivianos", "cashtag"]
)
def test_a_long_sentence_opening_in_lower_case_is_no_shell_command(content: str) -> None:
    assert "$" in article_row(content)["body_text"]


@pytest.mark.parametrize("content", [MERCADOS, MARKETS], ids=["mercados-es", "markets-en"])
def test_a_brief_of_figures_in_brackets_is_an_article(content: str) -> None:
    assert article_row(content)["body_text"]


def test_a_transcript_pasted_as_one_long_line_is_an_article() -> None:
    # Longer than the csv module reads as one field (128 KiB): a quotation opened at the start of a line runs on.
    speech = "Señorías, el Gobierno presentará mañana el proyecto de presupuestos, que prevé un gasto récord. " * 1500
    transcript = f'Discurso íntegro del ministro, en el Congreso\n\nMadrid, 5 de marzo (EFE).\n\n"{speech}"\n'
    assert article_row(transcript)["body_text"].startswith('"Señorías')


@pytest.mark.parametrize(("content", "looks_like"), NOT_PROSE, ids=NOT_PROSE_IDS)
def test_the_one_pass_over_the_lines_never_hides_a_kind(content: str, looks_like: str) -> None:
    """No line of a kind counts as a paragraph's, so the pass leaves every file of a kind to its kind's measure."""
    without_docstrings = _DOCSTRING.sub('""', content)
    assert not _held_by_paragraphs(without_docstrings)
    assert not _held_by_paragraphs(without_docstrings.rstrip("\n") + "\n" + without_docstrings * 30)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.name)
def test_an_article_of_paragraphs_is_settled_without_searching_for_each_kind(seed: Path) -> None:
    """The one pass over the lines answers "prose" for an article of paragraphs, as nearly every input is: the
    kinds' searches cost four times as much. Every sample above that is no prose gets past it (they are told)."""
    assert _held_by_paragraphs(decode(seed.read_bytes()).text)


def test_characters_counted_in_the_utf8_bytes_are_the_ones_the_text_has() -> None:
    rng = random.Random(3)
    alphabet = "a{};=\\ \t\néñ—“\u00a0\u3000€😀\ud800"  # one character each, ASCII or not, a lone surrogate too
    for text in ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5_000)):
        encoded = text.encode("utf-8", "surrogatepass")
        for characters in (_SPACES, _CODE_CHARACTERS):
            assert _how_many(encoded, characters) == sum(text.count(chr(byte)) for byte in characters), repr(text)
