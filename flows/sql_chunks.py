"""Keys bound to `IN (?, …)` statements a chunk at a time, within SQLite's limit on bound parameters."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

SQL_VARIABLES = 500  # bound parameters per statement, well under SQLite's limit


def in_chunks(keys: Sequence[str]) -> Iterator[tuple[Sequence[str], str]]:
    """Each chunk of `keys` with its placeholders, "?,?,…", for an `IN (…)` clause."""
    for i in range(0, len(keys), SQL_VARIABLES):
        chunk = keys[i : i + SQL_VARIABLES]
        yield chunk, ",".join("?" * len(chunk))
