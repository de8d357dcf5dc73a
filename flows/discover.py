"""A safe walk of the input folder: every regular file below it, in a stable order, streamed.

Hidden files and folders (names starting with '.') are skipped, as version control and editors keep
their own files there; symbolic links and other special files are reported, never followed.
The walk is a stream in tree order (names sorted within each folder), so a million files never
have to sit in memory at once.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # absolute: a string, as the walk finds it (a Path for each of a million files costs a second)
    source_path: str  # relative to the input folder, '/' separators
    size: int
    is_regular: bool  # False for links, sockets, devices: they become rejects
    # Size, inode, modification and change times in ns as the walk saw them ("" when not from a walk): as
    # make and rsync tell, the bytes did not change while these did not. Never in the data.
    stamp: str = ""
    changed_ns: int = 0  # the change time (ctime), which no tool can set back: see flows.process.batch_stamp_key


@dataclass(frozen=True, slots=True)
class Survey:
    files: int
    # Digest of every file's path, size, inode and modification times: equal digests mean, as far
    # as make or rsync would tell, that no file changed. Used only to skip a run, never in the data.
    state_digest: str


def iter_sources(root: Path) -> Iterator[SourceFile]:
    if not root.is_dir():
        raise NotADirectoryError(f"the input folder {root} does not exist or is not a folder")
    yield from _walk(str(root.resolve()), "")


def count_sources(root: Path) -> int:
    return sum(1 for _ in iter_sources(root))


def discover(root: Path) -> list[SourceFile]:
    return list(iter_sources(root))


def batches(root: Path, size: int) -> Iterator[list[SourceFile]]:
    """Batches of about `size` files in walk order, cut where the files' own paths say: after at least three
    quarters of `size` files, at a file whose path hashes to 0 modulo a quarter of it, or at five quarters of
    `size` whatever.

    Cut by count, one file added near the start would move every later cut, and every later batch would be
    new to the batch cache. Cut by content, a file added or removed changes the batch it falls in, and the
    others keep their files (the way rsync and backup tools cut files into chunks). The window is narrow
    because a worker's memory follows its longest batch, and a long run meets the longest a window allows
    (half to twice `size` before: 100,000 files in 512-file batches had batches of 1,024; now at most 640)."""
    shortest = max(1, 3 * size // 4)
    modulus = max(1, size // 4)
    longest = max(shortest, 5 * size // 4)
    batch: list[SourceFile] = []
    for source in iter_sources(root):
        batch.append(source)
        if len(batch) >= shortest and (len(batch) >= longest or _path_hash(source.source_path) % modulus == 0):
            yield batch
            batch = []
    if batch:
        yield batch


def _path_hash(path: str) -> int:
    return int.from_bytes(hashlib.blake2b(path.encode(), digest_size=8).digest(), "little")


def survey(root: Path) -> Survey:
    digest = hashlib.sha256()
    files = 0
    for source in iter_sources(root):
        files += 1
        digest.update(f"{source.source_path}\0{source.stamp}\n".encode())
    return Survey(files=files, state_digest=digest.hexdigest())


def _walk(folder: str, prefix: str) -> Iterator[SourceFile]:
    with os.scandir(folder) as scan:
        entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    for entry in entries:
        relative = f"{prefix}{_as_text(entry.name)}"
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(entry.path, f"{relative}/")
        else:
            stamp = f"{info.st_size}\0{info.st_ino}\0{info.st_mtime_ns}\0{info.st_ctime_ns}"
            regular = stat.S_ISREG(info.st_mode)
            yield SourceFile(entry.path, relative, info.st_size, regular, stamp, info.st_ctime_ns)


def _as_text(name: str) -> str:
    """A file name as UTF-8 text, which the tables hold: bytes of a name that are not UTF-8 (one from a
    Latin-1 archive, `café.txt` written as `caf\\xe9.txt`) become `\\xNN` escapes, as Python prints them."""
    try:
        name.encode()
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name
