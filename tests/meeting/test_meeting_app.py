"""The meeting end to end: the chair's app here, three jurors' apps in their own processes,
each on its own connection to one database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jury.cli import open_services
from jury.tui.app import build_app
from tests.meeting.scene import CHAIR, CHAIR_PIN, JURORS, PIN, meeting_ready
from tests.tui.conftest import sign_in, wait_for

REPO = Path(__file__).resolve().parents[2]


class Follower:
    """A juror's app in a subprocess; its screen's states arrive as JSON lines."""

    def __init__(self, url: str, name: str) -> None:
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.meeting.follower", url, name, PIN], cwd=REPO,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        self.lines: queue.Queue[dict] = queue.Queue()
        self.last: dict = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def until(self, condition, timeout: float = 20.0) -> dict:
        """The first state (the current one included) for which `condition` holds."""
        deadline = time.monotonic() + timeout
        while not (self.last and condition(self.last)):
            left = deadline - time.monotonic()
            if left <= 0 or self.process.poll() is not None:
                err = self.process.stderr.read() if self.process.poll() is not None else ""
                raise AssertionError(f"{self.name}: {self.last} never met the condition. "
                                     f"{err[-2000:]}")
            try:
                found = self.lines.get(timeout=min(left, 0.5))
            except queue.Empty:
                continue
            if "cast" not in found:
                self.last = found
        return self.last

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.send("quit")
                self.process.wait(timeout=10)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()


async def chair_at_meeting(pilot) -> None:
    from jury.tui.screens.meeting import ChairMeetingScreen
    from jury.tui.screens.signin import SignInScreen

    await sign_in(pilot, CHAIR.name, CHAIR_PIN)
    await wait_for(pilot, lambda: pilot.app.actor is not None
                   and not isinstance(pilot.app.screen, SignInScreen), timeout=10)
    await pilot.pause(0.1)
    await pilot.press("f11")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ChairMeetingScreen)
                   and pilot.app.screen.view is not None, timeout=10)


@pytest.mark.slow
async def test_meeting_followed_by_three_jurors(db_url: str) -> None:
    from tests.conftest import sample_award

    setup = sample_award(db_url)
    nominees = meeting_ready(setup)
    recused = nominees["mkb"][0]
    agenda = [nominees["groot"][0], recused, nominees["mkb"][1]]
    setup.meeting.open(CHAIR, [f"entry:{e}" for e in agenda] + ["ballot:mkb"])
    setup.engine.dispose()

    followers = {name: Follower(db_url, name) for name in JURORS}
    chair_app = build_app(open_services(db_url, create=False), language="en")
    try:
        for follower in followers.values():
            follower.until(lambda s: s["screen"] == "FollowScreen", timeout=60)
        async with chair_app.run_test(size=(80, 24)) as chair:
            await chair_at_meeting(chair)
            # The chair moves through three items; every juror's screen follows.
            for position, entry in enumerate(agenda):
                await chair.press("n")
                await wait_for(chair, lambda p=position: chair_app.screen.view.position == p)
                for name, follower in followers.items():
                    seen = follower.until(lambda s, p=position: s["position"] == p)
                    assert entry in seen["head"], (name, seen)
                    if name == "Priya Ramdin" and entry == recused:
                        assert "step out" in seen["stepout"]
                        assert seen["panel"] is None
                    else:
                        assert seen["stepout"] == ""
                        assert seen["panel"] == 3
                if entry == recused:
                    out = str(chair_app.screen.query_one("#meeting-out").render())
                    assert "Priya Ramdin" in out

            # Sanne steps out of following; the chair's next move does not reach her screen.
            sanne, youssef = followers["Sanne Bakker"], followers["Youssef El Amrani"]
            sanne.send("key f")
            sanne.until(lambda s: s["following"] is False)
            await chair.press("n")
            youssef.until(lambda s: s["position"] == 3)
            time.sleep(0.5)
            assert sanne.until(lambda s: True)["position"] == 2
            sanne.send("key f")
            sanne.until(lambda s: s["following"] is True and s["position"] == 3)

            # The ballot: opened by the chair, cast by each juror in their own app.
            await chair.press("b")
            for follower in followers.values():
                follower.until(lambda s: s["ballot"] == "open")
            a, b, c = nominees["mkb"]
            youssef.send(f"vote {a}=1,{b}=2,{c}=3")
            youssef.until(lambda s: s["voted"] is True)
            sanne.send(f"vote {b}=1,{a}=2,{c}=3")
            sanne.until(lambda s: s["voted"] is True)
            followers["Priya Ramdin"].send(f"vote {c}=1,{b}=2")  # recused on a: ranks others
            followers["Priya Ramdin"].until(lambda s: s["voted"] is True)
            await wait_for(chair, lambda: chair_app.screen.ballot is not None
                           and len(chair_app.screen.ballot.voters) == 3, timeout=10)
            await chair.press("c")
            await wait_for(chair, lambda: chair_app.screen.ballot.state == "closed",
                           timeout=10)
            for follower in followers.values():
                follower.until(lambda s: s["ballot"] == "closed")
    finally:
        for follower in followers.values():
            follower.stop()

    check = open_services(db_url, create=False)
    try:
        minutes = check.minutes.minutes(CHAIR)
        assert set(minutes.present) == {CHAIR.name, *JURORS}
        assert [s.position for s in minutes.items] == [0, 1, 2, 3]
        assert minutes.items[1].stepped_out == ("Priya Ramdin",)
        (ballot,) = minutes.ballots
        # a: 2 of 3 above b (Youssef; Priya ranked b, left a out); b over c twice... the
        # count is Schulze's over the three stored rankings, none of which names its voter.
        assert ballot.result["voters"] == 3
        assert ballot.voters == ()
    finally:
        check.engine.dispose()
