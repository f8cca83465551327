"""Atomic, parallel file downloads into the local cache (the pyaurorax layout).

A file of a listing lands at ``<root>/<DATASET>/<url minus path_prefix/>``, keeping the literal
``+`` of skymap/calibration names, so pyaurorax and aurora-widgets share one cache.

Guarantees:

* **Atomic**: each file is written to ``<final>.part-<random>`` in the same folder, its size is
  checked against ``Content-Length``, then it is renamed over the final name with ``os.replace``.
  A file under its final name is therefore always complete; two downloads of the same file racing
  each other leave exactly one complete file.
* **No partial files left behind**: on any failure, including ``KeyboardInterrupt``, the
  ``.part-*`` files of this call are removed.
* **Refused**: an HTML answer (the file host redirects missing files to its home page), a
  non-200 status, and any URL that would land outside the dataset folder (``..``, absolute parts,
  another host or folder than the listing's ``path_prefix``).
* **Retried** on :class:`~aurora_widgets.data.retry.Backoff`'s schedule: connection errors, timeouts,
  5xx and 429 answers and short bodies (a 503/429's ``Retry-After`` is honoured, capped).
* Existing final files are skipped unless ``overwrite=True``, once they pass the integrity check
  of :mod:`aurora_widgets.data.cache`: a damaged one (a partial pyaurorax download, an HTML page,
  zero bytes) is downloaded again atomically, with a one-line :class:`CacheRepairWarning` naming
  it; if that fails, the :class:`DownloadError` names the damaged file, which is never returned.
* A file received without a usable ``Content-Length`` gets the same format check before it takes
  its final name.
* A cached file whose size no ``Content-Length`` ever confirmed (one pyaurorax wrote, say) is
  compared once with a HEAD request's ``Content-Length`` (timeout :data:`HEAD_TIMEOUT_S` at most):
  a file cut exactly at a frame boundary passes every format check, and only its size shows it.
  This happens only inside a download call, which is online by then; a HEAD that fails or gives
  no size leaves the file as it is.

Example:
    >>> from pathlib import Path
    >>> local_path_for("https://h/sort_by_project/THEMIS/asi/skymaps/gill/gill_20210308/"
    ...                "themis_skymap_gill_20210308-+_v02.sav",
    ...                "https://h/sort_by_project/THEMIS/asi/skymaps", Path("/data/THEMIS_ASI_SKYMAP_IDLSAV"))
    PosixPath('/data/THEMIS_ASI_SKYMAP_IDLSAV/gill/gill_20210308/themis_skymap_gill_20210308-+_v02.sav')

"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import requests

from .cache import CacheRepairWarning, check_file, mark_good, mark_sized, problem_with, size_confirmed
from .errors import DownloadError
from .retry import Backoff

__all__ = ["DownloadStats", "download_file", "download_files", "local_path_for", "make_progress_bar"]

CHUNK_SIZE = 256 * 1024
#: The most seconds a HEAD request checking a cached file's size may take.
HEAD_TIMEOUT_S = 5.0
#: A listing's ``total_bytes`` above this is treated as unknown (no sane listing is 100 TB).
MAX_SANE_TOTAL = 100 * 1024**4


class _RetryableError(Exception):
    """A failure worth another attempt (5xx, 429, short body); a 503/429 keeps its ``Retry-After``."""

    def __init__(self, text: str, status: int | None = None, retry_after: str | None = None) -> None:
        super().__init__(text)
        self.status = status
        self.retry_after = retry_after


class _CancelledError(Exception):
    """The whole download was interrupted; stop quietly."""


class DownloadStats:
    """Thread-safe byte counters of one :func:`download_files` call."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.downloaded_bytes = 0
        self.skipped_files = 0
        self.downloaded_files = 0

    def add(self, nbytes: int = 0, downloaded: int = 0, skipped: int = 0) -> None:
        """Add to the counters (thread-safe)."""
        with self._lock:
            self.downloaded_bytes += nbytes
            self.downloaded_files += downloaded
            self.skipped_files += skipped


def local_path_for(url: str, path_prefix: str, dataset_dir: Path) -> Path:
    """Return where ``url`` is stored: ``dataset_dir / <url minus path_prefix/>``.

    Raises :class:`DownloadError` when the URL is not under ``path_prefix`` (another host or
    folder) or its remainder would escape ``dataset_dir`` (``..``, ``.``, empty or absolute parts,
    backslashes).

    Example:
        >>> from pathlib import Path
        >>> try:
        ...     local_path_for("http://h/p/x/../../etc/passwd", "http://h/p", Path("/d"))
        ... except DownloadError:
        ...     print("refused")
        refused

    """
    prefix = path_prefix.rstrip("/")
    if not prefix:
        raise DownloadError(f"Refusing to download {url!r}: the listing has an empty path_prefix.")
    p_parts, u_parts = urlsplit(prefix), urlsplit(url)
    origin = (p_parts.scheme.lower(), p_parts.netloc.lower())
    same_origin = origin == (u_parts.scheme.lower(), u_parts.netloc.lower())
    if not same_origin or not url.startswith(prefix + "/") or u_parts.query or u_parts.fragment:
        raise DownloadError(
            f"Refusing to download {url!r}: it is not under the listing's path_prefix {prefix!r} "
            "(another host or folder). The file listing looks wrong; ask for it again."
        )
    rest = url[len(prefix) + 1 :]
    parts = rest.split("/")
    for part in parts:
        decoded = unquote(part)
        if (
            part in ("", ".", "..")
            or decoded in ("", ".", "..")
            or "\\" in decoded
            or "\x00" in decoded
            or "/" in decoded
            or (len(decoded) >= 2 and decoded[1] == ":")
        ):
            raise DownloadError(
                f"Refusing to download {url!r}: its path would resolve outside the dataset folder "
                f"{str(dataset_dir)!r}."
            )
    dest = Path(dataset_dir, *parts)
    root = Path(os.path.abspath(dataset_dir))
    if os.path.commonpath([root, os.path.abspath(dest)]) != str(root):
        raise DownloadError(f"Refusing to download {url!r}: it would land outside {str(root)!r}.")
    return dest


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def download_file(
    session: requests.Session,
    url: str,
    dest: Path,
    *,
    timeout: float = 10.0,
    retries: int = 3,
    backoff: float = 0.5,
    overwrite: bool = False,
    headers: dict[str, str] | None = None,
    on_bytes: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
    part_files: set[Path] | None = None,
    retry: Backoff | None = None,
) -> int | None:
    """Download one file atomically to ``dest``; return the bytes written, or None when skipped.

    ``retry`` is the retry schedule (default ``Backoff(retries, backoff)``: 5xx, 429, network
    errors and short bodies are retried; a 503/429's ``Retry-After`` is honoured, capped).
    ``on_bytes(n)`` is called as data arrives (negative ``n`` takes back the bytes of a failed
    attempt). ``cancel`` stops the transfer between chunks. ``part_files``, when given, tracks the
    temporary files in flight so a caller can remove them after an interrupt.

    Example:
        >>> import requests, pathlib
        >>> download_file(requests.Session(), "http://127.0.0.1:8765/data/x.sav",
        ...               pathlib.Path("/tmp/x.sav"))          # doctest: +SKIP
        123456

    """
    dest = Path(dest)
    if dest.exists() and not overwrite:
        return None
    with contextlib.suppress(FileExistsError):
        dest.parent.mkdir(parents=True, exist_ok=True)
    request_headers = dict(headers or {})
    # Files must be stored byte for byte: ask the server not to compress on the fly.
    request_headers["accept-encoding"] = "identity"
    retry = retry or Backoff(max(0, int(retries)), float(backoff))
    attempts = retry.attempts
    last_error: BaseException | None = None
    for attempt in range(attempts):
        if cancel is not None and cancel.is_set():
            raise _CancelledError()
        if attempt:
            hint = last_error if isinstance(last_error, _RetryableError) else None
            retry.wait(attempt, hint.status if hint else None, hint.retry_after if hint else None)
        tmp = dest.with_name(f"{dest.name}.part-{secrets.token_hex(6)}")
        received = 0
        if part_files is not None:
            part_files.add(tmp)
        try:
            with session.get(url, headers=request_headers, timeout=timeout, stream=True) as res:
                if res.status_code >= 500 or res.status_code == 429:
                    raise _RetryableError(f"HTTP {res.status_code}", res.status_code,
                                          res.headers.get("retry-after"))
                if res.status_code != 200:
                    raise DownloadError(
                        f"HTTP error {res.status_code} when downloading {url!r}; the file is probably "
                        "not on the server (check the dataset, site and dates)."
                    )
                if "text/html" in res.headers.get("content-type", "").lower():
                    raise DownloadError(
                        f"HTML content received instead of a file when downloading {url!r}: the file "
                        "was probably not found on the server. Check the dataset, site and dates, and ask for "
                        "the file listing again."  # reliability fix: say what to do (ARCHITECTURE rule)
                    )
                length_text = res.headers.get("content-length")
                expected = int(length_text) if length_text and length_text.strip().isdigit() else None
                encoded = res.headers.get("content-encoding", "identity").lower() not in ("", "identity")
                with open(tmp, "wb") as fh:
                    for chunk in res.iter_content(CHUNK_SIZE):
                        if cancel is not None and cancel.is_set():
                            raise _CancelledError()
                        if chunk:
                            fh.write(chunk)
                            received += len(chunk)
                            if on_bytes is not None:
                                on_bytes(len(chunk))
                if expected is not None and not encoded and received != expected:
                    raise _RetryableError(f"got {received} of {expected} bytes")
            if expected is None or encoded:
                # No size to check against: check the format itself before the file takes its name.
                problem = check_file(tmp, name=dest.name)
                if problem is not None:
                    raise _RetryableError(f"the file received is damaged: {problem}")
            os.replace(tmp, dest)
            mark_good(dest)
            if expected is not None and not encoded:
                mark_sized(dest)
            return received
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError, _RetryableError) as err:
            last_error = err
            if on_bytes is not None and received:
                on_bytes(-received)
        except BaseException:
            if on_bytes is not None and received:
                on_bytes(-received)
            raise
        finally:
            _remove_quietly(tmp)
            if part_files is not None:
                part_files.discard(tmp)
    raise DownloadError(
        f"Could not download {url!r} after {attempts} attempt(s): {last_error}. Check your network "
        "connection and try again; files already downloaded are kept."
    )


def _size_problem(session: requests.Session, url: str, path: Path, *, headers: dict[str, str] | None,
                  timeout: float) -> str | None:
    """Compare a cached file's size with a HEAD request's ``Content-Length``; say what differs, or None.

    Asked once per file as it is on disk (:func:`~aurora_widgets.data.cache.mark_sized`); no answer,
    an error status or no usable length count as nothing to say.
    """
    request_headers = dict(headers or {})
    request_headers["accept-encoding"] = "identity"
    try:
        res = session.head(url, headers=request_headers, timeout=timeout, allow_redirects=True)
        res.close()
    except requests.RequestException:
        return None  # not asked again this session: the HEAD is a hint, never a reason to wait twice
    finally:
        mark_sized(path)
    text = res.headers.get("content-length", "")
    encoded = res.headers.get("content-encoding", "identity").lower() not in ("", "identity")
    html = "text/html" in res.headers.get("content-type", "").lower()
    if res.status_code != 200 or encoded or html or not text.strip().isdigit():
        return None
    size, expected = path.stat().st_size, int(text)
    if size == expected:
        return None
    return f"it has {size} bytes, the server's file {expected}"


def make_progress_bar(backend: str, total: int | None, unit: str, desc: str, disable: bool,
                      ncols: int | None = None, ascii: str | bool | None = None) -> Any:
    """Create a tqdm bar for ``backend`` ``"auto"`` (tqdm.auto), ``"standard"`` or ``"notebook"``.

    ``ncols`` and ``ascii`` are tqdm's (pyaurorax's ``progress_bar_ncols`` / ``progress_bar_ascii``).

    Example:
        >>> bar = make_progress_bar("standard", 10, "B", "Downloading", disable=True)
        >>> bar.close()

    """
    if backend == "notebook":
        from tqdm.notebook import tqdm
    elif backend == "standard":
        from tqdm import tqdm
    else:
        from tqdm.auto import tqdm
    if unit == "B":
        return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=desc, disable=disable,
                    ncols=ncols, ascii=ascii)
    return tqdm(total=total, unit=unit, desc=desc, disable=disable, ncols=ncols, ascii=ascii)


def _sane_total(total_bytes: object) -> int | None:
    if isinstance(total_bytes, bool) or not isinstance(total_bytes, int):
        return None
    if total_bytes <= 0 or total_bytes > MAX_SANE_TOTAL:
        return None
    return total_bytes


def download_files(
    session: requests.Session,
    urls: Sequence[str],
    path_prefix: str,
    dataset_dir: Path,
    *,
    timeout: float = 10.0,
    retries: int = 3,
    backoff: float = 0.5,
    n_parallel: int = 5,
    overwrite: bool = False,
    headers: dict[str, str] | None = None,
    total_bytes: int | None = None,
    progress_bar_disable: bool = False,
    progress_bar_backend: str = "auto",
    desc: str = "Downloading files",
    progress_bar_ncols: int | None = None,
    progress_bar_ascii: str | bool | None = None,
    retry: Backoff | None = None,
) -> tuple[list[Path], DownloadStats]:
    """Download ``urls`` into ``dataset_dir`` with ``n_parallel`` threads; return paths in URL order.

    Every path is checked before anything is fetched (a bad URL fails the call up front). Files
    that fail are reported together in one :class:`DownloadError` after the others finished; the
    files that did arrive stay in the cache. The tqdm bar counts bytes, its total being the
    listing's ``total_bytes`` (ignored when missing or absurd; grown if exceeded).

    Example:
        >>> import requests, pathlib
        >>> paths, stats = download_files(requests.Session(), listing.urls, listing.path_prefix,
        ...                               pathlib.Path("~/pyaurorax_data/REGO_RAW").expanduser())
        ...                               # doctest: +SKIP

    """
    if int(n_parallel) < 1:
        raise DownloadError(f"n_parallel must be at least 1, not {n_parallel!r}.")
    dataset_dir = Path(dataset_dir)
    paths = [local_path_for(url, path_prefix, dataset_dir) for url in urls]
    stats = DownloadStats()
    if not urls:
        return paths, stats

    bar = make_progress_bar(progress_bar_backend, _sane_total(total_bytes), "B", desc, progress_bar_disable,
                            ncols=progress_bar_ncols, ascii=progress_bar_ascii)
    bar_lock = threading.Lock()

    def advance(nbytes: int) -> None:
        with bar_lock:
            bar.update(nbytes)
            if bar.total is not None and bar.n > bar.total:
                bar.total = bar.n
                bar.refresh()

    cancel = threading.Event()
    part_files: set[Path] = set()
    # Each distinct destination is fetched once, even if a URL is listed twice.
    unique: dict[Path, str] = {}
    for url, path in zip(urls, paths, strict=True):
        unique.setdefault(path, url)

    repaired: list[str] = []

    def job(path: Path, url: str) -> None:
        again = overwrite
        problem = None if overwrite or not path.exists() else problem_with(path)
        if problem is None and not overwrite and path.exists() and not size_confirmed(path):
            problem = _size_problem(session, url, path, headers=headers, timeout=min(timeout, HEAD_TIMEOUT_S))
        if problem is not None:
            again = True
        try:
            written = download_file(
                session, url, path, timeout=timeout, retries=retries, backoff=backoff, overwrite=again,
                headers=headers, on_bytes=advance, cancel=cancel, part_files=part_files, retry=retry,
            )
        except DownloadError as err:
            if problem is None:
                raise
            raise DownloadError(
                f"The cached file {path} is damaged ({problem}) and could not be downloaded again: {err} "
                "It was not used; try again when the file host answers."
            ) from err
        if problem is not None:
            with bar_lock:
                repaired.append(f"{path} was damaged ({problem}); downloaded it again")
        if written is None:
            stats.add(skipped=1)
            with contextlib.suppress(OSError):
                advance(path.stat().st_size)
        else:
            stats.add(nbytes=written, downloaded=1)

    errors: list[tuple[str, BaseException]] = []
    executor = ThreadPoolExecutor(max_workers=min(int(n_parallel), len(unique)))
    try:
        futures = [(url, executor.submit(job, path, url)) for path, url in unique.items()]
        for url, future in futures:
            try:
                future.result()
            except _CancelledError:
                pass
            except DownloadError as err:
                errors.append((url, err))
            except Exception as err:  # an OSError writing to disk, for example
                errors.append((url, err))
    except BaseException:
        cancel.set()
        executor.shutdown(wait=True, cancel_futures=True)
        for tmp in list(part_files):
            _remove_quietly(tmp)
        raise
    finally:
        executor.shutdown(wait=True)
        bar.close()
    for text in repaired:  # from this thread, so warning filters and pytest.warns see them
        warnings.warn(f"aurora-widgets cache: {text}.", CacheRepairWarning, stacklevel=3)
    if errors:
        url, first = errors[0]
        if len(errors) == 1 and isinstance(first, DownloadError):
            raise first
        raise DownloadError(
            f"{len(errors)} of {len(unique)} file(s) could not be downloaded; first ({url!r}): {first}"
        ) from first
    return paths, stats
