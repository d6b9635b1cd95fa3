"""What the chair's table and the deliberation screen say, as text: no widgets here.

Shared by jury/tui/screens/chair.py, its tab widgets and jury/tui/screens/deliberation.py, so
that neither screen imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text

from jury.present import local_time, score_text
from jury.statistics_text import number
from jury.text import markdown_literal as md


@dataclass(frozen=True)
class ChairData:
    """One trip to the database: everything the chair's tabs show but the record."""

    report: Any
    progress: Any
    decisions: Any


@dataclass(frozen=True)
class ChairView:
    """The chair's data with the reader's strings: what every tab of the table is given."""

    data: ChairData
    tr: Any

    @property
    def report(self) -> Any:
        return self.data.report

    @property
    def criteria(self) -> list[tuple[str, str]]:
        return [(c.key, self.tr.label(c.label_nl, c.label_en))
                for c in self.data.report.settings.criteria]

    def category_label(self, key: str | None) -> str:
        if key is None:
            return ""
        found = {c.key: self.tr.label(c.label_nl, c.label_en)
                 for c in self.data.report.settings.categories}
        return found.get(key, key)


def sort_key(value: Any) -> tuple[int, Any]:
    """Numbers by value, words alphabetically, blanks last: what a header click expects."""
    text = str(value.plain if isinstance(value, Text) else value).strip()
    head = text.split(" ")[0].replace(",", ".")
    try:
        return (0, float(head))
    except ValueError:
        return (1 if text not in ("", "–") else 2, text.lower())


def phase_refusal(phase: str, tr: Any) -> str | None:
    """Why a decision (a tie, a consensus, a laudatio) cannot be made in `phase`, or None:
    the jury decides during the deliberation only; final is read-only."""
    if phase == "final":
        return tr("chair.refused.final")
    if phase != "deliberation":
        return tr("chair.refused.deliberation", phase=tr("phase." + phase))
    return None


def reliability_text(report: Any, criteria: list[tuple[str, str]], tr: Any,
                     category_label: Any) -> str:
    """Reliability per criterion and overall, then robustness, in the reader's language."""
    from jury.reconcile.reliability import alpha_band, icc_band, w_band

    language = tr.language
    results = report.results
    lines = [f"## {tr('results.reliability')}", "", tr("results.reliability_help"), "",
             "| | alpha | ICC(A,k) | W | " + tr("results.reading") + " |",
             "|---|---|---|---|---|"]
    for key, label in [*criteria, ("total", tr("results.total"))]:
        rel = results.reliability[key]
        icc = rel.icc.get("ICC(A,k)")
        bands = [tr("band." + b) for b in (alpha_band(rel.alpha_interval), icc_band(icc),
                                           w_band(rel.kendall_w)) if b]
        lines.append(f"| {md(label)} | {number(rel.alpha_interval, language, 3)} | "
                     f"{number(icc, language, 3)} | {number(rel.kendall_w, language, 3)} | "
                     f"{', '.join(bands) or tr('band.none')} |")
    robust = results.robustness
    lines += ["", f"## {tr('results.robustness')}", "",
              tr("tui.chair.stable") if robust.winner_stable else tr("tui.chair.unstable"), ""]
    winners = results.winners()
    for loo in robust.leave_one_out:
        if loo.winner != winners.get(loo.category):
            lines.append("- " + tr("tui.chair.without", juror=md(loo.without),
                                   category=md(category_label(loo.category)),
                                   winner=md(loo.winner or "–")))
    lines.append("")
    for category, winner in robust.schulze_winners.items():
        key = "tui.chair.schulze_differs" if robust.schulze_differs.get(category) \
            else "tui.chair.schulze_same"
        lines.append("- " + tr(key, category=md(category_label(category)),
                               winner=md(winner or "–")))
    return "\n".join(lines)


def consensus_line(decision: Any, tr: Any, criteria: dict[str, str], *,
                   entry: bool = False) -> str:
    """One consensus decision as a Markdown list item, marked when a later one revised it."""
    what = (criteria.get(decision.criterion, decision.criterion) if decision.criterion
            else tr("results.total"))
    state = "" if decision.current else f" ({tr('tui.chair.revised')})"
    subject = f"{md(decision.entry)} · {md(what)}" if entry else md(what)
    value = score_text(decision.value, tr.language)
    return (f"- {local_time(decision.at)} · {subject}: **{value}**{state} — "
            f"{md(decision.rationale)} ({md(decision.by)})")


def history_text(decisions: Any, tr: Any, criteria: dict[str, str],
                 category_label: Any = None) -> str:
    """Every decision in order, revisions included: what the jury report can cite.
    `category_label` names a category in the reader's language (its key otherwise)."""
    lines = [f"### {tr('tui.chair.history')}", ""]
    lines += [consensus_line(d, tr, criteria, entry=True) for d in decisions.consensus]
    for d in decisions.categories:
        rationale = f" — {md(d.rationale)}" if d.rationale else ""
        category = category_label(d.category) if category_label else (d.category or "")
        lines.append(f"- {local_time(d.at)} · {md(category)} · "
                     f"{tr('tui.choices.' + d.kind)}: "
                     f"**{md(', '.join(d.chosen))}** ({tr('tui.choices.proposed').lower()}: "
                     f"{md(', '.join(d.proposed) or '–')}){rationale} ({md(d.by)})")
    if len(lines) == 2:
        lines.append(tr("tui.chair.no_decisions"))
    return "\n".join(lines)


def choice_mark(choice: Any, entry: str, tr: Any) -> str:
    """♛ winner, ★ nominee (chosen), ☆ proposed nominee (not yet chosen)."""
    if choice is None:
        return ""
    if choice.winner == entry:
        return "♛ " + tr("chair.mark.winner")
    if choice.nominees is not None:
        return "★ " + tr("chair.mark.nominee") if entry in choice.nominees else ""
    return "☆ " + tr("chair.mark.proposed") if entry in choice.nominees_proposed else ""
