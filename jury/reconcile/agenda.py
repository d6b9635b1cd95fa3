"""The jury meeting's agenda: per category, the entries worth discussing first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

DISCUSS = ("disagreement", "outlier", "tie", "missing")


@dataclass(frozen=True)
class AgendaItem:
    category: str | None
    entry: str
    rank: int | None
    spread: float
    spread_criterion: str | None
    distance: float | None
    nominated: bool
    reasons: tuple[str, ...]
    priority: float


def agenda(
    ranking: Iterable[Any],
    nominees: dict[str | None, int],
    *,
    span: float,
    near: float,
) -> dict[str | None, list[AgendaItem]]:
    """Per category, the entries with a disagreement, an outlier, a tie or a gap, and those
    within `near` of the nominee cut-off (halfway between the last nominee's total and the
    next one's), most urgent first.

    Urgency adds the largest range on any criterion as a share of the scale's `span` to the
    closeness to the cut-off (1 on it, 0 at `near` or further): a split jury on the
    borderline comes first, a settled entry far from it does not appear.
    """
    by_category: dict[str | None, list[Any]] = {}
    for row in ranking:
        by_category.setdefault(row.category, []).append(row)
    found: dict[str | None, list[AgendaItem]] = {}
    for category, rows in by_category.items():
        ranked = [r for r in rows if r.rank is not None and r.total is not None]
        n = nominees.get(category, 3)
        cutoff = ((ranked[n - 1].total + ranked[n].total) / 2 if 0 < n < len(ranked) else None)
        nominated = {r.entry for r in ranked[:n]}
        items = []
        for row in rows:
            spread, widest = _widest(row.criteria)
            distance = abs(row.total - cutoff) if cutoff is not None and row.total is not None \
                else None
            reasons = tuple(dict.fromkeys(f.kind for f in row.flags if f.kind in DISCUSS))
            if distance is not None and distance <= near:
                reasons += ("cutoff",)
            if not reasons:
                continue
            closeness = max(0.0, 1 - distance / near) if distance is not None and near else 0.0
            items.append(AgendaItem(category, row.entry, row.rank, spread, widest, distance,
                                    row.entry in nominated, reasons,
                                    (spread / span if span else 0.0) + closeness))
        found[category] = sorted(items, key=lambda i: (-i.priority, i.rank or 10**9, i.entry))
    return found


def _widest(criteria: dict[str, Any]) -> tuple[float, str | None]:
    best, key = 0.0, None
    for name, figures in criteria.items():
        if figures.min is not None and figures.max is not None and \
                figures.max - figures.min > best:
            best, key = figures.max - figures.min, name
    return best, key


def spread_bar(values: Sequence[float], low: float, high: float, width: int = 21) -> str:
    """The scale from `low` to `high` in `width` cells: each score a dot, the range between
    the lowest and highest a line, so a split jury is visible at a glance."""
    cells = ["·"] * width
    if not values or high <= low:
        return "".join(cells)
    place = [round((v - low) / (high - low) * (width - 1)) for v in values]
    for i in range(min(place), max(place) + 1):
        cells[i] = "─"
    for i in place:
        cells[i] = "●"
    return "".join(cells)
