"""The ceremony workbook: ranked, formatted, explained, and safe to open. No UI here.

Written with XlsxWriter in constant-memory mode: it writes a formatted 10,000-row sheet in
about half openpyxl's time and a fraction of its memory (tests/bench/bench_export.py).
Every text is written as a string cell, never as a formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jury import __version__
from jury.io.cells import clean_text
from jury.io.target import check_target, ensure_folder, written_whole
from jury.io.workbook_words import WORDS
from jury.services.results import ResultsReport

HEADER_ROW = 2  # zero-based: title on row 0, a blank row, then the header
HEADER_FILL = "#1F4E79"
WINNER_FILL = "#FFD966"
NOMINEE_FILL = "#FFF2CC"


@dataclass(frozen=True)
class JuryNotes:
    """Every juror's scores and notes, for the jury's sheets (chair and secretary only)."""

    scores: list[tuple[str, str, str, float | None, str]] = field(default_factory=list)
    entry_notes: list[tuple[str, str, str]] = field(default_factory=list)
    recusals: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Writer:
    """The open workbook and its formats, shared by the sheet writers."""

    book: Any
    report: ResultsReport
    language: str
    exported_at: datetime
    formats: dict[str, Any] = field(default_factory=dict)

    def word(self, key: str, **values: Any) -> str:
        text = WORDS[self.language][key]
        return text.format(**values) if values else text

    def label(self, nl: str, en: str) -> str:
        return nl if self.language == "nl" else en

    def fmt(self, name: str) -> Any:
        if name not in self.formats:
            self.formats[name] = self.book.add_format(FORMATS[name])
        return self.formats[name]

    def title(self, sheet: Any, name: str) -> None:
        settings = self.report.settings
        text = f"{settings.award.name} {settings.award.edition} · {name}"
        if self.report.phase != "final":
            text += f" ({self.word('provisional')})"
        sheet.write_string(0, 0, text, self.fmt("title"))

    def put(self, sheet: Any, row: int, column: int, value: Any, style: str | None = None) -> None:
        """Numbers as numbers, text as text (never a formula), nothing for None."""
        cell_format = self.fmt(style) if style else None
        if value is None:
            sheet.write_blank(row, column, None, cell_format)
        elif isinstance(value, bool):
            sheet.write_string(row, column, self.word("yes" if value else "no"), cell_format)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, cell_format)
        else:
            sheet.write_string(row, column, clean_text(str(value)), cell_format)

    def header(self, sheet: Any, row: int, headers: list[str]) -> None:
        for column, text in enumerate(headers):
            sheet.write_string(row, column, text, self.fmt("header"))


FORMATS: dict[str, dict[str, Any]] = {
    "title": {"bold": True, "font_size": 14},
    "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL,
               "text_wrap": True, "valign": "vcenter", "border": 1},
    "bold": {"bold": True},
    "wrap": {"text_wrap": True, "valign": "top"},
    "total": {"num_format": "0.00"},
    "score": {"num_format": "0.0"},
    "stat": {"num_format": "0.000"},
    "percent": {"num_format": "0%"},
    "winner": {"bold": True, "bg_color": WINNER_FILL},
    "winner_total": {"bold": True, "bg_color": WINNER_FILL, "num_format": "0.00"},
    "winner_score": {"bold": True, "bg_color": WINNER_FILL, "num_format": "0.0"},
    "winner_wrap": {"bold": True, "bg_color": WINNER_FILL, "text_wrap": True, "valign": "top"},
    "nominee": {"bg_color": NOMINEE_FILL},
    "nominee_total": {"bg_color": NOMINEE_FILL, "num_format": "0.00"},
    "nominee_score": {"bg_color": NOMINEE_FILL, "num_format": "0.0"},
    "nominee_wrap": {"bg_color": NOMINEE_FILL, "text_wrap": True, "valign": "top"},
}


def write_workbook(
    report: ResultsReport,
    path: Path,
    *,
    language: str = "nl",
    exported_at: datetime,
    notes: JuryNotes | None = None,
    replace: bool = False,
    numbered: bool = False,
) -> Path:
    """Write the workbook privately beside `path` and move it into place: a failure leaves
    nothing. Returns where it went (`numbered`: name-2, … when `path` is taken)."""
    import xlsxwriter

    from jury.io import workbook_sheets as sheets

    with written_whole(path, replace=replace, numbered=numbered) as draft:
        book = xlsxwriter.Workbook(str(draft.file), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "tmpdir": str(draft.scratch),
        })
        writer = Writer(book, report, language, exported_at)
        settings = report.settings
        book.set_properties({
            "title": f"{settings.award.name} {settings.award.edition}",
            "author": f"jury {__version__}",
            "created": exported_at.replace(tzinfo=None),
            "comments": writer.word("provisional") if report.phase != "final" else "",
        })
        for category, rows in by_category(report):
            sheets.ranking_sheet(writer, category, rows)
        sheets.criteria_sheet(writer)
        jury_notes = notes or JuryNotes()
        sheets.jurors_sheet(writer, jury_notes)
        sheets.report_sheet(writer, jury_notes)
        sheets.notes_sheet(writer, jury_notes)
        sheets.reliability_sheet(writer)
        sheets.method_sheet(writer)
        book.close()
    return draft.path


def default_export_path(report: ResultsReport, folder: Path, now: datetime) -> Path:
    """exports/<award-slug>-<edition>-<YYYYMMDD-HHMMSS>.xlsx, in local time."""
    return export_name(report.settings, folder, now)


def export_name(settings: Any, folder: Path, now: datetime) -> Path:
    """The default name of an export, shared by the command line and the chair's screen."""
    return folder / (f"{settings.slug}-{settings.award.edition}-"
                     f"{now.astimezone():%Y%m%d-%H%M%S}.xlsx")


def export(services: Any, actor: Any, path: Path | None, *, folder: Path, language: str | None,
           force: bool, now: datetime) -> Path:
    """Reconcile, gather the jury's notes and write the workbook: the one export path for the
    command line and the chair's screen."""
    from jury.errors import JuryError
    from jury.services.results import ResultsService

    if path is not None:
        # A name the user gave is checked before the work: a wrong one fails at once.
        check_target(path, force=force, title="Export")
    results = ResultsService(services.engine)
    report = results.compute(actor)
    language = language or report.settings.award.language
    if language not in ("nl", "en"):
        raise JuryError(f"--lang {language!r}: use nl or en.", title="Export")
    numbered = path is None
    if path is None:
        # The tool's own name: the folder is made when missing, and a name already taken
        # (another export in the same second) gets a number, never overwritten.
        ensure_folder(folder, title="Export")
        path = default_export_path(report, folder, now)
    check_target(path, force=force or numbered, title="Export")
    record = results.notes(actor)
    notes = JuryNotes(record.scores, record.entry_notes, record.recusals)
    return write_workbook(report, path, language=language, exported_at=now, notes=notes,
                          replace=force and not numbered, numbered=numbered)


def by_category(report: ResultsReport) -> list[tuple[Any, list[Any]]]:
    results: Any = report.results
    order: dict[Any, list[Any]] = {c.key: [] for c in report.settings.categories}
    for row in results.ranking:
        order.setdefault(row.category, []).append(row)
    return [(key, rows) for key, rows in order.items() if rows or key is not None]


