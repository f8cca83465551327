"""TREx spectrograph skymaps: a meridian slit, so a 1-D elevation, no azimuth, lat/lon (3, 257).

The spectrograph looks along the (geographic) meridian through a north-south slit: 256 pixels
from the northern horizon through the zenith to the southern one. Its skymap
file has the IDL structure of the imagers' skymaps with a 1-D ``full_elevation`` (256,), a
``full_azimuth`` that is NaN (not meaningful), pixel-edge ``full_map_latitude`` /
``full_map_longitude`` of shape (3, 257) at 90/110/150 km, a site longitude in -180..180 (not
0..360 as the imagers'), and NaN where ``generation_info`` has no value for a spectrograph
(``img_flip``, ``optical_orientation``, ``optical_projection``, ``pixel_aspect_ratio``).
Stored north first, as the imagers' rows are (readers flip the first axis).

Example:
    >>> v = spect_skymap_variables("luck", "spect-02", "20191001", None, "v01")["skymap"]
    >>> v["full_elevation"].shape, v["full_map_latitude"].shape, float(v["site_map_longitude"]) < 0
    ((256,), (3, 257), True)

"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np

from .. import fleet
from ..camera import line_of_sight_latlon
from ..idlsave import encode_sav

__all__ = ["N_PIXELS", "spect_skymap_bytes", "spect_skymap_variables"]

#: Pixels along the slit.
N_PIXELS = 256
_ALTITUDES_KM = (90.0, 110.0, 150.0)


def _along_slit(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Elevation and azimuth of ``n`` positions from the north horizon (index 0) to the south one."""
    theta = np.linspace(0.0, 180.0, n)  # degrees from the northern horizon
    elevation = 90.0 - np.abs(theta - 90.0)
    azimuth = np.where(theta < 90.0, 0.0, 180.0)
    return elevation, azimuth


def spect_skymap_variables(
    site_uid: str, device_uid: str, start: str, stop: str | None, version: str
) -> dict[str, Any]:
    """Return the IDL variables of one spectrograph skymap file (``{"skymap": {...}}``).

    Example:
        >>> v = spect_skymap_variables("rabb", "spect-03", "20191101", None, "v01")["skymap"]
        >>> round(float(np.nanmax(v["full_elevation"])), 1), v["project_uid"]
        (89.6, 'spect')

    """
    site = fleet.site("trex_spectrograph", site_uid)
    el_c, az_c = _along_slit(N_PIXELS + 1)
    centres = (np.arange(N_PIXELS) + 0.5) / N_PIXELS * 180.0
    elevation = (90.0 - np.abs(centres - 90.0)).astype(">f4")
    lats, lons = [], []
    for alt in _ALTITUDES_KM:
        lat, lon = line_of_sight_latlon(el_c, az_c, site.latitude, site.longitude, alt)
        lats.append(lat)
        lons.append((lon + 180.0) % 360.0 - 180.0)
    begin = _dt.datetime.strptime(start, "%Y%m%d").replace(hour=6)
    nan = np.float64(np.nan)
    info = {
        "date_generated": (begin + _dt.timedelta(days=31)).strftime("%a %b %d %H:%M:%S %Y"),
        "author": "aurora-widgets sample generator",
        "valid_interval_start": begin.strftime("%Y%m%d%H"),
        "valid_interval_stop": "+" if stop is None else f"{stop}23",
        "date_time_used": begin.strftime("%Y%m%d_UT%H"),
        "data_loc": f"/data/spectrograph/{site_uid}_{device_uid}/{start}/",
        "code_used": "write_spect_skymap_file.pro",
        "optical_projection": np.full((2, 9), nan, dtype=">f8"),
        "optical_orientation": np.full(3, nan, dtype=">f8"),
        "ccd_center": np.array([N_PIXELS / 2.0, 0.0], dtype=">f8"),
        "img_flip": np.full(2, nan, dtype=">f8"),
        "pixel_aspect_ratio": nan,
    }
    skymap = {
        "generation_info": info,
        "site_uid": site_uid,
        "imager_uid": device_uid,
        "project_uid": "spect",
        "imager_unix_time": np.int32(begin.replace(tzinfo=_dt.timezone.utc).timestamp()),
        "site_map_latitude": np.float32(site.latitude),
        "site_map_longitude": np.float32(site.longitude),
        "site_map_altitude": np.float32(0.0),
        "full_elevation": elevation,
        "full_azimuth": np.full(N_PIXELS, np.nan, dtype=">f4"),
        "full_map_altitude": np.array([a * 1000.0 for a in _ALTITUDES_KM], dtype=">f4"),
        "full_map_latitude": np.stack(lats).astype(">f4"),
        "full_map_longitude": np.stack(lons).astype(">f4"),
    }
    return {"skymap": skymap}


def spect_skymap_bytes(filename: str) -> bytes:
    r"""Return the bytes of the spectrograph skymap named ``spect_skymap_<site>_<start>-<stop|+>_<vNN>.sav``.

    Example:
        >>> spect_skymap_bytes("spect_skymap_luck_20191001-+_v01.sav")[:4]
        b'SR\x00\x06'

    """
    parts = filename.removesuffix(".sav").split("_")
    site_uid, validity, version = parts[2], parts[3], parts[4]
    start, stop = validity.split("-")
    from ..listing import SPECTROGRAPHS

    device_uid = SPECTROGRAPHS[site_uid][0]
    variables = spect_skymap_variables(site_uid, device_uid, start, None if stop == "+" else stop, version)
    date = variables["skymap"]["generation_info"]["date_generated"]
    return encode_sav(variables, date=date, user="aurora", host="aurora-widgets", compress=True, compresslevel=2)
