"""What the meeting's parts share: what a reader sees of it (the agenda, the panel, the
shifts), and the small steps every change takes (find the open meeting, bump its version,
tell the following screens)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from jury import repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied
from jury.i18n import Strings, Word
from jury.models import Score
from jury.models_meeting import Meeting, MeetingStep, Rescoring
from jury.services.base import Actor, require_award

NOTIFY_CHANNEL = "jury_meeting"
SCREEN = Actor(name="screen", role="screen")
"""The projector's view: no PIN, and so no individual juror's scores."""
# A ballot on an award without categories, as the agenda names it in each language.
_AWARD = (Strings("nl")("ballot.the_award"), Strings("en")("ballot.the_award"))


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


def _require_deliberation(session: Session) -> None:
    award = require_award(session, lock="update")
    if award.phase != "deliberation":
        raise PermissionDenied("meeting.in_deliberation", phase=Word(f"phase.{award.phase}"))


def _open_meeting(session: Session, *, lock: bool = False) -> Meeting | None:
    query = select(Meeting).where(Meeting.closed_at == None)  # noqa: E711
    if lock:
        query = query.with_for_update()
    return session.exec(query).first()


def _require_meeting(session: Session, *, lock: bool = False) -> Meeting:
    found = _open_meeting(session, lock=lock)
    if found is None:
        raise ConflictError("meeting.not_open")
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
            raise NotFoundError("meeting.agenda_item", n=number, text=text)
    if not items:
        raise PermissionDenied("meeting.agenda_empty")
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
            found.append(AgendaEntry("ballot", subject, *labels.get(subject, _AWARD if not subject
                                                                    else (subject,) * 2)))
    return found
