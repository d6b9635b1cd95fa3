"""The command line as a secretary uses it: real files, a real database, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jury.cli import main

from .conftest import SAMPLE


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    return done.value.code or 0, out, err


def test_init_then_status(capsys, db_url, award_folder):
    code, out, _ = run(capsys, "--db", db_url, "init", str(award_folder))
    assert code == 0
    assert "Prijs aangemaakt: Techniek Inclusief Award 2026." in out
    assert "17 inzendingen: 17 nieuw, 0 bijgewerkt, 0 ongewijzigd" in out
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "status", "--json")
    status = json.loads(out)
    assert status["award"] == {"name": "Techniek Inclusief Award", "edition": "2026",
                               "phase": "scoring"}
    assert status["entries"] == 17
    assert [(c["key"], c["label"]) for c in status["categories"]] == [("mkb", "SME"),
                                                                      ("groot", "Large")]
    assert status["jurors"] == []


def test_init_twice_changes_nothing(capsys, initialised, award_folder):
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "init", str(award_folder))
    assert code == 0
    assert "Settings unchanged" in out
    assert "17 entries: 0 new, 0 updated, 17 unchanged" in out


def test_a_bad_row_exits_2_names_the_place_and_writes_nothing(capsys, initialised, tmp_path):
    bad = tmp_path / "extra.csv"
    bad.write_text("id;titel;organisatie;categorie\nX1;Goed;Bedrijf;mkb\nX2;Fout;;groot\n",
                   encoding="cp1252")
    code, out, err = run(capsys, "--db", initialised, "import", str(bad))
    assert code == 2
    assert "extra.csv, rij 3, kolom 'organisatie': leeg." in err
    assert "Niets geïmporteerd" in err
    code, out, err = run(capsys, "--db", initialised, "--lang", "en", "import", str(bad))
    assert code == 2
    assert "extra.csv, row 3, column 'organisatie': empty." in err
    assert "Nothing was imported" in err
    _, out, _ = run(capsys, "--db", initialised, "status", "--json")
    assert json.loads(out)["entries"] == 17


def test_import_reports_missing_and_withdraws_on_request(capsys, initialised, tmp_path):
    lines = (SAMPLE / "entries.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(lines))))
    smaller = tmp_path / "entries.csv"
    with smaller.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([r for r in rows if r[0] != "TIA-17"])
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "import", str(smaller))
    assert code == 0
    assert "1 entry in the database are not in these files: TIA-17" in out.replace("\n", " ")
    code, out, _ = run(capsys, "--db", initialised, "--lang", "en", "import", str(smaller),
                       "--withdraw-missing")
    assert "1 entry withdrawn (kept with their scores): TIA-17." in out.replace("\n", " ")
    _, out, _ = run(capsys, "--db", initialised, "status", "--json")
    assert json.loads(out)["entries"] == 16


def test_jurors_commands(capsys, initialised):
    code, out, _ = run(capsys, "--db", initialised, "jurors", "add", "Marieke Hoekstra",
                       "--chair", "--pin", "4321")
    assert (code, out.strip()) == (0, "Voorzitter toegevoegd: Marieke Hoekstra.")
    run(capsys, "--db", initialised, "jurors", "add", "Sanne Bakker", "--pin", "1234")
    code, out, _ = run(capsys, "--db", initialised, "jurors", "list")
    assert out.splitlines() == ["Marieke Hoekstra  ·  Voorzitter", "Sanne Bakker  ·  Jurylid"]
    code, _, err = run(capsys, "--db", initialised, "jurors", "add", "Sanne Bakker",
                       "--pin", "1234")
    assert code == 2 and "Er is al een jurylid met de naam" in err
    code, _, err = run(capsys, "--db", initialised, "jurors", "add", "Piet")
    assert code == 2 and "geef --pin" in err
    code, out, _ = run(capsys, "--db", initialised, "jurors", "pin", "Sanne Bakker",
                       "--pin", "5678")
    assert "Nieuwe pincode ingesteld voor Sanne Bakker." in out
    code, out, _ = run(capsys, "--db", initialised, "jurors", "remove", "Sanne Bakker")
    assert code == 0 and "Verwijderd: Sanne Bakker (0 scores" in out
    _, out, _ = run(capsys, "--db", initialised, "status", "--json")
    assert [j["name"] for j in json.loads(out)["jurors"]] == ["Marieke Hoekstra"]


def test_a_pin_typed_twice_is_asked_in_the_jurys_language(capsys, initialised, monkeypatch):
    import typer

    answers = ["1111", "2222", "3333", "3333"]
    asked: list[str] = []

    def prompt(text, hide_input=False, **_):
        assert hide_input
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(typer, "prompt", prompt)
    code, out, err = run(capsys, "--db", initialised, "jurors", "add", "Sanne Bakker")
    assert code == 0, err
    assert asked == ["Pincode voor Sanne Bakker", "Nog een keer, ter controle"] * 2
    assert "De twee pincodes verschillen" in err
    answers[:] = ["1", "2", "3", "4", "5", "6"]
    code, out, err = run(capsys, "--db", initialised, "jurors", "pin", "Sanne Bakker")
    assert code != 0 and "Drie keer verschillende pincodes" in err and not answers


def test_status_table_in_both_languages(capsys, initialised):
    run(capsys, "--db", initialised, "jurors", "add", "Sanne Bakker", "--pin", "1234")
    _, out, _ = run(capsys, "--db", initialised, "status")
    assert "Fase: beoordelen" in out and "Sanne Bakker" in out and "Te doen" in out
    _, out, _ = run(capsys, "--db", initialised, "--lang", "en", "status")
    assert "Phase: scoring" in out and "To do" in out


def test_errors_for_missing_things(capsys, tmp_path):
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "nope.db"), "status")
    assert code == 2 and "nope.db: no such database" in err
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "x.db"), "init",
                       str(tmp_path / "geen"))
    assert code == 2 and "not a folder" in err
    sample = str(SAMPLE / "entries.csv")
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "x.db"), "import", sample)
    assert code == 2 and "holds no award yet" in err
    code, _, err = run(capsys, "--lang", "en", "--db", "mysql://x/y", "status")
    assert code == 2 and "'mysql' databases are not supported" in err
    code, _, err = run(capsys, "--lang", "fr", "status")
    assert code == 2 and "use nl or en" in err


def test_demo_builds_once_and_reuses(capsys, tmp_path):
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "Demo-prijs gebouwd" in out
    pins = [line.split()[-1] for line in out.splitlines()[1:]]
    assert len(pins) == 6 and all(p.isdigit() for p in pins)
    _, out, _ = run(capsys, "--db", db, "status", "--json")
    status = json.loads(out)
    jurors = {j["name"]: j for j in status["jurors"]}
    assert len(jurors) == 6 and sum(j["role"] == "chair" for j in jurors.values()) == 1
    assert sum(j["recused"] for j in jurors.values()) == 1
    assert sum(not j["submitted"] and j["role"] == "juror" for j in jurors.values()) == 1
    assert any(j["todo"] > 0 for j in jurors.values() if j["role"] == "juror")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "hergebruikt" in out
    _, again, _ = run(capsys, "--db", db, "status", "--json")
    assert json.loads(again) == status


def test_python_dash_m_and_the_console_script(tmp_path):
    result = subprocess.run([sys.executable, "-m", "jury", "--version"], capture_output=True,
                            text=True, check=True)
    assert result.stdout.startswith("jury ")
    console_script = str(Path(sys.executable).with_name("jury"))
    script = subprocess.run([console_script, "--lang", "en", "--db", str(tmp_path / "none.db"),
                             "status"],
                            capture_output=True, text=True, env=None)
    assert script.returncode == 2 and "no such database" in script.stderr


def test_demo_does_not_open_the_app_without_a_terminal(capsys, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("jury.cli.setup.run_app", lambda *a, **k: opened.append(a))
    code, _, _ = run(capsys, "demo", "--db", str(tmp_path / "demo.db"))
    assert code == 0 and opened == []


def test_jury_without_a_command_opens_the_app_on_the_database(capsys, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("jury.cli.run_app", lambda c: opened.append(c.settings.database))
    db = str(tmp_path / "jury.db")
    run(capsys, "--db", db, "init", str(SAMPLE))
    code, _, _ = run(capsys, "--db", db)
    assert code == 0 and opened == [db]


def test_results_in_dutch_write_every_figure_with_a_decimal_comma(capsys, tmp_path):
    import re

    from .tui.scenes import demo

    demo(tmp_path).engine.dispose()
    code, out, _ = run(capsys, "--db", str(tmp_path / "demo.db"), "results")
    assert code == 0 and "Betrouwbaarheid" in out
    assert re.findall(r"\d\.\d", out) == []
    assert re.search(r"\d,\d\d", out) and "-0,00" not in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "demo.db"), "--lang", "en", "results")
    assert re.findall(r"\d,\d", out) == []
