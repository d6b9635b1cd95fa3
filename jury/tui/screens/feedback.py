"""The chair composes an entry's feedback to the entrant, per criterion, and approves it.

The dialog only gathers the words and the choice (save as a draft, or save and approve); the
service decides whether the chair may write them now and keeps every revision in the record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static, TextArea

from jury.text import shown
from jury.tui.literal import plain
from jury.tui.screens.decisions import ChairDialog
from jury.tui.screens.modal import DialogBody
from jury.tui.widgets.problem import Problem
from jury.tui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from jury.i18n import Strings
    from jury.services.feedback import FeedbackDraft


class FeedbackScreen(ChairDialog):
    """Returns (texts per criterion, approve) or None. Enter in a text starts a new line;
    the buttons (or Ctrl+S to save, Ctrl+A to save and approve) decide."""

    def __init__(self, strings: Strings, draft: FeedbackDraft) -> None:
        super().__init__(strings)
        self.draft = draft

    def compose(self) -> ComposeResult:
        tr = self.strings
        draft = self.draft
        with Vertical(id="dialog", classes="feedback"):
            yield Label(tr("feedback.dialog.title", entry=draft.entry_id),
                        classes="dialog-title")
            yield Static(plain(f"{draft.title} · {draft.organisation}"),
                         classes="dialog-subject")
            status = tr("feedback.status." + draft.status)
            yield Static(plain(tr("feedback.dialog.status", status=status)
                               + ("  " + tr("feedback.dialog.reapprove")
                                  if draft.status == "approved" else "")),
                         id="feedback-status")
            with DialogBody():
                yield Static(tr("feedback.dialog.intro"), classes="legend")
                texts = draft.texts
                for key, label_nl, label_en in draft.criteria:
                    yield Label(plain(tr.label(label_nl, label_en)), classes="criterion-label")
                    # Older text may hold control characters: shown visibly, never acted on.
                    yield TextBox(shown(texts.get(key, ""), multiline=True),
                                   id=f"feedback-{key}", soft_wrap=True,
                                   show_line_numbers=False, classes="feedback-text")
            yield Problem(id="problem")
            with Horizontal(classes="buttons"):
                yield Button(tr("feedback.save"), id="confirm", compact=True)
                yield Button(tr("feedback.approve"), id="approve", variant="primary",
                             compact=True)
                yield Button(tr("feedback.cancel"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        # Textual calls ChairDialog's handler too (every class's, base last): it saves and
        # cancels; approving is this dialog's own, and the base must not answer again.
        if event.button.id == "approve":
            event.stop()
            event.prevent_default()
            self.answer(approve=True)

    def key_ctrl_s(self) -> None:
        self.answer()

    def key_ctrl_a(self) -> None:
        self.answer(approve=True)

    def texts(self) -> dict[str, str]:
        return {key: self.query_one(f"#feedback-{key}", TextArea).text.strip()
                for key, _, _ in self.draft.criteria}

    def answer(self, approve: bool = False) -> None:
        texts = self.texts()
        if not any(texts.values()):
            self.problem("feedback.empty")
            return
        self.dismiss((texts, approve))
