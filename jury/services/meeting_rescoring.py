"""Re-scoring during the meeting: the chair reopens an entry with a reason, a juror's new
score is kept as a shift from the independent score taken when the meeting opened."""

from __future__ import annotations

from sqlmodel import col, select

from jury import limits, repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied
from jury.i18n import Message
from jury.models import Score, utcnow
from jury.models_meeting import Meeting, Rescoring
from jury.services.base import Actor, Service, audit, require, require_award, retried, scale_of
from jury.services.meeting_record import Shift, _bump, _require_meeting, _rescoring, _shifts


class RescoringActs(Service):
    """The meeting's re-scoring acts; MeetingService has them all."""

    @retried
    def reopen_entry(self, actor: Actor, entry_id: str, reason: str) -> None:
        """Let the jurors change their scores on one entry during the meeting; needs a
        reason. Each change is kept as a shift from the independent score."""
        require(actor, "chair", because="meeting.chair_leads")
        reason = limits.check_text("reason", reason.strip(), Message("what.reason"))
        if not reason:
            raise PermissionDenied("meeting.reason_needed")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError("meeting.no_entry", entry=entry_id)
            if _rescoring(session, meeting, entry_id) is not None:
                raise ConflictError("meeting.already_rescoring", entry=entry_id)
            session.add(Rescoring(meeting_id=int(meeting.id or 0), entry_id=entry_id, reason=reason,
                                  opened_by=actor.name, opened_at=utcnow()))
            _bump(session, meeting)
            audit(session, actor, "meeting.rescoring_opened", entry_id, detail=reason)

    @retried
    def close_rescoring(self, actor: Actor, entry_id: str) -> None:
        require(actor, "chair", because="meeting.chair_leads")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            found = _rescoring(session, meeting, entry_id)
            if found is None:
                raise ConflictError("meeting.not_rescoring", entry=entry_id)
            found.closed_at = utcnow()
            session.add(found)
            _bump(session, meeting)
            audit(session, actor, "meeting.rescoring_closed", entry_id)

    @retried
    def rescore(self, actor: Actor, entry_id: str, criterion: str, value: float) -> Shift:
        """A juror's new score on an entry the chair reopened: stored, audited as a shift
        from the independent score."""
        require(actor, "juror", because="meeting.juror_rescores")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if _rescoring(session, meeting, entry_id) is None:
                raise PermissionDenied("meeting.not_rescoring_juror", entry=entry_id)
            award = require_award(session)
            scale = scale_of(award)
            if not scale.allows(value):
                raise PermissionDenied(
                    "meeting.outside_scale" if scale.step == 1 else "meeting.outside_scale_step",
                    value=float(value), low=float(scale.min), high=float(scale.max),
                    step=float(scale.step))
            juror = repository.juror_by_name(actor.name, session=session, lock=True)
            criteria = {c.key: c.id for c in repository.criteria(session=session)}
            if juror is None or criterion not in criteria:
                raise NotFoundError("meeting.no_criterion", criterion=criterion)
            if repository.recusal(int(juror.id or 0), entry_id, session=session) is not None:
                raise PermissionDenied("meeting.recused", name=actor.name, entry=entry_id)
            found = repository.score(int(juror.id or 0), entry_id, int(criteria[criterion] or 0),
                                     session=session)
            old = found.value if found else None
            if found is None:
                found = Score(juror_id=int(juror.id or 0), entry_id=entry_id,
                              criterion_id=int(criteria[criterion] or 0), value=value,
                              updated_at=utcnow())
            else:
                found.value, found.version = value, found.version + 1
                found.updated_at = utcnow()
            session.add(found)
            before = meeting.independent.get(entry_id, {}).get(actor.name, {}).get(criterion)
            _bump(session, meeting)
            audit(session, actor, "meeting.shift", f"{entry_id} · {criterion}",
                  old={"independent": before, "previous": old}, new=value)
            return Shift(entry_id, actor.name, criterion, before, value)

    def shifts(self, actor: Actor) -> tuple[Shift, ...]:
        """Every score that moved from its independent value during the newest meeting."""
        require(actor, "chair", "secretary", because="meeting.record_readers")
        with self.reading() as session:
            meeting = session.exec(select(Meeting).order_by(col(Meeting.id).desc())).first()
            return _shifts(session, meeting) if meeting else ()
