"""The minutes of the jury meeting, gathered from the record, and the jurors' sign-off.

The minutes are provisional until every juror who was present has signed off ("akkoord",
or a remark that is kept); an absent juror cannot vouch for a meeting they missed, and may
still sign. Ballots appear with their anonymous count only: never who voted how, and not even
who voted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from jury import limits, repository
from jury.errors import NotFoundError, PermissionDenied
from jury.i18n import Message
from jury.models import utcnow
from jury.models_meeting import Meeting, MeetingPresence, MeetingStep, MinutesSignoff, Rescoring
from jury.services.base import Actor, Service, audit, require, require_award, retried


@dataclass(frozen=True)
class MinutesItem:
    position: int
    kind: str
    subject: str
    label: str
    started_at: datetime
    ended_at: datetime | None
    stepped_out: tuple[str, ...]


@dataclass(frozen=True)
class SignOff:
    juror: str
    agreed: bool
    remark: str
    at: datetime


@dataclass(frozen=True)
class Minutes:
    award: str
    opened_at: datetime
    closed_at: datetime | None
    chair: tuple[str, ...]
    present: tuple[str, ...]
    jurors: tuple[str, ...]
    conflicts: tuple[tuple[str, str, str, str], ...]  # juror, entry, reason, text
    items: tuple[MinutesItem, ...]
    rescoring: tuple[tuple[str, str, str], ...]  # entry, reason, by
    shifts: tuple[Any, ...]
    consensus: tuple[Any, ...]
    ballots: tuple[Any, ...]
    categories: tuple[Any, ...]
    phases: tuple[tuple[datetime, str, str, str], ...]  # at, old, new, reason
    signoffs: tuple[SignOff, ...]
    titles: dict[str, str]
    # key -> (Dutch label, English label): the minutes name criteria and categories by
    # their label in the minutes' language, never by their key.
    criteria: dict[str, tuple[str, str]] = field(default_factory=dict)
    category_labels: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def signers(self) -> tuple[str, ...]:
        """Whose sign-off settles the minutes: the jurors present (all of them when the
        attendance is empty), and every juror who signed anyway."""
        signed = {s.juror for s in self.signoffs}
        present = [n for n in self.jurors if n in self.present] or list(self.jurors)
        return tuple(n for n in self.jurors if n in present or n in signed)

    @property
    def provisional(self) -> bool:
        signed = {s.juror for s in self.signoffs}
        return not set(self.signers) <= signed


class MinutesService(Service):
    def minutes(self, actor: Actor) -> Minutes:
        """The newest meeting's minutes, for the chair, the secretary and the jurors who
        sign them off."""
        from jury.services.ballots import BallotService
        from jury.services.deliberation import DeliberationService
        from jury.services.meeting import MeetingService, _agenda_entries

        require(actor, "chair", "secretary", "juror", because="minutes.readers")
        reader = actor if actor.role != "juror" else Actor.secretary()
        decisions = DeliberationService(self.engine).decisions(reader)
        # Closed ballots with their anonymous count; not even who voted.
        ballots = [replace(b, voters=()) for b in BallotService(self.engine).status(reader)
                   if b.state == "closed"]
        shifts = MeetingService(self.engine).shifts(reader)
        with self.reading() as session:
            award = require_award(session)
            meeting = session.exec(select(Meeting).order_by(col(Meeting.id).desc())).first()
            if meeting is None:
                raise NotFoundError("minutes.none_yet")
            jurors = repository.jurors(session=session)
            names = {j.id: j.name for j in jurors}
            labels = {e.subject: e.label for e in _agenda_entries(session, meeting.agenda)}
            items = tuple(MinutesItem(s.position, s.kind, s.subject,
                                      labels.get(s.subject, s.subject), s.started_at,
                                      s.ended_at, tuple(s.stepped_out))
                          for s in session.exec(select(MeetingStep).where(
                              MeetingStep.meeting_id == meeting.id).order_by(col(MeetingStep.id))))
            present = tuple(sorted(names[p.juror_id] for p in session.exec(
                select(MeetingPresence).where(MeetingPresence.meeting_id == meeting.id))
                if p.juror_id in names and not p.absent))
            conflicts = tuple(sorted((names[r.juror_id], r.entry_id, r.reason, r.reason_text)
                                     for r in repository.recusals(session=session)
                                     if r.juror_id in names))
            rescoring = tuple((r.entry_id, r.reason, r.opened_by) for r in session.exec(
                select(Rescoring).where(Rescoring.meeting_id == meeting.id)))
            phases = tuple((e.at, str(e.old), str(e.new), e.detail)
                           for e in repository.audit_events(session=session,
                                                            action="phase.changed"))
            newest: dict[str, SignOff] = {}
            for row in session.exec(select(MinutesSignoff).order_by(col(MinutesSignoff.id))):
                if row.juror_id in names:
                    newest[names[row.juror_id]] = SignOff(names[row.juror_id], row.agreed,
                                                          row.remark, row.signed_at)
            titles = {e: t for e, t, _, _ in repository.entry_summaries(session=session)}
            criteria = {c.key: (c.label_nl, c.label_en)
                        for c in repository.criteria(session=session)}
            category_labels = {c.key: (c.label_nl, c.label_en)
                               for c in repository.categories(session=session)}
            return Minutes(
                f"{award.name} {award.edition}", meeting.opened_at, meeting.closed_at,
                tuple(j.name for j in jurors if j.role == "chair"), present,
                tuple(j.name for j in jurors if j.role == "juror"), conflicts, items,
                rescoring, shifts, decisions.consensus, tuple(ballots), decisions.categories,
                phases, tuple(newest[n] for n in sorted(newest)), titles, criteria,
                category_labels)

    @retried
    def sign_off(self, actor: Actor, *, agreed: bool, remark: str = "") -> SignOff:
        """A juror agrees with the minutes ('akkoord') or leaves a remark; a later sign-off
        replaces the earlier one in the minutes, both stay in the audit trail."""
        require(actor, "juror", because="minutes.jurors_sign")
        remark = limits.check_text("note", remark.strip(), Message("what.remark"))
        if not agreed and not remark:
            raise PermissionDenied("minutes.say_agreed")
        with self.transaction() as session:
            if session.exec(select(Meeting)).first() is None:
                raise NotFoundError("minutes.none_yet")
            juror = repository.juror_by_name(actor.name, session=session)
            if juror is None:
                raise NotFoundError("meeting.no_juror", name=actor.name)
            now = utcnow()
            session.add(MinutesSignoff(juror_id=int(juror.id or 0), agreed=agreed, remark=remark,
                                       signed_at=now))
            audit(session, actor, "minutes.signed", actor.name,
                  new="akkoord" if agreed else "remark", detail=remark)
            return SignOff(actor.name, agreed, remark, now)
