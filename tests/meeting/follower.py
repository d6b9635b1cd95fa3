"""A juror's app in its own process, for the meeting tests and the benchmark.

python -m tests.meeting.follower URL NAME PIN: signs in, opens the meeting (F11) and prints
one JSON line each time its screen shows a different item or state. Lines on stdin are
commands: 'key K' presses a key; 'vote ID=1,ID=2' casts a ballot through the ballot screen;
'quit' ends.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time


def state(screen) -> dict:
    from textual.widgets import DataTable, Static

    view = getattr(screen, "view", None)

    def text(selector: str) -> str:
        found = screen.query(selector)
        if not found or not found.first().display:
            return ""
        widget = found.first()
        return str(widget.render()) if isinstance(widget, Static) else ""

    panel = screen.query("#meeting-panel")
    ballot = getattr(screen, "ballot", None)
    return {
        "screen": type(screen).__name__,
        "position": view.position if view is not None else None,
        "version": view.version if view is not None else None,
        "head": text("#meeting-head"),
        "stepout": text("#meeting-stepout"),
        "panel": (panel.first(DataTable).row_count
                  if panel and panel.first().display else None),
        "following": getattr(screen, "following", None),
        "ballot": ballot.state if ballot is not None else None,
        "voted": ballot.voted if ballot is not None else None,
        "at": time.time(),
    }


async def drive(pilot, name: str, pin: str) -> None:
    from textual.widgets import Input, Select

    from tests.tui.conftest import wait_for

    app = pilot.app
    # Generous waits: eight of these may start at once on a busy machine.
    await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names, timeout=300)
    app.screen.query_one("#name", Select).value = name
    app.screen.query_one("#pin", Input).focus()
    await pilot.press(*pin, "enter")
    await wait_for(pilot, lambda: app.actor is not None
                   and type(app.screen).__name__ != "SignInScreen", timeout=300)
    await pilot.pause(0.1)
    await pilot.press("f11")
    await wait_for(pilot, lambda: type(app.screen).__name__ == "FollowScreen", timeout=300)
    loop = asyncio.get_running_loop()
    commands: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(commands.put_nowait, line.strip())
        loop.call_soon_threadsafe(commands.put_nowait, "quit")

    loop.run_in_executor(None, read)
    last: dict = {}
    screen = app.screen

    def report() -> None:
        """Print the screen's state when it differs from the last one printed."""
        nonlocal last
        now = state(screen)
        key = {k: v for k, v in now.items() if k != "at"}
        if key != last:
            last = key
            print(json.dumps(now), flush=True)

    # Told by the screen itself once it has drawn a new view: no polling here, so an idle
    # follower costs what the app costs.
    shown = screen.loaded_view

    def loaded_view(found):
        shown(found)
        app.call_after_refresh(report)

    screen.loaded_view = loaded_view
    report()
    while True:
        command = await commands.get()
        report()
        if command == "quit":
            break
        if command.startswith("key "):
            await pilot.press(command[4:])
            report()
        elif command.startswith("vote "):
            places = dict(part.split("=") for part in command[5:].split(","))
            await pilot.press("b")
            await wait_for(pilot, lambda: app.screen.query("#ballot-pin"))
            dialog = app.screen
            for n, entry in enumerate(dialog.ballot.candidates):
                if entry in places:
                    dialog.query_one(f"#place-{n}", Input).value = places[entry]
            dialog.query_one("#ballot-pin", Input).value = pin
            dialog.answer()
            await wait_for(pilot, lambda: type(app.screen).__name__ == "FollowScreen")
            print(json.dumps({"cast": True, "at": time.time()}), flush=True)
    app.exit()


def main() -> None:
    from jury.cli import open_services
    from jury.tui.app import build_app

    url, name, pin = sys.argv[1:4]
    app = build_app(open_services(url, create=False), language="en")
    app.run(headless=True, size=(80, 24), auto_pilot=lambda pilot: drive(pilot, name, pin))


if __name__ == "__main__":
    main()
