"""Install: size and time of a fresh venv: ``pip install .`` (aurora-widgets) vs ``pip install pyaurorax``.

Opt-in (``python -m benchmarks.run --install --only install``): it makes two temporary virtual
environments and installs real packages from PyPI (dependencies included, pip's cache disabled
so neither side profits from the other's downloads), which takes minutes and needs the package
index. Size = bytes of the venv's ``site-packages`` after the install, minus those of an empty venv
(pip itself). Time = wall time of the ``pip install`` command. One sample each (installs are
dominated by the network and by wheel unpacking; report them as indicative). Quick mode installs
nothing and returns a skipped row.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ._common import REPO, Context, Row, Skip, Stat, target_ratio

NAME = "install"
TITLE = "Install size and time (<= 0.7x pyaurorax)"
NOTES = __doc__


def folder_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, f)).st_size
    return total


def site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python*/site-packages"))
    if not found:
        raise RuntimeError(f"no site-packages in {venv}")
    return found[0]


def fresh_install(venv: Path, args: list[str]) -> tuple[float, int, int]:
    """(seconds, site-packages bytes added, number of distributions added)."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    sp = site_packages(venv)
    before = folder_bytes(sp)
    n_before = len(list(sp.glob("*.dist-info")))
    t0 = time.perf_counter()
    proc = subprocess.run([str(py), "-m", "pip", "install", "--no-cache-dir", "--quiet",
                           "--disable-pip-version-check", *args],
                          capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"pip install {' '.join(args)} failed: {proc.stderr.strip()[-500:]}")
    return elapsed, folder_bytes(sp) - before, len(list(sp.glob("*.dist-info"))) - n_before


def run(ctx: Context) -> list[Row]:
    if ctx.quick or not ctx.install:
        raise Skip("opt-in: run `python -m benchmarks.run --install --only install` (fresh venvs from PyPI)")
    work = ctx.tmp / "install"
    work.mkdir(parents=True, exist_ok=True)
    src = work / "src"
    # a clean copy of the project (no .venv, node_modules, caches) so `pip install .` builds what a user gets
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", ".git", ".archive", "__pycache__", ".pytest_cache", ".ruff_cache",
        "tests", "benchmarks", "notebooks"))
    try:
        t_ours, b_ours, n_ours = fresh_install(work / "venv-ours", [str(src)])
        t_pax, b_pax, n_pax = fresh_install(work / "venv-pax", ["pyaurorax"])
    except (RuntimeError, subprocess.SubprocessError, OSError) as err:
        raise Skip(f"install failed (no package index?): {err}") from None
    finally:
        shutil.rmtree(src, ignore_errors=True)
    size = Row(NAME, "fresh venv, site-packages bytes added", "bytes", Stat.single(b_ours),
               Stat.single(b_pax),
               "pyaurorax", target="<= 0.7x (anchor/ours >= 1.43x)",
               note=f"{n_ours} distributions for aurora-widgets vs {n_pax} for pyaurorax")
    target_ratio(size, 1 / 0.7)
    tm = Row(NAME, "fresh venv, pip install wall time", "s", Stat.single(t_ours), Stat.single(t_pax),
             "pyaurorax",
             target="<= 0.7x (anchor/ours >= 1.43x)")
    target_ratio(tm, 1 / 0.7)
    for r in (size, tm):
        if r.met is False:
            r.note += ("; the runtime dependencies (matplotlib, scipy, ipywidgets/anywidget with their "
                       "Jupyter stack) dominate. Closing it: make matplotlib optional (only the static "
                       "fallback uses it) and check which of anywidget's dependencies are pulled in.")
    shutil.rmtree(work, ignore_errors=True)
    return [size, tm]
