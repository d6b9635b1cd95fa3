"""The jury meeting: the chair walks the agenda, the jurors' screens follow, conflicts step
out, re-scoring is recorded as a shift from the independent score, the minutes are signed.

Only the chair opens, moves and closes; the meeting runs during the deliberation. Every
change bumps the meeting's `version`, which following screens poll (see jury.services.follow).
The agenda, timer and attendance are here; re-scoring is in jury.services.meeting_rescoring,
what both share (the views, the helpers) in jury.services.meeting_record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from jury import repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied
from jury.models import utcnow
from jury.models_meeting import Meeting, MeetingPresence, MeetingStep, Rescoring
from jury.services.base import Actor, audit, require, retried
from jury.services.meeting_record import (
    NOTIFY_CHANNEL,
    SCREEN,
    AgendaEntry,
    MeetingView,
    PanelSummary,
    Shift,
    _agenda_entries,
    _bump,
    _default_agenda,
    _end_step,
    _notify,
    _open_meeting,
    _parse_agenda,
    _require_deliberation,
    _require_meeting,
    _score_table,
    _shifts,
    _stepping_out,
    _summary,
    conflicted,
)
from jury.services.meeting_rescoring import RescoringActs

__all__ = ["NOTIFY_CHANNEL", "SCREEN", "AgendaEntry", "MeetingService", "MeetingView",
           "PanelSummary", "Shift", "_agenda_entries", "_bump", "_open_meeting", "_shifts",
           "conflicted"]


class MeetingService(RescoringActs):
    """The meeting: one class, its re-scoring acts inherited from RescoringActs."""

    @retried
    def open(self, actor: Actor, agenda: Sequence[str] | None = None) -> MeetingView:
        """Open the meeting on the agenda's order (the chair's agenda per category, then the
        category's ballot), or on the chair's own list of 'entry:ID' and 'ballot:CATEGORY'.
        The scores as they stand now are kept as the independent scores."""
        require(actor, "chair", because="meeting.chair_leads")
        with self.transaction() as session:
            _require_deliberation(session)
            if _open_meeting(session) is not None:
                raise ConflictError("meeting.already_open")
            items = (_parse_agenda(session, agenda) if agenda
                     else _default_agenda(session, actor))
            meeting = Meeting(opened_by=actor.name, opened_at=utcnow(),
                              agenda=[{"kind": i.kind, "subject": i.subject} for i in items],
                              independent=_score_table(session))
            session.add(meeting)
            session.flush()
            audit(session, actor, "meeting.opened", str(meeting.id),
                  new=[f"{i.kind}:{i.subject}" for i in items])
            _notify(session)
        return self.view(actor, summary=False)

    @retried
    def move(self, actor: Actor, position: int) -> MeetingView:
        """Take agenda item `position` (0-based) under discussion: the last one ends, the
        jurors recused on the new one are listed as stepping out."""
        require(actor, "chair", because="meeting.chair_leads")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if not 0 <= position < len(meeting.agenda):
                raise NotFoundError("meeting.no_item", last=len(meeting.agenda),
                                    n=position + 1)
            now = utcnow()
            _end_step(session, meeting, now)
            item = meeting.agenda[position]
            out = _stepping_out(session, item)
            session.add(MeetingStep(meeting_id=int(meeting.id or 0), position=position,
                                    kind=item["kind"], subject=item["subject"], started_at=now,
                                    stepped_out=out))
            old = meeting.position
            meeting.position, meeting.item_started_at = position, now
            meeting.timer_seconds = None
            _bump(session, meeting)
            audit(session, actor, "meeting.moved", f"{item['kind']}:{item['subject']}",
                  old=old, new=position, detail=("stepped out: " + ", ".join(out)) if out else "")
        return self.view(actor, summary=False)

    def step(self, actor: Actor, by: int) -> MeetingView:
        """The next (by=1) or previous (by=-1) agenda item."""
        current = self.view(actor, summary=False)
        start = -1 if current.position is None else current.position
        return self.move(actor, max(0, min(len(current.agenda) - 1, start + by)))

    @retried
    def set_timer(self, actor: Actor, seconds: int | None) -> None:
        """The time the chair gives the current item, counted from now (the screens show
        what is left); None clears it. A move to another item clears it too."""
        require(actor, "chair", because="meeting.chair_leads")
        if seconds is not None and not 0 < seconds <= 4 * 3600:
            raise PermissionDenied("meeting.timer_range")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if meeting.position is None:
                raise ConflictError("meeting.timer_needs_item")
            old = meeting.timer_seconds
            meeting.timer_seconds = seconds
            # item_started_at is the timer's start: only the timer reads it.
            meeting.item_started_at = utcnow()
            _bump(session, meeting)
            audit(session, actor, "meeting.timer", str(meeting.id), old=old, new=seconds)

    @retried
    def close(self, actor: Actor) -> None:
        """End the meeting: the last item ends; re-scoring still open closes."""
        require(actor, "chair", because="meeting.chair_leads")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            now = utcnow()
            _end_step(session, meeting, now)
            for row in session.exec(select(Rescoring).where(
                    Rescoring.meeting_id == meeting.id, Rescoring.closed_at == None)):  # noqa: E711
                row.closed_at = now
                session.add(row)
            meeting.closed_at = now
            _bump(session, meeting)
            audit(session, actor, "meeting.closed", str(meeting.id))

    @retried
    def join(self, actor: Actor) -> None:
        """A juror or the chair is in the meeting: the minutes list who was present."""
        if actor.role not in ("juror", "chair"):
            return
        with self.transaction() as session:
            meeting = _open_meeting(session)
            juror = repository.juror_by_name(actor.name, session=session)
            if meeting is None or juror is None:
                return
            seen = session.exec(select(MeetingPresence).where(
                MeetingPresence.meeting_id == meeting.id,
                MeetingPresence.juror_id == juror.id)).first()
            # Once recorded, present or marked absent by the chair, a sign-in changes nothing.
            if seen is None:
                session.add(MeetingPresence(meeting_id=int(meeting.id or 0),
                                            juror_id=int(juror.id or 0), joined_at=utcnow()))
                audit(session, actor, "meeting.joined", str(meeting.id))

    def attendance(self, actor: Actor) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(every juror and chair, those recorded present) of the open meeting: what the
        chair checks and corrects in the meeting screen."""
        require(actor, "chair", because="meeting.chair_leads")
        with self.reading() as session:
            meeting = _require_meeting(session)
            people = repository.jurors(session=session)
            names = {j.id: j.name for j in people}
            present = sorted(names[p.juror_id] for p in session.exec(select(MeetingPresence)
                             .where(MeetingPresence.meeting_id == meeting.id))
                             if p.juror_id in names and not p.absent)
            return tuple(j.name for j in people), tuple(present)

    @retried
    def mark_present(self, actor: Actor, name: str, present: bool) -> bool:
        """The chair records a juror present (in the room without the app, or on paper) or
        absent (signed in but not at the meeting); audited. Returns whether it changed."""
        require(actor, "chair", because="meeting.chair_leads")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            juror = repository.juror_by_name(name, session=session)
            if juror is None:
                raise NotFoundError("meeting.no_juror", name=name)
            seen = session.exec(select(MeetingPresence).where(
                MeetingPresence.meeting_id == meeting.id,
                MeetingPresence.juror_id == juror.id)).first()
            if (seen is not None and not seen.absent) == present:
                return False
            if seen is None:
                session.add(MeetingPresence(meeting_id=int(meeting.id or 0),
                                            juror_id=int(juror.id or 0), joined_at=utcnow()))
            else:
                seen.absent = not present
                session.add(seen)
            _bump(session, meeting)
            audit(session, actor, "meeting.presence", name, old=not present, new=present)
            return True

    def version(self) -> tuple[int, int] | None:
        """(meeting id, version) of the open meeting, or of the newest closed one; None
        before any. One indexed row: what a following screen reads when told of a change."""
        with self.reading() as session:
            row = session.exec(select(Meeting.id, Meeting.version)
                               .order_by(col(Meeting.id).desc()).limit(1)).first()
            return (int(row[0] or 0), int(row[1])) if row else None

    def view(self, actor: Actor, *, summary: bool = True) -> MeetingView:
        """The open (or newest) meeting as `actor` may see it: the chair everything; a juror
        the entry and its panel unless recused on it (then only that they must step out);
        the projector the entry, the panel's summary and flags, never a juror's score.
        `summary=False` leaves out the panel's summary, which reconciles every score."""
        with self.reading() as session:
            meeting = session.exec(select(Meeting).order_by(col(Meeting.id).desc())).first()
            if meeting is None:
                raise NotFoundError("meeting.none_yet")
            agenda = tuple(_agenda_entries(session, meeting.agenda))
            stepped_out: tuple[str, ...] = ()
            recused = False
            entry_id = None
            position = meeting.position if meeting.closed_at is None else None
            if position is not None:
                item = meeting.agenda[position]
                stepped_out = tuple(_stepping_out(session, item))
                recused = actor.name in stepped_out and actor.role == "juror"
                entry_id = item["subject"] if item["kind"] == "entry" else None
            base: dict[str, Any] = dict(meeting_id=int(meeting.id or 0), version=meeting.version,
                        opened_at=meeting.opened_at, closed_at=meeting.closed_at,
                        agenda=agenda, position=position,
                        item_started_at=meeting.item_started_at,
                        timer_seconds=meeting.timer_seconds, stepped_out=stepped_out,
                        recused=recused)
            if entry_id is None:
                if position is not None and actor.role == "chair":
                    from jury.services.ballots import candidates_for

                    pairs = conflicted(session, candidates_for(
                        session, meeting.agenda[position]["subject"] or None))
                    return MeetingView(**base, ballot_conflicts=tuple(pairs))
                return MeetingView(**base)
            entry = repository.entry(entry_id, session=session)
            title = entry.title if entry else entry_id
            organisation = entry.organisation if entry else ""
            if recused:
                return MeetingView(**base, title=title, organisation=organisation)
            rescoring = session.exec(select(Rescoring).where(
                Rescoring.meeting_id == meeting.id, Rescoring.entry_id == entry_id,
                Rescoring.closed_at == None)).first()  # noqa: E711
            # The panel's summary reconciles every score: the chair and the projector show
            # it; a juror sees the panel itself, and their screen follows faster without it.
            panel = (_summary(session, entry_id) if summary and actor.role != "juror"
                     else None)
            shifts: tuple[Shift, ...] = ()
            if actor.role in ("juror", "chair"):
                shifts = tuple(s for s in _shifts(session, meeting) if s.entry == entry_id)
            description = entry.description if entry else ""
            reason = rescoring.reason if rescoring else None
        record = None
        if actor.role in ("juror", "chair"):
            # Its own reading session, after this one ends: SQLite takes one at a time.
            from jury.services.deliberation import DeliberationService

            record = DeliberationService(self.reader).entry(actor, entry_id)
        return MeetingView(**base, entry=record, title=title, organisation=organisation,
                           description=description, summary=panel, rescoring=reason,
                           shifts=shifts)
