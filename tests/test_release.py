"""`newstables release`: versions, contents, changelog, schema rules, immutability and all-or-nothing publication."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import fsspec
import polars as pl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import flows.release
from flows.cli import EXIT_NO_MEMORY, EXIT_NO_SPACE, app
from flows.recheck import recheck
from flows.release import ReleaseRefused, make_release
from flows.release_layout import (
    CHANGELOG_JSON,
    CHANGELOG_MD,
    CONTRACT,
    DATABASE_NAME,
    LATEST,
    MANIFEST,
    ZIP_NAME,
)
from flows.release_store import VERSION_PATTERN, ReleaseStore
from schemas import TABLES, table_name
from tests.conftest import OUTPUT
from tests.release_helpers import EARLIER_DATE, EARLIER_TITLE, LATER_DATE, earlier_dataset, two_releases

DATASET_FILES = sorted(p.name for p in OUTPUT.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, flows.release.ReleaseResult]:
    tmp = tmp_path_factory.mktemp("releases")
    _, second = two_releases(tmp, str(tmp / "releases"))
    return tmp / "releases", second


def test_the_version_says_when_and_what(releases: tuple[Path, flows.release.ReleaseResult]) -> None:
    _, second = releases
    match = VERSION_PATTERN.match(second.version)
    assert match, second.version
    assert match.group(1) == "1" and "-".join(match.group(2, 3, 4)) == LATER_DATE.isoformat()
    assert match.group(5) == flows.release.content_digest(OUTPUT)[:12]


def test_a_release_holds_the_dataset_a_zip_a_database_and_its_changelog(
    releases: tuple[Path, flows.release.ReleaseResult],
) -> None:
    destination, second = releases
    folder = destination / second.version
    extras = {ZIP_NAME, DATABASE_NAME, CHANGELOG_MD, CHANGELOG_JSON, CONTRACT, MANIFEST}
    assert sorted(p.name for p in folder.iterdir()) == sorted({*DATASET_FILES, *extras})
    assert recheck(folder) == []  # its SHA256SUMS covers every file, the tables are valid
    for name in DATASET_FILES:
        if name not in ("index.html", "SHA256SUMS"):  # the release has its own page and checksums
            assert (folder / name).read_bytes() == (OUTPUT / name).read_bytes(), name
    with zipfile.ZipFile(folder / ZIP_NAME) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [f"newstables-{second.version}/{n}" for n in DATASET_FILES]
        for info in infos:
            assert info.date_time == (2026, 11, 22, 0, 0, 0)
            name = info.filename.rsplit("/", 1)[1]
            assert archive.read(info) == (OUTPUT / name).read_bytes()
            stored = name.endswith(".parquet")  # compressed already: stored, and readable in place
            assert info.compress_type == (zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED), name
        with archive.open(f"newstables-{second.version}/mentions.parquet") as member:
            assert pq.read_table(member).equals(pq.read_table(OUTPUT / "mentions.parquet"))
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    assert manifest["previous"] is not None and manifest["date"] == LATER_DATE.isoformat()
    assert manifest["files"][ZIP_NAME]["bytes"] == (folder / ZIP_NAME).stat().st_size
    latest = destination / LATEST
    assert sorted(p.name for p in latest.iterdir()) == sorted(p.name for p in folder.iterdir())
    assert (latest / MANIFEST).read_bytes() == (folder / MANIFEST).read_bytes()


def test_the_changelog_counts_rows_added_removed_and_changed_per_table(
    releases: tuple[Path, flows.release.ReleaseResult],
) -> None:
    destination, second = releases
    log = json.loads((destination / second.version / CHANGELOG_JSON).read_text("utf-8"))
    assert log == second.changelog
    articles = pl.read_parquet(OUTPUT / "articles.parquet").sort("article_id")
    dropped, retitled = articles["article_id"][-1], articles["article_id"][0]
    assert log["tables"]["articles"]["added"] == 1
    assert log["tables"]["articles"]["removed"] == 0
    assert log["tables"]["articles"]["changed"] == 1
    assert log["tables"]["articles"]["example_keys"] == {"added": [dropped], "removed": [], "changed": [retitled]}
    for model in TABLES:
        name = table_name(model)
        frame = pl.read_parquet(OUTPUT / f"{name}.parquet")
        expected_added = frame.filter(pl.col("article_id") == dropped).height if "article_id" in frame.columns else 0
        entry = log["tables"][name]
        assert entry["added"] == expected_added, name
        assert entry["rows_after"] == frame.height and entry["rows_before"] == frame.height - expected_added
        if name != "articles":
            assert entry["changed"] == 0 and entry["removed"] == 0, name
    assert log["breaking"] == [] and all(not t["schema_changes"] for t in log["tables"].values())
    markdown = (destination / second.version / CHANGELOG_MD).read_text("utf-8")
    assert f"compared with {log['previous']['version']}" in markdown
    assert "| `articles` | changed | 1 | 2 | 1 | 0 | 1 |" in markdown
    assert "No schema changes." in markdown


def test_the_earlier_release_changelog_says_it_is_the_first(
    releases: tuple[Path, flows.release.ReleaseResult],
) -> None:
    destination, second = releases
    first = second.changelog["previous"]["version"]  # type: ignore[index]
    log = json.loads((destination / first / CHANGELOG_JSON).read_text("utf-8"))
    assert log["previous"] is None
    assert all(t["status"] == "new" and t["removed"] == 0 for t in log["tables"].values())
    titles = pl.read_parquet(destination / first / "articles.parquet")["title"].to_list()
    assert EARLIER_TITLE in titles


def test_same_dataset_and_date_give_the_same_zip_and_a_release_is_never_made_twice(tmp_path: Path) -> None:
    a = make_release(OUTPUT, str(tmp_path / "a"), LATER_DATE)
    b = make_release(OUTPUT, str(tmp_path / "b"), LATER_DATE)
    assert a.version == b.version and a.status == b.status == "created"
    zip_a = (tmp_path / "a" / a.version / ZIP_NAME).read_bytes()
    assert zip_a == (tmp_path / "b" / b.version / ZIP_NAME).read_bytes()
    again = make_release(OUTPUT, str(tmp_path / "a"), LATER_DATE)
    assert again.status == "exists"
    later = make_release(OUTPUT, str(tmp_path / "a"), LATER_DATE + dt.timedelta(days=3))
    assert later.status == "unchanged" and later.version == a.version
    assert (tmp_path / "a" / a.version / ZIP_NAME).read_bytes() == zip_a
    assert [p.name for p in (tmp_path / "a").iterdir() if VERSION_PATTERN.match(p.name)] == [a.version]


def _with_old_contract(destination: Path, version: str, edit: object) -> None:
    """Rewrite a release's contract as an older schema would have written it."""
    path = destination / version / CONTRACT
    contract = json.loads(path.read_text("utf-8"))
    edit(contract)  # type: ignore[operator]
    path.write_text(json.dumps(contract), "utf-8")


def _old_column(contract: dict) -> None:
    contract["tables"]["articles"]["columns"].append(
        {"name": "section", "type": "string", "nullable": True, "unique": False, "constraints": {}}
    )


def test_a_breaking_schema_change_is_refused_unless_the_major_version_moves(tmp_path: Path) -> None:
    destination = tmp_path / "releases"
    first = make_release(earlier_dataset(tmp_path / "earlier"), str(destination), EARLIER_DATE)
    _with_old_contract(destination, first.version, _old_column)
    with pytest.raises(ReleaseRefused) as refused:
        make_release(OUTPUT, str(destination), LATER_DATE)
    message = str(refused.value)
    assert "articles.section: column removed (or renamed)" in message
    assert "raise SCHEMA_MAJOR in schemas/compatibility.py to 2" in message
    assert [p.name for p in destination.iterdir() if VERSION_PATTERN.match(p.name)] == [first.version]
    second = make_release(OUTPUT, str(destination), LATER_DATE, major=2)
    assert second.status == "created" and second.version.startswith("v2.2026.11.22-")
    assert second.changelog["breaking"] == ["articles.section: column removed (or renamed)"]  # type: ignore[index]
    markdown = (destination / second.version / CHANGELOG_MD).read_text("utf-8")
    assert "- **breaking**: `articles.section`: column removed (or renamed)" in markdown
    with pytest.raises(ReleaseRefused, match="went back from 2 to 1"):
        make_release(earlier_dataset(tmp_path / "again"), str(destination), LATER_DATE)


def test_an_additive_change_is_released_within_the_major_version(tmp_path: Path) -> None:
    destination = tmp_path / "releases"
    first = make_release(earlier_dataset(tmp_path / "earlier"), str(destination), EARLIER_DATE)
    newest = table_name(TABLES[-1])

    def without_a_table_and_a_column(contract: dict) -> None:
        del contract["tables"][newest]
        contract["tables"]["articles"]["columns"] = [
            c for c in contract["tables"]["articles"]["columns"] if c["name"] != "subtitle"
        ]

    _with_old_contract(destination, first.version, without_a_table_and_a_column)
    second = make_release(OUTPUT, str(destination), LATER_DATE)
    assert second.status == "created"
    tables = second.changelog["tables"]  # type: ignore[index]
    assert tables[newest]["status"] == "new"
    assert {"column": "subtitle", "change": "new column (string, nullable)", "breaking": False} in tables["articles"][
        "schema_changes"
    ]


def test_an_invalid_dataset_is_not_released(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for name in DATASET_FILES:
        (damaged / name).write_bytes((OUTPUT / name).read_bytes())
    (damaged / "articles.csv").write_text("article_id\r\n", "utf-8")
    with pytest.raises(ReleaseRefused, match="is not a valid dataset"):
        make_release(damaged, str(tmp_path / "releases"), LATER_DATE)
    assert not (tmp_path / "releases").exists() or not any((tmp_path / "releases").iterdir())


def test_an_interrupted_release_leaves_nothing_in_a_local_destination(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "releases"

    def crash(folder: Path, target: Path, memory_limit: int | None = None) -> dict[str, int]:
        target.write_bytes(b"half a database")
        raise KeyboardInterrupt  # as when the user presses Ctrl-C

    monkeypatch.setattr(flows.release, "write_database", crash)
    with pytest.raises(KeyboardInterrupt):
        make_release(OUTPUT, str(destination), LATER_DATE)
    assert list(destination.iterdir()) == []
    # A release killed outright leaves a hidden partial folder: never a release, and cleared by the next run.
    (destination / ".partial-v1.2026.11.22-000000000000-x").mkdir()
    monkeypatch.undo()
    assert ReleaseStore(str(destination)).releases() == []
    done = make_release(OUTPUT, str(destination), LATER_DATE)
    assert sorted(p.name for p in destination.iterdir()) == sorted([done.version, LATEST])


def test_releases_go_to_fsspec_urls_and_a_failed_upload_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = fsspec.filesystem("memory")
    url = "memory://newstables-test-releases"
    if memory.exists("/newstables-test-releases"):
        memory.rm("/newstables-test-releases", recursive=True)
    store = ReleaseStore(url)
    original = type(store.fs).put_file
    uploads: list[str] = []

    def flaky(self: object, lpath: str, rpath: str, **kwargs: object) -> None:
        uploads.append(rpath)
        if len(uploads) == 5:
            raise ConnectionError("the network went away")
        original(self, lpath, rpath, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(store.fs), "put_file", flaky)
    with pytest.raises(ConnectionError):
        make_release(OUTPUT, url, LATER_DATE)
    assert not memory.exists("/newstables-test-releases/" + Path(uploads[0]).parent.name)
    monkeypatch.undo()
    # An upload killed before its manifest is not a release, and the next run replaces it.
    version = Path(uploads[0]).parent.name
    memory.pipe(f"/newstables-test-releases/{version}/articles.csv", b"half")
    assert store.releases() == []
    done = make_release(OUTPUT, url, LATER_DATE)
    assert done.version == version and [m["version"] for m in store.releases()] == [version]
    with memory.open(f"/newstables-test-releases/{LATEST}/{MANIFEST}", "rb") as fh:
        assert json.loads(fh.read())["version"] == version
    assert memory.cat(f"/newstables-test-releases/{version}/articles.csv") == (OUTPUT / "articles.csv").read_bytes()
    memory.rm("/newstables-test-releases", recursive=True)


def test_the_release_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    destination = f"file://{tmp_path / 'releases'}"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 11, 22, 15, tzinfo=dt.UTC).timestamp())))
    made = runner.invoke(app, ["release", "--output", str(OUTPUT), "--to", destination])
    assert made.exit_code == 0, made.output
    assert "released v1.2026.11.22-" in made.output and "(the first release)" in made.output
    again = runner.invoke(app, ["release", "--output", str(OUTPUT), "--to", destination, "--date", "2026-11-22"])
    assert again.exit_code == 0 and "is released already" in again.output
    bad = runner.invoke(app, ["release", "--output", str(OUTPUT), "--to", destination, "--date", "22/11/2026"])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["release", "--output", str(tmp_path / "nothing"), "--to", destination])
    assert missing.exit_code == 1 and "build the dataset first" in missing.output


def test_a_database_that_outgrows_its_memory_is_told_and_nothing_is_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSTABLES_DATABASE_MEMORY", "1MB")  # too little for DuckDB to build even the seeds'
    destination = tmp_path / "releases"
    result = CliRunner().invoke(app, ["release", "--output", str(OUTPUT), "--to", str(destination)])
    assert result.exit_code == EXIT_NO_MEMORY, result.output
    assert "DuckDB needed more than its 1,000,000 bytes to build the release database (Out of Memory Error" in (
        result.output
    )
    assert "NEWSTABLES_DATABASE_MEMORY" in result.output
    assert not destination.exists() or list(destination.iterdir()) == []
    monkeypatch.setenv("NEWSTABLES_DATABASE_MEMORY", "64MB")
    assert CliRunner().invoke(app, ["release", "--output", str(OUTPUT), "--to", str(destination)]).exit_code == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full: Linux")
def test_a_release_that_fills_the_disk_exits_6_and_releases_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def zip_to_a_full_disk(folder: Path, target: Path, version: str, date: dt.date) -> None:
        target.write_bytes(b"PK")
        with open("/dev/full", "wb", buffering=0) as device:  # every write: ENOSPC, as on a full disk
            device.write(b"zip")

    monkeypatch.setattr(flows.release, "write_zip", zip_to_a_full_disk)
    destination = tmp_path / "releases"
    result = CliRunner().invoke(app, ["release", "--output", str(OUTPUT), "--to", str(destination)])
    assert result.exit_code == EXIT_NO_SPACE, result.output
    assert "the disk ran out of space while the release was written" in result.output
    assert "No space left on device" in result.output and "nothing was released" in result.output
    assert not destination.exists() or list(destination.iterdir()) == []
