"""Arrays through the real wire in Chromium: NDArray trait -> js/lib/ndarray.js -> back to Python."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import anywidget
import numpy as np
import pytest

from aurora_widgets.widgets._arrays import NDArray

ROOT = Path(__file__).resolve().parents[2]
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"

RENDER = """
export default {
  render({ model, el }) {
    el.classList.add("aurora");
    const out = document.createElement("span");
    const echo = () => {
      const a = fromWire(model.get("values"));
      const doubled = new a.data.constructor(a.data.length);
      for (let i = 0; i < a.data.length; i++) doubled[i] = a.data[i] * 2;
      out.textContent = `${a.dtype} [${a.shape}]`;
      model.set("echo", toWire({ data: doubled, dtype: a.dtype, shape: a.shape }));
      model.save_changes();
    };
    model.on("change:values", echo);
    echo();
    el.append(out);
  },
};
"""


@pytest.fixture(scope="module")
def ndarray_esm() -> str:
    if not ESBUILD.exists() or shutil.which("node") is None:
        pytest.skip("esbuild (npm ci) is needed to bundle js/lib/ndarray.js for the page")
    lib = subprocess.run([str(ESBUILD), "js/lib/ndarray.js", "--format=esm"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return lib.replace("export {", "const __exports = {") + RENDER


@pytest.mark.parametrize(("dtype", "shape"), [("float32", (3, 4)), ("uint16", (2, 5)), ("float64", (7,))])
def test_an_array_goes_to_the_page_and_back_with_dtype_and_shape(render, ndarray_esm, dtype, shape):
    class Echo(anywidget.AnyWidget):
        _esm = ndarray_esm
        values = NDArray(dtype)
        echo = NDArray(dtype)

    values = (np.arange(int(np.prod(shape))) + 1).reshape(shape).astype(dtype)
    w = Echo(values=values)
    r = render(w)
    r.sync()
    assert r.root.locator("span").text_content() == f"{dtype} [{','.join(map(str, shape))}]"
    assert w.echo is not None and w.echo.dtype == np.dtype(dtype) and w.echo.shape == shape
    assert np.array_equal(w.echo, values * 2)
    w.values = values[::-1].copy()  # a change goes out and comes back again
    r.sync()
    assert np.array_equal(w.echo, values[::-1] * 2)
    assert r.page_errors() == []
