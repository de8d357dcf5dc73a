"""`newstables release`: pack a published dataset folder into an immutable, versioned release.

The version says when and what: `v<schema major>.<YYYY.MM.DD>-<content digest>`, for example
`v1.2026.11.22-3f9a0c1d2e4b`; the digest is the first 12 hex digits of the SHA-256 of the dataset's file
list with their SHA-256s, so a release's name changes exactly when its content does. A release folder holds
the dataset's files, a byte-reproducible zip of them, a DuckDB database, the changelog against the previous
release (JSON and markdown), the schema contract, its own catalog page, the manifest and SHA256SUMS.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.catalog import CATALOG_PAGE, ReleaseFiles, render_catalog
from flows.changelog import build_changelog, changelog_markdown
from flows.dataset_facts import FileInfo, dataset_facts, sha256_file
from flows.duckdb_export import write_database
from flows.lock import output_lock
from flows.publish import CHECKSUMS, write_checksums
from flows.recheck import recheck
from flows.release_layout import CHANGELOG_JSON, CHANGELOG_MD, CONTRACT, DATABASE_NAME, MANIFEST, ZIP_NAME
from flows.release_store import ReleaseStore, newest
from schemas import TABLES
from schemas.compatibility import SCHEMA_MAJOR, Contract, breaking_reasons, contract

DIGEST_CHARS = 12
_ZIP_FILE_MODE = 0o644 << 16  # rw-r--r--, so that unpacked files are the same on every machine
_UNIX = 3


class ReleaseRefused(RuntimeError):
    """The release was not made; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class ReleaseResult:
    status: str  # "created", "exists" (this very version is released already) or "unchanged"
    version: str
    location: str
    previous: str | None
    changelog: dict[str, Any] | None


def release_date(explicit: dt.date | None = None) -> dt.date:
    """The date a release is stamped with: the explicit one, else SOURCE_DATE_EPOCH (the reproducible-builds
    convention: seconds since 1970, UTC), else today in UTC. A release is an act in time; builds never read it."""
    if explicit is not None:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except ValueError as exc:
            raise ValueError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds") from exc
    return dt.datetime.now(tz=dt.UTC).date()


def content_digest(folder: Path) -> str:
    """SHA-256 over every file's name and SHA-256 (what `SHA256SUMS` lists), in name order."""
    lines = "".join(f"{sha256_file(p)}  {p.name}\n" for p in dataset_files(folder) if p.name != CHECKSUMS)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def dataset_files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")), key=lambda p: p.name)


def release_version(major: int, date: dt.date, digest: str) -> str:
    return f"v{major}.{date:%Y.%m.%d}-{digest[:DIGEST_CHARS]}"


def check_compatibility(old: Contract | None, new: Contract) -> None:
    """Refuse a schema change that breaks the previous release's contract without a new major version."""
    if old is None:
        return
    old_major, new_major = old["schema_major"], new["schema_major"]
    if new_major < old_major:
        raise ReleaseRefused(f"the schema major version went back from {old_major} to {new_major}")
    reasons = breaking_reasons(old, new)
    if reasons and new_major == old_major:
        listed = "\n".join(f"  - {r}" for r in reasons)
        raise ReleaseRefused(
            f"the schema has breaking changes since the previous release, and its major version is still "
            f"{new_major}:\n{listed}\nWithin a major version tables and columns are only added. Keep the old "
            f"columns, or raise SCHEMA_MAJOR in schemas/compatibility.py to {old_major + 1} to announce a "
            "breaking release."
        )


def write_zip(folder: Path, target: Path, version: str, date: dt.date) -> None:
    """Every file of the dataset under `newstables-<version>/`, in name order, stamped with the release date,
    so that the same dataset and date give the same bytes."""
    stamp = (date.year, date.month, date.day, 0, 0, 0)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in dataset_files(folder):
            info = zipfile.ZipInfo(f"newstables-{version}/{path.name}", date_time=stamp)
            # Parquet is compressed already (zstd): deflate won back 0.7 % of it, at the cost of a fifth of the
            # zip's time, and a stored entry can be read in place (seeking to its footer, then its columns).
            info.compress_type = zipfile.ZIP_STORED if path.suffix == ".parquet" else zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = _ZIP_FILE_MODE
            size = path.stat().st_size
            with path.open("rb") as src, archive.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)


def make_release(
    folder: Path,
    destination: str,
    date: dt.date,
    major: int = SCHEMA_MAJOR,
    wait_seconds: float = 0,
    database_memory: int | None = None,
) -> ReleaseResult:
    if not folder.is_dir():
        raise ReleaseRefused(f"{folder} is not a folder: build the dataset first (make dataset)")
    with output_lock(folder.resolve(), wait_seconds):  # no build swaps the dataset while it is packed
        problems = recheck(folder)
        if problems:
            listed = "\n".join(f"  - {p}" for p in problems[:20])
            raise ReleaseRefused(f"{folder} is not a valid dataset ({len(problems)} problems):\n{listed}")
        digest = content_digest(folder)
        version = release_version(major, date, digest)
        store = ReleaseStore(destination)
        with store.lock(wait_seconds):
            store.remove_leftovers()
            manifests = store.releases()
            if any(m["version"] == version for m in manifests):
                return ReleaseResult("exists", version, _location(destination, version), None, None)
            previous = newest(manifests)
            if previous and previous["content_sha256"] == digest:
                return ReleaseResult(
                    "unchanged", previous["version"], _location(destination, previous["version"]), None, None
                )
            if previous and date.isoformat() < previous["date"]:
                raise ReleaseRefused(f"the date {date} is before the previous release {previous['version']}")
            new_contract = contract(TABLES, major)
            old_contract = store.read_json(previous["version"], CONTRACT) if previous else None
            check_compatibility(old_contract, new_contract)
            with store.staging(version) as staged, tempfile.TemporaryDirectory() as scratch:
                old_folder = None
                if previous and old_contract:
                    names = [f"{t}.parquet" for t in old_contract["tables"]]
                    old_folder = store.local_folder(previous["version"], names, Path(scratch))
                log = build_changelog(version, date, previous, old_folder, folder, old_contract, new_contract)
                manifest = _assemble(
                    folder, staged, version, date, digest, previous, new_contract, log, database_memory=database_memory
                )
                store.commit(staged, version)
            store.update_latest(version)
    return ReleaseResult("created", version, _location(destination, version), manifest["previous"], log)


def _assemble(
    folder: Path,
    staged: Path,
    version: str,
    date: dt.date,
    digest: str,
    previous: dict[str, Any] | None,
    new_contract: Contract,
    log: dict[str, Any],
    database_memory: int | None = None,
) -> dict[str, Any]:
    """Write every file of the release into `staged`; the manifest."""
    for path in dataset_files(folder):
        shutil.copyfile(path, staged / path.name)
    write_zip(folder, staged / ZIP_NAME, version, date)
    write_database(folder, staged / DATABASE_NAME, database_memory)
    _write_json(staged / CHANGELOG_JSON, log)
    (staged / CHANGELOG_MD).write_text(changelog_markdown(log), "utf-8")
    _write_json(staged / CONTRACT, new_contract)
    package = json.loads((staged / "datapackage.json").read_text("utf-8"))
    files = ReleaseFiles(
        version=version,
        zip=FileInfo.of(staged / ZIP_NAME),
        database=FileInfo.of(staged / DATABASE_NAME),
        changelog=FileInfo.of(staged / CHANGELOG_MD),
    )
    facts = dataset_facts(staged)
    (staged / CATALOG_PAGE).write_text(render_catalog(staged, facts, package, files), "utf-8")
    manifest = {
        "name": package["name"],
        "version": version,
        "date": date.isoformat(),
        "schema_major": new_contract["schema_major"],
        "content_sha256": digest,
        "previous": previous["version"] if previous else None,
        "pipeline_version": package["version"],
        "rows": facts.rows,
        "files": {f.name: {"bytes": f.bytes, "sha256": f.sha256} for f in (files.zip, files.database, files.changelog)},
    }
    _write_json(staged / MANIFEST, manifest)
    write_checksums(staged)
    return manifest


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def _location(destination: str, version: str) -> str:
    """Where a release is, said the way the destination was given."""
    return f"{destination.rstrip('/')}/{version}"
