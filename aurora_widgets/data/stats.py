"""Statistics and histograms of images (flatfield multipliers, frames): finite values only.

Give ``mask`` (True = keep) to take them over part of the image, e.g. the field of view of
:func:`field_of_view` (the pixels a skymap sees at or above a minimum elevation): a flatfield's
corners outside the sky are no part of what it corrects.

Example:
    >>> import numpy as np
    >>> statistics(np.array([1.0, np.nan, 3.0]))["mean"]
    2.0

"""

from __future__ import annotations

import numpy as np

from .errors import InputError

__all__ = ["HISTOGRAM_BINS", "field_of_view", "histogram", "percentile_range", "statistics"]

HISTOGRAM_BINS = 48


def field_of_view(elevation: np.ndarray, min_elevation: float) -> np.ndarray:
    """Return the field-of-view mask of a skymap: pixels with a finite elevation ``>= min_elevation``.

    Example:
        >>> field_of_view(np.array([[np.nan, 5.0], [10.0, 80.0]]), 10.0).tolist()
        [[False, False], [True, True]]

    """
    el = np.asarray(elevation, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.isfinite(el) & (el >= float(min_elevation))


def _finite(values: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    arr = np.asarray(values, dtype=np.float64)
    keep = np.isfinite(arr)
    if mask is not None:
        m = np.asarray(mask, dtype=bool)
        if m.shape != arr.shape:
            raise InputError(f"The mask's shape {m.shape} is not the image's {arr.shape}: give a mask of "
                             "the image's shape (e.g. the field of view of the same camera's skymap).")
        keep &= m
    return arr[keep]


def statistics(values: np.ndarray, mask: np.ndarray | None = None) -> dict[str, float | None]:
    """Min, max, mean, median and standard deviation of the finite values of an array (where ``mask``).

    Example:
        >>> statistics(np.array([[1.0, 2.0], [3.0, np.nan]]))
        {'min': 1.0, 'max': 3.0, 'mean': 2.0, 'median': 2.0, 'std': 0.816496580927726}
        >>> statistics(np.array([1.0, 2.0, 9.0]), mask=np.array([True, True, False]))["max"]
        2.0

    """
    finite = _finite(values, mask)
    if finite.size == 0:
        return dict.fromkeys(("min", "max", "mean", "median", "std"))
    return {
        "min": float(finite.min()),
        "max": float(finite.max()),
        "mean": float(finite.mean()),
        "median": float(np.median(finite)),
        "std": float(finite.std()),
    }


def histogram(
    values: np.ndarray, bins: int = HISTOGRAM_BINS, mask: np.ndarray | None = None,
) -> dict[str, list[float] | list[int]]:
    """Histogram of the finite values (where ``mask``): ``{"counts": [...], "edges": [...]}`` (``bins + 1`` edges).

    Example:
        >>> h = histogram(np.array([1.0, 1.0, 2.0, 3.0]), bins=2)
        >>> h["counts"], h["edges"]
        ([2, 2], [1.0, 2.0, 3.0])

    """
    finite = _finite(values, mask)
    if finite.size == 0:
        return {"counts": [], "edges": []}
    counts, edges = np.histogram(finite, bins=bins)
    return {"counts": [int(c) for c in counts], "edges": [float(e) for e in edges]}


def percentile_range(values: np.ndarray, percentiles: tuple[float, float]) -> tuple[float, float]:
    """Return the two percentiles of the finite values ((0, 1) when there are none).

    Example:
        >>> percentile_range(np.arange(101.0), (1.0, 99.0))
        (1.0, 99.0)

    """
    arr = np.asarray(values, dtype=np.float64)
    finite = arr[np.isfinite(arr)]
    if not finite.size:
        return 0.0, 1.0
    lo, hi = np.percentile(finite, percentiles)
    return float(lo), float(hi)
