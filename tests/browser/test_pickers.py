"""The pickers in Chromium: clicks reach Python, Python changes reach the page, text stays text."""

from __future__ import annotations

import datetime as dt

import pytest

from aurora_widgets.widgets import DatasetPicker, DatePicker, SitePicker
from aurora_widgets.widgets.site_picker import fov_radius_km

from .stubs import EVIL_DESCRIPTION, EVIL_NAME, EVIL_SITE, StubClient


def _row(r, name):
    return r.root.locator(f'tr.aurora-dp-row[data-name="{name}"]')


# ---------------------------------------------------------------- DatasetPicker
def test_dataset_picker_click_select_and_python_select(render):
    picker = DatasetPicker(client=StubClient())
    r = render(picker).sync()
    assert r.root.locator("tr.aurora-dp-row").count() == len(picker.datasets) > 10
    _row(r, "REGO_RAW").locator("td.aurora-dp-name").click()
    r.sync()
    assert picker.selected == "REGO_RAW" and picker.value.name == "REGO_RAW"
    assert _row(r, "REGO_RAW").get_attribute("aria-selected") == "true"
    picker.selected = "THEMIS_ASI_SKYMAP_IDLSAV"  # Python -> page
    r.sync()
    assert _row(r, "THEMIS_ASI_SKYMAP_IDLSAV").get_attribute("aria-selected") == "true"
    assert _row(r, "REGO_RAW").get_attribute("aria-selected") == "false"
    assert "THEMIS_ASI_SKYMAP_IDLSAV" in r.root.locator(".aurora-dp-selected").text_content()
    assert r.page_errors() == []


def test_dataset_picker_search_chips_sort_and_keyboard(render):
    picker = DatasetPicker(client=StubClient())
    r = render(picker).sync()
    r.root.get_by_label("Search").fill("rego flatfield calibration")  # filters at once, in the page
    names = r.root.locator("tr.aurora-dp-row").evaluate_all("rows => rows.map(r => r.dataset.name)")
    assert names == ["REGO_CALIBRATION_FLATFIELD_IDLSAV"]
    r.root.get_by_label("Search").press("Enter")  # sends the query now; a single match is picked
    r.sync()
    assert picker.query == "rego flatfield calibration"
    assert picker.selected == "REGO_CALIBRATION_FLATFIELD_IDLSAV"
    r.root.get_by_label("Search").fill("")
    r.root.get_by_role("button", name="SKYMAP", exact=True).click()
    r.sync()
    assert picker.kind_filter == "skymap"
    kinds = r.root.locator("tr.aurora-dp-row").evaluate_all("rows => rows.map(r => r.dataset.kind)")
    assert kinds and set(kinds) == {"skymap"}
    assert r.root.get_by_role("button", name="SKYMAP", exact=True).get_attribute("aria-pressed") == "true"
    # sort by name, descending
    r.root.get_by_role("button", name="Name", exact=True).click()
    r.sync()
    assert picker.sort_descending is True
    names = r.root.locator("tr.aurora-dp-row").evaluate_all("rows => rows.map(r => r.dataset.name)")
    assert names == sorted(names, reverse=True)
    # keyboard: ArrowDown from search into the rows, ArrowDown again, Enter picks
    r.root.get_by_label("Search").focus()
    r.page.keyboard.press("ArrowDown")
    r.page.keyboard.press("ArrowDown")
    r.page.keyboard.press("Enter")
    r.sync()
    assert picker.selected == names[1]
    # Python -> page for the filter too
    picker.kind_filter = "all"
    picker.query = "themis"
    r.sync()
    assert r.root.get_by_label("Search").input_value() == "themis"
    visible = picker.visible_datasets()
    assert r.root.locator("tr.aurora-dp-row").count() == len(visible) > 2  # every THEMIS dataset of the catalogue
    assert all("themis" in (d.name + d.short_description).lower() for d in visible)


def test_dataset_picker_details_and_doi_link(render):
    picker = DatasetPicker(client=StubClient(), name="REGO_RAW")
    r = render(picker).sync()
    row = _row(r, "REGO_RAW")
    link = row.locator("a.aurora-link")
    assert link.get_attribute("href").startswith("https://doi.org/10.")
    assert link.get_attribute("rel") == "noopener noreferrer"
    toggle = row.get_by_role("button", name="Show details of REGO_RAW")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    details = r.root.locator("tr.aurora-dp-details")
    assert details.count() == 1
    assert picker.value.long_description[:40] in details.text_content()
    assert picker.value.citation in details.text_content()
    assert row.get_by_role("button", name="Hide details of REGO_RAW").get_attribute("aria-expanded") == "true"


def test_dataset_picker_shows_html_in_names_as_text(render):
    picker = DatasetPicker(client=StubClient(evil=True))
    r = render(picker).sync()
    assert r.root.locator("img, script, b").count() == 0
    assert r.page.evaluate("() => window.__pwned") is None
    row = r.root.locator("tr.aurora-dp-row").filter(has_text="EVIL_DATASET")
    assert row.get_attribute("data-name") == EVIL_NAME
    assert row.locator("td.aurora-dp-name").text_content() == EVIL_NAME
    assert row.locator("td.aurora-dp-desc").text_content() == EVIL_DESCRIPTION
    assert row.locator("a").count() == 0  # javascript: DOI is not a link
    row.locator("td.aurora-dp-name").click()
    row.get_by_role("button").click()
    r.sync()
    assert picker.selected == EVIL_NAME
    assert r.root.locator("img, script, b, a[href^='javascript']").count() == 0
    assert r.page.evaluate("() => window.__pwned") is None


def test_dataset_picker_error_and_retry(render):
    client = StubClient(fail_times=1)
    picker = DatasetPicker(client=client)
    r = render(picker).sync()
    status = r.root.locator(".aurora-status")
    assert picker.status == "error"
    assert status.get_attribute("data-status") == "error"
    assert "stub outage" in status.text_content()
    retry = r.root.get_by_role("button", name="Retry")
    assert retry.is_visible()
    retry.click()
    r.sync()
    assert picker.status == "ready" and len(client.calls) == 2
    assert r.root.locator("tr.aurora-dp-row").count() == len(picker.datasets)
    assert not retry.is_visible()


# ---------------------------------------------------------------- SitePicker
def test_site_picker_marker_and_list_clicks(render):
    picker = SitePicker("themis_asi", client=StubClient())
    r = render(picker).sync()
    markers = r.root.locator(".aurora-map-site")
    assert markers.count() == len(picker.sites) > 10
    assert r.root.locator("path.aurora-map-land").get_attribute("d").count("M") > 20  # coastlines drawn
    r.root.locator('.aurora-map-site[data-uid="gill"] .aurora-map-site-dot').click(force=True)
    r.sync()
    assert picker.value.uid == "gill"
    assert r.root.locator('.aurora-map-site[data-uid="gill"]').get_attribute("aria-pressed") == "true"
    fov = r.root.locator("path.aurora-map-fov-circle")
    assert fov.count() == 1
    assert float(r.root.locator(".aurora-sp").get_attribute("data-fov-km")) == pytest.approx(
        picker.fov_radius_km, abs=0.1
    )
    r.root.locator('button.aurora-sp-site[data-uid="rank"]').click()
    r.sync()
    assert picker.selected == "rank"
    # keyboard in the list
    r.root.locator('button.aurora-sp-site[data-uid="rank"]').focus()
    r.page.keyboard.press("ArrowDown")
    r.page.keyboard.press("Enter")
    r.sync()
    uids = [s["uid"] for s in picker.sites]
    assert picker.selected == uids[uids.index("rank") + 1]
    # Python -> page
    picker.value = "atha"
    r.sync()
    assert r.root.locator('button.aurora-sp-site[data-uid="atha"]').get_attribute("aria-pressed") == "true"
    assert "Athabasca" in r.root.locator(".aurora-sp-info").text_content()


def test_site_picker_fov_controls_and_array_switch(render):
    picker = SitePicker("themis_asi", client=StubClient(), value="gill")
    r = render(picker).sync()
    before = r.root.locator("path.aurora-map-fov-circle").bounding_box()
    slider = r.root.get_by_label("Min. elevation (°)")
    slider.fill("30")  # fires input + change
    r.sync()
    assert picker.min_elevation == 30
    assert picker.fov_radius_km == pytest.approx(fov_radius_km(110, 30))
    after = r.root.locator("path.aurora-map-fov-circle").bounding_box()
    assert after["width"] < before["width"] * 0.8
    picker.altitude_km = 230  # Python -> page: slider moves, circle grows
    r.sync()
    assert r.root.get_by_label("Altitude (km)").input_value() == "230"
    assert float(r.root.locator(".aurora-sp").get_attribute("data-fov-km")) == pytest.approx(
        fov_radius_km(230, 30), abs=0.1
    )
    r.root.get_by_label("Instrument array").select_option("trex_rgb")
    r.sync()
    assert picker.instrument_array == "trex_rgb"
    assert r.root.locator(".aurora-map-site").count() == len(picker.sites) == 7  # the real seven TREx RGB sites
    assert r.root.locator("button.aurora-sp-site").count() == 7


def test_site_picker_html_site_name_is_text(render):
    picker = SitePicker("rego", client=StubClient(evil=True), value="zzzz")
    r = render(picker).sync()
    assert r.root.locator("img, script").count() == 0
    assert r.page.evaluate("() => window.__pwned") is None
    assert (
        r.root.locator('button.aurora-sp-site[data-uid="zzzz"] .aurora-sp-name').text_content() == EVIL_SITE
    )
    assert EVIL_SITE in r.root.locator(".aurora-sp-info").text_content()


# ---------------------------------------------------------------- DatePicker
def test_date_picker_buttons_inputs_and_calendar(render):
    picker = DatePicker(
        "2021-11-04",
        min_date="2021-10-01",
        max_date="2021-11-30",
        with_time=True,
        available=[["2021-03-08", "2021-11-10"], ["2021-11-20", None]],
    )
    r = render(picker).sync()
    date_input = r.root.get_by_label("Date (UT)")
    assert date_input.input_value() == "2021-11-04"
    assert date_input.get_attribute("min") == "2021-10-01"
    r.root.get_by_role("button", name="Next day").click()
    r.sync()
    assert picker.value == dt.datetime(2021, 11, 5)
    r.root.get_by_role("button", name="Previous day").click()
    r.root.get_by_role("button", name="Previous day").click()
    r.sync()
    assert picker.date == "2021-11-03"
    date_input.fill("2021-11-12")
    r.sync()
    assert picker.date == "2021-11-12" and picker.covered is False
    assert r.root.locator(".aurora-dtp-coverage").text_content() == "not covered"
    r.root.get_by_label("Time (UT)").fill("06:30")
    r.sync()
    assert picker.value == dt.datetime(2021, 11, 12, 6, 30)
    # calendar: covered days marked, click one
    assert r.root.get_by_role("button", name="2021-11-10, covered").count() == 1
    assert r.root.get_by_role("button", name="2021-11-15, not covered").count() == 1
    r.root.get_by_role("button", name="2021-11-21, covered").click()
    r.sync()
    assert picker.date == "2021-11-21" and picker.covered is True
    assert r.root.locator('.aurora-dtp-day[aria-current="date"]').text_content() == "21"
    # bounds: the last day disables Next, days after max are disabled
    picker.date = "2021-11-30"
    r.sync()
    assert r.root.get_by_role("button", name="Next day").is_disabled()
    r.root.get_by_role("button", name="Next month").click()
    assert r.root.get_by_role("button", name="2021-12-01, covered").is_disabled()
    # Python -> page
    picker.value = dt.datetime(2021, 10, 2, 23, 15)
    r.sync()
    assert date_input.input_value() == "2021-10-02"
    assert r.root.get_by_label("Time (UT)").input_value() == "23:15"
    assert r.root.locator(".aurora-dtp-month").text_content() == "October 2021"
    # the legend says what the intervals are, as text
    legend = r.root.locator(".aurora-dtp-legend")
    assert legend.text_content() == "Underlined days are covered by at least one interval."
    picker.available_label = "a skymap of <b>gill</b>"
    r.sync()
    assert legend.text_content() == "Underlined days have a skymap of <b>gill</b>."
    assert legend.locator("b").count() == 0


def test_date_picker_without_intervals_has_no_calendar(render):
    picker = DatePicker("2021-11-04")
    r = render(picker).sync()
    assert r.root.locator(".aurora-dtp-calendar").is_hidden()
    assert r.root.get_by_label("Time (UT)").is_hidden()
    assert r.page_errors() == []


def test_view_cleanup_removes_model_listeners(render):
    picker = DatePicker("2021-11-04", available=[["2021-01-01", None]])
    r = render(picker).sync()
    assert r.listener_count() > 0
    r.destroy_view()
    assert r.listener_count() == 0


def test_saved_copy_of_a_view_shows_server_html_as_text(chromium):
    """The saved-notebook copy (what GitHub or nbviewer render) escapes names and descriptions too."""
    picker = DatasetPicker(client=StubClient(evil=True)).wait()
    picker.selected = EVIL_NAME
    html = picker._last_view_bundle(picker._static_html())["text/html"]
    page = chromium.new_page()
    try:
        page.set_content(f"<html><body>{html}</body></html>")
        page.wait_for_timeout(200)  # an onerror handler would have run by now
        assert page.evaluate("() => window.__pwned") is None
        assert page.locator("img, script, b").count() == 0
        text = page.locator(".aurora-last-view").inner_text()
        assert EVIL_NAME in text and EVIL_DESCRIPTION in text
    finally:
        page.close()
