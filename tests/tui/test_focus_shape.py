"""The focused score or note is marked in shape, not colour alone: a bar beside it and none
beside the others, in the normal and the high-contrast theme alike."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from jury.tui.widgets.score_field import ScoreField

from .conftest import at_entry, at_list, sign_in


def left_edge(app, widget) -> str:
    """The character drawn in the column just left of the widget's content."""
    strips = app.screen._compositor.render_strips()
    region = widget.region
    line = "".join(segment.text for segment in strips[region.y])
    return line[region.x]


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
async def test_only_the_focused_field_has_a_bar_beside_it(make_app, contrast):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await at_list(pilot)
        await pilot.press("enter")
        await at_entry(pilot)
        if contrast:
            await pilot.press("f3")
        fields = list(app.screen.query(ScoreField))
        notes = list(app.screen.query("CriterionForm Input").results(Input))
        for focused in (fields[0], notes[0]):
            focused.focus()
            await pilot.pause()
            focused.scroll_visible(animate=False, immediate=True)
            await pilot.pause()
            assert left_edge(app, focused).strip(), f"no mark beside the focused {focused}"
            others = [w for w in (*fields, *notes) if w is not focused
                      and w.region.height and 0 <= w.region.y < app.screen.size.height]
            assert others
            for other in others:
                assert not left_edge(app, other).strip(), f"a mark beside unfocused {other}"
