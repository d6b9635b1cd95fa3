"""What a juror may see: their entry list and one entry at a time, under the blind rule.

During scoring a juror sees only their own scores and notes. In deliberation and final the
panel's scores and notes are shown too, read-only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import NotFoundError, PermissionDenied
from jury.rules import entry_status, sees_the_panel
from jury.services.base import Actor, Service, audit, load_settings, require_award, retried
from jury.terms import STATUSES  # noqa: F401  (a juror's status for an entry)


@dataclass(frozen=True)
class EntryRow:
    id: str
    title: str
    organisation: str
    category: str | None
    status: str
    shuffle: str


@dataclass(frozen=True)
class Desk:
    """A juror's starting point: who they are, the award's rules, and their entry list."""

    juror: str
    role: str
    language: str
    phase: str
    submitted: bool
    settings: AwardSettings
    rows: list[EntryRow]
    remembered_language: str | None = None

    def count(self, status: str) -> int:
        return sum(row.status == status for row in self.rows)


@dataclass(frozen=True)
class MyScore:
    value: float | None
    note: str
    version: int
    for_entrant: str = ""  # the note for the entrant (feedback), beside the jury-only note


@dataclass(frozen=True)
class PanelScore:
    juror: str
    criterion: str
    value: float | None
    note: str


@dataclass(frozen=True)
class EntryView:
    id: str
    title: str
    organisation: str
    contact: str
    email: str
    category: str | None
    description: str
    extra: dict[str, str]
    scores: dict[str, MyScore]
    note: str
    note_version: int
    recusal: tuple[str, str] | None
    phase: str
    submitted: bool
    panel: list[PanelScore] = field(default_factory=list)
    panel_notes: list[tuple[str, str]] = field(default_factory=list)
    recused_jurors: list[str] = field(default_factory=list)

    @property
    def editable(self) -> bool:
        return self.phase == "scoring" and not self.submitted and self.recusal is None


def shuffle_key(juror: str, entry_id: str) -> str:
    """Each juror's own stable order: no entry is always read first, or last, by a tired jury."""
    return hashlib.sha256(f"{juror}\x1f{entry_id}".encode()).hexdigest()


class ViewService(Service):
    def desk(self, actor: Actor) -> Desk:
        """The juror's entry list with their own status for each entry."""
        with self.reading() as session:
            award = require_award(session)
            juror = repository.juror_by_name(actor.name, session=session)
            if juror is None:
                raise NotFoundError("service.no_juror", name=actor.name)
            settings = load_settings(session)
            n_criteria = len(settings.criteria)
            scored = {entry_id: n for j, entry_id, n in
                      repository.scored_criteria_per_entry(session=session) if j == juror.id}
            recused = {r.entry_id for r in repository.recusals(session=session)
                       if r.juror_id == juror.id}
            rows = []
            for entry_id, title, organisation, category in repository.entry_summaries(
                    session=session):
                n = scored.get(entry_id, 0)
                status = entry_status(n, n_criteria, recused=entry_id in recused)
                rows.append(EntryRow(entry_id, title, organisation, category, status,
                                     shuffle_key(juror.name, entry_id)))
            return Desk(juror.name, juror.role, juror.language or settings.award.language,
                        award.phase, juror.submitted_at is not None, settings, rows,
                        juror.language)

    def entry(self, actor: Actor, entry_id: str) -> EntryView:
        """One entry as this juror may see it: the panel's scores only after scoring."""
        with self.reading() as session:
            award = require_award(session)
            juror = repository.juror_by_name(actor.name, session=session)
            if juror is None:
                raise NotFoundError("service.no_juror", name=actor.name)
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError("service.no_entry", entry=entry_id)
            criteria = {c.id: c.key for c in repository.criteria(session=session)}
            mine, panel = {}, []
            for score, name in repository.entry_scores(entry_id, session=session):
                key = criteria[score.criterion_id]
                if score.juror_id == juror.id:
                    mine[key] = MyScore(score.value, score.note, score.version,
                                        score.for_entrant)
                elif sees_the_panel(juror.role, award.phase):
                    panel.append(PanelScore(name, key, score.value, score.note))
            notes = repository.entry_notes_on(entry_id, session=session)
            sees_panel = sees_the_panel(juror.role, award.phase)
            own_note = next((n for n, name in notes if n.juror_id == juror.id), None)
            recusal = repository.recusal(juror.id, entry_id, session=session)  # type: ignore[arg-type]
            others = [(name, n.note) for n, name in notes
                      if n.juror_id != juror.id and n.note] if sees_panel else []
            recused_jurors = ([name for name, e in repository.recusal_pairs(session=session)
                               if e == entry_id] if sees_panel else [])
            return EntryView(
                id=entry.id, title=entry.title, organisation=entry.organisation,
                contact=entry.contact, email=entry.email, category=entry.category_key,
                description=entry.description, extra=dict(entry.extra), scores=mine,
                note=own_note.note if own_note else "",
                note_version=own_note.version if own_note else 0,
                recusal=(recusal.reason, recusal.reason_text) if recusal else None,
                phase=award.phase, submitted=juror.submitted_at is not None,
                panel=panel, panel_notes=others, recused_jurors=recused_jurors,
            )

    @retried
    def set_language(self, actor: Actor, language: str) -> None:
        """Remember the juror's language for their next sign-in."""
        if language not in ("nl", "en"):
            raise PermissionDenied("view.language", language=language)
        with self.transaction() as session:
            juror = repository.juror_by_name(actor.name, session=session)
            if juror is None or juror.language == language:
                return
            old = juror.language
            juror.language = language
            session.add(juror)
            audit(session, actor, "juror.language", juror.name, old=old, new=language)
