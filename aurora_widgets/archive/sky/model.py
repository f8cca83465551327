"""One auroral sky in magnetic coordinates: an oval of arcs, a nightly activity level and substorms.

Everything is a pure function of (magnetic latitude, magnetic longitude, instant): no state, no
clock, so every camera that looks at the same point at the same instant sees the same aurora and
the same call gives the same numbers on every machine.

* **The night** (:func:`night_for`): a UTC date key ``(t + 6 h).date()`` (so a North-American
  night is one key) seeds an activity level 0..1, the magnetic latitude of the quiet oval's
  equatorward arc at magnetic midnight, two to three arcs with their widths, brightnesses and
  along-arc waves, and zero to two substorms (onset time, onset magnetic longitude, strength).
* **The oval**: arcs follow magnetic latitude, sit 1.5 degrees further poleward at dawn/dusk than
  at magnetic midnight, undulate slowly along their length and fade away from midnight; a broad
  diffuse band lies equatorward, and a faint 630.0 nm glow poleward.
* **A substorm**: for 40 minutes before onset the arcs drift equatorward (growth phase); at onset
  the equatorward arc brightens near the onset meridian; then the bulge expands poleward (its
  poleward edge a bright arc), its western end a bright surge travelling westward about two
  degrees of magnetic longitude a minute; 15 minutes after onset pulsating patches appear
  equatorward of it, blinking in three groups with periods of 7 to 12 s, and fade over two hours.

Intensities are in Rayleighs of 557.7 nm ("green"); :func:`emission_intensity` turns the
components into each filter's emission (630.0 nm, 427.8 nm, near infrared, THEMIS white light).

Example:
    >>> import datetime as dt
    >>> t = dt.datetime(2021, 11, 4, 6, 0)
    >>> comp = components(np.array([66.0, 40.0]), np.array([-29.0, -29.0]), t)
    >>> bool(comp.discrete[1] == 0.0), comp.discrete.dtype.name
    (True, 'float32')

"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from .geomag import magnetic_latlon, subsolar_point

__all__ = [
    "EMISSIONS",
    "Components",
    "Night",
    "Substorm",
    "arc_centres",
    "components",
    "emission_intensity",
    "night_for",
    "pulse",
]

#: How much of each model component each filter sees, and its airglow background (Rayleighs):
#: (discrete, diffuse, pulsating, red glow, airglow).
EMISSIONS: dict[str, tuple[float, float, float, float, float]] = {
    "557.7": (1.0, 1.0, 1.0, 0.0, 250.0),
    "630.0": (0.12, 0.35, 0.05, 1.0, 80.0),
    "427.8": (0.28, 0.2, 0.3, 0.0, 40.0),
    "nir": (0.5, 0.4, 0.35, 0.0, 300.0),
    "white": (1.6, 1.4, 1.4, 0.3, 600.0),
}

_GROWTH_MIN = 40.0
_N_PULSE_GROUPS = 3
_PULSE_PERIODS_S = (7.0, 9.5, 12.3)


@dataclass(frozen=True)
class Substorm:
    """One substorm: onset instant (naive UTC), onset magnetic longitude, strength 0..1."""

    onset: _dt.datetime
    mlon: float
    strength: float


@dataclass(frozen=True)
class Night:
    """The parameters of one night (see the module docstring)."""

    key: _dt.date
    activity: float
    boundary_mlat: float
    arc_offsets: tuple[float, ...]
    arc_widths: tuple[float, ...]
    arc_brightness: tuple[float, ...]
    arc_phases: tuple[float, ...]
    substorms: tuple[Substorm, ...]


@dataclass
class Components:
    """Model components (float32 Rayleighs of 557.7 nm) at some points and one instant.

    ``pulsating`` holds one spatial field per blinking group; multiply each by :func:`pulse` of
    its group at the instant wanted (this is what lets a renderer blink patches frame by frame
    without evaluating the whole model again).
    """

    discrete: np.ndarray
    diffuse: np.ndarray
    pulsating: list[np.ndarray]
    red: np.ndarray


def _uniforms(text: str, n: int) -> np.ndarray:
    return np.random.default_rng(zlib.crc32(text.encode("ascii"))).uniform(0.0, 1.0, n)


@functools.lru_cache(maxsize=64)
def _night(key: _dt.date) -> Night:
    u = _uniforms(f"night/{key:%Y%m%d}", 32)
    activity = float(0.08 + 0.92 * u[0] ** 1.3)
    n_arcs = 2 + int(u[1] > 0.45)
    offsets = (0.0, 0.8 + 0.8 * u[2], 2.0 + 1.5 * u[3])[:n_arcs]
    widths = tuple(float(0.07 + 0.08 * u[4 + k]) for k in range(n_arcs))
    bright = tuple(float((900.0 + 3500.0 * activity) * (0.5 + u[8 + k])) for k in range(n_arcs))
    phases = tuple(float(2 * math.pi * u[12 + k]) for k in range(n_arcs))
    n_sub = 0 if activity < 0.2 else (1 if activity < 0.6 else 2)
    subs = []
    for k in range(n_sub):
        # onset between 04:00 and 10:00 UTC, at 22-24 MLT of the onset meridian
        minute = 240.0 + 360.0 * u[16 + k]
        onset = _dt.datetime(key.year, key.month, key.day) + _dt.timedelta(minutes=round(minute))
        mlt = 22.0 + 2.0 * u[20 + k]
        subs.append(Substorm(onset, float(_sun_mlon(onset) + 180.0 + 15.0 * (mlt - 24.0)),
                             float(0.4 + 0.6 * u[24 + k])))
    subs.sort(key=lambda s: s.onset)
    if len(subs) == 2 and (subs[1].onset - subs[0].onset) < _dt.timedelta(minutes=150):
        subs[1] = Substorm(subs[0].onset + _dt.timedelta(minutes=150), subs[1].mlon, subs[1].strength)
    return Night(key, activity, float(68.0 - 4.5 * activity + 1.5 * (u[28] - 0.5)),
                 offsets, widths, bright, phases, tuple(subs))


def night_for(t: _dt.datetime) -> Night:
    """Return the :class:`Night` an instant belongs to (key ``(t + 6 h).date()``).

    Example:
        >>> n = night_for(_dt.datetime(2021, 11, 4, 6, 0))
        >>> n.key, 0.0 < n.activity <= 1.0
        (datetime.date(2021, 11, 4), True)

    """
    return _night((t + _dt.timedelta(hours=6)).date())


@functools.lru_cache(maxsize=4096)
def _sun_mlon(t: _dt.datetime) -> float:
    slat, slon = subsolar_point(t)
    return float(magnetic_latlon(np.array(slat), np.array(slon))[1])


def _hours(t: _dt.datetime) -> float:
    return t.hour + t.minute / 60.0 + (t.second + t.microsecond / 1e6) / 3600.0


def _minutes_since(t: _dt.datetime, ref: _dt.datetime) -> float:
    return (t - ref).total_seconds() / 60.0


def _wrap180(x: np.ndarray | float) -> np.ndarray:
    """Wrap angles (within -540..540) into -180..180 without a modulo."""
    a = np.asarray(x)
    a = np.where(a > 180.0, a - 360.0, a)
    return np.where(a < -180.0, a + 360.0, a)


def _growth_shift(night: Night, t: _dt.datetime) -> float:
    """Equatorward shift (degrees, >= 0) of the oval from growth phases and their recovery."""
    shift = 0.0
    for s in night.substorms:
        dt = _minutes_since(t, s.onset)
        if -_GROWTH_MIN <= dt < 0.0:
            shift += 2.0 * s.strength * (dt + _GROWTH_MIN) / _GROWTH_MIN
        elif dt >= 0.0:
            shift += 2.0 * s.strength * math.exp(-dt / 70.0)
    return shift


def _boundary(night: Night, t: _dt.datetime, mlt: np.ndarray) -> np.ndarray:
    """Magnetic latitude of the equatorward arc (before its along-arc wave)."""
    wave = 0.5 * math.sin(2 * math.pi * _hours(t) / 2.7 + night.arc_phases[0])
    dawn_dusk = 0.75 * (1.0 - np.cos(2 * np.pi * mlt / 24.0))
    return night.boundary_mlat + wave - _growth_shift(night, t) + dawn_dusk


def arc_centres(mlon: np.ndarray, t: _dt.datetime) -> list[np.ndarray]:
    """Magnetic latitude of each quiet arc's centre line at magnetic longitude(s) ``mlon``.

    Example:
        >>> c = arc_centres(np.array([-29.0]), _dt.datetime(2021, 11, 4, 6, 0))
        >>> len(c) >= 2 and bool(c[1][0] > c[0][0])
        True

    """
    night = night_for(t)
    mlon = np.asarray(mlon, dtype=float)
    mlt = (mlon - _sun_mlon(t)) / 15.0 + 12.0
    base = _boundary(night, t, mlt)
    drift = _hours(t) * 2 * math.pi / 1.3
    return [
        base + off + 0.3 * np.sin(2 * np.pi * mlon / 22.0 + ph + drift)
        for off, ph in zip(night.arc_offsets, night.arc_phases, strict=True)
    ]


def _sig(x: np.ndarray) -> np.ndarray:
    """Step smoothly enough: 0 below -1, 1 above 1, linear between."""
    return np.clip(0.5 * x + 0.5, 0.0, 1.0)


def _gauss(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = np.exp(-(x * x))
    return out


def components(
    mlat: np.ndarray, mlon: np.ndarray, t: _dt.datetime, blur: np.ndarray | None = None
) -> Components:
    """Evaluate the sky at magnetic latitudes/longitudes (degrees, any shape) at instant ``t``.

    ``blur`` (degrees of magnetic latitude, same shape, optional) is the north-south extent of
    the patch of sky each sample stands for (a camera pixel's footprint): narrow arcs are widened
    and dimmed accordingly (their flux is kept), as a pixel integrating over its footprint sees
    them, instead of being hit or missed by a point sample.

    Example:
        >>> c = components(np.full(3, 66.0), np.zeros(3), _dt.datetime(2021, 11, 4, 6, 0))
        >>> c.diffuse.shape, len(c.pulsating)
        ((3,), 3)

    """
    night = night_for(t)
    mlat = np.asarray(mlat, dtype=np.float32)
    mlon = np.asarray(mlon, dtype=np.float32)
    mlt = (mlon - np.float32(_sun_mlon(t))) / 15.0 + 12.0
    from_midnight = np.abs(_wrap180(mlt * 15.0 - 180.0)) / 15.0  # hours from magnetic midnight
    weight = 0.15 + 0.85 * np.exp(-((from_midnight / 5.5) ** 2))
    base = _boundary(night, t, mlt).astype(np.float32)
    drift = _hours(t) * 2 * math.pi / 1.3
    discrete = np.zeros(mlat.shape, dtype=np.float32)
    centres = []
    for k, (off, width, bright, ph) in enumerate(
        zip(night.arc_offsets, night.arc_widths, night.arc_brightness, night.arc_phases, strict=True)
    ):
        centre = base + np.float32(off) + 0.3 * np.sin(
            np.float32(2 * np.pi / 22.0) * mlon + np.float32(ph + drift))
        centres.append(centre)
        along = 1.0 + 0.35 * np.sin(0.9 * mlon + np.float32(3 * ph + 5 * drift))
        amp = np.float32(bright) * along
        if k == 0:
            amp = amp * _onset_boost(night, t, mlon)
        if blur is None:
            discrete += amp * _gauss((mlat - centre) / np.float32(width))
        else:
            w_eff = np.sqrt(np.float32(width * width) + blur * blur / 6.0)
            discrete += amp * (np.float32(width) / w_eff) * _gauss((mlat - centre) / w_eff)
    diffuse = np.float32(250.0 + 500.0 * night.activity) * _gauss((mlat - (base - 1.3)) / 1.4)
    red = np.float32(120.0 + 150.0 * night.activity) * _gauss((mlat - (base + 4.5)) / 3.0)
    pulsating = [np.zeros(mlat.shape, dtype=np.float32) for _ in range(_N_PULSE_GROUPS)]
    for s in night.substorms:
        _add_substorm(s, t, mlat, mlon, centres[0], discrete, diffuse, pulsating)
    discrete *= weight
    return Components(discrete, diffuse * weight, pulsating, red)


def _onset_boost(night: Night, t: _dt.datetime, mlon: np.ndarray) -> Any:
    """Brightening of the equatorward arc near the onset meridian in the two minutes around onset."""
    boost: Any = np.float32(1.0)
    for s in night.substorms:
        dt = _minutes_since(t, s.onset)
        if -2.0 <= dt <= 6.0:
            bump = math.exp(-(((dt - 1.0) / 1.6) ** 2))
            near = _gauss(_wrap180(mlon - s.mlon).astype(np.float32) / 3.0)
            boost = boost + (6.0 * s.strength * bump) * near
    return boost


def _add_substorm(
    s: Substorm,
    t: _dt.datetime,
    mlat: np.ndarray,
    mlon: np.ndarray,
    arc0: np.ndarray,
    discrete: np.ndarray,
    diffuse: np.ndarray,
    pulsating: list[np.ndarray],
) -> None:
    dt = _minutes_since(t, s.onset)
    if dt < 0.0 or dt > 150.0:
        return
    grow = min(dt, 25.0)
    west = -2.0 * grow
    east = 1.0 * grow + 2.0
    dlon = _wrap180(mlon - np.float32(s.mlon)).astype(np.float32)
    idx = np.nonzero((dlon > west - 12.0) & (dlon < east + 18.0))
    if idx[0].size == 0:
        return
    la, dl, eq = mlat[idx], dlon[idx], arc0[idx]
    pole = eq + np.float32(0.3 + 4.5 * s.strength * (1.0 - math.exp(-dt / 7.0)))
    inside_lon = _sig((dl - np.float32(west)) / 0.8) * _sig((np.float32(east) - dl) / 1.5)
    inside_lat = _sig((la - eq) / 0.12) * _sig((pole - la) / 0.15)
    bulge = inside_lon * inside_lat
    flash = 15000.0 * s.strength * math.exp(-dt / 4.0) + 3000.0 * s.strength * math.exp(-dt / 30.0)
    # folded arcs inside the bulge: mostly east-west bands, with rays along them
    bands = 0.5 + 0.5 * np.sin(7.0 * (la - eq) + 0.25 * dl
                                                       + np.float32(0.3 * dt))
    rays = 0.7 + 0.3 * np.sin(5.0 * dl + np.float32(1.1 * dt))
    texture = bands**3 * rays
    add = np.float32(flash) * bulge * (0.35 + texture)
    add += np.float32(6000.0 * s.strength * math.exp(-dt / 25.0)) * inside_lon * _gauss((la - pole) / 0.12)
    if dt < 35.0:
        head_lat = eq + 0.6 * (pole - eq)
        add += np.float32(12000.0 * s.strength * math.exp(-dt / 20.0)) * _gauss(
            (dl - np.float32(west)) / 1.2) * _gauss((la - head_lat) / 0.6)
    discrete[idx] += add
    env = min(1.0, max(0.0, (dt - 15.0) / 10.0)) * math.exp(-max(dt - 25.0, 0.0) / 60.0)
    diffuse[idx] += np.float32(700.0 * s.strength * math.exp(-dt / 80.0)) * inside_lon * _sig((eq - la) / 0.5)
    if env <= 0.0:
        return
    # pulsating patches equatorward of the bulge, drifting eastward 0.25 deg/min
    dp = dl - np.float32(0.25 * (dt - 15.0))
    region = _sig((eq - 0.2 - la) / 0.3) * _sig((la - eq + 3.2) / 0.4)
    region *= _sig((dp - np.float32(west - 6.0)) / 2.0) * _sig((np.float32(east + 12.0) - dp) / 2.0)
    lobes = np.sin(3.1 * la + 0.9 * dp) * np.sin(2.3 * la - 1.7 * dp + 1.0)
    patch = np.float32(2500.0 * s.strength * env) * region * np.maximum(lobes - 0.3, 0.0) / 0.7
    group = np.floor(0.8 * la + 0.45 * dp + 100.0).astype(np.int64) % _N_PULSE_GROUPS
    for g in range(_N_PULSE_GROUPS):
        pulsating[g][idx] += np.where(group == g, patch, 0.0)


def pulse(t: _dt.datetime, group: int) -> float:
    """On/off state (0.1 .. 1) of pulsating-patch ``group`` at ``t`` (smoothed square wave).

    Example:
        >>> 0.1 <= pulse(_dt.datetime(2021, 11, 4, 7, 0, 3), 1) <= 1.0
        True

    """
    seconds = (t - _dt.datetime(t.year, t.month, t.day)).total_seconds()
    phase = (seconds / _PULSE_PERIODS_S[group] + 0.37 * group) % 1.0
    on = 0.5 + 0.5 * math.tanh((0.4 - phase) * 12.0) * math.tanh(phase * 12.0)
    return 0.1 + 0.9 * on


def emission_intensity(comp: Components, emission: str, t: _dt.datetime | None = None) -> np.ndarray:
    """Combine components into one filter's emission (Rayleighs, float32, without airglow).

    ``t`` is when the patches are seen (their blink state); ``None`` means "on" (full brightness).

    Example:
        >>> c = components(np.full(2, 66.0), np.zeros(2), _dt.datetime(2021, 11, 4, 6, 0))
        >>> emission_intensity(c, "630.0").shape
        (2,)

    """
    w_disc, w_diff, w_puls, w_red, _ = EMISSIONS[emission]
    out = np.float32(w_disc) * comp.discrete + np.float32(w_diff) * comp.diffuse
    if w_red:
        out = out + np.float32(w_red) * comp.red
    for g, field in enumerate(comp.pulsating):
        level = 1.0 if t is None else pulse(t, g)
        out = out + np.float32(w_puls * level) * field
    return out
