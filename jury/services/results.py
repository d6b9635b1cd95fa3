"""The reconciliation as the chair sees it: stored scores in, ranking and evidence out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import JuryError, PermissionDenied
from jury.services.base import Actor, Service, load_settings, require_award

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class ResultsReport:
    """The reconciliation's results with what is needed to present them."""

    name: str
    edition: str
    phase: str
    settings: AwardSettings
    results: object  # jury.reconcile.results.Results; typed loosely to keep numpy lazy


class ResultsService(Service):
    def compute(self, actor: Actor, *, aggregate: str | None = None) -> ResultsReport:
        """Reconcile every stored score. Jurors see results only after the scoring phase,
        so that nobody scores with the panel's opinion in view."""
        import numpy as np

        from jury.reconcile.panel import (
            CategoryInfo,
            Consensus,
            CriterionInfo,
            EntryInfo,
            Panel,
            Rules,
        )
        from jury.reconcile.results import reconcile
        from jury.reconcile.scores import AGGREGATES

        if aggregate is not None and aggregate not in AGGREGATES:
            raise JuryError(f"--aggregate {aggregate!r}: use one of {', '.join(AGGREGATES)}.",
                            title="Results")
        with self.reading() as session:
            award = require_award(session)
            if actor.role == "juror" and award.phase == "scoring":
                raise PermissionDenied(
                    "During scoring a juror does not see the panel's results; they open "
                    "once the chair starts the deliberation."
                )
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
        )
        rules = Rules(
            aggregate=aggregate or settings.ranking.aggregate,
            tie_break=tuple(settings.ranking.tie_break),
            disagreement_range=settings.disagreement_range,
            step=settings.scale.step,
        )
        return ResultsReport(award.name, award.edition, award.phase, settings,
                             reconcile(panel, rules))

    def notes(self, actor: Actor) -> NotesRecord:
        """What each juror wrote and scored: for the jury report. Blind during scoring."""
        with self.reading() as session:
            award = require_award(session)
            if actor.role == "juror" and award.phase == "scoring":
                raise PermissionDenied("During scoring a juror does not see other jurors' notes.")
            return NotesRecord(*repository.jury_record(session=session))


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
