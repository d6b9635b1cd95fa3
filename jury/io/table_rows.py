"""Rows of text with where each came from, and the checks every reader shares: a file's
size, its name, its header, the text of a cell."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import NoReturn

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.limits import Said, number, place


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
