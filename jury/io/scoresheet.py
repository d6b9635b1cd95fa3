"""The offline scoresheet as an Excel workbook: written with XlsxWriter, read back with openpyxl.

Sheets: Scores (one row per entry; a drop-down of the scale per criterion, notes, a recusal
with its reason), the entries' full descriptions, instructions in the award's language, and a
hidden 'jury' sheet naming the award, the juror, the time of writing, where each column is,
and every value the sheet was written with (with its version) so that changes made in the
database since can be told apart from changes made in the sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jury.i18n import Strings
from jury.io.scoresheet_form import (
    FIRST_ROW,
    FORMAT,
    HEADER_ROW,
    MARKER,
    META_SHEET,
    TITLE,
    default_scoresheet_path,
    reason_words,
    scale_words,
)
from jury.io.scoresheet_read import is_scoresheet, read_scoresheet
from jury.io.target import check_target, written_whole
from jury.services.scoresheets import ALGORITHM, SIGNATURE, Scoresheet


def write_scoresheet(sheet: Scoresheet, path: Path, *, force: bool = False) -> Path:
    """Write the juror's workbook beside `path`, then move it into place."""
    import xlsxwriter

    check_target(path, force=force, title=TITLE)
    settings = sheet.settings
    language = settings.award.language
    tr = Strings(language)
    with written_whole(path, replace=force, title=TITLE) as draft:
        book = xlsxwriter.Workbook(str(draft.file), {"strings_to_formulas": False,
                                                     "strings_to_urls": False,
                                                     "strings_to_numbers": False,
                                                     "tmpdir": str(draft.scratch)})
        book.set_properties({"title": tr(
            "sheet.title", award=sheet.award, edition=sheet.edition, juror=sheet.juror),
            "author": "jury", "created": sheet.written_at.replace(tzinfo=None)})
        columns = _scores_sheet(book, sheet, tr)
        _descriptions_sheet(book, sheet, tr)
        _instructions_sheet(book, sheet, tr)
        _meta_sheet(book, sheet, columns)
        book.close()
    return draft.path


def _label(language: str, nl: str, en: str) -> str:
    return nl if language == "nl" else en


def _scores_sheet(book: Any, sheet: Scoresheet, tr: Strings) -> list[tuple[str, str]]:
    """The sheet the juror fills in; returns (column key, header) in column order."""
    language = tr.language
    settings = sheet.settings
    ws = book.add_worksheet(tr("sheet.scores"))
    bold = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1,
                              "text_wrap": True, "valign": "top", "locked": True})
    fixed = book.add_format({"locked": True, "valign": "top", "text_wrap": True})
    score = book.add_format({"locked": False, "bg_color": "#FFF2CC", "border": 1,
                             "num_format": "0.##", "align": "center", "valign": "top"})
    editable = book.add_format({"locked": False, "text_wrap": True, "valign": "top",
                                "border": 1})
    categories = {c.key: _label(language, c.label_nl, c.label_en) for c in settings.categories}
    columns: list[tuple[str, str]] = [
        ("id", tr("sheet.id")), ("title", tr("sheet.entry_title")),
        ("organisation", tr("sheet.organisation")), ("category", tr("sheet.category"))]
    for criterion in settings.criteria:
        label = _label(language, criterion.label_nl, criterion.label_en)
        columns += [(criterion.key, label), (f"note:{criterion.key}",
                                             tr("sheet.note", criterion=label)),
                    (f"entrant:{criterion.key}", tr("sheet.for_entrant", criterion=label))]
    columns += [("overall", tr("sheet.overall")), ("recusal", tr("sheet.recusal")),
                ("recusal_text", tr("sheet.recusal_text"))]
    widths = {"id": 9, "title": 40, "organisation": 26, "category": 12, "overall": 40,
              "recusal": 18, "recusal_text": 28}
    for position, (key, _) in enumerate(columns):
        width = widths.get(key, 30 if key.startswith(("note:", "entrant:")) else 13)
        ws.set_column(position, position, width)
    ws.write_string(0, 0, tr("sheet.title", award=sheet.award, edition=sheet.edition,
                            juror=sheet.juror), bold)
    ws.write_string(1, 0, tr("sheet.hint"))
    for position, (_, text) in enumerate(columns):
        ws.write_string(HEADER_ROW - 1, position, text, header)
    ws.set_row(HEADER_ROW - 1, 32)
    reasons = reason_words(language)
    for offset, entry in enumerate(sheet.entries):
        row = FIRST_ROW - 1 + offset
        recusal = sheet.recusals.get(entry.id, ("", ""))
        note = sheet.notes.get(entry.id, ("", 0))[0]
        for position, (key, _) in enumerate(columns):
            if key == "id":
                ws.write_string(row, position, entry.id, fixed)
            elif key == "title":
                ws.write_string(row, position, entry.title, fixed)
            elif key == "organisation":
                ws.write_string(row, position, entry.organisation, fixed)
            elif key == "category":
                ws.write_string(row, position, categories.get(entry.category, "") if
                                entry.category else "", fixed)
            elif key.startswith("note:"):
                stored = sheet.scores.get((entry.id, key[5:]))
                ws.write_string(row, position, stored[1] if stored else "", editable)
            elif key.startswith("entrant:"):
                ws.write_string(row, position, sheet.for_entrant.get((entry.id, key[8:]), ""),
                                editable)
            elif key == "overall":
                ws.write_string(row, position, note, editable)
            elif key == "recusal":
                ws.write_string(row, position, reasons.get(recusal[0], ""), editable)
            elif key == "recusal_text":
                ws.write_string(row, position, recusal[1], editable)
            else:
                stored = sheet.scores.get((entry.id, key))
                if stored is not None and stored[0] is not None:
                    ws.write_number(row, position, stored[0], score)
                else:
                    ws.write_blank(row, position, None, score)
    last = FIRST_ROW - 2 + max(len(sheet.entries), 1)
    scale = settings.scale
    for position, (key, text) in enumerate(columns):
        if key in {c.key for c in settings.criteria}:
            ws.data_validation(FIRST_ROW - 1, position, last, position, {
                "validate": "list",
                "source": f"={META_SHEET}!$B$2:${_letter(len(scale.values()))}$2",
                "input_title": text[:32],
                "input_message": tr("sheet.scale_input", scale=scale_words(scale))[:255],
                "error_title": text[:32],
                "error_message": tr("sheet.scale_input", scale=scale_words(scale))[:255],
            })
        elif key == "recusal":
            ws.data_validation(FIRST_ROW - 1, position, last, position, {
                "validate": "list", "source": [""] + list(reasons.values()),
                "ignore_blank": True})
    ws.freeze_panes(FIRST_ROW - 1, 2)
    ws.autofilter(HEADER_ROW - 1, 0, last, len(columns) - 1)
    ws.protect("", {"autofilter": True, "sort": True, "format_columns": True,
                    "format_rows": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})
    ws.activate()
    return columns


def _descriptions_sheet(book: Any, sheet: Scoresheet, tr: Strings) -> None:
    ws = book.add_worksheet(tr("sheet.descriptions"))
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for position, (key, width) in enumerate((("id", 9), ("entry_title", 36),
                                             ("organisation", 26), ("description", 100))):
        ws.set_column(position, position, width)
        ws.write_string(0, position, tr(f"sheet.{key}"), header)
    for row, entry in enumerate(sheet.entries, start=1):
        for position, text in enumerate((entry.id, entry.title, entry.organisation,
                                         entry.description)):
            ws.write_string(row, position, text, wrap)
    ws.freeze_panes(1, 1)


def _instructions_sheet(book: Any, sheet: Scoresheet, tr: Strings) -> None:
    settings = sheet.settings
    language = tr.language
    ws = book.add_worksheet(tr("sheet.instructions"))
    ws.set_column(0, 0, 110)
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    bold = book.add_format({"bold": True, "text_wrap": True})
    written = sheet.written_at.astimezone().strftime("%Y-%m-%d %H:%M")
    # One row per line of the catalogue's text.
    lines = tr("sheet.instructions_text", juror=" ".join(sheet.juror.split()), written=written,
               scale=scale_words(settings.scale)).split("\n")
    for criterion in settings.criteria:
        lines.append(f"• {_label(language, criterion.label_nl, criterion.label_en)}: "
                     f"{_label(language, criterion.question_nl, criterion.question_en)}")
    meanings = (settings.scale.labels_en if language == "en" and settings.scale.labels_en
                else settings.scale.labels)
    if meanings:
        lines += ["", tr("sheet.scale_meaning")]
        lines += [f"• {value}: {label}" for value, label in meanings.items()]
    for row, line in enumerate(lines):
        ws.write_string(row, 0, line, bold if row == 0 else wrap)


def _meta_sheet(book: Any, sheet: Scoresheet, columns: list[tuple[str, str]]) -> None:
    """Hidden: who and what the sheet is for, where its columns are, what it was written with,
    and last the signature of all of that, so that an edit to any of it is refused on return."""
    ws = book.add_worksheet(META_SHEET)
    rows: list[list[Any]] = [
        [MARKER, FORMAT], ["scale", *sheet.settings.scale.values()],
        ["award", sheet.award], ["edition", sheet.edition], ["juror", sheet.juror],
        ["written_at", sheet.written_at.isoformat()],
        ["language", sheet.settings.award.language],
    ]
    rows += [["column", key, _letter(position), text]
             for position, (key, text) in enumerate(columns)]
    for (entry, criterion), (stored, note, version) in sorted(sheet.scores.items()):
        # The note for the entrant last: an empty one leaves the row as format 2 wrote it.
        rows.append(["score", entry, criterion, "" if stored is None else stored, note,
                     version, sheet.for_entrant.get((entry, criterion), "")])
    for entry, (note, version) in sorted(sheet.notes.items()):
        rows.append(["note", entry, note, version])
    for entry, (reason, text) in sorted(sheet.recusals.items()):
        rows.append(["recusal", entry, reason, text])
    rows.append([SIGNATURE, ALGORITHM, sheet.seal(rows)])
    for row, values in enumerate(rows):
        for position, value in enumerate(values):
            if isinstance(value, int | float) and not isinstance(value, bool):
                ws.write_number(row, position, value)
            else:
                ws.write_string(row, position, str(value))
    ws.hide()


def _letter(position: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    text = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        text = chr(65 + rest) + text
    return text


__all__ = ["default_scoresheet_path", "is_scoresheet", "read_scoresheet", "write_scoresheet"]
