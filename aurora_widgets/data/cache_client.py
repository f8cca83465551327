"""The client's side of a cache that heals: ``verify_cache`` and the repair of files given to ``read``.

Kept out of ``client.py`` (which is long already); :class:`~aurora_widgets.data.client.Client`
inherits :class:`CacheMixin`. The checks themselves are in :mod:`aurora_widgets.data.cache`.

A cached file's URL is its dataset's ``data_tree_url`` plus its path under
``<download_dir>/<DATASET>/``, the layout pyaurorax and we share; a repair downloads it again
atomically (temp file + rename) and warns with one line (:class:`CacheRepairWarning`) naming the
file. When the file host does not answer, the damaged file is never used: :meth:`CacheMixin.verify_cache`
reports it, and ``read`` raises a :class:`ReadError` naming it.

Example:
    >>> from aurora_widgets.data import Client
    >>> report = Client(download_dir="/nonexistent").verify_cache()
    >>> report.checked, report.damaged
    (0, [])

"""

from __future__ import annotations

import dataclasses
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import CacheRepairWarning, forget, problem_with
from .download import download_files
from .errors import APIError, DownloadError, InputError, ReadError
from .models import Dataset

if TYPE_CHECKING:
    from .api import ApiSession

__all__ = ["CacheMixin", "CacheReport", "DamagedFile"]

_PRIVATE = ".aurora-widgets"


@dataclasses.dataclass
class DamagedFile:
    """One cached file that failed the integrity check.

    Example:
        >>> DamagedFile(Path("/c/x.sav"), "it is empty (0 bytes)").repaired
        False

    """

    path: Path
    problem: str
    repaired: bool = False
    error: str | None = None


@dataclasses.dataclass
class CacheReport:
    """What :meth:`CacheMixin.verify_cache` found: files checked, and the damaged ones.

    Example:
        >>> CacheReport(checked=3, damaged=[]).ok
        True

    """

    checked: int
    damaged: list[DamagedFile]

    @property
    def ok(self) -> bool:
        """True when no damaged file is left (none found, or every one repaired)."""
        return all(d.repaired for d in self.damaged)

    def __str__(self) -> str:
        lines = [f"{self.checked} cached file(s) checked, {len(self.damaged)} damaged"]
        for d in self.damaged:
            state = "repaired" if d.repaired else f"NOT repaired ({d.error})" if d.error else "not repaired"
            lines.append(f"  {d.path}: {d.problem}; {state}")
        return "\n".join(lines)


class CacheMixin:
    """``verify_cache`` and read-time repairs, for a class with ``download_dir`` and ``_api``."""

    download_dir: Path
    progress_bar_backend: str
    _api: ApiSession

    def get_dataset(self, name: str, timeout: float | None = None) -> Dataset:
        """Return the dataset named ``name`` (implemented by the Client)."""
        raise NotImplementedError

    def _refetch(self, dataset: Dataset, path: Path, timeout: float | None = None) -> None:
        """Download ``path`` of ``dataset`` again, atomically; raise DownloadError when it cannot be."""
        dataset_dir = self.download_dir / dataset.name
        rel = path.relative_to(dataset_dir).as_posix()
        prefix = dataset.data_tree_url
        if not prefix:
            try:
                prefix = self.get_dataset(dataset.name, timeout=timeout).data_tree_url
            except APIError as err:
                raise DownloadError(f"the dataset's file address is unknown offline ({err})") from err
        if not prefix:
            raise DownloadError(f"the API gives no data_tree_url for {dataset.name}")
        prefix = prefix.rstrip("/")
        download_files(
            self._api.session, [f"{prefix}/{rel}"], prefix, dataset_dir,
            timeout=self._api.timeout if timeout is None else timeout, retries=self._api.retries,
            backoff=self._api.backoff, retry=self._api.retry, overwrite=True, headers=self._api.headers,
            progress_bar_disable=True,
            progress_bar_backend=self.progress_bar_backend, desc=f"Repairing {dataset.name} files",
        )
        forget(path)
        if problem_with(path) is not None:
            raise DownloadError("the server's copy fails the same check")

    def _cached_owner(self, path: Path) -> str | None:
        """Return the dataset folder name ``path`` lies in, when it is inside the download folder."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(self.download_dir)
        except ValueError:
            return None
        if len(rel.parts) < 2 or rel.parts[0] == _PRIVATE:
            return None
        return rel.parts[0]

    def _repair_for_read(self, dataset: Dataset, files: list[str], *, strict: bool) -> list[str]:
        """Check the cached ``files`` of ``dataset``; re-download damaged ones. Returns those repaired.

        ``strict``: a damaged file that cannot be repaired raises :class:`ReadError` naming it;
        otherwise it is left to the reader (which lists it in ``problematic_files``), with a warning.
        """
        repaired: list[str] = []
        for name in files:
            path = Path(name)
            if self._cached_owner(path) != dataset.name:
                continue
            problem = problem_with(path)
            if problem is None:
                continue
            try:
                self._refetch(dataset, Path(os.path.abspath(path)))
            except DownloadError as err:
                text = (f"The cached file {path} is damaged ({problem}) and could not be downloaded again "
                        f"({err}); it was not used. Try again when the file host answers.")
                if strict:
                    raise ReadError(text) from err
                warnings.warn(text, CacheRepairWarning, stacklevel=4)
                continue
            warnings.warn(f"aurora-widgets cache: {path} was damaged ({problem}); downloaded it again.",
                          CacheRepairWarning, stacklevel=4)
            repaired.append(name)
        return repaired

    def verify_cache(self, dataset: Dataset | str | None = None, repair: bool = False) -> CacheReport:
        """Check every cached file (of one dataset, or all) and report the damaged ones.

        The checks are those of :func:`aurora_widgets.data.cache.check_file`: empty files, HTML pages
        saved as files, gzip/bzip2 streams without their end marker, IDL save files whose record chain
        does not reach its end, PGM frames cut short. With ``repair=True`` each damaged file is
        downloaded again (atomically; ``repaired`` says whether that worked, ``error`` why not).
        Nothing is deleted: a file that cannot be repaired stays, and is refused when used.

        Example:
            >>> report = Client().verify_cache("THEMIS_ASI_SKYMAP_IDLSAV", repair=True)   # doctest: +SKIP
            >>> print(report)                                                          # doctest: +SKIP
            2 cached file(s) checked, 1 damaged
              .../themis_skymap_gill_20210308-+_v02.sav: it is empty (0 bytes); repaired

        """
        if dataset is None:
            names = sorted(p.name for p in self.download_dir.iterdir()
                           if p.is_dir() and p.name != _PRIVATE) if self.download_dir.is_dir() else []
        elif isinstance(dataset, (str, Dataset)):
            names = [dataset.name if isinstance(dataset, Dataset) else dataset.strip().upper()]
        else:
            raise InputError(f"dataset must be a Dataset, a dataset name or None, not {dataset!r}.")
        checked, damaged = 0, []
        for name in names:
            folder = self.download_dir / name
            if not folder.is_dir():
                continue
            known: Dataset | None = dataset if isinstance(dataset, Dataset) else None
            for path in sorted(p for p in folder.rglob("*") if p.is_file() and ".part-" not in p.name):
                checked += 1
                problem = problem_with(path)
                if problem is None:
                    continue
                entry = DamagedFile(path, problem)
                damaged.append(entry)
                if not repair:
                    continue
                try:
                    known = known or Dataset(name=name)
                    self._refetch(known, path)
                    entry.repaired = True
                except DownloadError as err:
                    entry.error = str(err)
        return CacheReport(checked, damaged)

    def _check_cached_best(self, path: Any) -> None:
        """Offline, a best file taken from the cache must be whole: else a DownloadError naming it."""
        problem = problem_with(path)
        if problem is not None:
            raise DownloadError(
                f"The cached file {path} is damaged ({problem}) and the file host cannot be reached to download "
                "it again; it was not used. Try again when the network and the API answer."
            )
