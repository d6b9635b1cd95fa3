"""The jury meeting: the chair walks the agenda, the jurors' screens follow, conflicts step
out, re-scoring is recorded as a shift from the independent score, the minutes are signed.

Only the chair opens, moves and closes; the meeting runs during the deliberation. Every
change bumps the meeting's `version`, which following screens poll (see jury.services.follow).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from jury import limits, repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied
from jury.models import Score, utcnow
from jury.models_meeting import (
    Meeting,
    MeetingPresence,
    MeetingStep,
    Rescoring,
)
from jury.services.base import Actor, Service, audit, require_award, retried, scale_of

NOTIFY_CHANNEL = "jury_meeting"
SCREEN = Actor(name="screen", role="screen")
"""The projector's view: no PIN, and so no individual juror's scores."""


@dataclass(frozen=True)
class AgendaEntry:
    kind: str  # 'entry' or 'ballot'
    subject: str  # an entry id, or a category key ('' for an award without categories)
    label: str  # Dutch: an entry's id and title, or a category's name
    label_en: str = ""  # a category's English name; empty where the label is the same


@dataclass(frozen=True)
class PanelSummary:
    """What the projector may show of the panel: totals and flags, no juror's own score."""

    rank: int | None
    total: float | None
    mean: float | None
    median: float | None
    flags: tuple[str, ...]
    jurors: int


@dataclass(frozen=True)
class Shift:
    entry: str
    juror: str
    criterion: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class MeetingView:
    """The meeting as one reader may see it now."""

    meeting_id: int
    version: int
    opened_at: datetime
    closed_at: datetime | None
    agenda: tuple[AgendaEntry, ...]
    position: int | None
    item_started_at: datetime | None
    timer_seconds: int | None
    stepped_out: tuple[str, ...]
    recused: bool
    entry: Any = None  # DeliberationService.EntryRecord, for the chair and jurors not recused
    title: str = ""
    organisation: str = ""
    description: str = ""
    summary: PanelSummary | None = None
    rescoring: str | None = None  # the reason, when the current entry is open for re-scoring
    shifts: tuple[Shift, ...] = ()
    # A ballot item: (juror, candidate) pairs, the jurors who rank without that candidate.
    ballot_conflicts: tuple[tuple[str, str], ...] = ()

    @property
    def item(self) -> AgendaEntry | None:
        if self.position is None or not 0 <= self.position < len(self.agenda):
            return None
        return self.agenda[self.position]


class MeetingService(Service):
    @retried
    def open(self, actor: Actor, agenda: Sequence[str] | None = None) -> MeetingView:
        """Open the meeting on the agenda's order (the chair's agenda per category, then the
        category's ballot), or on the chair's own list of 'entry:ID' and 'ballot:CATEGORY'.
        The scores as they stand now are kept as the independent scores."""
        _require_chair(actor)
        with self.transaction() as session:
            _require_deliberation(session)
            if _open_meeting(session) is not None:
                raise ConflictError("The meeting is already open.")
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
        _require_chair(actor)
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if not 0 <= position < len(meeting.agenda):
                raise NotFoundError(f"The agenda has items 1 to {len(meeting.agenda)}; "
                                    f"there is no item {position + 1}.")
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
        _require_chair(actor)
        if seconds is not None and not 0 < seconds <= 4 * 3600:
            raise PermissionDenied("A timer runs between 1 second and 4 hours.")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if meeting.position is None:
                raise ConflictError("The timer runs per item: choose the first item, then "
                                    "set its time.")
            old = meeting.timer_seconds
            meeting.timer_seconds = seconds
            # item_started_at is the timer's start: only the timer reads it.
            meeting.item_started_at = utcnow()
            _bump(session, meeting)
            audit(session, actor, "meeting.timer", str(meeting.id), old=old, new=seconds)

    @retried
    def close(self, actor: Actor) -> None:
        """End the meeting: the last item ends; re-scoring still open closes."""
        _require_chair(actor)
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
        _require_chair(actor)
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
        _require_chair(actor)
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            juror = repository.juror_by_name(name, session=session)
            if juror is None:
                raise NotFoundError(f"No juror named {name!r}.")
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
                raise NotFoundError("No meeting yet: the chair opens it in the deliberation.")
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

    # Re-scoring during the meeting ------------------------------------------------------

    @retried
    def reopen_entry(self, actor: Actor, entry_id: str, reason: str) -> None:
        """Let the jurors change their scores on one entry during the meeting; needs a
        reason. Each change is kept as a shift from the independent score."""
        _require_chair(actor)
        reason = limits.check_text("reason", reason.strip(), "The reason")
        if not reason:
            raise PermissionDenied("Reopening an entry for re-scoring needs a reason.")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError(f"No entry {entry_id!r} in the running.")
            if _rescoring(session, meeting, entry_id) is not None:
                raise ConflictError(f"{entry_id} is already open for re-scoring.")
            session.add(Rescoring(meeting_id=int(meeting.id or 0), entry_id=entry_id, reason=reason,
                                  opened_by=actor.name, opened_at=utcnow()))
            _bump(session, meeting)
            audit(session, actor, "meeting.rescoring_opened", entry_id, detail=reason)

    @retried
    def close_rescoring(self, actor: Actor, entry_id: str) -> None:
        _require_chair(actor)
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            found = _rescoring(session, meeting, entry_id)
            if found is None:
                raise ConflictError(f"{entry_id} is not open for re-scoring.")
            found.closed_at = utcnow()
            session.add(found)
            _bump(session, meeting)
            audit(session, actor, "meeting.rescoring_closed", entry_id)

    @retried
    def rescore(self, actor: Actor, entry_id: str, criterion: str, value: float) -> Shift:
        """A juror's new score on an entry the chair reopened: stored, audited as a shift
        from the independent score."""
        if actor.role != "juror":
            raise PermissionDenied("Only a juror re-scores, their own scores.")
        with self.transaction() as session:
            meeting = _require_meeting(session, lock=True)
            if _rescoring(session, meeting, entry_id) is None:
                raise PermissionDenied(f"{entry_id} is not open for re-scoring: the chair "
                                       "reopens an entry, with a reason.")
            award = require_award(session)
            if not scale_of(award).allows(value):
                raise PermissionDenied(f"{value:g} is outside {scale_of(award).describe()}.")
            juror = repository.juror_by_name(actor.name, session=session, lock=True)
            criteria = {c.key: c.id for c in repository.criteria(session=session)}
            if juror is None or criterion not in criteria:
                raise NotFoundError(f"No criterion {criterion!r}.")
            if repository.recusal(int(juror.id or 0), entry_id, session=session) is not None:
                raise PermissionDenied(f"{actor.name} has a conflict of interest on "
                                       f"{entry_id}.")
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
        _require_reader(actor)
        with self.reading() as session:
            meeting = session.exec(select(Meeting).order_by(col(Meeting.id).desc())).first()
            return _shifts(session, meeting) if meeting else ()


# Helpers ----------------------------------------------------------------------------------


def _require_chair(actor: Actor) -> None:
    if actor.role != "chair":
        raise PermissionDenied(f"Only the chair leads the meeting; {actor.name} is a "
                               f"{actor.role}.")


def _require_reader(actor: Actor) -> None:
    if actor.role not in ("chair", "secretary"):
        raise PermissionDenied("Only the chair and the secretary read the meeting's record.")


def _require_deliberation(session: Session) -> None:
    award = require_award(session, lock="update")
    if award.phase != "deliberation":
        raise PermissionDenied(f"The meeting runs during the deliberation; the jury is in "
                               f"{award.phase}.")


def _open_meeting(session: Session, *, lock: bool = False) -> Meeting | None:
    query = select(Meeting).where(Meeting.closed_at == None)  # noqa: E711
    if lock:
        query = query.with_for_update()
    return session.exec(query).first()


def _require_meeting(session: Session, *, lock: bool = False) -> Meeting:
    found = _open_meeting(session, lock=lock)
    if found is None:
        raise ConflictError("No meeting is open: the chair opens it first.")
    return found


def _bump(session: Session, meeting: Meeting) -> None:
    meeting.version += 1
    session.add(meeting)
    _notify(session)


def _notify(session: Session) -> None:
    """PostgreSQL tells the listening screens at commit; SQLite's screens see the commit
    through PRAGMA data_version."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"NOTIFY {NOTIFY_CHANNEL}")


def _end_step(session: Session, meeting: Meeting, now: datetime) -> None:
    for step in session.exec(select(MeetingStep).where(
            MeetingStep.meeting_id == meeting.id, MeetingStep.ended_at == None)):  # noqa: E711
        step.ended_at = now
        session.add(step)


def _stepping_out(session: Session, item: dict[str, Any]) -> list[str]:
    """The jurors recused on the item's entry. A ballot keeps everyone in the room: a juror
    recused on a candidate ranks the others (see conflicted)."""
    if item["kind"] != "entry":
        return []
    return [name for name, _ in conflicted(session, [item["subject"]])]


def conflicted(session: Session, entries: Sequence[str]) -> list[tuple[str, str]]:
    """(juror, entry) for every juror recused on one of `entries`."""
    names = {j.id: j.name for j in repository.jurors(session=session)}
    return sorted((names[r.juror_id], r.entry_id) for r in repository.recusals(session=session)
                  if r.entry_id in entries and r.juror_id in names)


def _rescoring(session: Session, meeting: Meeting, entry_id: str) -> Rescoring | None:
    return session.exec(select(Rescoring).where(
        Rescoring.meeting_id == meeting.id, Rescoring.entry_id == entry_id,
        Rescoring.closed_at == None)).first()  # noqa: E711


def _score_table(session: Session) -> dict[str, Any]:
    names = {j.id: j.name for j in repository.jurors(session=session)}
    keys = {c.id: c.key for c in repository.criteria(session=session)}
    table: dict[str, Any] = {}
    for s in session.exec(select(Score)):
        if s.value is not None and s.juror_id in names:
            table.setdefault(s.entry_id, {}).setdefault(names[s.juror_id], {})[
                keys[s.criterion_id]] = s.value
    return table


def _shifts(session: Session, meeting: Meeting) -> tuple[Shift, ...]:
    reopened = {r.entry_id for r in session.exec(
        select(Rescoring).where(Rescoring.meeting_id == meeting.id))}
    if not reopened:
        return ()
    now = _score_table(session)
    found = []
    for entry in sorted(reopened):
        before, after = meeting.independent.get(entry, {}), now.get(entry, {})
        for juror in sorted(set(before) | set(after)):
            for criterion in sorted(set(before.get(juror, {})) | set(after.get(juror, {}))):
                old = before.get(juror, {}).get(criterion)
                new = after.get(juror, {}).get(criterion)
                if old != new:
                    found.append(Shift(entry, juror, criterion, old, new))
    return tuple(found)


def _summary(session: Session, entry_id: str) -> PanelSummary | None:
    from jury.services.results import compute_results

    report = compute_results(session, Actor("chair", "chair"))
    row = next((r for r in report.results.ranking  # type: ignore[attr-defined]
                if r.entry == entry_id), None)
    if row is None:
        return None
    means = [c.mean for c in row.criteria.values() if c.mean is not None]
    medians = [c.median for c in row.criteria.values() if c.median is not None]
    return PanelSummary(row.rank, row.total, sum(means) / len(means) if means else None,
                        sum(medians) / len(medians) if medians else None,
                        tuple(f.kind + (f":{f.criterion}" if getattr(f, "criterion", None)
                                        else "") for f in row.flags),
                        row.jurors)


def _default_agenda(session: Session, actor: Actor) -> list[AgendaEntry]:
    """The chair's agenda per category (the entries worth discussing, most urgent first),
    then that category's ballot; an award without categories has one ballot."""
    from jury.reconcile.agenda import agenda
    from jury.services.results import compute_results

    report = compute_results(session, actor)
    settings = report.settings
    nominees: dict[str | None, int] = {c.key: c.nominees for c in settings.categories}
    found = agenda(report.results.ranking, nominees,  # type: ignore[attr-defined]
                   span=settings.scale.max - settings.scale.min, near=settings.scale.step)
    categories: list[str | None] = [c.key for c in settings.categories] or [None]
    items: list[AgendaEntry] = []
    for category in categories:
        for item in found.get(category, []):
            items.append(AgendaEntry("entry", item.entry, item.entry))
        items.append(AgendaEntry("ballot", category or "", category or ""))
    return items


def _parse_agenda(session: Session, agenda: Sequence[str]) -> list[AgendaEntry]:
    entries = {e.id for e in repository.entries(session=session)}
    categories = {c.key for c in repository.categories(session=session)}
    items = []
    for number, text in enumerate(agenda, start=1):
        kind, _, subject = text.partition(":")
        if kind == "entry" and subject in entries:
            items.append(AgendaEntry("entry", subject, subject))
        elif kind == "ballot" and (subject in categories or (not categories and not subject)):
            items.append(AgendaEntry("ballot", subject, subject))
        else:
            raise NotFoundError(f"Agenda item {number} ({text!r}): use entry:ID for an entry "
                                "in the running or ballot:CATEGORY for a category's ballot.")
    if not items:
        raise PermissionDenied("The agenda is empty.")
    return items


def _agenda_entries(session: Session, agenda: list[dict[str, Any]]) -> list[AgendaEntry]:
    titles = {e: t for e, t, _, _ in repository.entry_summaries(session=session)}
    labels = {c.key: (c.label_nl, c.label_en) for c in repository.categories(session=session)}
    found = []
    for item in agenda:
        subject = item["subject"]
        if item["kind"] == "entry":
            found.append(AgendaEntry("entry", subject, f"{subject} · {titles.get(subject, '')}"))
        else:
            found.append(AgendaEntry("ballot", subject, *labels.get(subject, (subject,) * 2)))
    return found
