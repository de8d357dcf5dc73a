"""CPU time of each stage of `extract_facts` on the benchmark corpus (see `benchmark` for the command).

The stages run in the order `extract_facts` runs them, on the same article one after the other, so that
what one stage leaves cached for the next (the article's folded text) counts where it does in production;
each pass starts with the extractors' bounded caches empty, as a pipeline run does.
Times are `time.process_time_ns` (CPU time of this process), per article; the whole `extract_facts` is
timed in passes of its own.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flows.extract.amounts import find_amounts
from flows.extract.benchmark_corpus import (
    compare_snapshot,
    load_corpus,
    load_snapshot_articles,
    save_snapshot,
    snapshot,
)
from flows.extract.facts import _mention_row, extract_facts, observe_entities, resolve_overlaps
from flows.extract.organizations import find_organizations
from flows.extract.people import analyse_people
from flows.extract.places import find_places
from flows.extract.quotes import find_quotes
from flows.extract.topics import score_topics
from flows.extract.types import ArticleText

# name -> what the stage does with (article, results of the stages before it); it returns its result.
Stage = Callable[[ArticleText, dict[str, Any]], Any]
STAGES: dict[str, Stage] = {
    "people": lambda article, _: analyse_people(article.text),
    "organizations": lambda article, _: find_organizations(article.text),
    "places": lambda article, _: find_places(article.text),
    "overlaps": lambda _, done: resolve_overlaps([*done["people"].spans, *done["organizations"], *done["places"]]),
    "quotes": lambda article, done: find_quotes(
        article, done["people"], [span for span in done["overlaps"] if span.entity_type == "organization"]
    ),
    "topics": lambda article, _: score_topics(article),
    "amounts": lambda article, _: find_amounts(article),
    "mentions+entities": lambda article, done: (
        [_mention_row(article, span) for span in done["overlaps"]],
        observe_entities(article.text, done["overlaps"]),
    ),
}


def time_corpus(folder: Path | None, repeat: int, save: Path | None, compare: Path | None) -> int:
    """Prints the timings (and the snapshot check); returns the exit code. Without a folder, the
    articles are those of the snapshot to compare with."""
    start = time.process_time()
    if folder is not None:
        articles = load_corpus(folder)
    elif compare is not None:
        articles = load_snapshot_articles(compare)
    else:
        raise ValueError("time_corpus needs a corpus folder or a snapshot to compare with")
    words = statistics.mean(len(a.text.split()) for a in articles)
    read = time.process_time() - start
    print(f"{folder or compare}: {len(articles)} articles, {words:.0f} words on average, read in {read:.1f} s")
    start = time.process_time()
    for article in articles[:20]:
        snapshot(article)  # gazetteers and name lists load on first use (a crash is reported, not raised)
    print(f"start-up and first 20 articles: {time.process_time() - start:.2f} s")
    status = 0
    if save is not None:
        save_snapshot(articles, save)
        print(f"saved every extracted row to {save}")
    if compare is not None:
        differences = compare_snapshot(articles, compare)
        print(*differences[:20], sep="\n")
        print(f"{len(differences)} of {len(articles)} articles differ from {compare}")
        status = 1 if differences else 0

    per_stage: dict[str, list[int]] = {name: [] for name in STAGES}
    whole: list[int] = []
    failed = 0
    for _ in range(repeat):
        _clear_token_caches()
        timed = []
        for article in articles:
            try:
                times = _time_stages(article)
            except Exception:  # a crash is the snapshot's business; timings skip the article
                failed += 1
                continue
            timed.append(article)
            for name, elapsed in times.items():
                per_stage[name].append(elapsed)
        _clear_token_caches()  # a pass of its own, so that no article finds its own names cached
        for article in timed:
            began = time.process_time_ns()
            extract_facts(article)
            whole.append(time.process_time_ns() - began)

    print(f"{'stage':18} {'median':>8} {'mean':>8}  ms/article, CPU, {repeat} pass(es), {failed} failed")
    for name, samples in per_stage.items():
        _report(name, samples)
    _report("sum of stages", [sum(s) for s in zip(*per_stage.values(), strict=True)])
    _report("extract_facts", whole)
    return status


def _clear_token_caches() -> None:
    """Empty the bounded caches of the extractors (folds of names and words, entity ids): the pipeline
    reads each article once, so a pass must not find the names of the same articles' previous pass.
    Unbounded caches (`functools.cache`) hold the gazetteers and word lists, built once per process."""
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("flows.extract."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def _time_stages(article: ArticleText) -> dict[str, int]:
    done: dict[str, Any] = {}
    times = {}
    for name, stage in STAGES.items():
        began = time.process_time_ns()
        done[name] = stage(article, done)
        times[name] = time.process_time_ns() - began
    return times


def _report(name: str, samples: list[int]) -> None:
    print(f"{name:18} {statistics.median(samples) / 1e6:8.3f} {statistics.mean(samples) / 1e6:8.3f}")
