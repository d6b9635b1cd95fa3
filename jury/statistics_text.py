"""The reconciliation's statistics in plain words: readings, chances, close calls, the design.

Shared by `jury results`, its JSON, the chair's screens and the workbook, so that each
figure is said the same way everywhere. The reconciliation returns codes and values; the
sentences are jury.i18n's ('reading.*', 'chance.*', 'design.*', 'close.*', 'check.*').
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jury.reconcile.results import Results


def percent(share: float | None, language: str = "en") -> str:
    """A probability as a whole percentage, halves rounded up, the one rule for the CLI, the
    screens and the workbook; '<1%' and '>99%' rather than a false 0 or 100."""
    if share is None:
        return "–"
    whole = int((Decimal(repr(float(share))) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    if share > 0 and whole == 0:
        return "<1%"
    if share < 1 and whole == 100:
        return ">99%"
    return f"{whole}%"


def places(interval: tuple[int, int] | list[int] | None) -> str:
    """A rank interval: '3' when it is one place, '2–5' otherwise."""
    if not interval:
        return "–"
    low, high = interval
    return str(low) if low == high else f"{low}–{high}"


def number(value: float | None, language: str, digits: int = 2) -> str:
    """A figure in the reader's convention, the one rule for the CLI, the screens and the
    workbook's text: a decimal comma in Dutch; '–' where undefined."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]  # -0.001 is shown as 0,00, not as a negative zero
    return text.replace(".", ",") if language == "nl" else text


def signed(value: float | None, language: str) -> str:
    """A leniency: '+0,32' milder, '-0,81' stricter than the panel."""
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + number(value, language)


def band_words(bands: dict[str, str | None], tr: Any) -> str:
    """A figure's bands as words: 'alpha reliable, ICC good, W strong'."""
    parts = []
    for measure, name in (("alpha", "alpha"), ("icc", "ICC"), ("w", "W")):
        code = bands.get(measure)
        if code is None:
            continue
        key = f"band.{code}" if f"band.{code}" in _strings() else f"reading.why.{code}"
        parts.append(f"{name} {tr(key)}")
    return ", ".join(parts) or tr("band.none")


def reading_text(reading: Any, tr: Any) -> str:
    """One sentence: what the figure means for this jury's decision."""
    value = number(reading.value, tr.language, 3) if reading.value is not None else "–"
    return tr(f"reading.{reading.measure}.{reading.code}", value=value,
              jurors=", ".join(reading.jurors))


def chance_line(chance: Any, weights: Any, tr: Any) -> str:
    """'Kans op winst 62%, op nominatie 95%, plaats 1–3 (90%); met andere gewichten: …'."""
    if chance is None:
        return tr("chance.none")
    text = tr("chance.line", win=percent(chance.win), nominated=percent(chance.nominated),
              places=places(chance.rank_interval))
    if weights is not None:
        text += " " + tr("chance.weights_line", win=percent(weights.win),
                         nominated=percent(weights.nominated),
                         places=places(weights.rank_interval))
    return text


def chances_method(chances: Any, tr: Any) -> str:
    """How the chances were drawn, with the number of draws (fewer on a very large award)."""
    if not chances.draws:
        return tr("chance.method_none")
    key = "chance.method_exhaustive" if chances.exhaustive else "chance.method"
    text = tr(key, draws=chances.draws, weights=chances.weight_draws,
              level=f"{chances.level * 100:.0f}%")
    if not chances.exhaustive and chances.draws < chances.asked:
        text += " " + tr("chance.fewer", draws=chances.draws, asked=chances.asked)
    return text


def design_lines(results: Results, tr: Any, category: Callable[[Any], str]) -> list[str]:
    """The warning for a design whose jurors fall apart in unconnected groups; empty when the
    scores connect every juror."""
    design = results.design
    if design.connected:
        return []
    lines = [tr("design.disconnected", count=len(design.groups))]
    for number_, group in enumerate(design.groups, start=1):
        lines.append(tr("design.group", number=number_, jurors=", ".join(group.jurors),
                        entries=_short(group.entries)))
    if design.fallback:
        lines.append(tr("design.fallback",
                        categories=", ".join(category(c) or "–" for c in design.fallback)))
    elif design.split:
        lines.append(tr("design.split",
                        categories=", ".join(category(c) or "–" for c in design.split)))
    else:
        lines.append(tr("design.within"))
    return lines


def close_call_lines(results: Results, tr: Any, category: Callable[[Any], str]) -> list[str]:
    """One line per close call: 'Close call for the winner of MKB: …'."""
    return [tr(f"close.{call.kind}", category=_in(category(call.category)), entry=call.entry,
               next=call.next, lead=number(call.lead, tr.language),
               margin=number(call.margin, tr.language))
            for call in results.robustness.close_calls]


def standardised_lines(results: Results, tr: Any, category: Callable[[Any], str]) -> list[str]:
    """The spread-adjusted check: the entries whose place changes, or that none does."""
    changed = results.robustness.standardised.changed
    if not changed:
        return [tr("check.same")]
    lines = [tr("check.differs")]
    for change in changed:
        lines.append(tr("check.change", category=category(change.category) or "–",
                        entry=change.entry, rank=change.rank or "–",
                        standardised=change.standardised or "–"))
    return lines


def _in(label: str) -> str:
    return f" in {label}" if label else ""


def _short(items: tuple[str, ...], limit: int = 12) -> str:
    if len(items) <= limit:
        return ", ".join(items)
    return ", ".join(items[:limit]) + f", … (+{len(items) - limit})"


def _strings() -> dict[str, Any]:
    from jury.i18n import STRINGS

    return STRINGS
