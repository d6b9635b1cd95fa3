"""Ranking within a category, ties broken by the award's declared chain of rules."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jury.reconcile.scores import nanmedian, quiet

TIE = 1e-9


@dataclass(frozen=True, eq=False)
class Placement:
    """A category's order: entry indices, ranks (0 = unranked), tie-break rule, still tied."""

    entries: np.ndarray
    ranks: np.ndarray
    tie_break: list[str | None]
    tied: np.ndarray

    def ranked(self) -> np.ndarray:
        return self.entries[self.ranks > 0]


def rule_values(
    criterion_scores: np.ndarray, juror_totals: np.ndarray, criterion_keys: tuple[str, ...]
) -> dict[str, np.ndarray]:
    """Per entry, what each per-entry rule compares: a criterion's score, the median total.

    Computed once for all entries; missing values become -inf so that they sort last.
    """
    with quiet():
        medians = (nanmedian(juror_totals, axis=1) if juror_totals.shape[1]
                   else np.full(len(juror_totals), np.nan))
    values = {key: criterion_scores[:, k] for k, key in enumerate(criterion_keys)}
    values["median"] = medians
    return {rule: np.where(np.isnan(v), -np.inf, v) for rule, v in values.items()}


def rank_category(
    members: np.ndarray,
    totals: np.ndarray,
    values: dict[str, np.ndarray],
    juror_totals: np.ndarray,
    rules: tuple[str, ...],
) -> Placement:
    """Order `members` by total, descending; totals within 1e-9 are tied.

    Tied groups go through `rules` in order: a criterion key (the higher score on it), then
    'head_to_head' (the entry a majority of the jurors who scored both placed higher; within a
    larger group, the most such pairwise wins, Copeland 1951), then 'median' (the higher median
    of the jurors' own totals). Each rule only reorders entries still tied after the rules
    before it. Entries still tied share a rank (1, 2, 2, 4) and are flagged for the chair.
    Entries without a total come last, unranked.
    """
    members = np.asarray(members, dtype=int)
    has_total = ~np.isnan(totals[members])
    ranked = members[has_total]
    ranked = ranked[np.argsort(-totals[ranked], kind="stable")]
    block = _runs(totals[ranked])
    rule_of = np.full(len(ranked), None, dtype=object)
    for rule in rules:
        sizes = np.bincount(block)
        if (sizes <= 1).all():
            break
        value = (_copeland_values(ranked, block, sizes, juror_totals) if rule == "head_to_head"
                 else values[rule][ranked])
        order = np.lexsort((-value, block))
        ranked, block, rule_of, value = ranked[order], block[order], rule_of[order], value[order]
        new_block = _runs(value, block)
        new_sizes = np.bincount(new_block)
        separated = (sizes[block] > 1) & (new_sizes[new_block] == 1)
        rule_of[separated] = rule
        block = new_block
    sizes = np.bincount(block) if len(block) else np.zeros(0, dtype=int)
    tied = sizes[block] > 1 if len(block) else np.zeros(0, dtype=bool)
    rule_of[tied] = None
    unranked = np.sort(members[~has_total])
    return Placement(
        entries=np.concatenate([ranked, unranked]).astype(int),
        ranks=np.concatenate([np.searchsorted(block, block, side="left") + 1,
                              np.zeros(len(unranked), dtype=int)]),
        tie_break=rule_of.tolist() + [None] * len(unranked),
        tied=np.concatenate([tied, np.zeros(len(unranked), dtype=bool)]),
    )


def _runs(value: np.ndarray, within: np.ndarray | None = None) -> np.ndarray:
    """Block numbers 0, 1, ... for runs of consecutive values no more than TIE apart, never
    joining across the blocks of `within`."""
    if len(value) == 0:
        return np.zeros(0, dtype=int)
    finite = np.isfinite(value)
    with np.errstate(invalid="ignore"):
        starts = (np.abs(np.diff(value)) > TIE) | (finite[1:] != finite[:-1])
    if within is not None:
        starts |= within[1:] != within[:-1]
    return np.concatenate(([0], np.cumsum(starts)))


def _copeland_values(
    ranked: np.ndarray, block: np.ndarray, sizes: np.ndarray, juror_totals: np.ndarray
) -> np.ndarray:
    """Copeland (1951) scores within each tied block: pairwise majority wins minus losses,
    counting only the jurors who scored both entries. All blocks of one size at once (blocks
    are contiguous because entries are sorted by block)."""
    value = np.zeros(len(ranked))
    starts = np.searchsorted(block, np.arange(len(sizes)))
    for size in np.unique(sizes[sizes > 1]):
        first = starts[sizes == size]
        where = first[:, None] + np.arange(size)[None, :]
        totals = juror_totals[ranked[where]]
        a, b = totals[:, :, None, :], totals[:, None, :, :]
        both = ~np.isnan(a) & ~np.isnan(b)
        prefer = ((a > b) & both).sum(axis=3)
        beats = prefer > prefer.transpose(0, 2, 1)
        value[where] = beats.sum(axis=2) - beats.sum(axis=1)
    return value
