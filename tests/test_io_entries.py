"""Reading submissions files: every format, both languages, every problem named."""

import json

import pytest

from jury.errors import ImportProblems
from jury.io.entries import CategoryChoice, derive_id, entry_files, read_entries
from jury.io.tables import detect_delimiter

from .conftest import SAMPLE

CATEGORIES = [CategoryChoice("mkb", ("MKB", "SME")), CategoryChoice("groot", ("Groot", "Large"))]


def problems_of(paths, **kw) -> list[str]:
    with pytest.raises(ImportProblems) as caught:
        read_entries(paths, **kw)
    return [str(p) for p in caught.value.problems]


def test_the_sample_edition_reads_cleanly():
    batch = read_entries([SAMPLE / "entries.csv"], categories=CATEGORIES)
    assert len(batch.entries) >= 16
    for key in ("mkb", "groot"):
        assert sum(e.category_key == key for e in batch.entries) >= 6
    for entry in batch.entries:
        assert 100 <= len(entry.description.split()) <= 300, entry.id
        assert entry.extra["sector"]


def test_dutch_excel_csv_semicolons_cp1252_and_decimal_commas(tmp_path):
    path = tmp_path / "inzendingen.csv"
    text = (
        "Nummer;Titel;Organisatie;Categorie;Omschrijving;Budget\r\n"
        '7;Één team;Café Brandstöf B.V.;MKB;"Zij zeiden: ""werk""; en\r\nmeer";12,5\r\n'
        "8;Coördinatie;Zoë's Installaties;groot;Kort;3,75\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    batch = read_entries([path], categories=CATEGORIES)
    first, second = batch.entries
    assert (first.id, first.title, first.organisation) == ("7", "Één team", "Café Brandstöf B.V.")
    assert first.description == 'Zij zeiden: "werk"; en\nmeer'
    assert first.category_key == "mkb" and second.category_key == "groot"
    assert first.extra == {"Budget": "12,5"}
    assert second.organisation == "Zoë's Installaties"


def test_utf8_with_bom_and_english_headers(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_bytes("\ufeffID,Title,Company,Category,Description,E-mail\n"
                     "A1,Inclusive hiring,Acme Nederland,SME,Text,hr@acme.example\n".encode())
    entry = read_entries([path], categories=CATEGORIES).entries[0]
    assert (entry.id, entry.organisation) == ("A1", "Acme Nederland")
    assert entry.email == "hr@acme.example"


def test_xlsx_first_sheet_or_named_sheet(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Voorblad"
    sheet.append(["niets"])
    data = book.create_sheet("Inzendingen")
    data.append(["id", "titel", "organisatie", "categorie", "medewerkers"])
    data.append([12, "Mentoring", "Van Dam Elektro", "mkb", 25])
    data.append([None, None, None, None, None])
    data.append([13.0, "Taal", "De Boer & Zn", "groot", 1200.5])
    path = tmp_path / "inzendingen.xlsx"
    book.save(path)
    batch = read_entries([path], categories=CATEGORIES, sheet="Inzendingen")
    found = [(e.id, e.extra["medewerkers"]) for e in batch.entries]
    assert found == [("12", "25"), ("13", "1200.5")]
    assert "no column 'title' or 'titel'" in " ".join(problems_of([path], categories=CATEGORIES))
    assert "no sheet named 'Blad1'" in problems_of([path], sheet="Blad1")[0]


def test_json_list_of_objects(tmp_path):
    path = tmp_path / "entries.json"
    path.write_text(json.dumps([
        {"id": 1, "title": "Buddy", "organisation": "Noord BV", "category": "mkb", "fte": 4.5},
        {"id": "2", "title": "Taal", "organisation": "Zuid BV", "category": "Large"},
    ]), encoding="utf-8")
    entries = read_entries([path], categories=CATEGORIES).entries
    assert [(e.id, e.category_key) for e in entries] == [("1", "mkb"), ("2", "groot")]
    assert entries[0].extra == {"fte": "4.5"}
    path.write_text('{"title": "x"}', encoding="utf-8")
    assert "expected a list of objects" in problems_of([path])[0]
    path.write_text('[{"title": ', encoding="utf-8")
    assert "entries.json, line 1, column 12: not valid JSON" in problems_of([path])[0]


def test_markdown_folder_with_front_matter(tmp_path):
    folder = tmp_path / "inzendingen"
    folder.mkdir()
    (folder / "01-buddy.md").write_text(
        "---\nid: M1\ntitel: Buddyprogramma\norganisatie: 'Kleijn: techniek'\n"
        "categorie: mkb\n---\n# Aanpak\n\nElke nieuwe collega krijgt een **buddy**.\n",
        encoding="utf-8",
    )
    (folder / "02-taal.md").write_text("titel: zonder front matter\n", encoding="utf-8")
    problems = problems_of([folder], categories=CATEGORIES)
    assert problems == [
        "inzendingen/02-taal.md: no front matter; start the file with a '---' line, then "
        "'titel: …' and the other fields, then '---'."
    ]
    (folder / "02-taal.md").unlink()
    entry = read_entries([folder], categories=CATEGORIES).entries[0]
    assert entry.organisation == "Kleijn: techniek"
    assert entry.description == "# Aanpak\n\nElke nieuwe collega krijgt een **buddy**."


def test_every_problem_is_named_by_file_row_and_column(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text(
        "id,titel,organisatie,categorie,email\n"
        "1,Goed,Bedrijf A,mkb,a@b.nl\n"
        "2,,Bedrijf B,mkb,\n"
        "3,Titel,Bedrijf C,middelgroot,\n"
        "1,Dubbel,Bedrijf D,groot,\n"
        ",Geen id,Bedrijf E,groot,niet-een-adres\n",
        encoding="utf-8",
    )
    problems = problems_of([path], categories=CATEGORIES)
    assert problems[0] == "entries.csv, row 3, column 'titel': empty. Every entry needs a title."
    assert problems[1].startswith("entries.csv, row 4, column 'categorie': 'middelgroot' is not "
                                  "a category of this award. Use one of: mkb (MKB/SME)")
    assert problems[2] == ("entries.csv, row 5, column 'id': id '1' appears again (first at "
                           "entries.csv, row 2). Every entry needs its own id.")
    assert "entries.csv, row 6, column 'email': 'niet-een-adres' is not an e-mail address" in (
        problems[3])
    assert "entries.csv, row 6, column 'id': empty." in problems[4]
    assert len(problems) == 5


def test_problems_are_listed_up_to_fifty_then_counted(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text("titel,organisatie\n" + ",Bedrijf\n" * 60, encoding="utf-8")
    with pytest.raises(ImportProblems) as caught:
        read_entries([path])
    message = str(caught.value)
    assert message.startswith("Nothing was imported: 60 problems in the entries.")
    assert "row 51," in message and "row 52," not in message
    assert message.endswith("… and 10 more.")


def test_without_an_id_column_ids_are_derived_and_stable(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text("titel,organisatie\nBuddy,Noord BV\nTaal,Zuid BV\n", encoding="utf-8")
    first = read_entries([path])
    assert first.derived_ids == 2
    path.write_text("organisatie,titel\nZuid  BV,Taal\nNoord BV,Buddy\n", encoding="utf-8")
    again = read_entries([path])
    assert sorted(e.id for e in first.entries) == sorted(e.id for e in again.entries)
    assert first.entries[0].id == derive_id("noord bv", "BUDDY")


def test_missing_columns_and_awkward_headers(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text("id,title,titel\n1,a,b\n", encoding="utf-8")
    problems = problems_of([path], categories=CATEGORIES)
    assert "columns 'title' and 'titel' both mean 'title'" in problems[0]
    path.write_text("id,titel,organisatie\n1,a,b,c,d\n", encoding="utf-8")
    assert "row 2: 5 cells, but the header names 3 columns" in problems_of([path])[0]


def test_an_award_without_categories_keeps_a_category_column_as_an_extra(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_text("titel,organisatie,categorie\nA,B,iets\n", encoding="utf-8")
    entry = read_entries([path]).entries[0]
    assert entry.category_key is None and entry.extra == {"categorie": "iets"}


def test_undecodable_bytes_are_a_problem(tmp_path):
    path = tmp_path / "entries.csv"
    path.write_bytes(b"titel,organisatie\n\x81\x8d,x\n")
    assert "neither UTF-8 nor Windows-1252" in problems_of([path])[0]


def test_delimiter_detection_ignores_quoted_separators():
    assert detect_delimiter('"a,b,c";d;e\n') == ";"
    assert detect_delimiter("a,b;c,d\n") == ","
    assert detect_delimiter("a\tb\tc\n") == "\t"
    assert detect_delimiter("titel\n") == ","


def test_entry_files_of_an_award_folder(tmp_path):
    (tmp_path / "award.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.csv").write_text("", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"")
    (tmp_path / "md").mkdir()
    (tmp_path / "md" / "x.md").write_text("", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert [p.name for p in entry_files(tmp_path)] == ["a.csv", "md"]
