"""Dates and times in Chromium, typed as a reader types them (issue 14, "Dates and times").

Typed text is committed on Enter or blur only, a focused field is never rewritten, years outside
the data's range (and two-digit years) are refused with a message, the calendar pages fast by
month and year, the time has minute precision, and days with data files are marked.
"""

from __future__ import annotations

import datetime as dt

import pytest

from aurora_widgets.widgets import DatePicker
from aurora_widgets.widgets._base import RefusedValueError
from aurora_widgets.widgets.date_picker import days_with_files


def _date_field(r):
    return r.root.get_by_label("Date (UT)")


def test_typing_a_date_commits_on_enter_only_and_is_never_rewritten(render):
    picker = DatePicker("2022-03-07", min_date="2005-01-01", max_date="2026-12-31")
    r = render(picker).sync()
    field = _date_field(r)
    field.focus()  # the first segment (month, in the en-US order Chromium uses here)
    seen = []
    for key in "11042021":  # month, day, year: each keystroke alone
        r.page.keyboard.press(key)
        r.sync()
        seen.append((field.input_value(), picker.date))
    # nothing reached Python while typing, and the field kept every keystroke
    assert {date for _, date in seen} == {"2022-03-07"}
    assert field.input_value() == "2021-11-04"
    r.page.keyboard.press("Enter")
    r.sync()
    assert picker.date == "2021-11-04"
    assert picker.value == dt.datetime(2021, 11, 4)
    assert r.root.locator(".aurora-dtp-refused").is_hidden()
    assert r.page_errors() == []


def test_typed_date_commits_on_blur(render):
    picker = DatePicker("2022-03-07")
    r = render(picker).sync()
    field = _date_field(r)
    field.focus()  # the first segment (month, in the en-US order Chromium uses here)
    r.page.keyboard.type("11042021")
    r.sync()
    assert picker.date == "2022-03-07"
    r.page.mouse.click(990, 700)  # a click on the page outside the widget: the field loses focus
    r.sync()
    assert r.page.evaluate("() => document.activeElement.tagName") == "BODY"
    assert picker.date == "2021-11-04"


def _type_and_enter(render, digits):
    """A bounded picker on 2022-03-07 with ``digits`` typed into its date field, then Enter."""
    picker = DatePicker("2022-03-07", min_date="2005-01-01", max_date="2026-12-31")
    r = render(picker).sync()
    field = _date_field(r)
    field.focus()  # the first segment (month, in the en-US order Chromium uses here)
    r.page.keyboard.type(digits)
    r.page.keyboard.press("Enter")
    r.sync()
    return picker, r, field


def test_two_digit_year_is_refused_with_a_message_not_mapped(render):
    picker, r, field = _type_and_enter(render, "110421")
    assert picker.date == "2022-03-07"  # neither 0021 nor 1921 nor 2021
    message = r.root.locator(".aurora-dtp-refused")
    assert message.is_visible() and "four digits" in message.text_content()
    assert field.get_attribute("aria-invalid") == "true"
    assert field.input_value() == "0021-11-04"  # what was typed stays, to be corrected
    # correcting it clears the message
    r.page.keyboard.press("Backspace")
    r.page.keyboard.type("2021")
    r.page.keyboard.press("Enter")
    r.sync()
    assert picker.date == "2021-11-04" and message.is_hidden()


def test_year_outside_the_data_range_is_refused(render):
    picker, r, _field = _type_and_enter(render, "11041999")
    assert picker.date == "2022-03-07"
    text = r.root.locator(".aurora-dtp-refused").text_content()
    assert "outside the data's range" in text and "2005-01-01" in text


def test_python_refuses_two_digit_years():
    picker = DatePicker()
    with pytest.raises(RefusedValueError, match="four digits"):
        picker.date = "0021-11-04"
    assert picker.date == ""


def test_time_of_day_has_minute_precision_and_commits_on_enter(render):
    picker = DatePicker("2021-11-04", with_time=True)
    r = render(picker).sync()
    time_field = r.root.get_by_label("Time (UT)")
    time_field.focus()
    r.page.keyboard.type("0631")
    r.sync()
    assert picker.time == "00:00"  # not yet
    r.page.keyboard.press("Enter")
    r.sync()
    assert picker.value == dt.datetime(2021, 11, 4, 6, 31)
    assert time_field.input_value() == "06:31"


def test_calendar_reaches_november_2021_from_today_in_two_choices(render):
    picker = DatePicker(available=[["2010-01-01", None]])
    r = render(picker).sync()
    today = dt.datetime.now(dt.timezone.utc)
    label = r.root.locator(".aurora-dtp-month")
    assert label.text_content() == today.strftime("%B %Y")
    r.root.get_by_label("Year", exact=True).select_option("2021")
    r.root.get_by_label("Month", exact=True).select_option(label="November")
    assert label.text_content() == "November 2021"
    r.sync()
    assert picker.shown_month == "2021-11"
    r.root.get_by_role("button", name="2021-11-04, covered").click()
    r.sync()
    assert picker.date == "2021-11-04"


def test_calendar_keyboard_pages_months_and_years_and_keeps_focus(render):
    picker = DatePicker("2021-11-04", available=[["2010-01-01", None]])
    r = render(picker).sync()
    label = r.root.locator(".aurora-dtp-month")
    r.root.locator('.aurora-dtp-day[data-date="2021-11-04"]').focus()
    r.page.keyboard.press("Shift+PageUp")
    assert label.text_content() == "November 2020"
    r.page.keyboard.press("PageDown")
    r.page.keyboard.press("ArrowRight")
    assert label.text_content() == "December 2020"
    focused = r.page.evaluate("() => document.activeElement.dataset.date")
    assert focused == "2020-12-05"
    r.page.keyboard.press("Enter")
    r.sync()
    assert picker.date == "2020-12-05"
    assert r.root.get_by_role("button", name="Next year").is_visible()


def test_calendar_marks_days_with_data_files(render):
    picker = DatePicker("2021-11-04", data_days=["2021-11-03", "2021-11-04"],
                        data_label="THEMIS_ASI_RAW files of gill")
    r = render(picker).sync()
    assert r.root.locator(".aurora-dtp-calendar").is_visible()  # a label alone shows the calendar
    marked = r.root.locator(".aurora-dtp-day.has-data").evaluate_all("bs => bs.map(b => b.dataset.date)")
    assert marked == ["2021-11-03", "2021-11-04"]
    assert r.root.get_by_role("button", name="2021-11-05, no data").count() == 1
    dot = r.root.locator('.aurora-dtp-day[data-date="2021-11-04"]').evaluate(
        "b => { const s = getComputedStyle(b, '::after'); return [s.content, s.width, s.backgroundColor]; }")
    assert dot[0] == '""' and dot[1] == "5px" and dot[2] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert r.root.locator(".aurora-dtp-legend").text_content() == "Dotted days have THEMIS_ASI_RAW files of gill."
    assert picker.has_data is True
    picker.data_days = ["2021-11-05"]  # Python -> page
    r.sync()
    marked = r.root.locator(".aurora-dtp-day.has-data").evaluate_all("bs => bs.map(b => b.dataset.date)")
    assert marked == ["2021-11-05"] and picker.has_data is False


def test_days_with_files_reads_ucalgary_names():
    urls = [
        "https://data/THEMIS/stream0/2021/11/04/gill_themis19/ut06/20211104_0600_gill_themis19_full.pgm.gz",
        "https://data/REGO/stream0/2021/11/05/gill_rego-652/ut00/20211105_0000_gill_rego-652_6300.pgm.gz",
        "https://data/TREx/20211105_0001_gill_nir-216_8446.pgm.gz",
        "https://data/readme.txt",
    ]
    assert days_with_files(urls) == ["2021-11-04", "2021-11-05"]


def test_follow_data_dots_days_with_raw_files_month_by_month(render, api_url, download_dir):
    import datetime as dt

    from aurora_widgets.data import Client

    client = Client(api_url=api_url, download_dir=download_dir)
    picker = DatePicker("2021-05-04", client=client)
    picker.follow_data("THEMIS_ASI_SKYMAP_IDLSAV", "gill", wait=True)
    assert picker.data_label == "THEMIS_ASI_RAW files of gill"
    # the days dotted are exactly the days whose raw listing is not empty (the sun rule thins late May)
    days = [dt.datetime(2021, 5, d) for d in range(1, 32)]
    listed = [f"{d:%Y-%m-%d}" for d in days
              if client.get_urls("THEMIS_ASI_RAW", d, d.replace(hour=23, minute=59), site_uid="gill").urls]
    assert picker.data_days == listed and "2021-05-04" in listed and picker.has_data is True
    r = render(picker).sync()
    marked = r.root.locator(".aurora-dtp-day.has-data").evaluate_all("bs => bs.map(b => b.dataset.date)")
    assert marked == listed
    assert r.root.locator(".aurora-dtp-legend").text_content() == "Dotted days have THEMIS_ASI_RAW files of gill."
    # paging the calendar lists the new month in Python (shown_month) and keeps what is known
    r.root.get_by_role("button", name="Next month").click()
    r.sync()
    assert picker.shown_month == "2021-06" and picker.status == "ready", picker.message
    assert r.root.locator(".aurora-dtp-day.has-data").count() == 0  # no dark night at gill in June
    assert r.root.locator(".aurora-dtp-calendar").is_visible()  # no data this month: still shown
    picker.follow_data("", "")
    r.sync()
    assert picker.data_days == [] and r.root.locator(".aurora-dtp-calendar").is_hidden()
