"""A marimo app with the aurora widgets: pick a THEMIS site on the map, then a skymap of it.

Run it with ``marimo run notebooks/marimo_app.py`` (``marimo edit`` to change it). The last cell
prints what Python holds, so you can see the widgets and Python agree. tests/e2e/test_marimo.py
drives this app in Chromium.
"""

import marimo

__generated_with = "0.25.2"
app = marimo.App(width="full")


@app.cell
def _():
    import marimo as mo

    from aurora_widgets import SitePicker, SkymapBrowser

    sites = SitePicker("themis_asi")
    sky = SkymapBrowser(dataset="THEMIS_ASI_SKYMAP_IDLSAV", date="2021-11-04")

    def follow_site(change):
        """Show the site picked on the map in the skymap browser."""
        sky.site_uid = change["new"]

    sites.observe(follow_site, names=["selected"])
    site_view = mo.ui.anywidget(sites)
    sky_view = mo.ui.anywidget(sky)
    return mo, site_view, sites, sky, sky_view


@app.cell
def _(mo, site_view, sky_view):
    mo.vstack([mo.md("# Aurora cameras in marimo"), site_view, sky_view])
    return


@app.cell
def _(mo, site_view, sites, sky, sky_view):
    # runs again whenever either widget changes in the page
    _ = (site_view.value, sky_view.value)
    sky.wait()
    mo.md(f"`PY site={sites.selected or '-'} skymap={sky.selected or '-'}`")
    return


if __name__ == "__main__":
    app.run()
