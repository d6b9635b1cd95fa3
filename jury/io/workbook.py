"""The ceremony workbook: ranked, explained, printable on A4, and safe to open. No UI here.

Written with XlsxWriter. Below LARGE_AWARD entries the workbook is built in memory so that
the charts carry their data (a chart pasted into a slide shows its bars); above it, constant
memory mode keeps a 10,000-entry export small (tests/bench/bench_export.py).
Every text is written as a string cell, never as a formula.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jury.i18n import Strings
from jury.io import workbook_ranking as ranking
from jury.io import workbook_sheets as sheets
from jury.io.target import check_target, ensure_folder, written_whole
from jury.io.workbook_writer import (
    DEFAULT_ROW,
    HEADER_ROW,
    LARGE_AWARD,
    PAGE_POINTS,
    PAGE_UNITS,
    JuryNotes,
    Writer,
    header_widths,
    local,
    row_height,
    set_properties,
    text_lines,
    text_width,
)
from jury.services.results import ResultsReport

TITLE = "error.title.export"

# What the command line, the screens, the jury report and the tests take from here.
__all__ = ["DEFAULT_ROW", "HEADER_ROW", "LARGE_AWARD", "PAGE_POINTS", "PAGE_UNITS",
           "JuryNotes", "Writer", "by_category", "default_export_path", "export",
           "export_name", "gather", "header_widths", "local", "row_height", "set_properties",
           "text_lines", "text_width", "write_workbook"]


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

    from jury.io.sheet_names import sheet_names

    results = report.results
    large = len(results.ranking) >= LARGE_AWARD
    with written_whole(path, replace=replace, numbered=numbered) as draft:
        book = xlsxwriter.Workbook(str(draft.file), {
            "constant_memory": large, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "tmpdir": str(draft.scratch),
        })
        writer = Writer(book, report, language, exported_at)
        set_properties(book, writer, writer.word("workbook_subject"))
        jury_notes = notes or JuryNotes()
        groups = by_category(report)
        names = sheet_names([writer.word("ranking") + (
            f" {sheets.category_label(writer, category)}" if category else "")
            for category, _ in groups] + [writer.word(k) for k in (
                "criteria", "jurors", "report", "notes_sheet", "reliability", "method")])
        for (category, rows), name in zip(groups, names, strict=False):
            ranking.ranking_sheet(writer, category, rows, jury_notes, name=name)
        rest = names[len(groups):]
        sheets.criteria_sheet(writer, name=rest[0])
        sheets.jurors_sheet(writer, jury_notes, name=rest[1])
        sheets.report_sheet(writer, jury_notes, name=rest[2])
        sheets.notes_sheet(writer, jury_notes, name=rest[3])
        for sheet_writer in (sheets.reliability_sheet, sheets.method_sheet):
            before = len(book.worksheets())
            sheet_writer(writer)
            for sheet in book.worksheets()[before:]:
                if not sheet.print_options_changed and not sheet.page_setup_changed:
                    writer.prints(sheet, landscape=True, repeat=None)
        book.close()
    return draft.path


def default_export_path(report: ResultsReport, folder: Path, now: datetime,
                        kind: str = "") -> Path:
    """exports/<award-slug>-<edition>[-kind]-<YYYYMMDD-HHMMSS>.xlsx, in local time."""
    return export_name(report.settings, folder, now, kind=kind)


def export_name(settings: Any, folder: Path, now: datetime, *, kind: str = "",
                suffix: str = ".xlsx") -> Path:
    """The default name of an export, shared by the command line and the chair's screen."""
    middle = f"-{kind}" if kind else ""
    return folder / (f"{settings.slug}-{settings.award.edition}{middle}-"
                     f"{now.astimezone():%Y%m%d-%H%M%S}{suffix}")


def gather(services: Any, actor: Any) -> JuryNotes:
    """Everything beside the ranking the exports show: notes, decisions, laudations,
    descriptions and the jury's names."""
    from jury.services.results import ResultsService

    record = ResultsService(services.engine).notes(actor)
    decisions = services.deliberation.decisions(actor)
    laudations = services.deliberation.laudations(actor)
    descriptions = {e.id: e.description for e in services.entries.list()}
    jury = [(j.name, j.role) for j in services.jurors.list() if j.role in ("chair", "juror")]
    return JuryNotes(record.scores, record.entry_notes, record.recusals, decisions,
                     laudations, descriptions, jury)


def export(services: Any, actor: Any, path: Path | None, *, folder: Path, language: str | None,
           force: bool, now: datetime, public: bool = False) -> Path:
    """Reconcile, gather the jury's record and write the workbook (or, `public`, the public
    result): the one export path for the command line and the chair's screen."""
    from jury.errors import JuryError
    from jury.services.results import ResultsService

    if path is not None:
        # A name the user gave is checked before the work: a wrong one fails at once.
        check_target(path, force=force, title=TITLE)
    results = ResultsService(services.engine)
    report = results.compute(actor)
    language = language or report.settings.award.language
    if language not in ("nl", "en"):
        raise JuryError("wb.error.language", title=TITLE, language=language)
    numbered = path is None
    if path is None:
        # The tool's own name: the folder is made when missing, and a name already taken
        # (another export in the same second) gets a number, never overwritten.
        ensure_folder(folder, title=TITLE)
        path = default_export_path(report, folder, now,
                                   kind=Strings(language)("wb.public_file") if public else "")
    check_target(path, force=force or numbered, title=TITLE)
    notes = gather(services, actor)
    if public:
        from jury.io.public_result import write_public_result

        return write_public_result(report, path, language=language, exported_at=now,
                                   notes=notes, replace=force and not numbered,
                                   numbered=numbered)
    return write_workbook(report, path, language=language, exported_at=now, notes=notes,
                          replace=force and not numbered, numbered=numbered)


def by_category(report: ResultsReport) -> list[tuple[Any, list[Any]]]:
    results = report.results
    order: dict[Any, list[Any]] = {c.key: [] for c in report.settings.categories}
    for row in results.ranking:
        order.setdefault(row.category, []).append(row)
    return [(key, rows) for key, rows in order.items() if rows or key is not None]
