# Everything a newcomer needs: `make serve`, `make test`, `make build`.
# Each target sets up .venv from pinned, hashed requirements first, and only what it needs:
# requirements/build.txt for serve and build, test.txt (build's and the tests') for test and lint,
# bench.txt (and the benchmarks' own) for the benchmarks.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-build-$(shell sha256sum requirements/build.txt | cut -c1-16)
UV_STAMP := $(VENV)/.installed-uv-$(shell sha256sum requirements/uv.txt | cut -c1-16)
TEST_STAMP := $(VENV)/.installed-test-$(shell sha256sum requirements/test.txt | cut -c1-16)
BENCH_PY_STAMP := $(VENV)/.installed-bench-$(shell sha256sum requirements/bench.txt | cut -c1-16)
NPM_STAMP := node_modules/.installed-$(shell sha256sum package-lock.json | cut -c1-16)
BENCH_STAMP := benchmarks/node_modules/.installed-$(shell sha256sum benchmarks/package-lock.json | cut -c1-16)
# The browser readers run (the benchmarks; one journey in the tests). The tests drive Debian's
# chromium-headless-shell where it is installed (tools/site.py: the same engine and version without the
# desktop browser around it, about a third less CPU per page). `make test CHROMIUM=/path/to/chrome` runs
# every browser test in that one browser.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
ifneq ($(filter command line environment,$(origin CHROMIUM)),)
TEST_CHROMIUM ?= $(CHROMIUM)
export TEST_CHROMIUM
endif
export NO_MKDOCS_2_WARNING := 1
# Python keeps what it compiles (__pycache__, ignored by git). Where the environment tells it not to
# (PYTHONDONTWRITEBYTECODE, as on the machines here), every process compiled every module it imports
# again: a pytest worker spent 3.5 s on it, and the search tests' Python 17 core-s where it now takes 10.
unexport PYTHONDONTWRITEBYTECODE
# Dates in the build come from the last commit, so two builds of a commit are byte-identical.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
export SOURCE_DATE_EPOCH

.PHONY: help setup setup-test setup-bench browser serve build test ready-to-test lint lock bench bench-search bench-phone bench-suite linkcheck-online clean

help:
	@echo "make serve   - the guide at http://127.0.0.1:8000 (reloads on edits)"
	@echo "make test    - ruff, the strict build into site/ and the whole test suite against it"
	@echo "make lint    - ruff check and ruff format --check"
	@echo "make build   - strict build into site/"
	@echo "make lock    - regenerate requirements/*.txt from requirements/*.in"
	@echo "make bench   - Lighthouse on every page, bytes, search, build and test times -> BENCHMARKS.md"
	@echo "make bench-search - search accuracy (top-1, top-3) and time to results, in chromium"
	@echo "make bench-phone  - the home page on a slow phone (applied throttling), two ways of loading Material"
	@echo "make bench-suite  - make test on a fresh clone: time, busy CPU, CPU by program (BASE=commit RUNS=n to compare)"
	@echo "make linkcheck-online - external links and the official addresses' redirects, over the network (not in make test)"

setup: $(STAMP)

# uv installs the pinned sets (it downloads and unpacks in parallel): a fresh clone's .venv, uv
# itself included, in 20 s here, where pip took 45 s. uv comes from pip, pinned with hashes too.
INSTALL := $(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes --no-deps

$(UV_STAMP): requirements/uv.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed, found " + sys.version'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-compile --require-hashes --no-deps -r requirements/uv.txt
	@rm -f $(VENV)/.installed-uv-* && touch $@

$(STAMP): requirements/build.txt $(UV_STAMP)
	$(INSTALL) -r requirements/build.txt
	@rm -f $(VENV)/.installed-build-* && touch $@

# The tests' packages on top (build.txt constrains test.txt: the same versions of what both use).
setup-test: $(TEST_STAMP)

$(TEST_STAMP): requirements/test.txt $(STAMP)
	$(INSTALL) -r requirements/test.txt
	@rm -f $(VENV)/.installed-test-* && touch $@

setup-bench: $(BENCH_PY_STAMP)

$(BENCH_PY_STAMP): requirements/bench.txt $(TEST_STAMP)
	$(INSTALL) -r requirements/bench.txt
	@rm -f $(VENV)/.installed-bench-* && touch $@

# The browser tests: Debian's chromium (installed when missing, where we are root) and axe-core from npm.
browser: $(NPM_STAMP)

$(NPM_STAMP): package-lock.json
	@scripts/ensure-chromium
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@rm -f node_modules/.installed-* && touch $@

serve: setup
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict --clean

# One strict build into site/ (with the environment's SITE_URL and REPO_URL), and the whole suite
# run against that very folder: the one the publishing workflow then uploads.
# What the suite needs, two at a time: the build runs while npm and uv install.
test:
	@$(MAKE) --no-print-directory -j2 --output-sync=target ready-to-test
	@scripts/ensure-chromium
	@scripts/ensure-ocr
	GUIDE_SITE=site $(BIN)/python -m pytest

ready-to-test: setup-test browser lint build

# ruff, configured in pyproject.toml: lint rules and the formatting every Python file keeps.
lint: setup-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lock: setup
	$(BIN)/python -m pip install --quiet pip-tools==7.6.2
	cd requirements && for set in uv build test bench; do \
	  ../$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	    --no-emit-index-url --no-emit-find-links -o $$set.txt $$set.in || exit 1; done

# Lighthouse (npm, pinned in benchmarks/package-lock.json) is only needed here, not in make test.
$(BENCH_STAMP): benchmarks/package-lock.json
	@scripts/ensure-chromium
	npm ci --prefix benchmarks --no-audit --no-fund --ignore-scripts --loglevel=error
	@rm -f benchmarks/node_modules/.installed-* && touch $@

bench: setup-bench browser $(BENCH_STAMP)
	$(BIN)/python benchmarks/run.py

bench-search: build setup-bench browser
	$(BIN)/python benchmarks/search.py site

bench-phone: build setup-bench browser
	$(BIN)/python benchmarks/slow_phone.py site

# What `make test` costs on a fresh clone of this checkout (benchmarks/suite.py, Python alone): with
# BASE=commit, that commit's runs and HEAD's go in turn, RUNS times each.
bench-suite:
	$(PYTHON) benchmarks/suite.py --runs $(or $(RUNS),1) $(if $(BASE),--base $(BASE))

# Over the network (the weekly workflow .github/workflows/official-links.yml): every external link,
# then every official address's final destination after its redirects. Both run; either fails it.
linkcheck-online: build setup-test
	status=0; $(BIN)/lychee --no-progress --include-fragments --max-concurrency 4 site || status=1; \
	$(BIN)/python tools/official_links.py || status=1; exit $$status

clean:
	rm -rf site .pytest_cache node_modules benchmarks/node_modules
