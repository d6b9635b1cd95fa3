"""Disagreement flags: where the chair should ask the jury to talk."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jury.reconcile.scores import quiet

KINDS = ("disagreement", "outlier", "tie", "missing", "consensus", "disconnected")


@dataclass(frozen=True)
class Flag:
    """A reason to look again, naming the criterion and the jurors concerned."""

    kind: str
    criterion: str | None = None
    jurors: tuple[str, ...] = ()
    detail: str = ""
    values: tuple[float, ...] = ()

    def __str__(self) -> str:
        parts = [self.kind]
        if self.criterion:
            parts.append(self.criterion)
        text = " ".join(parts)
        return f"{text}: {self.detail}" if self.detail else text


def criterion_flags(
    values: np.ndarray, jurors: tuple[str, ...], criterion: str, limit: float, step: float
) -> dict[int, list[Flag]]:
    """Per entry (row of `values`, entries × jurors): range and lone-outlier flags.

    Range: max - min >= the award's disagreement_range. Lone outlier: every score within one
    step of the median except one juror, who is at least disagreement_range - 1 away.
    """
    flags: dict[int, list[Flag]] = {}
    if values.shape[1] == 0:
        return flags
    present = ~np.isnan(values)
    counts = present.sum(axis=1)
    with quiet():
        low = np.nanmin(values, axis=1)
        high = np.nanmax(values, axis=1)
        median = np.nanmedian(values, axis=1)
        distance = np.abs(values - median[:, None])
    wide = (counts > 0) & (high - low >= limit - 1e-9)
    far = (distance >= limit - 1 - 1e-9).sum(axis=1)
    near = (distance <= step + 1e-9).sum(axis=1)
    lone = (counts >= 3) & (far == 1) & (near == counts - 1)
    for e in np.flatnonzero(wide | lone):
        row = values[e]
        scored = np.flatnonzero(present[e])
        found = []
        if wide[e]:
            lows = [jurors[j] for j in scored if row[j] == low[e]]
            highs = [jurors[j] for j in scored if row[j] == high[e]]
            found.append(Flag("disagreement", criterion, tuple(lows + highs),
                              f"range {_num(high[e] - low[e])} ({_names(lows)} {_num(low[e])}, "
                              f"{_names(highs)} {_num(high[e])})",
                              tuple([float(low[e])] * len(lows) + [float(high[e])] * len(highs))))
        if lone[e]:
            j = int(scored[np.argmax(distance[e, scored])])
            found.append(Flag("outlier", criterion, (jurors[j],),
                              f"{jurors[j]} {_num(row[j])} against a median of "
                              f"{_num(median[e])}", (float(row[j]), float(median[e]))))
        flags[int(e)] = found
    return flags


def _names(names: list[str]) -> str:
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + f" and {names[-1]}"


def _num(value: float) -> str:
    return f"{value:g}"
