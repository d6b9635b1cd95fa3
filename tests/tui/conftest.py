"""The app built by the same factory the CLI uses, on a real database."""

from __future__ import annotations

import html
import re

import pytest

from jury.services import Actor

PIN = "2468"
JUROR = "Sanne Bakker"
OTHER = "Youssef El Amrani"
CHAIR = "Marieke Hoekstra"
KEYS = ("innovation", "transferability", "effectiveness")


@pytest.fixture
def jury(award, secretary):
    """The sample award with two jurors and a chair, all with PIN 2468."""
    award.jurors.add(secretary, CHAIR, PIN, chair=True)
    award.jurors.add(secretary, JUROR, PIN)
    award.jurors.add(secretary, OTHER, PIN)
    return award


@pytest.fixture
def make_app(jury):
    from jury.tui.app import build_app

    def make(**kw):
        return build_app(jury, **kw)

    return make


async def sign_in(pilot, name: str = JUROR, pin: str = PIN) -> None:
    from textual.widgets import Input, Select

    await wait_for(pilot, lambda: pilot.app.screen.query("#name"))
    await wait_for(pilot, lambda: pilot.app.screen.names)
    pilot.app.screen.query_one("#name", Select).value = name
    pilot.app.screen.query_one("#pin", Input).focus()
    await pilot.press(*pin, "enter")
    await pilot.pause()


HANG = 120.0
"""Seconds after which a condition that never comes counts as a hang: a guard, never the
expectation. The wait itself follows the app's work, so a loaded machine waits longer and a
quick one no longer than it must."""


async def wait_for(pilot, condition, timeout: float = HANG) -> None:
    """Let the app finish its work, then check `condition`. Each round awaits the database
    calls in flight (the workers the screens start with `fetch`, group 'db-…') and then the
    messages they posted; long-lived watchers (a meeting's follow loop) are not waited for,
    so a change they bring is polled for briefly. `timeout` only raises the hang guard."""
    import time

    deadline = time.monotonic() + max(timeout, HANG)
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {condition} (the app seems stuck)")
        busy = [w for w in pilot.app.workers if w.group.startswith("db-") and w.is_running]
        if busy:
            from textual.worker import WorkerFailed

            try:
                await pilot.app.workers.wait_for_complete(busy)
            except WorkerFailed:
                pass  # a failed call is the screen's to show; the condition says if it did
        await pilot.pause()
        if not condition() and not busy:
            await pilot.pause(0.02)


async def settle(pilot) -> None:
    """Wait for every queued save to reach the database."""
    import asyncio

    await pilot.pause()
    await asyncio.to_thread(pilot.app.saver.drain)
    await pilot.pause()


async def at_list(pilot) -> None:
    """Wait until the juror's entry list is on screen with its rows."""
    from jury.tui.screens.entries import EntryListScreen

    await wait_for(pilot, lambda: isinstance(pilot.app.screen, EntryListScreen)
                   and pilot.app.screen.shown)


async def at_entry(pilot) -> None:
    """Wait until an entry is open on the score screen."""
    from jury.tui.screens.score import ScoreScreen

    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ScoreScreen)
                   and pilot.app.screen.view is not None)


def screen_text(app) -> str:
    """Everything visible on the terminal, as plain text."""
    svg = app.export_screenshot()
    text = " ".join(re.findall(r">([^<]*)</text>", svg))
    return " ".join(html.unescape(text).replace("\xa0", " ").split())


def stored_scores(services, juror: str = JUROR) -> dict[tuple[str, str], tuple]:
    from jury import repository

    with services.entries.reading() as session:
        found = repository.juror_by_name(juror, session=session)
        criteria = {c.id: c.key for c in repository.criteria(session=session)}
        return {(entry, criteria[score.criterion_id]): (score.value, score.note)
                for entry in [e.id for e in repository.entries(session=session)]
                for score, name in repository.entry_scores(entry, session=session)
                if name == found.name}


def actor(name: str = JUROR) -> Actor:
    return Actor(name, "juror")
