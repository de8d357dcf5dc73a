"""A worker's objects that live as long as it does are kept out of the garbage collector's passes.

Once the pipeline has loaded (the gazetteers, word lists, automata and patterns a first batch builds), a
worker holds about 195,000 objects it keeps for life. Each full collection walked them all, and a batch of
512 files makes enough new objects to start one or two: measured with gc.callbacks over 1,500 files of the
benchmark corpus in one process, collecting took 0.23 ms a file, 0.06 ms with them frozen (of about 4.4 ms a
file). `gc.freeze()` moves every object alive into a generation the collector never walks; they are still
freed by their reference counts, only exempt from cycle detection, so the cycles alive at that moment are
collected first.

Only in a worker process (one that multiprocessing started: a local worker, the benchmark's plain pool, a Dask
worker): the flow's own process runs a build's only batch itself, and freezing it would keep Prefect's
reference cycles (see BatchResult.release) alive for good, in every process that builds, tests included.
"""

from __future__ import annotations

import gc
import multiprocessing

_frozen = False


def freeze_long_lived_objects() -> None:
    """In a worker, once, after its warm-up or first batch; elsewhere nothing."""
    global _frozen
    if _frozen or multiprocessing.parent_process() is None:
        return
    _frozen = True
    gc.collect()
    gc.freeze()
