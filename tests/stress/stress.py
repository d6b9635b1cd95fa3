"""Several juror processes writing at once, one killed midway; then check every ack.

    python -m tests.stress.stress --db URL [--processes 8] [--writes 200]

prints the writes per second; the test in test_stress.py runs it on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

JURORS = ("Sanne Bakker", "Youssef El Amrani", "Priya Ramdin", "Thomas van Dijk")
CRITERIA = ("innovation", "transferability", "effectiveness")


@dataclass
class StressReport:
    database: str
    processes: int
    acknowledged: int
    killed_after: int
    seconds: float
    wall: float
    problems: list[str]
    integrity: str

    @property
    def per_second(self) -> float:
        return self.acknowledged / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"{self.database}: {self.processes} processes, {self.acknowledged} acknowledged "
                f"writes in {self.seconds:.2f} s = {self.per_second:.0f} writes/s "
                f"({self.wall:.1f} s with process start-up); one process "
                f"killed after {self.killed_after} writes; integrity {self.integrity}; "
                f"{len(self.problems)} problem(s)")


def prepare(url: str) -> list[str]:
    """The sample award and four jurors; returns the entry ids to write to."""
    from jury.award_settings import load_award_settings
    from jury.io.entries import CategoryChoice, read_entries
    from jury.services import Actor, Services

    sample = Path(__file__).resolve().parents[2] / "submissions" / "techniek-inclusief-2026"
    settings = load_award_settings(sample / "award.toml")
    services = Services.open(url)
    secretary = Actor.secretary()
    services.award.setup(secretary, settings)
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    batch = read_entries([sample / "entries.csv"], categories=choices)
    services.entries.import_entries(secretary, batch.entries)
    for name in JURORS:
        services.jurors.add(secretary, name, "1234")
    services.engine.dispose()
    return [e.id for e in batch.entries][:6]


def run_stress(url: str, folder: Path, *, processes: int = 8, writes: int = 200) -> StressReport:
    """`processes` writers over the jurors (two terminals per juror when there are eight),
    `writes` acknowledged writes each; the first is SIGKILLed once half its writes are in."""
    entries = prepare(url)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    started = time.perf_counter()
    workers = []
    for n in range(processes):
        acks = folder / f"acks-{n}.tsv"
        acks.write_text("")
        workers.append((JURORS[n % len(JURORS)], acks, subprocess.Popen(
            [sys.executable, "-m", "tests.stress.writer", url, JURORS[n % len(JURORS)],
             str(writes), str(acks), ",".join(entries), ",".join(CRITERIA), str(n * 1000)],
            env=env)))
    victim = workers[0]
    while _lines(victim[1]) < writes // 2 and victim[2].poll() is None:
        time.sleep(0.005)
    victim[2].send_signal(signal.SIGKILL)
    killed_after = _lines(victim[1])
    for _, _, process in workers:
        process.wait(timeout=600)
    wall = time.perf_counter() - started
    failed = [f"writer {n} exited with {p.returncode}" for n, (_, _, p) in enumerate(workers)
              if n and p.returncode != 0]
    acked = [(juror, *line.split("\t")) for juror, acks, _ in workers
             for line in acks.read_text().splitlines()]
    moments = [float(row[-1]) for row in acked]
    seconds = max(moments) - min(moments) if len(moments) > 1 else wall
    problems = failed + check(url, [row[:-1] for row in acked])
    return StressReport(url.split(":", 1)[0], processes, len(acked), killed_after, seconds,
                        wall, problems, integrity(url))


def check(url: str, acked: list[tuple[str, ...]]) -> list[str]:
    """Every acknowledged write is in the record at its version, and the record agrees
    with the stored scores: one score.set event per version, the last one the value."""
    from jury import repository
    from jury.services import Services

    services = Services.open(url, create=False)
    problems = []
    with services.entries.reading() as session:
        events: dict[str, list[float]] = {}
        for event in repository.audit_events(session=session, action="score.set"):
            events.setdefault(event.subject, []).append(event.new["value"])
        criteria = {c.id: c.key for c in repository.criteria(session=session)}
        stored = {}
        for entry in {row[1] for row in acked}:
            for score, name in repository.entry_scores(entry, session=session):
                stored[f"{name} · {entry} · {criteria[score.criterion_id]}"] = score
    for subject, score in stored.items():
        history = events.get(subject, [])
        if len(history) != score.version:
            problems.append(f"{subject}: version {score.version}, {len(history)} events")
        elif history[-1] != score.value:
            problems.append(f"{subject}: stored {score.value}, last event {history[-1]}")
    for juror, entry, criterion, value, version in acked:
        subject = f"{juror} · {entry} · {criterion}"
        history = events.get(subject, [])
        if len(history) < int(version) or history[int(version) - 1] != float(value):
            problems.append(f"acknowledged {subject} = {value} (version {version}) is missing")
    services.engine.dispose()
    return problems


def integrity(url: str) -> str:
    if not url.startswith("sqlite"):
        return "n/a"
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


if __name__ == "__main__":
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an empty database URL (sqlite:///…)")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--writes", type=int, default=200)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = run_stress(arguments.db, Path(folder), processes=arguments.processes,
                            writes=arguments.writes)
    print(report)
    for problem in report.problems[:20]:
        print("  ", problem)
    sys.exit(1 if report.problems or report.integrity not in ("ok", "n/a") else 0)
