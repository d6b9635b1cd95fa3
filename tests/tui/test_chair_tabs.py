"""The chair moves between tabs with Ctrl+PageDown and Ctrl+PageUp wherever the focus is."""

from __future__ import annotations

import pytest
from textual.widgets import Button, DataTable, TabbedContent

from .test_chair import at_chair, scored, show_tab  # noqa: F401 (fixture)


@pytest.mark.parametrize("target", ["#choices", "Button"])
async def test_ctrl_page_keys_leave_the_decisions_tab_from_any_control(
        make_app, scored, target):  # noqa: F811 (the fixture imported above)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "decisions")
        tabs = screen.query_one(TabbedContent)
        pane = screen.query_one("#tab-decisions")
        widget = pane.query(DataTable if target == "#choices" else Button).first()
        widget.focus()
        await pilot.pause()
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert tabs.active != "tab-decisions"
        assert app.focused is not None and screen.query_one(f"#{tabs.active}") in \
            app.focused.ancestors, "the new tab's first control has the focus"
        await pilot.press("ctrl+pageup")
        await pilot.pause()
        assert tabs.active == "tab-decisions"
        await pilot.press("ctrl+pageup")
        await pilot.pause()
        assert tabs.active != "tab-decisions"
