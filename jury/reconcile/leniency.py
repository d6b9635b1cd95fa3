"""Juror leniency: the additive two-way model fitted by least squares over existing scores.

score[e, j] = mu + a[e] + b[j] + error, with sum(b) = 0 (per connected group of jurors).
Eliminating the entry effects leaves a juror-sized system L b = s, where L is the weighted
Laplacian of the juror graph (Searle, Casella & McCulloch, *Variance Components*, 1992, ch. 5
for the two-way model without interaction; the reduced normal equations of Eccleston &
Hedayat 1974 for connectedness). Building L costs O(entries × jurors²); no entries × jurors
design matrix is ever formed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Adjustment:
    """The fitted model for one criterion."""

    adjusted: np.ndarray
    leniency: np.ndarray
    leniency_se: np.ndarray
    groups: tuple[tuple[int, ...], ...]

    @property
    def connected(self) -> bool:
        return len(self.groups) <= 1


def fit_leniency(values: np.ndarray) -> Adjustment:
    """Fit entries × jurors scores (NaN = missing) and return adjusted entry scores.

    adjusted[e] = mu + a[e] = mean over e's jurors of (score - b[j]). With every juror scoring
    every entry this is the plain mean exactly. Juror effects b are leniency (positive means
    generous), with standard errors sqrt(sigma² · L⁺[j, j]) and sigma² = RSS / (N - E - J + G),
    G the number of connected groups. Jurors who share no entries with the rest form separate
    groups; the model cannot compare their levels, so each group's effects sum to zero there
    and the caller reports the design as disconnected.
    """
    n_entries, n_jurors = values.shape
    present = ~np.isnan(values)
    y = np.where(present, values, 0.0)
    per_entry = present.sum(axis=1)
    scored = per_entry > 0
    entry_mean = np.divide(y.sum(axis=1), per_entry, out=np.full(n_entries, np.nan),
                           where=scored)
    inverse = np.divide(1.0, per_entry, out=np.zeros(n_entries), where=scored)
    mask = present.astype(float)
    laplacian = np.diag(mask.sum(axis=0)) - (mask * inverse[:, None]).T @ mask
    centred = np.where(present, values - np.nan_to_num(entry_mean)[:, None], 0.0)
    s = centred.sum(axis=0)
    groups = juror_groups(present)
    pinv = _laplacian_pinv(laplacian, groups)
    leniency = pinv @ s
    active = mask.sum(axis=0) > 0
    leniency[~active] = np.nan
    adjusted = np.divide((y - np.where(present, np.nan_to_num(leniency), 0.0)).sum(axis=1),
                         per_entry, out=np.full(n_entries, np.nan), where=scored)
    fitted = adjusted[:, None] + np.nan_to_num(leniency)[None, :]
    residual = np.where(present, values - fitted, 0.0)
    dof = int(present.sum()) - int(scored.sum()) - int(active.sum()) + len(groups)
    variance = float((residual**2).sum()) / dof if dof > 0 else np.nan
    se = np.sqrt(np.clip(np.diag(pinv), 0.0, None) * variance)
    se[~active] = np.nan
    return Adjustment(adjusted, leniency, se, groups)


def _laplacian_pinv(laplacian: np.ndarray, groups: tuple[tuple[int, ...], ...]) -> np.ndarray:
    """Moore-Penrose inverse of a Laplacian, one connected group at a time.

    For a connected group with u = 1/sqrt(n), L+ = (L + u u') ^ -1 - u u': exact, where a
    generic pinv's cut-off can mistake the zero eigenvalue's rounding error for signal.
    """
    pinv = np.zeros_like(laplacian)
    for group in groups:
        index = np.array(group)
        block = laplacian[np.ix_(index, index)]
        centre = np.full(block.shape, 1.0 / len(index))
        pinv[np.ix_(index, index)] = np.linalg.inv(block + centre) - centre
    return pinv


def juror_groups(present: np.ndarray) -> tuple[tuple[int, ...], ...]:
    """Connected groups of jurors who (through chains of shared entries) scored alike entries."""
    mask = present.astype(np.int64)
    shared = (mask.T @ mask) > 0
    active = [j for j in range(present.shape[1]) if shared[j, j]]
    seen: set[int] = set()
    groups = []
    for start in active:
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            j = stack.pop()
            group.append(j)
            for k in np.flatnonzero(shared[j]):
                if int(k) not in seen:
                    seen.add(int(k))
                    stack.append(int(k))
        groups.append(tuple(sorted(group)))
    return tuple(groups)


def entry_labels(present: np.ndarray, groups: tuple[tuple[int, ...], ...]) -> np.ndarray:
    """Per entry (row of `present`, entries × jurors), the number of the connected group its
    jurors belong to (all of them share one, by construction); -1 for an unscored entry."""
    if present.shape[1] == 0:
        return np.full(present.shape[0], -1)
    label = np.full(present.shape[1], -1)
    for number, group in enumerate(groups):
        label[list(group)] = number
    first = np.argmax(present, axis=1)
    return np.where(present.any(axis=1), label[first], -1)
