"""Entries written as Markdown files with YAML front matter, one file per entry, read into
the same rows as a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.io.parse_guard import (
    DoubledKey,
    front_matter_loader,
)
from jury.io.table_rows import (
    Row,
    Table,
    _cell_text,
    _check_name,
    _name_problems,
    _read_bytes,
    _refuse,
    decode_text,
)
from jury.limits import number, place


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
