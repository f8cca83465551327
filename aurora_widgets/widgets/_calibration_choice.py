"""CalibrationBrowser's device and files: find the camera, list its calibrations, load the chosen ones.

:class:`CalibrationChoice` is the part of :class:`~aurora_widgets.widgets.CalibrationBrowser`
behind ``reload()``, ``selected_flatfield`` and ``selected_rayleighs``. One "main" job finds the
device (given, or from the header of one raw file: ``Client.find_device_uid``), lists its flatfield
and Rayleighs files (``Client.list_calibrations``, which chooses the best for the date) and reads
the best of each; choosing another file reads it on its own channel ("flatfield" or "rayleighs"),
and a result lands only while that file is still the one chosen.

Example:
    >>> calibration_array("REGO_CALIBRATION_FLATFIELD_IDLSAV"), calibration_array("trex_nir")
    ('REGO', 'TREX_NIR')

"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from ..data.errors import AuroraWidgetsError, InputError, NoMatchError
from ..data.fetch import candidate_path
from ..data.instruments import calibrated_arrays, instrument_for_dataset
from ..data.models import Calibration, Candidate, Candidates
from ..data.protocol import DataClient
from ..data.select import as_datetime
from ._dates import frame_minute
from ._flatfield_fov import find_field_of_view

if TYPE_CHECKING:
    from .calibration_browser import CalibrationBrowser

__all__ = ["CALIBRATED_ARRAYS", "KINDS", "CalibrationChoice", "calibration_array", "find_candidate"]

#: Instrument arrays with flatfield/Rayleighs calibration files -> their raw dataset (from the registry).
CALIBRATED_ARRAYS: dict[str, str] = {k: str(i.raw_dataset) for k, i in calibrated_arrays().items()}
#: The two kinds of calibration file: kind -> (its label in messages, the trait of the chosen file).
KINDS = {"flatfield": ("flatfield", "selected_flatfield"), "rayleighs": ("Rayleighs", "selected_rayleighs")}


def calibration_array(name: str) -> str:
    """Return the instrument array (``REGO``, ``TREX_NIR``, ``TREX_BLUE``) of an array or dataset name.

    Accepts array names in any case (``"rego"``, ``"TREX_NIR"``) and calibration, raw or skymap
    dataset names. Arrays without calibration files (THEMIS, TREx RGB) raise :class:`InputError`.

    Example:
        >>> calibration_array("REGO_CALIBRATION_FLATFIELD_IDLSAV"), calibration_array("trex_nir")
        ('REGO', 'TREX_NIR')
        >>> calibration_array("THEMIS_ASI_SKYMAP_IDLSAV")
        Traceback (most recent call last):
        ...
        aurora_widgets.data.errors.InputError: There are no calibration files for THEMIS ASI: flatfield and \
Rayleighs files exist for REGO, TREx NIR and TREx Blue.

    """
    inst = instrument_for_dataset(str(name or ""))
    if inst is not None and inst.has_calibrations:
        return inst.prefix
    label = inst.label if inst is not None else repr(name)
    arrays = [i.label for i in calibrated_arrays().values()]
    raise InputError(
        f"There are no calibration files for {label}: flatfield and Rayleighs files exist for "
        f"{', '.join(arrays[:-1])} and {arrays[-1]}."
    )


def find_candidate(cands: list[Candidate], filename: str, kind: str) -> Candidate:
    """Return the candidate named ``filename``; :class:`InputError` naming the others when none is.

    Example:
        >>> find_candidate([], "x.sav", "flatfield")
        Traceback (most recent call last):
        ...
        aurora_widgets.data.errors.InputError: 'x.sav' is not one of the flatfield files of this device; \
candidates: none listed yet.

    """
    for c in cands:
        if c.filename == filename:
            return c
    names = ", ".join(c.filename for c in cands) or "none listed yet"
    raise InputError(f"{filename!r} is not one of the {kind} files of this device; candidates: {names}.")


def candidate_dict(c: Candidate) -> dict[str, Any]:
    """Return one row of the ``*_candidates`` traits: filename, validity dates, version, owner, is_best.

    Example:
        >>> from aurora_widgets.data.select import candidates_from_urls
        >>> c = candidates_from_urls(["https://x/REGO_flatfield_15654_20210806-+_v02.sav"])[0]
        >>> candidate_dict(c)["owner"], candidate_dict(c)["version"]
        ('15654', 'v02')

    """
    return {
        "filename": c.filename,
        "valid_from": c.valid_from.date().isoformat(),
        "valid_to": None if c.valid_to is None else c.valid_to.date().isoformat(),
        "version": c.version,
        "owner": c.owner,
        "is_best": bool(c.is_best),
    }


def read_calibration_file(client: DataClient, dataset: str, cand: Candidate | None) -> Calibration | None:
    """Return the calibration in the candidate's file (the cached copy, else one download); None for None."""
    if cand is None:
        return None
    from ..data import read_calibration

    cal: Calibration = read_calibration(candidate_path(client, dataset, cand), dataset=dataset)
    return cal


def known_devices(client: DataClient, dataset: str) -> list[str]:
    """Detector serials that have files in ``dataset`` (for a helpful unknown-device message)."""
    from ..data.select import parse_file_name

    try:
        listing = client.get_urls(dataset, _dt.datetime(2000, 1, 1), _dt.datetime.now() + _dt.timedelta(days=1))
    except AuroraWidgetsError:
        return []
    owners = set()
    for url in listing.urls:
        try:
            owners.add(parse_file_name(url).owner)
        except (AuroraWidgetsError, ValueError):
            continue
    return sorted(owners)


def discover(client: DataClient, array: str, site: str, date: str, device: str) -> dict[str, Any]:
    """Find the device (unless given), list its calibrations and read the best of each (the "main" job).

    Returns ``{"device", "source", "flats", "rays", "flat", "ray", "note", "fov"}``; the note says
    what has no file valid at the date, and ``fov`` is the field of view the flatfield statistics cover.
    """
    if not array:
        raise InputError("Choose an instrument array with calibrations: REGO, TREX_NIR or TREX_BLUE.")
    raw = CALIBRATED_ARRAYS[array]
    when = as_datetime(date, "date") if date else None
    source = "given (device_uid)"
    if not device:
        if not site or when is None:
            raise InputError("Give device_uid, or site_uid and date to find the device from a raw file.")
        minute = frame_minute(date)
        try:
            device, source = client.find_device_uid(raw, site, minute)
        except NoMatchError:
            label = getattr(instrument_for_dataset(raw), "label", array)
            raise NoMatchError(f"{site} has no {label} raw files on {minute:%Y-%m-%d} from {minute:%H:%M} UT "
                               "to find its camera from; choose another date, or give the device UID.",
                               []) from None
    flat_ds = f"{array}_CALIBRATION_FLATFIELD_IDLSAV"
    ray_ds = f"{array}_CALIBRATION_RAYLEIGHS_IDLSAV"
    flats: Candidates = client.list_calibrations(flat_ds, device, when)
    rays: Candidates = client.list_calibrations(ray_ds, device, when)
    if not len(flats) and not len(rays):
        known = known_devices(client, flat_ds)
        hint = (f" Devices with {array} calibrations: "
                + ", ".join(f"{k[-3:]} (detector {k})" for k in known) + "." if known else "")
        raise NoMatchError(
            f"There are no {array} flatfield or Rayleighs calibration files for device {device!r}.{hint} "
            "Check the device UID (e.g. '654' for rego-654), or give site_uid and date to find it "
            "from a raw file.")
    notes = []
    for label, cands in (("flatfield", flats), ("Rayleighs", rays)):
        if cands.best is None:
            if not len(cands):
                notes.append(f"device {device} has no {label} files")
            else:
                first = cands.candidates[0]
                notes.append(
                    f"no {label} file of device {device} is valid at {when:%Y-%m-%d}"
                    f" (the earliest is valid from {first.valid_from:%Y-%m-%d}); choose one from the list"
                    if when is not None else f"no date given to choose a {label} file; choose one")
    flat = read_calibration_file(client, flat_ds, flats.best)
    ray = read_calibration_file(client, ray_ds, rays.best)
    fov = find_field_of_view(client, raw, site, when)  # flatfield statistics cover it
    return {"device": device, "source": source, "flats": flats, "rays": rays,
            "flat": flat, "ray": ray, "note": "; ".join(notes), "fov": fov}


class CalibrationChoice:
    """The device, files and choices of one CalibrationBrowser, and the jobs that load them."""

    def __init__(self, widget: CalibrationBrowser) -> None:
        self._w = widget
        #: The flatfield and Rayleighs files of the device, as listed.
        self.flats: list[Candidate] = []
        self.rays: list[Candidate] = []

    def reload(self) -> None:
        """Find the device (unless given), list its calibrations, load the best and a raw frame."""
        w = self._w
        w._jobs.supersede("flatfield", "rayleighs", "raw", "calc")
        array, site, date, device = w.array, w.site_uid, w.date, w.device_uid
        if not w._device_given:
            device = ""

        def work() -> dict[str, Any]:
            return discover(w.client, array, site, date, device)

        def apply(result: dict[str, Any]) -> None:
            self.apply(result, f"{array}|{site}|{date[:10]}|{result['device']}")

        if device:
            label = f"Listing the calibration files of device {device}…"
        else:
            label = f"Finding the device of {site} at {date.replace('T', ' ')} from a raw file header…"
        with w.hold_sync():  # the old files and pictures go in the message that says "loading"
            self.clear()
            w._jobs.submit("main", label, work, apply, on_error=w._offer_retry)

    def clear(self) -> None:
        """Drop the previous selection's files and pictures at once (the new ones follow when loaded).

        ``device_uid`` stays (a found one is written again by the next discovery); the page shows it
        only with the files it was found for.
        """
        w = self._w
        self.flats, self.rays = [], []
        w._flatfield = w._rayleighs = None
        w._frames_part.forget()
        with w.hold_sync(), w.hold_trait_notifications(), w._jobs.quietly():
            w._put(payload_key="", retryable=True, flatfield_candidates=[], rayleighs_candidates=[],
                   flatfield_panel={}, flatfield_stats={}, flatfield_histogram={}, flatfield_info={},
                   rayleighs_info={},
                   raw_panel={}, calibrated_panel={}, frame_info={}, raw_info={}, calibrated_info={})
            w.selected_flatfield = w.selected_rayleighs = ""
            w.raw_status, w.raw_message = "idle", ""

    def apply(self, result: dict[str, Any], key: str) -> None:
        """Show a landed discovery: device, both lists, the chosen files; then load the raw frame."""
        w = self._w
        flats, rays = result["flats"], result["rays"]
        self.flats, self.rays = list(flats.candidates), list(rays.candidates)
        w._flatfield, w._rayleighs = result["flat"], result["ray"]
        w._fov = result["fov"]
        with w.hold_trait_notifications():  # a landing result: on_target/on_selected skip these
            w.device_uid = result["device"]
            w._put(device_source=result["source"])
            w._put(payload_key=key)
            w._put(flatfield_candidates=[candidate_dict(c) for c in self.flats])
            w._put(rayleighs_candidates=[candidate_dict(c) for c in self.rays])
            w.selected_flatfield = flats.best.filename if flats.best else ""
            w.selected_rayleighs = rays.best.filename if rays.best else ""
            w._send_flatfield()
            w._send_rayleighs()
        if result["note"]:
            note = result["note"]
            w._put(retryable=False)  # a choice to make in the lists, not a retry
            w.status, w.message = "error", note[0].upper() + note[1:] + "."
        w._frames_part.load_raw()

    def on_target(self, change: dict[str, Any]) -> None:
        """Normalise a new site or date, note a given device, then discover again."""
        w = self._w
        if w._jobs.landing():  # our own writes (a result landing, set_target), not the user's
            return
        name, new = change["name"], change["new"]
        if name == "site_uid" and new != new.strip().lower():
            w.site_uid = new.strip().lower()
            return
        if name == "date" and new:
            try:
                normalised = w._iso(new)
            except AuroraWidgetsError as err:
                w.status, w.message = "error", str(err)
                return
            if normalised != new:
                w.date = normalised
                return
        if name == "device_uid":
            w._device_given = bool(new.strip())
            w._put(device_source="given (device_uid)" if new.strip() else "")
        if w.array and (w.device_uid or (w.site_uid and w.date)):
            self.reload()

    def on_selected(self, change: dict[str, Any]) -> None:
        """Load the file the user chose in a list (not one a landing result wrote)."""
        if self._w._jobs.landing() or not change["new"]:
            return
        self.load("flatfield" if change["name"] == "selected_flatfield" else "rayleighs")

    def select(self, kind: str, filename: str) -> None:
        """Choose ``filename`` as the ``kind`` file ("flatfield" or "rayleighs"), or load it again."""
        w = self._w
        label, trait = KINDS[kind]
        find_candidate(self.flats if kind == "flatfield" else self.rays, filename, label)
        if filename == getattr(w, trait):
            self.load(kind)
        else:
            setattr(w, trait, filename)

    def load(self, kind: str) -> None:
        """Read the chosen ``kind`` file (its own job channel) and show it, then calibrate again."""
        w = self._w
        is_flat = kind == "flatfield"
        trait = KINDS[kind][1]
        filename = getattr(w, trait)
        try:
            cand = find_candidate(self.flats if is_flat else self.rays, filename, kind)
        except InputError as err:
            w.status, w.message = "error", str(err)
            return
        dataset = w.flatfield_dataset if is_flat else w.rayleighs_dataset

        def done(cal: Calibration) -> None:
            if getattr(w, trait) != filename:
                return
            if is_flat:
                w._flatfield = cal
                w._send_flatfield()
            else:
                w._rayleighs = cal
                w._send_rayleighs()
            if w.status == "error" and w._flatfield is not None and w._rayleighs is not None:
                w.status, w.message = "loading", ""  # the runner turns it to "ready"
            w._frames_part.recalculate()

        w._run_in_background(f"Downloading and reading {filename}…",
                             lambda: read_calibration_file(w.client, dataset, cand), done, channel=kind)
