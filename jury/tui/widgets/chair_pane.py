"""What every tab of the chair's table shares.

Each tab is a TabPane of its own that displays what the chair screen hands it (attributes
down: `show(view)`) and posts a message when the chair asks for something (messages up). The
screen coordinates: it runs the database calls and opens the dialogs; a tab never sees the
services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message
from textual.widgets import TabPane

if TYPE_CHECKING:
    from jury.i18n import Strings
    from jury.tui.chair_text import ChairView


class ChairPane(TabPane):
    """One tab of the chair's table."""

    class EntryChosen(Message):
        """Enter (or a click) on an entry: the chair wants to deliberate it."""

        def __init__(self, entry: str) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(title, id=id)
        self.chair: ChairView | None = None

    @property
    def tr(self) -> Strings:
        return self.app.strings  # type: ignore[attr-defined,no-any-return]

    def show(self, view: ChairView) -> None:
        """Show the chair's data as it is now."""
        self.chair = view
        self.redraw()

    def redraw(self) -> None:
        """Draw the tab again from the data last shown (after a resize, a new sort order)."""

    def choose(self, key: str, entry: str | None = None) -> None:
        """A row chosen: deliberate its entry; the cut-off line says what it is instead."""
        if self.chair is None:
            return
        if key.startswith("_"):
            self.notify(self.tr("chair.cutoff_row"))
            return
        self.post_message(self.EntryChosen(key if entry is None else entry))

    def fit_width(self, others: int, low: int, high: int) -> int:
        """A column's width that leaves `others` cells for the rest at this terminal size."""
        return max(low, min(high, self.app.size.width - others))
