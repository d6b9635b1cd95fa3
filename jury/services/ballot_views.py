"""What a ballot looks like from outside the service: the chair's and the secretary's view,
a juror's own ballot, a paper ballot from a file. Plain values, no session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class PaperRow:
    """One paper ballot from the secretary's file: where it was, what it ranks."""

    where: str
    category: str | None
    number: int
    ranking: dict[str, int]


@dataclass(frozen=True)
class BallotState:
    """A ballot as the chair, the secretary or the minutes see it: who voted, never how;
    the count once it is closed."""

    category: str | None
    number: int
    state: str
    candidates: tuple[str, ...]
    voters: tuple[str, ...]
    papers: int
    opened_at: datetime
    closed_at: datetime | None
    result: dict[str, Any] | None
    casting: dict[str, Any] | None

    @property
    def winner(self) -> str | None:
        return counted_winner(self.result, self.casting)

    @property
    def tied(self) -> bool:
        return bool(self.result and len(self.result["winners"]) > 1 and not self.casting)


@dataclass(frozen=True)
class MyBallot:
    """What a juror's ballot screen needs: the candidates, those they must leave out, and
    whether they have voted (so a new vote replaces the old)."""

    category: str | None
    number: int
    state: str
    candidates: tuple[str, ...]
    titles: dict[str, str]
    recused: tuple[str, ...]
    voted: bool
    # Once closed, the count the jury is shown (anonymous): order, margin, a casting vote.
    result: dict[str, Any] | None = None
    casting: dict[str, Any] | None = None

    @property
    def winner(self) -> str | None:
        return counted_winner(self.result, self.casting)


def counted_winner(result: dict[str, Any] | None, casting: dict[str, Any] | None) -> str | None:
    """The single Schulze winner, or the chair's casting vote in a tie."""
    if casting:
        return str(casting["entry"])
    if result and len(result["winners"]) == 1:
        return str(result["winners"][0])
    return None
