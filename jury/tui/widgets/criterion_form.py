"""One criterion of one entry: its label and question, the score, a note for the jury only,
and a note for the entrant (the feedback letter's material), each labelled as such."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from jury.i18n import Strings
from jury.text import shown
from jury.tui.literal import plain
from jury.tui.widgets.problem import Problem
from jury.tui.widgets.score_field import ScoreField

if TYPE_CHECKING:
    from jury.award_settings import CriterionSettings, Scale

NOTE_PAUSE = 0.8


class CriterionForm(Widget):
    """Posts Changed(entry_id, criterion, value, note, for_entrant) whenever score or a note
    settles."""

    class Changed(Message):
        def __init__(self, form: CriterionForm, value: float | None, note: str) -> None:
            super().__init__()
            self.form = form
            self.entry_id = form.entry_id
            self.criterion = form.criterion.key
            self.value = value
            self.note = note
            self.for_entrant = form.for_entrant

    def __init__(self, entry_id: str, criterion: CriterionSettings, scale: Scale,
                 strings: Strings, *, value: float | None, note: str, editable: bool,
                 for_entrant: str = "") -> None:
        super().__init__(id=f"criterion-{criterion.key}")
        self.entry_id = entry_id
        self.criterion = criterion
        self.scale = scale
        self.strings = strings
        self.editable = editable
        self._value = value
        # Older notes may hold control characters: the field shows (and keeps) them visible.
        self._note = shown(note, multiline=True)
        self._for_entrant = shown(for_entrant, multiline=True)
        self._pause: Timer | None = None

    def compose(self) -> ComposeResult:
        tr = self.strings
        yield Label(plain(tr.label(self.criterion.label_nl, self.criterion.label_en)),
                    classes="criterion-label")
        yield Static(plain(tr.label(self.criterion.question_nl, self.criterion.question_en)),
                     classes="criterion-question")
        yield ScoreField(self.scale, tr, self._value, editable=self.editable, id="score")
        yield Problem(id="refused")
        label = tr.label(self.criterion.label_nl, self.criterion.label_en)
        # The jury-only note comes first, as before: a note is the jury's unless the juror
        # writes it in the field that says 'entrant'.
        with Horizontal(classes="note-row"):
            yield Label(tr("score.jury_only.short"), classes="note-kind")
            yield NoteInput(self._note, placeholder=tr("score.jury_only", criterion=label),
                            id="note", disabled=not self.editable, compact=True,
                            tooltip=tr("score.jury_only.tip"))
        with Horizontal(classes="note-row -entrant"):
            yield Label(tr("score.for_entrant.short"), classes="note-kind")
            yield NoteInput(self._for_entrant,
                            placeholder=tr("score.for_entrant", criterion=label),
                            id="for-entrant", disabled=not self.editable, compact=True,
                            tooltip=tr("score.for_entrant.tip"))

    @property
    def value(self) -> float | None:
        fields = self.query(ScoreField)
        return fields.first().value if fields else self._value

    @property
    def note(self) -> str:
        # While the screen swaps entries the children may already be gone.
        notes = self.query("#note")
        return notes.first(Input).value if notes else self._note

    @property
    def for_entrant(self) -> str:
        notes = self.query("#for-entrant")
        return notes.first(Input).value if notes else self._for_entrant

    def on_score_field_refused(self, event: ScoreField.Refused) -> None:
        """Said right under the field; a refused value also as a notice."""
        event.stop()
        self.query_one("#refused", Static).update(
            plain(f"{'ℹ' if event.hint else '✗'} {event.text}"))
        if not event.hint:
            self.notify(event.text, severity="warning")

    def on_descendant_focus(self) -> None:
        """The label and question come into view with the field: the eye is where the keys go."""
        self.call_after_refresh(self.scroll_visible, animate=False)

    def mark(self, text: str, state: str) -> None:
        """'✓ opgeslagen 14:02' (or saving, or not saved) beside this criterion's value."""
        for field in self.query(ScoreField):
            field.mark(text, state)

    def on_score_field_changed(self, event: ScoreField.Changed) -> None:
        event.stop()
        self.query_one("#refused", Static).update("")
        self._value = event.value
        self.flush()
        self.post_message(self.Changed(self, event.value, self.note))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        sent = self._for_entrant if event.input.id == "for-entrant" else self._note
        if event.value == sent:
            return
        if self._pause is not None:
            self._pause.stop()
        self._pause = self.set_timer(NOTE_PAUSE, self.flush)

    def on_descendant_blur(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Send a typed score and a note that are still waiting (the juror moves on)."""
        for field in self.query(ScoreField):
            field.commit_typed()
        if self._pause is not None:
            self._pause.stop()
            self._pause = None
        note, for_entrant = self.note, self.for_entrant
        if (note, for_entrant) != (self._note, self._for_entrant):
            self._note, self._for_entrant = note, for_entrant
            self.post_message(self.Changed(self, self.value, note))


class NoteInput(Input):
    """A note on the page: ↑ ↓ and Tab move on at once, and a key typed in the same burst
    after the focus moved on goes where the focus is (never into this note)."""

    async def _on_key(self, event: events.Key) -> None:
        from jury.tui.widgets.reading_scroll import forward_if_moved, move_now

        if forward_if_moved(self, event):
            return
        if move_now(self, event.key, keys=("up", "down", "pageup", "pagedown")):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)
