"""The offline scoresheet carries the notes for the entrant: a column per criterion, signed in
the hidden sheet like every other value, and read back into the database (both databases)."""

from __future__ import annotations

from openpyxl import load_workbook

from jury.services import Actor

from .conftest import snapshot
from .test_cli import run
from .test_scoresheet import SANNE, edit, stored
from .test_scoresheet import sheet_path as sheet_path  # noqa: F401  (the fixture)

HEADER = "Voor de inzender: Vernieuwing"


def test_the_sheet_has_a_column_for_the_entrant_beside_each_note(scored, tmp_path, db_url,
                                                                  capsys):
    sanne = Actor(SANNE, "juror")
    scored.scoring.set_score(sanne, "TIA-02", "innovation", 8, "Alleen voor ons",
                             expected_version=1, for_entrant="Sterk verhaal.")
    path = tmp_path / "sanne.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    book = load_workbook(path)
    headers = [c.value for c in book["Scores"][4]]
    assert headers[4:7] == ["Vernieuwing", "Notitie Vernieuwing", HEADER]
    row = next(r for r in book["Scores"].iter_rows(min_row=5, values_only=True)
               if r[0] == "TIA-02")
    assert row[4:7] == (8, "Alleen voor ons", "Sterk verhaal.")
    assert any("Voor de inzender" in (c.value or "") for c in book["Instructies"]["A"])
    # Returned untouched: nothing changes, the signature over the new column holds.
    code, out, err = run(capsys, "--db", db_url, "scores", "import", str(path))
    assert code == 0, err
    assert "0 nieuw, 0 gewijzigd" in out


def test_a_note_for_the_entrant_written_in_the_sheet_is_stored_and_the_jury_note_kept(
        capsys, sheet_path, scored, db_url):  # noqa: F811
    edit(sheet_path, {("TIA-01", HEADER): "Mooi voorbeeld voor de sector.",
                      ("TIA-01", "Notitie Vernieuwing"): "Intern: twijfel over de cijfers"})
    code, out, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 0, err
    mine = stored(scored, "TIA-01", "innovation")
    assert (mine.note, mine.for_entrant) == ("Intern: twijfel over de cijfers",
                                              "Mooi voorbeeld voor de sector.")
    events = scored.deliberation.audit_trail(Actor("Marieke Hoekstra", "chair"),
                                             action="score.set", text="TIA-01 · innovation")
    assert events[-1].new["for_entrant"] == "Mooi voorbeeld voor de sector."
    assert "scoresheet" in events[-1].detail
    # Emptying the cell in the sheet clears it again.
    edit(sheet_path, {("TIA-01", HEADER): None})
    code, out, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path),
                         "--force")
    assert code == 0, err
    assert stored(scored, "TIA-01", "innovation").for_entrant == ""


def test_a_note_for_the_entrant_changed_in_the_app_since_is_a_conflict(capsys, sheet_path,
                                                                        scored, db_url):  # noqa: F811
    scored.scoring.set_score(Actor(SANNE, "juror"), "TIA-03", "innovation", 6, "",
                             expected_version=1, for_entrant="In de app geschreven.")
    edit(sheet_path, {("TIA-03", HEADER): "In het blad geschreven."})
    before = snapshot(scored.engine)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(sheet_path))
    assert code == 2 and "(TIA-03, Vernieuwing)" in err and "--force" in err
    assert snapshot(scored.engine) == before


def test_an_edited_note_for_the_entrant_in_the_hidden_sheet_breaks_the_signature(
        capsys, scored, tmp_path, db_url):
    scored.scoring.set_score(Actor(SANNE, "juror"), "TIA-04", "innovation", 7, "",
                             expected_version=1, for_entrant="Zoals geschreven.")
    path = tmp_path / "sanne.xlsx"
    assert run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))[0] == 0
    book = load_workbook(path)
    meta = book["jury"]
    for row in meta.iter_rows():
        if row[0].value == "score" and row[1].value == "TIA-04" and row[2].value == "innovation":
            row[6].value = "Anders dan geschreven."
    book.save(path)
    before = snapshot(scored.engine)
    code, _, err = run(capsys, "--db", db_url, "scores", "import", str(path))
    assert code == 2 and "handtekening klopt" in err
    assert snapshot(scored.engine) == before


def test_a_note_for_the_entrant_over_its_limit_is_named_by_cell(capsys, sheet_path, scored,
                                                                db_url):  # noqa: F811
    where = edit(sheet_path, {("TIA-05", HEADER): "x" * 2_001})
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(sheet_path))
    assert code == 2
    assert f"Scores!{where[('TIA-05', HEADER)]}: 2,001 characters; at most 2,000" in err
