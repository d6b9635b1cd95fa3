"""Asks before a link from an entry's text opens in the browser, showing its literal address."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from jury.i18n import Strings
from jury.tui.literal import plain


class LinkScreen(ModalScreen[bool]):
    """Returns True to open the link; Esc or Cancel returns None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Do not open the link",
                id="link-cancel"),
    ]

    def __init__(self, strings: Strings, url: str) -> None:
        super().__init__()
        self.strings = strings
        self.url = url

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog", classes="link"):
            yield Label(tr("text.link.title"), classes="dialog-title")
            yield Static(tr("text.link.intro"))
            yield Static(plain(self.url), id="link-url", classes="dialog-subject")
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.cancel"), id="cancel", variant="primary", compact=True)
                yield Button(tr("text.link.open"), id="open", compact=True)

    def on_mount(self) -> None:
        # Cancel has the focus: Enter alone never opens a link.
        self.query_one("#cancel", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(True if event.button.id == "open" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
