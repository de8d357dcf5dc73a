"""The run's duplicate index on disk decides as the one in memory, whatever the batches."""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.dedupe import Deduplicator

# Few distinct hashes and ids, so that copies (of bytes, of articles, and of both) are frequent.
_file = st.tuples(st.sampled_from(["aa", "bb", "cc", "dd", None]), st.sampled_from(["x", "y", "z", None]))


@settings(max_examples=60, deadline=None)
@given(files=st.lists(_file, max_size=40), cuts=st.lists(st.integers(0, 40), max_size=6))
def test_on_disk_batch_by_batch_gives_the_verdicts_of_memory_at_once(
    files: list[tuple[str | None, str | None]], cuts: list[int]
) -> None:
    rows = [(f"in/{i:03d}.txt", sha, article_id) for i, (sha, article_id) in enumerate(files)]
    expected = Deduplicator().copies_of(rows)
    bounds = [0, *sorted(c for c in cuts if c < len(rows)), len(rows)]
    with tempfile.TemporaryDirectory() as folder:
        on_disk = Deduplicator.on_disk(Path(folder))
        verdicts = [v for start, end in pairwise(bounds) for v in on_disk.copies_of(rows[start:end])]
        on_disk.close()
    assert verdicts == expected


def test_a_copy_names_the_first_file_of_any_earlier_batch(tmp_path: Path) -> None:
    dedupe = Deduplicator.on_disk(tmp_path)
    assert dedupe.copies_of([("a.txt", "h1", "A"), ("b.txt", "h2", "B")]) == [None, None]
    assert dedupe.copies_of([("c.txt", "h1", "A"), ("d.txt", "h3", "B"), ("e.txt", "h4", "E")]) == [
        ("duplicate-file", "a.txt"),
        ("duplicate-article", "b.txt"),
        None,
    ]
    assert dedupe.copies_of([("f.txt", "h4", "E")]) == [("duplicate-file", "e.txt")]
    dedupe.close()
