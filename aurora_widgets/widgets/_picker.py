"""The base of the list pickers (DatasetPicker, SitePicker): one object chosen among those listed.

A picker lists objects through the client in the background, keeps them by key (a dataset's name,
a site's UID) and shows them as rows; ``selected`` is the key of the chosen one and ``value`` the
object itself. A key chosen before the list arrived (or given at construction) is kept as wanted
and selected when the list lands, or refused inline when the list does not have it.

Example:
    >>> from aurora_widgets import DatasetPicker
    >>> picker = DatasetPicker(client=None)   # doctest: +SKIP
    >>> picker.wait().value = "THEMIS_ASI_RAW"; picker.value.name   # doctest: +SKIP
    'THEMIS_ASI_RAW'

"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import traitlets

from ._base import AuroraWidget

__all__ = ["ObjectPicker"]

T = TypeVar("T")


class ObjectPicker(AuroraWidget, Generic[T]):
    """A picker of one listed object: ``selected`` (its key) and ``value`` (the object).

    Subclasses say how an object is keyed (:meth:`_key`) and show a landed list with
    :meth:`_show_listed`.

    Example:
        >>> from aurora_widgets import SitePicker
        >>> issubclass(SitePicker, ObjectPicker)
        True

    """

    #: Key of the selected object ("" = none): a dataset's name, a site's UID.
    selected = traitlets.Unicode("").tag(sync=True)

    def __init__(self, client: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client
        #: The listed objects by key, in the order shown.
        self._objects: dict[str, T] = {}
        #: A key to select once the list has landed ("" = none).
        self._wanted = ""

    @property
    def value(self) -> T | None:
        """The selected object (a Dataset, an Observatory), or None."""
        return getattr(self, "_objects", {}).get(self.selected)

    @value.setter
    def value(self, chosen: T | str | None) -> None:
        self.selected = "" if chosen is None else chosen if isinstance(chosen, str) else self._key(chosen)

    def reload(self, *, wait: bool = False) -> ObjectPicker[T]:
        """List the objects again (in the background unless ``wait=True``)."""
        raise NotImplementedError

    def _open(self) -> None:
        """Answer the front-end's messages (Retry) and list the objects: the end of a picker's ``__init__``."""
        self.on_msg(self._on_front_end_message)
        self.reload()

    def _key(self, obj: T) -> str:
        """Return the key ``selected`` holds for ``obj``."""
        raise NotImplementedError

    def _show_listed(self, ordered: list[T], rows_trait: str, rows: list[dict[str, Any]], missing: str) -> None:
        """Keep a landed list, show its ``rows``, and select the wanted key (``missing`` says it is not there).

        ``missing`` is a message with ``{wanted}`` in it.
        """
        self._objects = {self._key(o): o for o in ordered}
        wanted = self._wanted or self.selected
        with self.hold_trait_notifications():
            setattr(self, rows_trait, rows)
            if wanted and wanted not in self._objects:
                self.selected = ""
                self.status, self.message = "ready", missing.format(wanted=repr(wanted))
            elif wanted:
                self.selected = wanted
        self._wanted = ""

    def _wanted_if_unlisted(self, key: str) -> str:
        """Keep ``key`` to select once the list lands, when nothing is listed yet; return it."""
        if key and not getattr(self, "_objects", {}):
            self._wanted = key
        return key
