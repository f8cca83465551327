r"""TREx RGB nominal (``_full.h5``) and SMILE raw (``.h5``) one-minute files in the real HDF5 layout.

Layout (what pyucalgarysrs 1.28 reads): ``/data/images`` uint8 (H, W, 3, N) in on-disk
orientation (north toward row 0), ``/data/timestamp`` N fixed-length byte strings
``"%Y-%m-%d %H:%M:%S.%f UTC"``, file attributes on ``/metadata/file`` and per-frame attributes on
``/metadata/frame/frame<i>``. The frame start is ``image_request_start_timestamp`` in RGB files and
``image_request_start`` in SMILE ones (the keys each reader looks for). The images are stored
contiguous and uncompressed: compressing 16 MB of noisy 8-bit pixels costs more than the whole
render (gzip level 1: ~190 ms), so a minute is ~16 MB on disk.

The file is built in memory (h5py's ``core`` driver, no backing store) with object times off,
so the same frames give the same bytes every time.

Example:
    >>> import datetime as dt
    >>> t = [dt.datetime(2021, 11, 4, 6, 0, 3 * i) for i in range(2)]
    >>> data = h5_minute_bytes("rgb", np.zeros((2, 4, 5, 3), np.uint8), t, {"site_unique_id": "gill"})
    >>> data[:8] == b"\x89HDF\r\n\x1a\n"
    True

"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np

__all__ = ["file_attributes", "frame_attributes", "h5_minute_bytes"]

_STAMP = "%Y-%m-%d %H:%M:%S.%f UTC"


def file_attributes(
    kind: str, site_uid: str, device_uid: str, latitude: float, longitude: float, exposure_s: float
) -> dict[str, Any]:
    """File-level attributes of an RGB (``kind="rgb"``) or SMILE (``"smile"``) minute file.

    Example:
        >>> file_attributes("smile", "pina", "smile-05", 50.26, -95.87, 2.0)["project_unique_id"]
        'smile'

    """
    return {
        "project_unique_id": "trex" if kind == "rgb" else "smile",
        "site_unique_id": site_uid,
        "imager_unique_id": device_uid,
        "mode_unique_id": "full" if kind == "rgb" else "rgb-full",
        "site_geographic_latitude": f"{latitude:.4f}",
        "site_geographic_longitude": f"{longitude:.4f}",
        "site_geographic_altitude": "0.0",
        "camera_model": "Sony IMX-series colour CMOS" if kind == "rgb" else "ZWO ASI-series colour CMOS",
        "image_height": "480" if kind == "rgb" else "512",
        "subframe_requested_exposure": f"{exposure_s * 1000.0:.3f} ms",
    }


def frame_attributes(kind: str, t: _dt.datetime, index: int, exposure_s: float) -> dict[str, Any]:
    """Per-frame attributes (the frame start under the key its reader expects).

    Example:
        >>> frame_attributes("rgb", _dt.datetime(2021, 11, 4, 6, 0, 3), 1, 2.0)["image_request_start_timestamp"]
        '2021-11-04 06:00:03.000000 UTC'

    """
    key = "image_request_start_timestamp" if kind == "rgb" else "image_request_start"
    return {
        key: t.strftime(_STAMP),
        "image_effective_exposure": f"{exposure_s * 1000.0:.3f} ms",
        "ccd_temperature": f"{-5.0 + 0.1 * (index % 7):.1f} C",
        "frame_number": str(index),
    }


def h5_minute_bytes(
    kind: str,
    frames: np.ndarray,
    times: list[_dt.datetime],
    file_attrs: dict[str, Any],
    exposure_s: float = 2.0,
) -> bytes:
    """Return the bytes of one minute file from ``frames`` (N, H, W, 3) uint8 in on-disk orientation.

    Example:
        >>> t = [_dt.datetime(2025, 1, 1, 6, 0, 0)]
        >>> len(h5_minute_bytes("smile", np.zeros((1, 8, 8, 3), np.uint8), t, {})) > 1000
        True

    """
    import h5py

    images = np.ascontiguousarray(np.moveaxis(np.asarray(frames, dtype=np.uint8), 0, -1))
    stamps = np.array([t.strftime(_STAMP).encode("ascii") for t in times], dtype="S30")
    fid = h5py.File(f"{kind}-minute.h5", "w", driver="core", backing_store=False, libver="earliest")
    try:
        data = fid.create_group("data")
        data.create_dataset("images", data=images, track_times=False)
        data.create_dataset("timestamp", data=stamps, track_times=False)
        meta = fid.create_group("metadata")
        file_group = meta.create_group("file")
        for key, value in file_attrs.items():
            file_group.attrs[key] = value
        frame_group = meta.create_group("frame")
        for i, t in enumerate(times):
            g = frame_group.create_group(f"frame{i}")
            for key, value in frame_attributes(kind, t, i, exposure_s).items():
                g.attrs[key] = value
        fid.flush()
        return bytes(fid.id.get_file_image())
    finally:
        fid.close()
