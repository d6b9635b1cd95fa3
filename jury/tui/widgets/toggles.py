"""Check boxes and radio buttons that show their state in shape (☑/☐, ◉/○), not colour
alone: readable in every theme, in high contrast and on a monochrome terminal."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

CHECKED, UNCHECKED = "☑", "☐"
CHOSEN, NOT_CHOSEN = "◉", "○"


class ShapedCheckbox(Checkbox):
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Textual's name
        return CHECKED if self.value else UNCHECKED


class ShapedRadioButton(RadioButton):
    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802
        return CHOSEN if self.value else NOT_CHOSEN


class ShapedSelectionList(SelectionList):
    """A SelectionList whose ticks are ☑/☐; with `numbered`, the ticked ones also show their
    position in the order they were ticked (how the jury orders a tie)."""

    def __init__(self, *selections, numbered: bool = False, **kwargs) -> None:
        super().__init__(*selections, **kwargs)
        self.numbered = numbered

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3:
            return strip
        index = int(self.scroll_offset.y) + y
        try:
            option = self.get_option_at_index(index)
        except OptionDoesNotExist:  # a blank line below the last option
            return strip
        selected = self.selected
        ticked = option.value in selected
        glyph = CHECKED if ticked else UNCHECKED
        if self.numbered and ticked and selected.index(option.value) < 9:
            glyph = "①②③④⑤⑥⑦⑧⑨"[selected.index(option.value)]
        inner = segments[1]
        segments[1] = Segment(glyph, inner.style, inner.control)
        return Strip(segments, strip.cell_length)
