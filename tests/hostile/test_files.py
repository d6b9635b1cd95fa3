"""Files the tool writes: private from the first byte, whole or absent, never over another."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jury.errors import JuryError
from jury.io.target import SCRATCH_PREFIX, STALE_SECONDS, clear_stale

from ..test_cli import run


@pytest.fixture
def open_umask():
    """The most permissive umask there is: a mode that depends on it would show as 0666."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.startswith((SCRATCH_PREFIX, "tmp")))


def test_the_workbook_and_the_scoresheet_are_private(capsys, open_umask, scored, db_url,
                                                     tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, "--db", db_url, "export", "-o", str(out / "uitslag.xlsx"))
    assert code == 0, err
    code, _, err = run(capsys, "--db", db_url, "scoresheet", "Sanne Bakker", "-o",
                       str(out / "sanne.xlsx"))
    assert code == 0, err
    assert mode(out / "uitslag.xlsx") == 0o600
    assert mode(out / "sanne.xlsx") == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["sanne.xlsx", "uitslag.xlsx"]


def test_the_exports_folder_is_made_private_when_missing(capsys, open_umask, scored, db_url,
                                                          tmp_path):
    assert not (tmp_path / "exports").exists()
    code, out, err = run(capsys, "--db", db_url, "export")
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == Path("exports") and written.exists()
    assert mode(tmp_path / "exports") == 0o700
    assert mode(written) == 0o600
    code, out, err = run(capsys, "--db", db_url, "scoresheet", "Priya Ramdin")
    assert code == 0, err
    assert mode(tmp_path / "exports" / "scoresheet-techniek-inclusief-award-priya-ramdin.xlsx") \
        == 0o600


def test_two_exports_in_the_same_second_both_stay(scored, secretary, tmp_path):
    from jury.io.workbook import export

    moment = datetime(2026, 11, 20, 19, 30, 5, tzinfo=UTC)
    first, second, third = (export(scored, secretary, None, folder=tmp_path / "exports",
                                   language="nl", force=False, now=moment) for _ in range(3))
    assert first.name.endswith(f"-{moment.astimezone():%Y%m%d-%H%M%S}.xlsx")
    assert second == first.with_name(first.stem + "-2.xlsx")
    assert third == first.with_name(first.stem + "-3.xlsx")
    assert len({p.stat().st_ino for p in (first, second, third)}) == 3


def test_a_named_file_is_overwritten_only_when_asked(capsys, scored, db_url, tmp_path):
    target = tmp_path / "uitslag.xlsx"
    target.write_bytes(b"the chair's own copy")
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "export", "-o", str(target))
    assert code == 2
    assert "exists already" in err and "--force" in err
    assert target.read_bytes() == b"the chair's own copy"
    code, _, err = run(capsys, "--db", db_url, "export", "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_bytes()[:2] == b"PK" and mode(target) == 0o600


def test_a_failed_export_leaves_nothing(monkeypatch, capsys, scored, db_url, tmp_path):
    import xlsxwriter

    def full_disk(self):
        with open(self.filename, "wb") as half:
            half.write(b"PK half")
        raise xlsxwriter.exceptions.FileCreateError(OSError(28, "No space left on device"))

    monkeypatch.setattr(xlsxwriter.Workbook, "close", full_disk)
    code, _, err = run(capsys, "--db", db_url, "--lang", "en", "export", "-o",
                       str(tmp_path / "uitslag.xlsx"))
    assert code == 2
    assert "no space left on device" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if p.name in ("jury.db", "jury.db-wal",
                                                          "jury.db-shm", "award"))
    assert leftovers(tmp_path) == []


KILLED_EXPORT = """
import sys, time
import xlsxwriter

def stuck(self):
    # Half the workbook is on disk when the process is killed.
    with open(self.filename, "wb") as half:
        half.write(b"PK half")
    print("writing", flush=True)
    time.sleep(600)

xlsxwriter.Workbook.close = stuck
from jury.cli import main
main(sys.argv[1:])
"""


def test_a_killed_export_is_cleared_by_the_next(scored, db_url, tmp_path):
    """SIGKILL runs no clean-up: the next export into the folder removes what it left."""
    out = tmp_path / "out"
    out.mkdir()
    killed = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, "--db", db_url, "export", "-o",
         str(out / "eerste.xlsx")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert killed.stdout is not None
        line = killed.stdout.readline()
        assert line == b"writing\n", killed.stderr.read() if killed.stderr else line
        left = leftovers(out)
        assert left and all(p.stat().st_mode & 0o077 == 0 for p in left)
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    assert leftovers(out), "the kill left its scratch folder"
    assert not (out / "eerste.xlsx").exists()
    done = subprocess.run([sys.executable, "-m", "jury", "--db", db_url, "export", "-o",
                           str(out / "tweede.xlsx")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["tweede.xlsx"]


def test_stale_scratch_from_another_machine_goes_only_when_old(tmp_path):
    """A shared folder: another machine's process cannot be checked, so only its age counts."""
    other = tmp_path / f"{SCRATCH_PREFIX}elsewhere-12345-abcd1234"
    other.mkdir()
    (other / "uitslag.xlsx").write_bytes(b"PK")
    assert clear_stale(tmp_path) == []
    assert clear_stale(tmp_path, now=time.time() + STALE_SECONDS + 1) == [other]
    assert not other.exists()


def test_an_export_into_a_missing_folder_says_so(scored, secretary, tmp_path):
    from jury.io.workbook import export

    with pytest.raises(JuryError, match="no such folder"):
        export(scored, secretary, tmp_path / "nergens" / "w.xlsx", folder=tmp_path,
               language="nl", force=False, now=datetime.now(UTC))
