"""The command line speaks the award's language, or the one asked for with --lang: its
refusals (the panel's title and text), the database's failures and the file system's reasons
read in Dutch or in English, never in a mix."""

from __future__ import annotations

import errno
import re
import sqlite3
import string

import pytest

from jury.i18n import STRINGS, Strings
from jury.i18n import cli as cli_strings

from .test_cli import run

ENGLISH = re.compile(r"\b(the|not|no such|does|Check|Choose|folder|Create|or|with)\b")
DUTCH = re.compile(r"\b(de|het|geen|niet|een|bestaat|Controleer|Kies|map|Maak|noem)\b")


def said(err: str) -> tuple[str, str]:
    """The panel's title and its text on one line, without the frame."""
    lines = err.strip().splitlines()
    title = lines[0].strip("╭─╮ ")
    text = " ".join(" ".join(line.strip("│ ") for line in lines[1:-1]).split())
    return title, text


def refusals(tmp_path) -> list[tuple[list[str], str, str, str, str]]:
    """(arguments, Dutch title, a Dutch phrase, English title, an English phrase)."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is no database at all" * 100)
    return [
        (["--db", str(tmp_path / "nope.db"), "status"],
         "Database", "nope.db: deze database bestaat niet",
         "Database", "nope.db: no such database"),
        (["--db", str(junk), "status"],
         "Database", "is geen jurydatabase, of hij is beschadigd",
         "Database", "is not a jury database, or it is damaged"),
        (["--db", str(tmp_path / "x.db"), "init", str(tmp_path / "elders")],
         "Prijsmap", "elders: dit is geen map",
         "Award folder", "elders: not a folder"),
        (["--db", "mysql://x/y", "status"],
         "Database", "'mysql'-databases worden niet ondersteund",
         "Database", "'mysql' databases are not supported"),
    ]


@pytest.mark.parametrize("case", range(4))
def test_a_refusal_in_dutch_has_no_english_words(capsys, tmp_path, case):
    arguments, title, phrase, _, _ = refusals(tmp_path)[case]
    code, _, err = run(capsys, "--lang", "nl", *arguments)
    assert code == 2
    heading, text = said(err)
    assert heading == title
    assert phrase in text
    assert not ENGLISH.search(text.replace("--db", "").replace(str(tmp_path), "")), text
    assert "Traceback" not in err


@pytest.mark.parametrize("case", range(4))
def test_a_refusal_in_english_has_no_dutch_words(capsys, tmp_path, case):
    arguments, _, _, title, phrase = refusals(tmp_path)[case]
    code, _, err = run(capsys, "--lang", "en", *arguments)
    assert code == 2
    heading, text = said(err)
    assert heading == title
    assert phrase in text
    assert not DUTCH.search(text.replace(str(tmp_path), "")), text


def test_jury_lang_in_the_environment_chooses_too(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("JURY_LANG", "en")
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "init", "elders")
    assert code == 2 and said(err) == ("Award folder", "elders: not a folder. Name the award "
                                                       "folder that holds award.toml.")


def test_the_help_says_how_to_choose_the_language(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "--lang nl|en" in out and "JURY_LANG" in out
    assert "Taal" in out and "Language" in out


def test_a_file_that_cannot_be_opened_says_why_in_the_readers_language():
    from jury.cli import known_failure
    from jury.cli.common import SPOKEN

    error = FileNotFoundError(errno.ENOENT, "No such file or directory", "scores.csv")
    problem = known_failure(error, "jury.db")
    assert problem is not None
    assert problem.heading(Strings("nl")) == "Bestand"
    assert problem.text(Strings("nl")).startswith("scores.csv: bestand of map bestaat niet. "
                                                  "Controleer of het pad klopt")
    assert problem.heading(Strings("en")) == "File"
    assert str(problem).startswith("scores.csv: no such file or directory. Check that")
    memory = known_failure(MemoryError(), "jury.db")
    assert memory is not None and memory.heading(Strings("nl")) == "Geheugen"
    assert SPOKEN  # the language the panel is shown in is the run's


def test_a_database_failure_in_both_languages():
    from sqlalchemy.exc import OperationalError

    from jury.db_errors import storage_problem

    cases = {
        "database or disk is full": ("de database is vol", "the database is full"),
        "attempt to write a readonly database": ("is alleen-lezen", "is read-only"),
        "file is not a database": ("geen jurydatabase", "not a jury database"),
        "database is locked": ("hield de database te lang vast", "held the database for too"),
        "unable to open database file": ("kan het databasebestand niet openen",
                                         "unable to open database file"),
    }
    for message, (dutch, english) in cases.items():
        error = OperationalError("SELECT 1", {}, sqlite3.OperationalError(message))
        problem = storage_problem(error, "the database")
        assert problem is not None, message
        nl, en = problem.text(Strings("nl")), problem.text(Strings("en"))
        assert dutch in nl and english in en, (nl, en)
        assert nl.startswith("de database") and en.startswith("the database")
        assert not ENGLISH.search(nl), nl
        assert problem.heading(Strings("nl")) == "Database"


def test_a_newer_database_and_an_unknown_kind_in_dutch():
    from jury.errors import StorageError

    newer = StorageError("db.newer", where="jury.db", found=9, known=8)
    assert newer.text(Strings("nl")) == ("jury.db is geschreven door een nieuwere jury "
                                         "(schema 9; deze kent 8). Werk jury bij voordat je "
                                         "hem opent.")
    assert str(newer) == ("jury.db was written by a newer jury (schema 9; this one knows 8). "
                          "Upgrade jury before opening it.")


def test_writing_a_file_takes_a_title_key_or_an_english_title(tmp_path):
    from jury.errors import JuryError
    from jury.io.target import check_target

    for title, dutch in (("Minutes", "Notulen"), ("error.title.minutes", "Notulen"),
                         ("Export", "Exporteren"), ("error.title.report", "Juryrapport")):
        with pytest.raises(JuryError) as refused:
            check_target(tmp_path / "nope" / "x.md", force=False, title=title, suffix=".md")
        assert refused.value.heading(Strings("nl")) == dutch
        text = refused.value.text(Strings("nl"))
        assert text.endswith("deze map bestaat niet. Maak hem eerst, of kies een andere plek "
                             "met -o."), text
        assert str(refused.value).endswith("no such folder. Create it first, or choose "
                                           "another place with -o.")
    with pytest.raises(JuryError) as refused:
        check_target(tmp_path / "x.txt", force=False, title="Export")
    assert refused.value.text(Strings("nl")) == (f"{tmp_path / 'x.txt'}: de werkmap heeft een "
                                                 "naam nodig die eindigt op .xlsx.")


def test_an_os_reason_is_said_in_both_languages():
    from jury.io.target import reason

    for number, english in ((errno.ENOSPC, "no space left on device"),
                            (errno.EACCES, "permission denied"),
                            (errno.EROFS, "read-only file system")):
        why = reason(OSError(number, "whatever the system says"))
        assert Strings("en").value(why) == english
        assert not ENGLISH.search(Strings("nl").value(why))
    assert reason(OSError(errno.ENOTSUP, "Operation not supported")) == "operation not supported"


def test_the_command_lines_sentences_have_the_same_places_in_both_languages():
    fields = string.Formatter()
    for key in cli_strings.STRINGS:
        nl, en = STRINGS[key]
        if isinstance(nl, tuple):
            continue
        assert nl and en, key
        assert ({name for _, name, _, _ in fields.parse(nl) if name}
                == {name for _, name, _, _ in fields.parse(en) if name}), key
