"""The reconciliation's input: who scored what, as plain frozen data.

Scores live in one array of shape (criteria, entries, jurors) with NaN where a score is
missing. A recusal is missing too, never zero: the juror's scores for that entry are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class EntryInfo:
    id: str
    title: str = ""
    organisation: str = ""
    category: str | None = None


@dataclass(frozen=True)
class CriterionInfo:
    key: str
    label: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class CategoryInfo:
    key: str | None
    label: str = ""
    nominees: int = 3


@dataclass(frozen=True)
class Consensus:
    """The chair's agreed value for an entry's total (criterion None) or one criterion."""

    entry: str
    value: float
    rationale: str
    by: str
    criterion: str | None = None


@dataclass(frozen=True)
class Rules:
    """The award's ranking rules, from award.toml."""

    aggregate: str = "adjusted"
    tie_break: tuple[str, ...] = ("effectiveness", "head_to_head", "median")
    disagreement_range: float = 3.0
    step: float = 1.0
    bootstrap: int = 1000
    seed: int = 2026
    close_call: float = 0.5


@dataclass(frozen=True, eq=False)
class Panel:
    """Every score of the award: values[k, e, j] is juror j's score of entry e on criterion k.

    `tie_order` holds the chair's decided places (entry id → position, first is 0) for entries
    that no rule of the chain could separate; it is the chain's last link.
    """

    entries: tuple[EntryInfo, ...]
    jurors: tuple[str, ...]
    criteria: tuple[CriterionInfo, ...]
    categories: tuple[CategoryInfo, ...]
    values: np.ndarray
    recused: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    consensus: tuple[Consensus, ...] = ()
    tie_order: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        entries: Iterable[EntryInfo],
        jurors: Iterable[str],
        criteria: Iterable[CriterionInfo],
        scores: Iterable[tuple[str, str, str, float | None]],
        *,
        categories: Iterable[CategoryInfo] = (),
        recusals: Iterable[tuple[str, str]] = (),
        consensus: Iterable[Consensus] = (),
        tie_order: dict[str, int] | None = None,
    ) -> Panel:
        """Arrange (juror, entry, criterion, value) rows; recused and unknown ones drop out."""
        entries, jurors, criteria = tuple(entries), tuple(jurors), tuple(criteria)
        e_index = {e.id: i for i, e in enumerate(entries)}
        j_index = {name: i for i, name in enumerate(jurors)}
        k_index = {c.key: i for i, c in enumerate(criteria)}
        rows = [
            (k_index[k], e_index[e], j_index[j], v)
            for j, e, k, v in scores
            if v is not None and j in j_index and e in e_index and k in k_index
        ]
        columns = [np.array(c) for c in zip(*rows, strict=True)] if rows else [np.zeros(0)] * 4
        return cls.from_indices(entries, jurors, criteria, *columns, categories=categories,
                                recusals=recusals, consensus=consensus, tie_order=tie_order)

    @classmethod
    def from_indices(
        cls,
        entries: Iterable[EntryInfo],
        jurors: Iterable[str],
        criteria: Iterable[CriterionInfo],
        criterion_index: np.ndarray,
        entry_index: np.ndarray,
        juror_index: np.ndarray,
        values: np.ndarray,
        *,
        categories: Iterable[CategoryInfo] = (),
        recusals: Iterable[tuple[str, str]] = (),
        consensus: Iterable[Consensus] = (),
        tie_order: dict[str, int] | None = None,
    ) -> Panel:
        """Scores given as index arrays (the fast path from a database); recused pairs are
        blanked whatever was stored for them."""
        entries, jurors, criteria = tuple(entries), tuple(jurors), tuple(criteria)
        categories = tuple(categories) or (CategoryInfo(None, "", 3),)
        matrix = np.full((len(criteria), len(entries), len(jurors)), np.nan)
        if len(values):
            matrix[criterion_index.astype(int), entry_index.astype(int),
                   juror_index.astype(int)] = values.astype(float)
        e_index = {e.id: i for i, e in enumerate(entries)}
        j_index = {name: i for i, name in enumerate(jurors)}
        recused = frozenset(recusals)
        for juror, entry in recused:
            if juror in j_index and entry in e_index:
                matrix[:, e_index[entry], j_index[juror]] = np.nan
        return cls(entries, jurors, criteria, categories, matrix, recused, tuple(consensus),
                   dict(tie_order or {}))

    @property
    def weights(self) -> np.ndarray:
        return np.array([c.weight for c in self.criteria], dtype=float)

    def without_juror(self, juror: int) -> Panel:
        keep = [j for j in range(len(self.jurors)) if j != juror]
        return Panel(self.entries, tuple(self.jurors[j] for j in keep), self.criteria,
                     self.categories, self.values[:, :, keep], self.recused, self.consensus,
                     self.tie_order)

    def category_members(self) -> dict[str | None, np.ndarray]:
        """Entry indices per category, in the award's category order."""
        keys = np.array([e.category for e in self.entries], dtype=object)
        if len(self.categories) == 1 and self.categories[0].key is None:
            return {None: np.arange(len(self.entries))}
        return {c.key: np.flatnonzero(keys == c.key) for c in self.categories}
