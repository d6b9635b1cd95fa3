"""What every dialog shares: focus on its first control, Enter confirms, Esc cancels, and the
buttons stay in view (the body scrolls when the terminal is small)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioSet, SelectionList, TextArea

from jury.tui.widgets.reading_scroll import ReadingScroll


class DialogBody(ReadingScroll, can_focus=False):
    """The part of a dialog that scrolls; never focused itself, so the first key pressed in
    a dialog goes to a control, not to an invisible scroll area."""


class JuryDialog(ModalScreen[Any]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without doing anything",
                id="dialog-cancel"),
        Binding("enter", "confirm", "Confirm", tooltip="Confirm", id="dialog-confirm",
                show=False, priority=True),
    ]

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit)
        self.call_after_refresh(self.focus_first)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Let the body scroll so that the dialog fits the terminal with its buttons in view
        (CSS has no 'screen height minus the rest', so it is measured here)."""
        bodies = self.query(DialogBody)
        dialogs = self.query("#dialog")
        if not bodies or not dialogs:
            return
        body, dialog = bodies.first(), dialogs.first()
        others = sum(child.outer_size.height for child in dialog.children
                     if child is not body and child.display)
        chrome = dialog.outer_size.height - dialog.content_size.height
        room = max(3, self.size.height - chrome - others - body.styles.margin.bottom)
        if body.styles.max_height is None or body.styles.max_height.value != room:
            body.styles.max_height = room

    def focus_first(self) -> None:
        """The first control: a choice, a field, else the confirming button."""
        for widget in self.focus_chain:
            # Input, TextArea and the lists scroll too, but they are controls.
            if not isinstance(widget, ScrollableContainer) or isinstance(
                    widget, Input | SelectionList | TextArea | RadioSet):
                if isinstance(widget, RadioSet) and widget.pressed_index >= 0:
                    # The highlight starts on the choice already made, not on the first line.
                    widget._selected = widget.pressed_index
                widget.focus()
                return

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "confirm" and isinstance(self.focused, TextArea):
            return False  # Enter is a new line there
        return True

    def action_confirm(self) -> None:
        """Enter: a focused button is pressed (Cancel cancels); otherwise the dialog's own
        confirmation runs with the choices as they are shown."""
        focused = self.focused
        if isinstance(focused, Button):
            focused.press()
            return
        # A choice is what shows ◉ (Space or a click makes it): Enter never changes it, so
        # a stray Enter cannot pick the highlighted line (going back a phase, say).
        self.confirm()

    def confirm(self) -> None:
        """What Enter and the confirming button do."""
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(None)
