"""The offline scoresheet: written, edited in a spreadsheet (openpyxl), read back."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from jury.services import Actor

from .conftest import snapshot
from .test_cli import run

SANNE = "Sanne Bakker"


@pytest.fixture
def sheet_path(tmp_path, scored, db_url, capsys):
    path = tmp_path / "sanne.xlsx"
    code, out, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    assert "Scoreformulier voor Sanne Bakker geschreven (17 inzendingen)" in out
    return path


def cell_of(book, entry: str, header: str) -> str:
    ws = book["Scores"]
    column = next(c.column_letter for c in ws[4] if c.value == header)
    row = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == entry)
    return f"{column}{row}"


def edit(path, changes: dict[tuple[str, str], object]) -> dict[tuple[str, str], str]:
    """Change cells as a juror would in Excel; returns where each change went."""
    book = load_workbook(path)
    where = {}
    for (entry, header), value in changes.items():
        where[(entry, header)] = cell_of(book, entry, header)
        book["Scores"][where[(entry, header)]] = value
    book.save(path)
    return where


def stored(services, entry: str, criterion: str):
    return services.views.entry(Actor(SANNE, "juror"), entry).scores[criterion]


def test_the_workbook_has_drop_downs_descriptions_instructions_and_a_hidden_identity(
        sheet_path):
    book = load_workbook(sheet_path)
    assert book.sheetnames == ["Scores", "Beschrijvingen", "Instructies", "jury"]
    assert book["jury"].sheet_state == "hidden"
    assert book["jury"]["A1"].value == "jury-scoresheet"
    identity = {row[0]: row[1] for row in book["jury"].iter_rows(min_row=3, values_only=True)
                if row[0] in ("award", "juror", "edition")}
    assert identity == {"award": "Techniek Inclusief Award", "edition": "2026", "juror": SANNE}
    ws = book["Scores"]
    assert [c.value for c in ws[4]][:6] == ["Nr.", "Titel", "Organisatie", "Categorie",
                                           "Vernieuwing", "Notitie Vernieuwing"]
    lists = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    assert any(f.startswith("jury!$B$2") for f in lists.values())
    assert any('"' in f and "professioneel" in f for f in lists.values())
    assert ws["E5"].value is not None
    assert "Vul per criterium" in ws["A2"].value
    assert book["Beschrijvingen"]["D2"].value
    assert "Scoreformulier voor Sanne Bakker" in book["Instructies"]["A1"].value


def test_a_returned_sheet_applies_what_the_juror_changed(capsys, sheet_path, scored, db_url):
    edit(sheet_path, {("TIA-01", "Vernieuwing"): 10,
                      ("TIA-01", "Notitie Vernieuwing"): "Heel origineel",
                      ("TIA-02", "Algemene notitie"): "Goed leesbaar plan",
                      ("TIA-04", "Overdraagbaarheid"): "7,5",
                      ("TIA-05", "Belangenconflict"): "persoonlijk",
                      ("TIA-05", "Vernieuwing"): None,
                      ("TIA-05", "Overdraagbaarheid"): None,
                      ("TIA-05", "Effectiviteit"): None})
    code, out, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path),
                         "--dry-run")
    assert code == 2 and "7,5 ligt niet op de schaal 1–10" in err
    edit(sheet_path, {("TIA-04", "Overdraagbaarheid"): "8"})
    before = snapshot(scored.engine)
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                         str(sheet_path), "--dry-run")
    assert code == 0, err
    assert "Nothing saved (--dry-run)." in out
    assert snapshot(scored.engine) == before
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                         str(sheet_path))
    assert code == 0, err
    assert "0 conflicts," in out and "Saved." in out
    assert (stored(scored, "TIA-01", "innovation").value,
            stored(scored, "TIA-01", "innovation").note) == (10, "Heel origineel")
    assert stored(scored, "TIA-04", "transferability").value == 8
    view = scored.views.entry(Actor(SANNE, "juror"), "TIA-05")
    assert view.recusal == ("personal", "")
    assert scored.views.entry(Actor(SANNE, "juror"), "TIA-02").note == "Goed leesbaar plan"
    events = scored.deliberation.audit_trail(Actor.secretary(), text="scoresheet sanne.xlsx")
    assert {e.action for e in events} >= {"score.set", "note.set", "recusal.declared"}


def test_a_value_changed_in_the_app_since_is_a_conflict_until_forced(capsys, sheet_path,
                                                                      scored, db_url):
    sanne = Actor(SANNE, "juror")
    scored.scoring.set_score(sanne, "TIA-03", "effectiveness", 2, "In de app herzien",
                             expected_version=1)
    scored.scoring.set_score(sanne, "TIA-06", "innovation", 3, "Alleen in de app",
                             expected_version=1)
    where = edit(sheet_path, {("TIA-03", "Effectiviteit"): 9, ("TIA-07", "Vernieuwing"): 1})
    before = snapshot(scored.engine)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2
    assert f"Scores!{where[('TIA-03', 'Effectiviteit')]} (TIA-03, Effectiviteit): het " \
           "formulier zegt 9, de database heeft nu 2" in err
    assert "--force" in err
    assert snapshot(scored.engine) == before
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                         str(sheet_path), "--force")
    assert code == 0, err
    assert "1 conflict," in out and "conflict (overwritten)" in out
    assert stored(scored, "TIA-03", "effectiveness").value == 9
    assert stored(scored, "TIA-07", "innovation").value == 1
    untouched = stored(scored, "TIA-06", "innovation")
    assert (untouched.value, untouched.note) == (3, "Alleen in de app")


@pytest.mark.parametrize("value, message", [
    (11, "11 ligt buiten 1–10"),
    ("zeven", "'zeven' is geen getal"),
])
def test_a_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_written(
        capsys, sheet_path, scored, db_url, value, message):
    where = edit(sheet_path, {("TIA-02", "Vernieuwing"): value,
                              ("TIA-01", "Effectiviteit"): 4})
    before = snapshot(scored.engine)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2
    assert f"sanne.xlsx, Scores!{where[('TIA-02', 'Vernieuwing')]}: {message}" in err
    assert snapshot(scored.engine) == before


def test_moved_columns_unknown_entries_and_scores_beside_a_recusal_are_refused(
        capsys, sheet_path, scored, db_url):
    book = load_workbook(sheet_path)
    book["Scores"]["E4"] = "Iets anders"
    book.save(sheet_path)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2 and "Scores!E4: hier hoort de kolom 'Vernieuwing'" in err

    book["Scores"]["E4"] = "Vernieuwing"
    book["Scores"]["A5"] = "TIA-99"
    book.save(sheet_path)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2 and "Scores!A5: geen meedingende inzending 'TIA-99'" in err

    book["Scores"]["A5"] = "TIA-01"
    book.save(sheet_path)
    where = edit(sheet_path, {("TIA-08", "Belangenconflict"): "professioneel"})
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2 and "TIA-08 heeft een belangenconflict gemeld" in err
    del where


def test_a_sheet_of_another_award_is_refused(capsys, sheet_path, scored, db_url):
    book = load_workbook(sheet_path)
    meta = book["jury"]
    for row in meta.iter_rows(min_row=3):
        if row[0].value == "edition":
            row[1].value = "2025"
    book.save(sheet_path)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2 and "'Techniek Inclusief Award 2025'" in err


@pytest.mark.skipif(__import__("shutil").which("soffice") is None,
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_a_sheet_saved_again_by_libreoffice_still_imports(capsys, sheet_path, scored, db_url,
                                                          tmp_path):
    """A juror without Excel opens and saves the sheet in LibreOffice Calc: the hidden
    identity, the column map and the edits survive the rewrite."""
    import subprocess

    edit(sheet_path, {("TIA-09", "Vernieuwing"): 2})
    out_dir = tmp_path / "saved"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir),
         str(sheet_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    resaved = out_dir / "sanne.xlsx"
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                         str(resaved))
    assert code == 0, err
    assert "1 changed" in out
    assert stored(scored, "TIA-09", "innovation").value == 2


def test_a_damaged_hidden_sheet_is_named_and_nothing_is_written(capsys, sheet_path, scored,
                                                                db_url):
    book = load_workbook(sheet_path)
    meta = book["jury"]
    row = next(r for r in meta.iter_rows(min_row=3) if r[0].value == "score")
    row[5].value = "kapot"
    book.save(sheet_path)
    before = snapshot(scored.engine)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2
    assert f"sanne.xlsx: het verborgen tabblad 'jury' is beschadigd (rij {row[0].row})" in err
    assert "jury scoresheet" in err
    assert snapshot(scored.engine) == before


def test_a_refused_scoresheet_reads_in_dutch_and_in_english(sheet_path, scored):
    """Every problem of a returned sheet in the reader's language: the Dutch with a decimal
    comma and no English words, the English as before."""
    import re

    from jury.errors import ImportProblems
    from jury.i18n import Strings
    from jury.io.scoresheet import read_scoresheet

    edit(sheet_path, {("TIA-01", "Vernieuwing"): 11, ("TIA-02", "Vernieuwing"): "7,5",
                      ("TIA-03", "Vernieuwing"): "zeven", ("TIA-04", "Belangenconflict"): "ziek",
                      ("TIA-05", "Belangenconflict"): "anders"})
    scale = scored.award.settings().scale
    with pytest.raises(ImportProblems) as refused:
        read_scoresheet(sheet_path, scale)
    dutch, english = refused.value.text(Strings("nl")), refused.value.text(Strings("en"))
    assert "sanne.xlsx, Scores!E5: 11 ligt buiten 1–10." in dutch
    assert "7,5 ligt niet op de schaal 1–10" in dutch
    assert "'zeven' is geen getal" in dutch
    assert "'ziek' is geen reden; kies professioneel, persoonlijk, anders of laat het leeg" \
        in dutch
    assert "een belangenconflict om een andere reden vraagt hier een korte toelichting" in dutch
    assert not re.search(r"\b(the|is not|outside|not a|needs)\b", dutch)
    assert "sanne.xlsx, Scores!E5: 11 is outside 1–10." in english
    assert "7.5 is not on the scale 1–10" in english
    assert "'ziek' is not a reason; use professional, personal, other or leave it empty" \
        in english
    assert not re.search(r"\b(de|het|geen|ligt|buiten)\b", english)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_scoresheet_speaks_the_awards_language(tmp_path, scored, secretary, language):
    """The sheet's own words (headers, hint, instructions, the scale) in one language; the
    entries' texts and the award's labels are left out."""
    import dataclasses
    import re

    from jury.io.scoresheet import write_scoresheet

    sheet = scored.scoresheets.scoresheet(secretary, SANNE)
    settings = sheet.settings.model_copy(update={"award": sheet.settings.award.model_copy(
        update={"language": language})})
    path = write_scoresheet(dataclasses.replace(sheet, settings=settings),
                            tmp_path / f"{language}.xlsx")
    typed = [e.title for e in sheet.entries] + [e.organisation for e in sheet.entries]
    typed += [e.description for e in sheet.entries] + [SANNE, sheet.award]
    typed += [text for c in settings.criteria for text in (c.question_nl, c.question_en)]
    typed += [str(label) for label in settings.scale.labels.values()]
    foreign = {"nl": r"\b(the|and|with|not|score of|steps of|juror)\b",
               "en": r"\b(de|het|en|een|van|jurylid|inzending|stappen)\b"}[language]
    found = []
    for ws in load_workbook(path):
        if ws.title == "jury":
            continue
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    text = cell.value
                    for words in sorted(typed, key=len, reverse=True):
                        text = text.replace(words, "·") if words else text
                    if re.search(foreign, text, re.IGNORECASE):
                        found.append((f"{ws.title}!{cell.coordinate}", text))
    assert not found
