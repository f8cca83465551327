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
APP ?= lab

.PHONY: demo test setup chromium lint bundle bench screenshots docs wheel-check python-versions colormaps clean

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

# make demo APP=voila serves the teaching page (notebooks/teaching_page.ipynb) with Voila
demo: setup
	$(PY) -m aurora_widgets.demo --archive $(ARCHIVE) --archive-port $(ARCHIVE_PORT) --lab-port $(LAB_PORT) --app $(APP)

bundle:
	npm ci --no-audit --no-fund && npm run build

bench: setup
	$(PY) -m benchmarks.run

screenshots: setup
	$(PY) docs/update_screenshots.py

# The documentation site, offline, warnings as errors: the notebooks are executed against the
# sample archive first (docs/build_notebooks.py), then mkdocs writes site/.
$(VENV)/.docs-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[docs]"
	touch $@

docs: $(VENV)/.docs-installed
	$(PY) docs/build_notebooks.py --archive $(ARCHIVE)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict

# The built wheel in a fresh venv with no node on PATH: import, serve the archive, read a skymap,
# run tests/widgets against it (and the newest anywidget).
wheel-check:
	ARCHIVE=$(abspath $(ARCHIVE)) bash .ci/wheel_check.sh

# The non-browser suite on Python 3.10 and 3.13 where their interpreters exist (said when missing).
python-versions:
	bash .ci/python_versions.sh

# Regenerate the colormap tables from matplotlib (needs the demo extra).
colormaps: setup
	$(PY) scripts/make_colormaps.py

clean:
	rm -rf $(VENV) $(ARCHIVE) tests/artifacts site docs/notebooks .venv-py*
