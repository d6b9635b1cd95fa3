"""Every query lives here: services compose these, nothing else builds select(...)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from jury.models import (
    AuditEvent,
    Award,
    Category,
    CategoryDecision,
    ConsensusDecision,
    Criterion,
    Entry,
    EntryNote,
    Feedback,
    FrozenRanking,
    Juror,
    Laudatio,
    Recusal,
    Score,
)


def award(*, session: Session, lock: str | None = None) -> Award | None:
    """The award row. On PostgreSQL a writer holds it `lock`ed: 'share' while writing scores,
    'update' while changing the phase, so a score never lands after the award went final.
    (SQLite serialises every writer already: BEGIN IMMEDIATE.)"""
    query = select(Award).order_by(col(Award.id))
    if lock is not None:
        query = query.with_for_update(read=lock == "share")
    return session.exec(query).first()


def criteria(*, session: Session) -> Sequence[Criterion]:
    return session.exec(select(Criterion).order_by(Criterion.position)).all()  # type: ignore[arg-type]


def categories(*, session: Session) -> Sequence[Category]:
    return session.exec(select(Category).order_by(Category.position)).all()  # type: ignore[arg-type]


def entries(*, session: Session, include_withdrawn: bool = False) -> Sequence[Entry]:
    query = select(Entry).order_by(Entry.id)  # type: ignore[arg-type]
    if not include_withdrawn:
        query = query.where(Entry.withdrawn == False)  # noqa: E712
    return session.exec(query).all()


def entry_rows(*, session: Session) -> dict[str, dict[str, Any]]:
    """Every entry's stored fields by id, as plain dicts (fast: no ORM objects)."""
    table = Entry.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(sa.select(table))
    return {row["id"]: dict(row) for row in result.mappings()}


def entry_counts_by_category(
    *, session: Session, include_withdrawn: bool = False
) -> dict[str | None, int]:
    query = select(Entry.category_key, sa.func.count()).group_by(Entry.category_key)
    if not include_withdrawn:
        query = query.where(Entry.withdrawn == False)  # noqa: E712
    return dict(session.exec(query).all())


def juror_by_name(name: str, *, session: Session, lock: bool = False) -> Juror | None:
    """One juror; `lock` holds the row until commit, so one juror's writes from two
    terminals take turns and the second sees the first's version."""
    query = select(Juror).where(Juror.name == name)
    return session.exec(query.with_for_update() if lock else query).first()


def lock_jurors(ids: Iterable[int], *, session: Session) -> None:
    """Hold several jurors' rows, in id order so that two writers never deadlock."""
    wanted = sorted(set(ids))
    if wanted:
        session.exec(select(Juror.id).where(col(Juror.id).in_(wanted))
                     .order_by(col(Juror.id)).with_for_update()).all()


def jurors(*, session: Session) -> Sequence[Juror]:
    return session.exec(select(Juror).order_by(Juror.role, Juror.name)).all()  # type: ignore[arg-type]


def scored_criteria_per_entry(*, session: Session) -> list[tuple[int, str, int]]:
    """(juror id, entry id, criteria with a value) for entries still in the running."""
    query = (
        select(Score.juror_id, Score.entry_id, sa.func.count())
        .join(Entry, col(Entry.id) == col(Score.entry_id))
        .where(col(Score.value).is_not(None), col(Entry.withdrawn).is_(False))
        .group_by(col(Score.juror_id), col(Score.entry_id))
    )
    return list(session.exec(query).all())


def recusals(*, session: Session) -> Sequence[Recusal]:
    return session.exec(select(Recusal)).all()


def score_count(juror_id: int, *, session: Session) -> int:
    query = select(sa.func.count()).select_from(Score).where(Score.juror_id == juror_id)
    return session.exec(query).one()


def scores_for(keys: Iterable[tuple[int, str, int]], *, session: Session) -> dict[tuple, Score]:
    """Existing scores for (juror id, entry id, criterion id) keys."""
    wanted = set(keys)
    if not wanted:
        return {}
    juror_ids = {k[0] for k in wanted}
    query = select(Score).where(col(Score.juror_id).in_(juror_ids))
    found = {}
    for score in session.exec(query).all():
        key = (score.juror_id, score.entry_id, score.criterion_id)
        if key in wanted:
            found[key] = score
    return found


def juror_scores(juror_id: int, *, session: Session) -> Sequence[Score]:
    """Every score and note one juror stored."""
    return session.exec(select(Score).where(Score.juror_id == juror_id)).all()


def entry_notes_for(juror_id: int, *, session: Session) -> dict[str, EntryNote]:
    query = select(EntryNote).where(EntryNote.juror_id == juror_id)
    return {note.entry_id: note for note in session.exec(query).all()}


def audit_events(
    *,
    session: Session,
    action: str | None = None,
    actor: str | None = None,
    text: str | None = None,
    limit: int | None = None,
    actions: Sequence[str] = (),
) -> Sequence[AuditEvent]:
    """Events oldest first; `action` matches a prefix ('score' finds 'score.set') or any of
    `actions` exactly (the keys whose words matched), `text` a part of the subject or detail,
    case-insensitively; `limit` keeps the newest."""
    query = select(AuditEvent)
    if action:
        query = query.where(sa.or_(col(AuditEvent.action).startswith(action),
                                   col(AuditEvent.action).in_(list(actions) or [""])))
    if actor:
        query = query.where(sa.func.lower(AuditEvent.actor).contains(actor.lower()))
    if text:
        needle = text.lower()
        query = query.where(sa.or_(sa.func.lower(AuditEvent.subject).contains(needle),
                                   sa.func.lower(AuditEvent.detail).contains(needle)))
    if limit:
        newest = query.order_by(col(AuditEvent.id).desc()).limit(limit).subquery()
        return session.exec(select(AuditEvent).join(newest, col(AuditEvent.id) == newest.c.id)
                            .order_by(col(AuditEvent.id))).all()
    return session.exec(query.order_by(col(AuditEvent.id))).all()


def failed_signins(since: Any, *, session: Session) -> dict[str, int]:
    """Wrong PINs per name since `since` (the audit trail's signin.failed events)."""
    query = (select(AuditEvent.subject, sa.func.count())
             .where(AuditEvent.action == "signin.failed", col(AuditEvent.at) >= since)
             .group_by(AuditEvent.subject))
    return {subject: int(n) for subject, n in session.exec(query).all()}


def count(model: type, *, session: Session) -> int:
    return session.exec(select(sa.func.count()).select_from(model)).one()


def score_counts_by_criterion(*, session: Session) -> dict[str, int]:
    query = (
        select(Criterion.key, sa.func.count(Score.id))  # type: ignore[arg-type]
        .join(Score, Score.criterion_id == Criterion.id)  # type: ignore[arg-type]
        .group_by(Criterion.key)
    )
    return dict(session.exec(query).all())


def distinct_score_values(*, session: Session) -> list[float]:
    query = select(Score.value).where(Score.value != None).distinct()  # noqa: E711
    return [v for v in session.exec(query).all() if v is not None]


def delete_for_juror(model: type, juror_id: int, *, session: Session) -> int:
    """Delete a removed juror's scores, notes or recusals (never audit rows)."""
    table = model.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(sa.delete(table).where(table.c.juror_id == juror_id))
    return result.rowcount or 0


def recusal(juror_id: int, entry_id: str, *, session: Session) -> Recusal | None:
    query = select(Recusal).where(Recusal.juror_id == juror_id, Recusal.entry_id == entry_id)
    return session.exec(query).first()


def unfinished_entries(juror_id: int, *, session: Session) -> list[str]:
    """Active entries this juror has neither scored on every criterion nor recused from."""
    n_criteria = count(Criterion, session=session)
    done = {
        entry_id
        for j, entry_id, n in scored_criteria_per_entry(session=session)
        if j == juror_id and n >= n_criteria
    }
    done |= {r.entry_id for r in recusals(session=session) if r.juror_id == juror_id}
    return [e.id for e in entries(session=session) if e.id not in done]


def score_rows(*, session: Session) -> list[tuple[int, str, int, float]]:
    """(juror id, entry id, criterion id, value) for every score of an entry in the running.

    Plain tuples fetched in one go: the reconciliation reads every score, up to hundreds of
    thousands, and ORM objects would cost more than the statistics.
    """
    score, entry = Score.__table__, Entry.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(score.c.juror_id, score.c.entry_id, score.c.criterion_id, score.c.value)
        .select_from(score.join(entry, entry.c.id == score.c.entry_id))
        .where(score.c.value.is_not(None), entry.c.withdrawn.is_(False))
    )
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    # The driver's own cursor, inside the session's transaction: SQLAlchemy's row objects
    # would double the cost of reading every score.
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def entry_summaries(*, session: Session) -> list[tuple[str, str, str, str | None]]:
    """(id, title, organisation, category) of the entries in the running, by id."""
    entry = Entry.__table__  # type: ignore[attr-defined]
    query = (sa.select(entry.c.id, entry.c.title, entry.c.organisation, entry.c.category_key)
             .where(entry.c.withdrawn.is_(False)).order_by(entry.c.id))
    return session.connection().execute(query).fetchall()  # type: ignore[return-value]


def recusal_pairs(*, session: Session) -> list[tuple[str, str]]:
    """(juror name, entry id) for every declared recusal."""
    query = select(Juror.name, Recusal.entry_id).join(Juror, col(Juror.id) == col(Recusal.juror_id))
    return [(name, entry_id) for name, entry_id in session.exec(query).all()]


def consensus_decisions(*, session: Session) -> Sequence[ConsensusDecision]:
    """Every recorded decision, oldest first: a later one on the same subject revises it."""
    query = select(ConsensusDecision).order_by(col(ConsensusDecision.id))
    return session.exec(query).all()


def laudations(*, session: Session) -> Sequence[Laudatio]:
    """Every laudatio written, oldest first: a later one on the same entry revises it."""
    return session.exec(select(Laudatio).order_by(col(Laudatio.id))).all()


def feedback_revisions(*, session: Session) -> Sequence[Feedback]:
    """Every revision of the feedback to the entrants, oldest first: the newest counts."""
    return session.exec(select(Feedback).order_by(col(Feedback.id))).all()


def newest_feedback(entry_id: str, *, session: Session) -> Feedback | None:
    """The feedback revision to one entry that counts."""
    query = (select(Feedback).where(Feedback.entry_id == entry_id)
             .order_by(col(Feedback.id).desc()).limit(1))
    return session.exec(query).first()


def notes_for_entrants(entry_id: str | None = None, *,
                       session: Session) -> list[tuple[str, str, str, str]]:
    """(juror name, entry id, criterion key, note for the entrant) of every score with one,
    ordered by entry, criterion position and juror id (so a draft reads the same each time)."""
    query = (select(Juror.name, Score.entry_id, Criterion.key, Score.for_entrant)
             .join(Juror, col(Juror.id) == col(Score.juror_id))
             .join(Criterion, col(Criterion.id) == col(Score.criterion_id))
             .where(col(Score.for_entrant) != "")
             .order_by(col(Score.entry_id), col(Criterion.position), col(Juror.id)))
    if entry_id is not None:
        query = query.where(Score.entry_id == entry_id)
    return [tuple(row) for row in session.exec(query).all()]  # type: ignore[misc]


def category_decisions(*, session: Session) -> Sequence[CategoryDecision]:
    """Every nominee, winner and tie decision, oldest first: a later one revises an earlier."""
    return session.exec(select(CategoryDecision).order_by(col(CategoryDecision.id))).all()


def frozen_ranking(*, session: Session) -> FrozenRanking | None:
    """The newest ranking frozen by a move to final."""
    query = select(FrozenRanking).order_by(col(FrozenRanking.id).desc()).limit(1)
    return session.exec(query).first()


def entry(entry_id: str, *, session: Session) -> Entry | None:
    return session.get(Entry, entry_id)


def entry_scores(entry_id: str, *, session: Session) -> list[tuple[Score, str]]:
    """Every score of one entry with its juror's name."""
    query = (select(Score, Juror.name).join(Juror, col(Juror.id) == col(Score.juror_id))
             .where(Score.entry_id == entry_id).order_by(col(Juror.name)))
    return [(score, name) for score, name in session.exec(query).all()]


def entry_notes_on(entry_id: str, *, session: Session) -> list[tuple[EntryNote, str]]:
    """Every juror's overall note on one entry, with the juror's name."""
    query = (select(EntryNote, Juror.name).join(Juror, col(Juror.id) == col(EntryNote.juror_id))
             .where(EntryNote.entry_id == entry_id).order_by(col(Juror.name)))
    return [(note, name) for note, name in session.exec(query).all()]


def score(juror_id: int, entry_id: str, criterion_id: int, *, session: Session) -> Score | None:
    query = select(Score).where(Score.juror_id == juror_id, Score.entry_id == entry_id,
                                Score.criterion_id == criterion_id)
    return session.exec(query).first()


def jury_record(*, session: Session) -> tuple[list, list, list]:
    """(juror, entry, criterion, value, note) per score, (juror, entry, note) per overall note
    and (juror, entry, reason) per recusal, for entries in the running."""
    active = {e.id for e in entries(session=session)}
    criteria_keys = {c.id: c.key for c in criteria(session=session)}
    names = {j.id: j.name for j in jurors(session=session)}
    scores = [(names[s.juror_id], s.entry_id, criteria_keys[s.criterion_id], s.value, s.note)
              for s in session.exec(select(Score)).all() if s.entry_id in active]
    notes = [(names[n.juror_id], n.entry_id, n.note)
             for n in session.exec(select(EntryNote)).all() if n.entry_id in active]
    recused = [(names[r.juror_id], r.entry_id, r.reason)
               for r in recusals(session=session) if r.entry_id in active]
    return scores, notes, recused
