"""Statistics and histograms of images (flatfield multipliers, frames): finite values only.

Example:
    >>> import numpy as np
    >>> statistics(np.array([1.0, np.nan, 3.0]))["mean"]
    2.0

"""

from __future__ import annotations

import numpy as np

__all__ = ["HISTOGRAM_BINS", "histogram", "percentile_range", "statistics"]

HISTOGRAM_BINS = 48


def statistics(values: np.ndarray) -> dict[str, float | None]:
    """Min, max, mean, median and standard deviation of the finite values of an array.

    Example:
        >>> statistics(np.array([[1.0, 2.0], [3.0, np.nan]]))
        {'min': 1.0, 'max': 3.0, 'mean': 2.0, 'median': 2.0, 'std': 0.816496580927726}

    """
    arr = np.asarray(values, dtype=np.float64)
    finite = arr[np.isfinite(arr)]
    if finite.size == 0:
        return dict.fromkeys(("min", "max", "mean", "median", "std"))
    return {
        "min": float(finite.min()),
        "max": float(finite.max()),
        "mean": float(finite.mean()),
        "median": float(np.median(finite)),
        "std": float(finite.std()),
    }


def histogram(values: np.ndarray, bins: int = HISTOGRAM_BINS) -> dict[str, list[float] | list[int]]:
    """Histogram of the finite values: ``{"counts": [...], "edges": [...]}`` (``bins + 1`` edges).

    Example:
        >>> h = histogram(np.array([1.0, 1.0, 2.0, 3.0]), bins=2)
        >>> h["counts"], h["edges"]
        ([2, 2], [1.0, 2.0, 3.0])

    """
    arr = np.asarray(values, dtype=np.float64)
    finite = arr[np.isfinite(arr)]
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
