"""Recording scores, notes, recusals and submissions, with the phase rules and the audit trail."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from jury import limits, repository
from jury.db import RECUSED_SCORE
from jury.errors import (
    ConflictError,
    ImportProblems,
    NotFoundError,
    PermissionDenied,
    ScoredError,
    StaleWriteError,
)
from jury.models import RECUSAL_REASONS, EntryNote, Juror, Recusal, Score, ScoreData, utcnow
from jury.services.base import (
    Actor,
    Service,
    audit,
    audit_many,
    load_settings,
    require_award,
    retried,
    scale_of,
)

Method = TypeVar("Method", bound=Callable[..., Any])


def recusal_guarded(method: Method) -> Method:
    """Turn the database's own refusal of a score beside a recusal (jury.db, schema 3) into
    a message: it fires only when a write got past the checks here, such as a hand-typed
    query or a future route that forgot them."""

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except DBAPIError as error:
            if RECUSED_SCORE not in str(error.orig):
                raise
            raise ConflictError(
                f"The database refused this: {RECUSED_SCORE}. Nothing was saved; look at the "
                "entry again (another terminal may have just declared or scored it).",
                title="Conflict of interest") from None

    return run  # type: ignore[return-value]


@dataclass(frozen=True)
class Saved:
    version: int
    saved_at: datetime


@dataclass(frozen=True)
class RecordSummary:
    new: int
    changed: int
    unchanged: int


class ScoringService(Service):
    @retried
    @recusal_guarded
    def record_scores(
        self, actor: Actor, rows: Sequence[ScoreData], *, source: str = ""
    ) -> RecordSummary:
        """Store many scores at once (a paper form, an import, the demo): all or nothing.

        A juror may record only their own scores, during scoring, before submitting; the
        secretary and the chair may record on a juror's behalf until the award is final.
        Every new or changed score is audited with its old and new value.
        """
        with self.transaction() as session:
            return _record(session, actor, rows, source)

    @retried
    @recusal_guarded
    def import_scores(
        self,
        actor: Actor,
        rows: Sequence[ScoreData],
        recusals: Sequence[tuple[str, str, str, str]] = (),
        *,
        source: str,
    ) -> RecordSummary:
        """Scores and recusals from one file, in one transaction: all of it, or none."""
        with self.transaction() as session:
            summary = _record(session, actor, rows, f"imported from {source}")
            problems = []
            for juror, entry_id, reason, text in recusals:
                try:
                    _recuse(session, actor, juror, entry_id, reason, text,
                            detail=f"imported from {source}")
                except ScoredError as scored:
                    problems.append(f"{source}: {scored.message}")
            if problems:
                raise ImportProblems(problems, what="scores")
            audit(session, actor, "scores.imported", source,
                  new={"new": summary.new, "changed": summary.changed,
                       "unchanged": summary.unchanged, "recusals": len(recusals)})
            return summary

    @retried
    @recusal_guarded
    def set_score(
        self,
        actor: Actor,
        entry_id: str,
        criterion: str,
        value: float | None,
        note: str,
        *,
        expected_version: int = 0,
        juror: str | None = None,
        for_entrant: str | None = None,
    ) -> Saved:
        """Save one score and its note at once: the juror's screen calls this on every change.

        `for_entrant` is the note for the entrant beside it (None: leave it as stored).

        `expected_version` is the version the screen showed (0: none yet). If the stored score
        moved on since (the same juror in another terminal), nothing is saved and
        StaleWriteError carries the newer value, so nobody overwrites it unknowingly.
        """
        juror = juror or actor.name
        limits.check_keys(juror, entry_id, criterion)
        with self.transaction() as session:
            found = _juror_for(session, actor, juror)
            scale = scale_of(require_award(session))
            _require_entry(session, entry_id)
            if repository.recusal(found.id, entry_id, session=session) is not None:  # type: ignore[arg-type]
                raise PermissionDenied(recused_message(juror, entry_id))
            criteria = {c.key: c for c in repository.criteria(session=session)}
            if criterion not in criteria:
                raise NotFoundError(f"No criterion {criterion!r}.")
            if value is not None and not scale.allows(value):
                raise PermissionDenied(f"{value:g} is not on the scale "
                                       f"{scale.describe()}; nothing was saved.")
            key = (int(found.id or 0), entry_id, int(criteria[criterion].id or 0))
            stored = repository.score(*key, session=session)
            current = stored.version if stored is not None else 0
            if current != expected_version:
                raise StaleWriteError(
                    "score.stale" if stored is not None and stored.value is not None
                    else "score.stale_empty",
                    current=(stored.value, stored.note, stored.version) if stored else None,
                    entry=entry_id, criterion=criterion,
                    value=float(stored.value) if stored and stored.value is not None else 0.0)
            now = utcnow()
            subject = f"{juror} · {entry_id} · {criterion}"
            limits.check_new_text("note", note, stored.note if stored else "",
                                  f"The note on {entry_id}, {criterion}")
            before = stored.for_entrant if stored else ""
            entrant = before if for_entrant is None else for_entrant
            limits.check_new_text("for_entrant", entrant, before,
                                  f"The note for the entrant on {entry_id}, {criterion}")
            if stored is None:
                stored = Score(juror_id=key[0], entry_id=entry_id, criterion_id=key[2],
                               value=value, note=note, for_entrant=entrant, version=1,
                               updated_at=now)
                audit(session, actor, "score.set", subject,
                      new=_said(value, note, entrant))
            elif (stored.value, stored.note, stored.for_entrant) != (value, note, entrant):
                audit(session, actor, "score.set", subject,
                      old=_said(stored.value, stored.note, stored.for_entrant),
                      new=_said(value, note, entrant))
                stored.value, stored.note, stored.for_entrant = value, note, entrant
                stored.version += 1
                stored.updated_at = now
            else:
                return Saved(stored.version, stored.updated_at)
            session.add(stored)
            return Saved(stored.version, now)

    @retried
    def set_entry_note(
        self,
        actor: Actor,
        juror: str,
        entry_id: str,
        note: str,
        *,
        expected_version: int | None = None,
    ) -> Saved:
        """A juror's overall note on an entry: material for the jury report."""
        limits.check_keys(juror, entry_id)
        with self.transaction() as session:
            found = _juror_for(session, actor, juror)
            _require_entry(session, entry_id)
            notes = repository.entry_notes_for(found.id, session=session)  # type: ignore[arg-type]
            old = notes.get(entry_id)
            current = old.version if old is not None else 0
            if expected_version is not None and current != expected_version:
                raise StaleWriteError("score.stale_note", current=old.note if old else None,
                                      entry=entry_id)
            if old is not None and old.note == note:
                return Saved(old.version, old.updated_at)
            row = _write_note(session, actor, juror, int(found.id or 0), entry_id, old, note)
            return Saved(row.version, row.updated_at)

    @retried
    def withdraw_recusal(self, actor: Actor, juror: str, entry_id: str) -> None:
        """Take back a declared conflict of interest, during scoring only."""
        with self.transaction() as session:
            found = _juror_for(session, actor, juror)
            _withdraw(session, actor, juror, int(found.id or 0), entry_id)

    @retried
    @recusal_guarded
    def declare_recusal(
        self, actor: Actor, juror: str, entry_id: str, reason: str, text: str = "", *,
        clear_scores: bool = False,
    ) -> int:
        """A conflict of interest: the juror gives no scores for this entry.

        Refused (ScoredError) while the juror has scores on the entry, unless `clear_scores`:
        then those values are emptied in the same transaction (their notes stay; the audit
        trail keeps the values). Returns how many values were cleared.
        """
        with self.transaction() as session:
            return _recuse(session, actor, juror, entry_id, reason, text,
                           clear_scores=clear_scores)

    @retried
    def submit(self, actor: Actor, juror: str) -> None:
        """Mark a juror's scoring complete; refused while an entry is neither scored nor recused."""
        with self.transaction() as session:
            found = _juror_for(session, actor, juror)
            if found.submitted_at is not None:
                return
            missing = repository.unfinished_entries(found.id, session=session)  # type: ignore[arg-type]
            if missing:
                shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
                raise PermissionDenied(
                    f"{juror} cannot submit yet: {len(missing)} "
                    f"entr{'y is' if len(missing) == 1 else 'ies are'} not fully scored or "
                    f"recused ({shown})."
                )
            found.submitted_at = utcnow()
            session.add(found)
            audit(session, actor, "scoring.submitted", juror)


def _record(
    session: Session, actor: Actor, rows: Sequence[ScoreData], source: str
) -> RecordSummary:
    limits.check_keys(*(key for r in rows for key in (r.juror, r.entry_id, r.criterion)))
    award = require_award(session, lock="share")
    settings = load_settings(session)
    if award.phase == "final":
        raise PermissionDenied("The award is final: no score can change any more.")
    jurors = {j.name: j for j in repository.jurors(session=session)}
    repository.lock_jurors((int(jurors[r.juror].id or 0) for r in rows if r.juror in jurors),
                           session=session)
    entries = {e.id for e in repository.entries(session=session)}
    criteria = {c.key: c.id for c in repository.criteria(session=session)}
    # Read after the jurors' rows are locked: a recusal another terminal is declaring now is
    # either committed and seen here, or waits for this transaction.
    recused = {(r.juror_id, r.entry_id) for r in repository.recusals(session=session)}
    problems = []
    for number, row in enumerate(rows, start=1):
        where = f"score {number} ({row.juror}, {row.entry_id}, {row.criterion})"
        juror = jurors.get(row.juror)
        if juror is None:
            problems.append(f"{where}: no juror named {row.juror!r}.")
        else:
            if actor.role == "juror":
                _check_own_scoring(actor, juror, award.phase)
            if row.value is not None and (juror.id, row.entry_id) in recused:
                problems.append(f"{where}: {recused_message(row.juror, row.entry_id)}")
        if row.entry_id not in entries:
            problems.append(f"{where}: no entry {row.entry_id!r} in the running.")
        if row.criterion not in criteria:
            problems.append(f"{where}: no criterion {row.criterion!r}; the criteria "
                            f"are {', '.join(criteria)}.")
        if row.value is not None and not settings.scale.allows(row.value):
            problems.append(f"{where}: {row.value:g} is outside "
                            f"{settings.scale.describe()}.")
    if problems:
        raise ImportProblems(problems, what="scores")
    keyed = {
        (int(jurors[r.juror].id or 0), r.entry_id, int(criteria[r.criterion] or 0)): r
        for r in rows
    }
    stored = repository.scores_for(keyed, session=session)
    now = utcnow()
    new_rows, updates, events = [], [], []
    unchanged = 0
    for (juror_id, entry_id, criterion_id), row in keyed.items():
        old = stored.get((juror_id, entry_id, criterion_id))
        subject = f"{row.juror} · {entry_id} · {row.criterion}"
        limits.check_new_text("note", row.note, old.note if old else "", f"The note on {subject}")
        before = old.for_entrant if old else ""
        entrant = before if row.for_entrant is None else row.for_entrant
        limits.check_new_text("for_entrant", entrant, before,
                              f"The note for the entrant on {subject}")
        if old is None:
            new_rows.append(dict(juror_id=juror_id, entry_id=entry_id,
                                 criterion_id=criterion_id, value=row.value,
                                 note=row.note, for_entrant=entrant, version=1,
                                 updated_at=now))
            events.append(dict(actor=actor.label, action="score.set", subject=subject,
                               new=_said(row.value, row.note, entrant),
                               detail=source))
        elif (old.value, old.note, old.for_entrant) != (row.value, row.note, entrant):
            updates.append(dict(b_id=old.id, value=row.value, note=row.note,
                                for_entrant=entrant, version=old.version + 1, updated_at=now))
            events.append(dict(actor=actor.label, action="score.set", subject=subject,
                               old=_said(old.value, old.note, old.for_entrant),
                               new=_said(row.value, row.note, entrant),
                               detail=source))
        else:
            unchanged += 1
    table = Score.__table__  # type: ignore[attr-defined]
    conn = session.connection()
    if new_rows:
        conn.execute(sa.insert(table), new_rows)
    if updates:
        conn.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id")), updates)
    audit_many(session, events)
    return RecordSummary(len(new_rows), len(updates), unchanged)


def _said(value: float | None, note: str, for_entrant: str) -> dict[str, Any]:
    """A score as the audit trail keeps it; the note for the entrant only when there is one,
    so the trail of an award without feedback reads as before."""
    said: dict[str, Any] = {"value": value, "note": note}
    if for_entrant:
        said["for_entrant"] = for_entrant
    return said


def _write_note(session: Session, actor: Actor, juror: str, juror_id: int, entry_id: str,
                old: EntryNote | None, note: str, *, detail: str = "") -> EntryNote:
    """Store a juror's overall note as its next version, audited with the old text."""
    row = old or EntryNote(juror_id=juror_id, entry_id=entry_id, version=0)
    before = old.note if old is not None else None
    # Every route to an overall note passes here (the app, a returned scoresheet).
    limits.check_new_text("note", note, before, f"The overall note on {entry_id}")
    row.note, row.version, row.updated_at = note, row.version + 1, utcnow()
    session.add(row)
    audit(session, actor, "note.set", f"{juror} · {entry_id}",
          old=None if before is None else {"note": before}, new={"note": note}, detail=detail)
    return row


def _withdraw(session: Session, actor: Actor, juror: str, juror_id: int, entry_id: str,
              *, detail: str = "") -> None:
    recusal = repository.recusal(juror_id, entry_id, session=session)
    if recusal is None:
        return
    session.delete(recusal)
    session.flush()
    audit(session, actor, "recusal.withdrawn", f"{juror} · {entry_id}",
          old={"reason": recusal.reason, "text": recusal.reason_text}, detail=detail)


def _recuse(
    session: Session, actor: Actor, juror: str, entry_id: str, reason: str, text: str,
    *, detail: str = "", clear_scores: bool = False,
) -> int:
    """Declare a recusal; refused beside the juror's scores on the entry unless they are
    cleared with it. Returns how many values were cleared."""
    if reason not in RECUSAL_REASONS:
        raise PermissionDenied(f"{reason!r} is not a reason; use one of "
                               f"{', '.join(RECUSAL_REASONS)}.")
    if reason == "other" and not text.strip():
        raise PermissionDenied("A recusal for another reason needs a few words of explanation.")
    limits.check_keys(juror, entry_id)
    found = _juror_for(session, actor, juror)  # holds the juror's row until commit
    _require_entry(session, entry_id)
    if repository.recusal(found.id, entry_id, session=session) is not None:  # type: ignore[arg-type]
        return 0
    limits.check_text("reason", text.strip(), f"The reason for the recusal on {entry_id}")
    scored = [s for s in repository.juror_scores(found.id, session=session)  # type: ignore[arg-type]
              if s.entry_id == entry_id and s.value is not None]
    if scored and not clear_scores:
        raise ScoredError(
            f"{juror} has {len(scored)} score{'s' if len(scored) != 1 else ''} on {entry_id}: "
            "a conflict of interest cannot stand beside them. Clear those scores before "
            "declaring it.")
    if scored:
        criteria = {c.id: c.key for c in repository.criteria(session=session)}
        now = utcnow()
        for score in scored:
            audit(session, actor, "score.set", f"{juror} · {entry_id} · "
                  f"{criteria[score.criterion_id]}",
                  old={"value": score.value, "note": score.note},
                  new={"value": None, "note": score.note},
                  detail="cleared: conflict of interest declared")
            score.value, score.version, score.updated_at = None, score.version + 1, now
            session.add(score)
        session.flush()
    session.add(Recusal(juror_id=found.id, entry_id=entry_id, reason=reason,  # type: ignore[arg-type]
                        reason_text=text.strip(), created_at=utcnow()))
    audit(session, actor, "recusal.declared", f"{juror} · {entry_id}",
          new={"reason": reason, "text": text.strip()}, detail=detail)
    return len(scored)


def recused_message(juror: str, entry_id: str) -> str:
    return (f"{juror} has a conflict of interest on {entry_id}: withdraw the recusal before "
            "scoring.")


def _check_own_scoring(actor: Actor, juror: Juror, phase: str) -> None:
    if juror.name != actor.name:
        raise PermissionDenied(f"{actor.name} can only record their own scores.")
    if phase != "scoring":
        raise PermissionDenied(f"The jury is in {phase}: scores are read-only now.")
    if juror.submitted_at is not None:
        raise PermissionDenied(f"{actor.name} has submitted: the scores are locked until the "
                               "chair reopens them.")


def _juror_for(session: Session, actor: Actor, name: str) -> Juror:
    award = require_award(session, lock="share")
    juror = repository.juror_by_name(name, session=session, lock=True)
    if juror is None:
        raise NotFoundError(f"No juror named {name!r}.")
    if award.phase == "final":
        raise PermissionDenied("The award is final: nothing can change any more.")
    if actor.role == "juror":
        _check_own_scoring(actor, juror, award.phase)
    return juror


def _require_entry(session: Session, entry_id: str) -> None:
    entry = repository.entry(entry_id, session=session)
    if entry is None or entry.withdrawn:
        raise NotFoundError(f"No entry {entry_id!r} in the running.")
