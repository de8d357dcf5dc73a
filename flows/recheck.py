"""`newstables validate`: re-check a published dataset folder, file by file and table by table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow
import pyarrow.csv
import pyarrow.parquet as pq

from flows.dataset_checks import check_tables
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
        parquet = pq.ParquetFile(parquet_path)
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


def _csv_problems(name: str, path: Path, columns: list[str], parquet_rows: int) -> list[str]:
    with path.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh), [])
    problems = []
    if header != columns:
        problems.append(f"{name}.csv: header {header} is not the schema's columns {columns}")
    rows = _csv_rows(path, header[0]) if header else 0
    if rows != parquet_rows:
        problems.append(f"{name}.csv: {rows} rows, but {name}.parquet has {parquet_rows}")
    return problems


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
        with path.open(newline="", encoding="utf-8") as fh:
            return sum(1 for _ in csv.reader(fh)) - 1


def _checksum_problems(folder: Path) -> list[str]:
    problems = []
    package_path = folder / "datapackage.json"
    if not package_path.exists():
        return ["datapackage.json is missing"]
    package = json.loads(package_path.read_text("utf-8"))
    for resource in package.get("resources", []):
        path = folder / resource["path"]
        if not path.exists():
            problems.append(f"datapackage.json: resource {resource['name']} names a missing file {resource['path']}")
        elif resource.get("hash") != f"sha256:{sha256_file(path)}" or resource.get("bytes") != path.stat().st_size:
            problems.append(f"datapackage.json: size or hash of {resource['path']} does not match the file")
    sums_path = folder / "SHA256SUMS"
    if not sums_path.exists():
        return [*problems, "SHA256SUMS is missing"]
    for line in sums_path.read_text("utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if not (folder / name).exists() or sha256_file(folder / name) != digest:
            problems.append(f"SHA256SUMS: {name} does not match its checksum")
    return problems
