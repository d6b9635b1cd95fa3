"""`jury results --json`: the reconciliation as one JSON document, in a fixed shape."""

from __future__ import annotations

from typing import Any

from jury.services.results import ResultsReport


def results_json(report: ResultsReport, language: str = "nl",
                 decisions: Any = None) -> dict[str, Any]:
    """Ranking rows in the award's category order, then by rank; null where undefined.

    Probabilities are shares of draws (0-1); rank intervals are [best, worst] places; the
    readings' and the flags' `text` and the reliability `reading` are in `language`."""
    from jury.i18n import Strings
    from jury.present import flag_words
    from jury.statistics_text import band_words, reading_text

    results = report.results
    settings = report.settings
    tr = Strings(language)
    label = (lambda nl, en: nl) if language == "nl" else (lambda nl, en: en)
    criteria = [(c.key, label(c.label_nl, c.label_en)) for c in settings.criteria]
    return {
        "award": {"name": report.name, "edition": report.edition, "phase": report.phase},
        "frozen_at": report.frozen_at.isoformat() if report.frozen_at else None,
        "frozen_by": report.frozen_by or None,
        "decisions": decisions_json(report, decisions),
        "aggregate": results.aggregate,
        "criteria": [{"key": c.key, "label": label(c.label_nl, c.label_en), "weight": c.weight}
                     for c in settings.criteria],
        "ranking": [
            {
                "category": row.category,
                "rank": row.rank,
                "entry": row.entry,
                "title": row.title,
                "organisation": row.organisation,
                "total": row.total,
                "tie_break": row.tie_break,
                "criteria": {
                    key: {"n": c.n, "mean": c.mean, "median": c.median, "sd": c.sd,
                          "min": c.min, "max": c.max, "adjusted": c.adjusted,
                          "agreed": c.agreed}
                    for key, c in row.criteria.items()
                },
                # The flag as codes and values, and `text` in `language`.
                "flags": [{"kind": flag.kind, "criterion": flag.criterion,
                           "jurors": list(flag.jurors), "values": list(flag.values),
                           "criteria": list(flag.criteria),
                           "text": flag_words(flag, criteria, tr)} for flag in row.flags],
                "consensus": (
                    {"total": row.consensus.value, "rationale": row.consensus.rationale,
                     "by": row.consensus.by}
                    if row.consensus is not None else None
                ),
            }
            for row in results.ranking
        ],
        "reliability": {
            key: {
                "alpha_interval": r.alpha_interval,
                "alpha_interval_ci": list(r.alpha_interval_ci) if r.alpha_interval_ci else None,
                "alpha_ordinal": r.alpha_ordinal,
                "icc": dict(r.icc),
                "kendall_w": r.kendall_w,
                "complete_entries": r.complete_entries,
                "reading": band_words(r.bands, tr),
            }
            for key, r in results.reliability.items()
        },
        "readings": [
            {"measure": r.measure, "code": r.code, "value": r.value, "jurors": list(r.jurors),
             "text": reading_text(r, tr)}
            for r in results.readings
        ],
        "design": {
            "connected": results.design.connected,
            "groups": [{"jurors": list(g.jurors), "entries": list(g.entries)}
                       for g in results.design.groups],
            "split_categories": list(results.design.split),
            "ranked_on_mean": list(results.design.fallback),
        },
        "chances": {
            entry: {
                "win": c.win, "nominated": c.nominated, "rank_interval": list(c.rank_interval),
                "weights": _chance(results.chances.weights.get(entry)),
            }
            for entry, c in results.chances.jurors.items()
        },
        "chances_method": {
            "draws": results.chances.draws, "asked": results.chances.asked,
            "exhaustive": results.chances.exhaustive,
            "weight_draws": results.chances.weight_draws, "level": results.chances.level,
        },
        "jurors": [
            {"name": j.name, "scored": j.scored, "recused": j.recused,
             "leniency": dict(j.leniency), "agreement": j.agreement}
            for j in results.jurors
        ],
        "robustness": {
            "winner_stable": results.robustness.winner_stable,
            "leave_one_out": [
                {"without": loo.without, "category": loo.category, "winner": loo.winner,
                 "nominees": list(loo.nominees), "max_rank_shift": loo.max_rank_shift}
                for loo in results.robustness.leave_one_out
            ],
            "schulze_winners": dict(results.robustness.schulze_winners),
            "weight_sensitivity": {
                category: dict(changes)
                for category, changes in results.robustness.weight_sensitivity.items()
            },
            "close_calls": [
                {"category": c.category, "kind": c.kind, "entry": c.entry, "next": c.next,
                 "lead": c.lead, "margin": c.margin}
                for c in results.robustness.close_calls
            ],
            "standardised": {
                "ranks": dict(results.robustness.standardised.ranks),
                "changed": [
                    {"category": c.category, "entry": c.entry, "rank": c.rank,
                     "standardised_rank": c.standardised}
                    for c in results.robustness.standardised.changed
                ],
            },
        },
    }


def _chance(chance: Any) -> dict[str, Any] | None:
    if chance is None:
        return None
    return {"win": chance.win, "nominated": chance.nominated,
            "rank_interval": list(chance.rank_interval)}


def decisions_json(report: ResultsReport, decisions: Any) -> dict[str, Any]:
    """The jury's current decisions (jury.services.deliberation.Decisions): per category the
    nominees, the winner and the ties; every agreed value on a total or a criterion. Each
    with what the ranking proposed, what was chosen, the rationale, who and when (UTC)."""
    categories: list[dict[str, Any]] = []
    for category, choice in report.choices.items():
        categories.append({
            "category": category,
            "nominees": {"proposal": list(choice.nominees_proposed),
                         "choice": list(choice.nominees) if choice.nominees is not None
                         else None, "rationale": choice.nominees_rationale or None},
            "winner": {"proposal": choice.winner_proposed, "choice": choice.winner,
                       "rationale": choice.winner_rationale or None},
        })
    newest: dict[tuple[Any, str], Any] = {}
    for record in getattr(decisions, "categories", ()) or ():
        kind = record.kind if record.kind != "tie" else "tie:" + ",".join(sorted(record.chosen))
        newest[(record.category, kind)] = record
    for entry in categories:
        for kind in ("nominees", "winner"):
            record = newest.get((entry["category"], kind))
            chosen = entry[kind]["choice"]
            current = record is not None and chosen is not None
            entry[kind]["by"] = record.by if record is not None and current else None
            entry[kind]["at"] = (record.at.isoformat() if record is not None and current
                                 else None)
    ties = [{"category": r.category, "proposal": list(r.proposed), "choice": list(r.chosen),
             "rationale": r.rationale, "by": r.by, "at": r.at.isoformat()}
            for (_, kind), r in newest.items() if kind.startswith("tie:")]
    results = report.results
    computed = {row.entry: row for row in results.ranking}
    consensus = []
    for record in getattr(decisions, "consensus", ()) or ():
        if not record.current:
            continue
        row = computed.get(record.entry)
        proposal = None
        if row is not None:
            if record.criterion is None:
                proposal = row.computed_total
            else:
                figures = row.criteria.get(record.criterion)
                aggregate = row.aggregate or results.aggregate
                proposal = None if figures is None else {
                    "adjusted": figures.adjusted, "mean": figures.mean,
                    "median": figures.median}.get(aggregate, figures.mean)
        consensus.append({"entry": record.entry, "criterion": record.criterion,
                          "proposal": proposal, "choice": record.value,
                          "rationale": record.rationale, "by": record.by,
                          "at": record.at.isoformat()})
    return {"categories": categories, "ties": ties, "consensus": consensus}
