"""Read a tabular file (CSV, XLSX, JSON, a folder of Markdown) into rows of text.

Every row keeps where it came from, so a problem can name the file and row the secretary
will open. Dutch Excel output just works: semicolons, cp1252 and a BOM are detected.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.io.markdown_table import read_markdown_files, read_markdown_folder
from jury.io.parse_guard import (
    JsonObject,
    JsonRefused,
    json_constant,
    json_depth_problem,
    json_float,
    json_int,
)
from jury.io.table_rows import (
    Row,
    Table,
    _cell_text,
    _check_name,
    _from_records,
    _name_problems,
    _read_bytes,
    _refuse,
    _too_many_rows,
    decode_text,
)
from jury.limits import number, place

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".json")


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read one file (or a folder of Markdown files) as text cells."""
    _check_name(path)
    if path.is_dir():
        return read_markdown_folder(path)
    if not path.exists():
        _refuse(path, "read.no_file")
    if not path.is_file():
        _refuse(path, "read.not_a_file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet=sheet)
    if suffix == ".json":
        return read_json(path)
    if suffix == ".md":
        return read_markdown_files([path], source=path.name)
    _refuse(path.name, "read.unknown_kind")


def detect_delimiter(text: str) -> str:
    """The separator in the header line: Dutch Excel writes ';', most tools ','."""
    header = _first_record_line(text)
    counts = {sep: _count_outside_quotes(header, sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


def read_csv(path: Path) -> Table:
    """A CSV, TSV or text table; a field's length is measured, never cut off by the parser."""
    text = decode_text(_read_bytes(path, limits.TEXT_FILE_BYTES), path.name)
    # The file is already bounded; with the parser's own cap above it, a long field reaches
    # the field checks and is reported with its column and length instead of a parser error.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    delimiter = detect_delimiter(text)
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    last_line = 0
    try:
        for record in reader:
            records.append(record)
            last_line = reader.line_num
            if len(records) > limits.TABLE_ROWS + 1:
                _too_many_rows(path.name)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            _refuse(place(path.name, row=len(records) + 1, line=last_line + 1),
                    "read.open_quote")
        # Not strictly quoted (text after a closing quote): read it leniently, as Excel does.
        records = _lenient_records(path.name, text, delimiter)
    return _from_records(path.name, records, "row")


def _lenient_records(name: str, text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > limits.TABLE_ROWS + 1:
                _too_many_rows(name)
    except csv.Error as exc:
        _refuse(place(name, row=len(records) + 1, line=reader.line_num), "read.not_csv",
                error=str(exc))
    return records


def read_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    """The sheet as text; the file is checked for size and reach before it is parsed."""
    from python_calamine import CalamineWorkbook

    from jury.io.xlsx_guard import check_xlsx

    check_xlsx(path, sheet=sheet)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format fault
        raise ImportProblems([limits.problem(place(path.name), "read.not_workbook",
                                             error=str(exc))], what="input") from None
    names = workbook.sheet_names
    if sheet is not None and sheet not in names:
        _refuse(path.name, "read.no_sheet", sheet=repr(sheet), sheets=", ".join(names))
    if not names:
        _refuse(path.name, "read.no_sheets")
    data = workbook.get_sheet_by_name(sheet or names[0]).to_python(skip_empty_area=False)
    # The guard bounded what the file declares; this bounds what the reader made of it.
    if len(data) > limits.TABLE_ROWS + 1:
        _too_many_rows(path.name)
    widest = max((len(record) for record in data), default=0)
    if widest > limits.TABLE_COLUMNS:
        _refuse(path.name, "read.too_many_columns", columns=number(widest),
                limit=number(limits.TABLE_COLUMNS))
    records = [[_cell_text(cell) for cell in record] for record in data]
    return _from_records(f"{path.name} [{sheet or names[0]}]", records, "row")


def read_json(path: Path) -> Table:
    """A list of objects, one per entry; depth and numbers are bounded before Python sees them."""
    text = decode_text(_read_bytes(path, limits.TEXT_FILE_BYTES), path.name)
    if (deep := json_depth_problem(path.name, text)) is not None:
        raise ImportProblems([deep], what="input")
    try:
        data = json.loads(text, parse_int=json_int, parse_float=json_float,
                          parse_constant=json_constant, object_pairs_hook=JsonObject.of)
    except json.JSONDecodeError as exc:
        raise ImportProblems(
            [limits.problem(place(path.name, line=exc.lineno, column=exc.colno),
                            "read.not_json", error=exc.msg)],
            what="input",
        ) from None
    except JsonRefused as exc:
        raise ImportProblems([limits.problem(place(path.name), exc.said)],
                             what="input") from None
    except RecursionError:
        _refuse(path.name, "read.json_too_deep", limit=limits.JSON_DEPTH)
    if not isinstance(data, list):
        _refuse(path.name, "read.json_not_list")
    if len(data) > limits.TABLE_ROWS:
        _too_many_rows(path.name)
    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str | Message] = []
    for position, item in enumerate(data, start=1):
        where = place(path.name, item=position)
        if not isinstance(item, dict):
            problems.append(limits.problem(where, "read.json_not_object",
                                           got=type(item).__name__))
            continue
        cells = {}
        doubled = getattr(item, "doubled", [])
        problems += [limits.problem(where, "read.field_twice", field=limits.shown(k))
                     for k in doubled]
        problems += _name_problems(where, "field", list(item))
        for key, value in item.items():
            if isinstance(value, dict | list):
                problems.append(limits.problem(
                    place(where, field=key),
                    "read.json_list" if isinstance(value, list) else "read.json_nested"))
                continue
            cells[str(key)] = _cell_text(value)
            headers.setdefault(str(key))
        rows.append(Row(where, cells))
    if problems:
        raise ImportProblems(problems, what="input")
    return Table(path.name, list(headers), rows)


def _first_record_line(text: str) -> str:
    in_quotes = False
    for i, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            return text[:i]
    return text


def _count_outside_quotes(line: str, sep: str) -> int:
    count, in_quotes = 0, False
    for char in line:
        if char == '"':
            in_quotes = not in_quotes
        elif char == sep and not in_quotes:
            count += 1
    return count


