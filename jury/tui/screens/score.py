"""Scoring one entry: read it, score each criterion, write notes; every change saved at once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from time import monotonic
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Button, Header, Static, TextArea

from jury.actor import Actor
from jury.errors import JuryError, PermissionDenied, StaleWriteError
from jury.rules import still_to_score
from jury.text import shown
from jury.tui.literal import markup, plain
from jury.tui.saving import SaveDone, SaveFailed, SaveJob
from jury.tui.screens.base import JuryScreen
from jury.tui.screens.dialogs import RecusalScreen
from jury.tui.widgets.criterion_form import CriterionForm
from jury.tui.widgets.entry_content import banner_text, entry_content
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.reading_scroll import ReadingScroll
from jury.tui.widgets.score_field import ScoreField

if TYPE_CHECKING:
    from jury.services.views import EntryView

NOTE_PAUSE = 0.8
# A juror typing scores on a locked entry is told why at most this often (seconds).
LOCKED_NOTICE_EVERY = 3.0


class ScoreScreen(JuryScreen):
    BINDINGS = [
        Binding("escape", "back", "List", tooltip="Back to the list", id="back"),
        Binding("f7", "previous", "Previous", tooltip="Previous entry", id="previous",
                priority=True),
        Binding("f8", "next", "Next", tooltip="Next entry", id="next", priority=True),
        Binding("f9", "next_unscored", "Next to do", tooltip="Next entry not done",
                id="next-unscored", priority=True),
        Binding("f4", "recuse", "Conflict", tooltip="Declare or withdraw a conflict",
                id="recuse", priority=True),
        Binding("ctrl+s", "save_again", "Save again",
                tooltip="Save again what the database did not take", id="save-again",
                priority=True),
    ]
    KEY_TEXT = {"back": "back", "previous": "previous", "next": "next",
                "next-unscored": "next_unscored", "recuse": "recuse",
                "save-again": "save_again"}

    def __init__(self, actor: Actor, order: list[str], index: int) -> None:
        super().__init__()
        self.actor = actor
        self.order = order
        self.index = index
        self.view: EntryView | None = None
        self._note_pause: Timer | None = None
        self._note_sent = ""
        self._locked_said = -LOCKED_NOTICE_EVERY

    @property
    def entry_id(self) -> str:
        return self.order[self.index]

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(icon="")
        yield Static("", id="entry-heading")
        yield ReadingScroll(id="entry-body")
        with Horizontal(id="entry-bar"):
            yield Button(f"← {tr('key.previous')}", id="go-previous", compact=True)
            yield Button(tr("key.back"), id="go-back", compact=True)
            yield Button(f"{tr('key.next')} →", id="go-next", compact=True)
            yield Button(f"{tr('key.next_unscored')} ⇥", id="go-unscored", compact=True)
            yield Static("", id="saved")
        yield JuryFooter()

    def on_mount(self) -> None:
        self.reload()

    def fresh(self) -> ScoreScreen:
        self.flush()
        return ScoreScreen(self.actor, self.order, self.index)

    def reload(self) -> None:
        entry_id = self.entry_id
        self.fetch("entry", lambda: self.services.views.entry(self.actor, entry_id))

    async def loaded_entry(self, view: EntryView) -> None:
        same_entry = self.view is not None and self.view.id == view.id
        self.view = view
        self.query_one("#entry-heading", Static).update(markup(
            "[b]$id[/b] · $title  ($at/$of)", id=view.id, title=view.title,
            at=self.index + 1, of=len(self.order)))
        body = self.query_one("#entry-body", ReadingScroll)
        await body.remove_children()
        await body.mount_all(list(entry_content(view, self.jury.settings, self.tr)))
        body.scroll_home(animate=False)
        if view.editable and not same_entry:
            # At once, so a key pressed while the screen draws already goes to the field;
            # and once more after the layout, to bring it into view.
            self._focus_first_score()
            self.call_after_refresh(self._focus_first_score)
        elif not view.editable:
            body.focus(scroll_visible=False)
        self._note_sent = shown(view.note, multiline=True)  # as the note field shows it
        for criterion in self.jury.settings.criteria:
            mine = view.scores.get(criterion.key)
            self.jury.saver.remember(self._key(criterion.key), mine.version if mine else 0)
        self.jury.saver.remember(self._key("note"), view.note_version)
        self.set_class(not view.editable, "-locked")
        self.set_class(view.recusal is not None, "-recused")
        if not same_entry:
            self.query_one("#saved", Static).update("")
            self.remove_class("-unsaved")
        self.refresh_bindings()

    def _focus_first_score(self) -> None:
        """Ready to type the first score still open, and that field in view: the entry's
        text from the top when the field fits below it, else scrolled to the field."""
        fields = list(self.query(ScoreField))
        if not fields or self.view is None or not self.view.editable:
            return
        field = next((f for f in fields if f.value is None), fields[0])
        form = field.parent
        body = self.query_one("#entry-body", ReadingScroll)
        body.scroll_home(animate=False, immediate=True)
        field.focus(scroll_visible=False)
        if isinstance(form, CriterionForm):
            form.scroll_visible(animate=False, immediate=True)
        field.scroll_visible(animate=False, immediate=True)

    # Saving -------------------------------------------------------------------------------

    def _key(self, part: str) -> tuple[str, ...]:
        return (self.actor.name, self.entry_id, part)

    def on_criterion_form_changed(self, event: CriterionForm.Changed) -> None:
        event.stop()
        entry_id, criterion, value, note = event.entry_id, event.criterion, event.value, event.note
        for_entrant = event.for_entrant

        def save(version: int | None):
            return self.services.scoring.set_score(self.actor, entry_id, criterion, value, note,
                                                   expected_version=version or 0,
                                                   for_entrant=for_entrant)

        self._queue((self.actor.name, entry_id, criterion), save)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id != "overall-note" or self.view is None or not self.view.editable:
            return
        if self._note_pause is not None:
            self._note_pause.stop()
        self._note_pause = self.set_timer(NOTE_PAUSE, self.flush_note)

    def flush_note(self) -> None:
        if self._note_pause is not None:
            self._note_pause.stop()
            self._note_pause = None
        if self.view is None or not self.view.editable or not self.query("#overall-note"):
            return
        text = self.query_one("#overall-note", TextArea).text
        if text == self._note_sent:
            return
        self._note_sent = text
        entry_id = self.entry_id

        def save(version: int | None):
            return self.services.scoring.set_entry_note(self.actor, self.actor.name, entry_id,
                                                        text, expected_version=version)

        self._queue((self.actor.name, entry_id, "note"), save)

    def _queue(self, key: tuple[str, ...], save) -> None:
        self.query_one("#saved", Static).update(self.tr("tui.saving"))
        self._mark(key, self.tr("tui.saving"), "saving")
        self.jury.saver.put(SaveJob(key, save, self))

    def _mark(self, key: tuple[str, ...], text: str, state: str) -> None:
        """The save's outcome beside the value it concerns, where the juror is looking."""
        if len(key) != 3 or key[1] != self.entry_id:
            return
        for form in self.query(CriterionForm):
            if form.criterion.key == key[2]:
                form.mark(text, state)

    def flush(self) -> None:
        """Send everything still waiting for a typing pause."""
        for form in self.query(CriterionForm):
            form.flush()
        self.flush_note()

    def on_save_done(self, message: SaveDone) -> None:
        stamp = getattr(message.result, "saved_at", None) or datetime.now()
        saved = "✓ " + self.tr("tui.saved", time=stamp.astimezone().strftime("%H:%M"))
        self.query_one("#saved", Static).update(saved)
        self._mark(message.key, saved, "saved")
        self.remove_class("-unsaved")

    def on_save_failed(self, message: SaveFailed) -> None:
        if message.retry:
            self._not_saved(message)
            return
        error = message.error
        text = error.text(self.tr) if isinstance(error, JuryError) else str(error)
        stale = isinstance(error, StaleWriteError)
        if stale:
            current = getattr(error, "current", None)
            value = current[0] if isinstance(current, tuple) else None
            text = self.tr("tui.stale", value="–" if value is None else f"{value:g}")
        refused = isinstance(error, PermissionDenied)
        if isinstance(error, PermissionDenied):
            text = self.tr("tui.refused", reason=error.text(self.tr))
        self.query_one("#saved", Static).update(
            plain("✗ " + self.tr("tui.save_failed", error=text)))
        self._mark(message.key, "✗ " + self.tr("score.not_saved"), "unsaved")
        self.add_class("-unsaved")
        if isinstance(error, JuryError):
            self.notify(text, title=error.heading(self.tr), severity="error", timeout=10)
            if stale or refused:
                # Changed elsewhere, or no longer allowed (the chair closed the scoring):
                # show what is stored now, read-only where it has to be.
                self.reload()
        else:
            self.jury.show_error(error)

    def _not_saved(self, message: SaveFailed) -> None:
        """The database did not take the change (held too long by another program, full,
        read-only): what the juror typed stays on screen, marked not saved; Ctrl+S tries
        again. The message says why in words, never the database's own error."""
        error = message.error
        reason = (self.tr("saving.busy") if message.busy
                  else error.text(self.tr) if isinstance(error, JuryError) else "")
        text = self.tr("saving.not_saved", reason=reason)
        self.query_one("#saved", Static).update(plain("✗ " + text))
        self._mark(message.key, "✗ " + self.tr("score.not_saved"), "unsaved")
        if message.key[-1] == "note" and message.key[1] == self.entry_id:
            self._note_sent = ""  # the next pause sends the note again, whatever it is
        self.add_class("-unsaved")
        self.notify(shown(text), title=self.tr("saving.title"), severity="error", timeout=15,
                    markup=False)
        self.refresh_bindings()

    def action_save_again(self) -> None:
        keys = self.jury.saver.unsaved
        if self.jury.saver.retry():
            self.query_one("#saved", Static).update(self.tr("tui.saving"))
            for key in keys:
                self._mark(key, self.tr("tui.saving"), "saving")
        self.refresh_bindings()

    # Navigation ---------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.flush()
        self.index = index % len(self.order)
        self.reload()

    def action_previous(self) -> None:
        self.go(self.index - 1)

    def action_next(self) -> None:
        self.go(self.index + 1)

    def action_back(self) -> None:
        self.flush()
        # Back on the list, the cursor is on the entry just left (not the one first opened).
        from jury.tui.screens.entries import EntryListScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, EntryListScreen):
                screen.return_to = self.entry_id
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        tr = self.tr
        yield SystemCommand(tr("cmd.next_unscored"), tr("tip.next_unscored"),
                            self.action_next_unscored)
        yield SystemCommand(tr("cmd.next"), tr("tip.next"), self.action_next)
        yield SystemCommand(tr("cmd.previous"), tr("tip.previous"), self.action_previous)
        if self.check_action("recuse", ()):
            yield SystemCommand(tr("cmd.recuse"), tr("tip.recuse"), self.action_recuse)
        yield SystemCommand(tr("cmd.list"), tr("tip.back"), self.action_back)

    def action_next_unscored(self) -> None:
        self.flush()
        order, index = self.order, self.index

        def find() -> tuple[int | None, int]:
            self.jury.saver.drain()
            rows = {r.id: r.status for r in self.services.views.desk(self.actor).rows}
            for step in range(1, len(order) + 1):
                candidate = (index + step) % len(order)
                if still_to_score(rows.get(order[candidate], "")):
                    return candidate, 0
            outside = sum(1 for entry, status in rows.items()
                          if entry not in order and still_to_score(status))
            return None, outside

        self.fetch("unscored", find)

    def loaded_unscored(self, found: tuple[int | None, int]) -> None:
        index, outside = found
        if index is None:
            # The list was filtered or searched: say what is left outside that selection.
            self.notify(self.tr("score.none_in_selection", count=outside) if outside
                        else self.tr("tui.all_done"))
            return
        self.index = index
        self.reload()

    def action_recuse(self) -> None:
        view = self.view
        if view is None:
            return
        scoring = self.services.scoring
        if view.recusal is not None:
            def withdraw() -> str:
                scoring.withdraw_recusal(self.actor, self.actor.name, view.id)
                return "tui.recuse.withdrawn"

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self.fetch("recusal", withdraw)

            from jury.tui.screens.dialogs import ConfirmScreen

            self.app.push_screen(ConfirmScreen(
                self.tr, self.tr("tui.recuse.withdraw"), f"{view.id} · {view.title}",
                self.tr("score.withdraw_question"), self.tr("tui.recuse.withdraw")), confirmed)
            return

        def answered(result: tuple[str, str] | None) -> None:
            if result is None:
                return

            def declare() -> str:
                # The dialog said the scores will not count: they are cleared with it, as a
                # score and a recusal of the same entry never stand together.
                cleared = scoring.declare_recusal(self.actor, self.actor.name, view.id,
                                                  *result, clear_scores=True)
                return "identity.recuse.cleared" if cleared else "tui.recuse.declared"

            self.fetch("recusal", declare)

        self.app.push_screen(RecusalScreen(self.tr, f"{view.id} · {view.title}"), answered)

    def loaded_recusal(self, said: str) -> None:
        self.notify(self.tr(said))
        self.reload()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"go-previous": self.action_previous, "go-back": self.action_back,
                   "go-next": self.action_next, "go-unscored": self.action_next_unscored}
        if event.button.id in actions:
            event.stop()
            actions[event.button.id]()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_again" and not self.jury.saver.unsaved:
            return False  # nothing waits to be saved again: not in the footer
        return super().check_action(action, parameters)

    def on_key(self, event: events.Key) -> None:
        """A score typed where none can be given (locked, recused): say why, once in a
        while, so a juror does not type on believing it counts. (Textual also calls the
        base screen's on_key: a refused F-key still says why.)"""
        view = self.view
        if view is None or (view.editable and view.recusal is None):
            return
        if event.character is None or not (event.character.isdigit()
                                           or event.character in "+-,."):
            return
        now = monotonic()
        if now - self._locked_said < LOCKED_NOTICE_EVERY:
            return
        self._locked_said = now
        self.notify(banner_text(view, self.tr), severity="warning")

    def refusal(self, action: str) -> str | None:
        view = self.view
        if action == "recuse" and view is not None:
            if view.phase != "scoring":
                return self.tr("score.refused.phase", phase=self.tr(f"phase.{view.phase}"))
            if view.submitted:
                return self.tr("tui.score.readonly.submitted")
        return None

