"""Shared pieces of the benchmarks: timing, result rows, the run context, the machine description.

Every benchmark module exposes ``NAME`` (used by ``--only``), ``TITLE`` and ``run(ctx) -> list[Row]``.
A row compares one measured quantity of ours with the same quantity of an anchor (pyucalgarysrs,
pyaurorax, bare ``gzip``, matplotlib, ...) measured in the same run on the same inputs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import gc
import importlib
import importlib.metadata
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("AURORA_WIDGETS_SHARED_DATA", REPO.parent / "shared" / "data" / "ucalgary"))
SKYMAP_GAKO = SHARED / "skymaps" / "themis_skymap_gako_20110305-+_vXX.sav"
RAW_THEMIS = sorted((SHARED / "raw" / "themis").glob("*.pgm.gz"))
RAW_NIR = sorted((SHARED / "raw" / "trex_nir").glob("*.pgm.gz"))

#: The units a row's values can have. Times are seconds; "lower is better" holds for all of them.
UNITS = ("s", "bytes", "requests", "deg")


class Skip(Exception):  # noqa: N818 - reads as `raise Skip(reason)`
    """A benchmark (or one case) cannot run here; the message says why (e.g. a module not written yet)."""


@dataclasses.dataclass
class Stat:
    """Summary of repeated measurements (seconds, bytes, ...)."""

    median: float
    min: float
    max: float
    n: int

    @classmethod
    def of(cls, values: list[float]) -> Stat:
        if not values:
            raise ValueError("no measurements")
        return cls(statistics.median(values), min(values), max(values), len(values))

    @classmethod
    def single(cls, value: float) -> Stat:
        return cls(float(value), float(value), float(value), 1)


@dataclasses.dataclass
class Row:
    """One comparison: ``ours`` vs ``anchor`` for one case of one benchmark.

    ``ratio`` is anchor / ours (times, bytes, requests: > 1 means ours is better). ``per`` turns a
    time into a rate (e.g. 80 frames per read) for the table. ``equal`` is None when the benchmark
    does not compare outputs, else whether our output equals (or matches within ``check``) the
    anchor's. ``met`` is None when the row has no target.
    """

    benchmark: str
    case: str
    unit: str
    ours: Stat | None
    anchor: Stat | None
    anchor_name: str
    target: str = ""
    met: bool | None = None
    equal: bool | None = None
    check: str = ""
    per: float | None = None
    per_unit: str = ""
    note: str = ""
    skipped: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.anchor is None or self.ours.median <= 0:
            return None
        return self.anchor.median / self.ours.median

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["ratio"] = self.ratio
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Row:
        d = dict(d)
        d.pop("ratio", None)
        for k in ("ours", "anchor"):
            if d.get(k) is not None:
                d[k] = Stat(**d[k])
        return cls(**d)


def skipped_row(benchmark: str, case: str, reason: str) -> Row:
    return Row(benchmark=benchmark, case=case, unit="s", ours=None, anchor=None, anchor_name="",
               skipped=reason)


def target_ratio(row: Row, minimum: float) -> Row:
    """Set ``met`` from ``ratio >= minimum``."""
    r = row.ratio
    row.met = None if r is None else r >= minimum
    return row


# --------------------------------------------------------------------------------------------------
# timing


def measure(fn: Callable[[], Any], *, repeat: int, setup: Callable[[], Any] | None = None,
            number: int | None = None, min_sample_s: float = 0.02) -> Stat:
    """Time ``fn`` ``repeat`` times (after one untimed warm-up call unless ``setup`` is given).

    ``setup`` runs before every sample, untimed (e.g. to clear a cache). When ``number`` is None
    and there is no setup, fast functions are looped so each sample lasts ``min_sample_s``; the
    sample is then the time per call. The garbage collector is off while timing.
    """
    if setup is None:
        fn()  # warm-up (imports, first-call caches): not what we compare
    if number is None:
        number = 1
        if setup is None:
            t0 = time.perf_counter()
            fn()
            one = time.perf_counter() - t0
            if one < min_sample_s:
                number = max(1, min(100_000, int(min_sample_s / max(one, 1e-7))))
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc_was = gc.isenabled()
        gc.disable()
        try:
            t0 = time.perf_counter()
            for _ in range(number):
                fn()
            samples.append((time.perf_counter() - t0) / number)
        finally:
            if gc_was:
                gc.enable()
    return Stat.of(samples)


def once(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``fn`` once, return (seconds, result)."""
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence warnings and the anchors' progress output."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def need(module: str, *names: str) -> Any:
    """Import ``module`` and check it has ``names``, else raise :class:`Skip` (module not written yet)."""
    try:
        mod = importlib.import_module(module)
    except Exception as err:  # ImportError, or a half-written module failing at import
        raise Skip(f"{module} is not available yet ({type(err).__name__}: {err})") from None
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise Skip(f"{module} has no {', '.join(missing)} yet")
    return mod


def need_browser() -> Any:
    """Return Playwright's ``sync_playwright``, else raise :class:`Skip` (no Debian chromium or no playwright).

    The browser benchmarks drive ``/usr/bin/chromium`` through it (``executable_path``).
    """
    if not Path("/usr/bin/chromium").exists():
        raise Skip("/usr/bin/chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise Skip(f"playwright is not installed ({err})") from None
    return sync_playwright


# --------------------------------------------------------------------------------------------------
# the run context


class Context:
    """What one run shares between benchmarks: mode, scratch folder, the sample archive and server."""

    def __init__(self, quick: bool = False, install: bool = False, workdir: Path | None = None) -> None:
        self.quick = quick
        self.install = install
        self._own_tmp = workdir is None
        self.tmp = Path(workdir or tempfile.mkdtemp(prefix="aurora-bench-"))
        self.tmp.mkdir(parents=True, exist_ok=True)
        self._archive: Path | None = None
        self._server: Any = None
        self._anchor_srs: Any = None
        self._anchor_pax: Any = None

    def repeat(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full

    def require_real_files(self) -> None:
        if not SKYMAP_GAKO.exists() or not RAW_THEMIS or not RAW_NIR:
            raise Skip(f"real sample files missing under {SHARED}")

    # anchors -------------------------------------------------------------------------------------
    def srs(self) -> Any:
        if self._anchor_srs is None:
            try:
                import pyucalgarysrs
            except ImportError as err:
                raise Skip(f"pyucalgarysrs is not installed ({err})") from None
            self._anchor_srs = pyucalgarysrs.PyUCalgarySRS(
                download_output_root_path=str(self.tmp / "srs_data"), progress_bar_backend="standard")
        return self._anchor_srs

    def pax(self) -> Any:
        if self._anchor_pax is None:
            try:
                import pyaurorax
            except ImportError as err:
                raise Skip(f"pyaurorax is not installed ({err})") from None
            self._anchor_pax = pyaurorax.PyAuroraX(
                download_output_root_path=str(self.tmp / "pax_data"), progress_bar_backend="standard")
        return self._anchor_pax

    # sample archive ------------------------------------------------------------------------------
    def archive(self) -> Path:
        """The sample archive, built once per run (or taken from ``AURORA_BENCH_ARCHIVE``)."""
        if self._archive is None:
            given = os.environ.get("AURORA_BENCH_ARCHIVE")
            build = need("aurora_widgets.archive.build", "build_archive")
            # Kept between runs (the builder skips work when its stamp is current): ~20 s saved.
            root = Path(given) if given else Path(tempfile.gettempdir()) / "aurora-widgets-bench-archive"
            with quiet():
                build.build_archive(root)
            self._archive = root
        return self._archive

    def archive_files(self, pattern: str) -> list[Path]:
        return sorted((self.archive() / "files").glob(pattern))

    def server(self) -> Any:
        """The archive served on loopback; started once per run."""
        if self._server is None:
            srv = need("aurora_widgets.archive.server", "ArchiveServer")
            root = self.archive()
            self._server = srv.ArchiveServer(root)
            self._server.start()
        return self._server

    def widget_client(self, label: str) -> tuple[Any, str]:
        """A data client for widgets: ``Client`` on the archive server, else files straight from disk."""
        try:
            server = self.server()
            client_mod = need("aurora_widgets.data.client", "Client")
        except Skip as why:
            return LocalArchiveClient(self.archive()), f"archive read from disk ({why})"
        d = self.tmp / "widget-cache" / label
        d.mkdir(parents=True, exist_ok=True)
        return client_mod.Client(api_url=server.url, download_dir=d), "Client on the archive server"

    def close(self) -> None:
        if self._server is not None:
            with contextlib.suppress(Exception):
                self._server.stop()
            self._server = None
        if self._own_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------------
# machine


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": cores,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "packages": {d: _version(d) for d in (
            "aurora-widgets", "pyucalgarysrs", "pyaurorax", "numpy", "scipy", "matplotlib", "playwright")},
    }


# --------------------------------------------------------------------------------------------------
# a client for widgets when the archive server is not there


class LocalArchiveClient:
    """The part of ``Client`` that SkymapBrowser uses, answered from the archive folder on disk.

    Used only when ``aurora_widgets.archive.server`` is not available, so payload and preview
    numbers (which do not depend on HTTP) can still be measured.
    """

    def __init__(self, root: Path) -> None:
        import json

        from aurora_widgets.data.models import Dataset

        self.root = Path(root)
        cat = json.loads((self.root / "catalogue.json").read_text())
        self._trees = {d["name"]: d["tree"] for d in cat["datasets"]}
        self._Dataset = Dataset

    def get_urls(self, name: str, start: Any, end: Any, site_uid: str | None = None,
                 device_uid: str | None = None, **_: Any) -> Any:
        from aurora_widgets.data.models import FileListing

        base = self.root / "files" / self._trees[name]
        sub = f"{site_uid}/" if site_uid else ""
        urls = sorted(str(p) for p in base.rglob("*") if p.is_file() and
                      str(p.relative_to(base)).startswith(sub))
        return FileListing(urls=urls, path_prefix=str(base), count=len(urls),
                           dataset=self._Dataset(name=name))

    def download_using_urls(self, listing: Any, **_: Any) -> Any:
        from aurora_widgets.data.models import DownloadResult

        files = [Path(u) for u in listing.urls]
        return DownloadResult(files, len(files), 0, Path(listing.path_prefix), listing.dataset)
