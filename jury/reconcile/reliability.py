"""How far the jurors agree: Krippendorff's alpha, the intraclass correlations, Kendall's W."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jury.reconcile.tolerance import linear, scale_of, squared

ICC_FORMS = ("ICC(1)", "ICC(A,1)", "ICC(C,1)", "ICC(1,k)", "ICC(A,k)", "ICC(C,k)")


@dataclass(frozen=True)
class Reliability:
    alpha_interval: float | None
    alpha_interval_ci: tuple[float, float] | None
    alpha_ordinal: float | None
    icc: dict[str, float | None]
    kendall_w: float | None
    complete_entries: int
    bands: dict[str, str | None]
    """Per reading ('alpha', 'icc', 'w'): the band of the figure, or for an undefined alpha
    why ('too_few', 'single_entry', 'identical'). Codes only: the words live in jury.i18n."""


def _units(values: np.ndarray) -> np.ndarray:
    """Rows (entries) with at least two scores: the pairable units of Krippendorff (2011)."""
    return values[(~np.isnan(values)).sum(axis=1) >= 2]


def _unit_sums(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per unit: m (values), sum, sum of squares, and the sum of (x - y)² over ordered pairs
    divided by m - 1; zero for units with fewer than two values."""
    present = ~np.isnan(values)
    present &= (present.sum(axis=1) >= 2)[:, None]
    m = present.sum(axis=1).astype(float)
    x = np.where(present, values, 0.0)
    s1 = x.sum(axis=1)
    s2 = (x * x).sum(axis=1)
    within = np.divide(2 * m * s2 - 2 * s1 * s1, m - 1, out=np.zeros_like(m), where=m >= 2)
    return m, s1, s2, within


def _alpha_from_sums(m, s1, s2, within) -> np.ndarray | float:
    """alpha = 1 - (n - 1) * sum_u within_u / sum over all pairs of pairable values (x - y)².

    The interval metric, delta² = (c - k)², written with sums so that it runs in O(values) and
    can be re-weighted for the bootstrap (the last axis is the units).
    """
    n = m.sum(axis=-1)
    between = 2 * n * s2.sum(axis=-1) - 2 * s1.sum(axis=-1) ** 2
    with np.errstate(invalid="ignore", divide="ignore"):
        return 1 - (n - 1) * within.sum(axis=-1) / between


def krippendorff_alpha(values: np.ndarray, metric: str = "interval") -> float | None:
    """Krippendorff's alpha for units × coders with any pattern of missing values.

    Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg School for
    Communication, University of Pennsylvania: alpha = 1 - D_o / D_e over the coincidence of
    pairable values. The ordinal metric's delta_ck = sum_{g=c..k} n_g - (n_c + n_k) / 2 equals
    the difference of the values' mid-ranks among all pairable values, so ordinal alpha is the
    interval alpha of those mid-ranks. None when there is no variation to measure.
    """
    if metric not in ("interval", "ordinal"):
        raise ValueError(f"metric {metric!r}: use interval or ordinal")
    if alpha_undefined(values) is not None:
        return None
    units = _units(values)
    if metric == "ordinal":
        units = _mid_ranks(units)
    alpha = float(_alpha_from_sums(*_unit_sums(units)))
    return None if np.isnan(alpha) else alpha


def alpha_undefined(values: np.ndarray) -> str | None:
    """Why alpha says nothing here, or None when it does: 'too_few' (no entry has two scores),
    'single_entry' (one entry has: then D_o = D_e and alpha is 0 whatever the scores, so 0
    would be a figure about the formula, not the jury), 'identical' (every pairable score is
    the same up to residue: perfect agreement, but nothing to measure it against)."""
    units = _units(values)
    if units.shape[0] == 0:
        return "too_few"
    if units.shape[0] == 1:
        return "single_entry"
    pooled = units[~np.isnan(units)]
    if pooled.max() - pooled.min() <= linear(scale_of(pooled)):
        return "identical"
    return None


def _mid_ranks(units: np.ndarray) -> np.ndarray:
    present = ~np.isnan(units)
    pooled = units[present]
    distinct, counts = np.unique(pooled, return_counts=True)
    below = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = below + counts / 2
    out = np.full(units.shape, np.nan)
    out[present] = rank[np.searchsorted(distinct, units[present])]
    return out


def bootstrap_alpha(
    values: np.ndarray, resamples: int = 1000, seed: int = 2026, level: float = 0.95
) -> tuple[float, float] | None:
    """Percentile bootstrap interval for interval alpha; see bootstrap_alphas."""
    return bootstrap_alphas([values], resamples, seed, level)[0]


def bootstrap_alphas(
    matrices: list[np.ndarray], resamples: int = 1000, seed: int = 2026, level: float = 0.95
) -> list[tuple[float, float] | None]:
    """Percentile bootstrap intervals for interval alpha, resampling entries with replacement
    (Efron & Tibshirani 1993, ch. 13; Hayes & Krippendorff 2007 resample units the same way).

    All matrices share rows (entries), so one set of resampled entries serves them all, and
    each resample only re-weights per-entry sums: 1000 resamples cost one matrix product.
    """
    n_units = matrices[0].shape[0] if matrices else 0
    if n_units < 2:
        return [None] * len(matrices)
    sums = np.column_stack([np.column_stack(_unit_sums(v)) for v in matrices])
    rng = np.random.default_rng(seed)
    weighted = []
    for chunk in _chunks(resamples, 100):
        picks = rng.integers(0, n_units, size=(chunk, n_units))
        flat = (picks + np.arange(chunk)[:, None] * n_units).ravel()
        counts = np.bincount(flat, minlength=chunk * n_units).reshape(chunk, n_units)
        weighted.append(counts @ sums)
    every = np.concatenate(weighted)
    tail = (1 - level) / 2 * 100
    intervals: list[tuple[float, float] | None] = []
    for t in range(len(matrices)):
        n, s1, s2, within = (every[:, 4 * t + i] for i in range(4))
        between = 2 * n * s2 - 2 * s1**2
        with np.errstate(invalid="ignore", divide="ignore"):
            alphas = 1 - (n - 1) * within / between
        alphas = alphas[np.isfinite(alphas)]
        if alphas.size == 0 or (_units(matrices[t]).shape[0] < 2):
            intervals.append(None)
            continue
        low, high = np.percentile(alphas, [tail, 100 - tail])
        intervals.append((float(low), float(high)))
    return intervals


def _chunks(total: int, size: int) -> list[int]:
    return [min(size, total - start) for start in range(0, total, size)]


def icc(matrix: np.ndarray) -> dict[str, float | None]:
    """The six intraclass correlations of a complete entries × jurors matrix.

    Mean squares from the two-way ANOVA without replication; forms as named by McGraw & Wong
    (1996), equal to Shrout & Fleiss (1979) ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k),
    ICC(3,k):
      ICC(1)   = (MSR - MSW) / (MSR + (k - 1) MSW)
      ICC(A,1) = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)
      ICC(C,1) = (MSR - MSE) / (MSR + (k - 1) MSE)
      ICC(1,k) = (MSR - MSW) / MSR
      ICC(A,k) = (MSR - MSE) / (MSR + (MSC - MSE) / n)
      ICC(C,k) = (MSR - MSE) / MSR
    """
    n, k = matrix.shape
    if n < 2 or k < 2:
        return dict.fromkeys(ICC_FORMS)
    # Mean squares of 1e-30 are rounding residue of a zero, not variance: a form whose
    # denominator is residue is undefined, and a numerator that is residue is zero.
    residue = squared(scale_of(matrix))
    grand = matrix.mean()
    ss_rows = k * ((matrix.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((matrix.mean(axis=0) - grand) ** 2).sum()
    ss_total = ((matrix - grand) ** 2).sum()
    ss_error = ss_total - ss_rows - ss_cols
    msr = ss_rows / (n - 1)
    msc = ss_cols / (k - 1)
    mse = ss_error / ((n - 1) * (k - 1))
    msw = (ss_cols + ss_error) / (n * (k - 1))
    forms = {
        "ICC(1)": (msr - msw, msr + (k - 1) * msw),
        "ICC(A,1)": (msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n),
        "ICC(C,1)": (msr - mse, msr + (k - 1) * mse),
        "ICC(1,k)": (msr - msw, msr),
        "ICC(A,k)": (msr - mse, msr + (msc - mse) / n),
        "ICC(C,k)": (msr - mse, msr),
    }
    return {name: (float(a / b) if abs(a) > residue else 0.0) if b > residue else None
            for name, (a, b) in forms.items()}


def kendall_w(matrix: np.ndarray) -> float | None:
    """Kendall's W of the jurors' rankings of the entries (complete entries × jurors), with the
    correction for tied ranks: W = 12 S / (m² (n³ - n) - m Σ T), T = Σ (t³ - t) over each
    juror's groups of ties (Kendall & Babington Smith 1939; Siegel & Castellan 1988, §9.4).
    """
    n, m = matrix.shape
    if n < 2 or m < 2:
        return None
    ranks = np.column_stack([rank_average(matrix[:, j]) for j in range(m)])
    totals = ranks.sum(axis=1)
    s = ((totals - totals.mean()) ** 2).sum()
    ties = sum(((c**3) - c).sum() for c in
               (np.unique(matrix[:, j], return_counts=True)[1] for j in range(m)))
    denominator = m * m * (n**3 - n) - m * ties
    return float(12 * s / denominator) if denominator > 0 else None


def rank_average(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n with ties given their average rank (mid-ranks)."""
    distinct, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    below = np.concatenate(([0], np.cumsum(counts)[:-1]))
    return (below + (counts + 1) / 2)[inverse]


def spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    """Spearman's rho: Pearson's correlation of mid-ranks (Spearman 1904). None below 3 pairs."""
    keep = ~np.isnan(x) & ~np.isnan(y)
    if keep.sum() < 3:
        return None
    rx, ry = rank_average(x[keep]), rank_average(y[keep])
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denominator = np.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / denominator) if denominator > 0 else None


def reliability(values: np.ndarray, *, resamples: int = 1000, seed: int = 2026) -> Reliability:
    """Alpha over all entries; ICC and W over the entries every juror scored."""
    return reliabilities([values], resamples=resamples, seed=seed)[0]


def reliabilities(
    matrices: list[np.ndarray], *, resamples: int = 1000, seed: int = 2026
) -> list[Reliability]:
    """reliability() for several entries × jurors matrices (each criterion and the total),
    sharing one bootstrap."""
    intervals = bootstrap_alphas(matrices, resamples, seed)
    found = []
    for values, interval in zip(matrices, intervals, strict=True):
        complete = values[~np.isnan(values).any(axis=1)] if values.shape[1] else values[:0]
        alpha = krippendorff_alpha(values, "interval")
        forms = icc(complete)
        w = kendall_w(complete)
        found.append(Reliability(
            alpha_interval=alpha,
            alpha_interval_ci=interval if alpha is not None else None,
            alpha_ordinal=krippendorff_alpha(values, "ordinal"),
            icc=forms,
            kendall_w=w,
            complete_entries=len(complete),
            bands={"alpha": alpha_band(alpha) or alpha_undefined(values) or "too_few",
                   "icc": icc_band(forms.get("ICC(A,k)")), "w": w_band(w)},
        ))
    return found


def alpha_band(alpha: float | None) -> str | None:
    """Krippendorff (2004), *Content Analysis*, §11.4.4: rely on alpha >= .800; draw only
    tentative conclusions from .667 to .800."""
    if alpha is None:
        return None
    return "reliable" if alpha >= 0.8 else "tentative" if alpha >= 0.667 else "unreliable"


def icc_band(value: float | None) -> str | None:
    """Koo & Li (2016), J. Chiropractic Medicine 15(2): < .5 poor, .5-.75 moderate,
    .75-.9 good, > .9 excellent."""
    if value is None:
        return None
    return ("poor" if value < 0.5 else "moderate" if value < 0.75
            else "good" if value < 0.9 else "excellent")


def w_band(value: float | None) -> str | None:
    """Schmidt (1997), Decision Sciences 28(3): .1 very weak, .3 weak, .5 moderate, .7 strong."""
    if value is None:
        return None
    return ("very weak" if value < 0.3 else "weak" if value < 0.5
            else "moderate" if value < 0.7 else "strong")

