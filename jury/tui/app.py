"""The jury's terminal app: one factory for the command line, the browser and the tests."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from jury.actor import Actor
from jury.errors import JuryError
from jury.i18n import Strings
from jury.text import shown
from jury.tui.saving import Saver
from jury.tui.screens.base import JuryScreen, translate_bindings
from jury.tui.screens.signin import LoadingScreen, SignInScreen
from jury.tui.textual_words import (
    JuryCommandPalette,
    system_commands,
    translate_built_in_bindings,
)

if TYPE_CHECKING:
    from jury.award_settings import AwardSettings
    from jury.services import Services
    from jury.services.views import Desk

HIGH_CONTRAST = Theme(
    name="jury-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    warning="#FFB000",
    error="#FF5555",
    success="#55FF55",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    dark=True,
)
STANDARD_THEME = "textual-dark"


class JuryApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "jury"
    BINDINGS = [
        Binding("f1", "help", "Help", tooltip="How scoring works and every key", id="help"),
        Binding("question_mark", "help", "Help", show=False, tooltip="Help", id="help-key"),
        Binding("f2", "switch_language", "English", tooltip="Switch language", id="language"),
        Binding("f3", "toggle_contrast", "Contrast", tooltip="High contrast on or off",
                id="contrast"),
        Binding("ctrl+q", "quit", "Quit", tooltip="Quit; everything is saved already",
                id="quit", priority=True),
        Binding("f11", "meeting", "Meeting", tooltip="The jury meeting", id="meeting"),
    ]

    KEY_TEXT = {"help": "help", "language": "language", "contrast": "contrast", "quit": "quit",
                "meeting": "meeting"}

    def __init__(self, connect: Callable[[], Services], *, language: str | None = None,
                 exports_dir: Path = Path("exports")) -> None:
        """`connect` opens the database; it runs in a thread after the first frame, so the
        juror sees the app at once while the database layer loads."""
        super().__init__()
        self.connect = connect
        self.exports_dir = exports_dir
        self.services: Services
        self.settings: AwardSettings
        self.strings = Strings(language or "nl")
        self.language_chosen = language is not None
        self.saver = Saver()
        self.actor: Actor | None = None
        self.award_title = "jury"
        self.register_theme(HIGH_CONTRAST)
        self.theme = STANDARD_THEME

    def on_mount(self) -> None:
        translate_bindings(self, self.KEY_TEXT, self.strings)
        self.run_worker(self.saver.run, thread=True, group="save", name="saver",
                        exit_on_error=False)
        self.push_screen(LoadingScreen())
        # Only once the loading view is on screen: the imports behind it hold the GIL.
        self.call_after_refresh(self.run_worker, self._connect, thread=True,
                                group="db-connect", name="connect", exit_on_error=False)

    def _connect(self) -> None:
        services = self.connect()
        settings = services.award.settings()
        names = [j.name for j in services.jurors.list()]
        self.call_from_thread(self._connected, services, settings, names)
        # While the juror picks a name and types a PIN, load what signing in leads to.
        import jury.tui.screens.entries  # noqa: F401

    def _connected(self, services: Services, settings: AwardSettings, names: list[str]) -> None:
        self.services = services
        self.settings = settings
        self.award_title = f"{settings.award.name} {settings.award.edition}"
        self.title = self.award_title
        if not self.language_chosen:
            self.strings = Strings(settings.award.language)
            translate_bindings(self, self.KEY_TEXT, self.strings)
        self.switch_screen(SignInScreen(names))

    def on_worker_state_changed(self, event) -> None:
        if event.worker.name == "connect" and event.worker.error is not None:
            self.show_error(event.worker.error)

    def on_unmount(self) -> None:
        self.saver.put(None)

    # Moving between screens -------------------------------------------------------------

    def signed_in(self, actor: Actor, desk: Desk | None = None) -> None:
        """After sign-in: the chair's screens, or the juror's list (with its data if the
        sign-in already fetched it). Screens beyond sign-in load on first use."""
        from jury.tui.screens.chair import ChairScreen
        from jury.tui.screens.entries import EntryListScreen

        self.actor = actor
        self.show_who()
        self.run_worker(lambda: self.join_meeting(actor), thread=True, name="join",
                        exit_on_error=False)
        if actor.role == "chair":
            self.switch_screen(ChairScreen(actor))
            return
        wanted = None
        if desk is not None:
            wanted = desk.remembered_language or (None if self.language_chosen else desk.language)
        if wanted is not None and wanted != self.strings.language:
            self.strings = Strings(wanted)
            translate_bindings(self, self.KEY_TEXT, self.strings)
            self.show_who()
        self.switch_screen(EntryListScreen(actor, desk))

    def join_meeting(self, actor: Actor) -> None:
        """Signed in while the meeting is open: present in the minutes. Best effort: the
        meeting's screens record it again, and the chair corrects the list."""
        try:
            self.services.meeting.join(actor)
        except Exception:  # noqa: BLE001 - attendance must never stop a sign-in
            pass

    def show_who(self) -> None:
        """The header names who is signed in, on every screen after the sign-in."""
        actor = self.actor
        if actor is not None:
            role = self.strings("who.chair" if actor.role == "chair" else "who.juror")
            self.sub_title = f"{actor.name} ({role})"

    def open_entry(self, actor: Actor, order: list[str], index: int) -> None:
        from jury.tui.screens.score import ScoreScreen

        self.push_screen(ScoreScreen(actor, order, index))

    # Outside text -------------------------------------------------------------------------

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast shows its text as it is: messages carry names, ids and titles from
        outside, so markup is never read here and control characters are made visible."""
        super().notify(shown(message, multiline=True), title=shown(title), severity=severity,
                       timeout=timeout, markup=False)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's award name and juror name, control characters made visible."""
        return super().format_title(shown(title), shown(sub_title))

    # Errors -------------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette, asking in the jury's language."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(JuryCommandPalette(self.strings))

    @property
    def strings(self) -> Strings:
        return self._strings

    @strings.setter
    def strings(self, strings: Strings) -> None:
        self._strings = strings
        translate_built_in_bindings(strings)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """A screenshot's name and folder are the app's own, whatever asked for it."""
        self.deliver_screenshot()

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """In a browser, the download Textual offers. In a terminal, an SVG in the exports
        folder, readable by its owner only and never over another file (a screen shows
        scores and notes): Textual's own would be world-readable, anywhere it was told."""
        if self.is_web:
            return super().deliver_screenshot()
        from datetime import datetime

        from jury.errors import JuryError
        from jury.io.target import write_private

        name = f"jury-{datetime.now():%Y%m%d-%H%M%S}.svg"
        try:
            written = write_private(self.exports_dir / name,
                                    self.export_screenshot().encode("utf-8"),
                                    title="error.title.screenshot")
        except JuryError as error:
            self.show_error(error)
            return None
        self.notify(str(written), title=self.strings("error.title.screenshot"), markup=False)
        return str(written)

    def show_error(self, error: BaseException) -> None:
        """A JuryError is a notification; anything unexpected opens a dialog with its text."""
        from jury.db_errors import storage_problem

        # A database that is busy, full, read-only or gone is said in words, never its SQL.
        error = storage_problem(error, "the database") or error
        if isinstance(error, JuryError):
            self.notify(error.text(self.strings), title=error.heading(self.strings),
                        severity="error", timeout=10)
            return
        from jury.tui.screens.dialogs import ErrorScreen

        text = "".join(traceback.format_exception(error))
        self.push_screen(ErrorScreen(self.strings, text))

    # Actions ------------------------------------------------------------------------------

    def action_help(self) -> None:
        """The juror's help, or the chair's on the chair's screens."""
        from jury.tui.screens.dialogs import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        chair = self.actor is not None and self.actor.role == "chair"
        own = getattr(self.screen, "help_text", None)  # the meeting's screens have their own
        self.push_screen(HelpScreen(self.strings, chair=chair, text=own() if own else None))

    def action_switch_language(self) -> None:
        self.set_language("en" if self.strings.language == "nl" else "nl", remember=True)

    def set_language(self, language: str, *, remember: bool) -> None:
        self.flush_edits()
        self.strings = Strings(language)
        translate_bindings(self, self.KEY_TEXT, self.strings)
        self.show_who()
        if remember and self.actor is not None:
            actor = self.actor
            self.run_worker(lambda: self.services.views.set_language(actor, language),
                            thread=True, group="db-language", exit_on_error=False)
        # Rebuild the screens in the new language; everything they show is stored already.
        stack = self.screen_stack[1:]
        rebuilt = [screen.fresh() for screen in stack if isinstance(screen, JuryScreen)]
        for _ in stack:
            self.pop_screen()
        for screen in rebuilt:
            self.push_screen(screen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The meeting is for a signed-in juror or chair: before that its key is not offered."""
        if action == "meeting" and self.actor is None:
            return False
        return True

    def action_meeting(self) -> None:
        """The jury meeting: the chair's controls, or the juror's view following the chair."""
        from jury.tui.screens.meeting import ChairMeetingScreen, FollowScreen

        actor = self.actor
        if actor is None or isinstance(self.screen, ChairMeetingScreen | FollowScreen):
            return
        self.flush_edits()
        self.push_screen(ChairMeetingScreen(actor) if actor.role == "chair"
                         else FollowScreen(actor))

    def action_toggle_contrast(self) -> None:
        self.theme = STANDARD_THEME if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    async def action_quit(self) -> None:
        """Everything shown as saved is stored; wait for the last changes, then stop."""
        import asyncio

        self.flush_edits()
        await asyncio.to_thread(self.saver.drain)
        self.saver.put(None)
        self.exit()

    def flush_edits(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, JuryScreen):
                screen.flush()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Command palette entries in 'Group: verb' form, for what applies here and now: the
        screen's own first, then the app's, then Textual's (in our words)."""
        tr = self.strings
        if isinstance(screen, JuryScreen):
            yield from screen.palette_commands()
        if self.actor is not None:
            chair = self.actor.role == "chair"
            yield SystemCommand(tr("cmd.meeting"), tr("tip.meeting_chair" if chair
                                                      else "tip.meeting"), self.action_meeting)
        yield SystemCommand(tr("cmd.language"), tr("tip.language"), self.action_switch_language)
        yield SystemCommand(tr("cmd.contrast"), tr("tip.contrast"), self.action_toggle_contrast)
        chair = self.actor is not None and self.actor.role == "chair"
        yield SystemCommand(tr("cmd.help_chair" if chair else "cmd.help"),
                            tr("tip.help_chair" if chair else "tip.help"), self.action_help)
        yield from system_commands(self, screen, tr)


def build_app(services: Services, *, language: str | None = None,
              exports_dir: Path = Path("exports")) -> JuryApp:
    """The app on open services: the factory the tests use, like the CLI's connect_app."""
    return JuryApp(lambda: services, language=language, exports_dir=exports_dir)


def connect_app(url: str, *, language: str | None = None,
                exports_dir: Path = Path("exports")) -> JuryApp:
    """The app on a database URL, opened after the first frame: what `jury` runs."""

    def connect() -> Services:
        from jury.services import Services

        return Services.open(url, create=False)

    return JuryApp(connect, language=language, exports_dir=exports_dir)
