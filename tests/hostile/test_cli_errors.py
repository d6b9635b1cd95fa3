"""Every failure a user can cause ends in a message, exit code 2, and no traceback.

Each case runs the real command line (`jury.cli.main`, in this process or in a subprocess)
against real files, real SQLite databases and, where configured, a real PostgreSQL server.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import PG_URL, SAMPLE
from ..test_cli import run

SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b|\[SQL|\[parameters|sqlalche\.me")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.example")


def refused(capsys, *args: str, says: str | tuple[str, ...]) -> str:
    """Run `jury ARGS`: it must stop with exit code 2 and a message that says `says`, with no
    traceback, no SQL and no e-mail address from the data on either stream."""
    code, out, err = run(capsys, "--lang", "en", *args)
    assert code == 2, (out, err)
    for part in (says,) if isinstance(says, str) else says:
        assert part in " ".join(err.replace("│", " ").split()), err
    for stream in (out, err):
        assert "Traceback" not in stream
        assert not SQL.search(stream), stream
        assert not EMAIL.search(stream), stream
    return err


@pytest.fixture
def sample_db(capsys, tmp_path, award_folder) -> Path:
    path = tmp_path / "jury.db"
    code, out, err = run(capsys, "--db", str(path), "init", str(award_folder))
    assert code == 0, err
    return path


def award_only(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "award.toml").write_bytes((SAMPLE / "award.toml").read_bytes())
    return folder


# Files ----------------------------------------------------------------------------------------
# Tests run as root, for whom chmod 000 changes nothing: these files are unreadable in ways
# root meets too (a read that the kernel answers with EIO, a pipe nobody writes, a folder).

def test_init_with_an_entries_file_that_cannot_be_read(capsys, tmp_path):
    folder = award_only(tmp_path, "award")
    (folder / "entries.csv").symlink_to("/proc/self/mem")  # open works, read is EIO
    refused(capsys, "--db", str(tmp_path / "a.db"), "init", str(folder),
            says=("entries.csv: cannot be read", "Input/output error"))


def test_init_with_an_award_toml_that_cannot_be_read(capsys, tmp_path):
    folder = tmp_path / "award"
    folder.mkdir()
    (folder / "award.toml").symlink_to("/proc/self/mem")
    refused(capsys, "--db", str(tmp_path / "a.db"), "init", str(folder),
            says=("award.toml: cannot be read", "Input/output error"))


def test_init_with_an_award_toml_that_is_a_pipe_does_not_hang(capsys, tmp_path):
    folder = tmp_path / "award"
    folder.mkdir()
    os.mkfifo(folder / "award.toml")
    refused(capsys, "--db", str(tmp_path / "a.db"), "init", str(folder),
            says="award.toml: not a regular file")


def test_init_of_a_file_instead_of_a_folder(capsys, tmp_path):
    (tmp_path / "award.toml").write_text("")
    refused(capsys, "--db", str(tmp_path / "a.db"), "init", str(tmp_path / "award.toml"),
            says="not a folder")


def test_export_into_proc(capsys, sample_db):
    refused(capsys, "--db", str(sample_db), "export", "-o", "/proc/x.xlsx",
            says="Cannot write in /proc")


def test_export_into_a_missing_folder(capsys, sample_db, tmp_path):
    refused(capsys, "--db", str(sample_db), "export", "-o", str(tmp_path / "nergens" / "x.xlsx"),
            says=("nergens: no such folder", "-o"))


def test_export_onto_a_folder(capsys, sample_db, tmp_path):
    (tmp_path / "map.xlsx").mkdir()
    refused(capsys, "--db", str(sample_db), "export", "-o", str(tmp_path / "map.xlsx"),
            says="is a folder")


# Databases ------------------------------------------------------------------------------------

def test_a_text_file_as_the_database(capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("boodschappen: melk, brood\n" * 20)
    refused(capsys, "--db", str(tmp_path / "notes.txt"), "status",
            says="is not a jury database, or it is damaged")


def test_a_folder_as_the_database(capsys, tmp_path):
    (tmp_path / "map").mkdir()
    refused(capsys, "--db", str(tmp_path / "map"), "status",
            says=("cannot open or read the database file", "not a folder"))


def test_a_corrupt_sqlite_file(capsys, sample_db, tmp_path):
    broken = tmp_path / "broken.db"
    with sqlite3.connect(sample_db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(sample_db.read_bytes())
    data[100:4096 * 3] = os.urandom(4096 * 3 - 100)  # the header survives, the pages do not
    broken.write_bytes(data)
    refused(capsys, "--db", str(broken), "status",
            says="is not a jury database, or it is damaged")


def test_a_database_url_of_an_unknown_kind(capsys):
    refused(capsys, "--db", "oracle://jury@server/award", "status",
            says="databases are not supported: use SQLite or PostgreSQL")
    refused(capsys, "--db", "://", "status", says="is not a database path or URL")


def set_schema_version(path: Path, value: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))


def test_a_schema_version_that_is_not_a_number(capsys, sample_db):
    set_schema_version(sample_db, "abc")
    refused(capsys, "--db", str(sample_db), "status",
            says=("schema version is 'abc'", "damaged"))


def test_a_database_of_a_newer_jury(capsys, sample_db):
    set_schema_version(sample_db, "99")
    refused(capsys, "--db", str(sample_db), "status",
            says=("written by a newer jury (schema 99", "Upgrade jury"))


def test_a_read_only_database(capsys, sample_db):
    """As root no file mode stops a write; SQLite's read-only mode does, as a read-only
    disk or a file of another user would."""
    url = f"sqlite:///file:{sample_db}?mode=ro&uri=true"
    code, out, err = run(capsys, "--db", url, "status")
    assert code == 0, err  # reading is fine
    refused(capsys, "--db", url, "jurors", "add", "Jan de Vries", "--pin", "482913",
            says=("is read-only", "jury cannot save changes"))


def test_a_full_disk_during_import_shows_no_sql_and_no_addresses(capsys, tmp_path,
                                                                  monkeypatch):
    """SQLite's max_page_count is a real limit: past it, SQLite reports a full database,
    exactly as on a full disk."""
    import sqlalchemy as sa
    from sqlalchemy.engine import Engine

    folder = award_only(tmp_path, "award")
    database = tmp_path / "vol.db"
    code, _, err = run(capsys, "--db", str(database), "init", str(folder))
    assert code == 0, err

    def full(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    sa.event.listen(Engine, "connect", full)
    try:
        refused(capsys, "--db", str(database), "import", str(SAMPLE / "entries.csv"),
                says=("the database is full, or the disk has no space left",
                      "Nothing of this change was saved"))
    finally:
        sa.event.remove(Engine, "connect", full)
    code, out, _ = run(capsys, "--db", str(database), "status", "--json")
    assert code == 0 and '"entries": 0' in out


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set JURY_TEST_PG_URL")
def test_postgresql_where_nothing_listens(capsys):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = refused(capsys, "--db", f"postgresql://jury:geheim@127.0.0.1:{port}/jury", "status",
                  says=("cannot connect to the database server", "Connection refused",
                        "that the server is running"))
    assert "geheim" not in err


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set JURY_TEST_PG_URL")
def test_postgresql_with_a_wrong_database_name(capsys):
    import sqlalchemy as sa

    url = sa.make_url(PG_URL).set(database="jury_bestaat_niet")  # type: ignore[arg-type]
    err = refused(capsys, "--db", url.render_as_string(hide_password=False), "status",
                  says=('database "jury_bestaat_niet" does not exist', "database name"))
    if url.password:
        assert str(url.password) not in err


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_opening_a_locked_database_waits_and_tries_again(capsys, sample_db, monkeypatch):
    """Another process holds the write lock longer than the busy timeout: opening retries
    like every write, and succeeds once the lock is gone."""
    import jury.db

    monkeypatch.setattr(jury.db, "BUSY_TIMEOUT_MS", 200)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(sample_db), "1.0"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        started = time.monotonic()
        code, out, err = run(capsys, "--db", str(sample_db), "--lang", "en", "status")
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert code == 0, err
    assert "Techniek Inclusief Award" in out
    assert waited > 0.5, "it waited for the lock instead of failing at once"


def test_a_lock_held_past_every_try_is_a_message(capsys, sample_db, monkeypatch):
    import jury.db

    monkeypatch.setattr(jury.db, "BUSY_TIMEOUT_MS", 50)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(sample_db), "30"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        refused(capsys, "--db", str(sample_db), "status",
                says=("another program held the database for too long", "Try again"))
    finally:
        holder.kill()
        holder.wait()


# Ctrl-C ---------------------------------------------------------------------------------------

def test_ctrl_c_at_a_prompt_ends_with_one_line_and_130(sample_db):
    """A real SIGINT while `jury jurors add` waits for the PIN on a terminal."""
    import pty
    import signal

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "jury", "--db", str(sample_db), "jurors", "add", "Jan de Vries"],
        stdin=follower, stdout=follower, stderr=subprocess.PIPE, start_new_session=True,
        # A suite started in the background inherits SIGINT ignored (POSIX), and Python keeps
        # an inherited SIG_IGN: give the child the terminal's default, as a shell would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    os.close(follower)
    try:
        seen = b""
        deadline = time.monotonic() + 60
        while b"PIN" not in seen and b"pincode" not in seen.lower():
            assert time.monotonic() < deadline, seen
            seen += os.read(leader, 1024)
        process.send_signal(signal.SIGINT)
        # Generous: on a machine running two suites at once the exit itself can take long.
        try:
            code = process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError(f"no exit after Ctrl-C; it printed {seen!r} and "
                                 f"{process.stderr.read().decode()!r}") from None
        assert code == 130
        assert process.stderr is not None
        err = process.stderr.read().decode()
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    assert "Traceback" not in err
    # The award speaks Dutch, so the line does too.
    assert [line for line in err.splitlines() if line.strip()] == [
        "jury: gestopt met Ctrl-C; een wijziging die nog bezig was, is niet opgeslagen."]


def test_ctrl_c_during_a_command(capsys, sample_db, monkeypatch):
    from jury.services.status import StatusService

    def interrupted(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(StatusService, "report", interrupted)
    code, out, err = run(capsys, "--lang", "en", "--db", str(sample_db), "status")
    assert code == 130
    assert err.strip() == "jury: stopped by Ctrl-C; a change still under way was not saved."
    code, out, err = run(capsys, "--lang", "nl", "--db", str(sample_db), "status")
    assert code == 130
    assert err.strip() == ("jury: gestopt met Ctrl-C; een wijziging die nog bezig was, is niet "
                           "opgeslagen.")


def test_a_bug_still_shows_its_traceback(capsys, sample_db, monkeypatch):
    """Only the failures a user causes are turned into messages (STYLE.md)."""
    from jury.services.status import StatusService

    def broken(self):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(StatusService, "report", broken)
    with pytest.raises(ZeroDivisionError):
        run(capsys, "--db", str(sample_db), "status")


def test_a_wrong_option_is_a_usage_error(capsys, sample_db):
    code, _, err = run(capsys, "--db", str(sample_db), "status", "--bogus")
    assert code == 2
    assert "No such option: --bogus" in err and "Traceback" not in err
