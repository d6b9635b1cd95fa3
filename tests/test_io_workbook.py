"""The ceremony workbook, written to tmp_path and read back with openpyxl."""

import json

import pytest
from openpyxl import load_workbook

from jury.models import ConsensusDecision, EntryData, ScoreData, utcnow

from .conftest import JURORS, KEYS
from .test_cli import run

INJECTION = '=HYPERLINK("http://example.com","x")'
NOTE = 'Zei: "prima"\nTweede regel 😀'


@pytest.fixture
def workbook_path(capsys, scored, db_url, tmp_path, secretary):
    scored.entries.import_entries(secretary, [
        *[EntryData(e.id, e.title, e.organisation, e.category_key, e.contact, e.email,
                    e.description, e.extra) for e in scored.entries.list()],
        EntryData("X-1", INJECTION, "@Bedrijf", "mkb"),
    ])
    scored.scoring.record_scores(secretary, [ScoreData(j, "X-1", k, 9.0)
                                             for j in JURORS for k in KEYS])
    with scored.entries.transaction() as session:
        session.add(ConsensusDecision(entry_id="TIA-02", value=8.5, rationale=NOTE,
                                      decided_by="Marieke Hoekstra", decided_at=utcnow()))
    path = tmp_path / "uitslag.xlsx"
    code, out, err = run(capsys, "--db", db_url, "export", "-o", str(path))
    assert code == 0, err
    assert out.strip() == str(path)
    return path


def test_sheets_and_their_order(workbook_path):
    book = load_workbook(workbook_path)
    assert book.sheetnames == ["Uitslag MKB", "Uitslag Groot", "Per criterium", "Jury",
                               "Juryrapport", "Notities", "Betrouwbaarheid", "Methode"]
    assert book.properties.creator.startswith("jury ")
    assert book.properties.title == "Techniek Inclusief Award 2026"


def test_ranking_order_equals_results_json(capsys, workbook_path, db_url):
    _, out, _ = run(capsys, "--db", db_url, "results", "--json")
    ranking = json.loads(out)["ranking"]
    book = load_workbook(workbook_path)
    for sheet, category in (("Uitslag MKB", "mkb"), ("Uitslag Groot", "groot")):
        table = __import__("itertools").takewhile(
            any, book[sheet].iter_rows(min_row=4, values_only=True))
        ids = [row[2] for row in table if row[2]]
        assert ids == [r["entry"] for r in ranking if r["category"] == category]


def test_cells_types_formats_and_layout(workbook_path):
    sheet = load_workbook(workbook_path)["Uitslag MKB"]
    assert sheet["A1"].value == "Techniek Inclusief Award 2026 · Uitslag MKB (voorlopig)"
    assert [c.value for c in sheet[3]][:6] == ["Plaats", "Status", "Nr.", "Titel",
                                               "Organisatie", "Totaal"]
    first = sheet[4]
    assert isinstance(first[0].value, int) and isinstance(first[5].value, int | float)
    assert first[5].number_format == "[$-413]0.00"  # tagged Dutch: 7,27 in any LibreOffice
    assert first[1].value == "Winnaar (voorstel)"
    assert sheet[5][1].value == "Genomineerd (voorstel)"
    assert sheet.freeze_panes == "A4"
    assert sheet.page_setup.orientation == "landscape"
    # One page wide: at 100% (the columns fit A4), or a little smaller to keep a ranking
    # that is a little longer than a page on one page.
    scale = sheet.page_setup.scale
    assert sheet.sheet_properties.pageSetUpPr.fitToPage or 90 <= int(scale or 100) <= 100
    assert sheet.print_title_rows == "$3:$3"
    assert "&P" in sheet.oddFooter.right.text
    assert "VOORLOPIG" in sheet.oddHeader.right.text
    assert sheet.page_setup.paperSize == 9
    files = __import__("zipfile").ZipFile(workbook_path).namelist()
    assert "xl/charts/chart1.xml" in files and "xl/charts/chart2.xml" in files


def test_formula_injection_is_plain_text(workbook_path):
    sheet = load_workbook(workbook_path)["Uitslag MKB"]
    row = next(r for r in sheet.iter_rows(min_row=4) if r[2].value == "X-1")
    assert row[3].value == INJECTION and row[3].data_type == "s"
    assert row[4].value == "@Bedrijf" and row[4].data_type == "s"
    archive = __import__("zipfile").ZipFile(workbook_path)
    for name in archive.namelist():
        if name.startswith("xl/worksheets/sheet"):
            assert b"<f>" not in archive.read(name), name


def test_notes_keep_newlines_quotes_and_emoji(workbook_path):
    sheet = load_workbook(workbook_path)["Uitslag MKB"]
    rows = list(sheet.iter_rows(min_row=4))
    n = next(n for n, r in enumerate(rows) if r[2].value == "TIA-02")
    assert NOTE in rows[n + 1][1].value, "the rationale on the line under its entry"
    row = rows[n]
    assert row[5].value == 8.5


def test_existing_file_needs_force_and_english_works(capsys, workbook_path, db_url):
    code, _, err = run(capsys, "--db", db_url, "export", "-o", str(workbook_path))
    assert code == 2 and "bestaat al" in err  # the award speaks Dutch
    code, _, _ = run(capsys, "--db", db_url, "export", "-o", str(workbook_path), "--force",
                     "--lang", "en")
    assert code == 0
    assert load_workbook(workbook_path).sheetnames == [
        "Ranking SME", "Ranking Large", "By criterion", "Jurors", "Jury report", "Notes",
        "Reliability", "Method"]


def test_final_marks_the_jurys_choice_not_the_computed_order(capsys, workbook_path, db_url,
                                                              scored, secretary):
    from jury.services import Actor

    chair = Actor("Marieke Hoekstra", "chair")
    scored.jurors.add(secretary, chair.name, "1234", chair=True)
    scored.deliberation.change_phase(chair, "deliberation", confirm_unsubmitted=True)
    ranked = {c: [r.entry for r in scored.results.compute(chair).results.ranking
                  if r.category == c and r.rank] for c in ("mkb", "groot")}
    mkb = (ranked["mkb"][1], ranked["mkb"][0], ranked["mkb"][3])
    scored.deliberation.decide_category(chair, "mkb", "nominees", mkb,
                                        "Het bereik onder installateurs woog zwaar")
    scored.deliberation.decide_category(chair, "mkb", "winner", mkb[:1],
                                        "De jury koos unaniem voor de leerlijn")
    # The sample's totals tie at the cut: a close call, so the proposal needs reasons too.
    scored.deliberation.decide_category(chair, "groot", "nominees", ranked["groot"][:3],
                                        "Nipt; de jury volgt het voorstel")
    scored.deliberation.decide_category(chair, "groot", "winner", ranked["groot"][:1],
                                        "Nipt; de jury volgt het voorstel")
    scored.deliberation.change_phase(chair, "final")
    run(capsys, "--db", db_url, "export", "-o", str(workbook_path), "--force")
    book = load_workbook(workbook_path)
    sheet = book["Uitslag MKB"]
    assert "voorlopig" not in sheet["A1"].value
    status = {sheet.cell(r, 3).value: sheet.cell(r, 2).value for r in range(4, sheet.max_row + 1)}
    assert status[mkb[0]] == "Winnaar"
    assert status[mkb[1]] == status[mkb[2]] == "Genomineerd"
    assert status[ranked["mkb"][2]] in ("", None)
    report = [cell.value for column in book["Juryrapport"].iter_cols() for cell in column]
    assert "De jury koos unaniem voor de leerlijn" in report
    assert "Besluit van de jury" in report


def test_a_failed_write_leaves_no_file(scored, tmp_path, monkeypatch, secretary):
    from datetime import UTC, datetime

    import xlsxwriter

    from jury.io.workbook import write_workbook
    from jury.services.results import ResultsService

    def broken(self):
        with open(self.filename, "wb") as f:
            f.write(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", broken)
    report = ResultsService(scored.engine).compute(secretary)
    from jury.errors import JuryError

    with pytest.raises(JuryError, match="disk full"):
        write_workbook(report, tmp_path / "uitslag.xlsx", exported_at=datetime.now(UTC))
    assert list(tmp_path.glob("*uitslag*")) == []
    assert list(tmp_path.glob(".jury-partial-*")) == []


def test_the_jury_sheets(workbook_path):
    book = load_workbook(workbook_path)
    criteria = list(book["Per criterium"].iter_rows(min_row=4, values_only=True))
    assert {row[1] for row in criteria} == {"Vernieuwing", "Overdraagbaarheid", "Effectiviteit"}
    jury = [row for row in book["Jury"].iter_rows(values_only=True) if row[0]]
    assert any(row[0] == "Sanne Bakker" and isinstance(row[1], float) for row in jury)
    report = [row for row in book["Juryrapport"].iter_rows(values_only=True) if row[0]]
    assert report[1][0] == "MKB" and report[2][0] == "Winnaar (voorstel)"
    reliability = list(book["Betrouwbaarheid"].iter_rows(min_row=4, max_row=7, values_only=True))
    assert [row[0] for row in reliability] == ["Vernieuwing", "Overdraagbaarheid",
                                               "Effectiviteit", "Totaal"]
    method = {row[0]: row[1] for row in book["Methode"].iter_rows(min_row=3, values_only=True)}
    assert method["Berekening"] == "gecorrigeerd voor strengheid"
    assert method["Software"].startswith("jury ")


def test_recusals_show_as_conflict(capsys, scored, db_url, tmp_path, secretary):
    scored.scoring.declare_recusal(secretary, "Priya Ramdin", "TIA-01", "personal",
                                   clear_scores=True)
    scored.scoring.set_entry_note(secretary, "Sanne Bakker", "TIA-01", '@ "citaat"\nregel 😀')
    path = tmp_path / "w.xlsx"
    run(capsys, "--db", db_url, "export", "-o", str(path))
    book = load_workbook(path)
    cells = [c for row in book["Jury"].iter_rows() for c in row if c.value == "conflict"]
    assert cells, "a recusal appears as 'conflict' in the score matrix"
    notes = [row for row in book["Notities"].iter_rows(values_only=True)
             if row[0] == "TIA-01" and row[2] == "Algemene notitie"]
    assert notes[0][4] == '@ "citaat"\nregel 😀'


@pytest.mark.skipif(__import__("shutil").which("soffice") is None,
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_calc_opens_the_workbook(workbook_path, tmp_path):
    """A real spreadsheet program reads every sheet: it converts the workbook to PDF."""
    import subprocess

    profile = tmp_path / "profile"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook_path)],
        capture_output=True, text=True, timeout=120)
    pdf = tmp_path / "uitslag.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and pdf.stat().st_size > 10_000


def test_the_same_database_gives_the_same_cells(scored, tmp_path, secretary):
    from datetime import UTC, datetime

    from jury.io.workbook import export

    moment = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
    paths = [export(scored, secretary, tmp_path / f"w{i}.xlsx", folder=tmp_path,
                    language="nl", force=False, now=moment) for i in (1, 2)]
    first, second = (load_workbook(p) for p in paths)
    for name in first.sheetnames:
        assert list(first[name].values) == list(second[name].values), name
