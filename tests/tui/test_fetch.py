"""Database calls from the interface: fetch(call, then=handler) and the older
fetch(tag, call) → loaded_<tag>, both run in a thread and answer on the UI thread."""

from __future__ import annotations

import threading

from textual.app import App, ComposeResult
from textual.widget import Widget

from jury.tui.screens.base import DatabaseCalls

from .conftest import wait_for


class Caller(DatabaseCalls, Widget):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[str, object, int]] = []
        self.errors: list[tuple[str, BaseException]] = []

    def answered(self, result: object) -> None:
        self.got.append(("then", result, threading.get_ident()))

    def loaded_old(self, result: object) -> None:
        self.got.append(("old", result, threading.get_ident()))

    def failed(self, tag: str, error: BaseException) -> None:
        self.errors.append((tag, error))


class Host(App):
    def compose(self) -> ComposeResult:
        yield Caller()


async def test_a_result_reaches_its_handler_on_the_ui_thread_and_a_failure_goes_to_failed():
    app = Host()
    async with app.run_test() as pilot:
        caller = app.query_one(Caller)
        caller.fetch(lambda: 2, then=caller.answered)
        caller.fetch("old", lambda: 3)
        await wait_for(pilot, lambda: len(caller.got) == 2)
        assert sorted(r[:2] for r in caller.got) == [("old", 3), ("then", 2)]
        assert {r[2] for r in caller.got} == {threading.get_ident()}

        def boom() -> int:
            raise ValueError("no database")

        caller.fetch(boom, then=caller.answered)
        await wait_for(pilot, lambda: caller.errors)
        assert caller.errors[0][0] == "Caller.answered"
        assert isinstance(caller.errors[0][1], ValueError)
        assert len(caller.got) == 2
