"""The jury's rules, each written once: plain functions over plain values, used by the
services, the screens and the files alike. No imports beyond the jury's own words."""

from __future__ import annotations

from collections.abc import Mapping

from jury.terms import Phase, Role, Status

DEFAULT_NOMINEES = 3
"""Nominees per category when award.toml does not say: the award names three."""


def entry_status(scored: int, criteria: int, *, recused: bool) -> Status:
    """A juror's status on one entry, from how many criteria they scored."""
    if recused:
        return Status.RECUSED
    if criteria and scored >= criteria:
        return Status.SCORED
    return Status.PARTLY if scored else Status.TODO


def still_to_score(status: str) -> bool:
    """An entry the juror has yet to finish (not scored in full, not recused)."""
    return status in (Status.TODO, Status.PARTLY)


def sees_the_panel(role: str, phase: str) -> bool:
    """The blind rule: while the jury scores, a juror sees only their own scores and notes,
    never the other jurors'; the chair and the secretary always see the whole panel, and
    jurors do from the deliberation on."""
    return not (role == Role.JUROR and phase == Phase.SCORING)


def nominees_wanted(counts: Mapping[str | None, int], category: str | None) -> int:
    """How many nominees a category gets: its own count from award.toml, else the default."""
    return counts.get(category, DEFAULT_NOMINEES)
