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


async def test_page_keys_read_a_tab_of_text_from_the_tab_bar(make_app, scored):  # noqa: F811
    """At 80×24 the reliability tab runs past the screen: PageDown on the tab bar pages the
    tab's text (before, only Tab into the text and then PageDown reached its end)."""
    from textual.containers import VerticalScroll
    from textual.widgets import Tabs

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_chair(pilot)
        await show_tab(pilot, "reliability")
        screen.query_one(Tabs).focus()
        text = screen.query_one("#tab-reliability").query_one(VerticalScroll)
        await pilot.pause()
        assert text.max_scroll_y > 0, "the text is longer than the screen"
        await pilot.press("pagedown")
        await pilot.pause()
        assert text.scroll_y > 0
        assert isinstance(app.focused, Tabs), "the focus stays where it was"
        await pilot.press("pageup")
        await pilot.pause()
        assert text.scroll_y == 0
