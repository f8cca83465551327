#!/usr/bin/env bash
# The non-browser suite on the oldest and newest supported Pythons (3.10 and 3.13), each in its own
# venv (.venv-py3.10, .venv-py3.13, reused while pyproject.toml is unchanged). Interpreters are
# looked up on PATH (python3.10) and under ~/.pyenv/versions; a missing one is reported, not failed.
#
#   bash .ci/python_versions.sh            # make python-versions
#   PY_VERSIONS="3.12" bash .ci/python_versions.sh
set -uo pipefail
cd "$(dirname "$0")/.."
VERSIONS=${PY_VERSIONS:-3.10 3.13}
# what runs everywhere but in a browser, a real Jupyter server or the benchmark smoke run (3.11 runs those);
# the type gate too: on 3.10 pip resolves numpy 2.2, whose stubs make every bare np.ndarray an error
# (the gate is defined against numpy>=2.3, which make test's .venv has)
MARKERS=${PY_MARKERS:-not browser and not e2e and not typegate}
status=0
# A candidate counts only if it runs: a pyenv shim on PATH exists but fails when that version is
# not pyenv's global one, so the real interpreters under ~/.pyenv/versions are tried first.
find_python() {
  local v=$1 p
  for p in "$HOME"/.pyenv/versions/"$v"*/bin/python"$v" "$(command -v "python$v" 2>/dev/null)"; do
    [ -n "$p" ] && [ -x "$p" ] && "$p" -c 'import sys' >/dev/null 2>&1 && { echo "$p"; return 0; }
  done
  return 1
}
for v in $VERSIONS; do
  if ! py=$(find_python "$v"); then
    echo "== python $v: no interpreter found (PATH or ~/.pyenv/versions): not tested"
    continue
  fi
  venv=.venv-py$v
  echo "== python $v: $py ($("$py" -c 'import platform; print(platform.python_version())'))"
  if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
    rm -rf "$venv"
    if ! { "$py" -m venv "$venv" && "$venv/bin/python" -m pip install --quiet --upgrade pip \
           && "$venv/bin/python" -m pip install --quiet -e ".[test]"; } > "$venv.log" 2>&1; then
      cat "$venv.log" >&2; echo "== python $v: could not install the test dependencies" >&2; status=1; continue
    fi
    touch "$venv/.installed"
  fi
  if ! "$venv/bin/python" -m pytest -q -p no:cacheprovider -m "$MARKERS" --ignore=tests/test_benchmarks_smoke.py; then
    echo "== python $v: FAILED" >&2; status=1
  fi
done
exit $status
