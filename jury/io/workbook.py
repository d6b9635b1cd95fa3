"""The ceremony workbook: ranked, formatted, explained, and safe to open. No UI here.

This part writes the ranking sheets (one per category) and the method sheet; the jury's
notes, reliability and report sheets build on the same helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jury import __version__
from jury.io.cells import set_cell
from jury.services.results import ResultsReport

WORDS = {
    "nl": {
        "ranking": "Uitslag", "method": "Methode", "provisional": "voorlopig",
        "rank": "Plaats", "entry": "Nr.", "title": "Titel", "organisation": "Organisatie",
        "total": "Totaal", "jurors": "Juryleden", "flags": "Signalen", "notes": "Toelichting",
        "status": "Status", "winner": "Winnaar", "nominee": "Genomineerd",
        "proposed": "voorstel", "top_ten": "De tien hoogste totalen",
        "consensus": "consensus {value:.2f} (berekend {computed:.2f}): {rationale} ({by})",
        "tie_break": "gelijke stand beslist op {rule}",
        "tie": "gelijke stand: besluit van de voorzitter nodig",
        "head_to_head": "onderlinge vergelijking", "median": "mediaan",
    },
    "en": {
        "ranking": "Ranking", "method": "Method", "provisional": "provisional",
        "rank": "Rank", "entry": "No.", "title": "Title", "organisation": "Organisation",
        "total": "Total", "jurors": "Jurors", "flags": "Flags", "notes": "Notes",
        "status": "Status", "winner": "Winner", "nominee": "Nominee",
        "proposed": "proposed", "top_ten": "The ten highest totals",
        "consensus": "consensus {value:.2f} (computed {computed:.2f}): {rationale} ({by})",
        "tie_break": "tie broken by {rule}", "tie": "tie: the chair must decide",
        "head_to_head": "head to head", "median": "median",
    },
}
FLAG_WORDS = {
    "nl": {"disagreement": "oneens over", "outlier": "uitschieter bij", "tie": "gelijke stand",
           "missing": "onvolledig", "consensus": "consensus"},
    "en": {"disagreement": "disagreement on", "outlier": "outlier on", "tie": "tie",
           "missing": "incomplete", "consensus": "consensus"},
}
HEADER_FILL = "1F4E79"
WINNER_FILL = "FFD966"
NOMINEE_FILL = "FFF2CC"


@dataclass(frozen=True)
class ExportContext:
    language: str
    exported_at: datetime

    def word(self, key: str, **values: Any) -> str:
        text = WORDS[self.language][key]
        return text.format(**values) if values else text


def write_workbook(report: ResultsReport, path: Path, *, language: str = "nl",
                   exported_at: datetime) -> Path:
    """Write the workbook to a temporary file beside `path`, then move it into place, so a
    failure never leaves half a workbook behind."""
    from openpyxl import Workbook

    context = ExportContext(language, exported_at)
    book = Workbook()
    book.remove(book.active)
    for category, rows in _by_category(report):
        ranking_sheet(book, report, context, category, rows)
    method_sheet(book, report, context)
    settings = report.settings
    book.properties.title = f"{settings.award.name} {settings.award.edition}"
    book.properties.creator = f"jury {__version__}"
    book.properties.created = exported_at.replace(tzinfo=None)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        book.save(temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def sheet_title(context: ExportContext, report: ResultsReport, name: str) -> str:
    """A sheet's own title line: award, edition, and 'voorlopig' before the final phase."""
    settings = report.settings
    title = f"{settings.award.name} {settings.award.edition} · {name}"
    if report.phase != "final":
        title += f" ({context.word('provisional')})"
    return title


def _by_category(report: ResultsReport) -> list[tuple[Any, list[Any]]]:
    results: Any = report.results
    order: dict[Any, list[Any]] = {}
    for row in results.ranking:
        order.setdefault(row.category, []).append(row)
    return list(order.items())


def ranking_sheet(book: Any, report: ResultsReport, context: ExportContext, category: Any,
                  rows: list[Any]) -> Any:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    settings = report.settings
    lang = context.language
    labels = {c.key: (c.label_nl if lang == "nl" else c.label_en) for c in settings.categories}
    name = context.word("ranking")
    if category is not None:
        name = f"{name} {labels.get(category, category)}"
    sheet = book.create_sheet(name[:31])
    criteria = [(c.key, c.label_nl if lang == "nl" else c.label_en) for c in settings.criteria]
    nominees = {c.key: c.nominees for c in settings.categories}.get(category, 3)
    headers = [context.word("rank"), context.word("status"), context.word("entry"),
               context.word("title"), context.word("organisation"), context.word("total"),
               *(label for _, label in criteria), context.word("jurors"),
               context.word("flags"), context.word("notes")]
    set_cell(sheet, 1, 1, sheet_title(context, report, name)).font = Font(bold=True, size=14)
    header_row = 3
    for column, text in enumerate(headers, start=1):
        cell = set_cell(sheet, header_row, column, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    total_column = 6
    ranked = [r for r in rows if r.rank is not None]
    for offset, row in enumerate(rows, start=1):
        r = header_row + offset
        status = ""
        if row.rank == 1:
            status = context.word("winner")
        elif row.rank is not None and ranked.index(row) < nominees:
            status = context.word("nominee")
        if status and report.phase != "final":
            status = f"{status} ({context.word('proposed')})"
        values = [row.rank, status, row.entry, row.title, row.organisation, row.total,
                  *(_criterion_score(row.criteria[key], report) for key, _ in criteria),
                  row.jurors, _flags(row, criteria, lang), _notes(row, context, criteria)]
        for column, value in enumerate(values, start=1):
            cell = set_cell(sheet, r, column, value)
            if isinstance(value, float):
                cell.number_format = "0.00" if column == total_column else "0.0"
            if column in (len(values) - 1, len(values)):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if status:
            fill = WINNER_FILL if row.rank == 1 else NOMINEE_FILL
            for column in range(1, len(values) + 1):
                sheet.cell(row=r, column=column).fill = PatternFill("solid", fgColor=fill)
                sheet.cell(row=r, column=column).font = Font(bold=row.rank == 1)
    last = header_row + len(rows)
    widths = [7, 22, 10, 42, 30, 9, *([13] * len(criteria)), 9, 40, 50]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    end = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A{header_row}:{end}{max(last, header_row + 1)}"
    total_letter = get_column_letter(total_column)
    if rows:
        sheet.conditional_formatting.add(
            f"{total_letter}{header_row + 1}:{total_letter}{last}",
            ColorScaleRule(start_type="min", start_color="F8696B", mid_type="percentile",
                           mid_value=50, mid_color="FFEB84", end_type="max",
                           end_color="63BE7B"))
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.oddFooter.left.text = f"{settings.award.name} {settings.award.edition}"
    sheet.oddFooter.right.text = "&P / &N"
    top = min(10, len(ranked))
    if top:
        chart = BarChart()
        chart.type = "bar"
        chart.title = context.word("top_ten")
        chart.y_axis.title = context.word("total")
        chart.legend = None
        data = Reference(sheet, min_col=total_column, min_row=header_row,
                         max_row=header_row + top)
        names = Reference(sheet, min_col=3, min_row=header_row + 1, max_row=header_row + top)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(names)
        chart.x_axis.scaling.orientation = "maxMin"
        chart.height, chart.width = 9, 16
        sheet.add_chart(chart, f"{get_column_letter(len(headers) + 2)}{header_row}")
    return sheet


def _criterion_score(figures: Any, report: ResultsReport) -> float | None:
    results: Any = report.results
    if figures.agreed is not None:
        return figures.agreed
    return {"adjusted": figures.adjusted, "mean": figures.mean, "median": figures.median,
            "trimmed": figures.mean}.get(results.aggregate, figures.mean)


def _flags(row: Any, criteria: list[tuple[str, str]], lang: str) -> str:
    names = dict(criteria)
    words = []
    for flag in row.flags:
        text = FLAG_WORDS[lang].get(flag.kind, flag.kind)
        if flag.criterion:
            text += f" {names.get(flag.criterion, flag.criterion)}"
        if flag.jurors and flag.kind in ("disagreement", "outlier"):
            text += f" ({', '.join(flag.jurors)})"
        words.append(text)
    return "; ".join(words)


def _notes(row: Any, context: ExportContext, criteria: list[tuple[str, str]]) -> str:
    parts = []
    if row.consensus is not None:
        parts.append(context.word("consensus", value=row.consensus.value,
                                  computed=row.computed_total or 0.0,
                                  rationale=row.consensus.rationale, by=row.consensus.by))
    if row.tie_break:
        rule = (context.word(row.tie_break) if row.tie_break in ("head_to_head", "median")
                else dict(criteria).get(row.tie_break, row.tie_break))
        parts.append(context.word("tie_break", rule=rule))
    if any(f.kind == "tie" for f in row.flags):
        parts.append(context.word("tie"))
    return "; ".join(parts)


METHOD = {
    "nl": [
        ("Berekening", "{aggregate}"),
        ("Gewichten", "{weights}"),
        ("Gelijke stand", "{tie_break}"),
        ("Onenigheid", "spreiding van minstens {range:g} punten op een criterium, of één "
                       "jurylid dat minstens {outlier:g} punten afwijkt van een verder eensgezind "
                       "panel"),
        ("Correctie voor strengheid", "per criterium: score = gemiddelde + effect van de "
                                      "inzending + effect van het jurylid (kleinste kwadraten); "
                                      "de gecorrigeerde score is gemiddelde + effect van de "
                                      "inzending. Belangenconflicten tellen als ontbrekend."),
        ("Fase", "{phase}"),
        ("Geëxporteerd", "{exported}"),
        ("Software", "jury {version}"),
    ],
    "en": [
        ("Aggregate", "{aggregate}"),
        ("Weights", "{weights}"),
        ("Ties", "{tie_break}"),
        ("Disagreement", "a spread of at least {range:g} points on a criterion, or one juror "
                         "at least {outlier:g} points from an otherwise agreeing panel"),
        ("Leniency adjustment", "per criterion: score = mean + entry effect + juror effect "
                                "(least squares); the adjusted score is mean + entry effect. "
                                "Recusals count as missing."),
        ("Phase", "{phase}"),
        ("Exported", "{exported}"),
        ("Software", "jury {version}"),
    ],
}


def method_sheet(book: Any, report: ResultsReport, context: ExportContext) -> Any:
    """How the ranking was made, in plain words."""
    from openpyxl.styles import Alignment, Font

    settings = report.settings
    results: Any = report.results
    lang = context.language
    sheet = book.create_sheet(context.word("method"))
    set_cell(sheet, 1, 1, sheet_title(context, report, context.word("method"))).font = Font(
        bold=True, size=14)
    criteria = {c.key: (c.label_nl if lang == "nl" else c.label_en) for c in settings.criteria}
    chain = [context.word(r) if r in ("head_to_head", "median") else criteria.get(r, r)
             for r in settings.ranking.tie_break]
    values = {
        "aggregate": results.aggregate,
        "weights": ", ".join(f"{criteria[c.key]} {c.weight:g}" for c in settings.criteria),
        "tie_break": " → ".join(chain),
        "range": settings.disagreement_range,
        "outlier": settings.disagreement_range - 1,
        "phase": report.phase,
        "exported": context.exported_at.strftime("%Y-%m-%d %H:%M %Z"),
        "version": __version__,
    }
    for offset, (label, text) in enumerate(METHOD[lang], start=3):
        set_cell(sheet, offset, 1, label).font = Font(bold=True)
        set_cell(sheet, offset, 2, text.format(**values)).alignment = Alignment(wrap_text=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 100
    return sheet
