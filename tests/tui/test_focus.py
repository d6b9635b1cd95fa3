"""On every screen and dialog, at 80×24 where a screen has the least room: what has the focus
is on screen after every navigation key, so a key typed next is seen where it lands. (The
larger 120×36 shows each scene's focus in its snapshot.)"""

from __future__ import annotations

import pytest

from jury.tui.app import build_app
from jury.tui.widgets.reading_scroll import in_view

from .scenes import SCENES, SIZES

NAVIGATION = ("tab", "tab", "shift+tab", "down", "down", "up", "pagedown", "pageup", "end",
              "home", "right", "left", "tab")


@pytest.mark.parametrize("scene", SCENES, ids=[s.name for s in SCENES])
async def test_the_focus_stays_in_view(tmp_path, scene):
    app = build_app(scene.award(tmp_path), language="nl")
    async with app.run_test(size=SIZES["80x24"]) as pilot:
        await scene.steps(pilot)
        assert type(app.screen).__name__ == scene.shows
        focused = app.focused
        assert focused is None or in_view(focused), f"{scene.name}: {focused} out of view"
        for key in NAVIGATION:
            await pilot.press(key)
            await pilot.pause()
            focused = app.focused
            assert focused is not None, f"{scene.name}, after {key}: nothing has the focus"
            assert in_view(focused), f"{scene.name}, after {key}: {focused} is out of view"
