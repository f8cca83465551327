"""data/stats.py: statistics and histograms over a mask (the flatfield's field of view)."""

from __future__ import annotations

import numpy as np
import pytest

from aurora_widgets.data.errors import InputError
from aurora_widgets.data.stats import field_of_view, histogram, statistics


def test_masked_statistics_match_numpy_over_the_mask():
    rng = np.random.default_rng(3)
    values = rng.normal(1.5, 0.2, (40, 50))
    values[0, 0] = np.nan
    elevation = rng.uniform(-5, 90, (40, 50))
    elevation[1, 1] = np.nan
    mask = field_of_view(elevation, 10.0)
    keep = values[mask & np.isfinite(values)]
    got = statistics(values, mask)
    assert got["mean"] == pytest.approx(keep.mean()) and got["std"] == pytest.approx(keep.std())
    assert got["median"] == pytest.approx(np.median(keep))
    assert sum(histogram(values, mask=mask)["counts"]) == keep.size < np.isfinite(values).sum()


def test_a_mask_of_another_shape_is_refused_with_what_to_do():
    with pytest.raises(InputError, match="shape"):
        statistics(np.zeros((4, 4)), np.ones((3, 4), bool))
