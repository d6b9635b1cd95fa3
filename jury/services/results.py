"""The reconciliation as the chair sees it: stored scores in, ranking and evidence out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import JuryError, PermissionDenied
from jury.models import CategoryDecision
from jury.rules import nominees_wanted, sees_the_panel
from jury.services.base import Actor, Service, load_settings, require_award
from jury.terms import AGGREGATES

if TYPE_CHECKING:
    import numpy as np

    from jury.reconcile.results import Results


@dataclass(frozen=True)
class CategoryChoice:
    """A category's nominees and winner: what the ranking proposes, what the jury chose."""

    category: str | None
    nominees_proposed: tuple[str, ...]
    winner_proposed: str | None
    nominees: tuple[str, ...] | None = None
    winner: str | None = None
    nominees_rationale: str = ""
    winner_rationale: str = ""

    @property
    def shown_nominees(self) -> tuple[str, ...]:
        return self.nominees if self.nominees is not None else self.nominees_proposed

    @property
    def shown_winner(self) -> str | None:
        return self.winner if self.winner is not None else self.winner_proposed

    @property
    def decided(self) -> bool:
        return self.nominees is not None and self.winner is not None


@dataclass(frozen=True)
class ResultsReport:
    """The reconciliation's results with what is needed to present them."""

    name: str
    edition: str
    phase: str
    settings: AwardSettings
    results: Results  # imported for the type only: numpy stays lazy
    choices: dict[str | None, CategoryChoice] = field(default_factory=dict)
    frozen_at: datetime | None = None
    frozen_by: str = ""


class ResultsService(Service):
    def compute(self, actor: Actor, *, aggregate: str | None = None) -> ResultsReport:
        """Reconcile every stored score. Jurors see results only after the scoring phase,
        so that nobody scores with the panel's opinion in view."""
        with self.reading() as session:
            return compute_results(session, actor, aggregate=aggregate)

    def notes(self, actor: Actor) -> NotesRecord:
        """What each juror wrote and scored: for the jury report. Blind during scoring."""
        with self.reading() as session:
            award = require_award(session)
            if not sees_the_panel(actor.role, award.phase):
                raise PermissionDenied("results.notes_blind")
            return NotesRecord(*repository.jury_record(session=session))


def compute_results(session: Session, actor: Actor, *,
                    aggregate: str | None = None) -> ResultsReport:
    """The reconciliation inside the caller's session, so that a phase change can freeze
    exactly what it checked."""
    import numpy as np

    from jury.reconcile.panel import CategoryInfo, Consensus, CriterionInfo, EntryInfo, Panel, Rules
    from jury.reconcile.results import reconcile

    if aggregate is not None and aggregate not in AGGREGATES:
        raise JuryError("results.bad_aggregate", title="error.title.results",
                        aggregate=aggregate, choices=list(AGGREGATES))
    award = require_award(session)
    if not sees_the_panel(actor.role, award.phase):
        raise PermissionDenied("results.blind")
    settings = load_settings(session)
    language = settings.award.language
    rows = repository.score_rows(session=session)
    juror_rows = repository.jurors(session=session)
    entries = [EntryInfo(*row) for row in repository.entry_summaries(session=session)]
    criteria = list(repository.criteria(session=session))
    decisions: dict[tuple[str, str | None], Consensus] = {}
    criterion_keys = {c.id: c.key for c in criteria}
    for d in repository.consensus_decisions(session=session):
        key = criterion_keys.get(d.criterion_id) if d.criterion_id else None
        decisions[(d.entry_id, key)] = Consensus(d.entry_id, d.value, d.rationale,
                                                 d.decided_by, key)
    recusals = repository.recusal_pairs(session=session)
    chosen = current_category_decisions(session)
    tie_order = {entry: place
                 for (_, kind), decision in chosen.items() if kind.startswith("tie:")
                 for place, entry in enumerate(decision.chosen)}
    frozen = repository.frozen_ranking(session=session) if award.phase == "final" else None

    juror_ids, entry_ids, criterion_ids, values = (
        (np.array(column) for column in zip(*rows, strict=True)) if rows
        else (np.zeros(0, dtype=int),) * 4
    )
    scored_by = set(np.unique(juror_ids).tolist())
    jurors = [j for j in juror_rows if j.role == "juror" or j.id in scored_by]
    juror_position = _positions([j.id for j in jurors], juror_ids)
    criterion_position = _positions([c.id for c in criteria], criterion_ids)
    entry_index = {e.id: i for i, e in enumerate(entries)}
    entry_position = np.fromiter((entry_index.get(e, -1) for e in entry_ids.tolist()), int,
                                 len(entry_ids))
    known = (juror_position >= 0) & (entry_position >= 0) & (criterion_position >= 0)
    panel = Panel.from_indices(
        entries,
        [j.name for j in jurors],
        [CriterionInfo(c.key, c.label_nl if language == "nl" else c.label_en, c.weight)
         for c in settings.criteria],
        criterion_position[known],
        entry_position[known],
        juror_position[known],
        values[known].astype(float),
        categories=[CategoryInfo(c.key, c.label_nl if language == "nl" else c.label_en,
                                 c.nominees) for c in settings.categories],
        recusals=recusals,
        consensus=decisions.values(),
        tie_order=tie_order,
    )
    rules = Rules(
        aggregate=aggregate or settings.ranking.aggregate,
        tie_break=tuple(settings.ranking.tie_break),
        disagreement_range=settings.disagreement_range,
        step=settings.scale.step,
        seed=award_seed(award.name, award.edition),
        close_call=settings.close_call,
    )
    results = reconcile(panel, rules)
    nominees: dict[str | None, int] = {c.key: c.nominees for c in settings.categories}
    return ResultsReport(
        award.name, award.edition, award.phase, settings, results,
        choices=_ballot_proposals(session, category_choices(results.ranking, nominees, chosen)),
        frozen_at=frozen.frozen_at if frozen else None,
        frozen_by=frozen.frozen_by if frozen else "",
    )


def award_seed(name: str, edition: str) -> int:
    """The seed of every resampling (alpha's interval, the chances): derived from the award,
    so the same scores give the same figures on every machine and every run."""
    import hashlib

    digest = hashlib.sha256(f"{name}\n{edition}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def close_call_for(report: ResultsReport, category: str | None, kind: str) -> object | None:
    """The ranking's close call on this category's winner or nominees, if there is one."""
    robustness = report.results.robustness
    for call in getattr(robustness, "close_calls", ()):
        if call.category == category and call.kind == kind:
            return call
    return None


def proposals(ranking: Sequence, nominees: dict[str | None, int]
              ) -> dict[str | None, tuple[str, ...]]:
    """Per category the ranked entries the ranking proposes as nominees, best first."""
    found: dict[str | None, list[str]] = {}
    for row in ranking:
        places = found.setdefault(row.category, [])
        if row.rank is not None and len(places) < nominees_wanted(nominees, row.category):
            places.append(row.entry)
    return {category: tuple(ids) for category, ids in found.items()}


def category_choices(
    ranking: Sequence, nominees: dict[str | None, int],
    chosen: dict[tuple[str | None, str], CategoryDecision],
) -> dict[str | None, CategoryChoice]:
    """The proposal per category beside the jury's current choice. A chosen winner who is no
    longer among the chosen nominees does not count."""
    choices = {}
    place = {row.entry: n for n, row in enumerate(ranking)}
    for category, proposed in proposals(ranking, nominees).items():
        picked = chosen.get((category, "nominees"))
        picked_nominees = tuple(picked.chosen) if picked else None
        pool = picked_nominees if picked_nominees is not None else proposed
        best = min(pool, key=lambda entry: place.get(entry, len(place))) if pool else None
        winner = chosen.get((category, "winner"))
        valid_winner = winner is not None and winner.chosen and winner.chosen[0] in pool
        choices[category] = CategoryChoice(
            category=category,
            nominees_proposed=proposed,
            winner_proposed=best,
            nominees=picked_nominees,
            winner=winner.chosen[0] if valid_winner and winner else None,
            nominees_rationale=picked.rationale if picked else "",
            winner_rationale=winner.rationale if valid_winner and winner else "",
        )
    return choices


def _ballot_proposals(session: Session, choices: dict[str | None, CategoryChoice]
                      ) -> dict[str | None, CategoryChoice]:
    """A closed ballot's winner is the proposal for its category's winner decision."""
    from dataclasses import replace

    from jury.services.ballots import ballot_winners

    won = ballot_winners(session)
    return {category: replace(choice, winner_proposed=won[category])
            if won.get(category) in choice.shown_nominees else choice
            for category, choice in choices.items()}


def current_category_decisions(session: Session) -> dict[tuple[str | None, str], CategoryDecision]:
    """The newest decision per category and kind; a tie is decided per group of tied entries,
    so its kind reads 'tie:A,B'."""
    found: dict[tuple[str | None, str], CategoryDecision] = {}
    for decision in repository.category_decisions(session=session):
        kind = decision.kind
        if kind == "tie":
            kind = "tie:" + ",".join(sorted(decision.chosen))
        found[(decision.category_key, kind)] = decision
    return found


class NotesRecord:
    """Every juror's scores with notes, overall notes and recusals, as plain tuples."""

    def __init__(self, scores: list, entry_notes: list, recusals: list) -> None:
        self.scores = scores
        self.entry_notes = entry_notes
        self.recusals = recusals


def _positions(ids: list[int | None], found: np.ndarray) -> np.ndarray:
    """Map database ids to positions 0..n-1 (-1 for ids not in `ids`), vectorised."""
    import numpy as np

    if len(found) == 0:
        return np.zeros(0, dtype=int)
    table = np.full(max(int(found.max()), max((i or 0 for i in ids), default=0)) + 1, -1)
    for position, key in enumerate(ids):
        table[key] = position
    return table[found.astype(int)]
