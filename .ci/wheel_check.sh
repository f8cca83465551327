#!/usr/bin/env bash
# The built wheel is what users get: build it, install it into a fresh venv whose PATH has no node,
# import every widget, serve the sample archive with the installed `aurora-archive` command, and
# read a skymap through it with the installed data layer. Then run the widget tests against the
# installed wheel and the newest anywidget pip resolves (the pin has no upper cap: this is where a
# breaking anywidget release shows first).
#
#   bash .ci/wheel_check.sh              # make wheel-check; WHEEL_CHECK_TESTS=0 skips the widget tests
#   PYTHON=python3.13 bash .ci/wheel_check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
ARCHIVE=${ARCHIVE:-$ROOT/.archive}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aurora-wheel-check.XXXXXX")
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# pip's output only when it fails (it is long, and warns about local index folders on some machines)
quietly() { "$@" > "$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log" >&2; return 1; }; }

echo "== wheel-check: building the wheel"
quietly "$PYTHON" -m pip wheel --no-deps --wheel-dir "$WORK/dist" "$ROOT"
WHEEL=$(ls "$WORK"/dist/aurora_widgets-*.whl)
echo "   $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KB)"

"$PYTHON" - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["aurora_widgets/widgets/static/index.js", "aurora_widgets/widgets/static/index.css",
        "aurora_widgets/widgets/colormaps.json"]
need += [n for n in names if n.endswith(".dist-info/METADATA")]
lic = {n.rsplit("/", 1)[1] for n in names if ".dist-info/licenses/" in n}
missing = [n for n in need if n not in names] + sorted({"LICENSE", "THIRD_PARTY_NOTICES.md"} - lic)
stray = [n for n in names if n.startswith(("js/", "node_modules/", "tests/"))]
if missing or stray:
    sys.exit(f"wheel-check: missing {missing}, should not ship {stray}")
print(f"   {len(names)} files: bundle, colormaps, LICENSE and THIRD_PARTY_NOTICES.md present")
PY

echo "== wheel-check: fresh venv, no node on PATH"
"$PYTHON" -m venv "$WORK/venv"
VPY=$WORK/venv/bin/python
quietly "$VPY" -m pip install --upgrade pip
quietly "$VPY" -m pip install "$WHEEL"
# PATH: the venv and a few shell tools, linked one by one (node sits in /usr/bin with everything else)
mkdir "$WORK/tools"
for tool in cat cut du grep kill ls rm sed seq sleep; do
  if t=$(command -v "$tool"); then ln -s "$t" "$WORK/tools/$tool"; fi
done
export PATH="$WORK/venv/bin:$WORK/tools"
if command -v node >/dev/null 2>&1; then echo "wheel-check: node is still on PATH" >&2; exit 1; fi
cd "$WORK"                     # the installed package, not the source tree
"$VPY" -m pip list --format=freeze 2>/dev/null | grep -Ei '^(anywidget|ipywidgets|numpy|scipy)==' | sed 's/^/   /'

echo "== wheel-check: import every widget"
"$VPY" - <<'PY'
import aurora_widgets
assert "site-packages" in aurora_widgets.__file__, aurora_widgets.__file__
made = []
for name in aurora_widgets.__all__:
    if name == "__version__":
        continue
    cls = getattr(aurora_widgets, name)
    assert len(str(cls._esm)) > 10_000, f"{name} has no bundle"
    made.append(name)
print(f"   aurora-widgets {aurora_widgets.__version__}: {', '.join(made)}")
PY

echo "== wheel-check: serve the archive, read a skymap through it"
PORT=$("$VPY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$WORK/venv/bin/aurora-archive" serve --root "$ARCHIVE" --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  grep -q "serving http" "$WORK/server.log" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "serving http" "$WORK/server.log" || { echo "wheel-check: the archive server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
AURORA_WIDGETS_API_URL="http://127.0.0.1:$PORT" AURORA_WIDGETS_DATA_DIR="$WORK/cache" "$VPY" - <<'PY'
import datetime
from aurora_widgets import SkymapBrowser
from aurora_widgets.data import Client, read_skymap
client = Client()
result = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", datetime.datetime(2021, 11, 4))
skymap = read_skymap(result.filenames[0])
assert skymap.site_uid == "gill" and skymap.full_elevation.shape == (256, 256), skymap
browser = SkymapBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", site_uid="gill", date="2021-11-04", client=client)
browser.wait(120)
assert browser.skymap is not None and browser.status == "ready", (browser.status, browser.message)
print(f"   read {result.filenames[0].name} through the server; SkymapBrowser chose {browser.selected}")
PY
kill "$SERVER_PID"; SERVER_PID=""

if [ "${WHEEL_CHECK_TESTS:-1}" != "0" ]; then
  echo "== wheel-check: tests/widgets against the installed wheel"
  quietly "$VPY" -m pip install pytest pytest-timeout hypothesis matplotlib nbformat nbclient ipykernel
  # pytest (not python -m pytest): the source tree stays off sys.path, the wheel is what is imported
  "$WORK/venv/bin/pytest" -q -p no:cacheprovider --rootdir "$ROOT" -c "$ROOT/pyproject.toml" \
    "$ROOT/tests/widgets" "$ROOT/tests/test_packaging.py"
fi
echo "== wheel-check: passed"
