# Two commands set up everything on a fresh machine: `make dataset` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
BOOTSTRAP := .bootstrap
UV := $(BOOTSTRAP)/bin/uv
VENV := .venv
# Prefect keeps its embedded server's database here rather than in ~/.prefect.
export PREFECT_HOME ?= $(CURDIR)/.prefect

.PHONY: dataset test lint format bench clean

$(UV):
	$(PYTHON) -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --inexact: keep optional groups installed by `make bench` (the spaCy peer) instead of removing them.
# --compile-bytecode: with PYTHONDONTWRITEBYTECODE set (as on our machines) nothing else writes the .pyc
# files, and every build process (the driver, each worker) would compile Prefect, pandas and pandera
# from source again: 6.5 s per process instead of 2.5 s.
$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --inexact --quiet --compile-bytecode
	touch $@

dataset: $(VENV)/.synced
	$(VENV)/bin/newstables build --seeds seeds --output output

test: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

# The spaCy peer is an optional dependency group, installed only for the benchmark.
bench: $(VENV)/.synced
	$(UV) sync --frozen --inexact --quiet --compile-bytecode --group peer
	$(VENV)/bin/newstables bench --articles $(or $(ARTICLES),10000) --runs $(or $(RUNS),3) --json .bench/report.json

format: $(VENV)/.synced
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(BOOTSTRAP) $(VENV) .prefect .pytest_cache .ruff_cache
