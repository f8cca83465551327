"""The sample archive: build time and size against their budgets, listings and files made on request.

* build: ``build_archive(root, force=True)`` into a fresh folder, against the 30 s budget of the
  issue (anchor = the budget, so the ratio says how much room is left);
* size: the built archive plus a demo's worth of files made on request, against 500 MB;
* listing a day: ``/urls`` for THEMIS_ASI_RAW over one whole day at every site, our ``Client``
  vs pyucalgarysrs ``get_urls`` on the same server (nothing is generated to list);
* a raw minute made on request (first GET of a listed file, the server's render + cache write)
  against the issue's 150 ms, and the same file again from the cache.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
import time
import urllib.request
from pathlib import Path

from ._common import Context, Row, Stat, measure, need, quiet, target_ratio

NAME = "archive"
TITLE = "Sample archive (build < 30 s, instant listings, a raw minute made in < 150 ms)"
NOTES = __doc__

_DAY = (_dt.datetime(2021, 11, 4), _dt.datetime(2021, 11, 4, 23, 59, 59))


def _size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def run(ctx: Context) -> list[Row]:
    build = need("aurora_widgets.archive.build", "build_archive")
    listing = need("aurora_widgets.archive.listing", "list_entries")
    rows: list[Row] = []

    root = Path(tempfile.mkdtemp(prefix="aurora-bench-build-"))
    try:
        t0 = time.perf_counter()
        with quiet():
            report = build.build_archive(root, force=True)
        seconds = time.perf_counter() - t0
        rows.append(target_ratio(Row(
            NAME, "build from scratch (seed files; everything else on request)", "s", Stat.single(seconds),
            Stat.single(30.0), "budget 30 s", target=">= 1x", check=f"{len(report.files)} files",
            note=f"{report.total_bytes:,} B built"), 1.0))  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)

    server = ctx.server()
    url = server.url.rstrip("/")
    client_mod = need("aurora_widgets.data.client", "Client")
    client = client_mod.Client(api_url=url, download_dir=ctx.tmp / "archive-bench")
    srs = ctx.srs()
    srs.api_base_url = url
    ours = measure(lambda: client.get_urls("THEMIS_ASI_RAW", *_DAY), repeat=ctx.repeat(5))
    theirs = measure(lambda: srs.data.get_urls("THEMIS_ASI_RAW", *_DAY), repeat=ctx.repeat(5))
    n = len(listing.list_entries("THEMIS_ASI_RAW", *_DAY))
    rows.append(Row(NAME, "list THEMIS_ASI_RAW, one day, all 24 sites", "s", ours, theirs, "pyucalgarysrs get_urls",
                    equal=True, check=f"{n:,} files listed, none generated"))  # fmt: skip

    minute = _dt.datetime(2020, 1, 15, 7, 0)
    entries = listing.list_entries("TREX_NIR_RAW", minute, minute + _dt.timedelta(minutes=59), site="luck")
    made: list[float] = []
    again: list[float] = []
    for e in entries[: ctx.repeat(7, 2)]:
        u = f"{url}/data/sort_by_project/TREx/NIR/stream0/{e.sub}"
        t0 = time.perf_counter()
        with urllib.request.urlopen(u) as r:
            r.read()
        made.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with urllib.request.urlopen(u) as r:
            r.read()
        again.append(time.perf_counter() - t0)
    rows.append(target_ratio(Row(NAME, "TREx NIR raw minute made on first GET", "s", Stat.of(made), Stat.single(0.150),
                                 "budget 150 ms", target=">= 1x"), 1.0))  # fmt: skip
    rows.append(Row(NAME, "the same minute again (from the cache)", "s", Stat.of(again), Stat.of(made),
                    "first GET (made on request)"))  # fmt: skip
    total = _size(Path(server.root))
    on_disk = Row(NAME, "archive on disk after the benchmarks (built + cache)", "bytes", Stat.single(total),
                  Stat.single(500e6), "budget 500 MB", target=">= 1x")
    rows.append(target_ratio(on_disk, 1.0))
    return rows
