"""Small windows over a screen: help, conflict of interest, submitting, confirming, errors.

Each is a JuryDialog: focus on its first control, Enter confirms, Esc cancels, and the
buttons stay in view at 80×24 (the body scrolls).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Markdown, RadioSet, Static

from jury.i18n import CHAIR_HELP, HELP, Strings
from jury.terms import RECUSAL_REASONS
from jury.tui.literal import lines, plain
from jury.tui.screens.modal import DialogBody, JuryDialog
from jury.tui.widgets.problem import Problem
from jury.tui.widgets.text_box import TextBox
from jury.tui.widgets.toggles import ShapedCheckbox, ShapedRadioButton


class HelpScreen(JuryDialog):
    """The juror's help, or the chair's; F1, ? or Esc close it."""

    BINDINGS = [
        Binding("escape,f1,question_mark", "dismiss", "Close", tooltip="Close the help",
                id="help-close"),
    ]

    def __init__(self, strings: Strings, *, chair: bool = False,
                 text: str | None = None) -> None:
        super().__init__()
        self.strings = strings
        self.chair = chair
        self.text = text  # a screen's own help (the meeting's), instead of the table's

    def compose(self) -> ComposeResult:
        text = self.text or (CHAIR_HELP if self.chair else HELP)[self.strings.language]
        with Vertical(id="dialog", classes="help"):
            with VerticalScroll(id="help-body"):
                yield Markdown(text)
            with Horizontal(classes="buttons"):
                yield Button(self.strings("tui.close"), id="close", variant="primary",
                             compact=True)

    def focus_first(self) -> None:
        # The text scrolls with the arrows and PageUp/PageDown; Enter or Esc closes.
        self.query_one("#help-body").focus()

    def confirm(self) -> None:
        self.dismiss()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()


class RecusalScreen(JuryDialog):
    """Asks for the reason of a conflict of interest; returns (reason, text) or None."""

    def __init__(self, strings: Strings, entry_title: str) -> None:
        super().__init__()
        self.strings = strings
        self.entry_title = entry_title

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.recuse.title"), classes="dialog-title")
            with DialogBody():
                yield Static(plain(self.entry_title), classes="dialog-subject")
                yield Static(tr("tui.recuse.intro"))
                with RadioSet(id="reason"):
                    for position, reason in enumerate(RECUSAL_REASONS):
                        yield ShapedRadioButton(tr(f"reason.{reason}"), value=position == 0,
                                                id=f"reason-{reason}")
                yield Input(placeholder=tr("tui.recuse.text"), id="text")
            yield Problem(id="problem")
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.recuse.declare"), id="declare", variant="warning",
                             compact=True)
                yield Button(tr("tui.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.confirm()

    def confirm(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        reason = (pressed.id or "reason-other").removeprefix("reason-") if pressed else "other"
        text = self.query_one("#text", Input).value.strip()
        if reason == "other" and not text:
            self.query_one("#problem", Static).update(self.strings("tui.recuse.text"))
            self.query_one("#text", Input).focus()
            return
        self.dismiss((reason, text))


class ConfirmScreen(JuryDialog):
    """A yes-or-no question about one thing; returns True, or None when cancelled."""

    def __init__(self, strings: Strings, title: str, subject: str, question: str,
                 yes: str) -> None:
        super().__init__()
        self.strings = strings
        self.title_text = title
        self.subject = subject
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            with DialogBody():
                yield Static(plain(self.subject), classes="dialog-subject")
                yield Static(plain(self.question))
            with Horizontal(classes="buttons"):
                yield Button(self.yes, id="yes", variant="warning", compact=True)
                yield Button(self.strings("tui.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(True if event.button.id == "yes" else None)

    def confirm(self) -> None:
        self.dismiss(True)


class SubmitScreen(JuryDialog):
    """Lists what is missing, or asks to confirm; returns True to submit."""

    def __init__(self, strings: Strings, missing: list[str]) -> None:
        super().__init__()
        self.strings = strings
        self.missing = missing

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.submit.title"), classes="dialog-title")
            with DialogBody():
                if self.missing:
                    more = len(self.missing) - 12
                    shown = ", ".join(self.missing[:12]) + (f" (+{more})" if more > 0 else "")
                    yield Static(plain(tr("tui.submit.missing", count=len(self.missing),
                                          ids=shown)), id="missing")
                else:
                    yield Static(tr("tui.submit.confirm"), id="confirm")
            with Horizontal(classes="buttons"):
                if self.missing:
                    yield Button(tr("tui.close"), id="cancel", variant="primary", compact=True)
                else:
                    yield Button(tr("tui.submit.yes"), id="submit", variant="success",
                                 compact=True)
                    yield Button(tr("tui.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "submit")

    def confirm(self) -> None:
        self.dismiss(not self.missing)

    def action_cancel(self) -> None:
        self.dismiss(False)


class ErrorScreen(JuryDialog):
    """An unexpected failure, with its full text to copy for the secretariat."""

    def __init__(self, strings: Strings, text: str) -> None:
        super().__init__()
        self.strings = strings
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="error"):
            yield Label(self.strings("tui.error.title"), classes="dialog-title")
            yield Static(self.strings("tui.error.copy"))
            yield TextBox(lines(self.text).plain, read_only=True, id="details")
            with Horizontal(classes="buttons"):
                yield Button(self.strings("tui.close"), id="close", variant="primary",
                             compact=True)

    def focus_first(self) -> None:
        self.query_one("#close").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()

    def confirm(self) -> None:
        self.dismiss()


class ExportScreen(JuryDialog):
    """Asks where to write the ceremony workbook; returns (path, overwrite) or None."""

    def __init__(self, strings: Strings, suggested: str) -> None:
        super().__init__()
        self.strings = strings
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("tui.export.title"), classes="dialog-title")
            with DialogBody():
                yield Static(tr("tui.export.intro"))
                yield Input(self.suggested, id="path")
                yield ShapedCheckbox(tr("tui.export.force"), id="force")
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.export.write"), id="write", variant="primary",
                             compact=True)
                yield Button(tr("tui.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.confirm()

    def confirm(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if path:
            self.dismiss((path, self.query_one("#force", ShapedCheckbox).value))
