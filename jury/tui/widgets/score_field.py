"""A score on the award's scale: type it, step it with + and −, or click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Static

from jury.i18n import Strings
from jury.tui.literal import plain

if TYPE_CHECKING:
    from jury.award_settings import Scale

TYPING_PAUSE = 0.6


class ScoreField(Widget, can_focus=True):
    """Shows the value and its meaning; posts Changed once the juror settles on a value.

    Digits collect for a moment (so "10" is one score, not 1 then 10); + and −, arrows and
    clicks change the value at once. A typed value off the scale is refused on the spot.
    """

    value: reactive[float | None] = reactive(None, init=False)
    typed: reactive[str] = reactive("", init=False)

    class Changed(Message):
        def __init__(self, field: ScoreField, value: float | None) -> None:
            super().__init__()
            self.field = field
            self.value = value

        @property
        def control(self) -> ScoreField:
            return self.field

    class Refused(Message):
        def __init__(self, field: ScoreField, text: str) -> None:
            super().__init__()
            self.field = field
            self.text = text

    def __init__(self, scale: Scale, strings: Strings, value: float | None = None, *,
                 editable: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scale = scale
        self.strings = strings
        self.editable = editable
        self._pause: Timer | None = None
        self.set_reactive(ScoreField.value, value)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="score-row"):
            yield _StepButton("−", id="decrease", disabled=not self.editable)
            yield Static(self._shown(), id="shown", classes="score-value")
            yield _StepButton("+", id="increase", disabled=not self.editable)
            yield Static(self._meaning(), id="meaning", classes="score-meaning")

    def watch_value(self) -> None:
        self._refresh()

    def watch_typed(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#shown", Static).update(self._shown())
        self.query_one("#meaning", Static).update(self._meaning())
        self.set_class(self.value is None and not self.typed, "-empty")

    def _shown(self) -> str:
        text = self.typed or ("–" if self.value is None else f"{self.value:g}")
        return f"[ {text:>3} ]"

    def _meaning(self) -> str | Content:
        if self.typed:
            return "…"
        if self.value is None:
            return self.strings("tui.score.empty")
        return plain(self.scale.label_for(self.value) or "")  # a label from award.toml

    async def _on_key(self, event: events.Key) -> None:
        if not self.editable:
            return
        character = event.character or ""
        if character.isdigit() or (character in ",." and self.scale.step != 1):
            event.stop()
            self.typed = (self.typed + character)[-4:]
            self._restart_pause()
        elif character in "+=" or event.key in ("up", "right"):
            event.stop()
            self.step(+1)
        elif character in "-−" or event.key in ("down", "left"):
            event.stop()
            self.step(-1)
        elif event.key in ("backspace", "delete"):
            event.stop()
            self._cancel_pause()
            self.typed = ""
            self._settle(None)
        elif event.key in ("enter", "tab", "shift+tab") and self.typed:
            self.commit_typed()

    def on_blur(self) -> None:
        if self.typed:
            self.commit_typed()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.step(+1 if event.button.id == "increase" else -1)

    def step(self, direction: int) -> None:
        self.commit_typed()
        if self.value is None:
            new = self.scale.min if direction > 0 else self.scale.max
        else:
            new = min(self.scale.max, max(self.scale.min, self.value + direction * self.scale.step))
        self._settle(new)

    def commit_typed(self) -> None:
        """Turn what was typed into the value, or refuse it and keep the old value."""
        self._cancel_pause()
        text, self.typed = self.typed, ""
        if not text:
            return
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            self.post_message(self.Refused(self, self.strings("tui.score.not_number", value=text)))
            return
        if not self.scale.allows(number):
            self.post_message(self.Refused(self, self.strings(
                "tui.score.outside", value=text, scale=self.scale.describe())))
            return
        self._settle(number)

    def _settle(self, value: float | None) -> None:
        if value == self.value:
            return
        self.value = value
        self.post_message(self.Changed(self, value))

    def _restart_pause(self) -> None:
        self._cancel_pause()
        self._pause = self.set_timer(TYPING_PAUSE, self.commit_typed)

    def _cancel_pause(self) -> None:
        if self._pause is not None:
            self._pause.stop()
            self._pause = None


class _StepButton(Button):
    """A − or + the mouse can click; the keyboard uses the field itself."""

    def __init__(self, label: str, *, id: str, disabled: bool) -> None:
        super().__init__(label, id=id, disabled=disabled, compact=True)
        self.can_focus = False
