"""Read a tabular file (CSV, XLSX, JSON, a folder of Markdown) into rows of text.

Every row keeps where it came from, so a problem can name the file and row the secretary
will open. Dutch Excel output just works: semicolons, cp1252 and a BOM are detected.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from jury.errors import ImportProblems

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".json")


@dataclass(frozen=True, slots=True)
class Row:
    where: str
    cells: dict[str, str]


@dataclass(frozen=True)
class Table:
    """Rows keyed by the file's own header text; `where` names file and row for messages."""

    source: str
    headers: list[str]
    rows: list[Row]


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read one file (or a folder of Markdown files) as text cells."""
    if path.is_dir():
        return read_markdown_folder(path)
    if not path.exists():
        raise ImportProblems([f"{path}: no such file."], what="input")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, sheet=sheet)
    if suffix == ".json":
        return read_json(path)
    if suffix == ".md":
        return read_markdown_files([path], source=path.name)
    raise ImportProblems(
        [f"{path.name}: unknown kind of file. Use .csv, .xlsx, .json or a folder of .md files."],
        what="input",
    )


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else cp1252 as Dutch Excel writes it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportProblems(
            [f"{source}: byte {exc.start + 1} is neither UTF-8 nor Windows-1252 text. "
             "Save the file as CSV UTF-8."],
            what="input",
        ) from None


def detect_delimiter(text: str) -> str:
    """The separator in the header line: Dutch Excel writes ';', most tools ','."""
    header = _first_record_line(text)
    counts = {sep: _count_outside_quotes(header, sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


def read_csv(path: Path) -> Table:
    text = decode_text(path.read_bytes(), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise ImportProblems(
            [f"{path.name}, row {reader.line_num}: {exc}. Check for an unclosed quote."],
            what="input",
        ) from None
    return _from_records(path.name, records, "row")


def read_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format fault
        raise ImportProblems(
            [f"{path.name}: not a readable Excel workbook ({exc})."], what="input"
        ) from None
    names = workbook.sheet_names
    if sheet is not None and sheet not in names:
        raise ImportProblems(
            [f"{path.name}: no sheet named {sheet!r}; the sheets are {', '.join(names)}."],
            what="input",
        )
    if not names:
        raise ImportProblems([f"{path.name}: the workbook has no sheets."], what="input")
    data = workbook.get_sheet_by_name(sheet or names[0]).to_python(skip_empty_area=False)
    records = [[_cell_text(cell) for cell in record] for record in data]
    return _from_records(f"{path.name} [{sheet or names[0]}]", records, "row")


def read_json(path: Path) -> Table:
    try:
        data = json.loads(decode_text(path.read_bytes(), path.name))
    except json.JSONDecodeError as exc:
        raise ImportProblems(
            [f"{path.name}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})."],
            what="input",
        ) from None
    if not isinstance(data, list):
        raise ImportProblems(
            [f"{path.name}: expected a list of objects, one per entry ([{{...}}, {{...}}])."],
            what="input",
        )
    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str] = []
    for number, item in enumerate(data, start=1):
        where = f"{path.name}, item {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object with fields, got {type(item).__name__}.")
            continue
        cells = {}
        for key, value in item.items():
            if isinstance(value, dict | list):
                problems.append(f"{where}, field {key!r}: expected text or a number, got a "
                                f"{'list' if isinstance(value, list) else 'nested object'}.")
                continue
            cells[str(key)] = _cell_text(value)
            headers.setdefault(str(key))
        rows.append(Row(where, cells))
    if problems:
        raise ImportProblems(problems, what="input")
    return Table(path.name, list(headers), rows)


def read_markdown_folder(folder: Path) -> Table:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".md" and p.is_file())
    if not files:
        raise ImportProblems([f"{folder}: no .md files in this folder."], what="input")
    return read_markdown_files(files, source=f"{folder.name}/")


def read_markdown_files(files: Iterable[Path], *, source: str) -> Table:
    """One entry a file: YAML front matter between '---' lines, the body is the description."""
    import yaml

    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str] = []
    for path in files:
        where = f"{path.parent.name}/{path.name}"
        text = decode_text(path.read_bytes(), where).replace("\r\n", "\n")
        lines = text.split("\n")
        if not lines or lines[0].strip() != "---":
            problems.append(f"{where}: no front matter; start the file with a '---' line, "
                            "then 'titel: …' and the other fields, then '---'.")
            continue
        try:
            end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
        except StopIteration:
            problems.append(f"{where}: the front matter has no closing '---' line.")
            continue
        try:
            meta = yaml.safe_load("\n".join(lines[1:end])) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 2}" if mark is not None else ""
            problems.append(f"{where}{line}: the front matter is not valid YAML.")
            continue
        if not isinstance(meta, dict):
            problems.append(f"{where}: the front matter must be 'field: value' lines.")
            continue
        cells = {}
        for key, value in meta.items():
            if isinstance(value, dict | list):
                problems.append(f"{where}, field {key!r}: expected text or a number.")
                continue
            cells[str(key)] = _cell_text(value)
            headers.setdefault(str(key))
        body = "\n".join(lines[end + 1:]).strip()
        if body:
            cells["description"] = body
            headers.setdefault("description")
        rows.append(Row(where, cells))
    if problems:
        raise ImportProblems(problems, what="input")
    return Table(source, list(headers), rows)


def _from_records(source: str, records: list[list[str]], unit: str) -> Table:
    if not records or not any(cell.strip() for cell in records[0]):
        raise ImportProblems(
            [f"{source}, {unit} 1: no header row. The first row names the columns "
             "(titel, organisatie, …)."],
            what="input",
        )
    headers = [h.strip().lstrip("\ufeff") for h in records[0]]
    while headers and not headers[-1]:
        headers.pop()
    problems = []
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        where = f"{source}, {unit} {number}"
        surplus = [c for c in record[len(headers):] if c.strip()]
        if surplus:
            problems.append(
                f"{where}: {len(headers) + len(surplus)} cells, but the header names "
                f"{len(headers)} columns. Check for a separator inside an unquoted field."
            )
            continue
        cells = {h: (record[i] if i < len(record) else "") for i, h in enumerate(headers) if h}
        rows.append(Row(where, cells))
    for position, header in enumerate(headers, start=1):
        if not header:
            problems.append(f"{source}, {unit} 1, column {position}: the header is empty.")
    if problems:
        raise ImportProblems(problems, what="input")
    return Table(source, [h for h in headers if h], rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


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
