"""Text/HTML tables of ``list_datasets_in_table`` and ``list_observatories_in_table``.

The text has pyaurorax's layout: left-aligned columns, each as wide as its widest cell, separated
by three spaces. In a notebook the HTML form is shown; every cell is escaped (server text is never
rendered as HTML), and only ``http(s)`` links become anchors.

Example:
    >>> from aurora_widgets.data.models import Observatory
    >>> t = ObservatoryTable([Observatory("gill", "Gillam, MB, Canada", 56.38, -94.64)])
    >>> print(t.text.splitlines()[1])
    gill   Gillam, MB, Canada   56.38               -94.64               UCalgary

"""

from __future__ import annotations

import html
from collections.abc import Sequence

from .models import Dataset, Observatory

__all__ = ["DatasetTable", "ObservatoryTable"]


class _Table:
    HEADERS: tuple[str, ...] = ()
    #: The attribute of each item shown in each column (same order as HEADERS).
    FIELDS: tuple[str, ...] = ()
    LINK_COLUMN: int | None = None
    CSS_CLASS = "aurora-widgets-table"

    #: The attribute holding the items (``datasets``, ``observatories``).
    ITEMS = "items"

    def __init__(self, items: Sequence[object]) -> None:
        setattr(self, self.ITEMS, list(items))

    def _items(self) -> Sequence[object]:
        items: Sequence[object] = getattr(self, self.ITEMS)
        return items

    @property
    def rows(self) -> list[list[str]]:
        """The table cells, as strings, one list per item (dataset or observatory)."""
        return [[str(getattr(item, name)) for name in self.FIELDS] for item in self._items()]

    @property
    def text(self) -> str:
        """The plain-text table (header line, then one line per row)."""
        table = [list(self.HEADERS), *self.rows]
        widths = [max(len(row[i]) for row in table) for i in range(len(self.HEADERS))]
        lines = ["   ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in table]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        def cell(value: str, link: bool = False) -> str:
            safe = html.escape(value, quote=True)
            if link and value.startswith(("https://", "http://")):
                return f'<a href="{safe}" target="_blank" rel="noopener noreferrer">{safe}</a>'
            return safe

        head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in self.HEADERS)
        body = "".join(
            "<tr>" + "".join(
                f"<td style='text-align:left'>{cell(v, link=(i == self.LINK_COLUMN))}</td>"
                for i, v in enumerate(row)
            ) + "</tr>"
            for row in self.rows
        )
        return (f"<table class='{self.CSS_CLASS}'><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table>")


class DatasetTable(_Table):
    """The datasets table: columns Name, Provider, Level, DOI Details, Short Description.

    Example:
        >>> t = DatasetTable([Dataset(name="REGO_RAW", level="L0", short_description="raw")])
        >>> print(t.text.splitlines()[0])
        Name       Provider   Level   DOI Details   Short Description
        >>> t.text.splitlines()[1]
        'REGO_RAW   UCalgary   L0      None          raw              '

    """

    HEADERS = ("Name", "Provider", "Level", "DOI Details", "Short Description")
    LINK_COLUMN = 3
    CSS_CLASS = "aurora-widgets-datasets"

    FIELDS = ("name", "provider", "level", "doi_details", "short_description")
    ITEMS = "datasets"
    datasets: list[Dataset]


class ObservatoryTable(_Table):
    """The observatories table: columns UID, Full Name, Geodetic Latitude, Geodetic Longitude, Provider.

    Example:
        >>> ObservatoryTable([]).text
        'UID   Full Name   Geodetic Latitude   Geodetic Longitude   Provider'

    """

    HEADERS = ("UID", "Full Name", "Geodetic Latitude", "Geodetic Longitude", "Provider")
    CSS_CLASS = "aurora-widgets-observatories"

    FIELDS = ("uid", "full_name", "geodetic_latitude", "geodetic_longitude", "provider")
    ITEMS = "observatories"
    observatories: list[Observatory]
