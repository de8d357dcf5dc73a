"""Which file is kept when several hold the same bytes, or decode to the same article.

The first file in path order is kept; every later copy becomes a reject naming it. The same
class serves inside a batch and across batches, so both decide alike.
"""

from __future__ import annotations


class Deduplicator:
    def __init__(self) -> None:
        self._by_sha256: dict[str, str] = {}
        self._by_article_id: dict[str, str] = {}

    def file_copy_of(self, source_sha256: str | None, source_path: str) -> str | None:
        """The kept file with these bytes, or None (and this file becomes the kept one)."""
        if source_sha256 is None:
            return None
        kept = self._by_sha256.setdefault(source_sha256, source_path)
        return None if kept == source_path else kept

    def article_copy_of(self, article_id: str, source_path: str) -> str | None:
        kept = self._by_article_id.setdefault(article_id, source_path)
        return None if kept == source_path else kept


def duplicate_file_detail(kept: str) -> str:
    return (
        f"Byte-identical to {kept!r}, the first copy in path order, which stands for both (as an article, or "
        "as a reject of its own). Remove this copy from the input folder."
    )


def duplicate_article_detail(kept: str) -> str:
    return (
        f"Decodes to the same article text as {kept!r}, the first copy in path order, which stands for both "
        "(the same article saved with another encoding, byte-order mark or line endings). Remove this copy."
    )
