"""The jury's phases: scoring → deliberation → final, a juror's submission reopened, and who
has done what so far.

Going on to deliberation with jurors who have not submitted needs confirming; going on to
final needs a winner in every category and freezes the ranking; going back needs a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from jury import limits, repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied, UnsubmittedJurors
from jury.i18n import Message, Word
from jury.models import utcnow
from jury.rules import entry_status
from jury.services.base import Actor, Service, audit, require, require_award, retried
from jury.services.decisions import freeze
from jury.services.record import READERS
from jury.terms import PHASES, STATUSES, Phase, Role, Status

RECENT_SIGNINS = timedelta(hours=24)
NOT_SUBMITTED = "not submitted: "
"""How the record's detail of a phase change names the jurors it moved on without (stored
as is; the record's readers say it in their own words)."""


@dataclass(frozen=True)
class PhaseChange:
    old: str
    new: str
    at: datetime
    unsubmitted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Progress:
    """Who has done what: status per juror and entry ('scored', 'partly', 'todo', 'recused')."""

    phase: str
    jurors: tuple[str, ...]
    submitted: dict[str, bool]
    entries: tuple[tuple[str, str, str | None], ...]
    status: dict[tuple[str, str], str]
    # Wrong PINs per name (chair included) in the last RECENT_SIGNINS: someone may be trying.
    failed_signins: dict[str, int] = field(default_factory=dict)

    def counts(self, juror: str) -> dict[str, int]:
        found: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for entry, _, _ in self.entries:
            found[self.status.get((juror, entry), Status.TODO)] += 1
        return found


def phase_words() -> list[Word]:
    """The phases as message values, in order."""
    return [Word(f"phase.{p}") for p in PHASES]


class PhaseService(Service):
    @retried
    def change_phase(
        self, actor: Actor, phase: str, *, reason: str = "", confirm_unsubmitted: bool = False
    ) -> PhaseChange:
        """Move the award one step on (scoring → deliberation → final) or back, with a reason.

        On to deliberation with jurors who have not submitted needs `confirm_unsubmitted`.
        On to final needs a winner in every category, locks everything and freezes the ranking.
        """
        require(actor, Role.CHAIR, Role.SECRETARY, because="deliberation.chair_or_secretary")
        if phase not in PHASES:
            raise NotFoundError("deliberation.phase.unknown", phase=phase, phases=phase_words())
        phase = Phase(phase)
        reason = limits.check_text("reason", reason.strip(), Message("what.reason"))
        with self.transaction() as session:
            award = require_award(session, lock="update")
            old = Phase(award.phase)
            if phase == old:
                raise ConflictError("deliberation.phase.already", phase=Word(f"phase.{phase}"))
            step = PHASES.index(phase) - PHASES.index(old)
            if step < 0 and not reason:
                raise PermissionDenied("deliberation.phase.back_reason",
                                       old=Word(f"phase.{old}"), new=Word(f"phase.{phase}"))
            if step > 1:
                following = PHASES[PHASES.index(old) + 1]
                raise PermissionDenied("deliberation.phase.one_step", old=Word(f"phase.{old}"),
                                       next=Word(f"phase.{following}"))
            unsubmitted: tuple[str, ...] = ()
            if old == Phase.SCORING:
                unsubmitted = tuple(j.name for j in repository.jurors(session=session)
                                    if j.role == Role.JUROR and j.submitted_at is None)
                if unsubmitted and not confirm_unsubmitted:
                    raise UnsubmittedJurors(unsubmitted)
            now = utcnow()
            if phase == Phase.FINAL:
                freeze(session, actor, now)
            award.phase, award.phase_changed_at = phase.value, now
            session.add(award)
            audit(session, actor, "phase.changed", award.slug, old=old.value, new=phase.value,
                  detail="; ".join(part for part in (
                      reason,
                      NOT_SUBMITTED + ", ".join(unsubmitted) if unsubmitted else "",
                  ) if part))
            return PhaseChange(old.value, phase.value, now, unsubmitted)

    @retried
    def reopen_submission(self, actor: Actor, juror: str, reason: str) -> None:
        """Let a juror who submitted change their scores again; only during scoring."""
        require(actor, Role.CHAIR, Role.SECRETARY, because="deliberation.chair_or_secretary")
        if not reason.strip():
            raise PermissionDenied("deliberation.reopen.reason")
        limits.check_text("reason", reason.strip(), Message("what.reason"))
        with self.transaction() as session:
            phase = require_award(session).phase
            if phase != Phase.SCORING:
                raise PermissionDenied("deliberation.reopen.phase", phase=Word(f"phase.{phase}"))
            found = repository.juror_by_name(juror, session=session)
            if found is None:
                raise NotFoundError("deliberation.no_juror", name=juror)
            if found.submitted_at is None:
                raise ConflictError("deliberation.reopen.not_submitted", name=juror)
            submitted = found.submitted_at
            found.submitted_at = None
            session.add(found)
            audit(session, actor, "scoring.reopened", juror, old=submitted.isoformat(),
                  detail=reason.strip())

    def progress(self, actor: Actor) -> Progress:
        """Each juror's status on each entry in the running: the chair's view of the work."""
        require(actor, *READERS, because="deliberation.readers_only")
        with self.reading() as session:
            award = require_award(session)
            n_criteria = len(repository.criteria(session=session))
            jurors = [j for j in repository.jurors(session=session) if j.role == Role.JUROR]
            names = {j.id: j.name for j in jurors}
            entries = tuple((e, t, c) for e, t, _, c in
                            repository.entry_summaries(session=session))
            status: dict[tuple[str, str], str] = {}
            for juror_id, entry_id, n in repository.scored_criteria_per_entry(session=session):
                if juror_id in names:
                    status[(names[juror_id], entry_id)] = entry_status(
                        n, n_criteria, recused=False).value
            for r in repository.recusals(session=session):
                if r.juror_id in names:
                    status[(names[r.juror_id], r.entry_id)] = Status.RECUSED.value
            failed = repository.failed_signins(utcnow() - RECENT_SIGNINS, session=session)
            return Progress(award.phase, tuple(names.values()),
                            {j.name: j.submitted_at is not None for j in jurors},
                            entries, status, failed)
