"""Publishing a built dataset to an fsspec URL (s3://, gs://, az://, memory://, …).

Object stores cannot rename a folder atomically, so the order of writes carries the guarantee
instead: data files first, then datapackage.json, then SHA256SUMS last, then the files of an older
dataset that the new one no longer has are removed. A reader who checks SHA256SUMS (as the dataset
card says to) never takes a half-uploaded dataset for a complete one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import fsspec

_LAST = ("datapackage.json", "SHA256SUMS")


def mirror_folder(url: str, cache_dir: Path) -> Path:
    """The local folder a remote dataset is built in first (atomically, and skipped when unchanged)."""
    return cache_dir / "mirrors" / hashlib.sha256(url.encode()).hexdigest()[:16] / "output"


def is_remote(output: str) -> bool:
    return "://" in output and not output.startswith("file://")


def local_path(output: str) -> Path:
    return Path(output.removeprefix("file://"))


def upload(folder: Path, url: str) -> None:
    fs, root = fsspec.core.url_to_fs(url)
    fs.makedirs(root, exist_ok=True)
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    for name in [n for n in names if n not in _LAST] + [n for n in _LAST if n in names]:
        fs.put_file(str(folder / name), f"{root}/{name}")
    for stale in sorted(set(remote_file_names(fs, root)) - set(names)):
        fs.rm_file(f"{root}/{stale}")


def remote_matches(folder: Path, url: str) -> bool:
    """The URL holds the same files as the local folder, and the same SHA256SUMS (which an upload writes last)."""
    fs, root = fsspec.core.url_to_fs(url)
    local = folder / "SHA256SUMS"
    try:
        if sorted(remote_file_names(fs, root)) != sorted(p.name for p in folder.iterdir() if p.is_file()):
            return False
        return local.exists() and fs.cat_file(f"{root}/SHA256SUMS") == local.read_bytes()
    except FileNotFoundError:
        return False


def remote_file_names(fs: fsspec.AbstractFileSystem, root: str) -> list[str]:
    return [
        entry["name"].rstrip("/").rsplit("/", 1)[-1] for entry in fs.ls(root, detail=True) if entry["type"] == "file"
    ]
