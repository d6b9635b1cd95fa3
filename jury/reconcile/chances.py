"""How sure are we? The chance that each entry wins, is nominated, and where it may land.

Two lines of evidence, each a resampling of what the ranking rests on:

- **Jurors** (the main line): the jury is drawn again from its own members with replacement
  (Efron & Tibshirani 1993, ch. 6, resampling the raters rather than the entries), as many
  jurors as it has; a juror drawn twice counts twice. Per draw the whole aggregate is
  recomputed: the leniency fit, the fallback to the mean where a category's entries are no
  longer connected, the chair's agreed values, the weighted total, the ranking. With J jurors
  and J^J no more than the draws asked for (J <= 4 at 1000 draws), every ordered draw is
  enumerated once instead: the exact bootstrap distribution, no sampling error.
- **Weights**: each criterion weight multiplied by an independent uniform factor in
  [1 - 20%, 1 + 20%] and the weights renormalised; the criterion scores stay as they are.

In a draw, entries whose totals are equal up to rounding residue share the places they hold
equally: two entries tied for first each win half of that draw. The tie-break chain is not
replayed in draws (its head-to-head rule needs every juror's ranking per draw); sharing keeps
every draw's chances summing to exactly one winner and `nominees` nominees per category.
An entry that is left without scores in a draw is not ranked there and counts as last.

Everything is vectorised over draws; the generator is numpy's PCG64 seeded from the award,
so the same scores give the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jury.reconcile.panel import Panel
from jury.reconcile.scores import Scoring, nanmedian, quiet, score
from jury.reconcile.tolerance import linear, scale_of

LEVEL = 0.9
WEIGHT_SPREAD = 0.2
CELL_BUDGET = 8_000_000
"""Draws are capped so that draws × entries × jurors × criteria stays within this budget: a
realistic award (40 × 7 × 3) gets every draw asked for, a 10,000-entry one 53."""
MIN_DRAWS = 50
CHUNK_CELLS = 2_000_000


@dataclass(frozen=True)
class Chance:
    """One entry's share of the draws it wins and is nominated in, and the central `level`
    interval of its place (1 is first)."""

    win: float
    nominated: float
    rank_interval: tuple[int, int]


@dataclass(frozen=True)
class Chances:
    jurors: dict[str, Chance] = field(default_factory=dict)
    weights: dict[str, Chance] = field(default_factory=dict)
    draws: int = 0
    weight_draws: int = 0
    exhaustive: bool = False
    level: float = LEVEL
    asked: int = 0
    """The draws the award asked for; `draws` is fewer on a very large award."""


def draw_count(panel: Panel, asked: int) -> int:
    """The draws asked for, or fewer (never below MIN_DRAWS) on an award so large that they
    would not fit CELL_BUDGET."""
    cells = max(1, panel.values.size)
    return int(min(asked, max(MIN_DRAWS, CELL_BUDGET // cells)))


def chances(panel: Panel, aggregate: str, *, draws: int = 1000, seed: int = 2026,
            level: float = LEVEL, point: Scoring | None = None) -> Chances:
    """Per entry: the chance to win its category and to be nominated, and its rank interval,
    under resampled jurors and under perturbed weights (see the module's docstring).
    `point` is score(panel, aggregate) when the caller has it already."""
    if not panel.entries or not panel.criteria:
        return Chances(level=level, asked=draws)
    count = draw_count(panel, draws)
    active = np.flatnonzero((~np.isnan(panel.values)).any(axis=(0, 1)))
    picks, exhaustive = juror_draws(len(active), count, np.random.default_rng([seed, 1]))
    juror_totals = resampled_totals(panel, aggregate, active[picks]) if picks.size else \
        np.full((0, len(panel.entries)), np.nan)
    point = point if point is not None else score(panel, aggregate)
    weights = weight_draws(panel.weights, count, np.random.default_rng([seed, 2]))
    weight_totals = weighted_totals(point.criterion_scores, point.consensus_total, weights)
    residue = linear(scale_of(panel.values))
    return Chances(
        jurors=summarise(panel, juror_totals, residue, level),
        weights=summarise(panel, weight_totals, residue, level),
        draws=len(picks), weight_draws=len(weights), exhaustive=exhaustive, level=level,
        asked=draws,
    )


def juror_draws(jurors: int, draws: int, rng: np.random.Generator
                ) -> tuple[np.ndarray, bool]:
    """Draws × jurors indices into 0..jurors-1, with replacement; every ordered draw once
    (exhaustive, True) when there are no more of them than `draws`."""
    if jurors == 0:
        return np.zeros((0, 0), dtype=int), False
    if jurors**jurors <= draws:
        every = np.indices((jurors,) * jurors).reshape(jurors, -1).T
        return every, True
    return rng.integers(0, jurors, size=(draws, jurors)), False


def weight_draws(weights: np.ndarray, draws: int, rng: np.random.Generator) -> np.ndarray:
    """Draws × criteria weights: each weight times a uniform factor within ±WEIGHT_SPREAD,
    renormalised to sum to one."""
    factors = rng.uniform(1 - WEIGHT_SPREAD, 1 + WEIGHT_SPREAD, size=(draws, len(weights)))
    drawn = weights[None, :] * factors
    return drawn / drawn.sum(axis=1, keepdims=True)


def weighted_totals(criterion_scores: np.ndarray, consensus_total: np.ndarray,
                    weights: np.ndarray) -> np.ndarray:
    """Draws × entries totals for each row of `weights` (draws × criteria); the chair's agreed
    totals stay as agreed."""
    totals = (weights @ np.nan_to_num(criterion_scores).T) / weights.sum(axis=1)[:, None]
    totals[:, np.isnan(criterion_scores).any(axis=1)] = np.nan
    agreed = ~np.isnan(consensus_total)
    totals[:, agreed] = consensus_total[agreed]
    return totals


def resampled_totals(panel: Panel, aggregate: str, picks: np.ndarray) -> np.ndarray:
    """Draws × entries: the total each entry gets from the jury in each row of `picks` (juror
    indices, repeats allowed), exactly as score() computes it for that jury."""
    n_entries = len(panel.entries)
    members = list(panel.category_members().values())
    if aggregate in ("adjusted", "mean"):
        counts = np.zeros((len(picks), len(panel.jurors)))
        np.add.at(counts, (np.arange(len(picks))[:, None], picks), 1.0)
        chunk = max(1, CHUNK_CELLS // max(1, n_entries))
        parts = [_weighted(panel, aggregate, counts[i:i + chunk], members)
                 for i in range(0, len(picks), chunk)]
        return np.concatenate(parts) if parts else np.empty((0, n_entries))
    chunk = max(1, CHUNK_CELLS // max(1, n_entries * picks.shape[1]))
    out = np.empty((len(picks), n_entries))
    for start in range(0, len(picks), chunk):
        out[start:start + chunk] = _expanded(panel, aggregate, picks[start:start + chunk])
    return out


def _finish(panel: Panel, scores: np.ndarray) -> np.ndarray:
    """Draws × entries × criteria scores → totals, with the chair's agreed values applied."""
    e_index = {e.id: i for i, e in enumerate(panel.entries)}
    k_index = {c.key: i for i, c in enumerate(panel.criteria)}
    agreed_total = np.full(len(panel.entries), np.nan)
    for decision in panel.consensus:
        e = e_index.get(decision.entry)
        if e is None:
            continue
        if decision.criterion is None:
            agreed_total[e] = decision.value
        elif decision.criterion in k_index:
            scores[:, e, k_index[decision.criterion]] = decision.value
    weights = panel.weights
    totals = scores @ weights / weights.sum()
    agreed = ~np.isnan(agreed_total)
    totals[:, agreed] = agreed_total[agreed]
    return totals


def _expanded(panel: Panel, aggregate: str, picks: np.ndarray) -> np.ndarray:
    """The median and trimmed aggregates, which need every drawn score: one column per draw
    position (a juror drawn twice is two columns)."""
    scores = np.empty((len(picks), len(panel.entries), len(panel.criteria)))
    for k in range(len(panel.criteria)):
        values = np.transpose(panel.values[k][:, picks], (1, 0, 2))  # draws × entries × jurors
        present = ~np.isnan(values)
        counts = present.sum(axis=2)
        with quiet():
            if aggregate == "median":
                scores[:, :, k] = nanmedian(values, axis=2)
                continue
            y = np.where(present, values, 0.0)
            mean = y.sum(axis=2) / counts
            low, high = np.nanmin(values, axis=2), np.nanmax(values, axis=2)
        trimmed = np.divide(y.sum(axis=2) - low - high, counts - 2,
                            out=np.full(counts.shape, np.nan), where=counts >= 5)
        scores[:, :, k] = np.where(counts >= 5, trimmed, mean)
    return _finish(panel, scores)


def _weighted(panel: Panel, aggregate: str, counts: np.ndarray,
              members: list[np.ndarray]) -> np.ndarray:
    """The mean and adjusted aggregates for draws given as juror multiplicities (draws ×
    jurors): a juror drawn c times weighs c times, which is exactly the same as c identical
    columns, and every step is a product with the entries × jurors matrix, never a draws ×
    entries × jurors array.

    Adjusted: with multiplicities c the reduced normal equations of the two-way model read
    L b = s, L[j, j'] = [j = j'] n_j - c_j' sum_e P_ej P_ej' / N_e (N_e = sum_j c_j P_ej),
    s_j = sum_e P_ej (x_ej - mean_e); L 1 = 0 and c'L = 0 within each connected group, so
    (L + 1_g c_g') b = s has the one solution with sum_j c_j b_j = 0 per group: the
    constraint fit_leniency puts on the drawn columns.
    """
    draws, n_jurors = counts.shape
    n_entries, n_criteria = len(panel.entries), len(panel.criteria)
    # Entries × draws throughout: every product is (entries × jurors) @ (jurors × draws).
    scores = np.empty((n_entries, draws, n_criteria))
    means = np.empty_like(scores)
    split = np.zeros((draws, len(members)), dtype=bool)
    drawn = counts > 0
    weights_t = np.ascontiguousarray(counts.T)
    index = np.arange(n_jurors)
    for k in range(n_criteria):
        values = panel.values[k]
        present = ~np.isnan(values)
        mask = present.astype(float)
        y = np.where(present, values, 0.0)
        weight = mask @ weights_t  # N_e per draw
        scored = weight > 0
        inverse = np.divide(1.0, weight, out=np.zeros(weight.shape), where=scored)
        total = y @ weights_t
        mean = total * inverse
        mean[~scored] = np.nan
        means[:, :, k] = mean
        if aggregate == "mean":
            scores[:, :, k] = mean
            continue
        active = drawn & present.any(axis=0)[None, :]
        pairs = (mask[:, :, None] * mask[:, None, :]).reshape(n_entries, -1)
        g = (pairs.T @ inverse).T.reshape(draws, n_jurors, n_jurors)
        system = -g * counts[:, None, :]
        system[:, index, index] += mask.sum(axis=0)[None, :]
        s = y.sum(axis=0)[None, :] - (mask.T @ np.nan_to_num(mean)).T
        shared = (mask.T @ mask) > 0
        link = shared[None, :, :] & active[:, :, None] & active[:, None, :]
        reach = link.astype(float)
        for _ in range(max(1, int(np.ceil(np.log2(max(n_jurors, 2)))))):
            reach = ((reach @ reach) > 0).astype(float)
        system += reach * counts[:, None, :]
        off = ~active
        system[np.broadcast_to(off[:, :, None], system.shape)] = 0.0
        system[np.broadcast_to(off[:, None, :], system.shape)] = 0.0
        system[:, index, index] = np.where(off, 1.0, system[:, index, index])
        s = np.where(active, s, 0.0)
        leniency = np.linalg.solve(system, s[:, :, None])[:, :, 0]
        adjusted = (total - mask @ (counts * leniency).T) * inverse
        adjusted[~scored] = np.nan
        scores[:, :, k] = adjusted
        groups = reach.sum(axis=2)
        several = np.flatnonzero((np.where(active, 1.0 / np.maximum(groups, 1), 0.0)
                                  .sum(axis=1)) > 1 + 1e-9)
        if several.size:
            split[several] |= _spans(reach[several], active[several], present, members)
    for c, rows in enumerate(members):
        fallen = np.flatnonzero(split[:, c])
        if fallen.size and len(rows):
            index2 = np.ix_(rows, fallen)
            scores[index2] = means[index2]
    return _finish(panel, np.transpose(scores, (1, 0, 2)))


def _spans(reach: np.ndarray, active: np.ndarray, present: np.ndarray,
           members: list[np.ndarray]) -> np.ndarray:
    """For draws whose drawn jurors fall in several groups: per category, whether its entries
    do too. An entry's group is that of its first drawn juror."""
    n_jurors = present.shape[1]
    label = np.argmax(reach > 0, axis=2)  # draws × jurors: first juror of each one's group
    scored_by = present[None, :, :] & active[:, None, :]  # draws × entries × jurors
    first = np.argmax(scored_by, axis=2)
    entry_label = np.where(scored_by.any(axis=2), np.take_along_axis(label, first, axis=1), -1)
    spans = np.zeros((len(reach), len(members)), dtype=bool)
    for c, rows in enumerate(members):
        if len(rows) < 2:
            continue
        seen = entry_label[:, rows]
        high = seen.max(axis=1)
        low = np.where(seen >= 0, seen, n_jurors).min(axis=1)
        spans[:, c] = (high >= 0) & (high != low)
    return spans


def places(totals: np.ndarray, residue: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For draws × entries totals of one category: per entry, how many entries are strictly
    ahead, how many share its total (itself included), and whether it is ranked at all.

    Totals within `residue` of the one before them in descending order are snapped together
    first (the ranking's rule for a tie), so that every entry of a tied group sees the same
    group and the shares of a draw always add up."""
    draws, m = totals.shape
    ranked = np.isfinite(totals)
    filled = np.where(ranked, totals, -np.inf)
    order = np.argsort(-filled, axis=1, kind="stable")
    ordered = np.take_along_axis(filled, order, axis=1)
    start = np.ones((draws, m), dtype=bool)
    with np.errstate(invalid="ignore"):
        start[:, 1:] = ~((ordered[:, :-1] - ordered[:, 1:]) <= residue)
    position = np.broadcast_to(np.arange(m), (draws, m))
    first = np.maximum.accumulate(np.where(start, position, 0), axis=1)
    end = np.ones((draws, m), dtype=bool)
    end[:, :-1] = start[:, 1:]
    last = np.minimum.accumulate(np.where(end, position, m)[:, ::-1], axis=1)[:, ::-1]
    ahead = np.empty((draws, m), dtype=int)
    size = np.empty((draws, m), dtype=int)
    np.put_along_axis(ahead, order, first, axis=1)
    np.put_along_axis(size, order, last - first + 1, axis=1)
    return ahead, size, ranked


def summarise(panel: Panel, totals: np.ndarray, residue: float, level: float
              ) -> dict[str, Chance]:
    """Per entry, its shares of the draws' wins and nominations and its rank interval."""
    found: dict[str, Chance] = {}
    if totals.shape[0] == 0:
        return found
    nominees = {c.key: c.nominees for c in panel.categories}
    low_q, high_q = (1 - level) / 2, (1 + level) / 2
    for category, members in panel.category_members().items():
        if not len(members):
            continue
        ahead, size, ranked = places(totals[:, members], residue)
        valid = ranked.any(axis=1)
        if not valid.any():
            continue
        ahead, size, ranked = ahead[valid], size[valid], ranked[valid]
        n = nominees.get(category, 3)
        win = np.where(ranked, np.clip((1 - ahead) / size, 0, 1), 0.0).mean(axis=0)
        nominated = np.where(ranked, np.clip((n - ahead) / size, 0, 1), 0.0).mean(axis=0)
        rank = np.sort(np.where(ranked, ahead + 1, len(members)), axis=0)
        last = len(rank) - 1
        # The 'lower' and 'higher' empirical quantiles: places that occurred, never between.
        low = rank[int(np.floor(low_q * last + 1e-9))]
        high = rank[int(np.ceil(high_q * last - 1e-9))]
        for i, e in enumerate(members.tolist()):
            found[panel.entries[e].id] = Chance(float(win[i]), float(nominated[i]),
                                                (int(low[i]), int(high[i])))
    return found
