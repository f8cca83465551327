"""``make lint`` inside ``make test`` (and so in CI): ruff over the Python, biome and ``tsc --checkJs`` over js/.

Each check runs the project's own configuration (pyproject.toml, biome.json, tsconfig.json) and
reads the tool's verdict; a finding fails the test with the tool's own report. biome counts a
warning as a failure (``--error-on-warnings``), as `make lint`'s clean output means. Marked
``typegate`` like the mypy gate: the other-Python runs (.ci/python_versions.sh) leave it to .venv.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.typegate

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / "node_modules" / ".bin"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_python_is_ruff_clean():
    run = _run(sys.executable, "-m", "ruff", "check", "--no-cache", "aurora_widgets", "tests", "benchmarks")
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-2000:]


def _node_tool(name: str) -> str:
    tool = BIN / name
    assert tool.exists() and shutil.which("node"), f"{tool} is missing: `make setup` runs `npm ci`"
    return str(tool)


def test_js_is_biome_clean():
    run = _run(_node_tool("biome"), "lint", "--error-on-warnings", "js")
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]


def test_js_type_checks():
    run = _run(_node_tool("tsc"), "-p", "tsconfig.json")
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-2000:]
