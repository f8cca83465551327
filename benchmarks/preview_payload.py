"""Preview payload and preview time: SkymapBrowser's four panels vs a matplotlib PNG of them.

Ours: the bytes the browser receives for the four skymap panels (elevation, azimuth, latitude,
longitude at 110 km) at the skymap's native resolution, read from the widget's synced state
(``get_state(["panels"])``: the binary buffers, one byte per pixel, deflated when that helps, plus
the JSON around them). Anchor: the same four arrays (lat/lon at pixel centres) drawn by matplotlib
(Agg) as one 1x4 figure, figsize 16x4 in, with colorbars, saved as PNG at 100 dpi: its size, and the
time to render it. Preview time (ours) = setting ``altitude_km`` to a new value, which synchronously
recomputes the corner grid, the four panels and the map grid (the Python side of a redraw).
Cases: the real gako THEMIS skymap (256x256) and a generated REGO one (512x512), both served
from the sample archive.
"""

from __future__ import annotations

import io
import itertools
import json
from typing import Any

import numpy as np

from ._common import Context, Row, Skip, Stat, measure, need, quiet, target_ratio

NAME = "preview_payload"
TITLE = "Preview payload (no more bytes than a 100 dpi matplotlib PNG) and preview time 256 vs 512"
NOTES = __doc__

CASES = [
    ("THEMIS_ASI_SKYMAP_IDLSAV", "gako", "2011-03-06", "THEMIS gako 256x256 (real)"),
    ("REGO_SKYMAP_IDLSAV", "gill", "2021-11-04", "REGO gill 512x512 (generated)"),
]


def panel_payload(widget: Any) -> tuple[int, int, dict[str, Any]]:
    """(buffer bytes, JSON bytes, panels) of the widget's ``panels`` trait as sent to the browser."""
    from ipywidgets.widgets.widget import _remove_buffers

    state = widget.get_state(["panels"])
    stripped, _paths, buffers = _remove_buffers(state)
    nbuf = sum(memoryview(b).nbytes for b in buffers)
    return nbuf, len(json.dumps(stripped, default=str).encode()), state["panels"]


def four_arrays(skymap: Any, altitude_km: float) -> list[tuple[str, np.ndarray]]:
    alt = need("aurora_widgets.data.altitude", "skymap_at_altitude")
    panels = need("aurora_widgets.widgets._skymap_panels", "pixel_centres")
    lat, lon = alt.skymap_at_altitude(skymap, altitude_km)
    clat, clon = panels.pixel_centres(np.asarray(lat), np.asarray(lon))
    return [("elevation", np.asarray(skymap.full_elevation)), ("azimuth", np.asarray(skymap.full_azimuth)),
            ("latitude", clat), ("longitude", clon)]


def matplotlib_png(arrays: list[tuple[str, np.ndarray]]) -> bytes:
    """The four panels as a typical pyaurorax user draws them: imshow + colorbar, PNG at 100 dpi."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 4, figsize=(16, 4))
    for ax, (name, arr) in zip(axes, arrays, strict=True):
        im = ax.imshow(arr, origin="lower", cmap="viridis")
        ax.set_title(name)
        fig.colorbar(im, ax=ax, fraction=0.046)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def run(ctx: Context) -> list[Row]:
    sb = need("aurora_widgets.widgets.skymap_browser", "SkymapBrowser")
    rows: list[Row] = []
    cases = CASES[:1] if ctx.quick else CASES
    rep = ctx.repeat(7, 1)
    for dataset, site, date, label in cases:
        client, how = ctx.widget_client(f"preview-{site}")
        with quiet():
            widget = sb.SkymapBrowser(dataset=dataset, site_uid=site, date=date, client=client)
            widget.wait(120)
        if widget.skymap is None or not widget.panels:
            raise Skip(f"SkymapBrowser did not load {dataset} {site} {date}: "
                       f"{widget.status} {widget.message}")
        shape = tuple(np.asarray(widget.skymap.full_elevation).shape)
        nbuf, njson, panels = panel_payload(widget)
        shapes = {k: tuple(v.get("shape", ())) for k, v in panels.items()}
        native = all(s == shape for s in shapes.values()) and len(shapes) == 4
        arrays = four_arrays(widget.skymap, float(widget.altitude_km))
        with quiet():
            png = matplotlib_png(arrays)
            t_png = measure(lambda a=arrays: matplotlib_png(a), repeat=rep, number=1)
        size = Row(NAME, f"{label}: bytes to the browser", "bytes", Stat.single(nbuf + njson),
                   Stat.single(len(png)), "matplotlib PNG, 100 dpi", target="<= PNG bytes",
                   equal=native, check=f"4 panels at native {shape[0]}x{shape[1]}" if native else
                   f"panel shapes {shapes} vs skymap {shape}",
                   note=f"{nbuf:,} B of panel buffers + {njson:,} B of JSON; {how}")
        target_ratio(size, 1.0)
        if size.met is False:
            size.note += ("; one byte per pixel for 4 native-resolution panels (deflated) is more than a "
                          "downsampled 1600x400 PNG. Closing it: send the panels at display size "
                          "(e.g. <= 256 px) and fetch native pixels on zoom, or delta-encode rows before "
                          "deflate.")
        alts = itertools.count(111)

        def redraw(w: Any = widget, alts: Any = alts) -> None:
            w.altitude_km = float(next(alts) % 200 + 81)  # a new altitude every time: no cache hit

        with quiet():
            t_ours = measure(redraw, repeat=rep, number=1)
        rows += [size, Row(NAME, f"{label}: preview time (panels for a new altitude vs PNG render)", "s",
                           t_ours, t_png, "matplotlib PNG render",
                           note="Python side only; the browser side is in selection_pixels")]
        widget.close()
    return rows
