"""Reading an input file's bytes with its SHA-256, under a size limit."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flows.discover import SourceFile
from flows.errors import Rejected

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class RawFile:
    source: SourceFile
    sha256: str | None  # None when the file could not be read at all
    data: bytes | None  # None when rejected before decoding (too large, unreadable, not regular)
    rejection: Rejected | None


def read_source(source: SourceFile, max_bytes: int) -> RawFile:
    if not source.is_regular:
        return RawFile(
            source,
            None,
            None,
            Rejected(
                "not-a-regular-file",
                f"{source.source_path} is a symbolic link or special file; links are not followed so a run never "
                "reads outside its input folder. Copy the real file into the folder instead.",
            ),
        )
    try:
        if source.size > max_bytes:
            return RawFile(
                source,
                _hash_file(source),
                None,
                Rejected(
                    "file-too-large",
                    f"{source.size:,} bytes is more than the limit of {max_bytes:,} bytes. News articles are far "
                    "smaller: split the file, or raise the limit with --max-file-bytes.",
                ),
            )
        with open(source.path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return RawFile(
            source,
            None,
            None,
            Rejected(
                "unreadable-file", f"{type(exc).__name__}: {exc.strerror or exc}. Check that the file is readable."
            ),
        )
    return RawFile(source, hashlib.sha256(data).hexdigest(), data, None)


def _hash_file(source: SourceFile) -> str:
    digest = hashlib.sha256()
    with open(source.path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
