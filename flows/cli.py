"""The `newstables` command."""

from __future__ import annotations

from flows.prefect_env import apply_defaults

apply_defaults()  # before anything imports Prefect

import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import asdict, replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated, TypeVar  # noqa: E402

import typer  # noqa: E402

from flows.settings import Settings, parse_date, parse_size  # noqa: E402

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_NO_SERVER = 4
EXIT_WORKER_DIED = 5
EXIT_NO_SPACE = 6
EXIT_NO_MEMORY = 7

T = TypeVar("T")
app = typer.Typer(add_completion=False, no_args_is_help=True, help="News article files in, an open dataset out.")


def _parsed(value: str | None, parse: Callable[[str], T]) -> T | None:
    """An option's value through `parse`, its ValueError a usage error naming the option."""
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


# Options that `build` and `serve` share, written once.
SeedsOption = Annotated[Path | None, typer.Option("--seeds", help="Folder of article files (sub-folders included).")]
OutputOption = Annotated[
    str | None,
    typer.Option("--output", help="Folder, or fsspec URL (s3://…, memory://…), to publish the dataset in."),
]
ReferenceDateOption = Annotated[
    str | None,
    typer.Option("--reference-date", help="YYYY-MM-DD: resolves dates printed without a year (e.g. retrieval day)."),
]
MaxFileBytesOption = Annotated[
    int | None, typer.Option("--max-file-bytes", help="Larger files are rejected as file-too-large.")
]
BatchSizeOption = Annotated[int | None, typer.Option("--batch-size", help="Files per task.")]
CacheDirOption = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache of per-file results (default: ~/.cache/newstables); off: none."),
]
CacheMaxSizeOption = Annotated[
    str | None,
    typer.Option(
        "--cache-max-size",
        help="Prune the cache to this size after a run, oldest runs first, e.g. 5GB (default 10GiB).",
    ),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Process every file again; never skip a run.")]
WaitOption = Annotated[float, typer.Option("--wait", help="Seconds to wait for another run writing the same output.")]


def _run_settings(
    output: str | None,
    no_cache: bool,
    **options: object,
) -> Settings:
    """The settings of a build from the command's options, or exit 2 when an environment variable is bad or
    the input folder is missing."""
    try:
        settings = Settings.from_env(output=output, **options)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    if no_cache:
        settings = replace(settings, cache_dir=None)
    if not settings.seeds_dir.is_dir():
        typer.echo(f"error: the input folder {settings.seeds_dir} does not exist or is not a folder", err=True)
        raise typer.Exit(EXIT_USAGE)
    from flows.output_guard import OutputRefused, check_places

    try:  # here too, before a worker or Prefect server starts, though every run checks again under its lock
        check_places(settings)
    except OutputRefused as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    return settings


@app.command()
def build(
    seeds: SeedsOption = None,
    output: OutputOption = None,
    reference_date: ReferenceDateOption = None,
    max_file_bytes: MaxFileBytesOption = None,
    batch_size: BatchSizeOption = None,
    cache_dir: CacheDirOption = None,
    cache_max_size: CacheMaxSizeOption = None,
    no_cache: NoCacheOption = False,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Run on a local Dask cluster of this many workers; with --dask-address, how many workers it has."
        ),
    ] = None,
    dask_address: Annotated[str | None, typer.Option(help="Run on the Dask scheduler at tcp://HOST:PORT.")] = None,
    wait: WaitOption = 0,
    summary_json: Annotated[
        Path | None, typer.Option(help="Also write the run's summary (counts, time per stage) to this JSON file.")
    ] = None,
) -> None:
    """Build the dataset from a folder of article files and publish it atomically."""
    from flows.discover import survey
    from flows.disk_space import as_disk_full
    from flows.skip import nothing_to_do
    from flows.workers import WorkerDied, local_worker_count, release_workers, start_workers

    settings = _run_settings(
        output,
        no_cache,
        seeds_dir=seeds,
        reference_date=_parsed(reference_date, parse_date),
        max_file_bytes=max_file_bytes,
        batch_size=batch_size,
        cache_dir=cache_dir,
        cache_max_bytes=_parsed(cache_max_size, parse_size),
        workers=workers,
        dask_address=dask_address,
        lock_wait_seconds=wait,
    )
    found = survey(settings.seeds_dir)
    # Workers take seconds to get ready (imports, gazetteers, models): started now, they get ready while this
    # process imports Prefect and starts the flow run, which adopts them. Not for a run with nothing to do.
    if (processes := local_worker_count(settings, found.files)) and not nothing_to_do(settings, found):
        start_workers(processes)
    from flows.lock import OutputLocked
    from flows.pipeline import run_flow
    from flows.report import closing_line

    try:
        summary = run_flow(settings, progress=True, files=found.files)
    except OutputLocked as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_LOCKED) from exc
    except WorkerDied as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_WORKER_DIED) from exc
    except Exception as exc:  # told by the flow (a full disk where it writes), or by Prefect's own database
        if (full := as_disk_full(exc, settings.output_dir, settings.cache_dir)) is None:
            raise
        typer.echo(f"error: {full}", err=True)
        raise typer.Exit(EXIT_NO_SPACE) from exc
    finally:
        release_workers()  # still there when the run failed before the flow adopted them
    if summary_json is not None:
        summary_json.write_text(json.dumps(asdict(summary), indent=2) + "\n", "utf-8")
    typer.echo(closing_line(summary, settings.output_url or str(settings.output_dir)))


@app.command()
def validate(
    folder: Annotated[Path, typer.Argument(help="A published dataset folder.")] = Path("output"),
) -> None:
    """Re-check a published dataset against the schemas; exit 1 with a report when it fails."""
    from flows.recheck import recheck

    problems = recheck(folder)
    if problems:
        typer.echo(f"{folder}: {len(problems)} problems", err=True)
        for p in problems:
            typer.echo(f"  {p}", err=True)
        raise typer.Exit(EXIT_INVALID)
    typer.echo(f"{folder}: valid")


@app.command()
def release(
    output: Annotated[Path | None, typer.Option(help="The published dataset folder to release.")] = None,
    to: Annotated[
        str, typer.Option(help="Folder or fsspec URL (file://, memory://, s3://...) that holds the releases.")
    ] = "releases",
    date: Annotated[
        str | None, typer.Option(help="YYYY-MM-DD release date; default: SOURCE_DATE_EPOCH, else today (UTC).")
    ] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run holding the dataset.")] = 0,
) -> None:
    """Pack the published dataset into an immutable, versioned release with its changelog."""
    from flows.disk_space import out_of_space
    from flows.duckdb_export import DatabaseOutOfMemory
    from flows.lock import OutputLocked
    from flows.release import ReleaseRefused, make_release, release_date

    try:
        settings = Settings.from_env()
        folder = output if output is not None else Path(settings.output_dir)
        when = release_date(_parsed(date, parse_date))
        result = make_release(folder, to, when, wait_seconds=wait, database_memory=settings.database_memory)
    except ValueError as exc:  # a bad SOURCE_DATE_EPOCH, NEWSTABLES_* value or destination URL
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    except DatabaseOutOfMemory as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_NO_MEMORY) from exc
    except ReleaseRefused as exc:
        typer.echo(f"release refused: {exc}", err=True)
        raise typer.Exit(EXIT_INVALID) from exc
    except OutputLocked as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_LOCKED) from exc
    except Exception as exc:
        if not out_of_space(exc):
            raise
        typer.echo(
            f"error: the disk ran out of space while the release was written ({exc}); nothing was released. "
            f"A release needs room for a copy of the dataset, its zip and its database in {to}, and scratch "
            "files beside them. Free some space and release again.",
            err=True,
        )
        raise typer.Exit(EXIT_NO_SPACE) from exc
    if result.status == "exists":
        typer.echo(f"{result.version} is released already, in {result.location}; nothing to do")
    elif result.status == "unchanged":
        typer.echo(f"the dataset has not changed since {result.version} ({result.location}); nothing to release")
    else:
        since = f" (changes since {result.previous}: see CHANGELOG.md)" if result.previous else " (the first release)"
        typer.echo(f"released {result.version} in {result.location}{since}")


@app.command()
def serve(
    cron: Annotated[str | None, typer.Option(help='Run on this cron schedule, e.g. "0 * * * *" (every hour).')] = None,
    interval: Annotated[float | None, typer.Option(help="Run every SECONDS instead of on a cron schedule.")] = None,
    name: Annotated[str, typer.Option(help="Name of the Prefect deployment (build_dataset/NAME).")] = "newstables",
    seeds: SeedsOption = None,
    output: OutputOption = None,
    reference_date: ReferenceDateOption = None,
    max_file_bytes: MaxFileBytesOption = None,
    batch_size: BatchSizeOption = None,
    cache_dir: CacheDirOption = None,
    cache_max_size: CacheMaxSizeOption = None,
    no_cache: NoCacheOption = False,
    wait: WaitOption = 0,
) -> None:
    """Run the build on a schedule as a Prefect deployment, until Ctrl-C or SIGTERM.

    Uses the Prefect server at PREFECT_API_URL; without one, starts a local server on 127.0.0.1 and
    stops it on exit."""
    from flows.prefect_server import ServerDidNotStart
    from flows.serve import Schedule
    from flows.serve import serve as serve_deployment

    try:
        schedule = Schedule(cron=cron, interval_seconds=interval)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    settings = _run_settings(
        output,
        no_cache,
        seeds_dir=seeds,
        reference_date=_parsed(reference_date, parse_date),
        max_file_bytes=max_file_bytes,
        batch_size=batch_size,
        cache_dir=cache_dir,
        cache_max_bytes=_parsed(cache_max_size, parse_size),
        lock_wait_seconds=wait,
    )
    try:
        serve_deployment(settings, schedule, name, echo=lambda line: typer.echo(line, err=True))
    except ServerDidNotStart as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_NO_SERVER) from exc


@app.command()
def bench(
    articles: Annotated[int, typer.Option(help="Size of the synthetic corpus.")] = 10_000,
    runs: Annotated[int, typer.Option(help="Rounds; the report gives medians.")] = 3,
    workdir: Annotated[
        Path, typer.Option(help="Where the corpus (kept for later benchmarks), outputs and caches go.")
    ] = Path(".bench"),
    peer_articles: Annotated[int, typer.Option(help="Articles the spaCy peer reads.")] = 1_000,
    json_report: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON here.")] = None,
    full_only: Annotated[
        bool, typer.Option("--full-only", help="Measure only the full build (time and memory), for huge corpora.")
    ] = False,
) -> None:
    """Measure throughput, memory, Prefect's share and incremental runs on a synthetic corpus."""
    from flows.bench.run import bench as run_bench
    from flows.bench.run import render

    report = run_bench(articles, runs, workdir, peer_articles, full_only=full_only)
    if json_report is not None:
        json_report.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    typer.echo(render(report))


def main() -> None:
    sys.exit(app())
