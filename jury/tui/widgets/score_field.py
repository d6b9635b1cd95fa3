"""A score on the award's scale: type it, step it with + and −, or click.

The contract (also in the help, F1, in both languages):

- Digits type a value; on a half-step scale a decimal separator too (a comma or a point).
- A typed value is saved at once when no further digit could make another valid value
  (on 1–10: "2" to "9" at once; "1" waits, because "10" is still possible). A value that is
  still open waits for the next digit or for Enter, Tab or leaving the field: a pause never
  turns an unfinished number into a different score. Only a value no further digit could
  change ("7" on a half-step scale, which only a separator could continue) is saved after a
  pause, and a separator typed after it still continues it ("7", pause, ",5" gives 7,5).
- A value off the scale or off its steps ("0", "11", "7,5" on whole numbers) is refused with
  what is allowed ("alleen hele cijfers van 1 tot 10") and the score stays what it was before
  that number was typed; digits typed straight after a refused number are part of it, not a
  new score.
- + and − (also on the numeric keypad) step the score; on an empty field + starts at the
  bottom of the scale and − at the top.
- Backspace takes back the digit being typed; with nothing being typed, Backspace or Delete
  clear the score. Esc takes back a number being typed (with nothing typed it goes back).
- Letters change nothing and get a short hint.
- Tab and Shift+Tab go to the next and previous score (the notes in between are skipped);
  ↓ and ↑ go to the next and previous field, notes included.
- Every other key does nothing to the value and reaches the screen: PageUp / PageDown
  scroll (the focus stays on a score), F-keys do what the footer says.
"""

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
from jury.present import score_text
from jury.tui.literal import plain

if TYPE_CHECKING:
    from jury.award_settings import Scale

# How long a value that no further digit can change waits for a decimal separator
# (half-step scales only), and how long digits after a refused number still belong to it.
TYPING_PAUSE = 0.8
# Digits after a refused number belong to it for longer: "7," refused on whole numbers,
# then "5" a second later is the rest of "7,5", never a new score of 5.
REFUSED_PAUSE = 1.6

PLUS = ("+",)
MINUS = ("-", "−")
SEPARATORS = (",", ".")
# Key names that stand for these characters when a terminal sends no character with them:
# the numeric keypad in the kitty keyboard protocol, and Unicode's own names.
KEY_CHARACTERS = {
    "plus": "+", "plus_sign": "+", "add": "+",
    "minus": "-", "hyphen_minus": "-", "minus_sign": "−", "subtract": "-",
    "comma": ",", "full_stop": ".", "decimal": ".", "separator": ",",
}


number_text = score_text  # 7 → '7', 7.5 → '7,5' in Dutch and '7.5' in English


def allowed_text(scale: Scale, strings: Strings) -> str:
    """What the scale allows, in words: 'hele cijfers van 1 tot 10'."""
    low, high = (number_text(v, strings.language) for v in (scale.min, scale.max))
    if scale.step == 1:
        return strings("score.allowed.whole", low=low, high=high)
    return strings("score.allowed.steps", low=low, high=high,
                   step=number_text(scale.step, strings.language))


class Typing:
    """What a typed text means on a scale; no widgets, so every case is easy to test."""

    COMPLETE = "complete"  # a valid value no further digit or separator could change
    SETTLED = "settled"  # valid; only a separator could continue it (half-step scales)
    OPEN = "open"  # valid or not yet, and further digits could still make a valid value
    REFUSED = "refused"  # nothing typed after it could make a valid value

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        self.typings: set[str] = set()
        for value in scale.values():
            whole = int(value)
            if value == whole:
                self.typings.add(str(whole))
            else:
                for separator in SEPARATORS:
                    self.typings.add(f"{whole}{separator}5")

    def value(self, text: str) -> float | None:
        """The value a finished text stands for, or None when it is not one on the scale."""
        if text in self.typings:
            return float(text.replace(",", "."))
        # "7," or "7,0" on a half-step scale: the whole number.
        head, _, tail = text.replace(",", ".").partition(".")
        if self.scale.step != 1 and head in self.typings and tail in ("", "0"):
            return float(head)
        return None

    def classify(self, text: str) -> str:
        longer = [t for t in self.typings if t.startswith(text) and t != text]
        digit_longer = [t for t in longer if t[len(text)].isdigit()]
        if text in self.typings:
            if digit_longer:
                return self.OPEN
            return self.SETTLED if longer else self.COMPLETE
        if longer or (self.value(text) is not None and text[-1] in SEPARATORS):
            return self.OPEN
        if self.value(text) is not None:
            return self.COMPLETE
        return self.REFUSED


class ScoreField(Widget, can_focus=True):
    """Shows the value, its meaning and whether it is saved; posts Changed for every value
    the juror settles on. The contract is in this module's docstring."""

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
        """A typed value that is not on the scale, or a key that types nothing (a hint)."""

        def __init__(self, field: ScoreField, text: str, *, hint: bool = False) -> None:
            super().__init__()
            self.field = field
            self.text = text
            self.hint = hint

    def __init__(self, scale: Scale, strings: Strings, value: float | None = None, *,
                 editable: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scale = scale
        self.strings = strings
        self.editable = editable
        self.typing = Typing(scale)
        self._pause: Timer | None = None
        # The value before the number being typed began, and that number's text while
        # a separator or refused digits may still follow it.
        self._before: float | None = value
        self._burst = ""
        self._swallowing = False
        self.set_reactive(ScoreField.value, value)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="score-row"):
            yield _StepButton("−", id="decrease", disabled=not self.editable)
            yield Static(self._shown(), id="shown", classes="score-value")
            yield _StepButton("+", id="increase", disabled=not self.editable)
            yield Static(self._meaning(), id="meaning", classes="score-meaning")
            yield Static("", id="mark", classes="score-mark")

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
        self.set_class(bool(self.typed), "-typing")

    def mark(self, text: str, state: str) -> None:
        """Beside the value: 'opslaan…', '✓ opgeslagen 14:02' or '✗ niet opgeslagen'."""
        if self.is_mounted:
            self.query_one("#mark", Static).update(text)
            for name in ("saving", "saved", "unsaved"):
                self.set_class(state == name, f"-{name}")

    def _shown(self) -> str:
        if self.typed:
            text = self.typed + "…"
        else:
            text = "–" if self.value is None else number_text(self.value,
                                                                 self.strings.language)
        return f"[ {text:>4} ]"

    def _meaning(self) -> str | Content:
        if self.typed:
            return self.strings("score.typing")
        if self.value is None:
            return self.strings("tui.score.empty")
        return plain(self.scale.label_for(self.value, self.strings.language) or "")

    # Keys ---------------------------------------------------------------------------------

    async def _on_key(self, event: events.Key) -> None:
        from jury.tui.widgets.reading_scroll import forward_if_moved, move_now

        if forward_if_moved(self, event):
            return  # typed in a burst after the focus moved on: never this score
        if self.editable and self.handle(event.key, event.character):
            event.stop()
            event.prevent_default()
        elif event.key in ("tab", "shift+tab") and self._to_score(
                +1 if event.key == "tab" else -1):
            event.stop()
            event.prevent_default()
        elif move_now(self, event.key):
            event.stop()
            event.prevent_default()

    def handle(self, key: str, character: str | None) -> bool:
        """Apply one key; True when the field used it (it then goes no further)."""
        char = character or KEY_CHARACTERS.get(key, "")
        if len(char) == 1 and (char.isdigit() or char in SEPARATORS):
            if char.isdigit() and not char.isascii():
                return False
            self.type(char)
            return True
        if len(char) == 1 and char in PLUS + MINUS:
            self.step(+1 if char in PLUS else -1)
            return True
        if key == "backspace":
            if self.typed:
                self.typed = self.typed[:-1]
                self._burst = self.typed
                self._cancel_pause()
            else:
                self.clear()
            return True
        if key == "delete":
            self.clear()
            return True
        if key == "escape" and self.typed:
            self._end_burst()
            self.typed = ""
            return True
        if key in ("enter", "tab", "shift+tab"):
            # Saved here; the key still does what it does on the screen (Tab moves on).
            self.commit_typed()
            return False
        self._end_burst()
        if len(char) == 1 and char.isalpha():
            self.post_message(self.Refused(self, self.strings(
                "score.letter", allowed=allowed_text(self.scale, self.strings)), hint=True))
        return False

    def _to_score(self, step: int) -> bool:
        """Tab goes to the next score, Shift+Tab to the previous one, as in a spreadsheet:
        "8 Tab 6 Tab 7" scores three criteria and never writes a note. (↓ and ↑ visit the
        notes in between.) False past the last or first score: Tab then moves on as usual."""
        scores = [f for f in self.screen.query(ScoreField) if f.editable and f.display]
        if self not in scores:
            return False
        index = scores.index(self) + step
        if not 0 <= index < len(scores):
            return False
        self.screen.set_focus(scores[index])
        return True

    def type(self, char: str) -> None:
        """One digit or separator: wait, save, or refuse, as the module docstring says."""
        if self._swallowing:
            self._restart_pause(self._stop_swallowing, REFUSED_PAUSE)
            return
        if not self.typed:
            if self._burst and char in SEPARATORS:
                # Continues a number that was saved a moment ago ("7" then ",5").
                text = self._burst + char
            else:
                self._before = self.value
                text = char
        else:
            text = self.typed + char
        kind = self.typing.classify(text)
        if kind == Typing.REFUSED:
            self._refuse(text)
            return
        self._burst = text
        if kind == Typing.COMPLETE:
            self.typed = ""
            self._cancel_pause()
            self._settle(self.typing.value(text))
            self._restart_pause(self._end_burst)
        elif kind == Typing.SETTLED:
            self.typed = text
            self._restart_pause(self.commit_typed)
        else:
            self.typed = text
            self._cancel_pause()

    def _refuse(self, text: str) -> None:
        self.typed = ""
        self._burst = ""
        self._settle(self._before)
        old = ("–" if self._before is None
               else number_text(self._before, self.strings.language))
        # "7," on whole numbers: the separator is what cannot be, so that is what is named.
        key = "score.refused_separator" if text[-1] in SEPARATORS else "score.refused"
        self.post_message(self.Refused(self, self.strings(
            key, typed=text if key == "score.refused" else text[-1],
            allowed=allowed_text(self.scale, self.strings), old=old)))
        self._swallowing = True
        self._restart_pause(self._stop_swallowing, REFUSED_PAUSE)

    def clear_typing(self) -> None:
        """Forget a number being typed, keeping the value (the juror starts afresh)."""
        self._end_burst()
        self.typed = ""

    def _stop_swallowing(self) -> None:
        self._swallowing = False

    def _end_burst(self) -> None:
        self._burst = ""
        self._swallowing = False
        self._cancel_pause()

    def on_blur(self) -> None:
        self.commit_typed()
        self._end_burst()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.step(+1 if event.button.id == "increase" else -1)

    def step(self, direction: int) -> None:
        self.commit_typed()
        self._end_burst()
        if self.value is None:
            new = self.scale.min if direction > 0 else self.scale.max
        else:
            new = min(self.scale.max, max(self.scale.min, self.value + direction * self.scale.step))
        self._settle(new)

    def clear(self) -> None:
        self._end_burst()
        self.typed = ""
        self._settle(None)

    def commit_typed(self) -> None:
        """Turn what was typed into the value, or refuse it and keep the old value."""
        if not self.typed:
            return
        self._cancel_pause()
        text, self.typed = self.typed, ""
        value = self.typing.value(text)
        if value is None:
            self._refuse(text)
            self._stop_swallowing()
            return
        self._settle(value)

    def _settle(self, value: float | None) -> None:
        if value == self.value:
            return
        self.value = value
        self.post_message(self.Changed(self, value))

    def _restart_pause(self, then, seconds: float | None = None) -> None:
        self._cancel_pause()
        self._pause = self.set_timer(TYPING_PAUSE if seconds is None else seconds, then)

    def _cancel_pause(self) -> None:
        if self._pause is not None:
            self._pause.stop()
            self._pause = None


class _StepButton(Button):
    """A − or + the mouse can click; the keyboard uses the field itself."""

    def __init__(self, label: str, *, id: str, disabled: bool) -> None:
        super().__init__(label, id=id, disabled=disabled, compact=True)
        self.can_focus = False
