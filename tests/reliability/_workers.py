"""Functions run in spawned processes by test_concurrency.py (kept light: no pytest import)."""

from __future__ import annotations


def download_best(api_url: str, download_dir: str, barrier: object, overwrite: bool) -> str:
    """Wait at ``barrier`` then download the best gill skymap; return its path or ``ERROR: ...``."""
    import datetime as dt

    from aurora_widgets.data import AuroraWidgetsError, Client

    client = Client(api_url=api_url, download_dir=download_dir, retries=3, backoff=0.05,
                    progress_bar_backend="standard")
    client.list_skymaps("THEMIS_ASI_SKYMAP_IDLSAV", "gill")  # listing first, so both download together
    barrier.wait(30)  # type: ignore[attr-defined]
    try:
        r = client.download_best_skymap("THEMIS_ASI_SKYMAP_IDLSAV", "gill", dt.datetime(2021, 11, 4),
                                        overwrite=overwrite)
    except AuroraWidgetsError as err:
        return f"ERROR: {type(err).__name__}: {err}"
    return str(r.filenames[0])
