"""Calibration: ``calibrate(frames, flatfield, rayleighs)`` vs pyaurorax ``tools.calibration.rego``.

100 REGO-sized frames (512x512x100 uint16, seeded random counts 200-4000 on a 300-DN floor) with
the generated REGO flatfield and Rayleighs calibrations of detector 15654 (v02, as the sample
archive has them), each side using its own reader's Calibration objects. All three steps (dark
corner, flatfield, Rayleighs, 2 s exposure). Each sample gets a fresh copy of the frames (untimed),
because pyaurorax can modify its input. Results must be identical (ours with the default
``match_pyaurorax=True``). Quick mode: 512x512x4.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._common import Context, Row, Skip, measure, need, quiet, target_ratio

NAME = "calibration"
TITLE = "Calibration of 100 REGO frames (>= 1x pyaurorax, equal results)"
NOTES = __doc__


def frames(n: int, shape: tuple[int, int] = (512, 512)) -> np.ndarray:
    rng = np.random.default_rng(20211104)
    return (300 + rng.integers(200, 4000, size=(*shape, n))).astype(np.uint16)


def calibration_files(ctx: Context) -> tuple[str, str]:
    gen = need("aurora_widgets.archive.generate.calibrations", "write_calibration", "CALIBRATIONS")
    want = {(s.kind, s.serial, s.version): s for s in gen.CALIBRATIONS}
    ff = want.get(("flatfield", "15654", "v02"))
    rr = want.get(("Rayleighs", "15654", "v02"))
    if ff is None or rr is None:
        raise Skip("the generator has no REGO 15654 v02 calibrations")
    out = ctx.tmp / "calibration"
    with quiet():
        return str(gen.write_calibration(ff, out)), str(gen.write_calibration(rr, out))


def run(ctx: Context) -> list[Row]:
    cal = need("aurora_widgets.data.calibration", "calibrate")
    reader = need("aurora_widgets.data.readers", "read_calibration")
    ff_path, rr_path = calibration_files(ctx)
    srs = ctx.srs()
    pax = ctx.pax()
    with quiet():
        ours_ff, ours_rr = reader.read_calibration(ff_path), reader.read_calibration(rr_path)
        anc_ff = srs.data.readers.read_calibration(ff_path).data[0]
        anc_rr = srs.data.readers.read_calibration(rr_path).data[0]
    n = 4 if ctx.quick else 100
    base = frames(n)
    holder: dict[str, Any] = {}

    def fresh() -> None:
        holder["x"] = base.copy()

    def ours() -> Any:
        return cal.calibrate(holder["x"], flatfield=ours_ff, rayleighs=ours_rr, exposure_s=2.0)

    def anchor() -> Any:
        with quiet():
            return pax.tools.calibration.rego(holder["x"], cal_flatfield=anc_ff, cal_rayleighs=anc_rr,
                                              exposure_length_sec=2.0)

    fresh()
    a = np.asarray(ours())
    fresh()
    b = np.asarray(anchor())
    if a.shape == b.shape:
        equal = bool(np.array_equal(a, b) and a.dtype == b.dtype)
        diff = float(np.nanmax(np.abs(a.astype(np.float64) - b.astype(np.float64)))) if a.size else 0.0
        check = (f"{a.dtype}, bit-identical" if equal
                 else f"max abs diff {diff:.3g} R ({a.dtype} vs {b.dtype})")
    else:
        equal, check = False, f"shape {a.shape} != {b.shape}"
    rep = ctx.repeat(7, 1)
    t_ours = measure(ours, repeat=rep, setup=fresh, number=1)
    t_anchor = measure(anchor, repeat=rep, setup=fresh, number=1)
    row = Row(NAME, f"REGO 512x512 x {n} frames, dark + flatfield + Rayleighs", "s", t_ours, t_anchor,
              "pyaurorax calibration.rego", target=">= 1x, equal", equal=equal, check=check,
              per=n, per_unit="frames")
    target_ratio(row, 1.0)
    row.met = bool(row.met and equal)
    if row.met is False:
        row.note = ("both are memory-bound numpy passes over 100 MB of frames; ours runs in chunks and "
                    "writes frame-major output. " + ("" if equal else "Results differ: " + check))
    return [row]
