"""The jury's fixed words: phases, roles, statuses, reasons for a recusal, decision kinds.
No imports beyond the standard library, so any layer (the screens at start-up included) can
use them for free. A `StrEnum` member equals its stored text, so rows and settings need no
conversion."""

from enum import StrEnum


class Phase(StrEnum):
    SCORING = "scoring"
    DELIBERATION = "deliberation"
    FINAL = "final"


class Role(StrEnum):
    JUROR = "juror"
    CHAIR = "chair"
    SECRETARY = "secretary"


class Status(StrEnum):
    """A juror's status on one entry."""

    SCORED = "scored"
    PARTLY = "partly"
    TODO = "todo"
    RECUSED = "recused"


class DecisionKind(StrEnum):
    """What the chair decides for a category."""

    NOMINEES = "nominees"
    WINNER = "winner"


PHASES = tuple(Phase)
ROLES = (Role.JUROR, Role.CHAIR)
"""The roles a juror row can have; the secretary is the person at the command line."""
RECUSAL_REASONS = ("professional", "personal", "other")
STATUSES = tuple(Status)
AGGREGATES = ("adjusted", "mean", "median", "trimmed")
