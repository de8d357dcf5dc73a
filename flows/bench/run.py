"""`newstables bench --articles N`: throughput, memory and Prefect's share, on a synthetic corpus.

Every measured build is a separate process (`python -m flows build`, as an operator runs it) against one
Prefect server started for the benchmark, so a run pays what a scheduled run pays, not the start of a
temporary server. For each of `runs` rounds:

1. a full build, cold cache, and the baseline: the same full build, cold cache, without Prefect
   (`flows.bench.plain`, a plain process pool), one right after the other, the baseline first in every
   other round, so that the machine's drift over a round does not land on one of them;
2. the same build again, nothing changed (the run is skipped);
3. 1 % new files added, then a build (the others come from the cache);
4. those files removed again, then a build (every file from the cache, all tables rewritten).

Peak RSS is sampled every 0.1 s over the build's whole process tree (driver and workers; the Prefect
server, shared infrastructure, is not counted). The peer, spaCy's small English model doing NER alone,
runs on the same article bodies, in one process and in one per core (spaCy's own n_process).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from flows.bench.corpus import CorpusStats, write_corpus
from flows.bench.peer import PeerUnavailable, article_bodies, spacy_ner_rate
from flows.prefect_server import local_server

_SAMPLE_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class Measure:
    seconds: float
    peak_rss_mb: float
    summary: dict[str, Any]


def measure(command: list[str], env: dict[str, str], summary_path: Path | None = None) -> Measure:
    """Wall time and peak RSS (whole process tree) of a command, which must succeed."""
    # The builds before this one left gigabytes of written pages for the kernel to flush; flushed during this
    # build, they would cost it their I/O and CPU time. Each build starts with nothing left to write.
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(_rss(p) for p in tree))
            except psutil.NoSuchProcess:
                pass
            time.sleep(_SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stdout}\n{stderr[-3000:]}")
    summary = json.loads(summary_path.read_text("utf-8")) if summary_path and summary_path.exists() else {}
    return Measure(seconds=seconds, peak_rss_mb=peak / 2**20, summary=summary)


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.NoSuchProcess:
        return 0


def corpus_for(workdir: Path, articles: int, seed: int) -> tuple[Path, CorpusStats]:
    """The corpus of `articles` files, written once and reused by later benchmarks of the same generator: its
    folder is named after the generator's source, so a corpus written before a change is never taken for one."""
    folder = workdir / f"corpus-{articles}-{seed}-{generator_digest()}"
    marker = folder / ".stats.json"  # hidden: the pipeline skips it
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        stats = write_corpus(folder, articles, seed=seed, workers=os.cpu_count() or 1)
        marker.write_text(json.dumps(stats.as_dict()), "utf-8")
    data = json.loads(marker.read_text("utf-8"))
    stats = CorpusStats(files=data["files"], bytes=data["bytes"], articles=data["articles"])
    return folder, stats


def generator_digest() -> str:
    """Of the benchmark package's source, which writes the corpus."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def bench(
    articles: int, runs: int, workdir: Path, peer_articles: int, seed: int = 0, full_only: bool = False
) -> dict[str, Any]:
    """`full_only` measures the full build alone (time and memory): for corpora too large to build six times."""
    workdir.mkdir(parents=True, exist_ok=True)
    corpus, stats = corpus_for(workdir, articles, seed)
    extra = corpus / "zz-new"
    rounds: list[dict[str, float]] = []
    with local_server(workdir / "prefect") as server:
        env = {**os.environ, "PREFECT_API_URL": server.api_url, "PREFECT_HOME": str(workdir / "prefect")}
        python = sys.executable
        for round_number in range(runs):
            out, cache, summary = workdir / "out", workdir / "cache", workdir / "summary.json"
            for path in (out, cache, extra):
                shutil.rmtree(path, ignore_errors=True)
            build = [python, "-m", "flows", "build", "--seeds", str(corpus), "--output", str(out),
                     "--cache-dir", str(cache), "--summary-json", str(summary)]  # fmt: skip
            plain_out, plain_cache = workdir / "out-plain", workdir / "cache-plain"
            shutil.rmtree(plain_cache, ignore_errors=True)  # cold, as the full build's
            baseline = [python, "-m", "flows.bench.plain", "--seeds", str(corpus), "--output", str(plain_out),
                        "--cache-dir", str(plain_cache)]  # fmt: skip
            plain_first = not full_only and round_number % 2 == 1
            plain = measure(baseline, env) if plain_first else None
            full = measure(build, env, summary)
            if full_only:
                rounds.append({"full_seconds": full.seconds, "full_peak_rss_mb": full.peak_rss_mb})
                print(f"round {round_number + 1}/{runs}: full {full.seconds:.1f} s, peak RSS {full.peak_rss_mb:.0f} MB")
                continue
            if plain is None:
                plain = measure(baseline, env)
            unchanged = measure(build, env, summary)
            write_corpus(extra, max(1, articles // 100), seed=seed + 1000 + round_number)
            grown = measure(build, env, summary)
            shutil.rmtree(extra)
            from_cache = measure(build, env, summary)
            rounds.append(
                {
                    "full_seconds": full.seconds,
                    "full_peak_rss_mb": full.peak_rss_mb,
                    "unchanged_seconds": unchanged.seconds,
                    "plus_1pct_seconds": grown.seconds,
                    "all_from_cache_seconds": from_cache.seconds,
                    "plain_seconds": plain.seconds,
                    "in_tasks_seconds": sum(
                        v for k, v in full.summary.get("stage_seconds", {}).items() if k.startswith("in tasks")
                    ),
                    "plain_first": float(plain_first),
                }
            )
            print(f"round {round_number + 1}/{runs}: " + ", ".join(f"{k} {v:.1f}" for k, v in rounds[-1].items()))
    report = summarize(rounds, stats)
    report["rounds"] = rounds  # the order of each round's two full builds shows in them: see `summarize`
    if full_only:
        return report
    report["peer"] = peer(corpus, peer_articles, processes=1)
    report["peer_all_cores"] = peer(corpus, peer_articles, processes=os.cpu_count() or 1)
    if report["peer"].get("articles_per_second") and report["peer_all_cores"].get("articles_per_second"):
        # Per core: the pipeline on every core against the peer on one, divided by the cores.
        report["ratio_per_core"] = (
            report["articles_per_second"] / (os.cpu_count() or 1) / report["peer"]["articles_per_second"]
        )
        report["ratio_per_machine"] = report["articles_per_second"] / report["peer_all_cores"]["articles_per_second"]
    return report


def summarize(rounds: list[dict[str, float]], stats: CorpusStats) -> dict[str, Any]:
    median = {k: statistics.median(r[k] for r in rounds) for k in rounds[0] if k != "plain_first"}
    full = median["full_seconds"]
    totals: dict[str, Any] = {
        "machine": f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
        f"Python {sys.version.split()[0]}",
        "runs": len(rounds),
        "files": stats.files,
        "articles": stats.articles,
        "corpus_mb": stats.bytes / 2**20,
        "medians": median,
        "articles_per_second": stats.articles / full,
        "mb_per_second": stats.bytes / 2**20 / full,
        "peak_rss_mb": median["full_peak_rss_mb"],
    }
    if "plain_seconds" not in median:
        return totals
    by_order = prefect_share_by_order(rounds)
    return {
        **totals,
        "prefect_overhead_share": max(0.0, statistics.fmean(by_order.values())),
        "prefect_overhead_share_by_order": by_order,
        "unchanged_share_of_full": median["unchanged_seconds"] / full,
        "plus_1pct_share_of_full": median["plus_1pct_seconds"] / full,
        "all_from_cache_share_of_full": median["all_from_cache_seconds"] / full,
    }


def prefect_share_by_order(rounds: list[dict[str, float]]) -> dict[str, float]:
    """Prefect's share of a full build, (flow − plain pool) ÷ flow on the medians, apart for the rounds whose
    flow build ran first and those whose plain pool did. Whichever build of a round runs first has been seen
    to take up to a fifth longer; the mean of the two orders cancels that, the median of all rounds does not
    when the rounds are odd in number (two of three run the flow first)."""
    shares: dict[str, float] = {}
    for label, plain_first in (("flow first", 0.0), ("plain first", 1.0)):
        chosen = [r for r in rounds if r["plain_first"] == plain_first]
        if chosen:
            flow = statistics.median(r["full_seconds"] for r in chosen)
            shares[label] = (flow - statistics.median(r["plain_seconds"] for r in chosen)) / flow
    return shares


def peer(corpus: Path, limit: int, processes: int) -> dict[str, Any]:
    try:
        result = spacy_ner_rate(article_bodies(corpus, limit=limit), processes=processes)
    except PeerUnavailable as exc:
        return {"unavailable": str(exc)}
    return {
        "model": result.model,
        "articles": result.articles,
        "articles_per_second": result.articles_per_second,
        "words_per_second": result.words_per_second,
        "processes": result.processes,
    }


def render(report: dict[str, Any]) -> str:
    m = report["medians"]
    if "plain_seconds" not in m:
        return (
            f"newstables bench (full builds only): {report['files']:,} files ({report['articles']:,} articles, "
            f"{report['corpus_mb']:.0f} MB), median of {report['runs']} runs; {report['machine']}: "
            f"{m['full_seconds']:.1f} s, {report['articles_per_second']:,.0f} articles/s, "
            f"{report['mb_per_second']:.1f} MB/s, peak RSS {report['peak_rss_mb']:,.0f} MB"
        )
    lines = [
        f"newstables bench: {report['files']:,} files ({report['articles']:,} articles, {report['corpus_mb']:.0f} MB), "
        f"median of {report['runs']} runs; {report['machine']}",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| full build, cold cache | {m['full_seconds']:.1f} s |",
        f"| articles per second | {report['articles_per_second']:,.0f} |",
        f"| MB per second | {report['mb_per_second']:.1f} |",
        f"| peak RSS (driver + workers) | {report['peak_rss_mb']:,.0f} MB |",
        f"| Prefect overhead share (vs plain process pool, cold cache, {m['plain_seconds']:.1f} s) | "
        f"{report['prefect_overhead_share']:.1%} ({_by_order(report['prefect_overhead_share_by_order'])}) |",
        f"| no-change re-run | {m['unchanged_seconds']:.1f} s ({report['unchanged_share_of_full']:.1%} of full) |",
        f"| +1 % new files | {m['plus_1pct_seconds']:.1f} s ({report['plus_1pct_share_of_full']:.1%} of full) |",
        f"| every file from the cache, all tables rewritten | {m['all_from_cache_seconds']:.1f} s "
        f"({report['all_from_cache_share_of_full']:.1%} of full) |",
    ]
    peer_report = report["peer"]
    if "unavailable" in peer_report:
        lines.append(f"| peer (spaCy NER) | not run: {peer_report['unavailable']} |")
    else:
        lines += [
            f"| peer: {peer_report['model']}, NER only, one process | {peer_report['articles_per_second']:.1f} "
            f"articles/s ({peer_report['words_per_second']:,.0f} words/s) |",
            f"| peer, {report['peer_all_cores']['processes']} processes | "
            f"{report['peer_all_cores']['articles_per_second']:.1f} articles/s |",
            f"| pipeline ÷ peer, per core | {report['ratio_per_core']:.1f}× |",
            f"| pipeline ÷ peer, whole machine against whole machine | {report['ratio_per_machine']:.1f}× |",
        ]
    return "\n".join(lines)


def _by_order(shares: dict[str, float]) -> str:
    return "; ".join(f"{label}: {share:.1%}" for label, share in shares.items())
