# The two commands of the README:
#   make demo   set up everything, build the sample archive, serve it on loopback, open JupyterLab
#   make test   set up everything the tests need (Chromium included) and run every test
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ARCHIVE ?= .archive
ARCHIVE_PORT ?= 8765
LAB_PORT ?= 8888

.PHONY: demo test setup chromium lint bundle bench screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,demo]"
	touch $@

setup: $(VENV)/.installed

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

# esbuild for the bundle freshness test (skipped with a reason where npm is missing)
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; else echo "npm not found: the bundle freshness test will be skipped"; fi

test: setup chromium node_modules/.package-lock.json
	@if command -v node >/dev/null 2>&1; then node --test js/tests/; else echo "node not found: the JS unit tests are skipped"; fi
	$(PY) -m pytest

# Python: ruff and the strict type gate ([tool.mypy] in pyproject.toml); JS: biome and tsc --checkJs.
lint: setup node_modules/.package-lock.json
	$(PY) -m ruff check aurora_widgets tests benchmarks
	$(PY) -m mypy
	npx biome lint js
	npx tsc -p tsconfig.json

demo: setup
	$(PY) -m aurora_widgets.demo --archive $(ARCHIVE) --archive-port $(ARCHIVE_PORT) --lab-port $(LAB_PORT)

bundle:
	npm ci --no-audit --no-fund && npm run build

bench: setup
	$(PY) -m benchmarks.run

screenshots: setup
	$(PY) docs/update_screenshots.py

clean:
	rm -rf $(VENV) $(ARCHIVE) tests/artifacts
