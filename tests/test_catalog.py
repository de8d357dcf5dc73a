"""The catalog page (index.html) and the catalog metadata of the card, on the committed dataset."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import polars as pl
import pytest
import yaml

from flows.catalog import CATALOG_PAGE, SAMPLE_ROWS, render_catalog
from flows.dataset_facts import dataset_facts, sha256_file
from flows.release import make_release
from flows.release_layout import DATABASE_NAME, LATEST_ZIP_FROM_OUTPUT, ZIP_NAME
from schemas import TABLES, table_name
from schemas.derive import csv_columns
from tests import chromium
from tests.conftest import OUTPUT
from tests.release_helpers import LATER_DATE

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PAGE = OUTPUT / CATALOG_PAGE


class Page(HTMLParser):
    """What the tests look at in a page: ids, links, resources, scripts and text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (href, class)
        self.resources: list[str] = []  # anything a browser would fetch by itself
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], a.get("class") or ""))  # type: ignore[arg-type]
        if tag in ("img", "iframe", "audio", "video", "source", "embed") or (tag == "script" and a.get("src")):
            self.resources.append(str(a.get("src")))
        if tag == "link":
            self.resources.append(str(a.get("href")))
        if tag == "script":
            self._script = a

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text.append(data)

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="module")
def page() -> Page:
    return Page(PAGE.read_text("utf-8"))


def test_the_page_shows_every_table_with_rows_columns_and_samples(page: Page) -> None:
    facts = dataset_facts(OUTPUT)
    assert facts.tables == tuple(table_name(m) for m in TABLES)
    for model in TABLES:
        name = table_name(model)
        assert f"table-{name}" in page.ids
        assert f"{model.Config.title} ({facts.rows[name]:,} rows)" in page.all_text
        for column in csv_columns(model):
            assert column in page.all_text
    first_title = pl.read_parquet(OUTPUT / "articles.parquet", n_rows=SAMPLE_ROWS)["title"].drop_nulls()[0]
    assert first_title[:60] in page.all_text  # a sample row


def test_downloads_name_the_size_and_sha256_of_each_file(page: Page) -> None:
    html = PAGE.read_text("utf-8")
    hrefs = [href for href, cls in page.links if cls == "download"]
    for model in TABLES:
        for ext in ("parquet", "csv"):
            file = OUTPUT / f"{table_name(model)}.{ext}"
            assert file.name in hrefs
            assert sha256_file(file) in html
            assert f'title="{file.stat().st_size:,} bytes"' in html
    assert LATEST_ZIP_FROM_OUTPUT in hrefs


def test_the_page_opens_without_a_server_or_the_network(page: Page) -> None:
    assert page.resources == []  # no stylesheet, script, image or frame to fetch: all inline
    assert [a for a, _ in page.scripts] == [{"type": "application/ld+json"}]
    html = PAGE.read_text("utf-8")
    assert "@import" not in html and "url(" not in html
    for href, _ in page.links:
        assert not href.startswith(("http:", "https:", "//", "/")), href  # relative: works from disk


def test_catalogs_find_json_ld_in_the_page_and_front_matter_in_the_card(page: Page) -> None:
    ld = json.loads(page.scripts[0][1].replace("<\\/", "</"))
    assert ld["@type"] == "Dataset" and ld["name"] and len(ld["description"]) >= 50
    listed = {d["contentUrl"]: d["sha256"] for d in ld["distribution"]}
    assert listed == {n: sha256_file(OUTPUT / n) for n in listed}
    assert set(listed) == {f"{table_name(m)}.{ext}" for m in TABLES for ext in ("parquet", "csv")}
    card = (OUTPUT / "README.md").read_text("utf-8")
    assert card.startswith("---\n")
    meta = yaml.safe_load(card.split("---\n", 2)[1])
    assert meta["license"] == "other" and meta["license_name"]
    assert set(meta["language"]) == set(pl.read_parquet(OUTPUT / "articles.parquet")["language"])
    assert meta["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c["data_files"][0]["path"] for c in meta["configs"]}
    assert configs == {table_name(m): f"{table_name(m)}.parquet" for m in TABLES}
    assert all((OUTPUT / path).exists() for path in configs.values())
    assert json.loads(card.split('<script type="application/ld+json">\n', 1)[1].split("\n</script>")[0]) == ld


def test_the_quoted_speakers_picture_follows_the_quotes_and_entities_tables(tmp_path: Path, page: Page) -> None:
    quotes = pl.read_parquet(OUTPUT / "quotes.parquet")
    entities = pl.read_parquet(OUTPUT / "entities.parquet")
    top = (
        quotes.drop_nulls("speaker_entity_id")
        .group_by("speaker_entity_id")
        .len()
        .join(entities, left_on="speaker_entity_id", right_on="entity_id")
        .sort(["len", "canonical_name"], descending=[True, False])
    )
    assert "Most quoted speakers" in page.all_text
    assert f"{top['canonical_name'][0]}: {top['len'][0]} quotations" in page.all_text
    without = tmp_path / "without"
    shutil.copytree(OUTPUT, without)
    for name in ("quotes.parquet", "quotes.csv", "entities.parquet", "entities.csv"):
        (without / name).unlink()
    package = json.loads((OUTPUT / "datapackage.json").read_text("utf-8"))
    smaller = Page(render_catalog(without, dataset_facts(without), package))
    assert "Most quoted speakers" not in smaller.all_text
    assert "Articles per month, by publisher" in smaller.all_text
    assert "table-quotes" not in smaller.ids and "table-articles" in smaller.ids


def _local_targets(page_path: Path, html: str) -> list[Path]:
    return [
        (page_path.parent / unquote(href)).resolve()
        for href, cls in Page(html).links
        if cls == "download" and not href.startswith("#")
    ]


def test_the_page_in_chromium_has_its_tables_and_links_to_real_files() -> None:
    dom = chromium.dump_dom(PAGE)
    seen = Page(dom)
    assert {f"table-{table_name(m)}" for m in TABLES} <= seen.ids
    targets = _local_targets(PAGE, dom)
    existing = [t for t in targets if t.exists()]
    assert len(existing) >= 2 * len(TABLES), targets  # every Parquet and CSV link opens a file
    assert (OUTPUT / "articles.parquet").resolve() in existing
    shot = chromium.screenshot(PAGE, ARTIFACTS / "catalog.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_the_release_page_links_to_its_zip_and_database_and_output_links_to_the_latest(tmp_path: Path) -> None:
    output = tmp_path / "output"
    shutil.copytree(OUTPUT, output)
    result = make_release(output, str(tmp_path / "releases"), LATER_DATE)
    release_page = tmp_path / "releases" / result.version / CATALOG_PAGE
    dom = chromium.dump_dom(release_page)
    targets = _local_targets(release_page, dom)
    for name in (ZIP_NAME, DATABASE_NAME, "articles.parquet", "articles.csv"):
        assert (release_page.parent / name).resolve() in targets and (release_page.parent / name).exists()
    assert result.version in Page(dom).all_text
    latest_zip = (output / LATEST_ZIP_FROM_OUTPUT).resolve()  # the stable link of the page in output/
    assert latest_zip.exists() and latest_zip.read_bytes() == (release_page.parent / ZIP_NAME).read_bytes()
    chromium.screenshot(release_page, ARTIFACTS / "release-catalog.png")
