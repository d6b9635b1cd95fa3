"""Identity: whose scores these are. Case-twin jurors, scores files that name them, forged
and mis-assigned scoresheets, and a recusal beside a score by every route, on both databases.
"""

from __future__ import annotations

import threading
import unicodedata

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from jury import models, repository
from jury.db import RECUSED_SCORE
from jury.errors import ConflictError, ImportProblems, NotFoundError, PermissionDenied
from jury.models import ScoreData
from jury.services import Actor
from jury.services.scoring import ScoredError

from ..conftest import KEYS, sample_award, snapshot
from ..test_cli import run

SANNE = "Sanne Bakker"
PRIYA = "Priya Ramdin"
TWIN = "Jan Juror"
TWIN_LOWER = "jan juror"
REMEDY = "write a new scoresheet with 'jury scoresheet"


def scores_of(services, name: str) -> dict[tuple[str, str], float | None]:
    with services.entries.reading() as session:
        juror = repository.juror_by_name(name, session=session)
        criteria = {c.id: c.key for c in repository.criteria(session=session)}
        return {(s.entry_id, criteria[s.criterion_id]): s.value
                for s in repository.juror_scores(juror.id, session=session)}


def recused(services, name: str, entry: str) -> bool:
    with services.entries.reading() as session:
        juror = repository.juror_by_name(name, session=session)
        return repository.recusal(juror.id, entry, session=session) is not None


def csv(tmp_path, text: str, name: str = "scores.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# Names ---------------------------------------------------------------------------------------

def test_a_name_that_differs_only_in_case_or_spacing_is_refused(award, secretary):
    award.jurors.add(secretary, TWIN, "1234")
    for twin in (TWIN_LOWER, "JAN JUROR", "  jan   JUROR ", "jan\u00a0juror"):
        with pytest.raises(ConflictError, match="differs from the juror 'Jan Juror' only in "
                                                "capitals or spacing"):
            award.jurors.add(secretary, twin, "1234")
    with pytest.raises(ConflictError, match="A juror named 'Jan Juror' already exists"):
        award.jurors.add(secretary, "  Jan  Juror ", "1234")
    decomposed = unicodedata.normalize("NFD", "  Anaïs   Straße ")
    award.jurors.add(secretary, decomposed, "1234")
    for twin in ("ANAÏS STRASSE", "anaïs straße"):  # casefold: ß is ss; composed ï
        with pytest.raises(ConflictError, match="only in capitals"):
            award.jurors.add(secretary, twin, "1234")
    assert [j.name for j in award.jurors.list()] == ["Anaïs Straße", TWIN]
    assert award.jurors.list()[0].name == unicodedata.normalize("NFC", "Anaïs Straße")


def test_the_command_line_refuses_a_case_twin_with_exit_2(capsys, initialised):
    code, _, err = run(capsys, "--db", initialised, "jurors", "add", TWIN, "--pin", "2468")
    assert code == 0, err
    code, _, err = run(capsys, "--db", initialised, "jurors", "add", TWIN_LOWER,
                       "--pin", "2468")
    assert code == 2 and "verschilt van het jurylid 'Jan Juror' alleen in hoofdletters" in err
    assert "Traceback" not in err


@pytest.fixture
def twins(award, secretary):
    """A database from before names had to differ in more than case: 'Jan Juror' and
    'jan juror', inserted as an older jury could have."""
    award.jurors.add(secretary, TWIN, "1234")
    award.jurors.add(secretary, SANNE, "1234")
    with award.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO juror (name, role, pin_hash, failed_signins, created_at) "
            "SELECT :name, role, pin_hash, 0, created_at FROM juror WHERE name = :twin"),
            {"name": TWIN_LOWER, "twin": TWIN})
    return award


def test_an_old_database_with_case_twins_opens_and_matches_names_exactly(
        twins, db_url, secretary):
    from jury.cli import open_services

    reopened = open_services(db_url)
    assert {j.name for j in reopened.jurors.list()} >= {TWIN, TWIN_LOWER}
    reopened.engine.dispose()
    twins.scoring.set_score(secretary, "TIA-01", "innovation", 8, "", juror=TWIN_LOWER)
    assert scores_of(twins, TWIN_LOWER) == {("TIA-01", "innovation"): 8}
    assert scores_of(twins, TWIN) == {}
    sheet = twins.scoresheets.scoresheet(secretary, TWIN)
    assert sheet.juror == TWIN and sheet.scores == {}
    with pytest.raises(NotFoundError, match="could be 'Jan Juror' or 'jan juror'"):
        twins.scoresheets.scoresheet(secretary, "JAN JUROR")
    with pytest.raises(NotFoundError, match="could be 'Jan Juror' or 'jan juror'"):
        twins.jurors.set_pin(secretary, "JAN JUROR", "9753")


def test_a_scores_file_stores_under_the_exact_name_and_refuses_an_ambiguous_one(
        capsys, twins, db_url, tmp_path):
    path = csv(tmp_path, "juror,entry,criterion,score\n"
                         "Jan Juror,TIA-01,innovation,9\n"
                         "jan juror,TIA-02,innovation,3\n"
                         "sanne bakker,TIA-03,innovation,6\n")
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert code == 0, err
    assert scores_of(twins, TWIN) == {("TIA-01", "innovation"): 9}
    assert scores_of(twins, TWIN_LOWER) == {("TIA-02", "innovation"): 3}
    assert scores_of(twins, SANNE) == {("TIA-03", "innovation"): 6}, \
        "a name equal to exactly one juror ignoring case is that juror"

    before = snapshot(twins.engine)
    path = csv(tmp_path, "juror,entry,criterion,score\n"
                         "Jan Juror,TIA-04,innovation,7\n"
                         "JAN JUROR,TIA-05,innovation,7\n"
                         "Piet Jansen,TIA-06,innovation,7\n", name="second.csv")
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert code == 2
    assert ("second.csv, row 3, column 'juror': 'JAN JUROR' could be 'Jan Juror' or "
            "'jan juror': these jurors differ only in capitals.") in err
    assert "second.csv, row 4, column 'juror': 'Piet Jansen' is not a juror of this award." \
        in err
    assert snapshot(twins.engine) == before


# Scoresheets ---------------------------------------------------------------------------------

@pytest.fixture
def sheet(tmp_path, scored, db_url, capsys):
    path = tmp_path / "sanne.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    return path


def meta_edit(path, change) -> None:
    """Edit the hidden sheet as someone with openpyxl (or Excel, unhiding it) would."""
    book = load_workbook(path)
    change(book["jury"])
    book.save(path)


def set_kind(kind: str, column: int, value):
    def change(ws):
        row = next(r for r in ws.iter_rows() if r[0].value == kind)
        row[column].value = value
    return change


def refused(capsys, db_url, services, path, *expected: str, force: bool = False) -> str:
    before = snapshot(services.engine)
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path),
                         *(["--force"] if force else []))
    assert code == 2, out
    for text in expected:
        assert text in err
    assert "Traceback" not in err
    assert snapshot(services.engine) == before
    return err


def test_a_legit_sheet_with_the_jurors_edits_still_imports(capsys, sheet, scored, db_url):
    book = load_workbook(sheet)
    ws = book["Scores"]
    ws["E5"] = 2
    ws["F5"] = "Herzien op de trein"
    book.save(sheet)
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(sheet))
    assert code == 0, err
    assert "1 changed" in out
    entry = ws["A5"].value
    assert scores_of(scored, SANNE)[(entry, "innovation")] == 2


def test_a_sheet_moved_to_another_juror_is_refused_and_says_whose_it_is(
        capsys, sheet, scored, db_url):
    meta_edit(sheet, set_kind("juror", 1, PRIYA))
    err = refused(capsys, db_url, scored, sheet,
                  "sanne.xlsx was written for Sanne Bakker, but its hidden sheet was changed "
                  "to name Priya Ramdin", "jury scoresheet \"Priya Ramdin\"")
    assert "nothing was imported" in err


def test_an_edited_version_or_value_in_the_hidden_sheet_is_refused(capsys, sheet, scored,
                                                                  db_url):
    original = sheet.read_bytes()
    meta_edit(sheet, set_kind("score", 5, 7))  # a version: 1 -> 7 hides later changes
    refused(capsys, db_url, scored, sheet, "the hidden 'jury' sheet is not what jury wrote",
            'jury scoresheet "Sanne Bakker"')
    sheet.write_bytes(original)
    meta_edit(sheet, set_kind("score", 3, 1))  # a baseline value
    refused(capsys, db_url, scored, sheet, "its signature does not match")
    sheet.write_bytes(original)
    meta_edit(sheet, set_kind("signature", 2, "0" * 64))
    refused(capsys, db_url, scored, sheet, "its signature does not match")


def test_a_sheet_without_its_signature_is_refused(capsys, sheet, scored, db_url):
    def drop(ws):
        row = next(r for r in ws.iter_rows() if r[0].value == "signature")
        for cell in row:
            cell.value = None
    meta_edit(sheet, drop)
    refused(capsys, db_url, scored, sheet, "sanne.xlsx carries no signature",
            'jury scoresheet "Sanne Bakker"')


def test_a_sheet_from_another_award_database_is_refused(capsys, sheet, scored, db_url,
                                                        tmp_path):
    """The same award and edition set up again (a test copy, another laptop): another
    secret, so its sheets do not pass here, nor ours there."""
    other = sample_award(f"sqlite:///{tmp_path / 'other.db'}", SANNE)
    foreign = tmp_path / "foreign.xlsx"
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'other.db'}", "scoresheet",
                       SANNE, "-o", str(foreign))
    assert code == 0, err
    refused(capsys, db_url, scored, foreign, "or the sheet was written from another database")
    fresh = sample_award(f"sqlite:///{tmp_path / 'fresh.db'}", SANNE)
    refused(capsys, f"sqlite:///{tmp_path / 'fresh.db'}", fresh, sheet,
            "was not written from this database")
    other.engine.dispose()
    fresh.engine.dispose()


def test_a_case_twins_sheet_cannot_be_moved_to_the_other_twin(capsys, twins, db_url,
                                                               tmp_path):
    twins.scoring.set_score(Actor.secretary(), "TIA-01", "innovation", 5, "", juror=TWIN)
    path = tmp_path / "jan.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", TWIN, "-o", str(path))
    assert code == 0, err
    meta_edit(path, set_kind("juror", 1, TWIN_LOWER))
    refused(capsys, db_url, twins, path, "jan.xlsx was written for Jan Juror, but its hidden "
                                         "sheet was changed to name jan juror")


@pytest.mark.skipif(__import__("shutil").which("soffice") is None,
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_odd_text_in_the_signed_sheet_survives_a_libreoffice_save(capsys, scored, db_url,
                                                                   tmp_path):
    """Notes with line breaks, surrounding spaces, quotes and emoji are signed as written and
    still verify after LibreOffice Calc rewrites the workbook."""
    import subprocess

    sanne = Actor(SANNE, "juror")
    scored.scoring.set_score(sanne, "TIA-01", "innovation", 7.0, "  regel één\nregel 2 😀 ",
                             expected_version=1)
    scored.scoring.set_entry_note(sanne, SANNE, "TIA-02", '"Citaat" & <b>niet vet</b>\n\tok')
    scored.scoring.record_scores(Actor.secretary(), [
        ScoreData(SANNE, "TIA-04", key, None, "gewist") for key in KEYS])
    scored.scoring.declare_recusal(sanne, SANNE, "TIA-04", "other", "Oud-collega  ")
    path = tmp_path / "sanne.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    book = load_workbook(path)
    ws = book["Scores"]
    row = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == "TIA-03")
    ws[f"E{row}"] = 3
    book.save(path)
    out_dir = tmp_path / "saved"
    done = subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), str(path)],
        capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import",
                         str(out_dir / "sanne.xlsx"))
    assert code == 0, err
    assert "1 changed" in out
    assert scores_of(scored, SANNE)[("TIA-03", "innovation")] == 3


def test_a_scoresheet_asked_for_in_other_capitals_is_the_one_jurors(capsys, twins, db_url,
                                                                     tmp_path):
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scoresheet", "sanne BAKKER",
                         "-o", str(tmp_path / "s.xlsx"))
    assert code == 0, err
    assert "Scoresheet for Sanne Bakker written" in out
    book = load_workbook(tmp_path / "s.xlsx")
    assert any(row[:2] == ("juror", SANNE) for row in book["jury"].iter_rows(values_only=True))
    code, _, err = run(capsys, "--db", db_url, "scoresheet", "JAN JUROR",
                       "-o", str(tmp_path / "j.xlsx"))
    assert code == 2 and "'JAN JUROR' kan 'Jan Juror' of 'jan juror' zijn" in err
    assert not (tmp_path / "j.xlsx").exists()


# A recusal beside a score --------------------------------------------------------------------

def test_the_app_refuses_a_score_on_a_recused_entry_and_a_recusal_on_a_scored_one(scored):
    sanne = Actor(SANNE, "juror")
    with pytest.raises(ScoredError, match="Sanne Bakker has 3 scores on TIA-03: a conflict of "
                                          "interest cannot stand beside them"):
        scored.scoring.declare_recusal(sanne, SANNE, "TIA-03", "personal")
    assert not recused(scored, SANNE, "TIA-03")
    before = scores_of(scored, SANNE)
    cleared = scored.scoring.declare_recusal(sanne, SANNE, "TIA-03", "personal",
                                             clear_scores=True)
    assert cleared == 3 and recused(scored, SANNE, "TIA-03")
    after = scores_of(scored, SANNE)
    assert all(after[("TIA-03", key)] is None for key in KEYS)
    assert {k: v for k, v in after.items() if k[0] != "TIA-03"} == \
        {k: v for k, v in before.items() if k[0] != "TIA-03"}
    trail = scored.deliberation.audit_trail(Actor.secretary(), text="cleared: conflict")
    assert len(trail) == 3 and all(e.old["value"] is not None for e in trail)
    with pytest.raises(PermissionDenied, match="Sanne Bakker has a conflict of interest on "
                                               "TIA-03: withdraw the recusal before scoring"):
        scored.scoring.set_score(sanne, "TIA-03", "innovation", 8, "", expected_version=2)
    with pytest.raises(ImportProblems, match="withdraw the recusal before scoring"):
        scored.scoring.record_scores(Actor.secretary(), [
            ScoreData(SANNE, "TIA-03", "innovation", 8)])
    scored.scoring.withdraw_recusal(sanne, SANNE, "TIA-03")
    scored.scoring.set_score(sanne, "TIA-03", "innovation", 8, "", expected_version=2)


def test_a_scores_file_cannot_put_a_score_beside_a_recusal(capsys, scored, db_url, tmp_path):
    scored.scoring.record_scores(Actor.secretary(), [
        ScoreData(PRIYA, "TIA-05", key, None) for key in KEYS])
    scored.scoring.declare_recusal(Actor.secretary(), PRIYA, "TIA-05", "professional")
    path = csv(tmp_path, "juror,entry,criterion,score,recused,reason\n"
                         "Priya Ramdin,TIA-05,innovation,8,,\n")
    refused(capsys, db_url, scored, path,
            "Priya Ramdin has a conflict of interest on TIA-05: withdraw the recusal before "
            "scoring.")
    path = csv(tmp_path, "juror,entry,criterion,score,recused,reason\n"
                         "Priya Ramdin,TIA-06,innovation,,yes,persoonlijk\n")
    refused(capsys, db_url, scored, path,
            "scores.csv: Priya Ramdin has 3 scores on TIA-06: a conflict of interest cannot "
            "stand beside them.")
    path = csv(tmp_path, "juror,entry,criterion,score,recused,reason\n"
                         "Sanne Bakker,TIA-07,innovation,6,no,\n"
                         "Sanne Bakker,TIA-07,effectiveness,,yes,personal\n")
    refused(capsys, db_url, scored, path,
            "scores.csv, row 3, column 'recused': Sanne Bakker has a conflict of interest on "
            "TIA-07 here, yet scores it at scores.csv, row 2.")


def test_the_stress_writer_cannot_score_a_recused_entry(scored, db_url, tmp_path):
    """The load test's terminal writes through the same service: refused, nothing stored."""
    from ..stress.writer import main as writer

    scored.scoring.declare_recusal(Actor.secretary(), SANNE, "TIA-13", "personal",
                                   clear_scores=True)
    before = snapshot(scored.engine)
    with pytest.raises(PermissionDenied, match="Sanne Bakker has a conflict of interest on "
                                               "TIA-13: withdraw the recusal before scoring"):
        writer(db_url, SANNE, 3, str(tmp_path / "acks"), "TIA-13", "innovation", 1)
    assert snapshot(scored.engine) == before
    assert (tmp_path / "acks").read_text() == ""


def edit_sheet(path, changes: dict[tuple[str, str], object]) -> None:
    book = load_workbook(path)
    ws = book["Scores"]
    for (entry, header), value in changes.items():
        column = next(c.column_letter for c in ws[4] if c.value == header)
        row = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == entry)
        ws[f"{column}{row}"] = value
    book.save(path)


def test_a_scoresheet_cannot_score_an_entry_recused_since_it_was_written(
        capsys, sheet, scored, db_url):
    sanne = Actor(SANNE, "juror")
    scored.scoring.declare_recusal(sanne, SANNE, "TIA-09", "personal", clear_scores=True)
    edit_sheet(sheet, {("TIA-09", "Vernieuwing"): 4})
    refused(capsys, db_url, scored, sheet, "(TIA-09, Innovation): the sheet says 4, the "
                                           "database now has nothing", "--force")
    refused(capsys, db_url, scored, sheet, "Sanne Bakker has a conflict of interest on "
                                           "TIA-09: withdraw the recusal before scoring",
            force=True)


def test_a_scoresheet_swaps_a_recusal_and_scores_in_one_go(capsys, scored, db_url, tmp_path):
    """Withdrawn recusals go first and declared ones last: the sheet that takes back a
    conflict and scores the entry, and the one that clears scores and declares a conflict,
    both land whole."""
    sanne = Actor(SANNE, "juror")
    scored.scoring.declare_recusal(sanne, SANNE, "TIA-10", "personal", clear_scores=True)
    path = tmp_path / "swap.xlsx"
    code, _, err = run(capsys, "--db", db_url, "scoresheet", SANNE, "-o", str(path))
    assert code == 0, err
    edit_sheet(path, {("TIA-10", "Belangenconflict"): None,
                      ("TIA-10", "Vernieuwing"): 6, ("TIA-10", "Effectiviteit"): 7,
                      ("TIA-11", "Belangenconflict"): "professioneel",
                      ("TIA-11", "Vernieuwing"): None, ("TIA-11", "Overdraagbaarheid"): None,
                      ("TIA-11", "Effectiviteit"): None})
    code, out, err = run(capsys, "--db", db_url, "--lang", "en", "scores", "import", str(path))
    assert code == 0, err
    assert not recused(scored, SANNE, "TIA-10") and recused(scored, SANNE, "TIA-11")
    now = scores_of(scored, SANNE)
    assert (now[("TIA-10", "innovation")], now[("TIA-10", "effectiveness")]) == (6, 7)
    assert all(now[("TIA-11", key)] is None for key in KEYS)


def test_the_database_itself_refuses_a_score_beside_a_recusal(scored):
    """Defence in depth: raw SQL, past every service check, on both databases."""
    scored.scoring.declare_recusal(Actor.secretary(), PRIYA, "TIA-02", "personal",
                                   clear_scores=True)
    with scored.entries.reading() as session:
        priya = repository.juror_by_name(PRIYA, session=session).id
        sanne = repository.juror_by_name(SANNE, session=session).id
    statements = [
        ("UPDATE score SET value = 5 WHERE juror_id = :j AND entry_id = 'TIA-02'", priya),
        ("INSERT INTO recusal (juror_id, entry_id, reason, reason_text, created_at) "
         "VALUES (:j, 'TIA-02', 'personal', '', CURRENT_TIMESTAMP)", sanne),
    ]
    for statement, juror in statements:
        with pytest.raises(sa.exc.DatabaseError, match=RECUSED_SCORE), \
                scored.engine.begin() as conn:
            conn.execute(sa.text(statement), {"j": juror})
    with scored.engine.begin() as conn:  # clearing, or a note, stays possible
        conn.execute(sa.text("UPDATE score SET value = NULL, note = 'n' "
                             "WHERE juror_id = :j AND entry_id = 'TIA-02'"), {"j": priya})
    with scored.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM score WHERE juror_id = :j AND entry_id = 'TIA-02'"),
                     {"j": priya})
        conn.execute(sa.text("DELETE FROM recusal WHERE juror_id = :j"), {"j": priya})
        conn.execute(sa.text(
            "INSERT INTO score (juror_id, entry_id, criterion_id, value, note, version, "
            "updated_at) VALUES (:j, 'TIA-02', 1, 4, '', 1, CURRENT_TIMESTAMP)"), {"j": priya})


def test_a_write_past_the_service_checks_ends_in_a_message(scored, monkeypatch):
    """Were a route to forget the check, the database refuses and the service says so."""
    import jury.services.scoring as scoring

    scored.scoring.declare_recusal(Actor.secretary(), PRIYA, "TIA-08", "personal",
                                   clear_scores=True)
    before = snapshot(scored.engine)
    monkeypatch.setattr(scoring.repository, "recusals", lambda *, session: [])
    with pytest.raises(ConflictError, match="The database refused this: a juror cannot both "
                                            "score an entry and have a conflict of interest"):
        scored.scoring.record_scores(Actor.secretary(), [
            ScoreData(PRIYA, "TIA-08", "innovation", 6)])
    assert snapshot(scored.engine) == before


def test_two_terminals_adding_case_twins_at_once_store_one(award, secretary):
    outcomes: list[str] = []
    gate = threading.Barrier(2)

    def add(name: str) -> None:
        gate.wait()
        try:
            award.jurors.add(secretary, name, "1234")
            outcomes.append("added")
        except ConflictError as refusal:
            outcomes.append(str(refusal))

    threads = [threading.Thread(target=add, args=(name,)) for name in (TWIN, TWIN_LOWER)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes)[0].startswith("'") and sorted(outcomes)[1] == "added"
    assert len([j for j in award.jurors.list() if j.name.casefold() == "jan juror"]) == 1


def test_two_raw_writers_at_once_cannot_store_both(scored):
    """Two connections bypassing the services: the score is written but not committed when
    the recusal arrives. The second waits for the first (a lock in the trigger on PostgreSQL,
    the write lock on SQLite) and is then refused."""
    scored.scoring.record_scores(Actor.secretary(), [
        ScoreData(SANNE, "TIA-12", key, None) for key in KEYS])
    with scored.entries.reading() as session:
        sanne = repository.juror_by_name(SANNE, session=session).id
    outcome: list[BaseException | None] = []
    started = threading.Event()

    def recuse() -> None:
        started.set()
        try:
            with scored.engine.begin() as conn:
                conn.execute(sa.text(
                    "INSERT INTO recusal (juror_id, entry_id, reason, reason_text, created_at) "
                    "VALUES (:j, 'TIA-12', 'personal', '', CURRENT_TIMESTAMP)"), {"j": sanne})
            outcome.append(None)
        except sa.exc.DatabaseError as error:
            outcome.append(error)

    with scored.engine.begin() as conn:
        conn.execute(sa.text(
            "UPDATE score SET value = 6 WHERE juror_id = :j AND entry_id = 'TIA-12' AND "
            "criterion_id = (SELECT id FROM criterion WHERE key = 'innovation')"), {"j": sanne})
        other = threading.Thread(target=recuse)
        other.start()
        started.wait()
        other.join(timeout=0.5)
        assert other.is_alive(), "the second writer waits for the first"
    other.join(timeout=30)
    assert len(outcome) == 1 and outcome[0] is not None
    assert RECUSED_SCORE in str(outcome[0])
    assert not recused(scored, SANNE, "TIA-12")
    assert scores_of(scored, SANNE)[("TIA-12", "innovation")] == 6


def test_a_race_between_two_terminals_never_stores_both(scored):
    """One terminal scores while another declares a conflict on the same entry, many times
    over: whichever comes second is refused with a message, never stored."""
    sanne = Actor(SANNE, "juror")
    entries = [f"TIA-{n:02d}" for n in range(1, 18)]
    scored.scoring.record_scores(Actor.secretary(), [
        ScoreData(SANNE, entry, key, None) for entry in entries for key in KEYS])
    refusals: list[str] = []
    failures: list[BaseException] = []

    def attempt(call, gate: threading.Barrier) -> None:
        gate.wait()
        try:
            call()
        except (PermissionDenied, ScoredError) as refusal:
            refusals.append(str(refusal))
        except BaseException as error:  # noqa: BLE001  (reported below)
            failures.append(error)

    for entry in entries:
        gate = threading.Barrier(2)
        score = threading.Thread(target=attempt, args=(lambda e=entry: scored.scoring.set_score(
            sanne, e, "innovation", 7, "", expected_version=2), gate))
        recuse = threading.Thread(target=attempt, args=(
            lambda e=entry: scored.scoring.declare_recusal(sanne, SANNE, e, "personal"), gate))
        score.start()
        recuse.start()
        score.join(30)
        recuse.join(30)
    assert not failures, failures
    both = []
    for entry in entries:
        value = scores_of(scored, SANNE)[(entry, "innovation")]
        if value is not None and recused(scored, SANNE, entry):
            both.append(entry)
    assert both == []
    assert len(refusals) == len(entries), "exactly one of each pair is refused"
    assert all("withdraw the recusal before scoring" in r or "cannot stand beside" in r
               for r in refusals)


# The schema ----------------------------------------------------------------------------------

def test_a_schema_2_database_gains_the_key_column_and_the_guard(scored, db_url):
    """An award from before signed sheets: the upgrade adds the column and the triggers, and
    a recusal already stored beside scores stays as it was."""
    from jury.cli import open_services

    with scored.entries.reading() as session:
        priya = repository.juror_by_name(PRIYA, session=session).id
    with scored.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for name in ("score_not_recused_insert", "score_not_recused_update",
                         "recusal_not_scored_insert", "recusal_not_scored_update"):
                conn.execute(sa.text(f"DROP TRIGGER {name}"))
        else:
            for table in ("score", "recusal"):
                for verb in ("insert", "update"):
                    conn.execute(sa.text(
                        f"DROP TRIGGER {table}_recusal_guard_{verb} ON {table}"))
        conn.execute(sa.text("ALTER TABLE award DROP COLUMN signing_key"))
        conn.execute(sa.text(
            "INSERT INTO recusal (juror_id, entry_id, reason, reason_text, created_at) "
            "VALUES (:j, 'TIA-01', 'personal', '', CURRENT_TIMESTAMP)"), {"j": priya})
        conn.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))
    scored.engine.dispose()
    upgraded = open_services(db_url)
    with upgraded.engine.connect() as conn:
        assert conn.execute(sa.text(
            "SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == str(
            models.SCHEMA_VERSION)
        assert "signing_key" in {c["name"] for c in sa.inspect(conn).get_columns("award")}
    assert recused(upgraded, PRIYA, "TIA-01")
    assert scores_of(upgraded, PRIYA)[("TIA-01", "innovation")] is not None
    with pytest.raises(sa.exc.DatabaseError, match=RECUSED_SCORE), \
            upgraded.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO recusal (juror_id, entry_id, reason, reason_text, created_at) "
            "VALUES (:j, 'TIA-02', 'personal', '', CURRENT_TIMESTAMP)"), {"j": priya})
    first = upgraded.scoresheets.scoresheet(Actor.secretary(), SANNE)
    with upgraded.engine.connect() as conn:
        key = conn.execute(sa.text("SELECT signing_key FROM award")).scalar()
    assert isinstance(key, bytes) and len(key) == 32, "made when the first sheet is written"
    again = upgraded.scoresheets.scoresheet(Actor.secretary(), SANNE)
    assert first.seal([["juror", SANNE]]) == again.seal([["juror", SANNE]]), "and kept"
    assert key.hex() not in repr(first)
    upgraded.engine.dispose()
