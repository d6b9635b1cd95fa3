"""Counting a secret ranked ballot by the Schulze method: pure, from anonymous rankings.

A ranking maps a candidate to its place (1 is best). Places may repeat (a tie) and a
candidate may be left out: unranked candidates count as tied below every ranked one, the
convention of Schulze (2011, section 2.1) and of the Debian constitution (appendix A.6).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from jury.reconcile.robustness import pairwise_preferences, strongest_paths


@dataclass(frozen=True)
class BallotCount:
    """What closing a ballot shows the jury: nothing in it names a voter.

    d[i][j]: voters preferring candidates[i] to candidates[j]; p[i][j]: the strongest path.
    winners: every candidate with p[w][x] >= p[x][w] for all x (more than one is a tie the
    chair's casting vote decides). order: the candidates by the Schulze relation, best
    first (ties by the number of candidates they beat, then as listed). margin: the
    winner's smallest lead p[w][x] - p[x][w] over any other candidate (0 in a tie).
    """

    candidates: tuple[str, ...]
    voters: int
    d: tuple[tuple[int, ...], ...]
    p: tuple[tuple[int, ...], ...]
    winners: tuple[str, ...]
    order: tuple[str, ...]
    margin: int


class BallotRefused(ValueError):
    """A ballot the count cannot take, as a code and values for the front end to word:
    'not_candidates' (names), 'not_candidate' and 'ranked_twice' (rank, name). str() is the
    English for logs and tests."""

    ENGLISH = {"not_candidates": "not a candidate: {names}",
               "not_candidate": "rank {rank}: {name!r} is not a candidate",
               "ranked_twice": "rank {rank}: {name!r} is ranked twice"}

    def __init__(self, code: str, **values: Any) -> None:
        self.code, self.values = code, values
        shown = {k: ", ".join(v) if isinstance(v, tuple) else v for k, v in values.items()}
        super().__init__(self.ENGLISH[code].format(**shown))


def count_ballot(candidates: Sequence[str],
                 rankings: Sequence[Mapping[str, int]]) -> BallotCount:
    """Count `rankings` over `candidates` by the Schulze method (winning votes).

    A ranking's places are turned into scores (higher is better) with every unranked
    candidate one below the lowest place, so d counts a ranked candidate above an unranked
    one and two unranked ones as tied. Names outside `candidates` are refused.
    """
    names = tuple(candidates)
    stray = sorted({c for r in rankings for c in r} - set(names))
    if stray:
        raise BallotRefused("not_candidates", names=tuple(stray))
    if not names:
        return BallotCount((), len(rankings), (), (), (), (), 0)
    columns = []
    for ranking in rankings:
        below = max(ranking.values(), default=0) + 1
        columns.append([-float(ranking.get(name, below)) for name in names])
    totals = (np.array(columns, dtype=float).T if columns
              else np.zeros((len(names), 0), dtype=float))
    d = pairwise_preferences(totals)
    p = strongest_paths(d)
    beats = (p > p.T).sum(axis=1)
    wins = (p >= p.T).all(axis=1)
    winners = tuple(names[i] for i in np.flatnonzero(wins))
    order = tuple(names[i] for i in sorted(range(len(names)), key=lambda i: (-beats[i], i)))
    margin = 0
    if len(winners) == 1 and len(names) > 1:
        w = names.index(winners[0])
        margin = int(min(p[w, x] - p[x, w] for x in range(len(names)) if x != w))
    return BallotCount(names, len(rankings), _rows(d), _rows(p), winners, order, margin)


def _rows(matrix: np.ndarray) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(int(v) for v in row) for row in matrix)


def parse_ranking(cells: Sequence[str], candidates: Sequence[str]) -> dict[str, int]:
    """One ballot's places from one cell per place (first cell is place 1); a cell may name
    several candidates separated by ';' (a tie), an empty cell is skipped. The place of a
    candidate is the count of candidates ranked before it plus one (1, 1, 3 for a tie)."""
    ranking: dict[str, int] = {}
    known = set(candidates)
    place = 1
    for number, text in enumerate(cells, start=1):
        group = [part.strip() for part in text.split(";") if part.strip()]
        for name in group:
            if name not in known:
                raise BallotRefused("not_candidate", rank=number, name=name)
            if name in ranking:
                raise BallotRefused("ranked_twice", rank=number, name=name)
            ranking[name] = place
        place += len(group)
    return ranking
