"""A data client for playback tests: the archive's client with some listed files hidden.

Example (a neighbour that misses the 06:01 minute)::

    HidingClient(Client(api_url=api_url, download_dir=download_dir), "20211104_0601_rank_")

"""

from __future__ import annotations

from typing import Any

from aurora_widgets.data import Client


class HidingClient:
    """The archive's client, with the listed files whose URL contains ``hide`` left out."""

    def __init__(self, inner: Client, hide: str) -> None:
        self._inner, self._hide = inner, hide

    def get_urls(self, *args: Any, **kwargs: Any) -> Any:
        listing = self._inner.get_urls(*args, **kwargs)
        listing.urls = [u for u in listing.urls if self._hide not in u]
        return listing

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)
