"""The jury meeting's tables (schema 6): the meeting and its agenda, the secret ballots, the
sign-off of the minutes.

A stored ballot paper names no voter: its key is random, it holds no time and no juror, and
on SQLite it is a WITHOUT ROWID table, so its rows sit in the order of that random key rather
than in the order they were cast. Who has voted is a separate row per juror and ballot.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from jury.models import _json, _when


class Meeting(SQLModel, table=True):
    """The chair's meeting: the agenda, the item under discussion, its timer.

    `version` goes up with every change the jurors' screens must follow: they poll it (or
    are told of it on PostgreSQL) instead of reading the whole meeting again. `independent`
    keeps the scores as they stood when the meeting opened: {entry: {juror: {criterion:
    value}}}.
    """

    id: int | None = Field(default=None, primary_key=True)
    opened_by: str
    opened_at: datetime = _when()
    closed_at: datetime | None = _when(nullable=True)
    agenda: list[dict[str, Any]] = _json(list)
    position: int | None = None
    item_started_at: datetime | None = _when(nullable=True)
    timer_seconds: int | None = None
    version: int = 1
    independent: dict[str, Any] = _json(dict)


class MeetingStep(SQLModel, table=True):
    """One agenda item as the meeting took it: when, and who stepped out for it."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int
    kind: str = Field(max_length=16)
    subject: str = Field(max_length=200)
    started_at: datetime = _when()
    ended_at: datetime | None = _when(nullable=True)
    stepped_out: list[str] = _json(list)


class MeetingPresence(SQLModel, table=True):
    """A juror (or the chair) who joined the meeting in the app: the minutes' attendance.

    `absent` is the chair's word: a juror the chair marked absent stays absent when their
    app signs in again (schema 8); only the chair marks them present again."""

    __table_args__ = (sa.UniqueConstraint("meeting_id", "juror_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    juror_id: int = Field(foreign_key="juror.id")
    joined_at: datetime = _when()
    absent: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class Rescoring(SQLModel, table=True):
    """An entry the chair reopened for re-scoring during the meeting, with the reason."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    entry_id: str = Field(foreign_key="entry.id", max_length=200)
    reason: str
    opened_by: str
    opened_at: datetime = _when()
    closed_at: datetime | None = _when(nullable=True)


class Ballot(SQLModel, table=True):
    """A secret ranked ballot on a category's nominees; `number` counts its rounds.

    `salt` makes each juror's receipt (which finds their paper to replace it) differ per
    ballot. `result` is the Schulze count once closed; `casting` the chair's casting vote
    in a tie, with its rationale.
    """

    __table_args__ = (sa.UniqueConstraint("category_key", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    category_key: str | None = Field(default=None, max_length=64)
    number: int = 1
    state: str = Field(default="open", max_length=16)
    candidates: list[str] = _json(list)
    salt: str = Field(max_length=64)
    opened_by: str
    opened_at: datetime = _when()
    closed_by: str | None = None
    closed_at: datetime | None = _when(nullable=True)
    result: dict[str, Any] | None = Field(default=None,
                                          sa_column=sa.Column(sa.JSON, nullable=True))
    casting: dict[str, Any] | None = Field(default=None,
                                           sa_column=sa.Column(sa.JSON, nullable=True))


class BallotPaper(SQLModel, table=True):
    """One cast ranking. No voter, no time: a random key, the places, where it came from
    ('app' or 'paper'), and for an app vote the receipt digest its voter can find again."""

    __table_args__ = (sa.UniqueConstraint("ballot_id", "receipt"),
                      {"sqlite_with_rowid": False})

    id: str = Field(primary_key=True, max_length=64)
    ballot_id: int = Field(foreign_key="ballot.id", index=True)
    ranking: dict[str, int] = _json(dict)
    source: str = Field(default="app", max_length=8)
    receipt: str | None = Field(default=None, max_length=128)


class BallotVoter(SQLModel, table=True):
    """That a juror has voted in a ballot (never how). No time: the audit trail has it."""

    __table_args__ = (sa.UniqueConstraint("ballot_id", "juror_id"),)

    id: int | None = Field(default=None, primary_key=True)
    ballot_id: int = Field(foreign_key="ballot.id", index=True)
    juror_id: int = Field(foreign_key="juror.id")


class MinutesSignoff(SQLModel, table=True):
    """A juror's sign-off of the minutes: agreed ('akkoord') or a remark. Revisions append."""

    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True)
    agreed: bool = False
    remark: str = ""
    signed_at: datetime = _when()


MEETING_TABLES = (Meeting, MeetingStep, MeetingPresence, Rescoring, Ballot, BallotPaper,
                  BallotVoter, MinutesSignoff)
