"""Reliability suite fixtures, and the generator of ``docs/reliability.md``.

At the end of a session in which the reliability tests ran, a hook writes ``docs/reliability.md``:
per category (test module) how many cases ran, what they were (test functions and their
parameter ids), how many passed / failed / skipped, and the hypothesis examples run against the
configured budget. The file is written only when every reliability module was collected and no
``-k``/``-m``/``--lf`` selection narrowed the run (so a partial run never overwrites the full
report); set ``AURORA_WIDGETS_RELIABILITY_DOC=always`` to write it anyway, ``=never`` to skip it.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from . import _support

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "reliability.md"
HERE = Path(__file__).resolve().parent
CATEGORIES = {
    "test_network_faults": ("Network faults", "Server faults (500, 503, slow past the timeout, truncated "
                            "body, reset, HTML page, bad Content-Length; reordered listings) x listing, "
                            "downloading and best-file selection; one-off faults must be retried to success, "
                            "persistent ones must end in our own error, and the download folder must hold "
                            "no partial or wrong file."),
    "test_bad_files": ("Bad files", "Mutated copies of real and generated files (truncation, bit flips, "
                       "wrong gzip stream, wrong magic, PGM dims claiming gigabytes, .sav files with missing "
                       "fields or wrong types, empty files): ReadError or problematic_files, never silently "
                       "wrong frames, bounded time and memory."),
    "test_hostile_server": ("Hostile server data", "A scripted server sending path-escaping URLs, hostile "
                            "dataset names, HTML in names/descriptions and absurd count/total_bytes."),
    "test_hostile_widgets_browser": ("Hostile data in the browser", "HTML/script in dataset names, "
                                     "descriptions, file names, site and device codes rendered by the "
                                     "widgets in headless Chromium: shown as text, nothing injected, no "
                                     "dialog, no console error."),
    "test_concurrency": ("Concurrency", "Two threads and two spawned processes downloading the same file; "
                         "a reader polling the final path during a stretched download."),
    "test_cache_healing": ("Cache healing", "Cached files damaged as pyaurorax can leave them (cut at many points, "
                           "zero bytes, an HTML page saved as the file, a file still being written by another "
                           "process) x skymap, calibration and raw files x download/download_best_* and read: "
                           "each is fetched again atomically with one warning naming it, and afterwards every "
                           "file equals the server's (nothing lost); a small gzip bomb is refused in bounded "
                           "memory."),
    "test_widget_input": ("Widget input", "Invalid site codes, dates outside validity, datasets without "
                          "files, unknown devices, garbage date types, from Python and from the front-end: "
                          "inline messages, no traceback, the next valid input works."),
}

_results: dict[str, dict[str, Any]] = {}
_collected: set[str] = set()
_started = time.monotonic()


def _module(nodeid: str) -> str | None:
    path = nodeid.split("::", 1)[0].replace("\\", "/")
    if "reliability/" not in path:
        return None
    return Path(path).stem


def pytest_collection_finish(session: pytest.Session) -> None:
    for item in session.items:
        module = _module(item.nodeid)
        if module is not None:
            _collected.add(module)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    module = _module(report.nodeid)
    if module is None:
        return
    entry = _results.setdefault(report.nodeid, {"outcome": None, "duration": 0.0})
    entry["duration"] += report.duration
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        entry["outcome"] = report.outcome
    elif report.when == "teardown" and report.outcome == "failed":
        entry["outcome"] = "failed"


def _should_write(session: pytest.Session) -> bool:
    mode = os.environ.get("AURORA_WIDGETS_RELIABILITY_DOC", "").strip().lower()
    if mode == "never" or not _results:
        return False
    if mode == "always":
        return True
    opt = session.config.option
    narrowed = bool(getattr(opt, "keyword", "")) or bool(getattr(opt, "markexpr", "")) or bool(
        getattr(opt, "lf", False)) or bool(getattr(opt, "deselect", None))
    return not narrowed and set(CATEGORIES) <= _collected


def _split(nodeid: str) -> tuple[str, str, str]:
    name = nodeid.split("::")[-1]
    func, _, params = name.partition("[")
    return _module(nodeid) or "", func, params.rstrip("]")


def render_report(results: dict[str, dict[str, Any]], wall_seconds: float) -> str:
    """The Markdown of docs/reliability.md for ``results`` (nodeid -> outcome, duration)."""
    by_cat: dict[str, list[tuple[str, str, str, float]]] = defaultdict(list)
    for nodeid, r in sorted(results.items()):
        module, func, params = _split(nodeid)
        by_cat[module].append((func, params, r["outcome"] or "not run", r["duration"]))
    lines = [
        "# Reliability and security: faults, bad input and hostile data",
        "",
        "Generated by `tests/reliability/conftest.py` at the end of `pytest tests/reliability` "
        f"({_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {wall_seconds:.0f} s wall time for the session). Do not edit by hand.",
        "",
        "Every case ends either in success after retries or in an error of our own type "
        "(`AuroraWidgetsError` subclasses) with a message that says what to do, and leaves no partial "
        "or wrong file behind.",
        "",
        "## Totals",
        "",
        "| Category | Cases | Passed | Failed | Skipped | Hypothesis examples (run / budget) | Time (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    grand = defaultdict(float)
    for module, (title, _desc) in CATEGORIES.items():
        rows = by_cat.get(module, [])
        counts = defaultdict(int)
        for _f, _p, outcome, _d in rows:
            counts[outcome] += 1
        funcs = [f for f, _p, _o, _d in rows]
        run = sum(_support.EXAMPLES.get(f, 0) for f in set(funcs))
        planned = sum(_support.BUDGETS.get(f, 0) for f in funcs)  # the budget holds per parametrised case
        seconds = sum(d for *_x, d in rows)
        hyp = f"{run} / {planned}" if planned else "–"
        lines.append(f"| {title} | {len(rows)} | {counts['passed']} | {counts['failed']} | "
                     f"{counts['skipped']} | {hyp} | {seconds:.1f} |")
        for key, value in (("cases", len(rows)), ("passed", counts["passed"]), ("failed", counts["failed"]),
                           ("skipped", counts["skipped"]), ("run", run), ("planned", planned),
                           ("seconds", seconds)):
            grand[key] += value
    lines.append(f"| **All** | **{int(grand['cases'])}** | **{int(grand['passed'])}** | "
                 f"**{int(grand['failed'])}** | **{int(grand['skipped'])}** | "
                 f"**{int(grand['run'])} / {int(grand['planned'])}** | **{grand['seconds']:.1f}** |")
    lines += ["", "A hypothesis example is one generated input (a cut point, a flipped bit, a header); "
              "the budget is the test's `max_examples` per parametrised case (fixed seed: "
              "`derandomize=True`, no deadline); hypothesis may run a few examples beyond it.", ""]
    for module, (title, desc) in CATEGORIES.items():
        rows = by_cat.get(module, [])
        lines += [f"## {title}", "", desc, "", "| Test | Cases | Passed | Failed | Skipped | Parameters |",
                  "|---|---:|---:|---:|---:|---|"]
        grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for func, params, outcome, _d in rows:
            grouped[func].append((params, outcome))
        for func, cases in grouped.items():
            counts = defaultdict(int)
            for _p, outcome in cases:
                counts[outcome] += 1
            params = ", ".join(f"`{p}`" + ("" if o == "passed" else f" ({o})") for p, o in cases if p)
            if func in _support.BUDGETS:
                params = (params + "; " if params else "") + (
                    f"hypothesis: {_support.EXAMPLES.get(func, 0)} examples run, budget "
                    f"{_support.BUDGETS[func]} per case ({_support.BUDGETS[func] * len(cases)} in all)")
            lines.append(f"| `{func}` | {len(cases)} | {counts['passed']} | {counts['failed']} | "
                         f"{counts['skipped']} | {params or '–'} |")
        lines.append("")
    return "\n".join(lines)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _should_write(session):
        return
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(render_report(_results, time.monotonic() - _started), encoding="utf-8")


# ------------------------------------------------------------------------------------------ fixtures
@pytest.fixture
def make_client(api_url: str, download_dir: Path) -> Any:
    """Factory: ``make_client(timeout=..., retries=...)`` -> Client on the session archive server."""

    def make(**kwargs: Any) -> Any:
        return _support.make_client(api_url, download_dir, **kwargs)

    return make
