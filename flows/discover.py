"""A safe walk of the input folder: every regular file below it, in a stable order.

Hidden files and folders (names starting with '.') are skipped, as version control and editors keep
their own files there; symbolic links and other special files are reported, never followed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path  # absolute
    source_path: str  # relative to the input folder, '/' separators
    size: int
    is_regular: bool  # False for links, sockets, devices: they become rejects


def discover(root: Path) -> list[SourceFile]:
    if not root.is_dir():
        raise NotADirectoryError(f"the input folder {root} does not exist or is not a folder")
    return sorted(_walk(root.resolve(), ""), key=lambda f: f.source_path)


def _walk(folder: Path, prefix: str) -> Iterator[SourceFile]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = f"{prefix}{entry.name}"
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                yield from _walk(Path(entry.path), f"{relative}/")
            else:
                yield SourceFile(Path(entry.path), relative, info.st_size, stat.S_ISREG(info.st_mode))
