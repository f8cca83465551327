"""The harness's fake model is as strict as marimo's: one event name per ``model.on`` call.

Backbone (JupyterLab) splits ``"change:a change:b"`` into two events; marimo registers it as one
event that never fires, so a view using it froze there after its first draw (issue 14). The
harness refuses such a call, so every browser test would catch it.
"""

from __future__ import annotations

from aurora_widgets.widgets import DatePicker


def test_on_with_two_event_names_is_an_error(render):
    r = render(DatePicker("2021-11-04")).sync()
    message = r.page.evaluate(
        "() => { try { window.__aurora.model.on('change:date change:time', () => {}); return ''; }"
        " catch (err) { return String(err.message); } }"
    )
    assert message == ""  # registered as the one literal name it is (as marimo does): it never fires
    assert any("one event per call" in e for e in r.page_errors())


def test_on_with_one_event_name_fires(render):
    picker = DatePicker("2021-11-04")
    r = render(picker).sync()
    r.page.evaluate("() => { window.__fired = 0; window.__aurora.model.on('change:date', () => window.__fired++); }")
    picker.date = "2021-11-05"
    r.sync()
    assert r.page.evaluate("() => window.__fired") == 1
    assert r.page_errors() == []
