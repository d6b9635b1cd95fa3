"""The chair's decisions: consensus values, nominees, winners, ties, laudations, and the
ranking frozen when the award goes final.

Only the chair decides; decisions are taken in the deliberation; choosing otherwise than the
ranking proposes, a tie and a close call need a rationale.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from jury import limits, repository
from jury.errors import NotFoundError, PermissionDenied
from jury.i18n import Both, Count, Message, Word
from jury.models import CategoryDecision, ConsensusDecision, FrozenRanking, Laudatio, utcnow
from jury.rules import nominees_wanted
from jury.services.base import Actor, Service, audit, require, require_award, retried, scale_of
from jury.services.record import (
    READERS,
    CategoryRecord,
    LaudatioRecord,
    laudations_of,
)
from jury.services.results import close_call_for, compute_results, current_category_decisions
from jury.terms import DecisionKind, Phase, Role

TIE = "tie"
DECISION_KINDS = (DecisionKind.NOMINEES, DecisionKind.WINNER, TIE)


@dataclass(frozen=True)
class LaudatioDraft:
    """What the chair starts a laudatio from: the current text, the jurors' overall notes."""

    entry: str
    title: str
    organisation: str
    current: LaudatioRecord | None
    notes: tuple[tuple[str, str], ...]


class DecisionService(Service):
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
        require(actor, Role.CHAIR, because="deliberation.chair_only")
        rationale = limits.check_text("rationale", rationale.strip(), Message("what.rationale"))
        if not rationale:
            raise PermissionDenied("deliberation.consensus.rationale")
        with self.transaction() as session:
            award = require_deliberation(session, "deliberation.what.consensus")
            scale = scale_of(award)
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError("deliberation.not_running", entry=entry_id)
            criterion_id = None
            if criterion is not None:
                keys = {c.key: c.id for c in repository.criteria(session=session)}
                if criterion not in keys:
                    raise NotFoundError("deliberation.no_criterion", criterion=criterion,
                                        criteria=list(keys))
                criterion_id = keys[criterion]
            if not scale.min <= value <= scale.max:
                raise PermissionDenied("deliberation.consensus.scale", value=float(value),
                                       min=float(scale.min), max=float(scale.max))
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
        require(actor, Role.CHAIR, because="deliberation.chair_only")
        if kind not in DECISION_KINDS:
            raise NotFoundError("deliberation.kind.unknown", kind=kind,
                                kinds=[Word(f"deliberation.kind.{k}") for k in DECISION_KINDS])
        chosen = tuple(dict.fromkeys(chosen))
        rationale = limits.check_text("rationale", rationale.strip(), Message("what.rationale"))
        with self.transaction() as session:
            require_deliberation(session, "deliberation.what.choices")
            report = compute_results(session, actor)
            categories = {c.key: c for c in report.settings.categories}
            if categories and category not in categories:
                raise NotFoundError("deliberation.no_category", category=category,
                                    categories=[Both(c.label_nl, c.label_en)
                                                for c in categories.values()])
            named = category_name(categories, category)
            rows = [r for r in report.results.ranking  # type: ignore[attr-defined]
                    if r.category == category]
            in_category = {r.entry for r in rows}
            stray = [e for e in chosen if e not in in_category]
            if stray:
                raise NotFoundError("deliberation.not_in_category", category=named,
                                    entries=stray)
            choice = report.choices.get(category)
            if kind == DecisionKind.NOMINEES:
                proposed = choice.nominees_proposed if choice else ()
                wanted = nominees_wanted({k: c.nominees for k, c in categories.items()}, category)
                if len(chosen) != min(wanted, len(in_category)):
                    raise PermissionDenied("deliberation.nominees.count", category=named,
                                           wanted=Count(wanted, "deliberation.nominee"),
                                           n=len(chosen))
            elif kind == DecisionKind.WINNER:
                if choice is None or choice.nominees is None:
                    raise PermissionDenied("deliberation.winner.nominees_first",
                                           category=named)
                if len(chosen) != 1 or chosen[0] not in choice.nominees:
                    raise PermissionDenied("deliberation.winner.one_nominee",
                                           nominees=list(choice.nominees))
                proposed = (choice.winner_proposed,) if choice.winner_proposed else ()
            else:
                tied = _tied_group(rows, chosen)
                proposed = tuple(sorted(tied))
                if not rationale:
                    raise PermissionDenied("deliberation.tie.rationale")
            if chosen != proposed and not rationale:
                raise PermissionDenied("deliberation.otherwise.rationale",
                                       proposed=list(proposed) or Word("deliberation.nothing"))
            # A close call (award.toml [ranking] close_call) needs its reasons on record
            # whichever way the jury goes, the proposal included.
            close = close_call_for(report, category, kind) if kind != TIE else None
            if close is not None and not rationale:
                call: Any = close
                raise PermissionDenied(
                    "deliberation.close_call", entry=call.entry, next=call.next,
                    lead=round(float(call.lead), 2), margin=float(call.margin),
                    what=Word("deliberation.what.the_winner" if kind == DecisionKind.WINNER
                              else "deliberation.what.the_nominees"))
            previous = current_category_decisions(session).get(
                (category, kind if kind != TIE else "tie:" + ",".join(sorted(chosen))))
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
        require(actor, Role.CHAIR, because="deliberation.chair_only")
        text = limits.check_text("rationale", text.strip(), Message("what.laudatio"))
        with self.transaction() as session:
            require_deliberation(session, "deliberation.what.laudatio")
            entry = repository.entry(entry_id, session=session)
            if entry is None or entry.withdrawn:
                raise NotFoundError("deliberation.not_running", entry=entry_id)
            previous = laudations_of(session).get(entry_id)
            if previous is not None and previous.text == text:
                return previous
            if previous is None and not text:
                raise PermissionDenied("deliberation.laudatio.empty")
            now = utcnow()
            session.add(Laudatio(entry_id=entry_id, text=text, written_by=actor.name,
                                 written_at=now))
            audit(session, actor, "laudatio.written", entry_id,
                  old=previous.text if previous else None, new=text or None)
            return LaudatioRecord(entry_id, text, actor.name, now)

    def laudations(self, actor: Actor) -> dict[str, LaudatioRecord]:
        """The newest laudatio per entry (withdrawn ones left out), for the exports."""
        require(actor, *READERS, because="deliberation.readers_only")
        with self.reading() as session:
            return {k: v for k, v in laudations_of(session).items() if v.text}

    def laudatio_draft(self, actor: Actor, entry_id: str) -> LaudatioDraft:
        """The current laudatio and the jurors' overall notes the chair can pick from."""
        require(actor, Role.CHAIR, because="deliberation.chair_only")
        with self.reading() as session:
            entry = repository.entry(entry_id, session=session)
            if entry is None:
                raise NotFoundError("deliberation.no_entry", entry=entry_id)
            notes = tuple((name, n.note) for n, name in
                          repository.entry_notes_on(entry_id, session=session)
                          if n.note.strip())
            current = laudations_of(session).get(entry_id)
            return LaudatioDraft(entry.id, entry.title, entry.organisation,
                                 current if current and current.text else None, notes)


def category_name(categories: Mapping[str, Any], key: str | None) -> Any:
    """A category as a message value: its label in both languages; 'the award' for an award
    without categories; an unknown key as it was given."""
    found = categories.get(key) if key is not None else None
    if found is not None:
        return Both(found.label_nl, found.label_en)
    return Word("deliberation.the_award") if key is None else key


def require_deliberation(session: Session, what: str) -> Any:
    """The award, locked for the decision, if the jury is deliberating; `what` is the
    catalogue word for what is decided."""
    award = require_award(session, lock="update")
    if award.phase == Phase.FINAL:
        raise PermissionDenied("deliberation.decided.final", what=Word(what))
    if award.phase != Phase.DELIBERATION:
        raise PermissionDenied("deliberation.decided.not_yet", what=Word(what),
                               phase=Word(f"phase.{award.phase}"))
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
        raise PermissionDenied("deliberation.tie.exactly")
    return set(chosen)


def freeze(session: Session, actor: Actor, now: datetime) -> None:
    """Check every category has its winner, then keep the ranking as it stands."""
    report = compute_results(session, actor)
    categories = {c.key: c for c in report.settings.categories}
    undecided = [category_name(categories, c) for c, choice in report.choices.items()
                 if choice.winner is None]
    if undecided:
        raise PermissionDenied("deliberation.final.winners", categories=undecided)
    results = report.results
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
