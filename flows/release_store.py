"""Where releases live: a local folder or any fsspec URL (file://, memory://, s3://, ...).

A release is the folder `<destination>/<version>/`, and it exists only once complete:
- on a local file system it is built in a hidden `.partial-*` folder beside the releases and renamed into
  place in one step (a rename never overwrites a release, so releases are immutable);
- elsewhere (object stores cannot rename a folder atomically) the files are uploaded with the manifest
  `release.json` last, a folder without its manifest is not a release, and a failed upload is removed.
`latest/` is a copy of the newest release, replaced by each release (atomically on a local file system).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from flows.lock import output_lock
from flows.release_layout import LATEST, MANIFEST
from flows.write import swap_into_place

VERSION_PATTERN = re.compile(r"^v(\d+)\.(\d{4})\.(\d{2})\.(\d{2})-([0-9a-f]{12})$")
_PARTIAL = ".partial-"


class ReleaseExists(RuntimeError):
    pass


class ReleaseStore:
    def __init__(self, url: str) -> None:
        self.url = url
        self.fs, root = url_to_fs(url)
        self.root = root.rstrip("/")
        self.is_local = isinstance(self.fs, LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    @contextmanager
    def lock(self, wait_seconds: float = 0) -> Iterator[None]:
        """One release at a time into a local destination; object stores offer no lock to take."""
        if not self.is_local:
            yield
            return
        with output_lock(Path(self.root), wait_seconds):
            yield

    def releases(self) -> list[dict[str, Any]]:
        """The manifests of the complete releases, oldest first."""
        if not self.fs.isdir(self.root):
            return []
        manifests = []
        for entry in self.fs.ls(self.root, detail=False):
            name = entry.rstrip("/").rsplit("/", 1)[-1]
            if VERSION_PATTERN.match(name) and self.fs.exists(self.path(name, MANIFEST)):
                manifests.append(self.read_json(name, MANIFEST))
        return sorted(manifests, key=lambda m: (m["date"], m["version"]))

    def read_json(self, version: str, name: str) -> Any:
        with self.fs.open(self.path(version, name), "rb") as fh:
            return json.loads(fh.read().decode("utf-8"))

    def local_folder(self, version: str, names: list[str], scratch: Path) -> Path:
        """A local folder holding `names` of a release: the release itself when local, else a download."""
        if self.is_local:
            return Path(self.path(version))
        for name in names:
            if self.fs.exists(self.path(version, name)):
                self.fs.get_file(self.path(version, name), str(scratch / name))
        return scratch

    def remove_leftovers(self) -> None:
        """Hidden partial folders of local releases that were killed; call while holding the lock."""
        if self.is_local and os.path.isdir(self.root):
            for entry in os.scandir(self.root):
                if entry.name.startswith(_PARTIAL) and entry.is_dir():
                    shutil.rmtree(entry.path, ignore_errors=True)

    @contextmanager
    def staging(self, version: str) -> Iterator[Path]:
        """A fresh local folder to build the release in; removed when not committed."""
        if self.is_local:
            os.makedirs(self.root, exist_ok=True)
            folder = Path(tempfile.mkdtemp(prefix=f"{_PARTIAL}{version}-", dir=self.root))
        else:
            folder = Path(tempfile.mkdtemp(prefix=f"newstables-{version}-"))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def commit(self, staged: Path, version: str) -> None:
        """Make the staged folder the release `version`, all at once (see the module's docstring)."""
        target = self.path(version)
        if self.is_local:
            staged.chmod(0o755)  # mkdtemp made it private; a release is for everyone to read
            try:
                os.rename(staged, target)
            except OSError as exc:
                raise ReleaseExists(f"{target} exists already; releases are never overwritten") from exc
            return
        if self.fs.exists(target):
            self.fs.rm(target, recursive=True)  # an upload that died before its manifest: not a release
        try:
            for path in sorted(staged.iterdir()):
                if path.name != MANIFEST:
                    self.fs.put_file(str(path), self.path(version, path.name))
            self.fs.put_file(str(staged / MANIFEST), self.path(version, MANIFEST))
        except BaseException:
            if self.fs.exists(target):
                self.fs.rm(target, recursive=True)
            raise

    def update_latest(self, version: str) -> None:
        """Point `latest/` at the release `version` by making it a copy of it."""
        source, latest = self.path(version), self.path(LATEST)
        if self.is_local:
            partial = Path(tempfile.mkdtemp(prefix=f"{_PARTIAL}{LATEST}-", dir=self.root))
            partial.rmdir()
            # Hard links: a release's files never change, so the copy costs no space where links work.
            shutil.copytree(source, partial, copy_function=_link_or_copy)
            swap_into_place(partial, Path(latest))
            return
        names = {p.rsplit("/", 1)[-1] for p in self.fs.ls(source, detail=False)}
        if self.fs.exists(latest):
            for stale in self.fs.ls(latest, detail=False):
                if stale.rsplit("/", 1)[-1] not in names:
                    self.fs.rm(stale)
        for name in sorted(names):
            self.fs.copy(self.path(version, name), self.path(LATEST, name))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def newest(manifests: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The head of the chain of releases: the one no other release names as its previous."""
    named = {m["previous"] for m in manifests if m.get("previous")}
    heads = [m for m in manifests if m["version"] not in named]
    return max(heads, key=lambda m: (m["date"], m["version"])) if heads else None
