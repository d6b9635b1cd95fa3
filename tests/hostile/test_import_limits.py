"""Bounded input: every field limit and every file limit, through every import route.

Each refusal names file, row and column, the limit and the actual length (or the character),
and leaves the database exactly as it was, on SQLite and on PostgreSQL. The bombs are built
here and refused in a subprocess whose time and peak memory are measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from jury import limits
from jury.award_settings import load_award_settings, parse_award_settings
from jury.errors import ImportProblems, SettingsError
from jury.io.entries import CategoryChoice, read_entries
from jury.io.tables import read_table
from jury.limits import TextRefused
from jury.models import EntryData, ScoreData
from jury.services import Actor

from ..conftest import SAMPLE, snapshot
from ..test_cli import run

CATEGORIES = [CategoryChoice("mkb", ("MKB", "SME")), CategoryChoice("groot", ("Groot", "Large"))]
HEADERS = ("id", "categorie", "titel", "organisatie", "contactpersoon", "e-mail",
           "omschrijving", "website")
FIELD_OF = {"id": "id", "categorie": "category", "titel": "title", "organisatie": "organisation",
            "contactpersoon": "contact", "e-mail": "email", "omschrijving": "description",
            "website": "extra_value"}


def base_row(n: int) -> dict[str, str]:
    return {"id": f"T-{n}", "categorie": "mkb", "titel": f"Titel {n}", "organisatie": "Org BV",
            "contactpersoon": "Ann de Vries", "e-mail": "ann@voorbeeld.nl",
            "omschrijving": "Tekst.", "website": "voorbeeld.nl"}


def too_long(column: str) -> str:
    """A value one character over the column's limit (a valid address for the e-mail)."""
    limit = limits.FIELD_CHARS[FIELD_OF[column]]
    if column == "e-mail":
        return "a" * (limit + 1 - len("@voorbeeld.nl")) + "@voorbeeld.nl"
    return "x" * (limit + 1)


def at_limit(column: str) -> str:
    limit = limits.FIELD_CHARS[FIELD_OF[column]]
    if column == "e-mail":
        return "a" * (limit - len("@voorbeeld.nl")) + "@voorbeeld.nl"
    if column == "categorie":
        return "mkb"
    if column == "omschrijving":
        # Several lines, a tab and a bidi override: all allowed in a description.
        head = "Eerste regel\n\tingesprongen \u202eomgekeerd\u202c\n"
        return head + "y" * (limit - len(head))
    return "z" * limit


# Each route writes rows (header → text) as its kind of file and says how a row is named.
Writer = Callable[[Path, list[dict[str, str]]], Path]


def write_csv(folder: Path, rows: list[dict[str, str]], *, sep: str = ",",
              encoding: str = "utf-8") -> Path:
    import csv
    import io

    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=sep, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = folder / "entries.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(folder: Path, rows: list[dict[str, str]]) -> Path:
    import xlsxwriter

    path = folder / "entries.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Inzendingen")
    for c, header in enumerate(rows[0]):
        sheet.write_string(0, c, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row.values()):
            sheet.write_string(r, c, value)
    book.close()
    return path


def write_json(folder: Path, rows: list[dict[str, str]]) -> Path:
    path = folder / "entries.json"
    path.write_text(json.dumps(rows, ensure_ascii=True), encoding="utf-8")
    return path


def yaml_quoted(text: str) -> str:
    """A YAML double-quoted string: what YAML may not hold raw is written as an escape."""
    import re

    def escape(found: re.Match[str]) -> str:
        char = found.group()
        return {"\\": "\\\\", '"': '\\"'}.get(char, f"\\u{ord(char):04x}")

    return '"' + re.sub('[\\\\"\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]', escape,
                        text) + '"'


def write_markdown(folder: Path, rows: list[dict[str, str]]) -> Path:
    out = folder / "entries"
    out.mkdir()
    for n, row in enumerate(rows, start=1):
        meta = {k: v for k, v in row.items() if k != "omschrijving"}
        front = "\n".join(f"{k}: {yaml_quoted(v)}" for k, v in meta.items())
        (out / f"{n:02d}.md").write_text(f"---\n{front}\n---\n{row['omschrijving']}\n",
                                        encoding="utf-8", newline="")
    return out


ROUTES: dict[str, tuple[Writer, Callable[[int], str], dict[str, str]]] = {
    # name: (writer, where row n is, how the description column is named)
    "csv_comma": (write_csv, lambda n: f"entries.csv, row {n + 1}", {}),
    "csv_semicolon_cp1252": (
        lambda f, rows: write_csv(f, rows, sep=";", encoding="cp1252"),
        lambda n: f"entries.csv, row {n + 1}", {}),
    "xlsx": (write_xlsx, lambda n: f"entries.xlsx [Inzendingen], row {n + 1}", {}),
    "json": (write_json, lambda n: f"entries.json, item {n}", {}),
    "markdown": (write_markdown, lambda n: f"entries/{n:02d}.md",
                 {"omschrijving": "description"}),
}


@pytest.fixture(params=list(ROUTES))
def route(request):
    return request.param


def refused(path: Path) -> list[str]:
    with pytest.raises(ImportProblems) as caught:
        read_entries([path], categories=CATEGORIES)
    return [str(p) for p in caught.value.problems]


def import_refused(capsys, db_url: str, path: Path) -> str:
    """`jury import` on `path`: exit 2, no traceback, the database as it was."""
    from jury.cli import open_services

    services = open_services(db_url)
    before = snapshot(services.engine)
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "import", str(path))
    assert code == 2, out + err
    assert "Traceback" not in out + err
    assert snapshot(services.engine) == before
    services.engine.dispose()
    return err


def cli_text(err: str) -> str:
    """The panel's text without its frame, as one line per message line."""
    return " ".join(line.strip("│ ") for line in err.splitlines())


def test_every_field_limit_through_every_route(capsys, initialised, tmp_path, route):
    writer, where, renamed = ROUTES[route]
    rows = []
    for n, column in enumerate(HEADERS, start=1):
        row = base_row(n)
        row[column] = too_long(column)
        rows.append(row)
    path = writer(tmp_path, rows)
    problems = refused(path)
    for n, column in enumerate(HEADERS, start=1):
        limit = limits.FIELD_CHARS[FIELD_OF[column]]
        shown = renamed.get(column, column)
        expected = (f"{where(n)}, column {shown!r}: {limit + 1:,} characters; "
                    f"at most {limit:,}.")
        assert expected in problems, (expected, problems)
    assert len(problems) == len(HEADERS), problems
    err = cli_text(import_refused(capsys, initialised, path))
    assert "column 'titel': 301 characters; at most 300." in err


def test_every_field_at_its_limit_is_stored_whole(services, secretary, tmp_path, route):
    from jury.award_settings import load_award_settings

    writer, _, _ = ROUTES[route]
    row = {column: at_limit(column) for column in HEADERS}
    if route == "csv_semicolon_cp1252":  # cp1252 has no bidi controls; Dutch Excel neither
        row["omschrijving"] = row["omschrijving"].replace("\u202e", "").replace("\u202c", "")
        row["omschrijving"] += "ab"
    path = writer(tmp_path, [row])
    batch = read_entries([path], categories=CATEGORIES)
    services.award.setup(secretary, load_award_settings(SAMPLE / "award.toml"))
    services.entries.import_entries(secretary, batch.entries, sources=batch.sources)
    stored = {e.id: e for e in services.entries.list()}[row["id"]]
    assert stored.title == row["titel"] and len(stored.title) == 300
    assert len(stored.organisation) == 200 and len(stored.contact) == 200
    assert len(stored.email) == 254
    assert len(stored.description) == 20_000
    assert stored.description.startswith("Eerste regel\n\tingesprongen")
    assert stored.extra == {"website": row["website"]}


CONTROL_ROWS = [
    # (column, value, expected wording)
    ("titel", "Titel\x1b]0;pwned\x07", "character 6 is U+001B (escape)"),
    ("organisatie", "Org\x9b2J", "character 4 is U+009B (control sequence introducer)"),
    ("id", "T-\x00", "character 3 is U+0000 (null)"),
    ("contactpersoon", "Ann \u202eseiV ed", "character 5 is U+202E (right-to-left override), "
     "a text-direction control"),
    ("titel", "Rij\x1cscheiding", "character 4 is U+001C (file separator)"),
    ("omschrijving", "Belletje\x07", "character 9 is U+0007 (bell)"),
    ("omschrijving", "veilig\rGEVAARLIJK", "character 7 is U+000D (carriage return)"),
    ("website", "www\x1b[2J", "character 4 is U+001B (escape)"),
    ("e-mail", "ann\u2066@voorbeeld.nl", "character 4 is U+2066 (left-to-right isolate)"),
]


def test_control_characters_are_refused_with_row_column_and_character(
        capsys, initialised, tmp_path, route):
    writer, where, renamed = ROUTES[route]
    rows = []
    for n, (column, value, _) in enumerate(CONTROL_ROWS, start=1):
        row = base_row(n)
        row[column] = value
        rows.append(row)
    if route == "csv_semicolon_cp1252":  # C1 and bidi controls cannot be written in cp1252
        rows = [r for r in rows if _cp1252(r)]
    path = writer(tmp_path, rows)
    problems = refused(path)
    for column, value, wording in CONTROL_ROWS:
        if not any(r[column] == value for r in rows):
            continue
        n_in_file = next(i for i, r in enumerate(rows, start=1) if r[column] == value)
        shown = renamed.get(column, column)
        prefix = f"{where(n_in_file)}, column {shown!r}: {wording}"
        assert any(p.startswith(prefix) for p in problems), (prefix, problems)
    assert len(problems) == len(rows), problems
    err = cli_text(import_refused(capsys, initialised, path))
    assert "U+001B (escape)" in err
    assert "\x1b" not in err


def _cp1252(row: dict[str, str]) -> bool:
    try:
        "".join(row.values()).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def test_newlines_and_tabs_in_single_line_fields_fold_into_spaces(tmp_path):
    row = base_row(1) | {"titel": "Twee\nregels\tmet tab", "organisatie": "Org\r\nBV"}
    batch = read_entries([write_csv(tmp_path, [row])], categories=CATEGORIES)
    assert batch.entries[0].title == "Twee regels met tab"
    assert batch.entries[0].organisation == "Org BV"


def test_an_over_long_column_name_is_refused(tmp_path, route):
    writer, _, _ = ROUTES[route]
    name = "n" * 101
    path = writer(tmp_path, [base_row(1) | {name: "waarde"}])
    problems = refused(path)
    assert len(problems) == 1
    assert "101 characters; at most 100." in problems[0]


# The service layer: routes that bypass the file readers get the same limits.

def over_limit_entries() -> list[tuple[EntryData, str]]:
    good = dict(title="Titel", organisation="Org", category_key="mkb")
    return [
        (EntryData(id="L" * 65, **good), "id: 65 characters; at most 64."),
        (EntryData(id="nul\x00byte", **good), "U+0000 (null)"),
        (EntryData(id="T-1", **good | {"title": "t" * 301}), "title: 301 characters"),
        (EntryData(id="T-2", **good | {"description": "d" * 20_001}),
         "description: 20,001 characters; at most 20,000."),
        (EntryData(id="T-3", **good, extra={"veld": "v\x00"}), "U+0000 (null)"),
        (EntryData(id="T-4", **good, extra={"v" * 101: "w"}), "101 characters; at most 100."),
        (EntryData(id="T-5", **good | {"organisation": "Org\ud800"}), "unpaired surrogate"),
    ]


@pytest.mark.parametrize("case", range(len(over_limit_entries())))
def test_the_entry_service_refuses_what_the_readers_would(award, secretary, case):
    entry, wording = over_limit_entries()[case]
    before = snapshot(award.engine)
    with pytest.raises(ImportProblems) as caught:
        award.entries.import_entries(secretary, [entry])
    assert wording in caught.value.message
    assert snapshot(award.engine) == before


def test_notes_reasons_and_juror_names_are_bounded_in_the_services(award, secretary):
    award.jurors.add(secretary, "Sanne Bakker", "2468")
    juror = Actor("Sanne Bakker", "juror")
    chair = Actor("Marieke Hoekstra", "chair")
    entry = award.entries.list()[0].id
    before = snapshot(award.engine)
    refusals = [
        (lambda: award.scoring.set_score(juror, entry, "innovation", 7, "n" * 5_001),
         "5,001 characters; at most 5,000."),
        (lambda: award.scoring.set_score(juror, entry, "innovation", 7, "nul\x00"),
         "U+0000 (null)"),
        (lambda: award.scoring.set_score(juror, entry + "\x00", "innovation", 7, ""),
         "U+0000 (null)"),
        (lambda: award.scoring.set_entry_note(juror, "Sanne Bakker", entry, "\x1b[2J"),
         "U+001B (escape)"),
        (lambda: award.scoring.declare_recusal(juror, "Sanne Bakker", entry, "other",
                                               "r" * 5_001),
         "5,001 characters; at most 5,000."),
        (lambda: award.scoring.record_scores(
            secretary, [ScoreData("Sanne Bakker", entry, "innovation", 7, "nul\x00")]),
         "U+0000 (null)"),
        (lambda: award.scoring.import_scores(
            secretary, [], [("Sanne Bakker", entry, "other", "reden\x00")], source="s.csv"),
         "U+0000 (null)"),
        (lambda: award.scoring.record_scores(
            secretary, [ScoreData("Sanne Bakker", "E" * 65 + "\x00", "innovation", 7)]),
         "U+0000 (null)"),
        (lambda: award.deliberation.record_consensus(chair, entry, None, 8, "r" * 5_001),
         "5,001 characters; at most 5,000."),
        (lambda: award.deliberation.record_consensus(chair, entry, None, 8, "ok\x00"),
         "U+0000 (null)"),
        (lambda: award.deliberation.change_phase(secretary, "deliberation", reason="\x9b2J",
                                                 confirm_unsubmitted=True),
         "U+009B (control sequence introducer)"),
        (lambda: award.deliberation.reopen_submission(secretary, "Sanne Bakker", "nu\x00"),
         "U+0000 (null)"),
        (lambda: award.jurors.add(secretary, "J" * 101, "2468"),
         "101 characters; at most 100."),
        (lambda: award.jurors.add(secretary, "Jan\x00Juror", "2468"), "U+0000 (null)"),
        (lambda: award.jurors.add(secretary, "Jan \u202eroruJ", "2468"),
         "U+202E (right-to-left override)"),
    ]
    for call, wording in refusals:
        with pytest.raises(TextRefused) as caught:
            call()
        assert wording in caught.value.message
        assert "Nothing was saved." in caught.value.message
    assert snapshot(award.engine) == before
    # At the limit is fine, and a note with lines and tabs stays as written.
    award.scoring.set_score(juror, entry, "innovation", 7, "n\n\t" + "n" * 4_997)
    award.jurors.add(secretary, "J" * 100, "2468")


def test_a_scores_file_names_an_over_long_note_by_row_and_column(award, secretary, tmp_path):
    from jury.award_settings import load_award_settings
    from jury.io.scores import read_scores

    entry = award.entries.list()[0].id
    path = tmp_path / "scores.csv"
    path.write_text("juror,entry,criterion,score,note\n"
                    f"Sanne Bakker,{entry},innovation,7,{'n' * 5_001}\n"
                    f"Sanne Bakker,{entry},transferability,7,bel\x07\n", encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        read_scores(path, settings=load_award_settings(SAMPLE / "award.toml"),
                    jurors=["Sanne Bakker"], entries=[entry])
    assert ("scores.csv, row 2, column 'note': 5,001 characters; at most 5,000."
            in [str(p) for p in caught.value.problems])
    assert any(str(p).startswith("scores.csv, row 3, column 'note': character 4 is U+0007 "
                                 "(bell)") for p in caught.value.problems)


def test_the_cli_refuses_an_over_long_juror_name(capsys, initialised):
    code, out, err = run(capsys, "--db", initialised, "--lang", "en", "jurors", "add", "J" * 101,
                         "--pin", "2468")
    assert code == 2, out + err
    assert "101 characters; at most 100." in cli_text(err)
    assert "Traceback" not in out + err


# Files: encodings, structure, depth.

def test_a_utf8_file_with_a_stray_cp1252_line_is_refused_with_its_line(
        capsys, initialised, tmp_path):
    lines = ["id,titel,organisatie,categorie", "T-1,Één team,Café Noord,mkb",
             "T-2,Plan,Zoë Installaties,mkb"]
    data = "\r\n".join(lines).encode("utf-8") + b"\r\nT-3,Co\xf6rdinatie,Caf\xe9 Zuid,mkb\r\n"
    path = tmp_path / "entries.csv"
    path.write_bytes(data)
    problems = refused(path)
    assert len(problems) == 1
    assert problems[0].startswith("entries.csv, line 4: not UTF-8 (byte 0xF6 at character 7), "
                                  "though the rest of the file is UTF-8.")
    assert "line 4" in cli_text(import_refused(capsys, initialised, path))


def test_a_file_entirely_in_cp1252_still_reads(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_bytes("id;titel;organisatie;categorie\r\nT-1;Één team;Café Noord;MKB\r\n"
                     .encode("cp1252"))
    entry = read_entries([path], categories=CATEGORIES).entries[0]
    assert (entry.title, entry.organisation) == ("Één team", "Café Noord")


def test_duplicate_column_names_are_refused_naming_both(capsys, initialised, tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text("id,titel,organisatie,categorie,Website,website \nT-1,A,B,mkb,x,y\n",
                    encoding="utf-8")
    problems = refused(path)
    assert problems == ["entries.csv, row 1: columns 5 ('Website') and 6 ('website') have "
                        "the same name. Rename or remove one."]
    import_refused(capsys, initialised, path)


def test_duplicate_fields_in_json_and_markdown_are_refused(tmp_path):
    path = tmp_path / "entries.json"
    path.write_text('[{"id": "T-1", "titel": "A", "organisatie": "B", "categorie": "mkb", '
                    '"titel": "C"}]', encoding="utf-8")
    assert refused(path) == ["entries.json, item 1: the field 'titel' appears twice. "
                             "Keep one of them."]
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "a.md").write_text("---\nid: T-1\ntitel: A\norganisatie: B\ncategorie: mkb\n"
                                 "titel: C\n---\nTekst\n", encoding="utf-8")
    assert refused(folder) == ["md/a.md, line 6: the field 'titel' appears twice. "
                               "Keep one of them."]


def test_an_unclosed_quote_is_named_with_the_row_where_it_opened(capsys, initialised, tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text('id,titel,organisatie,categorie\nT-1,A,B,mkb\nT-2,"Open,B,mkb\n'
                    "T-3,C,D,mkb\nT-4,E,F,mkb\n", encoding="utf-8")
    problems = refused(path)
    assert problems == ["entries.csv, row 3 (line 3): a quoted field opens here and its "
                        'closing quote is missing. Add the closing " (or remove the opening '
                        "one)."]
    assert "closing quote is missing" in cli_text(import_refused(capsys, initialised, path))


def test_a_field_beyond_the_csv_parsers_own_limit_is_measured_honestly(tmp_path):
    # 200,000 characters: past csv's default field limit (131,072), which used to end in
    # "field larger than field limit … check for an unclosed quote".
    row = base_row(1) | {"omschrijving": "o" * 200_000}
    problems = refused(write_csv(tmp_path, [row]))
    assert problems == ["entries.csv, row 2, column 'omschrijving': 200,000 characters; "
                        "at most 20,000."]


def test_json_nested_100000_deep_is_a_clear_refusal(capsys, initialised, tmp_path):
    path = tmp_path / "entries.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    problems = refused(path)
    assert problems == ["entries.json, line 1: nested more than 20 levels deep. An entry "
                        "file is a list of objects with text fields."]
    import_refused(capsys, initialised, path)


@pytest.mark.parametrize("number, wording", [
    ("1" * 5_000, "a number of 5,000 digits"),
    ("1e400", "the number 1e400 is too large"),
    ("-" + "9" * 40 + ".5", "a number of 43 characters"),
    ("NaN", "NaN is not a number JSON allows"),
    ("Infinity", "Infinity is not a number JSON allows"),
])
def test_json_numbers_are_bounded(tmp_path, number, wording):
    path = tmp_path / "entries.json"
    path.write_text(f'[{{"id": "T-1", "titel": "A", "organisatie": "B", "categorie": "mkb", '
                    f'"budget": {number}}}]', encoding="utf-8")
    problems = refused(path)
    assert len(problems) == 1 and problems[0].startswith("entries.json: ")
    assert wording in problems[0]


def test_a_huge_json_description_is_refused_at_its_limit_quickly(tmp_path):
    import time

    path = tmp_path / "entries.json"
    path.write_text(json.dumps([base_row(1) | {"omschrijving": "x" * 5_000_000}]),
                    encoding="utf-8")
    started = time.perf_counter()
    problems = refused(path)
    assert time.perf_counter() - started < 5
    assert problems == ["entries.json, item 1, column 'omschrijving': 5,000,000 characters; "
                        "at most 20,000."]


def test_a_text_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "TEXT_FILE_BYTES", 1_000)
    path = write_csv(tmp_path, [base_row(n) for n in range(40)])
    problems = refused(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"entries.csv: {path.stat().st_size:,} bytes; at most 1,000")


def test_markdown_front_matter_and_file_size_are_bounded(tmp_path):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitel: A\norganisatie: B\ncategorie: mkb\nnotitie: "
                                 + "x" * 60_000 + "\n---\nTekst\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitel: " + "[" * 5_000 + "]" * 5_000 + "\n---\nTekst\n",
                                 encoding="utf-8")
    (folder / "c.md").write_text("---\ntitel: C\norganisatie: D\ncategorie: mkb\n---\n"
                                 + "y" * 1_000_001, encoding="utf-8")
    problems = refused(folder)
    assert problems[0] == ("md/a.md: the front matter has 60,048 characters; at most 50,000. "
                           "Put long text below the second '---' line.")
    assert problems[1] == ("md/b.md: the front matter is nested too deeply; use 'field: value' "
                           "lines.")
    assert problems[2].startswith("md/c.md: 1,000,0")
    assert "at most 1,000,000" in problems[2]
    assert len(problems) == 3


# XLSX bombs, built here.

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Inzendingen" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def sheet_xml(cells: str, dimension: str | None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{dim}<sheetData>{cells}</sheetData></worksheet>")


HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>titel</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>organisatie</t></is></c></row>')


def build_xlsx(path: Path, sheet: str, shared: str | None = None, *,
               padding: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None or padding:
            with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://'
                           b'schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
                block = b"A" * (1 << 20)
                for _ in range(padding // len(block)):
                    part.write(block)
                part.write(((shared or "") + "</t></si></sst>").encode())
    return path


FAR_CELL = HEADER_ROW + ('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                         "</c></row>")

REFUSE = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from jury.errors import ImportProblems
    from jury.io.tables import read_table
    started = time.perf_counter()
    try:
        read_table(Path(sys.argv[1]))
    except ImportProblems as exc:
        message = exc.message
    else:
        message = None
    elapsed = time.perf_counter() - started
    # VmHWM: this process's own peak. ru_maxrss would carry the parent's size over exec.
    try:
        status = Path("/proc/self/status").read_text()
        peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"message": message, "seconds": elapsed, "peak_kib": peak}))
""")


def refuse_in_subprocess(path: Path) -> dict:
    """Read `path` in a fresh process (an abort there cannot take the tests with it)."""
    done = subprocess.run([sys.executable, "-c", REFUSE, str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def assert_quick_and_small(result: dict) -> None:
    # Generous bounds for a shared machine: the refusal takes milliseconds and tens of MB
    # (the interpreter with jury's readers loaded is about 15 MB of that).
    assert result["seconds"] < 2.0, result
    assert result["peak_kib"] < 200 * 1024, result
    print(f"refused in {result['seconds'] * 1000:.0f} ms, peak {result['peak_kib'] / 1024:.0f} MB")


@pytest.mark.parametrize("dimension", ["A1:XFD1048576", None])
def test_a_tiny_xlsx_reaching_cell_xfd1048576_is_refused_quickly(tmp_path, dimension):
    path = build_xlsx(tmp_path / "entries.xlsx", sheet_xml(FAR_CELL, dimension))
    assert path.stat().st_size < 5_000
    result = refuse_in_subprocess(path)
    assert_quick_and_small(result)
    verb = "declares" if dimension else "reaches"
    assert (f"entries.xlsx [Inzendingen]: the sheet {verb} row 1,048,576; at most 100,001 "
            "rows") in result["message"]


def test_jury_init_refuses_a_bomb_beside_award_toml(capsys, db_url, award_folder):
    (award_folder / "entries.csv").unlink()
    build_xlsx(award_folder / "entries.xlsx", sheet_xml(FAR_CELL, "A1:XFD1048576"))
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "init", str(award_folder))
    assert code == 2, out + err
    assert "the sheet declares row 1,048,576" in cli_text(err)
    assert "Traceback" not in out + err


def test_a_far_cell_written_oddly_is_found_too(tmp_path):
    # Single quotes, a line break before the attribute and a namespace prefix are all valid
    # XML; the reader would place the cell just the same.
    cells = HEADER_ROW.replace("<", "<x:").replace("<x:/", "</x:") + (
        "<x:row r='5'><x:c\n  r = 'ZZZ5' t=\"inlineStr\"><x:is><x:t>x</x:t></x:is></x:c>"
        "</x:row>")
    sheet = sheet_xml(cells, None).replace("<worksheet xmlns=", "<x:worksheet xmlns:x=")
    sheet = sheet.replace("<sheetData>", "<x:sheetData>").replace("</sheetData></worksheet>",
                                                                   "</x:sheetData></x:worksheet>")
    path = build_xlsx(tmp_path / "entries.xlsx", sheet)
    problems = refused(path)
    assert problems == ["entries.xlsx [Inzendingen]: the sheet reaches column 18,278; at most "
                        "1,000 columns. Delete the empty columns right of the entries, or copy "
                        "the entries to a new sheet."]


def test_cells_without_a_position_are_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "SHEET_CELLS", 50)
    cells = HEADER_ROW + '<row r="2">' + "<c/>" * 60 + "</row>"
    path = build_xlsx(tmp_path / "entries.xlsx", sheet_xml(cells, "A1:B2"))
    problems = refused(path)
    assert len(problems) == 1
    assert "the sheet holds 2 rows and 62 cells; at most 100,001 rows and 50 cells." in (
        problems[0])


def test_a_declared_dimension_alone_is_enough_to_refuse(tmp_path):
    # Only the start of the sheet is read for this: the dimension comes before the cells.
    path = build_xlsx(tmp_path / "entries.xlsx",
                      sheet_xml(HEADER_ROW, "A1:ZZZ10"))
    problems = refused(path)
    assert problems == ["entries.xlsx [Inzendingen]: the sheet declares column 18,278; at most "
                        "1,000 columns. Delete the empty columns right of the entries, or copy "
                        "the entries to a new sheet."]


def test_a_shared_string_that_unpacks_to_gigabytes_is_refused_quickly(tmp_path):
    # 200 MB of one string, a few hundred KB on disk.
    path = build_xlsx(tmp_path / "entries.xlsx", sheet_xml(HEADER_ROW, "A1:B1"),
                      padding=200 << 20)
    assert path.stat().st_size < 1_000_000
    result = refuse_in_subprocess(path)
    assert_quick_and_small(result)
    assert "entries.xlsx: unpacks to 209,71" in result["message"]
    assert "at most 50,000,000" in result["message"]


def test_a_part_that_unpacks_far_beyond_its_stored_size_is_refused(tmp_path):
    # 30 MB of one string: within the total, but a thousand times its stored size.
    path = build_xlsx(tmp_path / "entries.xlsx", sheet_xml(HEADER_ROW, "A1:B1"),
                      padding=30 << 20)
    problems = refused(path)
    assert len(problems) == 1
    assert "part 'xl/sharedStrings.xml' unpacks" in problems[0]
    assert "times larger than it is stored; at most 100." in problems[0]


def test_a_part_whose_declared_size_is_a_lie_is_refused(tmp_path):
    path = build_xlsx(tmp_path / "entries.xlsx", sheet_xml(HEADER_ROW, "A1:B1"),
                      padding=8 << 20)
    forge_size(path, "xl/sharedStrings.xml", 1_000)
    result = refuse_in_subprocess(path)
    assert_quick_and_small(result)
    assert "part 'xl/sharedStrings.xml' cannot be unpacked" in result["message"]


def forge_size(path: Path, member: str, size: int) -> None:
    """Write `size` as the member's uncompressed size in both of the zip's headers."""
    import struct

    with zipfile.ZipFile(path) as book:
        info = book.getinfo(member)
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    # The zip64 extra field carries the real sizes when force_zip64 was used: forge those.
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    extra_at = local + 30 + name_len
    central = data.find(b"PK\x01\x02" + data[local + 4:local + 6])
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    for header, extra_start, extra_size in (
        (local, extra_at, extra_len),
        (central, central + 46 + len(name), struct.unpack_from("<H", data, central + 30)[0]),
    ):
        usize_at = header + (22 if header == local else 24)
        if struct.unpack_from("<I", data, usize_at)[0] == 0xFFFFFFFF:
            at = extra_start
            while at < extra_start + extra_size:
                tag, length = struct.unpack_from("<HH", data, at)
                if tag == 1:
                    struct.pack_into("<Q", data, at + 4, size)
                at += 4 + length
        else:
            struct.pack_into("<I", data, usize_at, size)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as book:
        assert book.getinfo(member).file_size == size


def test_an_ordinary_xlsx_passes_the_checks_and_reads(tmp_path):
    path = write_xlsx(tmp_path, [base_row(n) for n in range(1, 200)])
    table = read_table(path)
    assert len(table.rows) == 199
    assert table.rows[0].cells["titel"] == "Titel 1"


def test_an_xlsx_over_the_size_limit_is_refused_unopened(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "XLSX_FILE_BYTES", 1_000)
    path = write_xlsx(tmp_path, [base_row(n) for n in range(1, 50)])
    problems = refused(path)
    assert problems == [f"entries.xlsx: {path.stat().st_size:,} bytes; an Excel file may have "
                        "at most 1,000. Split the entries over smaller files."]


def test_a_text_file_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "entries.xlsx"
    path.write_text("titel,organisatie\nA,B\n", encoding="utf-8")
    problems = refused(path)
    assert problems == ["entries.xlsx: not a readable Excel workbook (it is not a zip file). "
                        "Save it again from Excel as .xlsx."]


# award.toml

BASE_TOML = (SAMPLE / "award.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ("weight = 1", "weight = inf", "criteria[1].weight: inf is not allowed; use a finite number"),
    ("weight = 1", "weight = nan", "criteria[1].weight: nan is not allowed; use a finite number"),
    ("weight = 1", "weight = -1",
     "criteria[1].weight: -1 is not allowed; use a number greater than 0"),
    ("weight = 1", "weight = 1e20", "criteria[1].weight: 1e+20 is not allowed; use at most 1000"),
    ("nominees = 3", "nominees = 1e20",
     "categories[1].nominees: 1e+20 is not allowed; use a whole number from 1 to 100"),
    ("nominees = 3", "nominees = 101", "categories[1].nominees: 101 is not allowed; use at most "
     "100"),
    ("nominees = 3", "nominees = 0", "categories[1].nominees: 0 is not allowed; use at least 1"),
    ("max = 10", "max = 1000000", "scale: from min 1 to max 1e+06 in steps of 1 is 999,999 "
     "steps; at most 1,000"),
    ("max = 10", "max = 1e20", "at most 1,000"),
    ("min = 1", "min = -inf", "scale.min: -inf is not allowed; use a finite number"),
    ("max = 10", "max = 1", "scale: max (1) must be greater than min (1)"),
    ("step = 1", "step = 0", "scale.step: 0 is not allowed; use 1 or 0.5"),
    ("disagreement_range = 3", "disagreement_range = inf",
     "ranking.disagreement_range: inf is not allowed; use a finite number"),
    ('label_nl = "MKB"', 'label_nl = "' + "M" * 101 + '"',
     "categories[1].label_nl: 101 characters; at most 100"),
    ('name = "Techniek Inclusief Award"', 'name = "Award\\u001b]0;x"',
     "award.name: character 6 is U+001B (escape)"),
])
def test_award_toml_numbers_and_texts_are_sane(capsys, tmp_path, db_url, old, new, expected):
    assert old in BASE_TOML
    folder = tmp_path / "award"
    folder.mkdir()
    (folder / "award.toml").write_text(BASE_TOML.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_award_settings(folder / "award.toml")
    assert expected in caught.value.message
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "init", str(folder))
    assert code == 2
    assert expected in cli_text(err)
    assert "Traceback" not in out + err


def test_award_toml_nested_deeply_or_huge_is_refused(tmp_path):
    path = tmp_path / "award.toml"
    path.write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_award_settings(path)
    assert "nested too deeply" in caught.value.message
    path.write_text("# " + "x" * 1_000_001 + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_award_settings(path)
    assert "award.toml may have at most 1,000,000" in caught.value.message


def test_a_criterion_key_longer_than_its_column_is_refused():
    import tomllib

    raw = tomllib.loads(BASE_TOML.replace('key = "innovation"', f'key = "{"k" * 65}"', 1))
    with pytest.raises(SettingsError) as caught:
        parse_award_settings(raw)
    assert "criteria[1].key: 65 characters; at most 64" in caught.value.message


# The hostile corpus through every route: each case is refused (and why) or stored as written.

def corpus_expectations(column: str) -> dict[str, str]:
    """Case name → what the import does with it in `column`: 'U+XXXX' (refused, naming that
    character), 'length', 'empty', or the text stored."""
    from .corpus import CASES

    one_line = column == "titel"
    expected = {}
    for case in CASES:
        refusals = {
            "osc_title": "U+001B", "csi_clear": "U+001B", "osc8_link": "U+001B",
            "c1_csi": "U+009B", "bell_backspace": "U+0007", "nul": "U+0000",
        }
        if one_line:
            refusals |= {"bidi_override": "U+202E", "bidi_isolate": "U+2067",
                         "very_long": "length", "whitespace_only": "empty"}
        else:
            refusals |= {"carriage_return": "U+000D"}
        if case.name in refusals:
            expected[case.name] = refusals[case.name]
        elif one_line:
            expected[case.name] = " ".join(case.text.split())
        else:
            expected[case.name] = case.text.strip()
    return expected


@pytest.mark.parametrize("column", ["titel", "omschrijving"])
def test_the_hostile_corpus_through_every_route(db_url, secretary, tmp_path, route, column):
    from jury.cli import open_services

    from .corpus import CASES

    writer, where, renamed = ROUTES[route]
    expected = corpus_expectations(column)
    cases = [c for c in CASES if c.text.strip() or column == "titel"]
    rows = [base_row(n) | {column: case.text} for n, case in enumerate(cases, start=1)]
    if route == "csv_semicolon_cp1252":
        kept = [(c, r) for c, r in zip(cases, rows, strict=True) if _cp1252(r)]
        cases, rows = [c for c, _ in kept], [r for _, r in kept]
    path = writer(tmp_path, rows)
    with pytest.raises(ImportProblems) as caught:
        read_entries([path], categories=CATEGORIES)
    problems = [str(p) for p in caught.value.problems]
    shown = renamed.get(column, column)
    accepted = []
    for n, (case, row) in enumerate(zip(cases, rows, strict=True), start=1):
        prefix = f"{where(n)}, column {shown!r}: "
        mine = [p for p in problems if p.startswith(prefix)]
        outcome = expected[case.name]
        if outcome.startswith("U+"):
            assert len(mine) == 1 and f"is {outcome} (" in mine[0], (case.name, mine)
        elif outcome == "length":
            assert mine == [f"{prefix}{len(case.text):,} characters; at most 300."], mine
        elif outcome == "empty":
            assert mine == [f"{prefix}empty. Every entry needs a title."], mine
        else:
            assert mine == [], (case.name, mine)
            accepted.append((case, row))
    # What is accepted is stored exactly as the reader gave it, on either database.
    folder = tmp_path / "accepted"
    folder.mkdir()
    batch = read_entries([writer(folder, [r for _, r in accepted])], categories=CATEGORIES)
    services = open_services(db_url)
    services.award.setup(secretary, load_award_settings(SAMPLE / "award.toml"))
    services.entries.import_entries(secretary, batch.entries, sources=batch.sources)
    stored = {e.id: e for e in services.entries.list()}
    for case, row in accepted:
        entry = stored[row["id"]]
        value = entry.title if column == "titel" else entry.description
        assert value == expected[case.name], case.name
    services.engine.dispose()
    print(f"{route}, {column}: {len(cases) - len(accepted)} of {len(cases)} cases refused, "
          f"{len(accepted)} stored as written")


def test_a_file_name_with_a_control_character_or_bad_bytes_is_refused(tmp_path):
    import os

    escape = tmp_path / "inzendingen\x1b]0;x.csv"
    escape.write_text("titel,organisatie,categorie\nA,B,mkb\n", encoding="utf-8")
    problems = refused(escape)
    assert len(problems) == 1
    assert "in the file name, character 12 is U+001B (escape), a control character. Rename " \
           "the file." in problems[0]
    # A name that is not UTF-8 reaches Python as unpaired surrogates, which no database takes.
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.csv")
    with open(raw, "wb") as file:
        file.write(b"titel,organisatie,categorie\nA,B,mkb\n")
    problems = refused(Path(os.fsdecode(raw)))
    assert "character 4 is U+DCE9 (unpaired surrogate), which is not text" in problems[0]


def test_a_returned_scoresheet_with_an_over_long_note_is_refused(capsys, scored, db_url,
                                                                  tmp_path):
    from ..test_scoresheet import SANNE, edit

    path = tmp_path / "sanne.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    before = snapshot(scored.engine)
    for header in ("Algemene notitie", "Notitie Vernieuwing"):
        edit(path, {("TIA-02", header): "n" * 5_001})
        code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                             str(path))
        assert code == 2, out + err
        assert "5,001 characters; at most 5,000." in cli_text(err), err
        assert "Traceback" not in out + err
        assert snapshot(scored.engine) == before
        edit(path, {("TIA-02", header): None})
