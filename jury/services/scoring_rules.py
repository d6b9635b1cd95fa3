"""The rules every route to a score passes (the app, a scores file, a scoresheet): who may
write, in which phase, on which entry, beside which recusal; each refusal said by its
catalogue key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from jury import limits, repository
from jury.award_settings import Scale
from jury.errors import ImportProblems, NotFoundError, PermissionDenied, ScoredError
from jury.i18n import Both, Count, Message, Word
from jury.models import RECUSAL_REASONS, EntryNote, Juror, Recusal, Score, ScoreData, utcnow
from jury.services.base import Actor, audit, audit_many, load_settings, require_award


@dataclass(frozen=True)
class RecordSummary:
    new: int
    changed: int
    unchanged: int


def scale_said(scale: Scale) -> Message:
    """The scale as '1–10' or '1–10 in steps of 0.5', in the reader's language."""
    values = {"min": float(scale.min), "max": float(scale.max)}
    if scale.step == 1:
        return Message("service.scale", values)
    return Message("service.scale_step", {**values, "step": float(scale.step)})


def _record(
    session: Session, actor: Actor, rows: Sequence[ScoreData], source: str
) -> RecordSummary:
    limits.check_keys(*(key for r in rows for key in (r.juror, r.entry_id, r.criterion)))
    award = require_award(session, lock="share")
    settings = load_settings(session)
    if award.phase == "final":
        raise PermissionDenied("score.final")
    jurors = {j.name: j for j in repository.jurors(session=session)}
    repository.lock_jurors((int(jurors[r.juror].id or 0) for r in rows if r.juror in jurors),
                           session=session)
    entries = {e.id for e in repository.entries(session=session)}
    rows_of_criteria = repository.criteria(session=session)
    criteria = {c.key: c.id for c in rows_of_criteria}
    labels = {c.key: Both(c.label_nl, c.label_en) for c in rows_of_criteria}
    # Read after the jurors' rows are locked: a recusal another terminal is declaring now is
    # either committed and seen here, or waits for this transaction.
    recused = {(r.juror_id, r.entry_id) for r in repository.recusals(session=session)}
    problems: list[str | Message] = []
    for number, row in enumerate(rows, start=1):
        where = Message("score.where", {"n": number, "juror": row.juror, "entry": row.entry_id,
                                        "criterion": labels.get(row.criterion, row.criterion)})

        def problem(key: str, where: Message = where, **values: Any) -> None:
            problems.append(Message("service.problem_at",
                                    {"where": where, "problem": Message(key, values)}))

        juror = jurors.get(row.juror)
        if juror is None:
            problem("score.problem.no_juror", name=row.juror)
        else:
            if actor.role == "juror":
                _check_own_scoring(actor, juror, award.phase)
            if row.value is not None and (juror.id, row.entry_id) in recused:
                problem("score.recused", **recused_message(row.juror, row.entry_id).values)
        if row.entry_id not in entries:
            problem("score.problem.no_entry", entry=row.entry_id)
        if row.criterion not in criteria:
            problem("score.problem.no_criterion", criterion=row.criterion,
                    criteria=list(labels.values()))
        if row.value is not None and not settings.scale.allows(row.value):
            problem("score.problem.off_scale", value=float(row.value),
                    scale=scale_said(settings.scale))
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
        on = dict(juror=row.juror, entry=entry_id, criterion=labels[row.criterion])
        limits.check_new_text("note", row.note, old.note if old else "",
                              Message("what.note_by", on))
        before = old.for_entrant if old else ""
        entrant = before if row.for_entrant is None else row.for_entrant
        limits.check_new_text("for_entrant", entrant, before,
                              Message("what.entrant_note_by", on))
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
    limits.check_new_text("note", note, before, Message("what.overall_note", {"entry": entry_id}))
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
        raise PermissionDenied("recusal.bad_reason", reason=reason,
                               reasons=list(RECUSAL_REASONS))
    if reason == "other" and not text.strip():
        raise PermissionDenied("recusal.needs_text")
    limits.check_keys(juror, entry_id)
    found = _juror_for(session, actor, juror)  # holds the juror's row until commit
    _require_entry(session, entry_id)
    if repository.recusal(found.id, entry_id, session=session) is not None:  # type: ignore[arg-type]
        return 0
    limits.check_text("reason", text.strip(),
                      Message("what.recusal_reason", {"entry": entry_id}))
    scored = [s for s in repository.juror_scores(found.id, session=session)  # type: ignore[arg-type]
              if s.entry_id == entry_id and s.value is not None]
    if scored and not clear_scores:
        raise ScoredError("recusal.scored.one" if len(scored) == 1 else "recusal.scored",
                          juror=juror, scores=Count(len(scored), "score"), entry=entry_id)
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


def recused_message(juror: str, entry_id: str) -> Message:
    """Why a juror's score on an entry they recused from is refused."""
    return Message("score.recused", {"juror": juror, "entry": entry_id})


def _check_own_scoring(actor: Actor, juror: Juror, phase: str) -> None:
    if juror.name != actor.name:
        raise PermissionDenied("score.own_only", name=actor.name)
    if phase != "scoring":
        raise PermissionDenied("score.read_only", phase=Word(f"phase.{phase}"))
    if juror.submitted_at is not None:
        raise PermissionDenied("score.submitted", name=actor.name)


def _juror_for(session: Session, actor: Actor, name: str) -> Juror:
    award = require_award(session, lock="share")
    juror = repository.juror_by_name(name, session=session, lock=True)
    if juror is None:
        raise NotFoundError("service.no_juror", name=name)
    if award.phase == "final":
        raise PermissionDenied("score.final_all")
    if actor.role == "juror":
        _check_own_scoring(actor, juror, award.phase)
    return juror


def _require_entry(session: Session, entry_id: str) -> None:
    entry = repository.entry(entry_id, session=session)
    if entry is None or entry.withdrawn:
        raise NotFoundError("service.no_entry", entry=entry_id)
