"""Turn submissions files into entries: header names in Dutch or English, every problem named.

The whole input is checked before anything is written; the reader returns entries only when
there is no problem at all.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.io.tables import TABLE_SUFFIXES, Table, read_table
from jury.limits import Said, either, place
from jury.models import EntryData

# Header text (lowercased, trimmed) → field. Anything else is kept as an extra field.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "nummer", "nr", "number", "inzending", "entry"),
    "title": ("title", "titel", "naam initiatief", "initiatief"),
    "organisation": ("organisation", "organization", "organisatie", "bedrijf", "company"),
    "contact": ("contact", "contactpersoon", "contact person"),
    "email": ("email", "e-mail", "e-mailadres", "mail"),
    "description": ("description", "omschrijving", "toelichting", "beschrijving"),
    "category": ("category", "categorie"),
    # The language of the entry's feedback letter, when not the award's (nl or en).
    "language": ("language", "taal", "lang", "letter language", "taal brief"),
}
HEADER_FIELDS = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}
REQUIRED = ("title", "organisation")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SINGLE_LINE = ("id", "title", "organisation", "contact", "email", "category", "language")
LANGUAGES = {"nl": "nl", "nederlands": "nl", "dutch": "nl", "en": "en", "engels": "en",
             "english": "en"}


@dataclass(frozen=True)
class CategoryChoice:
    """A category as the file may name it: by key or by either label."""

    key: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class EntryBatch:
    entries: list[EntryData]
    sources: list[str]
    derived_ids: int


def entry_files(folder: Path) -> list[Path]:
    """The entry files in an award folder: tables beside award.toml and folders of .md files."""
    found = [
        p for p in sorted(folder.iterdir())
        if (p.is_file() and p.suffix.lower() in TABLE_SUFFIXES)
        or (p.is_dir() and not p.name.startswith(".") and any(p.glob("*.md")))
    ]
    return found


def read_entries(
    paths: Sequence[Path],
    *,
    categories: Sequence[CategoryChoice] = (),
    sheet: str | None = None,
) -> EntryBatch:
    """Read and check every file; raise ImportProblems listing every problem, or return all."""
    tables: list[Table] = []
    problems: list[str | Message] = []
    for path in paths:
        try:
            tables.append(read_table(path, sheet=sheet))
        except ImportProblems as exc:
            problems.extend(exc.problems)
    entries: list[EntryData] = []
    seen: dict[str, Said] = {}
    derived = 0
    lookup = _category_lookup(categories)
    for table in tables:
        columns, header_problems = map_headers(table, required_category=bool(categories))
        problems.extend(header_problems)
        if header_problems:
            continue
        for row in table.rows:
            fields = {name: row.cells.get(header, "") for header, name in columns.items()}
            extra = {h: v.strip() for h, v in row.cells.items() if h not in columns and v.strip()}
            entry, row_problems, was_derived = _entry_from(fields, extra, row.where, columns,
                                                           lookup, categories, table.source)
            problems.extend(row_problems)
            if entry is None:
                continue
            derived += was_derived
            if entry.id in seen:
                problems.append(limits.problem(
                    place(row.where, column=_column_name(columns, "id")), "read.entries.id_again",
                    id=repr(entry.id), first=seen[entry.id]))
                continue
            seen[entry.id] = row.where
            entries.append(entry)
    if problems:
        raise ImportProblems(problems)
    return EntryBatch(entries, [t.source for t in tables], derived)


def map_headers(table: Table, *, required_category: bool
                ) -> tuple[dict[str, str], list[str | Message]]:
    """Header text → field name for the known columns; problems for missing or doubled ones."""
    columns: dict[str, str] = {}
    problems: list[str | Message] = []
    head = place(table.source, row=1)
    by_field: dict[str, str] = {}
    for header in table.headers:
        name = HEADER_FIELDS.get(_normal_header(header))
        if name is None:
            continue
        if name in by_field:
            problems.append(limits.problem(head, "read.entries.same_field",
                                           first=repr(by_field[name]), second=repr(header),
                                           field=repr(name)))
            continue
        by_field[name] = header
        columns[header] = name
    required = [*REQUIRED, "category"] if required_category else list(REQUIRED)
    for name in required:
        if name not in by_field:
            names = either([repr(a) for a in FIELD_ALIASES[name][:3]])
            problems.append(limits.problem(head, "read.entries.no_column", names=names))
    return columns, problems


def derive_id(organisation: str, title: str) -> str:
    """A stable id for files without one: the same organisation and title give the same id."""
    key = f"{_fold(organisation)}|{_fold(title)}".encode()
    return "E" + hashlib.sha1(key, usedforsecurity=False).hexdigest()[:8].upper()


def _entry_from(
    fields: dict[str, str],
    extra: dict[str, str],
    where: Said,
    columns: dict[str, str],
    lookup: dict[str, str],
    categories: Sequence[CategoryChoice],
    source: str,
) -> tuple[EntryData | None, list[str | Message], bool]:
    problems: list[str | Message] = []

    def at(name: str) -> Said:
        return place(where, column=_column_name(columns, name))

    clean = {}
    refused: set[str] = set()
    for name, value in fields.items():
        value = limits.normal_lines(value).strip()
        # Characters first, on the text as given: folding whitespace below would otherwise
        # turn some controls (U+001C–U+001F, U+0085) into spaces without a word.
        problem = limits.char_problem(value, multiline=name not in SINGLE_LINE)
        if name in SINGLE_LINE:
            value = " ".join(value.split())
        problem = limits.length_problem(name, value) or problem
        if problem is not None:
            problems.append(limits.problem(at(name), problem))
            refused.add(name)
        clean[name] = value
    for header, value in list(extra.items()):
        value = limits.normal_lines(value)
        extra[header] = value
        problem = limits.field_problem("extra_value", value)
        if problem is not None:
            problems.append(limits.problem(place(where, column=header), problem))
    for name in REQUIRED:
        if name in refused:
            continue
        if not clean.get(name):
            problems.append(limits.problem(at(name), f"read.entries.empty.{name}"))
    email = clean.get("email", "")
    if email and "email" not in refused and not EMAIL.match(email):
        problems.append(limits.problem(at("email"), "read.entries.email", email=repr(email)))
    language = None
    if clean.get("language") and "language" not in refused:
        language = LANGUAGES.get(clean["language"].casefold())
        if language is None:
            problems.append(limits.problem(at("language"), "read.entries.language",
                                           language=limits.shown(clean["language"])))
    category_key = None
    if categories and "category" not in refused:
        raw = clean.get("category", "")
        category_key = lookup.get(raw.casefold())
        if not raw:
            problems.append(limits.problem(at("category"), "read.entries.empty.category",
                                           allowed=_allowed(categories)))
        elif category_key is None:
            problems.append(limits.problem(at("category"), "read.entries.category",
                                           category=limits.shown(raw),
                                           allowed=_allowed(categories)))
    elif clean.get("category") and not categories:
        extra = {_column_name(columns, "category"): clean["category"], **extra}
    derived = False
    entry_id = clean.get("id", "")
    if "id" in clean and not entry_id:
        problems.append(limits.problem(at("id"), "read.entries.empty.id"))
    if "id" not in clean and not problems:
        entry_id, derived = derive_id(clean["organisation"], clean["title"]), True
    if problems:
        return None, problems, False
    entry = EntryData(
        id=entry_id,
        title=clean["title"],
        organisation=clean["organisation"],
        category_key=category_key,
        contact=clean.get("contact", ""),
        email=email,
        description=clean.get("description", ""),
        extra=extra,
        source=source,
        language=language,
    )
    return entry, [], derived


def _category_lookup(categories: Sequence[CategoryChoice]) -> dict[str, str]:
    return {name.casefold(): c.key for c in categories for name in (c.key, *c.names)}


def _allowed(categories: Sequence[CategoryChoice]) -> str:
    return ", ".join(f"{c.key} ({'/'.join(c.names)})" for c in categories)


def _column_name(columns: dict[str, str], name: str) -> str:
    return next((header for header, field in columns.items() if field == name), name)


def _normal_header(header: str) -> str:
    return " ".join(header.replace("_", " ").strip().lower().split())


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(plain.split())
