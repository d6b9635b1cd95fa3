"""The entry list's table: draws only the rows on screen, so 10,000 entries cost nothing.

Textual's DataTable measures every cell of every row even with fixed column widths (about
4 s for 10,000 entries here); this table knows its widths and renders line by line.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from jury.text import shown

GAP = 1


class EntryTable(ScrollView, can_focus=True):
    """Rows of text in fixed-width columns, a header that stays put, and a cursor row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False, id="table-up"),
        Binding("down", "move(1)", "Down", show=False, id="table-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="table-pageup"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="table-pagedown"),
        Binding("home", "edge(0)", "First", show=False, id="table-home"),
        Binding("end", "edge(1)", "Last", show=False, id="table-end"),
        Binding("enter", "choose", "Open", show=False, id="table-choose"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "entry-table--header", "entry-table--cursor", "entry-table--even",
    }
    DEFAULT_CSS = """
    EntryTable { height: 1fr; overflow-x: hidden; }
    EntryTable > .entry-table--header { text-style: bold; background: $panel; }
    EntryTable > .entry-table--cursor { background: $accent 40%; text-style: bold; }
    EntryTable:focus > .entry-table--cursor { background: $accent; color: $text; }
    EntryTable > .entry-table--even { background: $surface; }
    """

    cursor_row: reactive[int] = reactive(0, init=False)

    class Chosen(Message):
        """A row was opened: Enter, or a click on the cursor row."""

        def __init__(self, table: EntryTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

    def __init__(self, columns: list[tuple[str, int]], *, id: str | None = None,
                 flexible: tuple[int, ...] = (), minimum: int = 8) -> None:
        """`flexible` columns (by position) give up width first when the terminal is narrow,
        down to `minimum`, so no column vanishes at 80 columns."""
        super().__init__(id=id)
        self.columns = columns
        self.flexible = flexible
        self.minimum = minimum
        self.widths = [w for _, w in columns]
        self.rows: list[tuple[str, ...]] = []

    def fit(self, width: int) -> None:
        """Column widths for `width` cells: the declared ones, shrunk where flexible."""
        widths = [w for _, w in self.columns]
        excess = sum(w + GAP for w in widths) - width
        flexible = [i for i in self.flexible if i < len(widths)]
        while excess > 0 and flexible:
            room = [i for i in flexible if widths[i] > self.minimum]
            if not room:
                break
            widest = max(room, key=lambda i: widths[i])
            widths[widest] -= 1
            excess -= 1
        if widths != self.widths:
            self.widths = widths
            self.virtual_size = Size(sum(w + GAP for w in widths), len(self.rows) + 1)
            self.refresh()

    def on_resize(self) -> None:
        self.fit(self.scrollable_content_region.width)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[tuple[str, ...]], cursor: int = 0) -> None:
        self.rows = rows
        width = sum(w + GAP for w in self.widths)
        self.virtual_size = Size(width, len(rows) + 1)
        self.set_reactive(EntryTable.cursor_row, max(0, min(cursor, len(rows) - 1)))
        self._keep_cursor_visible()
        self.refresh()

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self.rows) - 1))

    def watch_cursor_row(self) -> None:
        self._keep_cursor_visible()
        self.refresh()

    def _keep_cursor_visible(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.size.height - 2))

    def action_edge(self, end: int) -> None:
        self.move_cursor(len(self.rows) - 1 if end else 0)

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        row = int(self.scroll_y) + event.y - 1
        if 0 <= row < len(self.rows):
            if row == self.cursor_row or event.chain > 1:
                self.cursor_row = row
                self.post_message(self.Chosen(self, row))
            else:
                self.cursor_row = row

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            style = self.get_component_rich_style("entry-table--header")
            return self._strip([label for label, _ in self.columns], style, width)
        row = int(self.scroll_y) + y - 1
        if row >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        if row == self.cursor_row:
            style = self.get_component_rich_style("entry-table--cursor")
        elif row % 2:
            style = self.get_component_rich_style("entry-table--even")
        else:
            style = self.rich_style
        return self._strip(list(self.rows[row]), style, width)

    def _strip(self, cells: list[str], style: Style, width: int) -> Strip:
        # The cells go to the terminal as they are (no markup is read here): their control
        # characters are made visible first, so a title cannot clear the screen.
        text = "".join(_cell(" " + shown(cell), w + GAP)
                       for cell, w in zip(cells, self.widths, strict=False))
        text = set_cell_size(text, max(width, 1))
        return Strip([Segment(text, style)], max(width, 1))


def _cell(text: str, width: int) -> str:
    """Text in `width` cells, with '…' where it was cut and a blank before the next column."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(0, width - 2)) + "… "
