"""The meeting: from the chair's move to each following juror's screen showing the new item,
and what idle followers cost.

Eight jurors' apps run headless in their own processes (tests/meeting/follower.py: signed in,
on the meeting screen, reporting each change of what their screen shows); the chair moves
through the agenda and each move's latency to every screen is recorded. On SQLite and, when
JURY_TEST_PG_URL is set, on PostgreSQL. Then the same eight sit idle for a minute and their
CPU time is read from /proc. Beside it, the follow mechanisms alone (no app): SQLite's
PRAGMA data_version and PostgreSQL's LISTEN/NOTIFY against reading the version row every
0.1 s, latency and CPU per idle watcher per minute: what the choice rests on.
Targets: median and worst latency ≤ 1 s on each database.
Run: python tests/bench/bench_meeting.py [--tiny]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.meeting.scene import CHAIR  # noqa: E402

PIN = "2468"
NAMES = ["Sanne Bakker", "Youssef El Amrani", "Priya Ramdin", "Daan Visser", "Fatma Yilmaz",
         "Lotte de Groot", "Kwame Mensah", "Iris van Dijk"]


def prepare(url: str, jurors: list[str]) -> list[str]:
    """The sample award in deliberation with `jurors` and a chair; the meeting open on every
    entry. Returns the agenda's entry ids."""
    from jury.models import ScoreData
    from jury.services import Actor
    from tests.conftest import sample_award

    services = sample_award(url)
    secretary = Actor.secretary()
    for name in jurors:
        services.jurors.add(secretary, name, PIN)
    services.jurors.add(secretary, CHAIR.name, "1357", chair=True)
    entries = [e.id for e in services.entries.list()]
    rows = [ScoreData(name, entry, key, float(5 + (n + k) % 5))
            for n, entry in enumerate(entries) for k, name in enumerate(jurors)
            for key in ("innovation", "transferability", "effectiveness")]
    services.scoring.record_scores(secretary, rows)
    services.deliberation.change_phase(secretary, "deliberation", confirm_unsubmitted=True)
    services.meeting.open(CHAIR, [f"entry:{e}" for e in entries])
    services.engine.dispose()
    return entries


class Follower:
    def __init__(self, url: str, name: str) -> None:
        self.log = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.meeting.follower", url, name, PIN], cwd=REPO,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        self.states: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.states.put(json.loads(line))

    def wait(self, condition, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            try:
                state = self.states.get(timeout=max(0.01, min(1.0, deadline - time.monotonic())))
            except queue.Empty:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.log.seek(0)
                    raise RuntimeError(f"a follower stopped or stalled:\n"
                                       f"{self.log.read()[-3000:]}") from None
                continue
            if condition(state):
                return state

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            self.process.wait(timeout=20)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.process.kill()


def follow_latency(url: str, followers: int, moves: int, idle: float) -> dict[str, float]:
    """Latency from the chair's committed move to each screen showing it; idle CPU."""
    from jury.cli import open_services

    prepare(url, NAMES[:followers])
    running = [Follower(url, name) for name in NAMES[:followers]]
    try:
        for f in running:
            f.wait(lambda s: s.get("screen") == "FollowScreen", timeout=400)
        chair = open_services(url, create=False)
        time.sleep(1.0)  # every screen settled on 'waiting for the first item'
        latencies: list[float] = []
        for position in range(moves):
            start = time.time()
            chair.meeting.move(CHAIR, position)
            for f in running:
                seen = f.wait(lambda s, p=position: s.get("position") == p, timeout=30)
                latencies.append(seen["at"] - start)
            time.sleep(0.3)
        before = [f.cpu_seconds() for f in running]
        time.sleep(idle)
        cpu = sum(f.cpu_seconds() - b for f, b in zip(running, before, strict=True))
        chair.engine.dispose()
    finally:
        for f in running:
            f.stop()
    return {"median": statistics.median(latencies), "worst": max(latencies),
            "cpu_per_minute": cpu * 60 / idle, "samples": len(latencies)}


def watch_only(url: str, mode: str, watchers: int, moves: int, idle: float) -> dict[str, float]:
    """The mechanism alone: `watchers` MeetingWatch threads in this process."""
    import resource

    from jury.cli import open_services
    from jury.services.follow import MeetingWatch

    services = open_services(url, create=False)
    seen: queue.Queue[tuple[int, float]] = queue.Queue()
    stop = threading.Event()

    def run() -> None:
        watch = MeetingWatch(services.engine, mode=mode)
        while not stop.is_set():
            found = watch.changed(0.5)
            if found is not None:
                seen.put((found[1], time.time()))
        watch.close()

    threads = [threading.Thread(target=run, daemon=True) for _ in range(watchers)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    latencies = []
    for position in range(moves):
        start = time.time()
        services.meeting.move(CHAIR, position % 3)
        for _ in range(watchers):
            _, at = seen.get(timeout=10)
            latencies.append(at - start)
        time.sleep(0.2)
    before = resource.getrusage(resource.RUSAGE_SELF)
    time.sleep(idle)
    after = resource.getrusage(resource.RUSAGE_SELF)
    stop.set()
    for t in threads:
        t.join(timeout=5)
    services.engine.dispose()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"median": statistics.median(latencies), "worst": max(latencies),
            "cpu_per_minute": cpu * 60 / idle}


def pg_database() -> tuple[str, object] | None:
    url = os.environ.get("JURY_TEST_PG_URL")
    if not url:
        return None
    import sqlalchemy as sa

    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"jury_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False), \
        (admin, name)


def drop(handle: object) -> None:
    admin, name = handle  # type: ignore[misc]
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="2 followers, 3 moves: for CI")
    args = parser.parse_args()
    followers, moves, idle = (2, 3, 3.0) if args.tiny else (8, 10, 60.0)
    watch_idle = 2.0 if args.tiny else 20.0
    print(f"bench_meeting: {followers} following juror apps, {moves} moves of the chair, "
          f"{idle:g} s idle")
    databases: list[tuple[str, str, object]] = []
    with tempfile.TemporaryDirectory() as folder:
        databases.append(("SQLite", f"sqlite:///{Path(folder) / 'meeting.db'}", None))
        pg = pg_database()
        if pg is not None:
            databases.append(("PostgreSQL", pg[0], pg[1]))
        else:
            print("  PostgreSQL: skipped (set JURY_TEST_PG_URL)")
        try:
            for label, url, _ in databases:
                found = follow_latency(url, followers, moves, idle)
                ok = found["median"] <= 1 and found["worst"] <= 1
                print(f"  {label}: screen follows in median {found['median'] * 1000:.0f} ms, "
                      f"worst {found['worst'] * 1000:.0f} ms over {found['samples']:.0f} "
                      f"(target ≤ 1000 ms) {'ok' if ok else 'OVER TARGET'}; {followers} idle "
                      f"followers cost {found['cpu_per_minute']:.2f} CPU s per minute")
                modes = (("data_version", "poll") if label == "SQLite"
                         else ("listen", "poll"))
                for mode in modes:
                    alone = watch_only(url, mode, followers, 3 if args.tiny else 10,
                                       watch_idle)
                    print(f"    watch '{mode}' alone: median {alone['median'] * 1000:.0f} ms, "
                          f"worst {alone['worst'] * 1000:.0f} ms; {followers} idle watchers "
                          f"{alone['cpu_per_minute']:.3f} CPU s per minute")
        finally:
            for _, _, handle in databases:
                if handle is not None:
                    drop(handle)


if __name__ == "__main__":
    main()
