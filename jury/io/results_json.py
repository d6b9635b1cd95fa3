"""`jury results --json`: the reconciliation as one JSON document, in a fixed shape."""

from __future__ import annotations

from typing import Any

from jury.services.results import ResultsReport


def results_json(report: ResultsReport, language: str = "nl") -> dict[str, Any]:
    """Ranking rows in the award's category order, then by rank; null where undefined."""
    results: Any = report.results
    settings = report.settings
    label = (lambda nl, en: nl) if language == "nl" else (lambda nl, en: en)
    return {
        "award": {"name": report.name, "edition": report.edition, "phase": report.phase},
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
                          "min": c.min, "max": c.max, "adjusted": c.adjusted}
                    for key, c in row.criteria.items()
                },
                "flags": [str(flag) for flag in row.flags],
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
                "reading": r.reading,
            }
            for key, r in results.reliability.items()
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
        },
    }
