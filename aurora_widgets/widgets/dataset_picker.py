"""DatasetPicker: find a UCalgary dataset in a searchable, sortable table and pick it.

The table shows name, provider, level, DOI (a link) and the short description; "More" on a row
shows the long description and the citation. Chips filter by kind (ALL, RAW, SKYMAP,
CALIBRATION); arrow keys move between rows and Enter picks one.

Example:
    >>> from aurora_widgets.widgets import DatasetPicker
    >>> picker = DatasetPicker(kind="skymap")            # doctest: +SKIP
    >>> picker                                            # doctest: +SKIP
    >>> picker.wait().value.name                          # doctest: +SKIP
    'THEMIS_ASI_SKYMAP_IDLSAV'

"""

from __future__ import annotations

from typing import Any

import traitlets

from ..data.errors import InputError
from ..data.models import Dataset
from ._base import AuroraWidget
from ._picker import ObjectPicker

__all__ = ["KINDS", "DatasetPicker", "dataset_row", "matches"]

#: Values of ``kind_filter`` (the chips), in display order.
KINDS = ("all", "raw", "skymap", "calibration")
SORT_KEYS = ("name", "provider", "level", "doi", "short_description")


def dataset_row(d: Dataset) -> dict[str, Any]:
    """Return the plain dict the front-end shows for one dataset (what ``datasets`` holds).

    Example:
        >>> dataset_row(Dataset(name="REGO_RAW", level="L0"))["kind"]
        'raw'

    """
    return {
        "name": d.name,
        "provider": d.provider,
        "level": d.level,
        "doi": d.doi,
        "doi_details": d.doi_details,
        "short_description": d.short_description,
        "long_description": d.long_description,
        "citation": d.citation,
        "file_time_resolution": d.file_time_resolution,
        "file_reading_supported": bool(d.file_reading_supported),
        "kind": d.kind,
    }


def matches(row: dict[str, Any], query: str, kind: str) -> bool:
    """Tell whether ``row`` passes the kind chip and holds every word of ``query`` (any case).

    The words are looked for in name, provider, level, DOI and short description; the front-end
    (``js/dataset_picker.js`` ``matches``) applies the same rule.

    Example:
        >>> matches({"name": "REGO_RAW", "kind": "raw"}, "rego", "raw")
        True
        >>> matches({"name": "REGO_RAW", "kind": "raw"}, "", "skymap")
        False

    """
    if kind and kind != "all" and row.get("kind") != kind:
        return False
    words = str(query or "").lower().split()
    hay = " ".join(
        str(row.get(k) or "").lower() for k in ("name", "provider", "level", "doi", "short_description")
    )
    return all(w in hay for w in words)


class DatasetPicker(ObjectPicker[Dataset]):
    """Pick a dataset from the UCalgary data distribution API.

    Parameters: ``client`` (an :class:`aurora_widgets.data.Client`; a default one is made when
    omitted), ``name`` (the dataset to select once the list is loaded), ``kind`` (initial chip:
    ``"all"``, ``"raw"``, ``"skymap"`` or ``"calibration"``). The list loads in the background;
    :meth:`wait` blocks until it is there. ``.value`` is the selected
    :class:`~aurora_widgets.data.Dataset` (None when nothing is selected);
    ``observe(callback, names="selected")`` reacts to picks.

    Example:
        >>> picker = DatasetPicker(name="REGO_SKYMAP_IDLSAV")   # doctest: +SKIP
        >>> picker.wait().value.short_description                # doctest: +SKIP
        'REGO All Sky Imager skymap IDL save files'
        >>> picker.selected = "THEMIS_ASI_RAW"                   # doctest: +SKIP

    """

    _kind = traitlets.Unicode("dataset_picker").tag(sync=True)
    _view_traits = (*AuroraWidget._view_traits, "selected", "datasets")

    #: Every dataset as a plain dict (see :func:`dataset_row`), sorted by name.
    datasets = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: Search words (all must appear in name, provider, level, DOI or short description).
    query = traitlets.Unicode("").tag(sync=True)
    #: Kind chip: "all", "raw", "skymap" or "calibration".
    kind_filter = traitlets.Unicode("all").tag(sync=True)
    sort_by = traitlets.Unicode("name").tag(sync=True)
    sort_descending = traitlets.Bool(False).tag(sync=True)

    def __init__(self, client: Any = None, name: str | None = None, kind: str | None = None, **kwargs: Any):
        super().__init__(client, **kwargs)
        self._wanted = name or ""
        if kind:
            self.kind_filter = kind
        self._open()

    # ------------------------------------------------------------------ public API
    @property
    def dataset_objects(self) -> list[Dataset]:
        """Every loaded :class:`~aurora_widgets.data.Dataset`, sorted by name."""
        return [self._objects[row["name"]] for row in self.datasets if row["name"] in self._objects]

    def visible_datasets(self) -> list[Dataset]:
        """Return the datasets the table shows for the current ``query`` and ``kind_filter``.

        Example:
            >>> picker.query, picker.kind_filter = "rego", "skymap"          # doctest: +SKIP
            >>> [d.name for d in picker.visible_datasets()]                  # doctest: +SKIP
            ['REGO_SKYMAP_IDLSAV']

        """
        return [
            self._objects[row["name"]]
            for row in self.datasets
            if matches(row, self.query, self.kind_filter) and row["name"] in self._objects
        ]

    def reload(self, *, wait: bool = False) -> DatasetPicker:
        """List the datasets again (in the background unless ``wait=True``)."""
        self._run_in_background("Loading the list of datasets…", self._fetch, self._loaded, wait=wait)
        return self

    # ------------------------------------------------------------------ internals
    def _key(self, obj: Dataset) -> str:
        return obj.name if isinstance(obj, Dataset) else str(obj)

    def _fetch(self) -> list[Dataset]:
        return list(self.client.list_datasets())

    def _loaded(self, datasets: list[Dataset]) -> None:
        ordered = sorted(datasets, key=lambda d: d.name)
        self._show_listed(ordered, "datasets", [dataset_row(d) for d in ordered],
                          "Dataset {wanted} is not in the list; pick another.")

    @traitlets.validate("kind_filter")
    def _check_kind(self, proposal: Any) -> str:
        kind = str(proposal["value"]).lower()
        if kind not in KINDS:
            raise InputError(f"kind must be one of {', '.join(KINDS)}; got {proposal['value']!r}")
        return kind

    @traitlets.validate("sort_by")
    def _check_sort(self, proposal: Any) -> str:
        if proposal["value"] not in SORT_KEYS:
            raise InputError(f"sort_by must be one of {', '.join(SORT_KEYS)}; got {proposal['value']!r}")
        return str(proposal["value"])

    @traitlets.validate("selected")
    def _check_selected(self, proposal: Any) -> str:
        name = str(proposal["value"] or "").strip()
        objects = getattr(self, "_objects", {})
        if name and objects and name not in objects:
            close = [n for n in objects if name.lower() in n.lower()][:5]
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            raise InputError(f"No dataset named {name!r}.{hint}")
        return self._wanted_if_unlisted(name)  # list not loaded yet: select it when it arrives

    def _summary_rows(self) -> list[tuple[str, str]]:
        rows = [("selected", self.selected or "(none)"), ("datasets", str(len(self.datasets)))]
        if self.value is not None:
            rows.append(("description", self.value.short_description))
        return rows + super()._summary_rows()

    def __repr__(self) -> str:
        return (
            f"DatasetPicker(selected={self.selected!r}, datasets={len(self.datasets)}, "
            f"status={self.status!r})"
        )
