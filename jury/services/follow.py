"""How a juror's screen learns that the chair moved: without reading the meeting each time.

SQLite: `PRAGMA data_version` on a connection of the follower's own changes whenever another
connection commits; reading it touches no table and takes microseconds, so it is polled every
POLL seconds and the meeting's version row is read only after it changed. PostgreSQL: the
meeting's writes NOTIFY a channel at commit, and the follower blocks in LISTEN until told
(or until the timeout). `mode="poll"` reads the version row every POLL seconds on either
database: the baseline tests/bench/bench_meeting.py measures them against.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy.engine import Engine

from jury.services.meeting import NOTIFY_CHANNEL, MeetingService

POLL = 0.1


class MeetingWatch:
    """One follower's line to the database; `changed(timeout)` returns the meeting's new
    (id, version) when it changed, else None after `timeout` seconds."""

    def __init__(self, engine: Engine, *, mode: str = "auto") -> None:
        self.engine = engine
        self.meeting = MeetingService(engine)
        dialect = engine.dialect.name
        self.mode = ({"sqlite": "data_version", "postgresql": "listen"}.get(dialect, "poll")
                     if mode == "auto" else mode)
        self.seen = self.meeting.version()
        self._conn: Any = None
        if self.mode == "data_version":
            self._conn = engine.raw_connection()
            self._data_version = self._read_data_version()
        elif self.mode == "listen":
            import psycopg

            url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._conn = psycopg.connect(url, autocommit=True)
            self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
            # A move committed between the version read above and LISTEN is not lost:
            self.seen = self.meeting.version()

    def _read_data_version(self) -> int:
        cursor = self._conn.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self, timeout: float = 1.0) -> tuple[int, int] | None:
        deadline = time.monotonic() + timeout
        while True:
            if self._signalled(max(0.0, deadline - time.monotonic())):
                now = self.meeting.version()
                if now != self.seen:
                    self.seen = now
                    return now
            if time.monotonic() >= deadline:
                return None

    def _signalled(self, timeout: float) -> bool:
        if self.mode == "listen":
            got = False
            for _ in self._conn.notifies(timeout=min(timeout, 1.0), stop_after=1):
                got = True
            return got
        time.sleep(min(POLL, timeout))
        if self.mode == "data_version":
            current = self._read_data_version()
            if current == self._data_version:
                return False
            self._data_version = current
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
