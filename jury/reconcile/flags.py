"""Disagreement flags: where the chair should ask the jury to talk."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jury.reconcile.scores import nanmedian, quiet
from jury.reconcile.tolerance import linear, scale_of


@dataclass(frozen=True)
class Flag:
    """A reason to look again, as a code and values: its kind, the criterion and the jurors
    concerned. The words a reader sees are the front end's (jury.present.flag_text).

    For a disagreement, `values` holds each named juror's score; for an outlier, the juror's
    score and the median; for a missing flag, `criteria` names the criteria nobody scored.
    """

    kind: str
    criterion: str | None = None
    jurors: tuple[str, ...] = ()
    values: tuple[float, ...] = ()
    criteria: tuple[str, ...] = ()

    def __str__(self) -> str:
        """For debugging and test failures only: no reader sees this text."""
        text = f"{self.kind} {self.criterion}" if self.criterion else self.kind
        detail = self._describe()
        return f"{text}: {detail}" if detail else text

    def _describe(self) -> str:
        if self.kind == "disagreement" and self.values:
            low, high = min(self.values), max(self.values)
            lows = [j for j, v in zip(self.jurors, self.values, strict=True) if v == low]
            highs = [j for j, v in zip(self.jurors, self.values, strict=True) if v == high]
            return (f"range {_num(high - low)} ({_names(lows)} {_num(low)}, "
                    f"{_names(highs)} {_num(high)})")
        if self.kind == "outlier" and len(self.values) == 2:
            return (f"{self.jurors[0]} {_num(self.values[0])} against a median of "
                    f"{_num(self.values[1])}")
        if self.kind == "missing" and self.criteria:
            return "no score for " + ", ".join(self.criteria)
        return ""


def criterion_flags(
    values: np.ndarray, jurors: tuple[str, ...], criterion: str, limit: float, step: float
) -> dict[int, list[Flag]]:
    """Per entry (row of `values`, entries × jurors): range and lone-outlier flags.

    Range: max - min >= the award's disagreement_range. Lone outlier: every score within one
    step of the median except one juror, who is at least disagreement_range - 1 away (and so
    more than a step: when disagreement_range - 1 <= step, as on a 1-5 scale, the one juror
    beyond a step is the outlier). Comparisons allow rounding residue relative to the scale.
    """
    flags: dict[int, list[Flag]] = {}
    if values.shape[1] == 0:
        return flags
    present = ~np.isnan(values)
    counts = present.sum(axis=1)
    with quiet():
        low = np.nanmin(values, axis=1)
        high = np.nanmax(values, axis=1)
        median = nanmedian(values, axis=1)
        distance = np.abs(values - median[:, None])
    residue = linear(scale_of(values))
    wide = (counts > 0) & (high - low >= limit - residue)
    beyond = (distance > step + residue).sum(axis=1)
    with quiet():
        farthest = np.nanmax(np.where(present, distance, np.nan), axis=1)
    lone = (counts >= 3) & (beyond == 1) & (farthest >= limit - 1 - residue)
    bits = 1 << np.arange(len(jurors), dtype=np.int64)
    low_set = ((values == low[:, None]) * bits).sum(axis=1)
    high_set = ((values == high[:, None]) * bits).sum(axis=1)
    outlier = np.argmax(np.where(present, distance, -1.0), axis=1)
    names: dict[int, tuple[str, ...]] = {}

    def named(mask: int) -> tuple[str, ...]:
        if mask not in names:
            names[mask] = tuple(j for i, j in enumerate(jurors) if mask >> i & 1)
        return names[mask]

    for e in np.flatnonzero(wide | lone).tolist():
        found = []
        if wide[e]:
            lows, highs = named(int(low_set[e])), named(int(high_set[e]))
            found.append(Flag("disagreement", criterion, lows + highs,
                              (float(low[e]),) * len(lows) + (float(high[e]),) * len(highs)))
        if lone[e]:
            j = int(outlier[e])
            found.append(Flag("outlier", criterion, (jurors[j],),
                              (float(values[e, j]), float(median[e]))))
        flags[e] = found
    return flags


def _names(names: list[str]) -> str:
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + f" and {names[-1]}"


def _num(value: float) -> str:
    return f"{value:g}"
