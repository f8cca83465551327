"""Build the offline sample archive: ``<root>/catalogue.json``, ``<root>/files/<tree>/...``, ``.build-stamp``.

The archive is what the loopback server (``aurora_widgets.archive.server``) serves in place of
api.phys.ucalgary.ca and data.phys.ucalgary.ca: the catalogue of datasets and observatories, and
synthetic skymaps, calibrations and raw minute files generated deterministically by
:mod:`aurora_widgets.archive.generate`. When the project's shared sample data exists
(``../shared/data/ucalgary`` next to the repository), the real files are taken in too: the gako
THEMIS skymap and the THEMIS gill 2014-03-10 / TREx NIR gill 2022-03-07 raw minutes.

A build writes into a temporary folder and swaps it into place, and records a stamp (builder
version, a hash of the generator sources and the inputs). A later build with the same stamp does
nothing unless ``force=True``.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp())
    >>> report = build_archive(root, shared_data=None)          # doctest: +SKIP
    >>> (root / "catalogue.json").exists(), report.skipped       # doctest: +SKIP
    (True, False)

"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue as _catalogue
from .generate import calibrations as _calibrations
from .generate import raw as _raw
from .generate import skymaps as _skymaps

__all__ = [
    "BUILDER_VERSION",
    "BuildReport",
    "archive_is_current",
    "build_archive",
    "default_shared_data",
    "planned_files",
]

#: Bump when the archive layout changes in a way the source hash would not catch.
BUILDER_VERSION = "2"
STAMP_NAME = ".build-stamp"
CATALOGUE_NAME = "catalogue.json"
FILES_DIR = "files"
#: Files the server makes on request (``aurora_widgets.archive.ondemand``); emptied by a rebuild.
CACHE_DIR = "cache"

_AUTO = object()

# real sample files taken in when the shared data folder exists: (source under shared, target under files/)
_REAL_FILES: list[tuple[str, str]] = [
    ("skymaps/themis_skymap_gako_20110305-+_vXX.sav",
     "THEMIS/asi/skymaps/gako/gako_20110305/themis_skymap_gako_20110305-+_vXX.sav"),
] + [
    (f"raw/themis/{name}", f"THEMIS/asi/stream0/2014/03/10/gill_themis19/ut06/{name}")
    for name in (
        "20140310_0600_gill_themis19_full.pgm.gz",
        "20140310_0601_gill_themis19_full.pgm.gz",
        "20140310_0602_gill_themis19_full.pgm.gz",
        "20140310_0603_gill_themis19_full.pgm.gz",
        "20140310_0605_gill_themis19_full.pgm",
    )
] + [
    (f"raw/trex_nir/{name}", f"TREx/NIR/stream0/2022/03/07/gill_nir-216/ut06/{name}")
    for name in (
        "20220307_0600_gill_nir-216_8446.pgm.gz",
        "20220307_0601_gill_nir-216_8446.pgm.gz",
        "20220307_0602_gill_nir-216_8446.pgm.gz",
    )
]  # fmt: skip


@dataclass
class BuildReport:
    """What :func:`build_archive` did.

    Attributes:
        root: the archive root.
        skipped: True when the stamp matched and nothing was written.
        files: paths (relative to ``<root>/files``, POSIX style) of every file in the archive, sorted.
        total_bytes: their total size.
        seconds: wall time of the call.
        shared_data: the shared sample-data folder that was used, or None.
        real_files: which of ``files`` are copies of real sample files.

    """

    root: Path
    skipped: bool
    files: list[str] = field(default_factory=list)
    total_bytes: int = 0
    seconds: float = 0.0
    shared_data: Path | None = None
    real_files: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return (
            f"BuildReport(root={str(self.root)!r}, skipped={self.skipped}, files=[{len(self.files)} files], "
            f"total_bytes={self.total_bytes}, seconds={self.seconds:.1f}, "
            f"shared_data={None if self.shared_data is None else str(self.shared_data)!r})"
        )


def default_shared_data() -> Path | None:
    """Return the shared sample-data folder (``<repo>/../shared/data/ucalgary``) if it exists, else None.

    Example:
        >>> p = default_shared_data()
        >>> p is None or (p / "sites.csv").exists()
        True

    """
    repo = Path(__file__).resolve().parents[2]
    candidate = repo.parent / "shared" / "data" / "ucalgary"
    return candidate if candidate.is_dir() else None


def _resolve_shared(shared_data: object) -> Path | None:
    if shared_data is _AUTO:
        return default_shared_data()
    if shared_data is None:
        return None
    path = Path(shared_data)  # type: ignore[arg-type]
    if not path.is_dir():
        raise FileNotFoundError(
            f"shared sample data folder {path} does not exist; pass shared_data=None to build "
            "without the real sample files"
        )
    return path


def _tree(dataset_name: str) -> str:
    return _catalogue.dataset(dataset_name)["tree"]


def planned_files(shared_data: Path | None = None) -> list[str]:
    """Every file the archive will hold, relative to ``<root>/files``, sorted (no work done).

    Example:
        >>> "THEMIS/asi/skymaps/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav" in planned_files()
        True

    """
    return sorted(rel for rel, _job in _jobs(shared_data))


def _jobs(shared_data: Path | None) -> list[tuple[str, Callable[[Path], object]]]:
    """(relative path under files/, function writing it given the files/ folder) for every file."""
    jobs: list[tuple[str, Callable[[Path], object]]] = []
    for sky in _skymaps.SKYMAPS:
        tree = _tree(sky.info.dataset)
        jobs.append(
            (f"{tree}/{sky.relpath}", lambda files, s=sky, t=tree: _skymaps.write_skymap(s, files / t))
        )
    for cal in _calibrations.BUILT_CALIBRATIONS:
        jobs.append(
            (
                f"{cal.tree}/{cal.relpath}",
                lambda files, c=cal: _calibrations.write_calibration(c, files / c.tree),
            )
        )
    for raw in _raw.RAW_MINUTES:
        for minute in raw.minutes:
            jobs.append(
                (
                    f"{raw.info.tree}/{raw.relpath(minute)}",
                    lambda files, r=raw, m=minute: _raw.write_raw_minute(r, m, files / r.info.tree),
                )
            )
    if shared_data is not None:
        for src, dst in _REAL_FILES:
            source = shared_data / src
            if source.is_file():
                jobs.append((dst, lambda files, s=source, d=dst: _copy(s, files / d)))
    return jobs


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def _stamp(shared_data: Path | None) -> str:
    """Builder version + hash of the archive package sources + the real input files (name, size)."""
    h = hashlib.sha256()
    h.update(BUILDER_VERSION.encode())
    package = Path(__file__).resolve().parent
    sources = [*sorted(package.glob("*.py")), *sorted((package / "generate").glob("*.py"))]
    sources += [*sorted((package / "sky").glob("**/*.py")), package.parent / "data" / "models.py"]
    for src in sources:
        h.update(src.relative_to(package.parent).as_posix().encode())
        h.update(src.read_bytes())
    if shared_data is not None:
        for rel, _dst in _REAL_FILES:
            p = shared_data / rel
            if p.is_file():
                h.update(f"{rel}:{p.stat().st_size}".encode())
    return json.dumps(
        {"builder_version": BUILDER_VERSION, "inputs": h.hexdigest(), "shared_data": shared_data is not None},
        sort_keys=True,
    )


def archive_is_current(root: Path, shared_data: Path | object | None = _AUTO) -> bool:
    """Tell whether ``root`` holds a complete archive built by this builder from the same inputs.

    Example:
        >>> import tempfile
        >>> archive_is_current(Path(tempfile.mkdtemp()))
        False

    """
    root = Path(root)
    stamp = root / STAMP_NAME
    if not (stamp.is_file() and (root / CATALOGUE_NAME).is_file() and (root / FILES_DIR).is_dir()):
        return False
    try:
        return stamp.read_text() == _stamp(_resolve_shared(shared_data))
    except OSError:
        return False


def _list_files(files_dir: Path) -> tuple[list[str], int]:
    rels, total = [], 0
    for dirpath, _dirs, names in os.walk(files_dir):
        for name in names:
            p = Path(dirpath) / name
            rels.append(p.relative_to(files_dir).as_posix())
            total += p.stat().st_size
    return sorted(rels), total


def build_archive(
    root: Path | str,
    shared_data: Path | str | object | None = _AUTO,
    force: bool = False,
    workers: int | None = None,
) -> BuildReport:
    """Build (or refresh) the sample archive under ``root``; return a :class:`BuildReport`.

    Args:
        root: archive folder; created if missing. Gets ``catalogue.json``, ``files/`` and
            ``.build-stamp``.
        shared_data: folder with the real sample files (``skymaps/``, ``raw/``). By default the
            project's ``../shared/data/ucalgary`` if it exists; ``None`` builds without real files.
        force: rebuild even when the stamp says the archive is current.
        workers: threads for generating files (default: up to 8, by CPU count).

    Example:
        >>> import tempfile
        >>> report = build_archive(Path(tempfile.mkdtemp()), shared_data=None)   # doctest: +SKIP
        >>> report.total_bytes < 100_000_000                                      # doctest: +SKIP
        True

    """
    t0 = time.monotonic()
    root = Path(root)
    shared = _resolve_shared(shared_data)
    stamp = _stamp(shared)
    stamp_path = root / STAMP_NAME
    if not force and archive_is_current(root, shared):
        rels, total = _list_files(root / FILES_DIR)
        real = sorted(dst for _src, dst in _REAL_FILES if dst in set(rels)) if shared is not None else []
        return BuildReport(root, True, rels, total, time.monotonic() - t0, shared, real)

    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".files-building-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    jobs = _jobs(shared)
    n_workers = workers or max(1, min(8, os.cpu_count() or 1))
    try:
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            for future in [pool.submit(job, staging) for _rel, job in jobs]:
                future.result()
        if stamp_path.exists():
            stamp_path.unlink()
        final = root / FILES_DIR
        old = root / f".files-old-{os.getpid()}"
        if final.exists():
            final.rename(old)
        staging.rename(final)
        if old.exists():
            shutil.rmtree(old)
        if (root / CACHE_DIR).exists():  # files made on request by older generators
            shutil.rmtree(root / CACHE_DIR)
        cat_tmp = root / (CATALOGUE_NAME + ".part")
        cat_tmp.write_text(json.dumps(_catalogue.catalogue(), indent=1) + "\n")
        cat_tmp.replace(root / CATALOGUE_NAME)
        stamp_path.write_text(stamp)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    rels, total = _list_files(root / FILES_DIR)
    real = sorted(dst for _src, dst in _REAL_FILES if dst in set(rels)) if shared is not None else []
    return BuildReport(root, False, rels, total, time.monotonic() - t0, shared, real)
