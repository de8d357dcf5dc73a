"""A run's batches to their results, in input order: a task for each batch that must be processed, the cache
for each batch whose files stand on disk as they stood when it was last read."""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from flows.cache import BatchStamp, ResultCache
from flows.discover import SourceFile
from flows.process import BatchResult, ProcessOptions, known_batch, load_batch

# Batches the cache holds that may wait, unloaded, behind the tasks ahead of them (their files' lists only).
LOOKAHEAD = 64


class BatchFuture(Protocol):
    def result(self) -> BatchResult: ...


SubmitBatch = Callable[[list[SourceFile], ProcessOptions, int], BatchFuture]


@dataclass(frozen=True, slots=True)
class Stored:
    """A batch the cache answered in this process: no task to run, no result sent between processes."""

    batch: BatchResult

    def result(self) -> BatchResult:
        return self.batch


@dataclass(frozen=True, slots=True)
class _Known:
    sources: list[SourceFile]
    number: int
    stamp: BatchStamp


def in_input_order(
    batches: Iterable[list[SourceFile]],
    submit: SubmitBatch,
    options: ProcessOptions,
    cache: ResultCache | None,
    in_flight: int,
    stages: Counter[str],
) -> Iterator[BatchFuture]:
    """Each batch's future, in input order, with at most `in_flight` tasks submitted and not yet handed out.

    A batch the cache holds is loaded when its turn comes; the walk looks past such batches, up to
    `LOOKAHEAD` of them, to start the tasks of those that need work early: new files often come last (a new
    folder), and their tasks then run while the batches before them are collected."""
    pending: deque[BatchFuture | _Known] = deque()
    tasks = 0
    for number, sources in enumerate(batches):
        known = None
        if cache is not None:
            with _timed(stages):
                known = known_batch(cache, sources, options)
        if known is None:
            pending.append(submit(sources, options, number))
            tasks += 1
        else:
            pending.append(_Known(sources, number, known))
        while tasks >= in_flight or len(pending) > LOOKAHEAD:
            head = pending.popleft()
            tasks -= not isinstance(head, _Known)
            yield _future(head, submit, options, cache, stages)
    while pending:
        yield _future(pending.popleft(), submit, options, cache, stages)


def _future(
    head: BatchFuture | _Known,
    submit: SubmitBatch,
    options: ProcessOptions,
    cache: ResultCache | None,
    stages: Counter[str],
) -> BatchFuture:
    if not isinstance(head, _Known):
        return head
    assert cache is not None
    with _timed(stages):
        stored = load_batch(cache, head.stamp)
    # Pruned since it was found (by a run publishing elsewhere from the same cache): processed after all.
    return Stored(stored) if stored is not None else submit(head.sources, options, head.number)


@contextmanager
def _timed(stages: Counter[str]) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        stages["batches from cache, unread"] += time.perf_counter() - started
