"""`newstables validate`: re-check a published dataset folder, file by file and table by table."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow
import pyarrow.csv
import pyarrow.parquet as pq

from flows.dataset_checks import UNREADABLE, check_tables
from flows.publish import sha256_file
from schemas import TABLES, table_name
from schemas.derive import arrow_schema, csv_columns

_CSV_BLOCK_BYTES = 8 << 20


def recheck(folder: Path) -> list[str]:
    """Readable problems; an empty list means the dataset is valid."""
    if not folder.is_dir():
        return [f"{folder} is not a folder"]
    problems: list[str] = []
    readable = []  # tables whose Parquet file has the model's columns and types: their rows can be checked
    for model in TABLES:
        name = table_name(model)
        parquet_path, csv_path = folder / f"{name}.parquet", folder / f"{name}.csv"
        missing = [p.name for p in (parquet_path, csv_path) if not p.exists()]
        if missing:
            problems.append(f"{name}: missing {', '.join(missing)}")
            continue
        expected = arrow_schema(model)
        try:
            parquet = pq.ParquetFile(parquet_path)
        except UNREADABLE as exc:
            problems.append(f"{name}.parquet: not a readable Parquet file: {exc}")
            problems.extend(_csv_problems(name, csv_path, csv_columns(model), None))
            continue
        actual = parquet.schema_arrow
        if actual.equals(expected, check_metadata=False):
            readable.append(model)
        else:
            problems.append(f"{name}.parquet: schema differs from the model: {actual} != {expected}")
        for field in expected:
            got = actual.field(field.name).metadata if field.name in actual.names else None
            if got != field.metadata:
                problems.append(f"{name}.parquet: column {field.name} lacks its description in the field metadata")
        problems.extend(_csv_problems(name, csv_path, csv_columns(model), parquet.metadata.num_rows))
    problems.extend(f"{p.table}: {p.check}: {p.detail}" for p in check_tables(folder, readable))
    problems.extend(_checksum_problems(folder))
    return problems


def _csv_problems(name: str, path: Path, columns: list[str], parquet_rows: int | None) -> list[str]:
    """`parquet_rows`: None when the Parquet file cannot say (the CSV is then checked on its own)."""
    problems = []
    invalid_at = _first_invalid_utf8(path)
    if invalid_at is not None:
        problems.append(f"{name}.csv: not UTF-8 text, as the data package declares: an invalid byte at {invalid_at}")
    # Replaced, not raised: an invalid byte is reported above, and the header and rows can still be counted.
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        header = next(csv.reader(fh), [])
    if header != columns:
        problems.append(f"{name}.csv: header {header} is not the schema's columns {columns}")
    rows = _csv_rows(path, header[0]) if header else 0
    if parquet_rows is not None and rows != parquet_rows:
        problems.append(f"{name}.csv: {rows} rows, but {name}.parquet has {parquet_rows}")
    return problems


def _first_invalid_utf8(path: Path) -> int | None:
    """The offset of the first byte of `path` that is not UTF-8, or None when it all decodes."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0  # of the block read next
    with path.open("rb") as fh:
        while True:
            block = fh.read(_CSV_BLOCK_BYTES)
            held = len(decoder.getstate()[0])  # a character cut by the last block boundary, decoded with this one
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                return offset - held + exc.start
            if not block:
                return None
            offset += len(block)


def _csv_rows(path: Path, first_column: str) -> int:
    """Records after the header, counted by Arrow's streaming reader (quoted line breaks are values); by
    Python's csv module, ten times slower, when a value is longer than Arrow's blocks (a body above
    8 MiB, from a raised --max-file-bytes) or Arrow cannot parse the file."""
    try:
        reader = pyarrow.csv.open_csv(
            path,
            read_options=pyarrow.csv.ReadOptions(block_size=_CSV_BLOCK_BYTES),
            parse_options=pyarrow.csv.ParseOptions(newlines_in_values=True),
            convert_options=pyarrow.csv.ConvertOptions(
                include_columns=[first_column], column_types={first_column: pyarrow.string()}
            ),
        )
        return sum(batch.num_rows for batch in reader)
    except pyarrow.ArrowInvalid:
        with path.open(newline="", encoding="utf-8", errors="replace") as fh:
            return sum(1 for _ in csv.reader(fh)) - 1


def _checksum_problems(folder: Path) -> list[str]:
    digests: dict[Path, str] = {}  # both lists name every table file: each is read and hashed once

    def digest(path: Path) -> str:
        if path not in digests:
            digests[path] = sha256_file(path)
        return digests[path]

    return _package_problems(folder, digest) + _sums_problems(folder, digest)


def _package_problems(folder: Path, digest: Callable[[Path], str]) -> list[str]:
    package_path = folder / "datapackage.json"
    if not package_path.exists():
        return ["datapackage.json is missing"]
    try:
        package = json.loads(package_path.read_text("utf-8"))
        resources = package.get("resources", [])
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
        return [f"datapackage.json: not a JSON object in UTF-8: {exc}"]
    if not isinstance(resources, list):
        return ["datapackage.json: its resources are not a list"]
    problems = []
    for number, resource in enumerate(resources):
        name = resource.get("path") if isinstance(resource, dict) else None
        path = _inside(folder, name)
        if path is None:
            problems.append(f"datapackage.json: resource {number} has no path to a file in the folder: {name!r}")
        elif not path.is_file():
            problems.append(f"datapackage.json: resource {resource.get('name')} names a missing file {name}")
        elif resource.get("hash") != f"sha256:{digest(path)}" or resource.get("bytes") != path.stat().st_size:
            problems.append(f"datapackage.json: size or hash of {name} does not match the file")
    return problems


def _sums_problems(folder: Path, digest: Callable[[Path], str]) -> list[str]:
    sums_path = folder / "SHA256SUMS"
    if not sums_path.exists():
        return ["SHA256SUMS is missing"]
    problems = []
    for line in sums_path.read_text("utf-8", errors="replace").splitlines():
        expected, _, name = line.partition("  ")
        path = _inside(folder, name)
        if path is None or not path.is_file() or digest(path) != expected:
            problems.append(f"SHA256SUMS: {name} does not match its checksum")
    return problems


def _inside(folder: Path, name: object) -> Path | None:
    """`folder / name` when `name` is a relative path that stays inside `folder` (checksum lists are input too)."""
    if not isinstance(name, str) or not name:
        return None
    path = folder / name
    return path if path.resolve().is_relative_to(folder.resolve()) else None
