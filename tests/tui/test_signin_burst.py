"""Sign-in typed in one burst: a terminal delivers fast typing in one go, and Textual routes
every key of it to the widget focused when it arrives. The PIN typed straight after choosing
a name must still land in the PIN field."""

from __future__ import annotations

from textual import events

from jury.tui.screens.entries import EntryListScreen

from .conftest import JUROR, PIN, at_list, wait_for


async def burst(app, keys: list[tuple[str, str | None]]) -> None:
    for key, character in keys:
        app.post_message(events.Key(key, character))


async def test_name_and_pin_typed_in_one_burst_sign_in(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        await pilot.pause(0.3)  # the screen drawn, as the juror sees it before typing
        await burst(app, [("down", None), ("s", "s"), ("enter", "\r"), ("tab", "\t"),
                          *[(d, d) for d in PIN], ("enter", "\r")])
        await at_list(pilot)
        assert isinstance(app.screen, EntryListScreen)
        assert app.actor.name == JUROR


async def test_digits_in_a_burst_after_tab_land_in_the_pin(make_app):
    """Without the final Enter: the name is chosen and every digit is in the PIN field."""
    from textual.widgets import Input, Select

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#name") and app.screen.names)
        await pilot.pause(0.3)  # the screen drawn, as the juror sees it before typing
        await burst(app, [("down", None), ("s", "s"), ("enter", "\r"), ("tab", "\t"),
                          *[(d, d) for d in PIN]])
        await pilot.pause(0.5)
        assert app.screen.query_one("#name", Select).value == JUROR
        assert app.screen.query_one("#pin", Input).value == PIN
        assert app.focused is app.screen.query_one("#pin", Input)
