"""Small windows over a screen: help, conflict of interest, submitting, errors."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, RadioButton, RadioSet, Static, TextArea

from jury.i18n import HELP, Strings
from jury.terms import RECUSAL_REASONS
from jury.tui.literal import lines, plain


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,question_mark", "dismiss", "Close", tooltip="Close the help",
                id="help-close"),
    ]

    def __init__(self, strings: Strings) -> None:
        super().__init__()
        self.strings = strings

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="help"):
            with VerticalScroll():
                yield Markdown(HELP[self.strings.language])
            yield Button(self.strings("tui.close"), id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()


class RecusalScreen(ModalScreen[tuple[str, str] | None]):
    """Asks for the reason of a conflict of interest; returns (reason, text) or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Do not declare", id="recuse-cancel")]

    def __init__(self, strings: Strings, entry_title: str) -> None:
        super().__init__()
        self.strings = strings
        self.entry_title = entry_title

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.recuse.title"), classes="dialog-title")
            yield Static(plain(self.entry_title), classes="dialog-subject")
            yield Static(tr("tui.recuse.intro"))
            with RadioSet(id="reason"):
                for position, reason in enumerate(RECUSAL_REASONS):
                    yield RadioButton(tr(f"reason.{reason}"), value=position == 0,
                                      id=f"reason-{reason}")
            yield Input(placeholder=tr("tui.recuse.text"), id="text")
            yield Static("", id="problem", classes="problem")
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.recuse.declare"), id="declare", variant="warning")
                yield Button(tr("tui.cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
            return
        pressed = self.query_one(RadioSet).pressed_button
        reason = (pressed.id or "reason-other").removeprefix("reason-") if pressed else "other"
        text = self.query_one("#text", Input).value.strip()
        if reason == "other" and not text:
            self.query_one("#problem", Static).update(self.strings("tui.recuse.text"))
            self.query_one("#text", Input).focus()
            return
        self.dismiss((reason, text))

    def action_cancel(self) -> None:
        self.dismiss(None)


class SubmitScreen(ModalScreen[bool]):
    """Lists what is missing, or asks to confirm; returns True to submit."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Do not submit", id="submit-cancel")]

    def __init__(self, strings: Strings, missing: list[str]) -> None:
        super().__init__()
        self.strings = strings
        self.missing = missing

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.submit.title"), classes="dialog-title")
            if self.missing:
                shown = ", ".join(self.missing[:12]) + (" …" if len(self.missing) > 12 else "")
                yield Static(plain(tr("tui.submit.missing", count=len(self.missing), ids=shown)),
                             id="missing")
                with Horizontal(classes="buttons"):
                    yield Button(tr("tui.close"), id="cancel", variant="primary")
            else:
                yield Static(tr("tui.submit.confirm"), id="confirm")
                with Horizontal(classes="buttons"):
                    yield Button(tr("tui.submit.yes"), id="submit", variant="success")
                    yield Button(tr("tui.cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "submit")

    def action_cancel(self) -> None:
        self.dismiss(False)


class ErrorScreen(ModalScreen[None]):
    """An unexpected failure, with its full text to copy for the secretariat."""

    BINDINGS = [Binding("escape", "dismiss", "Close", tooltip="Close", id="error-close")]

    def __init__(self, strings: Strings, text: str) -> None:
        super().__init__()
        self.strings = strings
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="error"):
            yield Label(self.strings("tui.error.title"), classes="dialog-title")
            yield Static(self.strings("tui.error.copy"))
            yield TextArea(lines(self.text).plain, read_only=True, id="details")
            yield Button(self.strings("tui.close"), id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()


class ExportScreen(ModalScreen[tuple[str, bool] | None]):
    """Asks where to write the ceremony workbook; returns (path, overwrite) or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Do not export", id="export-cancel")]

    def __init__(self, strings: Strings, suggested: str) -> None:
        super().__init__()
        self.strings = strings
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.export.title"), classes="dialog-title")
            yield Static(tr("tui.export.intro"))
            yield Input(self.suggested, id="path")
            yield RadioButton(tr("tui.export.force"), id="force")
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.export.write"), id="write", variant="primary")
                yield Button(tr("tui.cancel"), id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._answer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self._answer()

    def _answer(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if path:
            self.dismiss((path, self.query_one("#force", RadioButton).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
