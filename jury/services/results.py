"""The reconciliation as the chair sees it: stored scores in, ranking and evidence out."""

from __future__ import annotations

from dataclasses import dataclass

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import JuryError, PermissionDenied
from jury.services.base import Actor, Service, load_settings, require_award


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
            scores = repository.score_values(session=session)
            scored_by = {name for name, *_ in scores}
            jurors = [j.name for j in repository.jurors(session=session)
                      if j.role == "juror" or j.name in scored_by]
            entries = [
                EntryInfo(e.id, e.title, e.organisation, e.category_key)
                for e in repository.entries(session=session)
            ]
            decisions: dict[tuple[str, str | None], Consensus] = {}
            criterion_keys = {c.id: c.key for c in repository.criteria(session=session)}
            for d in repository.consensus_decisions(session=session):
                key = criterion_keys.get(d.criterion_id) if d.criterion_id else None
                decisions[(d.entry_id, key)] = Consensus(d.entry_id, d.value, d.rationale,
                                                         d.decided_by, key)
            recusals = repository.recusal_pairs(session=session)
        panel = Panel.build(
            entries,
            jurors,
            [CriterionInfo(c.key, c.label_nl if language == "nl" else c.label_en, c.weight)
             for c in settings.criteria],
            scores,
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
