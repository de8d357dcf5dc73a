"""The run report: a Prefect markdown artifact and the command's closing lines."""

from __future__ import annotations

from flows.build import RunSummary


def run_report(summary: RunSummary, seeds: str, output: str) -> str:
    if summary.skipped:
        return (
            f"# newstables build: nothing changed\n\n{summary.files_seen:,} files in `{seeds}`, the pipeline and the "
            f"settings are those of the run that published `{output}`, untouched since: the run was skipped "
            f"({summary.wall_seconds:.1f} s).\n"
        )
    lines = [
        "# newstables build",
        "",
        f"Input `{seeds}` → output `{output}`: **{summary.files_seen:,} files**, "
        f"**{summary.rows.get('articles', 0):,} articles**, **{summary.rows.get('rejects', 0):,} rejects**; "
        f"{summary.cache_hits:,} files answered from the cache ({summary.batches_from_cache:,} batches of them "
        f"whole); {summary.wall_seconds:.1f} s.",
        *_cache_line(summary),
        "",
        "## Rejects by reason code",
        "",
        "| reason_code | files |",
        "|---|---:|",
        *(f"| `{code}` | {n:,} |" for code, n in summary.rejects_by_reason.items()),
        "",
        "## Rows per table",
        "",
        "| table | rows |",
        "|---|---:|",
        *(f"| `{name}` | {n:,} |" for name, n in summary.rows.items()),
        "",
        "## Time per stage",
        "",
        "Stages marked *in tasks* add up the time of every task, which run in parallel.",
        "",
        "| stage | seconds |",
        "|---|---:|",
        *(f"| {stage} | {seconds:.2f} |" for stage, seconds in summary.stage_seconds.items()),
        "",
    ]
    return "\n".join(lines)


def _cache_line(summary: RunSummary) -> list[str]:
    if not summary.cache_bytes and not summary.cache_pruned_bytes:
        return []  # no cache
    pruned = (
        f", after pruning {summary.cache_pruned_bytes / 1e6:,.1f} MB of older runs"
        if summary.cache_pruned_bytes
        else ""
    )
    return ["", f"The cache holds {summary.cache_bytes / 1e6:,.1f} MB of results{pruned}."]


def closing_line(summary: RunSummary, output: str) -> str:
    if summary.skipped:
        return f"{summary.files_seen:,} files, nothing changed since the last run: {output} is current"
    counts = ", ".join(f"{name} {n:,}" for name, n in summary.rows.items())
    reasons = ", ".join(f"{code} {n}" for code, n in summary.rejects_by_reason.items()) or "none"
    return f"{summary.files_seen:,} files -> {counts} (rejects: {reasons}); published in {output}"
