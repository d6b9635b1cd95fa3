"""An .xlsx is a zip of XML parts: look inside before the reader parses it.

A 5 KB workbook can declare a sheet of 17 billion cells, and a 2 MB one can unpack to
gigabytes; the reader would try to hold either in memory and the process would die. This
check reads only the zip's directory and streams each part once in small pieces, so it refuses
such a file within a second in a few MB, and says which limit the file broke.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NoReturn
from xml.etree import ElementTree

from jury import limits
from jury.errors import ImportProblems
from jury.limits import number, place

CHUNK = 1 << 20
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s[^>]*?\bref="([A-Za-z0-9:$]+)"')
_ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData[\s>/]")
# The r attribute of a cell ('XFD1048576') or a row ('1048576', no letters), however it is
# spaced or quoted. Only cells and rows carry one in a sheet; an attribute whose name merely
# ends in r can only add candidates, never hide one.
_POSITION = re.compile(rb"""r\s*=\s*["']\$?([A-Za-z]{0,4})\$?([0-9]{1,9})["']""")
_REF = re.compile(r"^\$?([A-Za-z]{1,4})\$?([0-9]{1,9})$")
_RELS_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class _Extent:
    """How far a sheet reaches: explicit references, and how many row and cell elements."""

    rows: int = 0
    columns: int = 0
    row_elements: int = 0
    cell_elements: int = 0


def check_xlsx(path: Path, *, sheet: str | None = None) -> None:
    """Raise ImportProblems if `path` is too big, unpacks too far, or declares too many cells."""
    name = path.name
    size = path.stat().st_size
    if size > limits.XLSX_FILE_BYTES:
        _refuse(name, "read.xlsx.too_big", size=number(size),
                limit=number(limits.XLSX_FILE_BYTES))
    parts = _part_count(path, size)
    if parts is None:
        _refuse(name, "read.xlsx.not_zip")
    if parts > limits.XLSX_PARTS:
        _refuse(name, "read.xlsx.parts", parts=number(parts), limit=number(limits.XLSX_PARTS))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        _refuse(name, "read.xlsx.unreadable", error=str(exc))
    with archive:
        infos = archive.infolist()
        total = sum(info.file_size for info in infos)
        if total > limits.XLSX_UNPACKED_BYTES:
            _refuse(name, "read.xlsx.unpacked", size=number(total),
                    limit=number(limits.XLSX_UNPACKED_BYTES))
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.XLSX_RATIO_FROM and ratio > limits.XLSX_RATIO:
                _refuse(name, "read.xlsx.ratio", part=repr(info.filename), ratio=number(ratio),
                        limit=limits.XLSX_RATIO)
        sheets = _sheet_parts(archive, sheet)
        for info in infos:
            if info.filename in sheets:
                _check_sheet(archive, info, f"{name} [{sheets[info.filename]}]")
            else:
                _drain(archive, info, name)


def _check_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    """The declared dimension from the sheet's first piece, then every cell reference."""
    extent = _Extent()
    head = True
    carry = b""
    tags = (b"<c", b"<row")
    for chunk in _chunks(archive, info, where):
        data = carry + chunk
        if head:
            root = _ROOT.search(data)
            if root is not None and root.group(1):  # <x:worksheet …>: cells are <x:c …>
                tags = (b"<" + root.group(1) + b"c", b"<" + root.group(1) + b"row")
            found = _DIMENSION.search(data)
            if found is not None:
                rows, columns = _dimension(found.group(1).decode("ascii"))
                _check_extent(where, rows, columns, "declares")
            if found is not None or _SHEET_DATA.search(data) or len(data) > 65_536:
                head = False
        cut = data.rfind(b"<")
        if cut == -1:
            cut = len(data)
        elif len(data) - cut > 65_536:  # a long text run after the last tag: nothing to carry
            cut = len(data)
        _scan(data[:cut], extent, tags)
        carry = data[cut:]
        _check_extent(where, extent.rows, extent.columns, "reaches")
        _check_counts(where, extent)
    _scan(carry, extent, tags)
    _check_extent(where, extent.rows, extent.columns, "reaches")
    _check_counts(where, extent)


def _scan(data: bytes, extent: _Extent, tags: tuple[bytes, bytes]) -> None:
    """Fold one piece of the sheet into `extent`. Regular expressions and counts run in C, so
    a 10 MB sheet takes a few tens of milliseconds."""
    found = _POSITION.findall(data)
    if found:
        letters, numbers = zip(*found, strict=True)
        extent.rows = max(extent.rows, max(map(int, numbers)))
        columns = set(letters) - {b""}
        if columns:
            extent.columns = max(extent.columns,
                                 *(_column_number(c.decode().upper()) for c in columns))
    # Upper bounds (they also count <cols>, <col> and the like): cells without an r attribute
    # take the next place, so their number bounds how far they reach.
    extent.cell_elements += data.count(tags[0])
    extent.row_elements += data.count(tags[1])


def _check_extent(where: str, rows: int, columns: int, verb: str) -> None:
    if rows > limits.TABLE_ROWS + 1:
        _refuse(where, f"read.xlsx.{verb}.row", row=number(rows),
                limit=number(limits.TABLE_ROWS + 1))
    if columns > limits.TABLE_COLUMNS:
        _refuse(where, f"read.xlsx.{verb}.column", column=number(columns),
                limit=number(limits.TABLE_COLUMNS))
    if rows * columns > limits.SHEET_CELLS:
        _refuse(where, f"read.xlsx.{verb}.cells", rows=number(rows), columns=number(columns),
                limit=number(limits.SHEET_CELLS))


def _check_counts(where: str, extent: _Extent) -> None:
    if extent.row_elements > limits.TABLE_ROWS + 1 or extent.cell_elements > limits.SHEET_CELLS:
        _refuse(where, "read.xlsx.holds", rows=number(extent.row_elements),
                cells=number(extent.cell_elements), row_limit=number(limits.TABLE_ROWS + 1),
                cell_limit=number(limits.SHEET_CELLS))


def _dimension(ref: str) -> tuple[int, int]:
    """'A1:XFD1048576' → (1048576, 16384): how far the used area reaches from A1."""
    end = ref.split(":")[-1]
    found = _REF.match(end)
    if found is None:
        return 0, 0
    return int(found.group(2)), _column_number(found.group(1).upper())


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _drain(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    """Unpack a part without keeping it: its real size is then known to be the declared one."""
    for _ in _chunks(archive, info, where):
        pass


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> Iterator[bytes]:
    """The part in pieces. zipfile stops at the declared size and checks the CRC, so a part
    whose directory entry understates its size is refused here, not unpacked in full."""
    try:
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                yield chunk
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError) as exc:
        _refuse(where, "read.xlsx.unpack", part=repr(info.filename), error=str(exc))


def _sheet_parts(archive: zipfile.ZipFile, sheet: str | None) -> dict[str, str]:
    """Part name → sheet name for the sheet that will be read (every worksheet if unsure)."""
    worksheets = {i.filename: PurePosixPath(i.filename).stem for i in archive.infolist()
                  if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")}
    try:
        book = _small_xml(archive, "xl/workbook.xml")
        rels = _small_xml(archive, "xl/_rels/workbook.xml.rels")
    except (KeyError, ElementTree.ParseError, ValueError):
        return worksheets
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = str(PurePosixPath(part))
    names = [(s.get("name", ""), targets.get(s.get(_RELS_NS)))
             for s in book.iter() if s.tag.endswith("}sheet") or s.tag == "sheet"]
    chosen = [(n, p) for n, p in names if p is not None and (sheet is None or n == sheet)]
    if not chosen:
        return worksheets
    name, part = chosen[0]
    return {part: name} if part in worksheets else worksheets


def _small_xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    info = archive.getinfo(name)
    if info.file_size > 5_000_000:
        raise ValueError(name)
    data = archive.read(info)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValueError(name)
    return ElementTree.fromstring(data)


def _part_count(path: Path, size: int) -> int | None:
    """The number of parts from the zip's end record, read before the directory itself."""
    with path.open("rb") as file:
        file.seek(max(0, size - 65_557))
        tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at == -1 or len(tail) - at < 22:
        return None
    total = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if total == 0xFFFF:  # a zip64 directory: more parts than any workbook has
        return limits.XLSX_PARTS + 1
    return total


def _refuse(where: str, key: str, **values: object) -> NoReturn:
    raise ImportProblems([limits.problem(place(where), key, **values)], what="input")
