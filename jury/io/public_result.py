"""The public result (`jury export --public`): for the presenter's slides and the press.

Per category the winner, then the nominees in alphabetical order, each with organisation,
title, a short description and the jury's laudatio (or, without one, its rationale). No
scores, no juror names, no flags: nothing in this file is the jury's private record.
Printed on A4 portrait.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jury.io.target import written_whole
from jury.io.workbook_writer import JuryNotes, Writer, category_label, set_properties
from jury.services.results import ResultsReport

DESCRIPTION_CHARACTERS = 400


def short(text: str, limit: int = DESCRIPTION_CHARACTERS) -> str:
    """The description's first sentences up to `limit` characters, cut at a word, with …"""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sentence = cut.rfind(". ")
    if sentence > limit // 2:
        return cut[:sentence + 1]
    return cut[:cut.rfind(" ")].rstrip(",;:") + " …"


def public_entries(report: ResultsReport, notes: JuryNotes) -> list[tuple[Any, list[Any]]]:
    """Per category (award order): [(status key, row, words)], the winner first, then the
    nominees alphabetically by title. `words` is the laudatio, else the jury's rationale."""
    results = report.results
    rows = {row.entry: row for row in results.ranking}
    found = []
    keys: list[str | None] = [c.key for c in report.settings.categories] or [None]
    for category in keys:
        choice = report.choices.get(category)
        if choice is None:
            continue
        winner = choice.shown_winner
        nominees = sorted((e for e in choice.shown_nominees if e != winner),
                          key=lambda e: (rows[e].title.casefold(), e))
        listed = []
        for status, entry, why in ([("winner", winner, choice.winner_rationale)]
                                   if winner else []) + [
                ("nominee", e, choice.nominees_rationale) for e in nominees]:
            laudatio = notes.laudations.get(entry)
            listed.append((status, rows[entry], laudatio.text if laudatio else why))
        found.append((category, listed))
    return found


def write_public_result(report: ResultsReport, path: Path, *, language: str,
                        exported_at: datetime, notes: JuryNotes, replace: bool = False,
                        numbered: bool = False) -> Path:
    """Write the public result beside `path` and move it into place, whole or not at all."""
    import xlsxwriter

    from jury.io.sheet_names import valid_sheet_name

    with written_whole(path, replace=replace, numbered=numbered) as draft:
        book = xlsxwriter.Workbook(str(draft.file), {
            "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "tmpdir": str(draft.scratch)})
        w = Writer(book, report, language, exported_at)
        set_properties(book, w, w.word("public_subject"))
        name = valid_sheet_name(w.word("public_subject"))
        sheet = book.add_worksheet(name)
        w.columns(sheet, [14, 56])
        w.title(sheet, w.word("public_subject"))
        r = 1
        for category, listed in public_entries(report, notes):
            r += 1
            sheet.set_row(r, 20)
            w.put(sheet, r, 0, category_label(w, category) or w.word("public_subject"),
                  "title")
            for status, row, words in listed:
                r += 1
                head = f"{row.title} — {row.organisation}"
                lines: list[tuple[str, str, str]] = [
                    (w.word(status), head, "bold_wrap"),
                    (w.word("description"), short(notes.descriptions.get(row.entry, "")),
                     "wrap"),
                    (w.word("laudatio"), words or "", "wrap")]
                for label, text, style in lines:
                    if not text:
                        continue
                    r += 1
                    w.fit_row(sheet, r, {0: label, 1: text})
                    w.put(sheet, r, 0, label, "bold_wrap" if style == "bold_wrap" else "plain")
                    w.put(sheet, r, 1, text, style)
            r += 1
        w.prints(sheet, landscape=False, repeat=None, name=w.word("public_subject"))
        sheet.print_area(0, 0, max(r, 1), 1)
        book.close()
    return draft.path
