"""A run replaces its output whole: pointed at the wrong place, it refuses before reading a file, and
deletes nothing (it used to delete the input folder inside it, or a folder of someone's files)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, NoReturn

import fsspec
import pytest
from typer.testing import CliRunner

from flows.build import run_build
from flows.cli import EXIT_USAGE, app
from flows.output_guard import OutputRefused, check_cache, check_output, check_remote_output
from flows.settings import Settings
from flows.upload import upload
from tests.conftest import OUTPUT, SEEDS


def build(seeds: Path, output: Path | str) -> Any:
    return CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(output), "--no-cache"])


def copy_of_seeds(folder: Path) -> Path:
    shutil.copytree(SEEDS, folder)
    return folder


def test_an_input_folder_inside_the_output_is_refused_and_kept(tmp_path: Path) -> None:
    seeds = copy_of_seeds(tmp_path / "data" / "in")
    result = build(seeds, tmp_path / "data")
    assert result.exit_code == EXIT_USAGE
    assert "inside the output folder" in result.output and "would delete the input" in result.output
    assert sorted(p.name for p in seeds.iterdir()) == sorted(p.name for p in SEEDS.iterdir())


@pytest.mark.parametrize("inside", ["out", "."])
def test_an_output_inside_the_input_folder_is_refused(tmp_path: Path, inside: str) -> None:
    seeds = copy_of_seeds(tmp_path / "data")
    result = build(seeds, seeds / inside)
    assert result.exit_code == EXIT_USAGE and "inside the input folder" in result.output
    assert sorted(p.name for p in seeds.iterdir()) == sorted(p.name for p in SEEDS.iterdir())


def test_a_cache_inside_the_input_folder_is_refused(tmp_path: Path) -> None:
    seeds = copy_of_seeds(tmp_path / "data")
    result = CliRunner().invoke(
        app, ["build", "--seeds", str(seeds), "--output", str(tmp_path / "out"), "--cache-dir", str(seeds / "cache")]
    )
    assert result.exit_code == EXIT_USAGE and "cache folder" in result.output and "inside the input" in result.output
    assert not (seeds / "cache").exists() and not (tmp_path / "out").exists()
    check_cache(seeds, seeds / ".cache")  # hidden: the walk skips it


def test_a_folder_of_other_files_is_refused_and_kept(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    (documents / "drafts").mkdir(parents=True)
    (documents / "thesis.txt").write_text("chapter one", "utf-8")
    result = build(SEEDS, documents)
    assert result.exit_code == EXIT_USAGE
    assert "not a newstables dataset (drafts, thesis.txt)" in result.output
    assert (documents / "thesis.txt").read_text("utf-8") == "chapter one" and (documents / "drafts").is_dir()


def test_a_file_as_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "output").write_text("notes", "utf-8")
    result = build(SEEDS, tmp_path / "output")
    assert result.exit_code == EXIT_USAGE and "is a file, not a folder" in result.output
    assert (tmp_path / "output").read_text("utf-8") == "notes"


def test_a_new_or_empty_folder_or_a_published_dataset_is_accepted(tmp_path: Path) -> None:
    check_output(SEEDS, tmp_path / "new")
    (tmp_path / "empty").mkdir()
    check_output(SEEDS, tmp_path / "empty")
    check_output(SEEDS, OUTPUT)
    check_output(SEEDS, SEEDS / ".dataset")  # hidden, as its staging folder and lock: the walk skips them
    shutil.copytree(OUTPUT, tmp_path / "dataset")
    (tmp_path / "dataset" / "datapackage.json").write_text('{"name": "another-package"}', "utf-8")
    with pytest.raises(OutputRefused, match="not a newstables dataset"):
        check_output(SEEDS, tmp_path / "dataset")


def never(*args: object) -> NoReturn:
    raise AssertionError("the run went on")


def test_a_run_started_by_the_flow_refuses_too_before_reading_a_file(tmp_path: Path) -> None:
    # `serve` and deployments reach run_build without the command's own check.
    seeds = copy_of_seeds(tmp_path / "data" / "in")
    with pytest.raises(OutputRefused, match="would delete the input"):
        run_build(Settings(seeds_dir=seeds, output_dir=tmp_path / "data"), submit=never, publish=never)
    assert seeds.is_dir()


def test_a_remote_folder_of_other_files_is_refused_and_a_published_one_accepted() -> None:
    fs = fsspec.filesystem("memory")
    fs.pipe("/guard-other/report.pdf", b"%PDF")
    with pytest.raises(OutputRefused, match=r"memory://guard-other holds files .* \(report.pdf\)"):
        check_remote_output("memory://guard-other")
    check_remote_output("memory://guard-new")
    upload(OUTPUT, "memory://guard-dataset")
    check_remote_output("memory://guard-dataset")
