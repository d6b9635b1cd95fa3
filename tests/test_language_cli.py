"""The command line in one language at a time: every command a secretary or chair runs on
the demo award, and the refusals they meet, read in Dutch with `--lang nl` (decimal commas,
no English words) and in English with `--lang en` (no Dutch words)."""

from __future__ import annotations

import pytest

from jury.cli import main

from .language import decimal_points, foreign_words

READING = [
    ("status",), ("jurors", "list"), ("results",), ("results", "--aggregate", "median"),
    ("audit",), ("phase",), ("ballot", "status"),
]
REFUSALS = [
    ("phase", "bestaat-niet"),
    ("jurors", "remove", "Niemand Bekend"),
    ("results", "--aggregate", "gewogen"),
    ("import", "/nergens/lijst.csv"),
    ("scoresheet", "Niemand Bekend", "-o", "/nergens/blad.xlsx"),
    ("minutes", "--format", "pdf"),
    ("meeting",),
    ("export", "-o", "/nergens/uitslag.xlsx"),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{folder / 'demo.db'}"
    with pytest.raises(SystemExit):
        main(["demo", "--db", str(folder / "demo.db"), "--no-open"])
    return url


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out + err


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_reading_commands_speak_one_language(capsys, demo_db, command, language):
    code, said = run(capsys, "--db", demo_db, "--lang", language, *command)
    assert code == 0, said
    assert not foreign_words(said, language), (foreign_words(said, language), said)
    if language == "nl":
        assert not decimal_points(said), said


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_missing_database_is_said_in_the_chosen_language(capsys, tmp_path, language):
    code, said = run(capsys, "--db", str(tmp_path / "geen.db"), "--lang", language, "status")
    assert code == 2
    assert not foreign_words(said, language), (foreign_words(said, language), said)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("command", REFUSALS, ids=" ".join)
def test_refusals_speak_one_language(capsys, demo_db, command, language):
    code, said = run(capsys, "--db", demo_db, "--lang", language, *command)
    assert code == 2, said
    assert "Traceback" not in said
    assert not foreign_words(said, language), (foreign_words(said, language), said)


@pytest.mark.parametrize("columns", [80, 120])
def test_results_fit_the_terminal_without_squeezed_columns(capsys, monkeypatch, demo_db, columns):
    """At 80 columns the per-criterion scores move to their own table instead of squeezing
    every column of the ranking to nothing."""
    monkeypatch.setenv("COLUMNS", str(columns))
    code, said = run(capsys, "--db", demo_db, "--lang", "nl", "results")
    assert code == 0
    assert "┃┃" not in said and "╇╇" not in said
    assert all(len(line) <= columns for line in said.splitlines())
    for label in ("Vernieuwing", "Overdraagbaarheid", "Effectiviteit"):
        assert label in said
