"""Recording scores, notes, recusals and submissions, with the phase rules and the audit trail."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError

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
from jury.i18n import Both, Count, Message
from jury.models import Score, ScoreData, utcnow
from jury.services.base import Actor, Service, audit, require_award, retried, scale_of
from jury.services.scoring_rules import (
    RecordSummary,
    _check_own_scoring,
    _juror_for,
    _record,
    _recuse,
    _require_entry,
    _said,
    _withdraw,
    _write_note,
    recused_message,
    scale_said,
)

__all__ = ["ConflictError", "NotFoundError", "PermissionDenied", "RecordSummary", "Saved",
           "ScoredError", "ScoringService", "StaleWriteError", "_check_own_scoring",
           "_juror_for", "_recuse", "_record", "_require_entry", "_said", "_withdraw",
           "_write_note", "recusal_guarded", "recused_message", "scale_said"]

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
            raise ConflictError("score.db_recused", title="error.title.conflict_of_interest",
                                rule=RECUSED_SCORE) from None

    return run  # type: ignore[return-value]


@dataclass(frozen=True)
class Saved:
    version: int
    saved_at: datetime


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
                    problems.append(Message("service.problem_at",
                                            {"where": source, "problem": scored.said}))
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
                raise PermissionDenied("score.recused", **recused_message(juror, entry_id).values)
            criteria = {c.key: c for c in repository.criteria(session=session)}
            if criterion not in criteria:
                raise NotFoundError("score.no_criterion", criterion=criterion)
            if value is not None and not scale.allows(value):
                raise PermissionDenied("score.off_scale", value=float(value),
                                       scale=scale_said(scale))
            key = (int(found.id or 0), entry_id, int(criteria[criterion].id or 0))
            stored = repository.score(*key, session=session)
            current = stored.version if stored is not None else 0
            if current != expected_version:
                raise StaleWriteError(
                    "score.stale" if stored is not None and stored.value is not None
                    else "score.stale_empty",
                    current=(stored.value, stored.note, stored.version) if stored else None,
                    entry=entry_id,
                    criterion=Both(criteria[criterion].label_nl, criteria[criterion].label_en),
                    value=float(stored.value) if stored and stored.value is not None else 0.0)
            now = utcnow()
            subject = f"{juror} · {entry_id} · {criterion}"
            on = {"entry": entry_id, "criterion": Both(criteria[criterion].label_nl,
                                                       criteria[criterion].label_en)}
            limits.check_new_text("note", note, stored.note if stored else "",
                                  Message("what.note_on", on))
            before = stored.for_entrant if stored else ""
            entrant = before if for_entrant is None else for_entrant
            limits.check_new_text("for_entrant", entrant, before,
                                  Message("what.entrant_note_on", on))
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
                    "score.unfinished.one" if len(missing) == 1 else "score.unfinished",
                    juror=juror, entries=Count(len(missing), "entry"), shown=shown)
            found.submitted_at = utcnow()
            session.add(found)
            audit(session, actor, "scoring.submitted", juror)
