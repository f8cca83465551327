"""Run the side-by-side benchmarks and write ``benchmarks/RESULTS.md``.

Usage::

    python -m benchmarks.run                 # everything except the install benchmark (< 10 min)
    python -m benchmarks.run --quick         # tiny inputs, one sample each; prints, writes nothing
    python -m benchmarks.run --only raw_frames --only skymap_read
    python -m benchmarks.run --install --only install   # fresh venvs from PyPI (minutes)

A full run rewrites RESULTS.md; rows of benchmarks that did not run this time (``--only``, the
opt-in install benchmark) are carried over from the previous RESULTS.md, marked with their date.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from ._common import Context, Row, Skip, machine, skipped_row

#: Benchmark modules in report order (module name == NAME used by --only).
MODULES = [
    "skymap_read",
    "raw_frames",
    "best_skymap",
    "altitude",
    "calibration",
    "preview_payload",
    "selection_pixels",
    "selection_click",
    "star_fit",
    "archive",
    "archive_render",
    "widget_state",
    "idl_decoder",
    "keogram",
    "playback_memory",
    "playback_fps",
    "install",
]

RESULTS = Path(__file__).with_name("RESULTS.md")
_JSON_START, _JSON_END = "<!-- results-json", "results-json -->"


def load_module(name: str) -> Any:
    return importlib.import_module(f"benchmarks.{name}")


def run_one(name: str, ctx: Context, log: Any = print) -> list[Row]:
    """Run one benchmark module; a missing piece gives a skipped row, a crash an error row."""
    t0 = time.perf_counter()
    try:
        mod = load_module(name)
        rows = list(mod.run(ctx))
    except Skip as why:
        rows = [skipped_row(name, "(all)", str(why))]
    except Exception as err:
        tb = traceback.format_exc(limit=4)
        log(tb)
        rows = [skipped_row(name, "(all)", f"error: {type(err).__name__}: {err}")]
    log(f"[{name}] {time.perf_counter() - t0:.1f} s, {len(rows)} rows")
    return rows


# --------------------------------------------------------------------------------------------------
# formatting


def fmt_value(v: float, unit: str) -> str:
    if unit == "s":
        if v >= 1:
            return f"{v:.2f} s"
        if v >= 1e-3:
            return f"{v * 1e3:.1f} ms"
        return f"{v * 1e6:.1f} µs"
    if unit == "bytes":
        if v >= 1e6:
            return f"{v / 1e6:.2f} MB"
        if v >= 1e3:
            return f"{v / 1e3:.1f} kB"
        return f"{v:.0f} B"
    if unit == "deg":
        return f"{v:.2g}°"
    return f"{v:g}"


def fmt_stat(row: Row, which: str) -> str:
    st = getattr(row, which)
    if st is None:
        return "–"
    text = fmt_value(st.median, row.unit)
    if row.per and row.unit == "s" and st.median > 0:
        text += f" ({row.per / st.median:,.0f} {row.per_unit}/s)"
    if st.n > 1 and st.max > st.min:
        text += f" [{fmt_value(st.min, row.unit)}–{fmt_value(st.max, row.unit)}, n={st.n}]"
    elif st.n > 1:
        text += f" [n={st.n}]"
    return text


def fmt_ratio(row: Row) -> str:
    r = row.ratio
    if r is None:
        return "–"
    return f"{r:,.0f}x" if r >= 100 else f"{r:.2f}x"


def fmt_met(row: Row) -> str:
    if row.skipped:
        return "not run"
    if row.met is None:
        return ""
    return "**met**" if row.met else "**missed**"


def table(rows: list[Row]) -> list[str]:
    out = ["| benchmark | case | ours | anchor | anchor / ours | target | result | same output |",
           "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        if r.skipped:
            out.append(f"| {r.benchmark} | {r.case} | – | – | – | {r.target} | not run: {r.skipped} | |")
            continue
        eq = "" if r.equal is None else ("yes" if r.equal else "**NO**")
        if r.check and r.equal is not None:
            eq += f" ({r.check})"
        anchor = fmt_stat(r, "anchor")
        if r.anchor is not None:
            anchor = f"{r.anchor_name}: {anchor}"
        out.append(f"| {r.benchmark} | {r.case} | {fmt_stat(r, 'ours')} | {anchor} | {fmt_ratio(r)} "
                   f"| {r.target} | {fmt_met(r)} | {eq} |")
    return out


def render(rows: list[Row], env: dict[str, Any], notes: dict[str, str], dates: dict[str, str],
           command: str) -> str:
    pk = env["packages"]
    lines = [
        "# Benchmarks: aurora-widgets vs pyucalgarysrs / pyaurorax",
        "",
        f"Written by `{command}` on {env['date']}. Do not edit by hand; `make bench` rewrites it.",
        "",
        f"- Machine: {env['cpu']}, {env['cores']} cores, {env['os']}",
        f"- Python {env['python']}; " + ", ".join(f"{k} {v}" for k, v in pk.items()),
        "- Each cell: median [min–max, n runs]. *anchor / ours* > 1 means aurora-widgets is faster "
        "(or smaller, or fewer requests). Same inputs, same process, same run; files are in the OS page "
        "cache for both sides (\"cold\" means our in-memory cache cleared, not a cold disk).",
        "",
        "## Results",
        "",
        *table(rows),
        "",
    ]
    carried = {b: d for b, d in dates.items() if d != env["date"]}
    if carried:
        lines += ["Rows carried over from an earlier run: "
                  + ", ".join(f"`{b}` ({d})" for b, d in sorted(carried.items())) + ".", ""]
    missed = [r for r in rows if r.met is False]
    lines += ["## Targets missed, why, and what would close them", ""]
    if not missed:
        lines += ["None of the measured targets was missed.", ""]
    for r in missed:
        lines.append(f"- **{r.benchmark} / {r.case}** ({fmt_ratio(r)} vs target {r.target}): "
                     f"{r.note or 'see the notes below.'}")
    lines.append("")
    lines += ["## Notes per benchmark", ""]
    for mod in MODULES:
        if mod in notes:
            lines += [f"### {mod}", "", notes[mod].strip(), ""]
            extra = [r for r in rows if r.benchmark == mod and r.note and r.met is not False]
            for r in extra:
                lines.append(f"- *{r.case}*: {r.note}")
            if extra:
                lines.append("")
    lines += [
        "",
        _JSON_START,
        json.dumps({"env": env, "dates": dates, "rows": [r.to_json() for r in rows]}, indent=None),
        _JSON_END,
        "",
    ]
    return "\n".join(lines)


def previous(path: Path) -> tuple[list[Row], dict[str, str]]:
    """Rows and per-benchmark dates embedded in an earlier RESULTS.md."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return [], {}
    m = re.search(re.escape(_JSON_START) + r"\n(.*)\n" + re.escape(_JSON_END), text, re.S)
    if not m:
        return [], {}
    try:
        data = json.loads(m.group(1))
        return [Row.from_json(r) for r in data["rows"]], dict(data.get("dates", {}))
    except (ValueError, KeyError, TypeError):
        return [], {}


def module_notes(names: list[str]) -> dict[str, str]:
    out = {}
    for n in names:
        try:
            out[n] = getattr(load_module(n), "NOTES", "") or getattr(load_module(n), "TITLE", "")
        except Exception:
            out[n] = ""
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="tiny inputs, one sample; does not write RESULTS.md")
    ap.add_argument("--only", action="append", choices=MODULES, metavar="NAME",
                    help=f"run only this benchmark (repeatable): {', '.join(MODULES)}")
    ap.add_argument("--install", action="store_true",
                    help="also run the install benchmark (fresh venvs from PyPI; takes minutes)")
    ap.add_argument("--out", type=Path, default=None,
                    help="where to write the report (default: benchmarks/RESULTS.md; none with --quick)")
    ap.add_argument("--json", type=Path, default=None, help="also write the rows as JSON here")
    args = ap.parse_args(argv)

    names = args.only or [m for m in MODULES if m != "install" or args.install]
    if "install" in names and not args.install and args.only:
        args.install = True  # --only install asks for it explicitly
    ctx = Context(quick=args.quick, install=args.install)
    env = machine()
    rows: list[Row] = []
    t0 = time.perf_counter()
    try:
        for name in names:
            rows += run_one(name, ctx)
    finally:
        ctx.close()
    print(f"total {time.perf_counter() - t0:.1f} s")
    print("\n".join(table(rows)))
    if args.json:
        args.json.write_text(json.dumps({"env": env, "rows": [r.to_json() for r in rows]}, indent=1))

    out = args.out or (None if args.quick else RESULTS)
    if out is not None:
        old_rows, dates = previous(out)
        ran = set(names)
        merged: list[Row] = []
        for mod in MODULES:
            if mod in ran:
                merged += [r for r in rows if r.benchmark == mod]
                dates[mod] = env["date"]
            else:
                kept = [r for r in old_rows if r.benchmark == mod]
                if not kept:
                    reason = ("opt-in: run `python -m benchmarks.run --install --only install`"
                              if mod == "install" else "not run yet")
                    kept = [skipped_row(mod, "(all)", reason)]
                merged += kept
        cmd = "python -m benchmarks.run" + (" --quick" if args.quick else "") + "".join(
            f" --only {n}" for n in (args.only or [])) + (" --install" if args.install else "")
        out.write_text(render(merged, env, module_notes(MODULES), dates, cmd), encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
