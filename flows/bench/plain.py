"""The benchmark's baseline: the same build with a plain process pool instead of Prefect.

    python -m flows.bench.plain --seeds DIR --output DIR [--cache-dir DIR] [--batch-size N]

It runs `flows.build.run_build`, the very composition the Prefect flow runs, with tasks submitted to a
`concurrent.futures.ProcessPoolExecutor`; given an empty cache folder, as the flow's full build is, the
difference in wall time between the flow and this is what Prefect costs.
"""

from __future__ import annotations

import argparse
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from flows.build import run_build
from flows.discover import SourceFile
from flows.process import ProcessOptions, process_batch
from flows.publish import publish_dataset
from flows.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: no cache")
    parser.add_argument("--batch-size", type=int, default=None, help="default: chosen as the flow chooses it")
    args = parser.parse_args()
    settings = Settings(
        seeds_dir=args.seeds, output_dir=args.output, batch_size=args.batch_size, cache_dir=args.cache_dir
    )
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:

        def submit(batch: list[SourceFile], options: ProcessOptions, number: int):  # type: ignore[no-untyped-def]
            return pool.submit(process_batch, batch, options)

        summary = run_build(settings, submit=submit, publish=publish_dataset, after_batches=pool.shutdown)
    print(f"{summary.files_seen} files, {summary.rows['articles']} articles in {summary.wall_seconds:.2f} s")


if __name__ == "__main__":
    main()
