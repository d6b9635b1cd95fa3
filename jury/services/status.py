"""Where the jury stands: the award, its entries and each juror's progress."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from jury import repository
from jury.services.base import Service, require_award


@dataclass(frozen=True)
class CategoryCount:
    key: str
    label_nl: str
    label_en: str
    entries: int


@dataclass(frozen=True)
class JurorProgress:
    name: str
    role: str
    scored: int
    partly: int
    recused: int
    todo: int
    submitted: bool


@dataclass(frozen=True)
class StatusReport:
    name: str
    edition: str
    phase: str
    language: str
    entries: int
    categories: list[CategoryCount]
    jurors: list[JurorProgress]


class StatusService(Service):
    def report(self) -> StatusReport:
        """Counts per juror: scored (every criterion), partly, recused, to do; recused wins."""
        with self.reading() as session:
            award = require_award(session)
            criteria = len(repository.criteria(session=session))
            per_category = repository.entry_counts_by_category(session=session)
            total = sum(per_category.values())
            active = {e.id for e in repository.entries(session=session)}
            recused = {(r.juror_id, r.entry_id) for r in repository.recusals(session=session)
                       if r.entry_id in active}
            scored: Counter[int] = Counter()
            partly: Counter[int] = Counter()
            for juror_id, entry_id, n in repository.scored_criteria_per_entry(session=session):
                if (juror_id, entry_id) in recused:
                    continue
                (scored if n >= criteria else partly)[juror_id] += 1
            recused_by = Counter(juror_id for juror_id, _ in recused)
            jurors = [
                JurorProgress(
                    name=j.name, role=j.role, scored=scored[j.id], partly=partly[j.id],  # type: ignore[index]
                    recused=recused_by[j.id],  # type: ignore[index]
                    todo=total - scored[j.id] - partly[j.id] - recused_by[j.id],  # type: ignore[index]
                    submitted=j.submitted_at is not None,
                )
                for j in repository.jurors(session=session)
            ]
            categories = [
                CategoryCount(c.key, c.label_nl, c.label_en, per_category.get(c.key, 0))
                for c in repository.categories(session=session)
            ]
            return StatusReport(award.name, award.edition, award.phase, award.language,
                                total, categories, jurors)
