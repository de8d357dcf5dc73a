"""Names of the files and folders a release is made of, shared by the release step and the catalog page."""

from __future__ import annotations

DEFAULT_DESTINATION = "releases"  # beside output/: the page in output/ links into it
ZIP_NAME = "newstables.zip"
DATABASE_NAME = "newstables.duckdb"
LATEST = "latest"  # a copy of the newest release, replaced by each release
CHANGELOG_MD = "CHANGELOG.md"
CHANGELOG_JSON = "changelog.json"
MANIFEST = "release.json"  # written last: a release folder without it is not a release
CONTRACT = "schema.json"
# The stable link from a dataset folder published as output/ to the newest release's zip.
LATEST_ZIP_FROM_OUTPUT = f"../{DEFAULT_DESTINATION}/{LATEST}/{ZIP_NAME}"
