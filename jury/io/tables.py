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
    _check_name(path)
    if path.is_dir():
        return read_markdown_folder(path)
    if not path.exists():
        raise ImportProblems([f"{path}: no such file."], what="input")
    if not path.is_file():
        _refuse(f"{path}: not a file. Name a .csv, .xlsx or .json file, or a folder of .md.")
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
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad.append((number, exc))
            continue
        utf8_seen = utf8_seen or not text.isascii()
    if utf8_seen:
        shown = bad[:10]
        problems = [
            f"{source}, line {number}: not UTF-8 (byte 0x{exc.object[exc.start]:02X} at "
            f"character {exc.start + 1}), though the rest of the file is UTF-8. Retype the "
            "accented letters on this line, or save the whole file again as CSV UTF-8."
            for number, exc in shown
        ]
        if len(bad) > len(shown):
            problems.append(f"{source}: {len(bad) - len(shown)} more lines like these.")
        raise ImportProblems(problems, what="input")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        _refuse(f"{source}, line {at}: byte 0x{data[exc.start]:02X} is neither UTF-8 nor "
                "Windows-1252 text. Save the file as CSV UTF-8.")


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
            _refuse(f"{path.name}, row {len(records) + 1} (line {last_line + 1}): a quoted field "
                    "opens here and its closing quote is missing. Add the closing \" (or "
                    "remove the opening one).")
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
        _refuse(f"{name}, row {len(records) + 1} (line {reader.line_num}): not readable as "
                f"CSV ({exc}).")
    return records


def read_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    """The sheet as text; the file is checked for size and reach before it is parsed."""
    from python_calamine import CalamineWorkbook

    from jury.io.xlsx_guard import check_xlsx

    check_xlsx(path, sheet=sheet)
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
    # The guard bounded what the file declares; this bounds what the reader made of it.
    if len(data) > limits.TABLE_ROWS + 1:
        _too_many_rows(path.name)
    widest = max((len(record) for record in data), default=0)
    if widest > limits.TABLE_COLUMNS:
        _refuse(f"{path.name}: {widest:,} columns; at most {limits.TABLE_COLUMNS:,}.")
    records = [[_cell_text(cell) for cell in record] for record in data]
    return _from_records(f"{path.name} [{sheet or names[0]}]", records, "row")


def read_json(path: Path) -> Table:
    """A list of objects, one per entry; depth and numbers are bounded before Python sees them."""
    text = decode_text(_read_bytes(path, limits.TEXT_FILE_BYTES), path.name)
    if (deep := json_depth_problem(path.name, text)) is not None:
        _refuse(deep)
    try:
        data = json.loads(text, parse_int=json_int, parse_float=json_float,
                          parse_constant=json_constant, object_pairs_hook=JsonObject.of)
    except json.JSONDecodeError as exc:
        raise ImportProblems(
            [f"{path.name}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})."],
            what="input",
        ) from None
    except JsonRefused as exc:
        _refuse(f"{path.name}: {exc}")
    except RecursionError:
        _refuse(f"{path.name}: nested too deeply; at most {limits.JSON_DEPTH} levels.")
    if not isinstance(data, list):
        raise ImportProblems(
            [f"{path.name}: expected a list of objects, one per entry ([{{...}}, {{...}}])."],
            what="input",
        )
    if len(data) > limits.TABLE_ROWS:
        _too_many_rows(path.name)
    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str] = []
    for number, item in enumerate(data, start=1):
        where = f"{path.name}, item {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object with fields, got {type(item).__name__}.")
            continue
        cells = {}
        doubled = getattr(item, "doubled", [])
        problems += [f"{where}: the field {limits.shown(k)} appears twice. Keep one of them."
                     for k in doubled]
        problems += _name_problems(where, "field", list(item))
        for key, value in item.items():
            if isinstance(value, dict | list):
                problems.append(f"{where}, field {limits.shown(key)}: expected text or a "
                                "number, got a "
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
    if len(files) > limits.MARKDOWN_FILES:
        _refuse(f"{folder}: {len(files):,} .md files; at most {limits.MARKDOWN_FILES:,}.")
    return read_markdown_files(files, source=f"{folder.name}/")


def read_markdown_files(files: Iterable[Path], *, source: str) -> Table:
    """One entry a file: YAML front matter between '---' lines, the body is the description."""
    import yaml

    headers: dict[str, None] = {}
    rows: list[Row] = []
    problems: list[str] = []
    for path in files:
        where = f"{path.parent.name}/{path.name}"
        try:
            _check_name(path)
        except ImportProblems as exc:
            problems += exc.problems
            continue
        try:
            text = decode_text(_read_bytes(path, limits.MARKDOWN_FILE_BYTES, where),
                               where).replace("\r\n", "\n")
        except ImportProblems as exc:
            problems += exc.problems
            continue
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
        front = "\n".join(lines[1:end])
        if len(front) > limits.FRONT_MATTER_CHARS:
            problems.append(f"{where}: the front matter has {len(front):,} characters; at most "
                            f"{limits.FRONT_MATTER_CHARS:,}. Put long text below the second "
                            "'---' line.")
            continue
        try:
            meta = yaml.load(front, Loader=front_matter_loader()) or {}
        except RecursionError:
            problems.append(f"{where}: the front matter is nested too deeply; use "
                            "'field: value' lines.")
            continue
        except DoubledKey as exc:
            problems.append(f"{where}, line {exc.line + 2}: the field {limits.shown(exc.key)} "
                            "appears twice. Keep one of them.")
            continue
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 2}" if mark is not None else ""
            problems.append(f"{where}{line}: the front matter is not valid YAML.")
            continue
        if not isinstance(meta, dict):
            problems.append(f"{where}: the front matter must be 'field: value' lines.")
            continue
        cells = {}
        problems += _name_problems(where, "field", [str(k) for k in meta])
        for key, value in meta.items():
            if isinstance(value, dict | list):
                problems.append(f"{where}, field {limits.shown(str(key))}: expected text or a "
                                "number.")
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
    if len(headers) > limits.TABLE_COLUMNS:
        _refuse(f"{source}, {unit} 1: {len(headers):,} columns; at most "
                f"{limits.TABLE_COLUMNS:,}.")
    problems = _name_problems(f"{source}, {unit} 1", "column", headers)
    problems += _doubled_headers(f"{source}, {unit} 1", headers)
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
        cells = {h: limits.normal_lines(record[i]) if i < len(record) else ""
                 for i, h in enumerate(headers) if h}
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
            _refuse(f"{where}: {size:,} bytes; at most {limit:,} for this kind of file. "
                    "Split the entries over smaller files.")
        return path.read_bytes()
    except OSError as exc:
        _refuse(f"{where}: cannot be read ({exc.strerror or exc}). Check that the file exists "
                "and that you may read it.")


def _check_name(path: Path) -> None:
    """A file's name becomes the entries' source and is shown: it gets the same character
    rules as a title (and a name that is not UTF-8 could not be stored at all)."""
    problem = limits.char_problem(path.name, multiline=False, advice="Rename the file.")
    if problem is not None:
        _refuse(f"{limits.shown(str(path), 80)}: in the file name, {problem}")


def _refuse(problem: str) -> NoReturn:
    raise ImportProblems([problem], what="input")


def _too_many_rows(source: str) -> NoReturn:
    _refuse(f"{source}: more than {limits.TABLE_ROWS:,} rows; at most {limits.TABLE_ROWS:,} "
            "entries in one file. Split the file, or delete the empty rows below the entries.")


def _name_problems(where: str, unit: str, names: list[str]) -> list[str]:
    """Column (or field) names: they become extra field names, so the same limits apply."""
    problems = []
    for position, name in enumerate(names, start=1):
        problem = limits.length_problem("extra_name", name) or limits.char_problem(
            name, multiline=False)
        if problem is not None:
            label = f"{unit} {position}" if unit == "column" else f"{unit} {limits.shown(name)}"
            problems.append(f"{where}, {label}: the name has {problem}"
                            if problem[0].isdigit() else f"{where}, {label}: in the name, "
                            f"{problem}")
    return problems


def _doubled_headers(where: str, headers: list[str]) -> list[str]:
    """Two columns with the same name (ignoring case and spacing): which one would count?"""
    first: dict[str, int] = {}
    problems = []
    for position, header in enumerate(headers, start=1):
        if not header:
            continue
        key = " ".join(header.casefold().split())
        if key in first:
            earlier = first[key]
            problems.append(f"{where}: columns {earlier} ({headers[earlier - 1]!r}) and "
                            f"{position} ({header!r}) have the same name. Rename or remove one.")
        else:
            first[key] = position
    return problems
