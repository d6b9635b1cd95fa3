"""A real 'jury serve' on a free loopback port, and what its session processes are doing."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from ..conftest import sample_award

JUROR = "Sanne Bakker"
PIN = "2468"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def award_database(folder: Path) -> Path:
    """The sample edition with one juror, so the sign-in list has one name."""
    path = folder / "jury.db"
    sample_award(f"sqlite:///{path}", JUROR, pin=PIN).engine.dispose()
    return path


class Served:
    """`jury --db DB serve --port P` in its own process group, stopped (and checked) at exit."""

    def __init__(self, database: Path, language: str = "nl") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jury", "--db", str(database), "--lang", language, "serve",
             "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url, timeout=1) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("jury serve did not start: "
                                         + self.process.stdout.read().decode()) from None
                time.sleep(0.1)

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws?width=110&height=32"

    def sessions(self) -> list[int]:
        """The app processes the server started (its children, still running)."""
        return [pid for pid in children(self.process.pid) if running(pid)]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (a zombie has ended; only its exit status waits for a reaper)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_until_ended(pids: list[int], seconds: float = 15.0) -> list[int]:
    """The pids still running after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if running(pid)]
        if not alive:
            return []
        time.sleep(0.1)
    return [pid for pid in pids if running(pid)]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
