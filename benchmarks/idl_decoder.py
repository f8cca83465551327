"""Our IDL SAVE decoder vs ``scipy.io.readsav`` behind the same bounded pre-check, on every file kind.

Does the hand-written decoder (``aurora_widgets/data/readers/_idlsav.py``) earn its place? The rule
(issue #17): keep it only if it is >= 1.5x faster on cold reads, or if it is needed to parse hostile
files in bounded time. Both sides get the same protection: scipy is called only after a pre-check
enforcing the decoder's bounds (:func:`precheck`: file size, the record chain strictly forward -- what stops scipy from
looping forever on a backward pointer -- and a cap on the inflated size of /COMPRESS files, which
scipy inflates to a temporary file without limit), so the comparison is what replacing the
decoder by scipy would cost.

Two levels, cold (our in-memory skymap/calibration caches cleared before each read):

* decode: ``read_idlsav(path)`` vs read the bytes + ``_check_chain`` + ``readsav(path, python_dict=True)``;
* reader: ``read_skymap`` / ``read_calibration`` with the decoder (``FAST_SAV = True``) vs scipy only
  (``FAST_SAV = False``), the pre-check time added to the scipy side.

Inputs: one skymap of each project (the real gako THEMIS file, uncompressed; generated /COMPRESS
files for THEMIS, REGO, TREx NIR, Blueline and RGB) and each calibration kind (flatfield, Rayleighs)
of REGO, TREx NIR and Blueline, from the sample archive.
"""

from __future__ import annotations

import contextlib
import functools
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ._common import SKYMAP_GAKO, Context, Row, Skip, Stat, measure, need, quiet, target_ratio

NAME = "idl_decoder"
TITLE = "IDL SAVE decoder vs scipy.io.readsav behind the same pre-check (keep it at >= 1.5x cold)"
NOTES = __doc__

#: (label, glob under the archive's files/) -- the first match of each is measured.
ARCHIVE_FILES = [
    ("THEMIS skymap 256x256 (compressed)", "THEMIS/asi/skymaps/gill/*/themis_skymap_gill_*.sav"),
    ("REGO skymap 512x512 (compressed)", "GO-Canada/REGO/skymap/gill/*/rego_skymap_gill_*.sav"),
    ("TREx NIR skymap 256x256 (compressed)", "TREx/NIR/skymaps/gill/*/nir_skymap_gill_*.sav"),
    ("TREx Blue skymap (compressed)", "TREx/blueline/skymaps/gill/*/blue_skymap_gill_*.sav"),
    ("TREx RGB skymap 480x553 (compressed)", "TREx/RGB/skymaps/gill/*/rgb_skymap_gill_*.sav"),
    ("REGO flatfield 512x512", "GO-Canada/REGO/calibration/REGO_flatfield_*.sav"),
    ("REGO Rayleighs", "GO-Canada/REGO/calibration/REGO_Rayleighs_*.sav"),
    ("TREx NIR flatfield 256x256", "TREx/NIR/calibration/NIR_flatfield_*.sav"),
    ("TREx NIR Rayleighs", "TREx/NIR/calibration/NIR_Rayleighs_*.sav"),
    ("TREx Blue flatfield", "TREx/blueline/calibration/BLUE_flatfield_*.sav"),
    ("TREx Blue Rayleighs", "TREx/blueline/calibration/BLUE_Rayleighs_*.sav"),
]


def precheck(path: Path) -> None:
    """The decoder's bounds, checked before scipy sees the file (SavCorruptError/SavUnsupportedError).

    File size <= MAX_FILE_BYTES; the record chain strictly forward and inside the file (scipy loops
    forever on a backward pointer); for a /COMPRESS file, the records inflated (output discarded)
    to no more than MAX_INFLATED_BYTES in all, since scipy inflates every record into a temporary
    file with no limit (a zlib bomb fills the disk).
    """
    idl = need("aurora_widgets.data.readers._idlsav", "_check_chain", "MAX_FILE_BYTES", "MAX_INFLATED_BYTES")
    if path.stat().st_size > idl.MAX_FILE_BYTES:
        raise idl.SavUnsupportedError("file too large")
    buf = path.read_bytes()
    idl._check_chain(buf, 4)
    if buf[:4] != b"SR\x00\x06":
        return
    pos, left = 4, idl.MAX_INFLATED_BYTES
    while pos + 16 <= len(buf):
        rectype, lo, hi, _ = idl._RECHEAD.unpack_from(buf, pos)
        nextrec = lo + (hi << 32)
        if rectype == idl._END_MARKER or nextrec <= pos + 16:
            return
        inflater = zlib.decompressobj()
        chunk = memoryview(buf)[pos + 16:nextrec]
        while chunk:
            out = inflater.decompress(chunk, 1 << 20)
            left -= len(out)
            if left < 0:
                raise idl.SavUnsupportedError("too much data once decompressed")
            chunk = memoryview(inflater.unconsumed_tail)
            if not chunk:
                while out and left >= 0:  # flush what zlib still holds
                    out = inflater.decompress(b"", 1 << 20)
                    left -= len(out)
        pos = nextrec


def prechecked_scipy(path: Path, chain_only: bool = False) -> dict[str, Any]:
    """What the readers would do without our decoder: the pre-check (or only its chain walk), then scipy."""
    from scipy.io import readsav

    if chain_only:
        need("aurora_widgets.data.readers._idlsav", "_check_chain")._check_chain(path.read_bytes(), 4)
    else:
        precheck(path)
    with quiet():
        return dict(readsav(str(path), python_dict=True, verbose=False))


def same_values(a: Any, b: Any) -> bool:
    """Our output (dicts, SavRecords, arrays) holds the same values as scipy's (dicts, records, arrays)."""
    if isinstance(a, dict):  # a top-level dict or one of our SavRecords (lower-case keys)
        if isinstance(b, dict):
            fields = {k.lower(): b[k] for k in b}
        elif getattr(getattr(b, "dtype", None), "names", None):
            fields = {n.lower(): b[n] for n in b.dtype.names}
        else:
            return False
        return set(a) == set(fields) and all(same_values(a[k], fields[k]) for k in a)
    x, y = np.asarray(a), np.asarray(b)
    if x.shape != y.shape:
        return False
    if x.dtype == object or y.dtype == object:
        return all(same_values(u, v) for u, v in zip(x.ravel(), y.ravel(), strict=True))
    if x.dtype.kind in "SU" or y.dtype.kind in "SU":
        return bool(x.tolist() == y.tolist())
    return bool(np.array_equal(x.astype(np.float64), y.astype(np.float64), equal_nan=True))


@contextlib.contextmanager
def scipy_only() -> Iterator[None]:
    common = need("aurora_widgets.data.readers._common", "FAST_SAV")
    before = common.FAST_SAV
    common.FAST_SAV = False
    try:
        yield
    finally:
        common.FAST_SAV = before


def inputs(ctx: Context) -> list[tuple[str, Path]]:
    found = []
    if SKYMAP_GAKO.exists():
        found.append(("THEMIS gako skymap 256x256 (real, uncompressed)", SKYMAP_GAKO))
    for label, pattern in ARCHIVE_FILES:
        files = ctx.archive_files(pattern)
        if files:
            found.append((label, files[0]))
    if not found:
        raise Skip("no skymap or calibration files (sample archive and real files missing)")
    return found[:2] if ctx.quick else found


def run(ctx: Context) -> list[Row]:
    idl = need("aurora_widgets.data.readers._idlsav", "read_idlsav", "_check_chain")
    readers = need("aurora_widgets.data", "read_skymap", "read_calibration")
    skymap_mod = need("aurora_widgets.data.readers.skymap", "clear_skymap_cache")
    calib_mod = need("aurora_widgets.data.readers.calibration", "clear_calibration_cache")
    rep = ctx.repeat(7, 1)
    rows: list[Row] = []
    for label, path in inputs(ctx):
        kb = path.stat().st_size / 1024
        ours_out, theirs_out = idl.read_idlsav(path), prechecked_scipy(path)
        equal = same_values(ours_out, theirs_out)
        t_ours = measure(functools.partial(idl.read_idlsav, path), repeat=rep)
        t_scipy = measure(functools.partial(prechecked_scipy, path), repeat=rep)
        t_chain = measure(functools.partial(prechecked_scipy, path, True), repeat=rep)
        rows.append(target_ratio(Row(NAME, f"{label}, {kb:,.0f} KB: decode", "s", t_ours, t_scipy,
                                     "pre-check + scipy.io.readsav", target=">= 1.5x", equal=equal,
                                     check="same variables and values"), 1.5))
        rows.append(target_ratio(Row(NAME, f"{label}, {kb:,.0f} KB: decode, chain check only", "s", t_ours,
                                     t_chain, "chain walk + scipy.io.readsav (no inflate cap)", target=">= 1.5x",
                                     note="scipy unbounded on zlib bombs here"), 1.5))
        is_skymap = "skymap" in path.name
        read, clear = ((readers.read_skymap, skymap_mod.clear_skymap_cache) if is_skymap
                       else (readers.read_calibration, calib_mod.clear_calibration_cache))

        def cold(p: Path = path, read: Any = read, clear: Any = clear) -> Any:
            clear()
            return read(p)

        t_read = measure(cold, repeat=rep)
        t_check = measure(functools.partial(precheck, path), repeat=rep)
        with scipy_only():
            t_read_scipy = measure(cold, repeat=rep)
        anchor = Stat(t_read_scipy.median + t_check.median, t_read_scipy.min + t_check.min,
                      t_read_scipy.max + t_check.max, t_read_scipy.n)
        rows.append(target_ratio(Row(NAME, f"{label}, {kb:,.0f} KB: cold {read.__name__}", "s", t_read, anchor,
                                     "same reader on pre-check + scipy", target=">= 1.5x",
                                     note=f"pre-check alone {t_check.median * 1e3:.2f} ms"), 1.5))
    clear_all = (skymap_mod.clear_skymap_cache, calib_mod.clear_calibration_cache)
    for fn in clear_all:
        fn()
    return rows
