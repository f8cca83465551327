"""Each benchmark once in --quick mode on tiny inputs: rows well formed, our outputs equal the anchors'.

Never asserts timings (those belong in benchmarks/RESULTS.md). A benchmark whose pieces are not
written yet, or whose anchor/tool is missing here, is skipped with its reason.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("pyucalgarysrs")
pytest.importorskip("pyaurorax")

from benchmarks import run as bench_run
from benchmarks._common import UNITS, Context, Row, Stat

QUICK = [m for m in bench_run.MODULES]


@pytest.fixture(scope="module")
def ctx():
    c = Context(quick=True)
    yield c
    c.close()


def check_stat(st: Stat) -> None:
    assert isinstance(st, Stat)
    assert st.n >= 1
    for v in (st.min, st.median, st.max):
        assert isinstance(v, float | int) and math.isfinite(v) and v >= 0
    assert st.min <= st.median <= st.max


@pytest.mark.parametrize(
    "name",
    [pytest.param(m, marks=pytest.mark.browser) if m in ("selection_pixels", "selection_click") else m for m in QUICK],
)
def test_benchmark_quick(ctx, name):
    # in a thread of its own: a benchmark may start Playwright's sync API, which cannot share the
    # main thread with the session's browser fixture
    with ThreadPoolExecutor(1) as pool:
        rows = pool.submit(bench_run.run_one, name, ctx, log=lambda *_: None).result()
    assert rows, f"{name} returned no rows"
    errors = [r.skipped for r in rows if r.skipped.startswith("error:")]
    assert not errors, f"{name} crashed: {errors}"
    if all(r.skipped for r in rows):
        pytest.skip(f"{name}: {rows[0].skipped}")
    for r in rows:
        assert isinstance(r, Row)
        assert r.benchmark == name
        assert isinstance(r.case, str) and r.case
        if r.skipped:
            continue
        assert r.unit in UNITS
        assert r.ours is not None and r.anchor is not None, r.case
        check_stat(r.ours)
        check_stat(r.anchor)
        assert r.anchor_name
        if r.unit == "s":
            assert r.ours.median > 0 and r.anchor.median > 0
        assert r.ratio is None or r.ratio >= 0
        assert r.met in (None, True, False)
        # where a benchmark compares outputs, ours must equal the anchor's
        if r.equal is not None:
            assert r.equal is True, f"{name} / {r.case}: output differs from the anchor ({r.check})"
    compared = [r for r in rows if r.equal is not None]
    if name in ("skymap_read", "raw_frames", "altitude", "calibration", "best_skymap"):
        assert compared, f"{name} compared no outputs"


def test_report_round_trip(tmp_path):
    rows = [
        Row("raw_frames", "x, n_parallel=1", "s", Stat(0.01, 0.009, 0.02, 3), Stat(0.03, 0.03, 0.03, 3),
            "pyucalgarysrs", target=">= 1.5x", met=True, equal=True, check="80 frames", per=80,
            per_unit="frames"),
        Row("best_skymap", "cold, HTTP requests", "requests", Stat.single(2), Stat.single(2), "pyaurorax",
            target="fewer", met=False, note="ties"),
    ]
    env = {"date": "2026-01-01 00:00 UTC", "cpu": "cpu", "cores": 2, "os": "Linux", "python": "3.11",
           "packages": {"numpy": "2"}}
    text = bench_run.render(rows, env, {"raw_frames": "notes"}, {"raw_frames": env["date"]}, "cmd")
    assert "| raw_frames | x, n_parallel=1 |" in text
    assert "**missed**" in text and "3.00x" in text
    out = tmp_path / "RESULTS.md"
    out.write_text(text)
    back, dates = bench_run.previous(out)
    assert [r.to_json() for r in back] == [r.to_json() for r in rows]
    assert dates == {"raw_frames": env["date"]}


def test_cli_writes_the_report_it_is_asked_for(tmp_path):
    out = tmp_path / "R.md"
    assert bench_run.main(["--quick", "--only", "install", "--out", str(out)]) == 0
    text = out.read_text()
    assert "| install |" in text and "not run" in text
