"""The meeting's dialogs: the juror's ballot, the chair's timer and casting vote, re-scoring,
and the sign-off of the minutes. Each returns its answer; the screen calls the service."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    Header,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
)

from jury.actor import Actor
from jury.i18n import Strings
from jury.tui.literal import cell, markup, plain
from jury.tui.screens.base import JuryScreen
from jury.tui.screens.decisions import ChairDialog
from jury.tui.screens.modal import DialogBody
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.safe_markdown import SafeMarkdown


class BallotScreen(ChairDialog):
    """Rank the candidates: a place per candidate (1 is best, equal places tie, empty is
    below every ranked one), a recused candidate left out; confirmed with the PIN.
    Returns (ranking, pin) or None."""

    DEFAULT_CSS = """
    BallotScreen .ballot-row { height: auto; }
    BallotScreen .ballot-place { width: 5; margin-right: 1; }
    BallotScreen .ballot-row Static { width: 1fr; }
    """

    def __init__(self, strings: Strings, ballot: Any, category: str, *,
                 places: dict[str, int] | None = None, problem: str = "") -> None:
        """`category` is the category's name in the reader's language; `places` and
        `problem` bring back a ballot whose PIN was wrong, as it was filled in."""
        super().__init__(strings)
        self.ballot = ballot
        self.category = category
        self.places = places or {}
        self.first_problem = problem

    def on_mount(self) -> None:
        # (JuryDialog.on_mount runs as well: Textual calls every class's handler.)
        if self.first_problem:
            self.problem(self.first_problem)

    def focus_first(self) -> None:
        if self.first_problem:
            self.query_one("#ballot-pin", Input).focus()
        else:
            super().focus_first()

    def compose(self) -> ComposeResult:
        tr, b = self.strings, self.ballot
        with Vertical(id="dialog"):
            yield Label(tr("meet.ballot_title", category=self.category, number=b.number),
                        classes="dialog-title")
            with DialogBody():
                yield Static(tr("meet.ballot_help"))
                for n, entry in enumerate(b.candidates):
                    with Horizontal(classes="ballot-row"):
                        if entry in b.recused:
                            yield Static(markup("[b]–[/b]  $id · $title  ($why)", id=entry,
                                                title=b.titles.get(entry, ""),
                                                why=tr("meet.recused_candidate")))
                            continue
                        yield Input(str(self.places.get(entry, "")), placeholder="#",
                                    id=f"place-{n}", restrict=r"[0-9]*", max_length=2,
                                    classes="ballot-place", compact=True)
                        yield Static(markup("$id · $title", id=entry,
                                            title=b.titles.get(entry, "")))
                yield Input(placeholder=tr("meet.pin"), password=True, id="ballot-pin",
                            restrict=r"[0-9]*")
            yield from self.buttons(tr("meet.cast"))

    def answer(self) -> None:
        ranking: dict[str, int] = {}
        for n, entry in enumerate(self.ballot.candidates):
            if entry in self.ballot.recused:
                continue
            text = self.query_one(f"#place-{n}", Input).value.strip()
            if not text:
                continue
            if not text.isdigit() or int(text) < 1:
                self.problem("meet.bad_place", entry=entry)
                return
            ranking[entry] = int(text)
        pin = self.query_one("#ballot-pin", Input).value
        if not pin:
            self.problem("meet.pin_needed")
            self.query_one("#ballot-pin", Input).focus()
            return
        self.dismiss((ranking, pin))


class CastingScreen(ChairDialog):
    """The chair's casting vote among tied candidates; returns (entry, rationale)."""

    def __init__(self, strings: Strings, tied: list[str]) -> None:
        super().__init__(strings)
        self.tied = tied

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("key.m_casting"), classes="dialog-title")
            with DialogBody():
                yield Static(tr("meet.choose_casting"))
                with RadioSet(id="casting"):
                    for entry in self.tied:
                        yield RadioButton(plain(entry))
                yield Input(placeholder=tr("meet.rationale_prompt"), id="rationale")
            yield from self.buttons(tr("tui.decide.confirm"))

    def answer(self) -> None:
        chosen = self.query_one(RadioSet).pressed_index
        rationale = self.query_one("#rationale", Input).value.strip()
        if chosen < 0:
            self.problem("meet.choose_casting")
            return
        if not rationale:
            self.problem("tui.consensus.rationale_needed")
            return
        self.dismiss((self.tied[chosen], rationale))


class TimerScreen(ChairDialog):
    """Minutes for the current item; empty clears the timer. Returns seconds or 0."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.strings("key.m_timer"), classes="dialog-title")
            with DialogBody():
                yield Input(placeholder=self.strings("meet.timer_prompt"), id="minutes",
                            restrict=r"[0-9]*", max_length=3)
            yield from self.buttons(self.strings("tui.decide.confirm"))

    def answer(self) -> None:
        text = self.query_one("#minutes", Input).value.strip()
        self.dismiss(int(text) * 60 if text and int(text) > 0 else 0)


class AttendanceScreen(ChairDialog):
    """Who is at the meeting: everyone who followed in the app is ticked; the chair ticks
    who is in the room without it and unticks who is not there. Returns the names ticked."""

    def __init__(self, strings: Strings, people: tuple[str, ...],
                 present: tuple[str, ...]) -> None:
        super().__init__(strings)
        self.people = people
        self.present = present

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.strings("meet.attendance_title"), classes="dialog-title")
            with DialogBody():
                yield SelectionList[str](*[(cell(name), name, name in self.present)
                                           for name in self.people], id="attendance")
            yield from self.buttons(self.strings("tui.decide.confirm"))

    def answer(self) -> None:
        self.dismiss(set(self.query_one("#attendance", SelectionList).selected))


class RescoreScreen(ChairDialog):
    """A juror's new score on a reopened entry: (criterion, value)."""

    def __init__(self, strings: Strings, entry: str, criteria: list[tuple[str, str]]) -> None:
        super().__init__(strings)
        self.entry = entry
        self.criteria = criteria

    def compose(self) -> ComposeResult:
        tr = self.strings
        with Vertical(id="dialog"):
            yield Label(tr("meet.rescore_title", entry=self.entry), classes="dialog-title")
            with DialogBody():
                yield Select([(cell(label), key) for key, label in self.criteria],
                             id="criterion", allow_blank=False)
                yield Input(placeholder=tr("results.total"), id="value",
                            restrict=r"[0-9.,]*", max_length=5)
            yield from self.buttons(tr("tui.decide.confirm"))

    def answer(self) -> None:
        text = self.query_one("#value", Input).value.strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            self.problem("meet.bad_place", entry=text or "–")
            return
        self.dismiss((str(self.query_one("#criterion", Select).value), value))


class SignOffScreen(JuryScreen):
    """The minutes as they stand; the juror agrees ('akkoord') or leaves a remark."""

    # The meeting's screens carry their few rules with them (app.tcss holds the rest).
    DEFAULT_CSS = """
    SignOffScreen #minutes-box { height: 1fr; }
    SignOffScreen #signoff-bar { height: auto; padding: 0 1; }
    SignOffScreen #signoff-bar Input { width: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to the previous screen", id="m-back"),
        # The focus starts on 'akkoord'; the minutes scroll from there.
        Binding("pagedown", "read(1)", "Page down", tooltip="Read on in the minutes",
                id="m-read-on", show=False),
        Binding("pageup", "read(-1)", "Page up", tooltip="Back up in the minutes",
                id="m-read-back", show=False),
    ]
    KEY_TEXT = {"m-back": "m_back", "m-read-on": "m_read_on", "m-read-back": "m_read_back"}

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def action_read(self, pages: int) -> None:
        box = self.query_one("#minutes-box", VerticalScroll)
        box.scroll_to(y=box.scroll_y + pages * box.scrollable_content_region.height,
                      animate=False)

    def fresh(self) -> SignOffScreen:
        return SignOffScreen(self.actor)

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(icon="")
        with VerticalScroll(id="minutes-box"):
            yield SafeMarkdown("", id="minutes-text")
        with Horizontal(id="signoff-bar"):
            yield Button(tr("meet.agree"), id="agree", variant="success", compact=True)
            yield Input(placeholder=tr("meet.remark_placeholder"), id="remark")
            yield Button(tr("meet.send_remark"), id="send-remark", compact=True)
        yield JuryFooter()

    def on_mount(self) -> None:
        super().on_mount()
        # Enter agrees at once; Tab reaches the remark.
        self.query_one("#agree", Button).focus()
        self.reload()

    def reload(self) -> None:
        from jury.io.minutes import minutes_markdown

        actor, services, language = self.actor, self.services, self.tr.language
        self.fetch("minutes", lambda: minutes_markdown(services.minutes.minutes(actor),
                                                       language))

    async def loaded_minutes(self, text: str) -> None:
        await self.query_one("#minutes-text", SafeMarkdown).update(text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actor, services = self.actor, self.services
        remark = self.query_one("#remark", Input).value
        if event.button.id == "agree":
            self.fetch("signed", lambda: services.minutes.sign_off(actor, agreed=True,
                                                                   remark=remark))
        elif event.button.id == "send-remark":
            self.fetch("signed", lambda: services.minutes.sign_off(actor, agreed=False,
                                                                   remark=remark))

    def loaded_signed(self, _: Any) -> None:
        self.notify(self.tr("meet.signed"))
        self.reload()

    def action_back(self) -> None:
        self.dismiss(None)
