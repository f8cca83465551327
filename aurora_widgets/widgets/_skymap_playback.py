"""Playback of a UT range on SkymapBrowser's map: the ``playback*`` traits and the ``_playback_segment`` command.

:class:`PlaybackView` is the part of :class:`~aurora_widgets.widgets.SkymapBrowser` that plays
``play_range`` across minute files (and the neighbours' mosaic): it keeps one
:class:`~aurora_widgets.data.playback.Playback` (listing, ring of decoded minutes, prefetch, shared
clock), writes ``playback`` (the plan, in a "playback" job) and ``playback_status`` (progress), and
answers the front-end's segment requests. The wire format is docs/playback_wire.md.

What the plan is made for is its ``key``: dataset, site, range, skymap, altitude, neighbours and
calibration. A change of the skymap or altitude only changes the key (the decoded minutes stay);
a change of anything else plans again. Nothing is planned before the selection is loaded
(``payload_key``), so a reload clears ``playback`` until the new selection is there.

Example:
    >>> from aurora_widgets import SkymapBrowser
    >>> b = SkymapBrowser(client=None)
    >>> b.playback, b._pb.answer({"key": "x", "index": 0})[0]["message"]
    ({}, 'superseded')

"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ..data.errors import InputError
from ..data.instruments import raw_dataset_for_skymap
from ..data.playback import DEFAULT_RING_MB, Playback
from ..data.playback_calibration import site_calibrations
from ..data.playback_clock import MINUTE, iso, parse_play_range
from ._jobs import error_text

if TYPE_CHECKING:
    from .skymap_browser import SkymapBrowser

__all__ = ["PlaybackView", "play_range_value"]

#: What the page shows in ``playback_message`` while no range is set.
NO_RANGE = "Set play_range (or drag a range on the keogram) to play across minute files."


def play_range_value(value: Any) -> list[str]:
    """Return a ``play_range`` value checked and normalised (``[]`` or two ISO minutes); InputError otherwise.

    Example:
        >>> play_range_value(("2021-11-04T06:00", "2021-11-04T06:30:00"))
        ['2021-11-04T06:00', '2021-11-04T06:30']

    """
    span = parse_play_range(list(value) if isinstance(value, tuple) else value)
    return [] if span is None else [iso(span[0], "minutes"), iso(span[1], "minutes")]


class PlaybackView:
    """The range playback of one SkymapBrowser: its current :class:`Playback` and the job that plans it."""

    def __init__(self, widget: SkymapBrowser, ring_mb: float = DEFAULT_RING_MB) -> None:
        self._w = widget
        self.ring_mb = ring_mb
        self.session: Playback | None = None
        self._data_key: tuple[Any, ...] | None = None
        self._calibration: dict[str, Any] | None = None
        self._lock = threading.RLock()
        widget.observe(lambda _c: self.refresh(), names=[
            "play_range", "payload_key", "selected", "altitude_km", "show_neighbours", "neighbours_status"])

    # ------------------------------------------------------------------ state
    def calibrate(self, flatfield: Any = None, rayleighs: Any = None, dark: Any = None) -> None:
        """Play calibrated frames (``data.calibrate`` with these; all None: raw counts again)."""
        on = flatfield is not None or rayleighs is not None or dark is not None
        self._calibration = {"flatfield": flatfield, "rayleighs": rayleighs, "dark": dark} if on else None
        self.refresh()

    def _neighbours(self) -> tuple[str, ...] | None:
        """Return the ready neighbours shown on the map (None: still loading, wait for them)."""
        w = self._w
        if not w.show_neighbours:
            return ()
        if w.neighbours_status in ("loading", "idle"):
            return None
        loaded = w._nb.loaded
        return tuple(n.site_uid for n in loaded[1] if n.status == "ready") if loaded is not None else ()

    def _cal_id(self) -> str:
        cal = self._calibration
        if cal is None:
            return ""
        names = [getattr(cal[k], "filename", repr(cal[k]) if cal[k] is not None else "-") for k in ("flatfield",
                                                                                                      "rayleighs")]
        return "+".join(str(n).rsplit("/", 1)[-1] for n in names) + f"+dark={cal['dark']}"

    def clear(self, message: str = NO_RANGE) -> None:
        """Show no playback (``playback`` and ``playback_status`` empty); the planning job is dropped."""
        w = self._w
        with self._lock:
            old, self.session, self._data_key = self.session, None, None
        if old is not None:
            old.close()
        w._jobs.supersede("playback")
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(playback={}, playback_status={})
            w.playback_state, w.playback_message = "off", message

    def refresh(self) -> None:
        """Plan the range for the current selection (a "playback" job), or only re-key when the data is the same."""
        w = self._w
        raw = raw_dataset_for_skymap(w.dataset_name)
        if not w.play_range:
            return self.clear() if self.session is not None or w.playback else None
        if not w.payload_key or not w.selected:
            return self.clear("Waiting for the skymap to load before planning the range.")
        if raw is None:
            return self.clear(f"No readable raw frames for {w.dataset_name}: nothing to play.")
        neighbours = self._neighbours()
        if neighbours is None:
            return self.clear("Waiting for the neighbouring sites before planning the range.")
        start, end = parse_play_range(w.play_range) or (None, None)
        assert start is not None and end is not None
        data_key = (raw, w.site_uid, start, end, neighbours, self._cal_id())
        key = "|".join([raw, w.site_uid, iso(start, "minutes"), iso(end, "minutes"), w.selected,
                        f"{float(w.altitude_km):g}", ",".join(neighbours), self._cal_id()])
        with self._lock:
            session = self.session
            if session is not None and self._data_key == data_key:
                if session.key != key and w.playback:
                    session.key = key
                    w._put(playback=session.describe())
                return None
            if session is not None:
                session.close()
            cal = self._calibration
            calibrations = None if cal is None else {w.site_uid: cal}
            new = Playback(w.client, raw, w.site_uid, start, end, neighbours=neighbours, calibrations=calibrations,
                           ring_mb=self.ring_mb, key=key, on_progress=lambda s: self._progress(new, s))
            self.session, self._data_key = new, data_key
        with w.hold_sync(), w.hold_trait_notifications():
            w._put(playback={}, playback_status={})
        minutes = int((end - start) / MINUTE)
        label = f"Listing {minutes} minute files of {raw} {w.site_uid} from {start:%Y-%m-%d %H:%M} UT…"

        def done(session: Playback) -> None:
            if session is self.session:
                with w.hold_sync(), w.hold_trait_notifications():
                    w._put(playback=session.describe(), playback_status=session.status())
                    w.playback_state = "ready"
                    w.playback_message = f"{minutes} minutes of {raw} {w.site_uid} ({session.units})."

        def work() -> Playback:
            if cal is not None and neighbours:  # each neighbour with its own camera's calibrations
                assert new.calibrations is not None
                new.calibrations.update(site_calibrations(w.client, raw, neighbours, start, cal))
            return new.prepare()

        w._jobs.submit("playback", label, work, done,
                       on_error=lambda err: ("error", f"Playback: {error_text(err)}"))
        return None

    def _progress(self, session: Playback, status: dict[str, Any]) -> None:
        if session is self.session and self._w.playback:
            with self._w.hold_sync():
                self._w._put(playback_status=status)

    # ------------------------------------------------------------------ the command
    def answer(self, msg: Any) -> tuple[dict[str, Any], list[bytes]]:
        """Answer ``{"key", "index"}`` with one segment (docs/playback_wire.md); errors are answers, never raised."""
        key = str(msg.get("key", "")) if isinstance(msg, dict) else ""
        index = msg.get("index") if isinstance(msg, dict) else None
        session = self.session
        if session is None or not self._w.playback or key != session.key:
            return {"key": key, "index": index, "status": "error", "message": "superseded"}, []
        try:
            return session.answer(key, index)
        except (InputError, Exception) as err:  # never raise into the comm
            return {"key": key, "index": index, "status": "error", "message": error_text(err)}, []
