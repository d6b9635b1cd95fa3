"""Checks beside the ranking, never applied to it: close calls and the spread-adjusted ranking."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from jury.reconcile.panel import Panel
from jury.reconcile.ranking import Placement
from jury.reconcile.scores import quiet
from jury.reconcile.tolerance import linear, scale_of


@dataclass(frozen=True)
class CloseCall:
    """The winner (kind 'winner') or the last nominee ('nominees') leads the entry right
    behind it by less than the award's close_call margin."""

    category: str | None
    kind: str
    entry: str
    next: str
    lead: float
    margin: float


def close_calls(ranking: Iterable[Any], nominees: dict[str | None, int], margin: float
                ) -> tuple[CloseCall, ...]:
    """Per category, in ranking order: the winner against the second, the last nominee against
    the first outsider, whenever the lead on the total is below `margin` (a lead of zero,
    decided by a tie-break rule, is always close; margin 0 switches the rule off)."""
    by_category: dict[str | None, list[Any]] = {}
    for row in ranking:
        if row.rank is not None and row.total is not None:
            by_category.setdefault(row.category, []).append(row)
    found = []
    for category, rows in by_category.items():
        n = nominees.get(category, 3)
        for kind, place in (("winner", 0), ("nominees", n - 1)):
            if 0 <= place < len(rows) - 1:
                lead = max(0.0, rows[place].total - rows[place + 1].total)
                if lead < margin:
                    found.append(CloseCall(category, kind, rows[place].entry,
                                           rows[place + 1].entry, lead, margin))
    return tuple(found)


@dataclass(frozen=True)
class PlaceChange:
    category: str | None
    entry: str
    rank: int | None
    standardised: int | None


@dataclass(frozen=True)
class Standardised:
    """The ranking with every juror's scores standardised, beside the real one as a check.

    `ranks`: entry → place in that ranking; `changed`: the entries whose place differs."""

    ranks: dict[str, int | None]
    changed: tuple[PlaceChange, ...]


def standardise(values: np.ndarray) -> np.ndarray:
    """Criteria × entries × jurors → each juror's scores on each criterion as z-scores,
    (x - mean) / sd over that juror's own scores (population sd). A juror who gave one score,
    or the same score throughout (sd within rounding residue), says nothing about order: z 0.

    Invariant under a·x + b (a > 0) of any juror's scores, which is the point: it removes
    each juror's own level and spread."""
    with quiet():
        mean = np.nanmean(values, axis=1, keepdims=True)
        sd = np.nanstd(values, axis=1, keepdims=True)
    residue = np.array([[[linear(scale_of(values[k, :, j]))
                          for j in range(values.shape[2])]] for k in range(values.shape[0])])
    flat = ~(sd > residue)
    z = np.divide(values - mean, sd, out=np.zeros_like(values), where=~flat)
    return np.where(np.isnan(values), np.nan, z)


def standardised_ranking(
    panel: Panel,
    aggregate: str,
    placements: dict[str | None, Placement],
    rank: Callable[[Panel], dict[str | None, Placement]],
) -> Standardised:
    """Rank `panel` again with standardised scores (the award's aggregate and tie-break
    chain, the same rule for unconnected groups, no agreed values: a check of the scores) and
    name the entries whose place differs from `placements`."""
    checked = replace(panel, values=standardise(panel.values), consensus=())
    ids = [e.id for e in panel.entries]
    found: dict[str, int | None] = {}
    changed = []
    for category, placed in rank(checked).items():
        base = placements.get(category)
        before = ({ids[e]: (r or None) for e, r in
                   zip(base.entries.tolist(), base.ranks.tolist(), strict=True)}
                  if base is not None else {})
        for e, r in zip(placed.entries.tolist(), placed.ranks.tolist(), strict=True):
            found[ids[e]] = r or None
            if before.get(ids[e]) != (r or None):
                changed.append(PlaceChange(category, ids[e], before.get(ids[e]), r or None))
    return Standardised(found, tuple(changed))

