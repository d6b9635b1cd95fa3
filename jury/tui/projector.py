"""`jury meeting --screen`: the projector's view of the meeting.

Read-only and without a PIN, so it shows only what the whole room may see: the entry, its
description, the panel's summary and flags, the chair's timer, a ballot's state (how many
voted, never who) and its count once closed. No juror's own score is ever fetched: the
service gives the 'screen' reader none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from jury.i18n import Strings
from jury.tui.literal import plain
from jury.tui.screens.base import DatabaseCalls
from jury.tui.screens.meeting_base import MeetingChanged, watch_meeting
from jury.tui.widgets.meeting_item import MeetingItem

if TYPE_CHECKING:
    from jury.services import Services


class ProjectorApp(DatabaseCalls, App[None]):
    TITLE = "jury"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Close the projector's view",
                id="quit", priority=True),
        Binding("f2", "switch_language", "Language", tooltip="Switch language",
                id="language"),
    ]

    def __init__(self, connect: Callable[[], Services], *, language: str | None = None
                 ) -> None:
        super().__init__()
        self.connect = connect
        self.strings = Strings(language or "nl")
        self.services: Services | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(plain(self.strings("meet.projector")), id="projector-note")
        yield MeetingItem(self.strings, [], projector=True, id="meeting-item")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.strings("meet.title")
        self.fetch("connected", self.connect)
        self.set_interval(1.0, lambda: self.query_one(MeetingItem).refresh_timer())

    def loaded_connected(self, services: Services) -> None:
        self.services = services
        settings = services.award.settings()
        self.title = f"{settings.award.name} {settings.award.edition}"
        self.query_one(MeetingItem).criteria = [
            (c.key, self.strings.label(c.label_nl, c.label_en)) for c in settings.criteria]
        self.run_worker(lambda: watch_meeting(self, services.engine), thread=True,
                        group="follow", name="follow", exclusive=True, exit_on_error=False)
        self.reload()

    def reload(self) -> None:
        services = self.services
        if services is None:
            return

        def load() -> tuple[Any, Any]:
            from jury.errors import NotFoundError
            from jury.services.meeting import SCREEN

            try:
                view = services.meeting.view(SCREEN)
            except NotFoundError:
                return None, None
            ballot = None
            if view.item is not None and view.item.kind == "ballot":
                ballot = next((b for b in reversed(services.ballots.status(SCREEN))
                               if b.category == (view.item.subject or None)), None)
            return view, ballot

        self.fetch("view", load)

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        self.reload()

    def loaded_view(self, found: tuple[Any, Any]) -> None:
        from jury.tui.screens.meeting_base import ballot_lines

        view, ballot = found
        text = None
        if view is not None and view.item is not None and view.item.kind == "ballot":
            text = ballot_lines(ballot, self.strings, chair=False)
            if ballot is not None and ballot.state == "open":
                text += "\n" + self.strings("meet.voted_count", n=ballot.papers)
        self.query_one(MeetingItem).show(view, ballot=text)

    def action_switch_language(self) -> None:
        self.strings = Strings("en" if self.strings.language == "nl" else "nl")
        item = self.query_one(MeetingItem)
        item.strings = self.strings
        self.query_one("#projector-note", Static).update(plain(self.strings("meet.projector")))
        self.reload()

    def show_error(self, error: BaseException) -> None:
        from jury.errors import JuryError

        if isinstance(error, JuryError):
            self.notify(error.text(self.strings), title=error.heading(self.strings),
                        severity="error", markup=False)
            return
        raise error

    def failed(self, tag: str, error: BaseException) -> None:
        self.show_error(error)


def projector_app(url: str, *, language: str | None = None) -> ProjectorApp:
    """The projector's app on a database URL, connected after its first frame."""

    def connect() -> Services:
        from jury.services import Services

        return Services.open(url, create=False)

    return ProjectorApp(connect, language=language)
