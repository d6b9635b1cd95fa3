"""The text field that a juror's note lives in does not stop the app when Textual draws it
before its styles exist (Textual issue #6528, seen under load while moving between entries)."""

from __future__ import annotations

from textual.app import App
from textual.geometry import Region

from jury.tui.widgets.text_box import TextBox


async def test_a_text_box_drawn_before_its_styles_draws_blank_and_stays():
    class One(App[None]):
        def compose(self):
            yield TextBox("Mooi voorbeeld", id="note")

    app = One()
    async with app.run_test(size=(40, 6)) as pilot:
        box = app.query_one(TextBox)
        await pilot.pause()
        box._component_styles.clear()  # the state between mount and styles
        box._rich_style_cache.clear()
        lines = box.render_lines(Region(0, 0, 20, 2))
        assert [line.cell_length for line in lines] == [20, 20]
        assert app.is_running
