"""How small a difference must be before it is rounding residue rather than a real one.

Every comparison that could be fooled by floating-point residue (a variance of 1e-30, a
crossing at 1e-16) is made against RELATIVE times the size of the data it compares: a
difference of values against RELATIVE × scale, a sum of squares against RELATIVE × scale².
The scale is the larger of the data's range (max - min) and its largest magnitude, so that
values which are all equal, up to residue, still have a scale. Named once here so that every
statistic draws the line in the same place.
"""

from __future__ import annotations

import numpy as np

RELATIVE = 1e-9


def scale_of(values: np.ndarray) -> float:
    """max(max - min, max |x|) over the finite values; 0 when there are none."""
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    if not finite.size:
        return 0.0
    return float(max(finite.max() - finite.min(), np.abs(finite).max()))


def linear(scale: float) -> float:
    """The residue for a difference of values of this scale."""
    return RELATIVE * scale


def squared(scale: float) -> float:
    """The residue for a sum of squares or a variance of values of this scale."""
    return RELATIVE * scale * scale
