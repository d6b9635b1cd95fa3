"""Feedback to the entrants: the chair composes it from the jurors' notes for the entrant,
approves it, and only approved text reaches a letter, only after the award is final.

The chair alone writes and approves (the secretary reads the overview and writes the
letters); both happen during the deliberation or after final, never during scoring. Every
revision and every approval is audited; an edit after approval needs approving again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from jury import feedback, limits, repository
from jury.errors import NotFoundError, PermissionDenied
from jury.feedback import Letter, LetterCriterion, LetterSet
from jury.i18n import Both, Message, Word
from jury.models import Feedback, utcnow
from jury.services.base import (
    Actor,
    Service,
    audit,
    load_settings,
    require,
    require_award,
    retried,
)


@dataclass(frozen=True)
class FeedbackRow:
    """One entry on the chair's feedback tab."""

    entry_id: str
    title: str
    category: str | None
    status: str  # missing, drafted, approved
    notes: int  # jurors' notes for the entrant on this entry
    approved_by: str | None
    approved_at: datetime | None


@dataclass(frozen=True)
class FeedbackRecord:
    """The newest revision of an entry's feedback."""

    entry_id: str
    texts: dict[str, str]
    written_by: str
    written_at: datetime
    approved_by: str | None
    approved_at: datetime | None

    @property
    def status(self) -> str:
        return "approved" if self.approved_at is not None else "drafted"


@dataclass(frozen=True)
class FeedbackDraft:
    """What the chair composes from: the stored feedback, and the jurors' notes for the
    entrant merged per criterion (never naming a juror)."""

    entry_id: str
    title: str
    organisation: str
    criteria: tuple[tuple[str, str, str], ...]  # key, label_nl, label_en
    current: FeedbackRecord | None
    suggested: dict[str, str]
    phase: str

    @property
    def status(self) -> str:
        return self.current.status if self.current else "missing"

    @property
    def texts(self) -> dict[str, str]:
        """The text to start editing from: the stored one, else the suggestion."""
        if self.current is not None:
            return {key: self.current.texts.get(key, "") for key, _, _ in self.criteria}
        return dict(self.suggested)


class FeedbackService(Service):
    def overview(self, actor: Actor) -> list[FeedbackRow]:
        """Every entry in the running with its feedback's status, by id."""
        require(actor, "chair", "secretary", because="feedback.readers_only")
        with self.reading() as session:
            newest = _newest(session)
            notes = _notes(session)
            rows = []
            for entry_id, title, _, category in repository.entry_summaries(session=session):
                found = newest.get(entry_id)
                count = sum(1 for texts in notes.get(entry_id, {}).values() for t in texts)
                rows.append(FeedbackRow(
                    entry_id, title, category, found.status if found else "missing", count,
                    found.approved_by if found else None, found.approved_at if found else None))
            return rows

    def draft(self, actor: Actor, entry_id: str) -> FeedbackDraft:
        """The stored feedback of one entry, and the suggestion from the jurors' notes."""
        require(actor, "chair", because="feedback.chair_only")
        limits.check_keys(entry_id)
        with self.reading() as session:
            award = require_award(session)
            entry = _entry(session, entry_id)
            criteria = repository.criteria(session=session)
            keys = [c.key for c in criteria]
            suggested = feedback.draft_texts(keys, _notes(session, entry_id).get(entry_id, {}))
            return FeedbackDraft(
                entry.id, entry.title, entry.organisation,
                tuple((c.key, c.label_nl, c.label_en) for c in criteria),
                _newest(session, entry_id).get(entry_id), suggested, award.phase)

    @retried
    def write(self, actor: Actor, entry_id: str, texts: dict[str, str], *,
              approve: bool = False) -> FeedbackRecord:
        """Store the chair's text per criterion as the entry's newest revision.

        A change appends a revision that is not approved (an edit after approval needs
        approving again); the same text changes nothing. `approve` approves it at once.
        """
        require(actor, "chair", because="feedback.chair_only")
        limits.check_keys(entry_id)
        with self.transaction() as session:
            _require_phase(session)
            entry = _entry(session, entry_id)
            criteria = repository.criteria(session=session)
            keys = [c.key for c in criteria]
            unknown = sorted(set(texts) - set(keys))
            if unknown:
                raise NotFoundError("feedback.no_criterion", unknown=[repr(k) for k in unknown],
                                    criteria=[Both(c.label_nl, c.label_en) for c in criteria])
            clean = {}
            for key in keys:
                text = limits.normal_lines(texts.get(key, "")).strip()
                label = next(Both(c.label_nl, c.label_en) for c in criteria if c.key == key)
                clean[key] = limits.check_text("feedback", text, Message(
                    "what.feedback_on", {"entry": entry.id, "criterion": label}))
            previous = _newest(session, entry_id).get(entry_id)
            if previous is not None and previous.texts == clean:
                record = previous
            else:
                if not any(clean.values()):
                    raise PermissionDenied("feedback.empty_text", entry=entry.id)
                now = utcnow()
                session.add(Feedback(entry_id=entry_id, texts=clean, written_by=actor.name,
                                     written_at=now))
                audit(session, actor, "feedback.written", entry_id,
                      old=previous.texts if previous else None, new=clean,
                      detail="approved before; needs approving again"
                      if previous is not None and previous.approved_at else "")
                session.flush()
                record = FeedbackRecord(entry_id, clean, actor.name, now, None, None)
            if approve and record.approved_at is None:
                record = _approve(session, actor, entry_id)
            return record

    @retried
    def approve(self, actor: Actor, entry_id: str) -> FeedbackRecord:
        """Approve the entry's newest feedback for its letter. Refused while it names a juror:
        a letter never says who on the jury said what."""
        require(actor, "chair", because="feedback.chair_only")
        limits.check_keys(entry_id)
        with self.transaction() as session:
            _require_phase(session)
            _entry(session, entry_id)
            return _approve(session, actor, entry_id)

    def letters(self, actor: Actor, *, drafts: bool = False) -> LetterSet:
        """Every letter's contents: the entries with approved feedback, after final.

        `drafts` gives every entry in the running a letter at any phase after scoring, with
        the newest text (approved or not; else the jurors' notes merged), marked as a draft.
        """
        require(actor, "chair", "secretary", because="feedback.readers_only")
        from jury.services.results import compute_results

        with self.reading() as session:
            award = require_award(session)
            if award.phase != "final" and not drafts:
                raise PermissionDenied("feedback.not_final",
                                       phase=Word(f"phase.{award.phase}"))
            if award.phase == "scoring":
                raise PermissionDenied("feedback.letters_scoring")
            settings = load_settings(session)
            report = compute_results(session, actor)
            bands = settings.feedback.bands_for(settings.scale)
            values = _values(report)
            frozen = repository.frozen_ranking(session=session)
            outcome = {row["entry"]: feedback.result_of(winner=bool(row.get("winner")),
                                                        nominee=bool(row.get("nominee")))
                       for row in (frozen.rows if frozen and award.phase == "final" else ())}
            newest = _newest(session)
            notes = _notes(session) if drafts else {}
            categories = {c.key: c for c in settings.categories}
            by_category: dict[str | None, list[dict[str, float | None]]] = defaultdict(list)
            entries = list(repository.entries(session=session))
            for entry in entries:
                by_category[entry.category_key].append(values.get(entry.id, {}))
            letters, without = [], []
            for entry in entries:
                found = newest.get(entry.id)
                if drafts:
                    texts = found.texts if found else feedback.draft_texts(
                        [c.key for c in settings.criteria], notes.get(entry.id, {}))
                elif found is not None and found.approved_at is not None:
                    texts = found.texts
                else:
                    without.append(entry.id)
                    continue
                language = entry.language or settings.letter_language
                nl = language == "nl"
                category = categories.get(entry.category_key or "")
                rows = []
                for c in settings.criteria:
                    own = values.get(entry.id, {}).get(c.key)
                    peer = feedback.mean(v.get(c.key) for v in by_category[entry.category_key])
                    rows.append(LetterCriterion(
                        c.label_nl if nl else c.label_en,
                        c.question_nl if nl else c.question_en,
                        feedback.band_name(feedback.band_for(own, bands), language),
                        feedback.band_name(feedback.band_for(peer, bands), language),
                        texts.get(c.key, "")))
                letters.append(Letter(
                    entry.id, entry.title, entry.organisation, entry.contact, entry.email,
                    language, (category.label_nl if nl else category.label_en)
                    if category else "", outcome.get(entry.id), tuple(rows), draft=drafts))
            return LetterSet(award.name, award.edition, tuple(letters), tuple(without))


def _approve(session: Session, actor: Actor, entry_id: str) -> FeedbackRecord:
    row = repository.newest_feedback(entry_id, session=session)
    if row is None:
        raise PermissionDenied("feedback.nothing_to_approve", entry=entry_id)
    record = _record(row)
    if row.approved_at is not None:
        return record
    names = [j.name for j in repository.jurors(session=session)]
    named = sorted({n for text in row.texts.values() for n in feedback.names_in(text, names)})
    if named:
        raise PermissionDenied("feedback.names_jurors", entry=entry_id, names=named)
    now = utcnow()
    row.approved_by, row.approved_at = actor.name, now
    session.add(row)
    audit(session, actor, "feedback.approved", entry_id, new=row.texts)
    return FeedbackRecord(entry_id, dict(row.texts), row.written_by, row.written_at,
                          actor.name, now)


def _record(row: Feedback) -> FeedbackRecord:
    return FeedbackRecord(row.entry_id, dict(row.texts), row.written_by, row.written_at,
                          row.approved_by, row.approved_at)


def _newest(session: Session, entry_id: str | None = None) -> dict[str, FeedbackRecord]:
    if entry_id is not None:
        row = repository.newest_feedback(entry_id, session=session)
        return {entry_id: _record(row)} if row is not None else {}
    found: dict[str, FeedbackRecord] = {}
    for row in repository.feedback_revisions(session=session):
        found[row.entry_id] = _record(row)
    return found


def _notes(session: Session, entry_id: str | None = None) -> dict[str, dict[str, list[str]]]:
    """The jurors' notes for the entrant per entry and criterion, in a fixed order; a recused
    juror's notes on that entry left out, like their scores."""
    recused = set(repository.recusal_pairs(session=session))
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for juror, entry, criterion, text in repository.notes_for_entrants(
            entry_id, session=session):
        if (juror, entry) not in recused and text.strip():
            found[entry][criterion].append(text)
    return found


def _values(report: Any) -> dict[str, dict[str, float | None]]:
    """Per entry and criterion the jury's value: the agreed one where the chair recorded
    consensus, else the award's aggregate (the leniency-adjusted mean, the median or the
    mean) as the ranking uses it."""
    values: dict[str, dict[str, float | None]] = {}
    for row in report.results.ranking:
        per = {}
        for key, result in row.criteria.items():
            if result.agreed is not None:
                per[key] = result.agreed
            elif row.aggregate == "adjusted" and result.adjusted is not None:
                per[key] = result.adjusted
            elif row.aggregate == "median" and result.median is not None:
                per[key] = result.median
            else:
                per[key] = result.mean
        values[row.entry] = per
    return values


def _entry(session: Session, entry_id: str) -> Any:
    entry = repository.entry(entry_id, session=session)
    if entry is None or entry.withdrawn:
        raise NotFoundError("service.no_entry", entry=entry_id)
    return entry


def _require_phase(session: Session) -> None:
    award = require_award(session, lock="update")
    if award.phase == "scoring":
        raise PermissionDenied("feedback.still_scoring")
