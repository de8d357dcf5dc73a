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

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --quiet
	touch $@

dataset: $(VENV)/.synced
	$(VENV)/bin/newstables build --seeds seeds --output output

test: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

format: $(VENV)/.synced
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(BOOTSTRAP) $(VENV) .prefect .pytest_cache .ruff_cache
