"""The chair writes an entry's laudatio: drafted from the jurors' overall notes.

The dialog only gathers the words; the service decides whether the chair may write them now
(deliberation only) and keeps every revision in the record.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static, TextArea
from textual.widgets.selection_list import Selection

from jury.i18n import Strings
from jury.text import shown
from jury.tui.literal import cell, plain
from jury.tui.screens.decisions import ChairDialog
from jury.tui.screens.modal import DialogBody
from jury.tui.widgets.text_box import TextBox
from jury.tui.widgets.toggles import ShapedSelectionList


class LaudatioScreen(ChairDialog):
    """Returns the laudatio's text, or None. Enter in the text starts a new line; the
    button (or Ctrl+S) saves."""

    # Self-contained sizes: the text and the notes scroll inside a dialog that fits.
    DEFAULT_CSS = """
    LaudatioScreen #laudatio-text { height: 8; }
    LaudatioScreen #laudatio-notes { max-height: 8; }
    """

    def __init__(self, strings: Strings, entry: str, title: str, current: str,
                 notes: list[tuple[str, str]]) -> None:
        super().__init__(strings)
        self.entry = entry
        self.entry_title = title
        self.current = current
        self.notes = notes

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("laudatio.title"), classes="dialog-title")
            with DialogBody():
                yield Static(plain(f"{self.entry} · {self.entry_title}"),
                             classes="dialog-subject")
                if self.notes:
                    yield Static(tr("laudatio.pick"))
                    yield ShapedSelectionList(
                        *(Selection(cell(f"{juror}: {shown(text)}"), n)
                          for n, (juror, text) in enumerate(self.notes)),
                        id="laudatio-notes")
                    with Horizontal(classes="buttons"):
                        yield Button(tr("laudatio.take"), id="take", compact=True)
                else:
                    yield Static(tr("laudatio.no_notes"))
                yield TextBox(self.current, id="laudatio-text", soft_wrap=True,
                               show_line_numbers=False)
            yield from self.buttons(tr("laudatio.save"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        # Textual calls ChairDialog's handler after this one (confirm, cancel); "take" is
        # this dialog's own and stops there.
        if event.button.id == "take":
            event.prevent_default()
            event.stop()
            self.take_notes()

    def take_notes(self) -> None:
        """Add the chosen jurors' notes to the draft, each as its own paragraph."""
        chosen = self.query_one("#laudatio-notes", ShapedSelectionList).selected
        area = self.query_one("#laudatio-text", TextArea)
        parts = [area.text.rstrip()] if area.text.strip() else []
        parts += [self.notes[n][1].strip() for n in sorted(chosen)]
        area.load_text("\n\n".join(parts))
        area.focus()

    def action_confirm(self) -> None:
        # Enter inside the text is a new line, not "save".
        area = self.query_one("#laudatio-text", TextArea)
        if self.focused is area:
            area.insert("\n")
            return
        self.answer()

    def key_ctrl_s(self) -> None:
        self.answer()

    def answer(self) -> None:
        text = self.query_one("#laudatio-text", TextArea).text.strip()
        if not text and not self.current:
            self.problem("laudatio.empty")
            return
        self.dismiss(text)


class LaudatioActions:
    """The deliberation screen's laudatio action: fetch the draft, ask, save, say so.
    Mixed into a JuryScreen (actor, services, entry_id, tr, fetch)."""

    actor: Any
    services: Any
    entry_id: str
    tr: Any

    def action_laudatio(self) -> None:
        actor, services, entry = self.actor, self.services, self.entry_id
        self.fetch("laudatio_draft",  # type: ignore[attr-defined]
                   lambda: services.deliberation.laudatio_draft(actor, entry))

    def loaded_laudatio_draft(self, draft: Any) -> None:
        actor, services, entry = self.actor, self.services, self.entry_id

        def chosen(text: str | None) -> None:
            if text is not None:
                self.fetch("laudatio_written",  # type: ignore[attr-defined]
                           lambda: services.deliberation.write_laudatio(actor, entry, text))

        self.app.push_screen(  # type: ignore[attr-defined]
            LaudatioScreen(self.tr, draft.entry, draft.title,
                           draft.current.text if draft.current else "", list(draft.notes)),
            chosen)

    def loaded_laudatio_written(self, record: Any) -> None:
        self.notify(self.tr("laudatio.saved" if record.text  # type: ignore[attr-defined]
                            else "laudatio.withdrawn"))
