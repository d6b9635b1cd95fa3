"""How sure the ranking is, for the chair's screens: the warning over the ranking, the
chances beside it, and the readings, chances and checks on the reliability tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text

from jury.statistics_text import (
    chance_line,
    chances_method,
    close_call_lines,
    design_lines,
    percent,
    places,
    reading_text,
    standardised_lines,
)
from jury.text import markdown_literal as md
from jury.text import shown

if TYPE_CHECKING:
    from jury.reconcile.results import Results


def ranking_warning(results: Results, tr: Any, category: Callable[[Any], str]) -> Text:
    """The lines the ranking tab must show above the table: a disconnected design and its
    consequence, and every close call. Empty when there is nothing to warn about."""
    design = design_lines(results, tr, category)
    lines = ([design[0], *design[len(results.design.groups) + 1:]] if design else [])
    lines += close_call_lines(results, tr, category)
    return Text(shown("\n".join(lines), multiline=True), style="bold" if lines else "")


def chance_cells(results: Results, entry: str) -> tuple[str, str]:
    """The ranking's two short cells: the chance to win and to be nominated ('62%')."""
    chance = results.chances.jurors.get(entry)
    if chance is None:
        return "–", "–"
    return percent(chance.win), percent(chance.nominated)


def close_entries(results: Results) -> set[tuple[Any, str]]:
    """(category, entry) of every entry in a close call, either side of it."""
    return {(call.category, name) for call in results.robustness.close_calls
            for name in (call.entry, call.next)}


def entry_chance(results: Results, entry: str, tr: Any) -> str:
    """The deliberation view's line for one entry, both lines of evidence."""
    chances = results.chances
    return chance_line(chances.jurors.get(entry), chances.weights.get(entry), tr)


def sureness_markdown(report: Any, tr: Any, category: Callable[[Any], str]) -> str:
    """Markdown for the reliability tab: what the figures mean, the chances per category,
    the design, close calls and the spread check."""
    results = report.results
    lines = ["", f"## {tr('reading.title')}", ""]
    lines += [f"- {md(reading_text(r, tr))}" for r in results.readings]
    design = design_lines(results, tr, category)
    if design:
        lines += ["", f"## {md(design[0].lstrip('⚠ ').split(':')[0])}", ""]
        lines += [f"- {md(line.strip())}" for line in design]
    calls = close_call_lines(results, tr, category)
    if calls:
        lines += [""] + [f"- {md(line)}" for line in calls]
    chances = results.chances
    lines += ["", f"## {tr('chance.title')}", "", md(chances_method(chances, tr)), ""]
    if chances.draws:
        win, nominated, place = (tr("chance.win_column"), tr("chance.nominated_column"),
                                 tr("chance.places_column"))
        lines += [f"| {tr('results.entry')} | {win} | {nominated} | {place} | ±20% {win} | "
                  f"±20% {nominated} | ±20% {place} |", "|---|---|---|---|---|---|---|"]
        for row in results.ranking:
            jurors, weights = chances.jurors.get(row.entry), chances.weights.get(row.entry)
            if not ((jurors and jurors.nominated > 0) or (weights and weights.nominated > 0)):
                continue
            cells = []
            for chance in (jurors, weights):
                cells += ([percent(chance.win), percent(chance.nominated),
                           places(chance.rank_interval)] if chance else ["–"] * 3)
            label = category(row.category)
            name = f"{label} · {row.entry}" if label else row.entry
            lines.append(f"| {md(name)} | " + " | ".join(cells) + " |")
    lines += ["", f"## {tr('check.title')}", ""]
    check = standardised_lines(results, tr, category)
    lines += [md(check[0]), ""] + [f"- {md(line.strip())}" for line in check[1:]]
    return "\n".join(lines)
