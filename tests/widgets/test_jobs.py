"""The job runner (widgets/_jobs.py): a newer request supersedes the older one, whose result never lands.

Each test makes the older request slow (a gate it waits on), lets a newer one finish, then opens
the gate: what shows must be the newer request's result. Removing the supersede guard in
``Jobs._run`` / ``Jobs._land_error`` fails these tests.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
import traitlets

from aurora_widgets.data import Client
from aurora_widgets.data.errors import APIError
from aurora_widgets.widgets._jobs import JOB_STATES, Jobs

GILL_2021 = "themis_skymap_gill_20210308-+_v02.sav"
GILL_2022 = "themis_skymap_gill_20220301-+_v02.sav"


class Owner(traitlets.HasTraits):
    status = traitlets.Enum(JOB_STATES, default_value="idle")
    message = traitlets.Unicode("")
    value = traitlets.Int(0)


def _slow(gate: threading.Event, result: Any) -> Any:
    def work() -> Any:
        assert gate.wait(10), "the test never opened the gate"
        if isinstance(result, BaseException):
            raise result
        return result

    return work


def test_a_superseded_result_never_lands():
    owner, gate = Owner(), threading.Event()
    jobs = Jobs(owner, {"main": ("status", "message")})
    landed: list[int] = []

    def land(v: int) -> None:
        landed.append(v)
        owner.value = v

    old = jobs.submit("main", "old", _slow(gate, 1), land)
    new = jobs.submit("main", "new", lambda: 2, land, wait=True)
    assert owner.value == 2 and owner.status == "ready"
    gate.set()
    assert old.done.wait(10)
    assert landed == [2] and owner.value == 2 and owner.status == "ready"
    assert not jobs.is_current(old) and jobs.is_current(new)


def test_a_superseded_error_never_lands():
    owner, gate = Owner(), threading.Event()
    jobs = Jobs(owner, {"main": ("status", "message")})
    old = jobs.submit("main", "old", _slow(gate, APIError("server down")), lambda v: None)
    jobs.submit("main", "new", lambda: 2, lambda v: setattr(owner, "value", v), wait=True)
    gate.set()
    assert old.done.wait(10)
    assert owner.status == "ready" and owner.message == "" and owner.value == 2


def test_supersede_without_a_new_job_drops_the_running_one():
    owner, gate = Owner(), threading.Event()
    jobs = Jobs(owner, {"main": ("status", "message")})
    job = jobs.submit("main", "old", _slow(gate, 5), lambda v: setattr(owner, "value", v))
    jobs.supersede("main")
    gate.set()
    assert job.done.wait(10)
    assert owner.value == 0


def test_channels_are_independent_and_errors_show_inline():
    class Two(Owner):
        other_status = traitlets.Enum(JOB_STATES, default_value="idle")
        other_message = traitlets.Unicode("")

    owner = Two()
    jobs = Jobs(owner, {"main": ("status", "message"), "other": ("other_status", "other_message")})
    jobs.submit("other", "fails", lambda: 1 / 0,
                lambda v: None, wait=True)
    jobs.submit("main", "works", lambda: 3, lambda v: setattr(owner, "value", v), wait=True)
    assert owner.status == "ready" and owner.value == 3
    assert owner.other_status == "error" and owner.other_message.startswith("ZeroDivisionError")
    assert jobs.retry("other", wait=True) is not None and owner.other_status == "error"


def test_on_error_chooses_the_status_shown():
    owner = Owner()
    jobs = Jobs(owner, {"main": ("status", "message")})
    jobs.submit("main", "x", lambda: 1 / 0, lambda v: None, on_error=lambda e: ("none", "nothing here"), wait=True)
    assert (owner.status, owner.message) == ("none", "nothing here")


def test_a_finished_jobs_worker_runs_the_next_job():
    """Worker threads are kept: a cached selection's job does not pay for starting a thread."""
    jobs = Jobs(Owner(), {"main": ("status", "message")})
    threads = []
    for _ in range(3):
        jobs.submit("main", "x", threading.current_thread, threads.append, wait=True)
    assert len(set(threads)) == 1 and threads[0] is not threading.current_thread()
    assert threads[0].name == "aurora-main" and not jobs.busy()


def test_a_slow_superseded_job_does_not_hold_up_the_newer_one():
    """A running job cannot be stopped, so the newer one gets another worker, not a queue behind it."""
    owner, gate = Owner(), threading.Event()
    jobs = Jobs(owner, {"main": ("status", "message")})
    old = jobs.submit("main", "old", _slow(gate, 1), lambda v: None)
    new = jobs.submit("main", "new", lambda: 2, lambda v: setattr(owner, "value", v))
    assert new.done.wait(10), "the newer job waited for the superseded one"
    assert owner.value == 2 and jobs.busy()  # the old one still runs
    assert new.thread is not old.thread
    gate.set()
    assert jobs.wait(10) and not jobs.busy() and owner.value == 2


class TwoChannelOwner(Owner):
    other_status = traitlets.Enum(JOB_STATES, default_value="idle")
    other_message = traitlets.Unicode("")


def test_wait_covers_a_job_started_by_a_job():
    owner, gate = TwoChannelOwner(), threading.Event()
    jobs = Jobs(owner, {"main": ("status", "message"), "other": ("other_status", "other_message")})
    seen: list[int] = []
    jobs.submit("main", "first", lambda: 1,
                lambda v: jobs.submit("other", "second", _slow(gate, 2), seen.append))
    threading.Timer(0.2, gate.set).start()
    assert jobs.wait(10) and seen == [2] and not jobs.busy()


# --------------------------------------------------------------------------- through the widgets
class GatedClient:
    """A real client whose chosen call waits for a gate when its arguments match."""

    def __init__(self, client: Client, method: str, match: Any, gate: threading.Event) -> None:
        self._client, self._method, self._match, self._gate = client, method, match, gate
        self.blocked = threading.Event()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if name != self._method:
            return attr

        def gated(*args: Any, **kwargs: Any) -> Any:
            if self._match(args, kwargs):
                self.blocked.set()
                assert self._gate.wait(20), "the test never opened the gate"
            return attr(*args, **kwargs)

        return gated


@pytest.fixture
def client(api_url, download_dir):
    return Client(api_url=api_url, download_dir=download_dir)


def test_skymap_browser_keeps_the_newer_dates_skymap_when_the_older_listing_ends_last(client):
    from aurora_widgets.widgets import SkymapBrowser

    gate = threading.Event()
    gated = GatedClient(client, "list_skymaps", lambda a, k: str(a[2]).startswith("2022-06-01"), gate)
    browser = SkymapBrowser(site_uid="gill", date="2022-06-01", client=gated)
    assert gated.blocked.wait(20)
    browser.date = "2021-11-04"  # the newer request, answered at once
    while browser.selected != GILL_2021 and browser.busy():
        browser._jobs.wait(0.1)
    gate.set()
    browser.wait(60)
    assert browser.status == "ready", browser.message
    assert browser.selected == GILL_2021 and browser.skymap.filename.endswith(GILL_2021)
    assert [c["filename"] for c in browser.candidates if c["is_best"]] == [GILL_2021]


def test_calibration_browser_keeps_the_newer_devices_files_when_the_older_listing_ends_last(client):
    from aurora_widgets.widgets import CalibrationBrowser

    gate = threading.Event()
    gated = GatedClient(client, "list_calibrations", lambda a, k: a[1] == "654", gate)
    cb = CalibrationBrowser(dataset="REGO", device_uid="654", date="2021-11-04", client=gated)
    assert gated.blocked.wait(20)
    cb.device_uid = "655"
    while not cb.selected_flatfield and cb.busy():
        cb._jobs.wait(0.1)
    gate.set()
    cb.wait(60)
    assert cb.device_uid == "655"
    assert "15655" in cb.selected_flatfield and "15655" in cb.flatfield.filename
