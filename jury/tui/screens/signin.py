"""Sign-in: pick your name, type your PIN."""

from __future__ import annotations

from weakref import WeakSet

from textual import events
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Input, Label, Select, Static
from textual.widgets._select import SelectCurrent, SelectOverlay

from jury.actor import Actor
from jury.errors import JuryError
from jury.tui.literal import cell, plain
from jury.tui.screens.base import JuryScreen
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.problem import Problem


class LoadingScreen(Screen):
    """The first frame: shown while the database layer loads."""

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="signin-box"):
            yield Label("jury", id="award-title")
            # Still text, not an animation: the load behind it should have the CPU.
            yield Static("…", id="loading")


# Keys the open name list let pass up to the name field (F-keys and the like): the field
# must not send them back to the list.
_PASSED_UP: WeakSet[events.Key] = WeakSet()


class NameOverlay(SelectOverlay):
    """The open list of names. It does its keys itself, at once, so that the next key of a
    burst finds the focus where this one put it; a key that arrives after the focus left
    goes where the focus is now."""

    MOVES = {"up": "cursor_up", "down": "cursor_down", "pageup": "page_up",
             "pagedown": "page_down", "home": "first", "end": "last"}

    async def _on_key(self, event: events.Key) -> None:
        from jury.tui.widgets.reading_scroll import forward_if_moved

        if forward_if_moved(self, event):
            return
        select = self.parent
        if isinstance(select, NameSelect) and event.key in ("enter", "tab", "shift+tab",
                                                             "escape"):
            event.stop()
            event.prevent_default()
            select.close(choose=event.key != "escape")
            if event.key == "tab":
                self.screen.focus_next()
            elif event.key == "shift+tab":
                self.screen.focus_previous()
            return
        if event.key in self.MOVES:
            event.stop()
            event.prevent_default()
            getattr(self, f"action_{self.MOVES[event.key]}")()
            return
        await super()._on_key(event)
        if not event._stop_propagation:
            _PASSED_UP.add(event)


class NameSelect(Select[str]):
    """The juror's name. Opening, choosing and Tab take effect at once, and a key typed in
    the same burst after the focus moved on (the PIN after Tab) goes where the focus is."""

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield NameOverlay(type_to_search=self._type_to_search).data_bind(
            compact=Select.compact)

    def close(self, *, choose: bool) -> None:
        """Close the list, taking its highlighted name when `choose`; the focus returns here
        now, not after a message round trip."""
        overlay = self.query_one(NameOverlay)
        if choose and overlay.highlighted is not None:
            self.value = self._options[overlay.highlighted][1]
        self.screen.set_focus(self, scroll_visible=False)
        self.expanded = False

    async def _on_key(self, event: events.Key) -> None:
        from jury.tui.widgets.reading_scroll import forward_if_moved, move_now

        if event in _PASSED_UP:
            return  # from the open list, on its way to the screen's bindings
        if forward_if_moved(self, event):
            return
        if event.key in ("enter", "down", "up", "space"):
            event.stop()
            event.prevent_default()
            self.action_show_overlay()
            self.screen.set_focus(self.query_one(NameOverlay), scroll_visible=False)
            return
        if move_now(self, event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)


class SignInScreen(JuryScreen):
    def __init__(self, names: list[str] | None = None) -> None:
        super().__init__()
        self.names: list[str] = []
        self._first_names = names
        self._countdown: Timer | None = None

    def compose(self) -> ComposeResult:
        tr = self.tr
        with Center(), Vertical(id="signin-box"):
            yield Label(plain(self.jury.award_title), id="award-title")
            yield Label(tr("tui.signin.title"), classes="dialog-title")
            yield Static(tr("tui.signin.intro"), id="intro")
            yield NameSelect([(cell(n), n) for n in self.names], prompt=tr("tui.signin.name"),
                             id="name")
            yield Input(password=True, placeholder=tr("tui.signin.pin"), id="pin")
            yield Button(tr("tui.signin.button"), id="signin-button", variant="primary")
            yield Problem(id="message")
        yield JuryFooter()

    def on_mount(self) -> None:
        if self._first_names is not None:
            names, self._first_names = self._first_names, None
            self.loaded_jury(names)
        else:
            self.reload()

    def reload(self) -> None:
        self.fetch("jury", lambda: [j.name for j in self.services.jurors.list()])

    def loaded_jury(self, names: list[str]) -> None:
        self.names = names
        select = self.query_one("#name", Select)
        # Text, not str: a name is never read as markup; the Select still finds it by typing.
        select.set_options([(cell(n), n) for n in names])
        if not names:
            self.query_one("#message", Static).update(self.tr("tui.signin.nojury"))
        select.focus()

    # Choosing a name leaves the focus on it: Tab then goes to the PIN, as the juror expects
    # (name → PIN → sign in), instead of skipping past the PIN to the button.

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.sign_in()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "signin-button":
            self.sign_in()

    def sign_in(self) -> None:
        name = self.query_one("#name", Select).value
        if name is Select.NULL:
            self.query_one("#message", Static).update(self.tr("tui.signin.pick"))
            return
        pin_input = self.query_one("#pin", Input)
        if not pin_input.value:
            # An empty PIN is never an attempt: nothing is checked, nothing counts.
            self.query_one("#message", Static).update(self.tr("signin.empty"))
            pin_input.focus()
            return
        pin, pin_input.value = pin_input.value, ""
        if self._countdown is not None:
            self._countdown.stop()
            self._countdown = None
        self.query_one("#message", Static).update("")
        def sign_in() -> tuple[Actor, object]:
            actor = self.services.jurors.sign_in(str(name), pin)
            # The list's data in the same trip: the juror lands on a full list.
            return actor, (self.services.views.desk(actor) if actor.role == "juror" else None)

        self.fetch("signin", sign_in)

    def loaded_signin(self, signed: tuple[Actor, object]) -> None:
        self.jury.signed_in(*signed)  # type: ignore[arg-type]

    def failed(self, tag: str, error: BaseException) -> None:
        if tag == "signin" and isinstance(error, JuryError):
            reason = getattr(error, "reason", None)
            values = dict(getattr(error, "values", {}))
            if reason and isinstance(values.get("seconds"), int):
                self._count_down(str(reason), values)
                return
            text = self.tr(f"signin.{reason}", **values) if reason else error.text(self.tr)
            self.query_one("#message", Static).update(plain(f"✗ {text}"))
            self.query_one("#pin", Input).focus()
            return
        super().failed(tag, error)

    def _count_down(self, reason: str, values: dict[str, object]) -> None:
        """Wrong PINs made this name wait: show the seconds left, counting down, then say
        it can be tried again (the service refuses an earlier try anyway)."""
        if self._countdown is not None:
            self._countdown.stop()
        left = int(values["seconds"])  # type: ignore[call-overload]
        message = self.query_one("#message", Static)

        def show() -> None:
            nonlocal left
            if left <= 0:
                if self._countdown is not None:
                    self._countdown.stop()
                    self._countdown = None
                message.update(plain(self.tr("signin.ready")))
                return
            # Text: the juror's name is data, never markup.
            message.update(plain("✗ " + self.tr(f"signin.{reason}", **{**values,
                                                                       "seconds": left})))
            left -= 1

        show()
        self._countdown = self.set_interval(1.0, show)
        self.query_one("#pin", Input).focus()
