"""The real `jury` command in a real terminal (tmux): type a score, quit, find it stored."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import sample_award
from .conftest import stored_scores

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed (apt-get install tmux)")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def alive(session: str) -> bool:
    return subprocess.run(["tmux", "has-session", "-t", session],
                          capture_output=True).returncode == 0


def wait_for_text(session: str, text: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the terminal showed:\n{screen}")


@pytest.mark.parametrize(("columns", "lines"), [(80, 24), (120, 36)], ids=["80x24", "120x36"])
def test_type_a_score_in_the_real_app_and_find_it_in_the_database(tmp_path, columns, lines):
    db = tmp_path / "jury.db"
    services = sample_award(f"sqlite:///{db}", "Sanne Bakker")
    jury = str(Path(sys.executable).with_name("jury"))
    session = f"jury-test-{os.getpid()}-{columns}"
    env = f"TERM=xterm-256color COLUMNS={columns} LINES={lines} {jury} --db {db}"
    tmux("new-session", "-d", "-s", session, "-x", str(columns), "-y", str(lines), env)
    try:
        wait_for_text(session, "Aanmelden")
        time.sleep(0.5)
        tmux("send-keys", "-t", session, "Enter")
        wait_for_text(session, "Sanne Bakker")
        tmux("send-keys", "-t", session, "Down", "Enter")
        time.sleep(0.3)
        # Name, then Tab to the PIN, as a juror would; an empty Enter first is no attempt.
        tmux("send-keys", "-t", session, "Tab", "Enter")
        wait_for_text(session, "Typ je pincode")
        tmux("send-keys", "-t", session, "2468", "Enter")
        screen = wait_for_text(session, "van 17 afgerond")
        assert "Sanne Bakker" in screen.splitlines()[0], "the juror's name is in the header"
        wait_for_text(session, "F1 Hulp")
        tmux("send-keys", "-t", session, "F9")
        wait_for_text(session, "nog geen score")
        time.sleep(0.3)
        # A key that is not a score leaves the score alone; then "8" is saved, and the mark
        # says so beside the value, on the line the juror is looking at.
        # Sent in one burst, as fast typing arrives: ↓ ↑ must end on the score again.
        tmux("send-keys", "-t", session, "Down", "Up", "Down", "Up", "F3", "F3")
        time.sleep(0.5)
        tmux("send-keys", "-t", session, "8")
        screen = wait_for_text(session, "opgeslagen")
        line = next(row for row in screen.splitlines() if "opgeslagen" in row)
        assert "8" in line and "nog geen score" not in line
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 10
        while alive(session) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not alive(session), "jury did not quit on Ctrl+Q"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    values = [value for value, _ in stored_scores(services).values()]
    assert values == [8.0]
