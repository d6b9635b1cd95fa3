"""What every service shares: who is acting, one transaction per call, the audit trail."""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from jury import repository
from jury.actor import Actor
from jury.award_settings import (
    AwardInfo,
    AwardSettings,
    Band,
    CategorySettings,
    CriterionSettings,
    FeedbackSettings,
    RankingSettings,
    Scale,
)
from jury.errors import NotFoundError, PermissionDenied
from jury.i18n import Word
from jury.models import AuditEvent, Award, Category, Criterion, utcnow

__all__ = ["Actor", "Service", "audit", "audit_many", "load_settings", "require",
           "require_award", "retried"]

ATTEMPTS = 6
Method = TypeVar("Method", bound=Callable[..., Any])

# SQLite: another writer held the lock past busy_timeout. PostgreSQL: serialization failure,
# deadlock, or a row another writer inserted first (unique violation).
_SQLITE_BUSY = ("database is locked", "database is busy", "unique constraint failed")
_PG_RETRY = {"40001", "40P01", "23505"}


def transient(error: DBAPIError) -> bool:
    """Whether running the whole transaction again may succeed."""
    state = getattr(error.orig, "sqlstate", None)
    if state is not None:
        return state in _PG_RETRY
    text = str(error.orig).lower()
    return any(part in text for part in _SQLITE_BUSY)


def retried(method: Method) -> Method:
    """Run a write again, as a new transaction, when another writer got in the way.

    Each attempt starts from scratch, so nothing of a failed one is kept; the rules run again
    on what is stored now. A second terminal's insert of the same score thus ends as the
    'changed elsewhere' refusal, not as a crash. Backs off with jitter; gives up after
    ATTEMPTS with the database's own error.
    """

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        for attempt in range(ATTEMPTS):
            try:
                return method(*args, **kwargs)
            except (OperationalError, IntegrityError) as error:
                if attempt == ATTEMPTS - 1 or not transient(error):
                    raise
                time.sleep(random.uniform(0.005, 0.02 * 2 ** attempt))
        raise AssertionError("unreachable")

    return run  # type: ignore[return-value]


class Service:
    """Base for the services: each public method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Reads take one snapshot and never wait for the write lock: the chair's ranking does
        # not queue the jurors' saves behind it. SQLite: a plain BEGIN in WAL mode;
        # PostgreSQL: REPEATABLE READ, which never fails a transaction that only reads.
        options: dict[str, object] = {"reader": True}
        if engine.dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"
        self.reader = engine.execution_options(**options)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One consistent view for reads only: nothing written here is ever committed."""
        with Session(self.reader, expire_on_commit=False) as session:
            yield session


def audit(
    session: Session,
    actor: Actor,
    action: str,
    subject: str = "",
    *,
    old: Any = None,
    new: Any = None,
    detail: str = "",
) -> None:
    """Append one event. The trail is only ever appended to: no code updates or deletes it."""
    audit_many(session, [dict(actor=actor.label, action=action, subject=subject,
                              old=old, new=new, detail=detail)])


def audit_many(session: Session, events: Sequence[dict[str, Any]]) -> None:
    if not events:
        return
    now = utcnow()
    rows = [{"at": now, "old": None, "new": None, "detail": "", **event} for event in events]
    session.connection().execute(sa.insert(AuditEvent.__table__), rows)  # type: ignore[attr-defined]


def require(actor: Actor, *roles: str, because: str) -> None:
    """The one permission check. `because` names the catalogue sentence that says who may do
    this; it gets the actor's `name` and `role` (as 'a juror', 'de voorzitter')."""
    if actor.role not in roles:
        raise PermissionDenied(because, name=actor.name, role=Word(f"role.as.{actor.role}"))


def require_award(session: Session, *, lock: str | None = None) -> Award:
    found = repository.award(session=session, lock=lock)
    if found is None:
        raise NotFoundError("award.none")
    return found


def settings_from_rows(
    award: Award, criteria: Sequence[Criterion], categories: Sequence[Category]
) -> AwardSettings:
    """The award's settings as stored: the rows are the truth once the award exists.

    Built without award.toml's checks: they guard what comes in, and a row stored before a
    rule existed (an escape in the award's name, a longer label) must still open; the
    screens show such text with its control characters visible.
    """
    return AwardSettings.model_construct(
        award=AwardInfo.model_construct(name=award.name, edition=award.edition,
                                        language=award.language),
        scale=scale_of(award),
        criteria=[
            CriterionSettings.model_construct(
                key=c.key, label_nl=c.label_nl, label_en=c.label_en,
                question_nl=c.question_nl, question_en=c.question_en, weight=c.weight,
            )
            for c in criteria
        ],
        categories=[
            CategorySettings.model_construct(
                key=c.key, label_nl=c.label_nl, label_en=c.label_en, nominees=c.nominees
            )
            for c in categories
        ],
        ranking=RankingSettings.model_construct(
            aggregate=award.aggregate,
            tie_break=list(award.tie_break),
            disagreement_range=award.disagreement_range,
            close_call=award.close_call,
        ),
        feedback=FeedbackSettings.model_construct(**_feedback_fields(award.feedback)),
    )


def _feedback_fields(stored: dict | None) -> dict:
    stored = stored or {}
    bands = stored.get("bands")
    return dict(
        bands=None if bands is None else [
            Band.model_construct(name_nl=b["name_nl"], name_en=b["name_en"],
                                 start=b.get("from", b.get("start", 0.0)))
            for b in bands
        ],
        language=stored.get("language"),
    )


def load_settings(session: Session) -> AwardSettings:
    award = require_award(session)
    return settings_from_rows(
        award, repository.criteria(session=session), repository.categories(session=session)
    )


def scale_of(award: Award) -> Scale:
    """The award's scale without rebuilding all of its settings: every keystroke checks it."""
    return Scale.model_construct(min=award.scale_min, max=award.scale_max,
                                 step=award.scale_step, labels=dict(award.scale_labels or {}),
                                 labels_en=dict(award.scale_labels_en or {}))
