"""A marimo app with the aurora Explorer: pick a dataset, a site and a date, then a skymap.

Run it with ``marimo run notebooks/marimo_explorer_app.py``. The last cell prints what Python
holds, so you can see the Explorer and Python agree. tests/e2e/test_marimo.py drives this app
in Chromium.
"""

import marimo

__generated_with = "0.25.2"
app = marimo.App(width="full")


@app.cell
def _():
    import marimo as mo

    from aurora_widgets import Explorer

    explorer = Explorer(dataset="THEMIS_ASI_SKYMAP_IDLSAV", date="2021-11-04")
    explorer_view = mo.ui.anywidget(explorer)
    # The Explorer's children change in the page, not the Explorer's own value: poll what Python holds.
    tick = mo.ui.refresh(options=["1s"], default_interval="1s", label="Python's view, every")
    return explorer, explorer_view, mo, tick


@app.cell
def _(explorer_view, mo, tick):
    mo.vstack([mo.md("# The aurora Explorer in marimo"), explorer_view, tick])
    return


@app.cell
def _(explorer, explorer_view, mo, tick):
    # runs again whenever the Explorer changes in the page, and every second
    _ = (explorer_view.value, tick.value)
    explorer.wait()
    _sky = explorer.skymap_browser
    mo.md(f"`PY explorer site={explorer.site_uid or '-'} skymap={_sky.selected or '-'}`")
    return


if __name__ == "__main__":
    app.run()
