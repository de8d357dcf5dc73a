"""What an output folder may be. A run replaces its output folder whole (see `write.swap_into_place`; an
upload removes the files an older dataset had), so pointed at the wrong place it would delete what is
there: the input articles themselves, when the input folder is inside it, or a folder of someone's
files. These checks run before any file is read, with one for the cache, which must not sit in the input
folder either (its files were read back as binary-file rejects, new ones every run).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import fsspec

from flows.publish import PACKAGE_NAME
from flows.settings import Settings
from flows.upload import remote_file_names

_NAMES_SHOWN = 3


class OutputRefused(ValueError):
    """The output is a place newstables must not replace: a usage error."""


def check_places(settings: Settings) -> None:
    """Every check of where a run writes; raises OutputRefused."""
    check_output(settings.seeds_dir, settings.output_dir)
    check_cache(settings.seeds_dir, settings.cache_dir)
    if settings.output_url is not None:
        check_remote_output(settings.output_url)


def check_output(seeds: Path, target: Path) -> None:
    """Refuse an output folder that overlaps the input folder, or that holds something other than a
    dataset newstables published (a new or empty folder is fine)."""
    seeds, target = seeds.resolve(), target.resolve()
    if _walked(target, seeds):
        raise OutputRefused(
            f"the output folder {target} is inside the input folder {seeds}: its tables would be read as "
            "articles by the next run. Choose an output folder outside the input folder."
        )
    if seeds.is_relative_to(target):
        raise OutputRefused(
            f"the input folder {seeds} is inside the output folder {target}, which every run replaces whole: "
            "publishing would delete the input. Choose an output folder outside the input folder."
        )
    if target.exists() and not target.is_dir():
        raise OutputRefused(f"the output {target} is a file, not a folder. Choose a new or empty folder.")
    if target.is_dir() and not _is_dataset(lambda name: (target / name).read_bytes()):
        names = sorted(p.name for p in target.iterdir())
        if names:
            raise OutputRefused(_not_a_dataset(str(target), names))


def check_cache(seeds: Path, cache_dir: Path | None) -> None:
    if cache_dir is not None and _walked(cache_dir.resolve(), seeds.resolve()):
        raise OutputRefused(
            f"the cache folder {cache_dir.resolve()} is inside the input folder {seeds.resolve()}: its files would "
            "be read as articles. Choose a cache folder outside the input folder, or --no-cache."
        )


def check_remote_output(url: str) -> None:
    """Refuse a URL whose folder holds files but no dataset newstables published: an upload removes the
    files the new dataset does not have."""
    fs, root = fsspec.core.url_to_fs(url)
    try:
        names = sorted(remote_file_names(fs, root))
    except FileNotFoundError:
        return
    if names and not _is_dataset(lambda name: bytes(fs.cat_file(f"{root}/{name}"))):
        raise OutputRefused(_not_a_dataset(url, names))


def _walked(path: Path, seeds: Path) -> bool:
    """Whether a run reading `seeds` reads `path` (and what sits beside it, named after it): the walk
    skips hidden names, so `seeds/.cache` is never read."""
    return path.is_relative_to(seeds) and not any(part.startswith(".") for part in path.relative_to(seeds).parts)


def _is_dataset(read: Callable[[str], bytes]) -> bool:
    """Whether the folder's datapackage.json (`read(name)` gives a file of it) is one newstables wrote."""
    try:
        package = json.loads(read("datapackage.json"))
    except (OSError, ValueError):
        return False
    return isinstance(package, dict) and package.get("name") == PACKAGE_NAME


def _not_a_dataset(where: str, names: list[str]) -> str:
    shown = ", ".join(names[:_NAMES_SHOWN]) + (
        f" and {len(names) - _NAMES_SHOWN} more" if len(names) > _NAMES_SHOWN else ""
    )
    return (
        f"the output {where} holds files that are not a newstables dataset ({shown}). Every run replaces its "
        "output whole, so newstables writes only into a new or empty folder, or over a dataset it published. "
        "Choose another output."
    )
