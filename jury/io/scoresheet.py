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

from jury import limits
from jury.award_settings import Scale
from jury.errors import ImportProblems, JuryError
from jury.i18n import Message, Strings, Word
from jury.io.target import check_target, written_whole
from jury.services.scoresheets import ALGORITHM, SIGNATURE, ReturnedSheet, Scoresheet
from jury.terms import RECUSAL_REASONS

MARKER = "jury-scoresheet"
FORMAT = 2  # 2: the hidden sheet is signed (HMAC-SHA256 with the award's secret)
META_SHEET = "jury"
HEADER_ROW = 4  # 1-based, as Excel shows it
FIRST_ROW = 5
TITLE = "error.title.scoresheet"

LANGUAGES = ("nl", "en")


def reason_words(language: str) -> dict[str, str]:
    """A recusal reason's key -> its word in `language`: 'professional' -> 'professioneel'."""
    tr = Strings(language)
    return {key: tr(f"sheet.reason.{key}") for key in RECUSAL_REASONS}


def scale_words(scale: Scale) -> Message:
    """The scale in the reader's words: '1–10', '1–5 in stappen van 0,5'."""
    if scale.step == 1:
        return Message("sheet.scale", {"low": float(scale.min), "high": float(scale.max)})
    return Message("sheet.scale.steps", {"low": float(scale.min), "high": float(scale.max),
                                         "step": float(scale.step)})


def read_reasons() -> dict[str, str]:
    """Every word a returned sheet may hold for a recusal reason, in either language (a juror
    may fill in a sheet of the other language), and the keys themselves -> the key."""
    reasons = {word: key for language in LANGUAGES
               for key, word in reason_words(language).items()}
    reasons.update({key: key for key in RECUSAL_REASONS})
    return reasons


def default_scoresheet_path(folder: Path, slug: str, juror: str) -> Path:
    from jury.award_settings import slugify

    return folder / f"scoresheet-{slug}-{slugify(juror)}.xlsx"


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


# Reading ------------------------------------------------------------------------------------

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
