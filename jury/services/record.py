"""The jury's record: what was decided and said, entry by entry, and the audit trail.

Only the chair and the secretary read the whole record (it holds every juror's scores); a
juror reads an entry's panel once the deliberation has started.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from jury import repository
from jury.errors import NotFoundError, PermissionDenied
from jury.models import AuditEvent
from jury.present import actions_named
from jury.rules import sees_the_panel
from jury.services.base import Actor, Service, require, require_award
from jury.terms import Role

READERS = (Role.CHAIR, Role.SECRETARY)
"""Who reads the jury's whole record."""


@dataclass(frozen=True)
class ConsensusRecord:
    entry: str
    criterion: str | None
    value: float
    rationale: str
    by: str
    at: datetime
    current: bool


@dataclass(frozen=True)
class CategoryRecord:
    category: str | None
    kind: str
    proposed: tuple[str, ...]
    chosen: tuple[str, ...]
    rationale: str
    by: str
    at: datetime


@dataclass(frozen=True)
class Decisions:
    consensus: tuple[ConsensusRecord, ...]
    categories: tuple[CategoryRecord, ...]


@dataclass(frozen=True)
class LaudatioRecord:
    """The chair's words for an entry at the ceremony (the newest revision)."""

    entry: str
    text: str
    by: str
    at: datetime


@dataclass(frozen=True)
class JurorScore:
    juror: str
    criterion: str
    value: float | None
    note: str


@dataclass(frozen=True)
class EntryRecord:
    """One entry as the jury deliberates on it: every juror's scores and notes, recusals and
    the decisions taken on it."""

    id: str
    title: str
    organisation: str
    category: str | None
    description: str
    jurors: tuple[str, ...]
    scores: tuple[JurorScore, ...]
    notes: tuple[tuple[str, str], ...]
    recusals: tuple[tuple[str, str, str], ...]
    consensus: tuple[ConsensusRecord, ...]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    old: Any
    new: Any
    detail: str


class RecordService(Service):
    def decisions(self, actor: Actor) -> Decisions:
        """Every consensus and category decision in order, revisions included."""
        require(actor, *READERS, because="deliberation.readers_only")
        with self.reading() as session:
            return Decisions(consensus_records(session), tuple(
                CategoryRecord(d.category_key, d.kind, tuple(d.proposed), tuple(d.chosen),
                               d.rationale, d.decided_by, d.decided_at)
                for d in repository.category_decisions(session=session)))

    def entry(self, actor: Actor, entry_id: str) -> EntryRecord:
        """Everything the jury said about one entry. Blind for jurors during scoring."""
        with self.reading() as session:
            award = require_award(session)
            if not sees_the_panel(actor.role, award.phase):
                raise PermissionDenied("deliberation.blind")
            entry = repository.entry(entry_id, session=session)
            if entry is None:
                raise NotFoundError("deliberation.no_entry", entry=entry_id)
            keys = {c.id: c.key for c in repository.criteria(session=session)}
            scores = tuple(JurorScore(name, keys[s.criterion_id], s.value, s.note)
                           for s, name in repository.entry_scores(entry_id, session=session))
            notes = tuple((name, n.note) for n, name in
                          repository.entry_notes_on(entry_id, session=session) if n.note)
            jurors = repository.jurors(session=session)
            names = {j.id: j.name for j in jurors}
            recusals = tuple((names[r.juror_id], r.reason, r.reason_text)
                             for r in repository.recusals(session=session)
                             if r.entry_id == entry_id)
            return EntryRecord(
                entry.id, entry.title, entry.organisation, entry.category_key,
                entry.description,
                tuple(j.name for j in jurors if j.role == Role.JUROR),
                scores, notes, recusals,
                tuple(r for r in consensus_records(session) if r.entry == entry_id),
            )

    def audit_trail(
        self,
        actor: Actor,
        *,
        action: str | None = None,
        who: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[AuditRow]:
        """The record, oldest first. It holds every juror's scores, so jurors do not read it."""
        require(actor, *READERS, because="deliberation.readers_only")
        with self.reading() as session:
            return [_row(e) for e in repository.audit_events(
                session=session, action=action, actor=who, text=text, limit=limit,
                actions=actions_named(action) if action else ())]


def consensus_records(session: Session) -> tuple[ConsensusRecord, ...]:
    """Every consensus decision in order; `current` marks the newest per entry and criterion."""
    keys = {c.id: c.key for c in repository.criteria(session=session)}
    rows = repository.consensus_decisions(session=session)
    newest = {(d.entry_id, d.criterion_id): d.id for d in rows}
    return tuple(
        ConsensusRecord(d.entry_id, keys.get(d.criterion_id) if d.criterion_id else None,
                        d.value, d.rationale, d.decided_by, d.decided_at,
                        newest[(d.entry_id, d.criterion_id)] == d.id)
        for d in rows
    )


def laudations_of(session: Session) -> dict[str, LaudatioRecord]:
    """The newest laudatio per entry, withdrawn (empty) ones included."""
    found: dict[str, LaudatioRecord] = {}
    for row in repository.laudations(session=session):
        found[row.entry_id] = LaudatioRecord(row.entry_id, row.text, row.written_by,
                                             row.written_at)
    return found


def _row(event: AuditEvent) -> AuditRow:
    return AuditRow(int(event.id or 0), event.at, event.actor, event.action, event.subject,
                    event.old, event.new, event.detail)
