"""The process that collects a build's batches never parses or extracts, so it must not pay for importing
the parsers and extractors (0.6 s on every run, one with nothing to do included)."""

from __future__ import annotations

import subprocess
import sys

WORKER_ONLY = ("flows.article", "flows.extract.facts", "flows.formats", "flows.extract.people")


def test_the_flow_imports_no_parser_or_extractor() -> None:
    code = f"import sys, flows.cli, flows.pipeline\nprint(','.join(m for m in {WORKER_ONLY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == ""
