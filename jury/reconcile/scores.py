"""Per entry and criterion: the descriptive figures, the aggregate, and the weighted total."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from jury.reconcile.leniency import Adjustment, entry_labels, fit_leniency
from jury.reconcile.panel import Panel
from jury.terms import AGGREGATES

TRIM_FROM = 5


@contextmanager
def quiet() -> Iterator[None]:
    """All-missing rows are expected here and give NaN; numpy's warnings about them are noise."""
    with warnings.catch_warnings(), np.errstate(invalid="ignore", divide="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def nanmedian(values: np.ndarray, axis: int = -1) -> np.ndarray:
    """np.nanmedian along `axis`, for the short axes of a jury (a handful of jurors): sort
    once (NaN sorts last) and take the middle of the values present; NaN where none are.
    The same figures as numpy's, which on a short axis of a long array is many times slower."""
    ordered = np.sort(np.moveaxis(values, axis, -1), axis=-1)
    if ordered.shape[-1] == 0:
        return np.full(ordered.shape[:-1], np.nan)
    count = (~np.isnan(ordered)).sum(axis=-1)
    low = np.take_along_axis(ordered, (np.maximum(count - 1, 0) // 2)[..., None], axis=-1)
    high = np.take_along_axis(ordered, np.minimum(count // 2, ordered.shape[-1] - 1)[..., None],
                              axis=-1)
    low, high = low[..., 0], high[..., 0]
    middle = np.where(count % 2 == 1, low, (low + high) / 2)
    return np.where(count > 0, middle, np.nan)


@dataclass(frozen=True, eq=False)
class CriterionFigures:
    """Arrays over entries for one criterion; NaN where undefined."""

    n: np.ndarray
    mean: np.ndarray
    median: np.ndarray
    sd: np.ndarray
    min: np.ndarray
    max: np.ndarray
    trimmed: np.ndarray
    adjustment: Adjustment

    @property
    def adjusted(self) -> np.ndarray:
        return self.adjustment.adjusted

    @property
    def range(self) -> np.ndarray:
        return self.max - self.min

    def aggregate(self, name: str) -> np.ndarray:
        return {"adjusted": self.adjusted, "mean": self.mean, "median": self.median,
                "trimmed": self.trimmed}[name]


def describe(values: np.ndarray) -> CriterionFigures:
    """n, mean, median, sample sd (n - 1; undefined below 2), min, max, trimmed mean, adjusted.

    The trimmed mean drops one highest and one lowest score when an entry has at least five
    (a 1-and-1 trimmed mean, Wilcox 2012, *Robust Estimation*, ch. 3); below five it is the mean.
    """
    if values.shape[1] == 0:
        values = np.full((values.shape[0], 1), np.nan)
    with quiet():
        n = (~np.isnan(values)).sum(axis=1)
        mean = np.nanmean(values, axis=1)
        median = nanmedian(values, axis=1)
        sd = np.where(n >= 2, np.nanstd(values, axis=1, ddof=1), np.nan)
        low = np.nanmin(values, axis=1)
        high = np.nanmax(values, axis=1)
        total = np.nansum(values, axis=1)
        trimmed = np.where(n >= TRIM_FROM, (total - low - high) / (n - 2), mean)
    return CriterionFigures(n, mean, median, sd, low, high, trimmed, fit_leniency(values))


@dataclass(frozen=True, eq=False)
class Scoring:
    """Everything derived from a panel's scores under one aggregate."""

    figures: tuple[CriterionFigures, ...]
    criterion_scores: np.ndarray
    computed_totals: np.ndarray
    totals: np.ndarray
    juror_totals: np.ndarray
    consensus_total: np.ndarray
    consensus_criterion: np.ndarray
    split: tuple[str | None, ...] = ()
    fallback: tuple[str | None, ...] = ()
    """`split`: categories whose entries were scored by groups of jurors that share no entry
    (on any criterion). `fallback`: those of them ranked on the mean instead of the adjusted
    aggregate, which cannot compare across such groups."""

    def aggregate_of(self, panel: Panel, aggregate: str) -> list[str]:
        """Per entry, the aggregate its total was made of."""
        fallen = set(self.fallback)
        return ["mean" if e.category in fallen else aggregate for e in panel.entries]


def score(panel: Panel, aggregate: str) -> Scoring:
    """Criterion scores under `aggregate`, consensus applied, and the weighted totals.

    total[e] = sum_k w_k s[e, k] / sum_k w_k over the award's weights; an entry missing a
    criterion has no total (it is reported, never ranked on part of its scores). A chair's
    consensus on a criterion replaces that score; one on the total replaces the total.
    """
    if aggregate not in AGGREGATES:
        raise ValueError(f"aggregate {aggregate!r}: use one of {', '.join(AGGREGATES)}")
    figures = tuple(describe(panel.values[k]) for k in range(len(panel.criteria)))
    n_entries = len(panel.entries)
    scores = (np.column_stack([f.aggregate(aggregate) for f in figures])
              if figures else np.empty((n_entries, 0)))
    split = split_categories(panel, figures)
    fallback = split if aggregate == "adjusted" else ()
    if fallback:
        # The adjusted aggregate compares only what the design connects: a category whose
        # entries were scored by unconnected groups of jurors is ranked on the plain mean.
        members = panel.category_members()
        rows = np.concatenate([members[c] for c in fallback])
        scores[rows] = np.column_stack([f.mean for f in figures])[rows]
    consensus_criterion = np.full_like(scores, np.nan)
    consensus_total = np.full(n_entries, np.nan)
    e_index = {e.id: i for i, e in enumerate(panel.entries)}
    k_index = {c.key: i for i, c in enumerate(panel.criteria)}
    for decision in panel.consensus:
        e = e_index.get(decision.entry)
        if e is None:
            continue
        if decision.criterion is None:
            consensus_total[e] = decision.value
        elif decision.criterion in k_index:
            consensus_criterion[e, k_index[decision.criterion]] = decision.value
    agreed = np.where(np.isnan(consensus_criterion), scores, consensus_criterion)
    weights = panel.weights
    computed = weighted_total(scores, weights)
    totals = weighted_total(agreed, weights)
    totals = np.where(np.isnan(consensus_total), totals, consensus_total)
    return Scoring(figures, agreed, computed, totals, juror_totals(panel), consensus_total,
                   consensus_criterion, split, fallback)


def split_categories(panel: Panel, figures: tuple[CriterionFigures, ...]
                     ) -> tuple[str | None, ...]:
    """The categories whose scored entries fall in more than one connected group of jurors
    on some criterion, in the award's category order."""
    if all(f.adjustment.connected for f in figures):
        return ()
    found = []
    labels = [entry_labels(~np.isnan(panel.values[k]), f.adjustment.groups)
              for k, f in enumerate(figures) if not f.adjustment.connected]
    for category, members in panel.category_members().items():
        for label in labels:
            seen = label[members]
            if len(np.unique(seen[seen >= 0])) > 1:
                found.append(category)
                break
    return tuple(found)


def weighted_total(scores: np.ndarray, weights: np.ndarray) -> np.ndarray:
    if scores.shape[1] == 0:
        return np.full(scores.shape[0], np.nan)
    return scores @ weights / weights.sum()


def juror_totals(panel: Panel) -> np.ndarray:
    """Each juror's own weighted total per entry (entries × jurors); NaN unless all criteria."""
    weights = panel.weights
    return np.tensordot(weights, panel.values, axes=(0, 0)) / weights.sum()
