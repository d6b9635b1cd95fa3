"""The chair's table: phases, consensus decisions, nominees and winners, the record.

Every rule lives here, not in the screens: only the chair decides; decisions are taken in
deliberation; final locks everything and freezes the ranking; going back needs a reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from jury import limits, repository
from jury.errors import ConflictError, NotFoundError, PermissionDenied, UnsubmittedJurors
from jury.models import (
    AuditEvent,
    CategoryDecision,
    ConsensusDecision,
    FrozenRanking,
    Laudatio,
    utcnow,
)
from jury.services.base import Actor, Service, audit, require_award, retried, scale_of
from jury.services.results import (
    close_call_for,
    compute_results,
    current_category_decisions,
)
from jury.terms import PHASES

DECISION_KINDS = ("nominees", "winner", "tie")
RECENT_SIGNINS = timedelta(hours=24)


@dataclass(frozen=True)
class PhaseChange:
    old: str
    new: str
    at: datetime
    unsubmitted: tuple[str, ...] = ()


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
class LaudatioDraft:
    """What the chair starts a laudatio from: the current text, the jurors' overall notes."""

    entry: str
    title: str
    organisation: str
    current: LaudatioRecord | None
    notes: tuple[tuple[str, str], ...]


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
        found = dict.fromkeys(("scored", "partly", "todo", "recused"), 0)
        for entry, _, _ in self.entries:
            found[self.status.get((juror, entry), "todo")] += 1
        return found


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


class DeliberationService(Service):
    @retried
    def change_phase(
        self, actor: Actor, phase: str, *, reason: str = "", confirm_unsubmitted: bool = False
    ) -> PhaseChange:
        """Move the award one step on (scoring → deliberation → final) or back, with a reason.

        On to deliberation with jurors who have not submitted needs `confirm_unsubmitted`.
        On to final needs a winner in every category, locks everything and freezes the ranking.
        """
        _require_chair(actor, secretary_too=True)
        if phase not in PHASES:
            raise NotFoundError(f"{phase!r} is not a phase; use one of {', '.join(PHASES)}.")
        reason = limits.check_text("reason", reason.strip(), "The reason")
        with self.transaction() as session:
            award = require_award(session, lock="update")
            old = award.phase
            if phase == old:
                raise ConflictError(f"The jury is already in {phase}.")
            step = PHASES.index(phase) - PHASES.index(old)
            if step < 0 and not reason:
                raise PermissionDenied(f"Going back from {old} to {phase} reopens what was "
                                       "closed: give a reason.")
            if step > 1:
                following = PHASES[PHASES.index(old) + 1]
                raise PermissionDenied(f"From {old} the next phase is {following}; the jury "
                                       "deliberates before the result is final.")
            unsubmitted: tuple[str, ...] = ()
            if old == "scoring":
                unsubmitted = tuple(j.name for j in repository.jurors(session=session)
                                    if j.role == "juror" and j.submitted_at is None)
                if unsubmitted and not confirm_unsubmitted:
                    raise UnsubmittedJurors(unsubmitted)
            now = utcnow()
            if phase == "final":
                _freeze(session, actor, now)
            award.phase, award.phase_changed_at = phase, now
            session.add(award)
            audit(session, actor, "phase.changed", award.slug, old=old, new=phase,
                  detail="; ".join(part for part in (
                      reason,
                      f"not submitted: {', '.join(unsubmitted)}" if unsubmitted else "",
                  ) if part))
            return PhaseChange(old, phase, now, unsubmitted)

    @retried
    def reopen_submission(self, actor: Actor, juror: str, reason: str) -> None:
        """Let a juror who submitted change their scores again; only during scoring."""
        _require_chair(actor, secretary_too=True)
        if not reason.strip():
            raise PermissionDenied("Reopening a juror's submitted scoring needs a reason.")
        limits.check_text("reason", reason.strip(), "The reason")
        with self.transaction() as session:
            phase = require_award(session).phase
            if phase != "scoring":
                raise PermissionDenied(f"The jury is in {phase}: reopen the scoring phase first, "
                                       "then the juror's submission.")
            found = repository.juror_by_name(juror, session=session)
            if found is None:
                raise NotFoundError(f"No juror named {juror!r}.")
            if found.submitted_at is None:
                raise ConflictError(f"{juror} has not submitted: nothing to reopen.")
            submitted = found.submitted_at
            found.submitted_at = None
            session.add(found)
            audit(session, actor, "scoring.reopened", juror, old=submitted.isoformat(),
                  detail=reason.strip())

    @retried
    def record_consensus(
        self,
        actor: Actor,
        entry_id: str,
        criterion: str | None,
        value: float,
        rationale: str,
    ) -> None:
        """The jury's agreed value for an entry's total (criterion None) or one criterion.

        A revision appends; the ranking uses the newest and shows the computed value beside it.
        """
        _require_chair(actor)
        rationale = limits.check_text("rationale", rationale.strip(), "The rationale")
        if not rationale:
            raise PermissionDenied("A consensus decision needs its rationale: why the jury "
                                   "agreed on this value.")
        with self.transaction() as session:
            award = _require_deliberation(session, "a consensus")
            scale = scale_of(award)
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError(f"No entry {entry_id!r} in the running.")
            criterion_id = None
            if criterion is not None:
                keys = {c.key: c.id for c in repository.criteria(session=session)}
                if criterion not in keys:
                    raise NotFoundError(f"No criterion {criterion!r}; the criteria are "
                                        f"{', '.join(keys)}.")
                criterion_id = keys[criterion]
            if not scale.min <= value <= scale.max:
                raise PermissionDenied(f"{value:g} is outside the scale "
                                       f"{scale.min:g}–{scale.max:g}.")
            previous = next((d for d in reversed(repository.consensus_decisions(session=session))
                             if d.entry_id == entry_id and d.criterion_id == criterion_id), None)
            session.add(ConsensusDecision(
                entry_id=entry_id, criterion_id=criterion_id, value=value, rationale=rationale,
                decided_by=actor.name, decided_at=utcnow(),
            ))
            audit(session, actor, "consensus.recorded", f"{entry_id} · {criterion or 'total'}",
                  old=({"value": previous.value, "rationale": previous.rationale}
                       if previous else None),
                  new={"value": value, "rationale": rationale})

    @retried
    def decide_category(
        self,
        actor: Actor,
        category: str | None,
        kind: str,
        chosen: Sequence[str],
        rationale: str = "",
    ) -> CategoryRecord:
        """Confirm a category's nominees, its winner, or the order of entries tied on
        every rule. The ranking's proposal is kept beside the choice; choosing otherwise
        needs a rationale, and a tie always does."""
        _require_chair(actor)
        if kind not in DECISION_KINDS:
            raise NotFoundError(f"{kind!r}: decide one of {', '.join(DECISION_KINDS)}.")
        chosen = tuple(dict.fromkeys(chosen))
        rationale = limits.check_text("rationale", rationale.strip(), "The rationale")
        with self.transaction() as session:
            _require_deliberation(session, "nominees and winners")
            report = compute_results(session, actor)
            categories = {c.key: c for c in report.settings.categories}
            if categories and category not in categories:
                raise NotFoundError(f"No category {category!r}; the categories are "
                                    f"{', '.join(categories)}.")
            rows = [r for r in report.results.ranking  # type: ignore[attr-defined]
                    if r.category == category]
            in_category = {r.entry for r in rows}
            stray = [e for e in chosen if e not in in_category]
            if stray:
                raise NotFoundError(f"Not in {category or 'the award'}: {', '.join(stray)}.")
            choice = report.choices.get(category)
            if kind == "nominees":
                proposed = choice.nominees_proposed if choice else ()
                wanted = categories[category].nominees if category in categories else 3
                if len(chosen) != min(wanted, len(in_category)):
                    raise PermissionDenied(f"{category or 'The award'} has {wanted} nominees; "
                                           f"{len(chosen)} were chosen.")
            elif kind == "winner":
                if choice is None or choice.nominees is None:
                    raise PermissionDenied(f"Confirm the nominees of {category or 'the award'} "
                                           "before its winner.")
                if len(chosen) != 1 or chosen[0] not in choice.nominees:
                    raise PermissionDenied("The winner is one entry, chosen from the nominees ("
                                           f"{', '.join(choice.nominees)}).")
                proposed = (choice.winner_proposed,) if choice.winner_proposed else ()
            else:
                tied = _tied_group(rows, chosen)
                proposed = tuple(sorted(tied))
                if not rationale:
                    raise PermissionDenied("Deciding a tie needs a rationale: on what grounds "
                                           "the jury placed one entry before the other.")
            if chosen != proposed and not rationale:
                raise PermissionDenied(f"The ranking proposes {', '.join(proposed) or 'nothing'}; "
                                       "choosing otherwise needs a rationale.")
            # A close call (award.toml [ranking] close_call) needs its reasons on record
            # whichever way the jury goes, the proposal included.
            close = close_call_for(report, category, kind) if kind != "tie" else None
            if close is not None and not rationale:
                call: Any = close
                raise PermissionDenied(
                    f"Close call: {call.entry} leads {call.next} by {call.lead:.2f}, less than "
                    f"the award's margin of {call.margin:g}. Confirming "
                    f"{'the winner' if kind == 'winner' else 'the nominees'} needs a rationale, "
                    "even for the proposal.")
            previous = current_category_decisions(session).get(
                (category, kind if kind != "tie" else "tie:" + ",".join(sorted(chosen))))
            if previous is not None and tuple(previous.chosen) == chosen \
                    and previous.rationale == rationale:
                # The same decision confirmed twice (a double Enter): recorded once.
                return CategoryRecord(category, kind, tuple(previous.proposed), chosen,
                                      previous.rationale, previous.decided_by,
                                      previous.decided_at)
            now = utcnow()
            session.add(CategoryDecision(category_key=category, kind=kind,
                                         proposed=list(proposed), chosen=list(chosen),
                                         rationale=rationale, decided_by=actor.name,
                                         decided_at=now))
            audit(session, actor, f"{kind}.chosen", category or "",
                  old=list(previous.chosen) if previous else None,
                  new={"proposed": list(proposed), "chosen": list(chosen)}, detail=rationale)
            return CategoryRecord(category, kind, proposed, chosen, rationale, actor.name, now)

    @retried
    def write_laudatio(self, actor: Actor, entry_id: str, text: str) -> LaudatioRecord:
        """The chair's laudatio for an entry, for the ceremony and the jury report. Written
        during the deliberation like every decision; a revision appends, the newest counts;
        an empty text withdraws it (kept in the record)."""
        _require_chair(actor)
        text = limits.check_text("rationale", text.strip(), "The laudatio")
        with self.transaction() as session:
            _require_deliberation(session, "a laudatio")
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError(f"No entry {entry_id!r} in the running.")
            previous = _laudations(session).get(entry_id)
            if previous is not None and previous.text == text:
                return previous
            if previous is None and not text:
                raise PermissionDenied("A laudatio needs its words: write what the jury "
                                       "praises in this entry.")
            now = utcnow()
            session.add(Laudatio(entry_id=entry_id, text=text, written_by=actor.name,
                                 written_at=now))
            audit(session, actor, "laudatio.written", entry_id,
                  old=previous.text if previous else None, new=text or None)
            return LaudatioRecord(entry_id, text, actor.name, now)

    def laudations(self, actor: Actor) -> dict[str, LaudatioRecord]:
        """The newest laudatio per entry (withdrawn ones left out), for the exports."""
        _require_reader(actor)
        with self.reading() as session:
            return {k: v for k, v in _laudations(session).items() if v.text}

    def laudatio_draft(self, actor: Actor, entry_id: str) -> LaudatioDraft:
        """The current laudatio and the jurors' overall notes the chair can pick from."""
        _require_chair(actor)
        with self.reading() as session:
            entry = repository.entry(entry_id, session=session)
            if entry is None:
                raise NotFoundError(f"No entry {entry_id!r}.")
            notes = tuple((name, n.note) for n, name in
                          repository.entry_notes_on(entry_id, session=session)
                          if n.note.strip())
            current = _laudations(session).get(entry_id)
            return LaudatioDraft(entry.id, entry.title, entry.organisation,
                                 current if current and current.text else None, notes)

    def decisions(self, actor: Actor) -> Decisions:
        """Every consensus and category decision in order, revisions included."""
        _require_reader(actor)
        with self.reading() as session:
            return Decisions(_consensus_records(session), tuple(
                CategoryRecord(d.category_key, d.kind, tuple(d.proposed), tuple(d.chosen),
                               d.rationale, d.decided_by, d.decided_at)
                for d in repository.category_decisions(session=session)))

    def entry(self, actor: Actor, entry_id: str) -> EntryRecord:
        """Everything the jury said about one entry. Blind for jurors during scoring."""
        with self.reading() as session:
            award = require_award(session)
            if actor.role == "juror" and award.phase == "scoring":
                raise PermissionDenied("During scoring a juror sees only their own scores; the "
                                       "panel's open once the chair starts the deliberation.")
            entry = repository.entry(entry_id, session=session)
            if entry is None:
                raise NotFoundError(f"No entry {entry_id!r}.")
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
                tuple(j.name for j in jurors if j.role == "juror"),
                scores, notes, recusals,
                tuple(r for r in _consensus_records(session) if r.entry == entry_id),
            )

    def progress(self, actor: Actor) -> Progress:
        """Each juror's status on each entry in the running: the chair's view of the work."""
        _require_reader(actor)
        with self.reading() as session:
            award = require_award(session)
            n_criteria = len(repository.criteria(session=session))
            jurors = [j for j in repository.jurors(session=session) if j.role == "juror"]
            names = {j.id: j.name for j in jurors}
            entries = tuple((e, t, c) for e, t, _, c in
                            repository.entry_summaries(session=session))
            status: dict[tuple[str, str], str] = {}
            for juror_id, entry_id, n in repository.scored_criteria_per_entry(session=session):
                if juror_id in names:
                    status[(names[juror_id], entry_id)] = "scored" if n >= n_criteria else "partly"
            for r in repository.recusals(session=session):
                if r.juror_id in names:
                    status[(names[r.juror_id], r.entry_id)] = "recused"
            failed = repository.failed_signins(utcnow() - RECENT_SIGNINS, session=session)
            return Progress(award.phase, tuple(names.values()),
                            {j.name: j.submitted_at is not None for j in jurors},
                            entries, status, failed)

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
        _require_reader(actor)
        with self.reading() as session:
            return [_row(e) for e in repository.audit_events(
                session=session, action=action, actor=who, text=text, limit=limit)]


def _row(event: AuditEvent) -> AuditRow:
    return AuditRow(int(event.id or 0), event.at, event.actor, event.action, event.subject,
                    event.old, event.new, event.detail)


def _require_chair(actor: Actor, *, secretary_too: bool = False) -> None:
    allowed = ("chair", "secretary") if secretary_too else ("chair",)
    if actor.role not in allowed:
        who = "the chair or the secretary" if secretary_too else "the chair"
        raise PermissionDenied(f"Only {who} can do this; {actor.name} is a {actor.role}.")


def _require_reader(actor: Actor) -> None:
    if actor.role not in ("chair", "secretary"):
        raise PermissionDenied("Only the chair and the secretary read the jury's whole record; "
                               "it holds every juror's scores.")


def _require_deliberation(session: Session, what: str) -> Any:
    award = require_award(session, lock="update")
    if award.phase == "final":
        raise PermissionDenied(f"The award is final: {what} can no longer change. Reopen the "
                               "deliberation first, with a reason.")
    if award.phase != "deliberation":
        raise PermissionDenied(f"The jury decides {what} during the deliberation; it is "
                               f"still {award.phase}.")
    return award


def _tied_group(rows: Sequence[Any], chosen: tuple[str, ...]) -> set[str]:
    """The entries the rules leave tied with the chosen ones; the choice must order exactly them."""
    by_entry = {r.entry: r for r in rows}
    groups: dict[int | None, set[str]] = defaultdict(set)
    for r in rows:
        if r.rank is not None and any(f.kind == "tie" for f in r.flags):
            groups[r.rank].add(r.entry)
    ranks = {by_entry[e].rank for e in chosen}
    if len(ranks) != 1 or set(chosen) != groups.get(next(iter(ranks)), set()):
        raise PermissionDenied("A tie decision orders exactly the entries the rules leave tied "
                               "(the same rank, flagged as a tie).")
    return set(chosen)


def _consensus_records(session: Session) -> tuple[ConsensusRecord, ...]:
    keys = {c.id: c.key for c in repository.criteria(session=session)}
    rows = repository.consensus_decisions(session=session)
    newest = {(d.entry_id, d.criterion_id): d.id for d in rows}
    return tuple(
        ConsensusRecord(d.entry_id, keys.get(d.criterion_id) if d.criterion_id else None,
                        d.value, d.rationale, d.decided_by, d.decided_at,
                        newest[(d.entry_id, d.criterion_id)] == d.id)
        for d in rows
    )


def _laudations(session: Session) -> dict[str, LaudatioRecord]:
    """The newest laudatio per entry, withdrawn (empty) ones included."""
    found: dict[str, LaudatioRecord] = {}
    for row in repository.laudations(session=session):
        found[row.entry_id] = LaudatioRecord(row.entry_id, row.text, row.written_by,
                                             row.written_at)
    return found


def _freeze(session: Session, actor: Actor, now: datetime) -> None:
    """Check every category has its winner, then keep the ranking as it stands."""
    report = compute_results(session, actor)
    undecided = [c or "the award" for c, choice in report.choices.items() if choice.winner is None]
    if undecided:
        raise PermissionDenied(f"Final needs a winner in every category; not yet chosen: "
                               f"{', '.join(undecided)}.")
    results: Any = report.results
    rows = []
    for row in results.ranking:
        choice = report.choices.get(row.category)
        rows.append({
            "category": row.category, "rank": row.rank, "entry": row.entry,
            "title": row.title, "total": row.total, "computed_total": row.computed_total,
            "nominee": bool(choice and row.entry in (choice.nominees or ())),
            "winner": bool(choice and row.entry == choice.winner),
        })
    session.add(FrozenRanking(frozen_at=now, frozen_by=actor.label,
                              aggregate=results.aggregate, rows=rows))
    audit(session, actor, "ranking.frozen", report.settings.slug,
          new={c: {"nominees": list(ch.nominees or ()), "winner": ch.winner}
               for c, ch in report.choices.items()})
