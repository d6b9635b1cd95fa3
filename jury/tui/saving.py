"""Saving in the background, one change at a time, in the order the juror made them.

Scores are saved from a single worker thread reading a queue: two quick changes to the same
score can never reach the database in the wrong order, and the screen never waits for it.

A save the database could not take (a lock held past every try, a full disk, a read-only
file) is reported as a StorageError that says so in words, never the SQL: the screen keeps
what the juror typed and marks it not saved. The change is kept here, the newest per score,
until it is saved after all: `retry` queues it again.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.message import Message
from textual.message_pump import MessagePump

from jury.db_errors import storage_problem


@dataclass
class SaveJob:
    key: tuple[str, ...]
    run: Callable[[int | None], Any]
    reply_to: MessagePump


class SaveDone(Message):
    def __init__(self, key: tuple[str, ...], result: Any) -> None:
        super().__init__()
        self.key = key
        self.result = result


class SaveFailed(Message):
    """`retry`: the database did not take the change (see Saver.retry); the value on screen
    is the juror's and stays."""

    def __init__(self, key: tuple[str, ...], error: BaseException, *,
                 retry: bool = False, busy: bool = False) -> None:
        super().__init__()
        self.key = key
        self.error = error
        self.retry = retry
        self.busy = busy  # another program held the database past every try


class Saver:
    """The queue, and the version of each score as this client last saved or saw it."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[SaveJob | None] = queue.Queue()
        self._versions: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()
        # Changes the database did not take, newest per key, until saved after all.
        self._unsaved: dict[tuple[str, ...], SaveJob] = {}

    def remember(self, key: tuple[str, ...], version: int) -> None:
        with self._lock:
            self._versions[key] = version

    def version(self, key: tuple[str, ...]) -> int | None:
        with self._lock:
            return self._versions.get(key)

    def put(self, job: SaveJob | None) -> None:
        """Queue a change; None stops the worker once everything before it is stored."""
        if job is not None:
            with self._lock:
                # A newer change to the same score replaces the one that was not saved.
                self._unsaved.pop(job.key, None)
        self.jobs.put(job)

    @property
    def unsaved(self) -> list[tuple[str, ...]]:
        """The keys of changes the database did not take."""
        with self._lock:
            return list(self._unsaved)

    def retry(self) -> int:
        """Queue every change that was not saved again; returns how many."""
        with self._lock:
            jobs, self._unsaved = list(self._unsaved.values()), {}
        for job in jobs:
            self.jobs.put(job)
        return len(jobs)

    def run(self) -> None:
        """The worker's loop; a None job ends it."""
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                try:
                    result = job.run(self.version(job.key))
                except Exception as error:  # reported to the screen, which shows it
                    problem = storage_problem(error, "the database")
                    if problem is None:
                        job.reply_to.post_message(SaveFailed(job.key, error))
                        continue
                    problem.__cause__ = error
                    with self._lock:
                        # Jobs run in the juror's order: the last failure is the newest.
                        self._unsaved[job.key] = job
                    busy = any(word in str(getattr(error, "orig", error)).lower()
                               for word in ("locked", "busy", "could not obtain lock"))
                    job.reply_to.post_message(SaveFailed(job.key, problem, retry=True,
                                                         busy=busy))
                else:
                    with self._lock:
                        self._unsaved.pop(job.key, None)
                    version = getattr(result, "version", None)
                    if version is not None:
                        self.remember(job.key, version)
                    job.reply_to.post_message(SaveDone(job.key, result))
            finally:
                self.jobs.task_done()

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued change is stored; False if that took too long."""
        deadline = time.monotonic() + timeout
        while self.jobs.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True
