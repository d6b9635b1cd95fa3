"""The award's tables. One database holds one award edition.

Scores are juror × entry × criterion and unique; a missing score is a missing row (or a NULL
value beside a note), never a zero. Timestamps are timezone-aware UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from jury.rules import DEFAULT_NOMINEES
from jury.terms import PHASES, RECUSAL_REASONS, ROLES  # noqa: F401  (the model's vocabulary)

SCHEMA_VERSION = 9


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores UTC; hands back aware datetimes on SQLite too, which drops the zone."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: jury stores aware UTC timestamps only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _when(nullable: bool = False, **kw: Any) -> Any:
    return Field(sa_column=sa.Column(UTCDateTime(), nullable=nullable, **kw))


def _json(default: Any) -> Any:
    return Field(default_factory=default, sa_column=sa.Column(sa.JSON, nullable=False))


class Meta(SQLModel, table=True):
    """Key/value facts about the database itself, such as the schema version."""

    key: str = Field(primary_key=True, max_length=64)
    value: str


class Award(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=200)
    name: str
    edition: str
    language: str = Field(default="nl", max_length=2)
    scale_min: float
    scale_max: float
    scale_step: float
    scale_labels: dict[str, str] = _json(dict)
    aggregate: str = "adjusted"
    tie_break: list[str] = _json(list)
    disagreement_range: float
    phase: str = Field(default="scoring", max_length=16)
    phase_changed_at: datetime | None = _when(nullable=True)
    settings_toml: str = ""
    source: str = ""
    created_at: datetime = _when()
    updated_at: datetime = _when()
    # The secret that signs this award's scoresheets (HMAC-SHA256); made when the first one
    # is written, never shown, never exported. Schema 3.
    signing_key: bytes | None = Field(
        default=None, repr=False, sa_column=sa.Column(sa.LargeBinary, nullable=True))
    # award.toml's [feedback] section (the bands, the letters' language). Schema 5.
    feedback: dict[str, Any] | None = Field(
        default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    # award.toml's [ranking] close_call; None: the default share of the scale. Schema 7.
    close_call: float | None = None
    # award.toml's [scale.labels_en]: the scale's meanings on English screens. Schema 9.
    scale_labels_en: dict[str, str] | None = Field(
        default=None, sa_column=sa.Column(sa.JSON, nullable=True))


class Criterion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=64)
    label_nl: str
    label_en: str
    question_nl: str
    question_en: str
    weight: float = 1.0
    position: int = 0


class Category(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=64)
    label_nl: str
    label_en: str
    nominees: int = DEFAULT_NOMINEES
    position: int = 0


class Entry(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=200)
    category_key: str | None = Field(
        default=None, foreign_key="category.key", index=True, max_length=64
    )
    title: str
    organisation: str
    contact: str = ""
    email: str = ""
    description: str = ""
    extra: dict[str, str] = _json(dict)
    withdrawn: bool = False
    source: str = ""
    # The language of the entry's feedback letter when it is not the award's. Schema 5.
    language: str | None = Field(default=None, max_length=2)
    created_at: datetime = _when()
    updated_at: datetime = _when()


class Juror(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    role: str = Field(default="juror", max_length=16)
    pin_hash: str
    language: str | None = Field(default=None, max_length=2)
    submitted_at: datetime | None = _when(nullable=True)
    # Wrong PINs in a row, and the earliest moment of the next sign-in they allow: a wait
    # that grows with each (services.jurors.wait_after), never a lockout.
    failed_signins: int = 0
    locked_until: datetime | None = _when(nullable=True)
    created_at: datetime = _when()


class Score(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("juror_id", "entry_id", "criterion_id"),)

    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    entry_id: str = Field(foreign_key="entry.id", index=True, max_length=200)
    criterion_id: int = Field(foreign_key="criterion.id")
    value: float | None = None
    note: str = ""
    # What the juror would tell the entrant on this criterion: material for the feedback
    # letter once the chair approves it. `note` stays for the jury only. Schema 5.
    for_entrant: str = Field(default="", sa_column=sa.Column(sa.Text, nullable=False,
                                                             default="", server_default=""))
    version: int = 1
    updated_at: datetime = _when()


class EntryNote(SQLModel, table=True):
    """A juror's overall note on an entry: material for the jury report."""

    __table_args__ = (sa.UniqueConstraint("juror_id", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    entry_id: str = Field(foreign_key="entry.id", max_length=200)
    note: str = ""
    version: int = 1
    updated_at: datetime = _when()


class Recusal(SQLModel, table=True):
    """A declared conflict of interest: the juror's scores for the entry do not count."""

    __table_args__ = (sa.UniqueConstraint("juror_id", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    juror_id: int = Field(foreign_key="juror.id", index=True, ondelete="CASCADE")
    entry_id: str = Field(foreign_key="entry.id", max_length=200)
    reason: str = Field(max_length=16)
    reason_text: str = ""
    created_at: datetime = _when()


class ConsensusDecision(SQLModel, table=True):
    """The chair's record of an agreed value; revisions append, the newest one counts."""

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="entry.id", index=True, max_length=200)
    criterion_id: int | None = Field(default=None, foreign_key="criterion.id")
    value: float
    rationale: str
    decided_by: str
    decided_at: datetime = _when()


class CategoryDecision(SQLModel, table=True):
    """The chair's choice of nominees or winner for a category, beside what was proposed."""

    id: int | None = Field(default=None, primary_key=True)
    category_key: str | None = Field(default=None, max_length=64)
    kind: str = Field(max_length=16)
    proposed: list[str] = _json(list)
    chosen: list[str] = _json(list)
    rationale: str = ""
    decided_by: str
    decided_at: datetime = _when()


class Laudatio(SQLModel, table=True):
    """The chair's words for an entry at the ceremony; revisions append, the newest counts.

    Schema 4. Part of the jury's record like a consensus decision: never edited in place.
    """

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="entry.id", index=True, max_length=200)
    text: str
    written_by: str
    written_at: datetime = _when()


class Feedback(SQLModel, table=True):
    """The chair's feedback to an entrant, per criterion; revisions append, the newest counts.

    Schema 5. An approval marks the revision it approved; an edit after it appends a new
    revision, which needs approving again. Only approved text reaches a letter.
    """

    id: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(foreign_key="entry.id", index=True, max_length=200)
    texts: dict[str, str] = _json(dict)
    written_by: str
    written_at: datetime = _when()
    approved_by: str | None = None
    approved_at: datetime | None = _when(nullable=True)


class FrozenRanking(SQLModel, table=True):
    """The ranking as it stood when the award went final: what the ceremony announces.

    Appended at every move to final; the newest one is the award's result.
    """

    id: int | None = Field(default=None, primary_key=True)
    frozen_at: datetime = _when()
    frozen_by: str
    aggregate: str = Field(max_length=16)
    rows: list[dict[str, Any]] = _json(list)


class AuditEvent(SQLModel, table=True):
    """Append-only: who did what, when, with the old and the new value."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when(index=True)
    actor: str
    action: str = Field(max_length=64, index=True)
    subject: str = ""
    old: Any = Field(default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    new: Any = Field(default=None, sa_column=sa.Column(sa.JSON, nullable=True))
    detail: str = ""


# Plain shapes that cross the service boundary. Dataclasses, not validated models: an
# import of 10,000 entries is validated once by the reader, not again per object.
from dataclasses import dataclass, field  # noqa: E402


@dataclass(frozen=True, slots=True)
class EntryData:
    """One entry as read from a submissions file, ready to store."""

    id: str
    title: str
    organisation: str
    category_key: str | None = None
    contact: str = ""
    email: str = ""
    description: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    source: str = ""
    language: str | None = None

    def stored_fields(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "category_key": self.category_key,
            "title": self.title,
            "organisation": self.organisation,
            "contact": self.contact,
            "email": self.email,
            "description": self.description,
            "extra": self.extra,
        }


@dataclass(frozen=True, slots=True)
class ScoreData:
    """One juror's score (and note) for one entry on one criterion; value None = not scored."""

    juror: str
    entry_id: str
    criterion: str
    value: float | None
    note: str = ""
    # The note for the entrant; None leaves the stored one as it is (a file without the column).
    for_entrant: str | None = None


@dataclass(frozen=True, slots=True)
class JurorRead:
    name: str
    role: str
    language: str | None
    submitted_at: datetime | None
