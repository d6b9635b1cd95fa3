"""Textual's own texts (the command palette, its system commands, the footer hints of its
widgets) speak the jury's language, one language at a time."""

from __future__ import annotations

import pytest
from textual.command import CommandInput, CommandList

from tests.tui.conftest import sign_in, wait_for

ENGLISH = ("Search for commands", "Theme", "Quit", "Screenshot", "Keys", "No matches found",
           "Dismiss menu")


async def palette_texts(pilot, search: str = "") -> str:
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: pilot.app.screen.query(CommandInput))
    if search:
        await pilot.press(*search)
    await pilot.pause(0.8)  # the palette's 'no matches' line comes after half a second
    prompt = pilot.app.screen.query_one(CommandInput).placeholder
    listed = pilot.app.screen.query_one(CommandList)
    options = " | ".join(str(listed.get_option_at_index(i).prompt)
                         for i in range(listed.option_count))
    return f"{prompt} || {options}"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_the_palette_asks_and_lists_in_dutch(make_app):
    app = make_app(language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        await sign_in(pilot)
        texts = await palette_texts(pilot)
        assert "Zoek een opdracht" in texts
        assert "Afsluiten" in texts and "Schermafdruk" in texts
        assert not [word for word in ENGLISH if word in texts], texts
        await pilot.press("escape")
        nothing = await palette_texts(pilot, "qqqzz")
        assert "Niets gevonden" in nothing


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_the_palette_speaks_english_after_f2(make_app):
    app = make_app(language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        await sign_in(pilot)
        await pilot.press("f2")
        await pilot.pause()
        texts = await palette_texts(pilot)
        assert "Search for commands" in texts and "Quit" in texts
        assert "Zoek" not in texts and "Afsluiten" not in texts


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_an_open_menu_names_its_escape_key_in_dutch(make_app):
    from textual.widgets import Select

    app = make_app(language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: pilot.app.screen.query("#name"))
        await wait_for(pilot, lambda: pilot.app.screen.names)
        app.screen.query_one("#name", Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        hints = [b.binding.description for b in app.screen.active_bindings.values()]
        assert "Menu sluiten" in hints, (app.focused, hints)
        assert "Dismiss menu" not in hints
