# news-digest: every command sets itself up. On a fresh machine only Python 3.11+ is needed.
#   make site   build the digest site from seeds/ into site/public/
#   make test   lint, types and the whole test suite
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-lock
# uv from PATH when it is there, else a pinned copy bootstrapped with pip into .tools/
UV := $(or $(shell command -v uv 2>/dev/null),$(TOOLS)/bin/uv)
INPUT ?= seeds
SITE_DIR ?= site

.PHONY: help install site serve test lint types unit browser eval bench fuzz fuzz-smoke golden screenshots clean

help:
	@echo "make site      build the site from $(INPUT)/ into $(SITE_DIR)/public/ (open index.html)"
	@echo "make serve     live preview on http://127.0.0.1:8000, rebuilt on every change"
	@echo "make test      lint, types and all tests (installs what it needs)"
	@echo "make eval      score clustering, cleaning, keyphrases and summaries on ../shared/eval"
	@echo "make bench     speed and memory benchmark (slow)"
	@echo "make fuzz      fuzz the readers and the cleaner for FUZZ_SECONDS (default 300)"
	@echo "make golden    regenerate tests/golden/ after an intended output change"
	@echo "make clean     remove the environment, caches and built output"

$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

$(STAMP): pyproject.toml uv.lock | $(UV)
	UV_PYTHON_DOWNLOADS=never $(UV) sync --locked --compile-bytecode
	@touch $@

install: $(STAMP)

site: $(STAMP)
	$(BIN)/digest build $(INPUT) --site-dir $(SITE_DIR)

serve: $(STAMP)
	$(BIN)/digest serve $(INPUT) --site-dir $(SITE_DIR)

lint: $(STAMP)
	$(BIN)/ruff check generator tests tools
	$(BIN)/ruff format --check generator tests tools
	$(BIN)/zizmor --offline --quiet .github/workflows
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

types: $(STAMP)
	$(BIN)/mypy

# The suite on every core (pytest-xdist), a test file at a time, so that a module's fixtures
# (its sites, its corpora) are still built once; the files of most tests go first, the hostile
# suite (a third of the time) among them. PYTEST_WORKERS=0 runs it in one process. (--dist
# loadgroup would split files finer, but pytest-xdist 3.8 cannot group under pytest 9: it
# renames items through an attribute pytest 9 no longer reads.)
PYTEST_WORKERS ?= auto

unit: $(STAMP)
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadfile

# A short coverage-guided (atheris) run over the readers and the cleaner; `make fuzz` for longer.
# It starts from the seed corpus every time: the corpus `make fuzz` keeps grows by about a
# hundred inputs a run, and replaying it would soon take the whole 15 s.
SMOKE_CORPUS := test-artifacts/fuzz-smoke-corpus

fuzz-smoke: $(STAMP)
	rm -rf $(SMOKE_CORPUS)
	$(BIN)/python -m tools.fuzz --seconds 15 --corpus-dir $(SMOKE_CORPUS)

# Lint, types and the fuzz smoke side by side (each uses one core at most; the output of each
# is printed whole when it ends), then the tests on every core.
test: $(STAMP)
	$(MAKE) --no-print-directory -j3 --output-sync=target lint types fuzz-smoke
	$(MAKE) --no-print-directory unit

browser: $(STAMP)
	$(BIN)/pytest -q -m browser

screenshots: $(STAMP)
	$(BIN)/python -m tools.screenshots

eval: $(STAMP)
	$(BIN)/python -m tools.evaluate

# Whole builds at 100 to 10,000 articles; then a daily archive rebuilt after one more day.
bench: $(STAMP)
	$(BIN)/python -m tools.bench
	$(BIN)/python -m tools.bench_archive

FUZZ_SECONDS ?= 300

fuzz: $(STAMP)
	$(BIN)/python -m tools.fuzz --seconds $(FUZZ_SECONDS)

golden: $(STAMP)
	$(BIN)/python -m tests.golden_update

clean:
	rm -rf $(VENV) $(TOOLS) .cache .mypy_cache .pytest_cache .ruff_cache test-artifacts bench-results
	rm -rf $(SITE_DIR)/docs $(SITE_DIR)/public $(SITE_DIR)/mkdocs.build.yml $(SITE_DIR)/.tmp-*
