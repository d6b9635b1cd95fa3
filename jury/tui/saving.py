"""Saving in the background, one change at a time, in the order the juror made them.

Scores are saved from a single worker thread reading a queue: two quick changes to the same
score can never reach the database in the wrong order, and the screen never waits for it.
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
    def __init__(self, key: tuple[str, ...], error: BaseException) -> None:
        super().__init__()
        self.key = key
        self.error = error


class Saver:
    """The queue, and the version of each score as this client last saved or saw it."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[SaveJob | None] = queue.Queue()
        self._versions: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()

    def remember(self, key: tuple[str, ...], version: int) -> None:
        with self._lock:
            self._versions[key] = version

    def version(self, key: tuple[str, ...]) -> int | None:
        with self._lock:
            return self._versions.get(key)

    def put(self, job: SaveJob | None) -> None:
        """Queue a change; None stops the worker once everything before it is stored."""
        self.jobs.put(job)

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
                    job.reply_to.post_message(SaveFailed(job.key, error))
                else:
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
