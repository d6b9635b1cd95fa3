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
from typing import NoReturn

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.io.parse_guard import (
    DoubledKey,
    JsonObject,
    JsonRefused,
    front_matter_loader,
    json_constant,
    json_depth_problem,
    json_float,
    json_int,
)
from jury.limits import Said, number, place

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".json")


@dataclass(frozen=True, slots=True)
class Row:
    """`where` names file and row (a place: English as text, the reader's language in a
    message)."""

    where: Said
    cells: dict[str, str]


@dataclass(frozen=True)
class Table:
    """Rows keyed by the file's own header text; `where` names file and row for messages."""

    source: str
    headers: list[str]
    rows: list[Row]


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


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else cp1252 as Dutch Excel writes it.

    A file that is UTF-8 except for some lines (a line pasted from another program) is
    refused with those lines' numbers: decoding it all as cp1252 would garble every accent on
    the other lines without a word.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        claimed = True
    else:
        claimed = False
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    bad: list[tuple[int, UnicodeDecodeError]] = []
    utf8_seen = claimed
    for line_number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad.append((line_number, exc))
            continue
        utf8_seen = utf8_seen or not text.isascii()
    if utf8_seen:
        shown = bad[:10]
        problems: list[str | Message] = [
            limits.problem(place(source, line=line), "read.mixed_utf8",
                           byte=f"0x{exc.object[exc.start]:02X}", position=exc.start + 1)
            for line, exc in shown
        ]
        if len(bad) > len(shown):
            problems.append(limits.problem(place(source), "read.mixed_utf8_more",
                                           n=len(bad) - len(shown)))
        raise ImportProblems(problems, what="input")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        _refuse(place(source, line=at), "read.not_text", byte=f"0x{data[exc.start]:02X}")


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


def read_markdown_folder(folder: Path) -> Table:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".md" and p.is_file())
    if not files:
        _refuse(folder, "read.no_markdown")
    if len(files) > limits.MARKDOWN_FILES:
        _refuse(folder, "read.too_many_markdown", files=number(len(files)),
                limit=number(limits.MARKDOWN_FILES))
    return read_markdown_files(files, source=f"{folder.name}/")


def read_markdown_files(files: Iterable[Path], *, source: str) -> Table:
    """One entry a file: YAML front matter between '---' lines, the body is the description."""
    import yaml

    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str | Message] = []
    for path in files:
        name = f"{path.parent.name}/{path.name}"
        where = place(name)
        try:
            _check_name(path)
        except ImportProblems as exc:
            problems += exc.problems
            continue
        try:
            text = decode_text(_read_bytes(path, limits.MARKDOWN_FILE_BYTES, name),
                               name).replace("\r\n", "\n")
        except ImportProblems as exc:
            problems += exc.problems
            continue
        lines = text.split("\n")
        if not lines or lines[0].strip() != "---":
            problems.append(limits.problem(where, "read.md.no_front"))
            continue
        try:
            end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
        except StopIteration:
            problems.append(limits.problem(where, "read.md.unclosed"))
            continue
        front = "\n".join(lines[1:end])
        if len(front) > limits.FRONT_MATTER_CHARS:
            problems.append(limits.problem(where, "read.md.too_long",
                                           length=number(len(front)),
                                           limit=number(limits.FRONT_MATTER_CHARS)))
            continue
        try:
            meta = yaml.load(front, Loader=front_matter_loader()) or {}
        except RecursionError:
            problems.append(limits.problem(where, "read.md.too_deep"))
            continue
        except DoubledKey as exc:
            problems.append(limits.problem(place(name, line=exc.line + 2),
                                           "read.field_twice", field=limits.shown(exc.key)))
            continue
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = place(name, line=mark.line + 2) if mark is not None else where
            problems.append(limits.problem(at, "read.md.not_yaml"))
            continue
        if not isinstance(meta, dict):
            problems.append(limits.problem(where, "read.md.not_fields"))
            continue
        cells = {}
        problems += _name_problems(where, "field", [str(k) for k in meta])
        for key, value in meta.items():
            if isinstance(value, dict | list):
                problems.append(limits.problem(place(where, field=str(key)),
                                               "read.md.not_text"))
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
    head = place(source, row=1)
    if not records or not any(cell.strip() for cell in records[0]):
        _refuse(head, "read.no_header")
    headers = [h.strip().lstrip("\ufeff") for h in records[0]]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > limits.TABLE_COLUMNS:
        _refuse(head, "read.too_many_columns", columns=number(len(headers)),
                limit=number(limits.TABLE_COLUMNS))
    problems = _name_problems(head, "column", headers)
    problems += _doubled_headers(head, headers)
    rows = []
    for row_number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        where = place(source, row=row_number)
        surplus = [c for c in record[len(headers):] if c.strip()]
        if surplus:
            problems.append(limits.problem(where, "read.surplus_cells",
                                           cells=len(headers) + len(surplus),
                                           columns=len(headers)))
            continue
        cells = {h: limits.normal_lines(record[i]) if i < len(record) else ""
                 for i, h in enumerate(headers) if h}
        rows.append(Row(where, cells))
    for position, header in enumerate(headers, start=1):
        if not header:
            problems.append(limits.problem(place(head, column=position), "read.empty_header"))
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
    return limits.normal_lines(str(value))


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


def _read_bytes(path: Path, limit: int, where: str | None = None) -> bytes:
    """The file's bytes, refused unread when it is larger than `limit` or cannot be read."""
    where = where or path.name
    try:
        size = path.stat().st_size
        if size > limit:
            _refuse(where, "read.too_big", size=number(size), limit=number(limit))
        return path.read_bytes()
    except OSError as exc:
        _refuse(where, "read.unreadable", error=str(exc.strerror or exc))


def _check_name(path: Path) -> None:
    """A file's name becomes the entries' source and is shown: it gets the same character
    rules as a title (and a name that is not UTF-8 could not be stored at all)."""
    problem = limits.char_problem(path.name, multiline=False, advice="limit.advice.rename")
    if problem is not None:
        _refuse(limits.shown(str(path), 80), "read.in_file_name", problem=problem)


def _refuse(at: str | Path | Message, key: str, **values: object) -> NoReturn:
    """Refuse the file with one problem: its place (a file's name, or a place) and why."""
    where = at if isinstance(at, Message) else place(str(at))
    raise ImportProblems([limits.problem(where, key, **values)], what="input")


def _too_many_rows(source: str) -> NoReturn:
    _refuse(source, "read.too_many_rows", limit=number(limits.TABLE_ROWS))


def _name_problems(where: Said, unit: str, names: list[str]) -> list[str | Message]:
    """Column (or field) names: they become extra field names, so the same limits apply."""
    problems: list[str | Message] = []
    for position, name in enumerate(names, start=1):
        length = limits.length_problem("extra_name", name)
        problem = length or limits.char_problem(name, multiline=False)
        if problem is not None:
            at = place(where, column=position) if unit == "column" else place(where, field=name)
            problems.append(limits.problem(at, "read.name_length" if length else
                                           "read.name_chars", problem=problem))
    return problems


def _doubled_headers(where: Said, headers: list[str]) -> list[str | Message]:
    """Two columns with the same name (ignoring case and spacing): which one would count?"""
    first: dict[str, int] = {}
    problems: list[str | Message] = []
    for position, header in enumerate(headers, start=1):
        if not header:
            continue
        key = " ".join(header.casefold().split())
        if key in first:
            earlier = first[key]
            problems.append(limits.problem(where, "read.same_header", first=earlier,
                                           first_name=repr(headers[earlier - 1]),
                                           second=position, second_name=repr(header)))
        else:
            first[key] = position
    return problems
