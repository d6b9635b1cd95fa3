"""A returned scoresheet read back with openpyxl: every problem named by sheet and cell, all
at once, and nothing taken from a sheet this tool did not write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jury import limits
from jury.award_settings import Scale
from jury.errors import ImportProblems, JuryError
from jury.i18n import Message, Strings, Word
from jury.io.scoresheet_form import (
    FIRST_ROW,
    FORMAT,
    HEADER_ROW,
    MARKER,
    META_SHEET,
    TITLE,
    read_reasons,
    scale_words,
)
from jury.services.scoresheets import ALGORITHM, SIGNATURE, ReturnedSheet
from jury.terms import RECUSAL_REASONS


def is_scoresheet(path: Path) -> bool:
    """Whether an .xlsx file is a scoresheet this tool wrote (it has the hidden jury sheet)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return False
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError):
        return False
    try:
        return META_SHEET in book.sheetnames and \
            book[META_SHEET]["A1"].value == MARKER
    finally:
        book.close()


def read_scoresheet(path: Path, scale: Scale) -> ReturnedSheet:
    """Read a returned scoresheet; every problem named by sheet and cell, all at once."""
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)
    meta = book[META_SHEET]
    if meta["B1"].value not in (1, FORMAT):  # format 1 reads the same, and has no signature
        raise JuryError("sheet.error.format", title=TITLE, file=path.name,
                        found=meta["B1"].value, expected=FORMAT)
    meta_rows = tuple(tuple(row) for row in meta.iter_rows(values_only=True))
    signature = ""
    info: dict[str, str] = {}
    columns: dict[str, tuple[str, str]] = {}
    baseline_scores: dict[tuple[str, str], tuple[float | None, str, int]] = {}
    baseline_notes: dict[str, tuple[str, int]] = {}
    baseline_recusals: dict[str, tuple[str, str]] = {}
    baseline_entrant: dict[tuple[str, str], str] = {}
    for number, row in enumerate(meta.iter_rows(min_row=3, values_only=True), start=3):
        kind, *rest = row
        try:
            if kind in ("award", "edition", "juror", "written_at", "language"):
                info[kind] = str(rest[0])
            elif kind == "column":
                columns[str(rest[0])] = (str(rest[1]), str(rest[2]))
            elif kind == "score":
                value = rest[2] if isinstance(rest[2], int | float) else None
                baseline_scores[(str(rest[0]), str(rest[1]))] = (
                    None if value is None else float(value), str(rest[3] or ""), int(rest[4]))
                if len(rest) > 5 and rest[5] not in (None, ""):
                    baseline_entrant[(str(rest[0]), str(rest[1]))] = str(rest[5])
            elif kind == "note":
                baseline_notes[str(rest[0])] = (str(rest[1] or ""), int(rest[2]))
            elif kind == "recusal":
                baseline_recusals[str(rest[0])] = (str(rest[1]), str(rest[2] or ""))
            elif kind == SIGNATURE:
                if signature or rest[0] != ALGORITHM or not isinstance(rest[1], str):
                    raise ValueError("one signature, of the one known kind")
                signature = rest[1]
        except (IndexError, TypeError, ValueError):
            raise _damaged(path, Message("sheet.damaged.row", {"row": number})) from None
    missing = [key for key in ("id", "overall", "recusal", "recusal_text") if key not in columns]
    if missing or not {"award", "edition", "juror"} <= set(info):
        raise _damaged(path, Word("sheet.damaged.columns" if missing
                                  else "sheet.damaged.identity"))
    language = info.get("language", "nl")
    tr = Strings(language)
    name = tr("sheet.scores")
    if name not in book.sheetnames:
        raise ImportProblems([Message("sheet.problem.no_sheet", {"file": path.name,
                                                                  "sheet": name})],
                             what="scoresheet")
    ws = book[name]
    problems: list[str | Message] = []
    for letter, text in columns.values():
        found = ws[f"{letter}{HEADER_ROW}"].value
        if str(found or "").strip() != text:
            problems.append(Message("sheet.problem.column", {
                "cell": f"{name}!{letter}{HEADER_ROW}", "expected": text, "found": found}))
    if problems:
        raise ImportProblems(problems, what="scoresheet")
    reasons = read_reasons()
    criteria = [key for key in columns if key not in
                ("id", "title", "organisation", "category", "overall", "recusal",
                 "recusal_text") and not key.startswith(("note:", "entrant:"))]
    scores: dict[tuple[str, str], tuple[float | None, str]] = {}
    notes: dict[str, str] = {}
    entrant: dict[tuple[str, str], str] = {}
    recusals: dict[str, tuple[str, str]] = {}
    cells: dict[tuple[str, str], str] = {}
    seen: dict[str, str] = {}
    for number in range(FIRST_ROW, ws.max_row + 1):
        entry = _text(ws[f"{columns['id'][0]}{number}"].value)
        if not entry:
            continue
        id_cell = f"{name}!{columns['id'][0]}{number}"
        if entry in seen:
            problems.append(Message("sheet.problem.twice", {"cell": id_cell, "entry": entry,
                                                             "first": seen[entry]}))
            continue
        seen[entry] = id_cell
        cells[(entry, "id")] = id_cell
        for key in criteria:
            where = f"{name}!{columns[key][0]}{number}"
            cells[(entry, key)] = where
            value = _number(ws[f"{columns[key][0]}{number}"].value, where, scale, problems)
            note = _text(ws[f"{columns['note:' + key][0]}{number}"].value) \
                if f"note:{key}" in columns else ""
            base_note = baseline_scores.get((entry, key), (None, "", 0))[1]
            scores[(entry, key)] = (value, _as_written(note, base_note))
            if f"entrant:{key}" in columns:  # a sheet written before the column has none
                where = f"{name}!{columns['entrant:' + key][0]}{number}"
                said = _text(ws[where.split("!")[1]].value)
                if (refused := limits.field_problem("for_entrant", said)) is not None:
                    problems.append(Message("sheet.problem.cell",
                                            {"cell": where, "problem": refused}))
                entrant[(entry, key)] = _as_written(
                    said, baseline_entrant.get((entry, key), ""))
        cells[(entry, "note")] = f"{name}!{columns['overall'][0]}{number}"
        notes[entry] = _as_written(_text(ws[f"{columns['overall'][0]}{number}"].value),
                                   baseline_notes.get(entry, ("", 0))[0])
        where = f"{name}!{columns['recusal'][0]}{number}"
        cells[(entry, "recusal")] = where
        word = _text(ws[where.split("!")[1]].value).lower()
        text = _text(ws[f"{columns['recusal_text'][0]}{number}"].value)
        if word and word not in reasons:
            problems.append(Message("sheet.problem.reason", {
                "cell": where, "word": word,
                "reasons": [Word(f"sheet.reason.{key}") for key in RECUSAL_REASONS]}))
        elif reasons.get(word) == "other" and not text:
            problems.append(Message("sheet.problem.other_reason", {
                "cell": f"{name}!{columns['recusal_text'][0]}{number}"}))
        recusals[entry] = (reasons.get(word, ""), text if word else "")
    book.close()
    if problems:
        raise ImportProblems([Message("sheet.problem.in_file", {"file": path.name, "problem": p})
                              for p in problems], what="scoresheet")
    return ReturnedSheet(
        award=info.get("award", ""), edition=info.get("edition", ""),
        juror=info.get("juror", ""), written_at=info.get("written_at", ""),
        baseline_scores=baseline_scores, baseline_notes=baseline_notes,
        baseline_recusals=baseline_recusals, scores=scores, notes=notes, recusals=recusals,
        cells=cells, meta_rows=meta_rows, signature=signature,
        baseline_entrant=baseline_entrant, entrant=entrant,
    )


def _damaged(path: Path, where: Message | Word) -> JuryError:
    return JuryError("sheet.error.damaged", title=TITLE, file=path.name, sheet=META_SHEET,
                     where=where)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _as_written(text: str, written: str) -> str:
    """A cell's text is read stripped; when that is all that differs from what the sheet was
    written with, the juror did not change it."""
    return written if text == written.strip() else text


def _number(value: Any, where: str, scale: Scale,
            problems: list[str | Message]) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        problems.append(Message("sheet.problem.not_score", {"cell": where, "value": value}))
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            problems.append(Message("sheet.problem.not_number",
                                    {"cell": where, "text": str(value).strip()}))
            return None
    if not scale.min <= number <= scale.max:
        problems.append(Message("sheet.problem.outside", {
            "cell": where, "value": number, "scale": scale_words(scale)}))
        return None
    if not scale.allows(number):
        problems.append(Message("sheet.problem.off_scale", {
            "cell": where, "value": number, "scale": scale_words(scale)}))
        return None
    return number
