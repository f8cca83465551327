"""The Explorer's "code" view: Python that reproduces a selection without any widget.

:func:`selection_code` turns what the Explorer shows (a skymap dataset, site and date, the chosen
skymap file, and optionally the calibration device, files and a raw frame) into a short script
that uses only :class:`aurora_widgets.data.Client` and :func:`aurora_widgets.data.calibration`.
Files chosen as "best" use ``download_best_*``; a file chosen by hand is downloaded by its
valid-from day and picked by name, so the script gets the very same file.

Example:
    >>> import datetime
    >>> print(selection_code(skymap=SkymapChoice("THEMIS_ASI_SKYMAP_IDLSAV", "gill",
    ...                                          datetime.datetime(2021, 11, 4))), end="")
    import datetime
    <BLANKLINE>
    from aurora_widgets.data import Client
    <BLANKLINE>
    client = Client()
    when = datetime.datetime(2021, 11, 4)
    <BLANKLINE>
    # Skymap: the best THEMIS_ASI_SKYMAP_IDLSAV file of site 'gill' for the date
    r_skymap = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", when)
    skymap = client.read("THEMIS_ASI_SKYMAP_IDLSAV", r_skymap.filenames).data[0]
    print(skymap.filename)

"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

__all__ = ["CalibrationChoice", "FileChoice", "RawChoice", "SkymapChoice", "selection_code"]


@dataclass
class FileChoice:
    """A chosen file: its name, the day its validity starts, and whether it is the best for the date."""

    filename: str
    valid_from: _dt.datetime
    is_best: bool = True


@dataclass
class SkymapChoice:
    """The skymap part of a selection (``file`` None means "the best one", not yet known).

    ``raw_dataset`` and ``minute``: the raw minute whose frames the map shows (None: no frames).
    """

    dataset: str
    site_uid: str
    when: _dt.datetime
    file: FileChoice | None = None
    raw_dataset: str | None = None
    minute: _dt.datetime | None = None
    #: The raw frame the timeline's star fit was computed on (None: no star fit part).
    star_fit: RawChoice | None = None


@dataclass
class RawChoice:
    """The raw minute behind the before/after frames: dataset, file start minute, frame index."""

    dataset: str
    minute: _dt.datetime
    site_uid: str | None
    device_uid: str | None
    frame_index: int = 0
    steps: dict[str, Any] | None = None


@dataclass
class CalibrationChoice:
    """The calibration part: array (REGO/TREX_NIR/TREX_BLUE), device and how it was found, files."""

    array: str
    when: _dt.datetime
    device_uid: str
    device_given: bool
    site_uid: str = ""
    device_time: _dt.datetime | None = None
    device_source: str = ""
    flatfield: FileChoice | None = None
    rayleighs: FileChoice | None = None
    raw: RawChoice | None = None


def _dt_literal(value: _dt.datetime) -> str:
    parts = [value.year, value.month, value.day]
    if value.hour or value.minute:
        parts += [value.hour, value.minute]
    return "datetime.datetime(" + ", ".join(str(p) for p in parts) + ")"


def _q(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _file_lines(var: str, dataset: str, choice: FileChoice, filter_arg: str, best_call: str,
                owner_expr: str, label: str) -> list[str]:
    if choice.is_best:
        return [
            f"r_{var} = client.{best_call}({_q(dataset)}, {owner_expr}, when)",
            f"{var} = client.read({_q(dataset)}, r_{var}.filenames).data[0]",
        ]
    day = _dt_literal(choice.valid_from.replace(hour=0, minute=0, second=0, microsecond=0))
    return [
        f"# {label} chosen by hand (not the best for the date): download by its valid-from day, pick by name",
        f"r_{var} = client.download({_q(dataset)}, {day}, {day}, {filter_arg}={owner_expr},",
        "                          progress_bar_disable=True)",
        f"path_{var} = next(p for p in r_{var}.filenames if p.name == {_q(choice.filename)})",
        f"{var} = client.read({_q(dataset)}, [path_{var}]).data[0]",
    ]


def _star_fit_lines(raw: RawChoice) -> list[str]:
    site = f", site_uid={_q(raw.site_uid)}" if raw.site_uid else ""
    minute = _dt_literal(raw.minute)
    return [
        "",
        "# Star fit: the catalogue stars of one raw frame against the skymap, at the minute's middle",
        f"r_frames = client.download({_q(raw.dataset)}, {minute}, {minute}{site}, progress_bar_disable=True)",
        f"frames = client.read({_q(raw.dataset)}, r_frames.filenames[:1])",
        f"frame = frames.data[:, :, {int(raw.frame_index)}].astype(float)",
        f"fit = fit_stars(frame, skymap, {minute} + datetime.timedelta(seconds=30))",
        "print(fit.summary())  # stars found, median and p90 residual (px), or why there is none",
    ]


def selection_code(
    skymap: SkymapChoice | None = None,
    calibration: CalibrationChoice | None = None,
    client_args: dict[str, str] | None = None,
) -> str:
    """Python source that reproduces a skymap (and calibration) selection with the data layer only.

    Args:
        skymap: the skymap dataset, site, date and chosen file (None: no skymap part).
        calibration: the calibration array, device, files and raw frame (None: no calibration part).
        client_args: keyword arguments for ``Client(...)`` (e.g. a non-default ``api_url``).

    Returns:
        The script as a string; running it defines ``skymap``, ``flatfield``, ``rayleighs`` and
        ``calibrated`` as the widgets show them.

    Example:
        >>> import datetime
        >>> code = selection_code(calibration=CalibrationChoice(
        ...     "REGO", datetime.datetime(2021, 11, 4), "654", device_given=True,
        ...     flatfield=FileChoice("REGO_flatfield_15654_20210806-+_v02.sav",
        ...                          datetime.datetime(2021, 8, 6))))
        >>> "download_best_flatfield_calibration" in code and 'device_uid = "654"' in code
        True

    """
    when = (skymap.when if skymap is not None else calibration.when if calibration is not None
            else _dt.datetime.now().replace(hour=0, minute=0, second=0, microsecond=0))
    args = ", ".join(f"{k}={_q(v)}" for k, v in (client_args or {}).items())
    lines = [
        "import datetime",
        "",
        "from aurora_widgets.data import Client",
        *(["from aurora_widgets.data.calibration import calibrate"]
          if calibration is not None and calibration.raw is not None else []),
        *(["from aurora_widgets.data.starfit import fit_stars"]
          if skymap is not None and skymap.star_fit is not None else []),
        "",
        f"client = Client({args})",
        f"when = {_dt_literal(when)}",
    ]
    if skymap is not None:
        lines.append("")
        file = skymap.file or FileChoice("", skymap.when, True)
        if file.is_best:
            lines.append(f"# Skymap: the best {skymap.dataset} file of site {skymap.site_uid!r} for the date")
        else:
            lines.append(f"# Skymap: {file.filename} of site {skymap.site_uid!r}")
        lines += _file_lines("skymap", skymap.dataset, file, "site_uid", "download_best_skymap",
                             _q(skymap.site_uid), "skymap")
        lines.append("print(skymap.filename)")
        if skymap.raw_dataset and skymap.minute is not None:
            lines += [
                "",
                f"# The raw frames of the minute on the map ({skymap.minute:%H:%M} UT)",
                f"minute = {_dt_literal(skymap.minute)}",
                f"r_frames = client.download({_q(skymap.raw_dataset)}, minute, minute, "
                f"site_uid={_q(skymap.site_uid)}, progress_bar_disable=True)",
                f"frames = client.read({_q(skymap.raw_dataset)}, r_frames.filenames)",
                "print(frames.timestamp[0], frames.data.shape)",
            ]
        if skymap.star_fit is not None:
            lines += ["", *_star_fit_lines(skymap.star_fit)]
    if calibration is not None:
        cal = calibration
        lines.append("")
        if cal.device_given or not cal.site_uid:
            lines += [f"# Calibration: {cal.array} device {cal.device_uid} (given)",
                      f"device_uid = {_q(cal.device_uid)}"]
        else:
            t = cal.device_time or cal.when
            lines += [
                f"# Calibration: which camera {cal.site_uid!r} used then, from one raw file's header",
                f"device_uid, source = client.find_device_uid({_q(cal.array + '_RAW')}, {_q(cal.site_uid)}, "
                f"{_dt_literal(t)})",
                f"print(device_uid, source)  # {cal.device_uid!r}"
                + (f", {cal.device_source}" if cal.device_source else ""),
            ]
        if cal.flatfield is not None:
            lines += _file_lines("flatfield", f"{cal.array}_CALIBRATION_FLATFIELD_IDLSAV", cal.flatfield,
                                 "device_uid", "download_best_flatfield_calibration", "device_uid",
                                 "flatfield")
        if cal.rayleighs is not None:
            lines += _file_lines("rayleighs", f"{cal.array}_CALIBRATION_RAYLEIGHS_IDLSAV", cal.rayleighs,
                                 "device_uid", "download_best_rayleighs_calibration", "device_uid",
                                 "Rayleighs")
        if cal.rayleighs is not None:
            lines.append("print(rayleighs.rayleighs_perdn_persecond, 'R/DN/s')")
        raw = cal.raw
        if raw is not None:
            steps = {"dark": True, "flatfield": True, "rayleighs": True, **(raw.steps or {})}
            minute = _dt_literal(raw.minute)
            filters = []
            if raw.site_uid:
                filters.append(f"site_uid={_q(raw.site_uid)}")
            if raw.device_uid:
                filters.append("device_uid=device_uid")
            ff = "flatfield" if steps["flatfield"] and cal.flatfield is not None else "None"
            ry = "rayleighs" if steps["rayleighs"] and cal.rayleighs is not None else "None"
            dark = '"corner"' if steps["dark"] else "None"
            lines += [
                "",
                "# One raw frame before and after calibration",
                f"r_raw = client.download({_q(raw.dataset)}, {minute}, {minute}, {', '.join(filters)},",
                "                       progress_bar_disable=True)",
                f"raw = client.read({_q(raw.dataset)}, r_raw.filenames[:1])",
                f"frame = raw.data[:, :, {int(raw.frame_index)}]",
                f"calibrated = calibrate(frame, flatfield={ff}, rayleighs={ry}, dark={dark},",
                f"                       metadata=raw.metadata[{int(raw.frame_index)}])",
            ]
    return "\n".join(lines) + "\n"
