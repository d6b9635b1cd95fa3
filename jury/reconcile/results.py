"""The whole reconciliation: figures, ranking, flags, reliability, jurors and robustness."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jury.reconcile.chances import Chances, chances
from jury.reconcile.checks import CloseCall, Standardised, close_calls, standardised_ranking
from jury.reconcile.flags import Flag, criterion_flags
from jury.reconcile.leniency import entry_labels, juror_groups
from jury.reconcile.panel import Consensus, Panel, Rules
from jury.reconcile.ranking import Placement, rank_category, rule_values
from jury.reconcile.readings import Reading, readings
from jury.reconcile.reliability import Reliability, reliabilities, spearman
from jury.reconcile.robustness import SCHULZE_LIMIT, schulze_winners, weight_sensitivity
from jury.reconcile.scores import Scoring, quiet, score


@dataclass(frozen=True)
class CriterionResult:
    n: int
    mean: float | None
    median: float | None
    sd: float | None
    min: float | None
    max: float | None
    adjusted: float | None
    agreed: float | None = None


@dataclass(frozen=True)
class RankingRow:
    category: str | None
    rank: int | None
    entry: str
    title: str
    organisation: str
    total: float | None
    computed_total: float | None
    tie_break: str | None
    criteria: dict[str, CriterionResult]
    flags: tuple[Flag, ...]
    consensus: Consensus | None
    jurors: int
    aggregate: str = ""
    """The aggregate this row's total was made of: the award's, or 'mean' where the design
    does not connect the category's entries (see Design)."""


@dataclass(frozen=True)
class JurorResult:
    name: str
    scored: int
    recused: int
    leniency: dict[str, float | None]
    leniency_se: dict[str, float | None]
    agreement: float | None


@dataclass(frozen=True)
class LeaveOneOut:
    without: str
    category: str | None
    winner: str | None
    nominees: tuple[str, ...]
    max_rank_shift: int | None


@dataclass(frozen=True)
class Robustness:
    winner_stable: bool
    leave_one_out: tuple[LeaveOneOut, ...]
    schulze_winners: dict[str | None, str | None]
    schulze_differs: dict[str | None, bool]
    weight_sensitivity: dict[str | None, dict[str, float | None]]
    close_calls: tuple[CloseCall, ...] = ()
    standardised: Standardised = field(default_factory=lambda: Standardised({}, ()))


@dataclass(frozen=True)
class JurorGroup:
    jurors: tuple[str, ...]
    entries: tuple[str, ...]


@dataclass(frozen=True)
class Design:
    """Which jurors the scores connect (through chains of shared entries), and what that means
    for the ranking: the leniency adjustment compares only entries within one connected
    group, so a category whose entries span groups (`split`) is ranked on the plain mean
    when the aggregate is 'adjusted' (`fallback`)."""

    groups: tuple[JurorGroup, ...] = ()
    split: tuple[str | None, ...] = ()
    fallback: tuple[str | None, ...] = ()

    @property
    def connected(self) -> bool:
        return len(self.groups) <= 1


@dataclass(frozen=True)
class Results:
    aggregate: str
    ranking: tuple[RankingRow, ...]
    reliability: dict[str, Reliability]
    jurors: tuple[JurorResult, ...]
    robustness: Robustness
    disconnected: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    unscored: dict[str, tuple[str, ...]] = field(default_factory=dict)
    design: Design = field(default_factory=Design)
    chances: Chances = field(default_factory=Chances)
    readings: tuple[Reading, ...] = ()

    def winners(self) -> dict[str | None, str | None]:
        return _winners(self.ranking)


def reconcile(panel: Panel, rules: Rules) -> Results:
    """Reconcile every juror's scores into a ranking the chair can defend.

    Steps: descriptive figures and the leniency fit per criterion; totals under the award's
    aggregate with the chair's consensus applied; the ranking per category with the tie-break
    chain; disagreement flags; reliability per criterion and for the total; per-juror
    leniency and agreement; leave-one-juror-out, the Schulze cross-check and the weight
    sensitivity per category; close calls and the spread-adjusted check beside the ranking;
    the design's connected groups (a category they split is ranked on the mean); the chance
    of each entry to win and be nominated; the readings of the total's reliability as codes.
    """
    scoring = score(panel, rules.aggregate)
    placements = _rank(panel, scoring, rules)
    ranking = _rows(panel, scoring, placements, rules)
    keys = [c.key for c in panel.criteria]
    matrices = [panel.values[k] for k in range(len(keys))] + [scoring.juror_totals]
    found = reliabilities(matrices, resamples=alpha_resamples(len(panel.entries), rules.bootstrap),
                          seed=rules.seed)
    reliability = dict(zip([*keys, "total"], found, strict=True))
    robustness = _robustness(panel, scoring, placements, ranking, rules)
    return Results(
        aggregate=rules.aggregate,
        ranking=ranking,
        reliability=reliability,
        jurors=_jurors(panel, scoring),
        robustness=robustness,
        design=_design(panel, scoring),
        chances=chances(panel, rules.aggregate, draws=rules.bootstrap, seed=rules.seed,
                        point=scoring),
        readings=readings(reliability["total"], robustness.leave_one_out, _winners(ranking)),
        disconnected={
            panel.criteria[k].key: tuple(tuple(panel.jurors[j] for j in g)
                                         for g in figure.adjustment.groups)
            for k, figure in enumerate(scoring.figures) if not figure.adjustment.connected
        },
        unscored={
            panel.criteria[k].key: tuple(panel.entries[e].id
                                         for e in np.flatnonzero(figure.n == 0))
            for k, figure in enumerate(scoring.figures) if (figure.n == 0).any()
        },
    )


ALPHA_BUDGET = 2_000_000
"""Resampled entries for alpha's bootstrap interval: 1000 resamples up to 2,000 entries, then
fewer (never below 200); at that size the interval is narrow and 200 resamples place it."""


def alpha_resamples(entries: int, asked: int) -> int:
    return int(min(asked, max(200, ALPHA_BUDGET // max(1, entries))))


def _rank(panel: Panel, scoring: Scoring, rules: Rules) -> dict[str | None, Placement]:
    keys = tuple(c.key for c in panel.criteria)
    chain = tuple(r for r in rules.tie_break if r in keys or r in ("head_to_head", "median"))
    values = rule_values(scoring.criterion_scores, scoring.juror_totals, keys)
    if panel.tie_order:
        chain += ("chair",)
        values["chair"] = np.array([-panel.tie_order.get(e.id, np.inf) for e in panel.entries],
                                   dtype=float)
    return {
        category: rank_category(members, scoring.totals, values, scoring.juror_totals, chain)
        for category, members in panel.category_members().items()
    }


def _rows(
    panel: Panel, scoring: Scoring, placements: dict[str | None, Placement], rules: Rules
) -> tuple[RankingRow, ...]:
    keys = [c.key for c in panel.criteria]
    flags: dict[int, list[Flag]] = {}
    for k, key in enumerate(keys):
        for e, found in criterion_flags(panel.values[k], panel.jurors, key,
                                        rules.disagreement_range, rules.step).items():
            flags.setdefault(e, []).extend(found)
    decisions = {d.entry: d for d in panel.consensus if d.criterion is None}
    scored_by = (~np.isnan(panel.values)).any(axis=0).sum(axis=1).tolist()
    figures = [_columns(scoring, k) for k in range(len(keys))]
    per_criterion = [list(map(CriterionResult, *columns)) for columns in figures]
    totals, computed = _plain(scoring.totals), _plain(scoring.computed_totals)
    aggregate_of = scoring.aggregate_of(panel, rules.aggregate)
    agreed_any = (~np.isnan(scoring.consensus_criterion)).any(axis=1).tolist()
    rows = []
    for category, placed in placements.items():
        for e, rank, rule, tied in zip(placed.entries.tolist(), placed.ranks.tolist(),
                                       placed.tie_break, placed.tied.tolist(), strict=True):
            entry = panel.entries[e]
            extra = list(flags.get(e, []))
            missing = [keys[k] for k, f in enumerate(figures) if f[0][e] == 0]
            if missing:
                extra.append(Flag("missing", criteria=tuple(missing)))
            if tied:
                extra.append(Flag("tie"))
            if entry.id in decisions or agreed_any[e]:
                extra.append(Flag("consensus"))
            rows.append(RankingRow(
                category=category,
                rank=rank or None,
                entry=entry.id,
                title=entry.title,
                organisation=entry.organisation,
                total=totals[e],
                computed_total=computed[e],
                tie_break=rule,
                criteria=dict(zip(keys, (results[e] for results in per_criterion),
                                  strict=True)),
                flags=tuple(extra),
                consensus=decisions.get(entry.id),
                jurors=int(scored_by[e]),
                aggregate=aggregate_of[e],
            ))
    return tuple(rows)


def _columns(scoring: Scoring, k: int) -> list[list]:
    """One criterion's figures as plain lists in CriterionResult's field order."""
    f = scoring.figures[k]
    return [f.n.tolist()] + [_plain(a) for a in (f.mean, f.median, f.sd, f.min, f.max,
                                                 f.adjusted, scoring.consensus_criterion[:, k])]


def _plain(values: np.ndarray) -> list[float | None]:
    return [None if v != v else v for v in values.tolist()]


def _jurors(panel: Panel, scoring: Scoring) -> tuple[JurorResult, ...]:
    """Per juror: how much they scored, their leniency, and their agreement with the panel:
    Spearman's rho between their totals and the mean of the other jurors' totals."""
    keys = [c.key for c in panel.criteria]
    complete = ~np.isnan(panel.values).any(axis=0)
    entry_ids = {e.id for e in panel.entries}
    totals = scoring.juror_totals
    # A juror alone in a connected group has nobody to be compared with: the fit's 0 there is
    # the constraint, not a measurement, so it is reported as undefined.
    alone = [{g[0] for g in f.adjustment.groups if len(g) == 1}
             if not f.adjustment.connected else set() for f in scoring.figures]
    found = []
    for j, name in enumerate(panel.jurors):
        others = np.delete(totals, j, axis=1)
        with quiet():
            panel_mean = np.nanmean(others, axis=1) if others.shape[1] else np.full(len(totals),
                                                                                     np.nan)
        found.append(JurorResult(
            name=name,
            scored=int(complete[:, j].sum()),
            recused=sum(1 for who, entry in panel.recused if who == name and entry in entry_ids),
            leniency={key: None if j in lone else _num(f.adjustment.leniency[j])
                      for key, f, lone in zip(keys, scoring.figures, alone, strict=True)},
            leniency_se={key: None if j in lone else _num(f.adjustment.leniency_se[j])
                         for key, f, lone in zip(keys, scoring.figures, alone, strict=True)},
            agreement=spearman(totals[:, j], panel_mean),
        ))
    return tuple(found)


def _robustness(
    panel: Panel,
    scoring: Scoring,
    placements: dict[str | None, Placement],
    ranking: tuple[RankingRow, ...],
    rules: Rules,
) -> Robustness:
    winners = _winners(ranking)
    nominees = {c.key: c.nominees for c in panel.categories}
    base_rank = {row.entry: row.rank for row in ranking}
    leave_one_out = []
    for j, name in enumerate(panel.jurors):
        reduced = panel.without_juror(j)
        reduced_placements = _rank(reduced, score(reduced, rules.aggregate), rules)
        for category, placed in reduced_placements.items():
            ranked = placed.ranks > 0
            ids = [panel.entries[e].id for e in placed.entries[ranked].tolist()]
            ranks = placed.ranks[ranked].tolist()
            shifts = [abs(rank - base_rank[entry]) for entry, rank in zip(ids, ranks, strict=True)
                      if base_rank.get(entry) is not None]
            leave_one_out.append(LeaveOneOut(
                without=name,
                category=category,
                winner=ids[0] if ranks and ranks[0] == 1 else None,
                nominees=tuple(ids[:nominees.get(category, 3)]),
                max_rank_shift=max(shifts) if shifts else None,
            ))
    stable = all(loo.winner == winners.get(loo.category) for loo in leave_one_out)
    schulze: dict[str | None, str | None] = {}
    differs: dict[str | None, bool] = {}
    sensitivity: dict[str | None, dict[str, float | None]] = {}
    keys = [c.key for c in panel.criteria]
    for category, placed in placements.items():
        ranked = placed.ranked().tolist()
        found = schulze_winners(ranked[:SCHULZE_LIMIT], scoring.juror_totals)
        best = found[0] if found else None
        schulze[category] = panel.entries[best].id if best is not None else None
        differs[category] = bool(found) and bool(ranked) and ranked[0] not in found
        change = weight_sensitivity(ranked, nominees.get(category, 3), scoring.criterion_scores,
                                    scoring.consensus_total, panel.weights)
        sensitivity[category] = {keys[k]: v for k, v in change.items()}
    standardised = standardised_ranking(
        panel, rules.aggregate, placements,
        lambda checked: _rank(checked, score(checked, rules.aggregate), rules))
    return Robustness(stable, tuple(leave_one_out), schulze, differs, sensitivity,
                      close_calls(ranking, nominees, rules.close_call), standardised)


def _design(panel: Panel, scoring: Scoring) -> Design:
    """The connected groups of jurors over all scores (or, if one criterion alone splits
    them further, that criterion's), with the entries each group scored."""
    present = ~np.isnan(panel.values)
    candidates = [juror_groups(present.any(axis=0))]
    candidates += [f.adjustment.groups for f in scoring.figures]
    groups = max(candidates, key=len)
    index = candidates.index(groups)
    used = present.any(axis=0) if index == 0 else present[index - 1]
    labels = entry_labels(used, groups)
    return Design(
        groups=tuple(JurorGroup(tuple(panel.jurors[j] for j in g),
                                tuple(panel.entries[e].id for e in np.flatnonzero(labels == n)))
                     for n, g in enumerate(groups)),
        split=scoring.split,
        fallback=scoring.fallback,
    )


def _winners(ranking: tuple[RankingRow, ...]) -> dict[str | None, str | None]:
    winners: dict[str | None, str | None] = {}
    for row in ranking:
        winners.setdefault(row.category, None)
        if row.rank == 1 and winners[row.category] is None:
            winners[row.category] = row.entry
    return winners


def _num(value: float) -> float | None:
    return None if value is None or np.isnan(value) else float(value)
