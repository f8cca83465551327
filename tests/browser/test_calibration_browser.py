"""CalibrationBrowser in headless Chromium (harness), against the loopback archive server.

Renders in every theme with screenshots; checks that the canvases are painted, that the R/DN/s
value on the page is the file's value, that clicking a candidate changes the Python selection, and
that a step checkbox switches a step and the "after" panel changes.
"""

from __future__ import annotations

import pytest

from aurora_widgets.data import Client
from aurora_widgets.widgets.calibration_browser import CalibrationBrowser

RAY_654_V01 = "REGO_Rayleighs_15654_20141015-20210805_v01.sav"

# Counts the distinct colours of a canvas (a blank or one-colour canvas has at most 1).
_DISTINCT_COLOURS = """(c) => {
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  const seen = new Set();
  for (let i = 0; i < d.length; i += 4 * 7) {
    if (d[i + 3]) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
  }
  return seen.size;
}"""
_SUM = """(c) => { const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let s = 0; for (let i = 0; i < d.length; i += 4) s += d[i] + 2 * d[i + 1] + 3 * d[i + 2]; return s; }"""

# The histogram's bar colour (its most common opaque pixel) and the first opaque background behind it.
_BARS_AND_BACKGROUND = """(c) => {
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data, n = new Map();
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200) {
    const k = `${d[i]},${d[i + 1]},${d[i + 2]}`; n.set(k, (n.get(k) || 0) + 1);
  }
  const top = [...n.entries()].sort((a, b) => b[1] - a[1])[0];
  let node = c, bg = "rgb(255, 255, 255)";
  while (node && node.nodeType === 1) {
    const v = getComputedStyle(node).backgroundColor;
    if (v && !v.startsWith("rgba(0, 0, 0, 0)") && v !== "transparent") { bg = v; break; }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return [top ? top[0].split(",").map(Number) : null, bg.match(/[0-9.]+/g).slice(0, 3).map(Number)];
}"""


def _contrast(a: list[float], b: list[float]) -> float:
    def lum(rgb: list[float]) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def test_renders_in_every_theme(render, theme, client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    r = render(cb, theme=theme, width=980, height=1400)
    r.sync()
    assert cb.status == "ready", cb.message
    root = r.root
    assert "655" in root.locator(".aurora-cb-device-uid").inner_text()
    assert "20211104_0600_resu_rego-655_6300.pgm.gz" in root.locator(".aurora-cb-device-source").inner_text()
    for name in ("flatfield", "raw", "calibrated"):
        canvas = root.locator(f"[data-panel='{name}'] canvas.aurora-cb-canvas")
        assert canvas.evaluate(_DISTINCT_COLOURS) > 8, name
    assert root.locator(".aurora-cb-hist-canvas").evaluate(_DISTINCT_COLOURS) >= 1
    bars, background = root.locator(".aurora-cb-hist-canvas").evaluate(_BARS_AND_BACKGROUND)
    assert bars is not None and _contrast(bars, background) >= 2.0, (theme, bars, background)  # visible in dark themes
    assert r.contrast() >= 4.5
    assert r.contrast(root.locator(".aurora-cb-rvalue")) >= 4.5
    assert r.page_errors() == []
    r.screenshot(f"calibration_browser-{theme}", full_page=True)


def test_rayleighs_value_and_candidate_click(render, client):
    cb = CalibrationBrowser(
        dataset="REGO", device_uid="654", site_uid="gill", date="2021-11-04", client=client
    )
    r = render(cb)
    r.sync()
    shown = r.root.locator(".aurora-cb-rvalue")
    assert float(shown.get_attribute("data-value")) == cb.rayleighs.rayleighs_perdn_persecond
    value_text, units = shown.inner_text().split()
    assert value_text == "10.13743" and units == "R/DN/s"  # 7 significant digits, as a float32 holds
    assert shown.get_attribute("title") == "stored value: 10.137431837782506"
    stats = r.root.locator("dd[data-stat='max']").inner_text()
    assert float(stats) == pytest.approx(cb.flatfield_stats["max"], rel=1e-3)
    # click the v01 Rayleighs row: Python follows, and the page shows the new value
    row = r.root.locator(f"table[data-kind='rayleighs'] tr[data-filename='{RAY_654_V01}']")
    row.locator("input[type=radio]").click()
    r.sync()
    assert cb.selected_rayleighs == RAY_654_V01
    assert cb.rayleighs.version == "v01"
    assert float(shown.get_attribute("data-value")) == pytest.approx(10.35)
    assert "is-selected" in (row.get_attribute("class") or "")
    assert r.page_errors() == []


def test_step_checkbox_switches_the_after_panel(render, client):
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    r = render(cb)
    r.sync()
    after = r.root.locator("[data-panel='calibrated']")
    canvas = after.locator("canvas.aurora-cb-canvas")
    assert after.get_attribute("data-units") == "R"
    sum_before = canvas.evaluate(_SUM)
    info_before = after.locator(".aurora-cb-info").inner_text()
    box = r.root.locator("input[data-step='rayleighs']")
    assert box.is_checked()
    box.uncheck()
    r.sync()
    assert cb.steps == {"dark": True, "flatfield": True, "rayleighs": False}
    assert cb.calibrated_info["units"] == "DN"
    assert after.get_attribute("data-units") == "DN"
    assert "DN" in after.locator(".aurora-cb-panel-title").inner_text()
    assert after.locator(".aurora-cb-info").inner_text() != info_before
    # the flatfield step changes the pixels themselves
    r.root.locator("input[data-step='flatfield']").uncheck()
    r.sync()
    assert cb.steps["flatfield"] is False
    assert canvas.evaluate(_SUM) != sum_before
    assert r.page_errors() == []


def test_unknown_device_says_so_without_retry(render, client):
    cb = CalibrationBrowser(dataset="REGO", device_uid="999", date="2021-11-04", client=client)
    r = render(cb, theme="vscode-dark")
    r.sync()
    status = r.root.locator(".aurora-cb-status")
    assert status.get_attribute("data-state") == "error"  # nothing to retry: another device is the way out
    assert "999" in status.inner_text()
    assert status.get_by_role("button", name="Retry").is_hidden()
    # type another device in the form and load it
    r.root.get_by_label("Device UID").fill("654")
    r.root.get_by_role("button", name="Load").click()
    r.sync()
    assert cb.device_uid == "654" and cb.status == "ready", cb.message
    assert status.get_attribute("data-state") == "ready"
    r.screenshot("calibration_browser-unknown-device-fixed")


def test_flatfield_statistics_cover_the_field_of_view_only(render, client):
    """Statistics and histogram over the skymap's pixels at elevation >= 10 deg, as numpy finds them."""
    import datetime

    import numpy as np

    from aurora_widgets.data import read_skymap

    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client)
    r = render(cb, theme="jupyterlab-dark", width=980, height=1400)
    r.sync()
    assert cb.status == "ready", cb.message
    ff = np.asarray(cb.flatfield.flat_field_multiplier, dtype=np.float64)
    sky = client.download_best_skymap("REGO_SKYMAP_IDLSAV", "resu", datetime.datetime(2021, 11, 4, 6))
    el = read_skymap(sky.filenames[0]).full_elevation
    with np.errstate(invalid="ignore"):
        inside = ff[np.isfinite(el) & (el >= 10.0) & np.isfinite(ff)]
    whole = ff[np.isfinite(ff)]
    assert 0 < inside.size < whole.size
    expected = {"min": inside.min(), "max": inside.max(), "mean": inside.mean(),
                "median": np.median(inside), "std": inside.std()}
    everything = {"min": whole.min(), "max": whole.max(), "mean": whole.mean(),
                  "median": np.median(whole), "std": whole.std()}
    shown = {k: float(r.root.locator(f"dd[data-stat='{k}']").inner_text()) for k in expected}
    for key, value in expected.items():
        assert shown[key] == pytest.approx(value, rel=2e-3, abs=1e-3), key
    # the whole frame's (the corners outside the sky) would be visibly other numbers
    assert any(abs(shown[k] - everything[k]) > 5e-3 * abs(everything[k]) for k in ("max", "mean", "std"))
    caption = r.root.locator(".aurora-cb-hist figcaption").inner_text()
    assert caption.startswith(f"Histogram of {inside.size} pixels"), caption
    assert sum(cb.flatfield_histogram["counts"]) == inside.size
    region = r.root.locator(".aurora-cb-region").inner_text()
    assert region.startswith("Field of view only") and "10°" in region, region
    assert r.page_errors() == []

# The colour a CSS value resolves to inside the histogram's figure (a probe element there).
_RESOLVED = """(fig, value) => {
  const probe = document.createElement("span"); probe.style.color = value; fig.append(probe);
  const c = getComputedStyle(probe).color; probe.remove(); return c.match(/[0-9.]+/g).slice(0, 3).map(Number);
}"""


@pytest.mark.parametrize("theme_name", ["jupyterlab-dark", "vscode-dark"])
def test_histogram_drawn_in_the_theme_colour_when_rendered_detached(render, client, theme_name):
    """JupyterLab renders into a detached element: colours read during render() would be unresolved."""
    cb = CalibrationBrowser(dataset="REGO", site_uid="resu", date="2021-11-04 06:00", client=client).wait()
    assert cb.flatfield_histogram.get("counts"), cb.message  # drawn during render(), while detached
    r = render(cb, theme=theme_name, width=980, height=1400, detached=True)
    assert r.page.evaluate("() => window.__aurora.wasConnectedAtRender") is False  # really detached
    r.sync()
    canvas = r.root.locator(".aurora-cb-hist-canvas")
    r.page.wait_for_function("() => document.querySelector('.aurora-cb-hist-canvas')?.dataset.fill")
    bars, background = canvas.evaluate(_BARS_AND_BACKGROUND)
    accent = r.root.locator(".aurora-cb-hist").evaluate(_RESOLVED, "var(--aurora-accent)")
    assert bars is not None and max(abs(a - b) for a, b in zip(bars, accent, strict=True)) <= 2, (bars, accent)
    assert _contrast(bars, background) >= 3.0, (bars, background)  # not black on a dark page
    assert r.page_errors() == []
