"""Sign-in: pick your name, type your PIN."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Input, Label, Select, Static

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
            yield Select[str]([(cell(n), n) for n in self.names], prompt=tr("tui.signin.name"),
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
            text = self.tr(f"signin.{reason}", **values) if reason else error.message
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
