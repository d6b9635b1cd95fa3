"""Would the outcome survive a different jury or different weights? The chair's evidence."""

from __future__ import annotations

import numpy as np

from jury.reconcile.tolerance import RELATIVE, linear, scale_of

SCHULZE_LIMIT = 100


def schulze_winners(candidates: list[int], juror_totals: np.ndarray) -> list[int]:
    """The Schulze (2011) winners among `candidates`, from the jurors' own rankings.

    d[a, b] counts the jurors (among those who scored both) who placed a above b; the strongest
    path strengths p come from the widest-path variant of Floyd-Warshall; a wins when
    p[a, b] >= p[b, a] for every b. Social Choice and Welfare 36(2), 267-303.
    """
    if not candidates:
        return []
    p = strongest_paths(pairwise_preferences(juror_totals[candidates]))
    wins = (p >= p.T).all(axis=1)
    return [candidates[i] for i in np.flatnonzero(wins)]


def pairwise_preferences(totals: np.ndarray) -> np.ndarray:
    """d[a, b]: how many voters (columns) place candidate a strictly above b; higher is
    better, NaN (not placed) compares with nothing. Schulze (2011), section 2.1."""
    a = totals[:, None, :]
    b = totals[None, :, :]
    return ((a > b) & ~np.isnan(a) & ~np.isnan(b)).sum(axis=2)


def strongest_paths(d: np.ndarray) -> np.ndarray:
    """p[a, b]: the strength of the strongest path from a to b, a link a→b having the
    strength d[a, b] when d[a, b] > d[b, a] (winning votes) and none otherwise; the
    widest-path Floyd-Warshall of Schulze (2011), section 2.3."""
    p = np.where(d > d.T, d, 0)
    np.fill_diagonal(p, 0)
    for i in range(len(d)):
        through = np.minimum(p[:, i:i + 1], p[i:i + 1, :])
        p = np.maximum(p, through)
        np.fill_diagonal(p, 0)
    return p


def weight_sensitivity(
    ranked: list[int],
    nominees: int,
    criterion_scores: np.ndarray,
    consensus_total: np.ndarray,
    weights: np.ndarray,
) -> dict[int, float | None]:
    """Per criterion k, the smallest relative change of w_k that changes the nominees.

    With the other weights fixed, every total is (p + q w) / (W + w), so two entries swap
    places where (p_a - p_b) + w (q_a - q_b) = 0: the earliest such w between a nominee and an
    outsider, in either direction, is |w / w_k - 1|. None when no positive weight does it.

    A crossing at the current weight itself is a nominee and an outsider tied on the total,
    kept apart only by a tie-break rule: any change of w_k in one direction swaps them, so
    the answer is 0. A crossing at w = 0 (up to rounding residue) is no positive weight.
    Residue is judged relative to w_k.
    """
    found: dict[int, float | None] = {}
    if len(ranked) <= nominees:
        return dict.fromkeys(range(len(weights)))
    inside = np.array(ranked[:nominees])
    outside = np.array(ranked[nominees:])
    for k, w0 in enumerate(weights):
        rest = weights.sum() - w0
        others = np.delete(np.arange(len(weights)), k)
        p = criterion_scores[:, others] @ weights[others]
        q = criterion_scores[:, k].copy()
        agreed = ~np.isnan(consensus_total)
        p[agreed] = consensus_total[agreed] * rest
        q[agreed] = consensus_total[agreed]
        dp = p[inside][:, None] - p[outside][None, :]
        dq = q[inside][:, None] - q[outside][None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            crossing = -dp / dq
        # Entries that respond alike to w_k (dq residue) never cross, whatever -dp / dq says.
        crossing[np.abs(dq) <= linear(scale_of(q))] = np.nan
        residue = linear(w0)
        valid = np.isfinite(crossing) & (crossing > residue)
        changes = np.abs(crossing[valid] / w0 - 1)
        changes[changes <= RELATIVE] = 0.0
        found[k] = float(changes.min()) if changes.size else None
    return found
