"""The jury meeting on screen: the juror follows the chair, the chair leads.

Both screens listen for the meeting's changes in a thread (jury.services.follow: SQLite's
PRAGMA data_version, PostgreSQL's LISTEN) and fetch the new item when told, so a move of
the chair reaches every juror within a fraction of a second.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Header, Static

from jury.actor import Actor
from jury.tui.literal import cell, lines
from jury.tui.screens.meeting_base import (
    MeetingChanged,
    MeetingScreen,
    agenda_labels,
    ballot_lines,
    count_lines,
    criteria_of,
    out_text,
    watch_meeting,
)
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.meeting_item import MeetingItem

# Kept importable from here, where they were first.
__all__ = ["ChairMeetingScreen", "FollowScreen", "MeetingChanged", "MeetingScreen",
           "ballot_lines", "count_lines", "criteria_of", "watch_meeting"]


class FollowScreen(MeetingScreen):
    """The juror's meeting: the item the chair is on, read-only; F steps out of following."""

    # The meeting's screens carry their few rules with them (app.tcss holds the rest).
    DEFAULT_CSS = """
    FollowScreen #follow-state { height: 1; padding: 0 1; color: $success; }
    FollowScreen.-paused #follow-state { color: $warning; text-style: bold; }
    """

    BINDINGS = [
        Binding("f", "follow", "Follow on/off", tooltip="Step out of following, or back",
                id="m-follow"),
        Binding("b", "ballot", "Ballot", tooltip="Rank the candidates", id="m-ballot"),
        Binding("r", "rescore", "Re-score", tooltip="Change your score", id="m-rescore"),
        Binding("f10", "signoff", "Sign minutes", tooltip="Sign off the minutes",
                id="m-signoff"),
        Binding("escape", "back", "Back", tooltip="Back to the previous screen", id="m-back"),
    ]
    KEY_TEXT = {"m-follow": "follow", "m-ballot": "ballot", "m-rescore": "rescore",
                "m-signoff": "signoff", "m-back": "m_back"}

    def __init__(self, actor: Actor) -> None:
        super().__init__(actor)
        self.following = True
        self._cast: dict[str, int] = {}  # the places of the vote being cast

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static("", id="follow-state")
        yield MeetingItem(self.tr, self.criteria(), id="meeting-item")
        yield JuryFooter()

    def on_mount(self) -> None:
        # Textual then runs MeetingScreen.on_mount itself (every class's handler runs):
        # calling it here too started a second timer and a second reload.
        self.show_state()

    def ballot_of(self, category: str | None) -> Any:
        from jury.errors import NotFoundError

        try:
            return self.services.ballots.mine(self.actor, category)
        except NotFoundError:
            return None

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        message.stop()
        if self.following:
            self.reload()

    def loaded_view(self, found: tuple[Any, Any]) -> None:
        self.view, self.ballot = found
        text = None
        if self.view is not None and self.view.item is not None \
                and self.view.item.kind == "ballot":
            text = self.ballot_text()
        self.query_one(MeetingItem).show(self.view, ballot=text)
        self.set_class(bool(self.view and self.view.recused), "-recused")
        self.refresh_bindings()

    def ballot_text(self) -> str:
        tr, b = self.tr, self.ballot
        if b is None:
            return tr("meet.ballot_not_open")
        if b.state == "open":
            return tr("meet.ballot_open", voted=tr("meet.ballot_voted") if b.voted else "")
        return tr("meet.ballot_closed") + count_lines(b, tr)

    def show_state(self) -> None:
        self.query_one("#follow-state", Static).update(
            self.tr("meet.following" if self.following else "meet.not_following"))
        self.set_class(not self.following, "-paused")

    def refusal(self, action: str) -> str | None:
        item = self.view.item if self.view is not None else None
        if action == "ballot" and (item is None or item.kind != "ballot"
                                   or self.ballot is None or self.ballot.state != "open"):
            return self.tr("meet.ballot_not_open")
        if action == "rescore" and (self.view is None or not self.view.rescoring):
            return self.tr("meet.need_entry")
        return None

    def action_follow(self) -> None:
        self.following = not self.following
        self.show_state()
        if self.following:
            self.reload()

    def action_ballot(self, places: dict[str, int] | None = None, problem: str = "") -> None:
        from jury.tui.screens.meeting_dialogs import BallotScreen

        actor, services, ballot = self.actor, self.services, self.ballot

        def cast(answer: tuple[dict[str, int], str] | None) -> None:
            if answer:
                ranking, pin = answer
                self._cast = ranking
                self.fetch("cast", lambda: services.ballots.vote(
                    actor, ballot.category, ranking, pin))

        self.app.push_screen(BallotScreen(self.tr, ballot, self.category_label(ballot.category),
                                          places=places, problem=problem), cast)

    def failed(self, tag: str, error: BaseException) -> None:
        from jury.errors import WrongPin

        if tag == "cast" and isinstance(error, WrongPin):
            # Asked again with the places as they were: only the PIN is typed anew.
            self.action_ballot(places=self._cast, problem="meet.wrong_pin")
            return
        super().failed(tag, error)

    def loaded_cast(self, replaced: bool) -> None:
        self.notify(self.tr("meet.cast_replaced" if replaced else "meet.cast_done"))
        self.reload()

    def action_rescore(self) -> None:
        from jury.tui.screens.meeting_dialogs import RescoreScreen

        actor, services = self.actor, self.services
        entry = self.view.item.subject

        def done(answer: tuple[str, float] | None) -> None:
            if answer:
                criterion, value = answer
                self.fetch("shifted", lambda: services.meeting.rescore(actor, entry,
                                                                       criterion, value))

        self.app.push_screen(RescoreScreen(self.tr, entry, self.criteria()), done)

    def loaded_shifted(self, _: Any) -> None:
        self.notify(self.tr("meet.shifted"))

    def action_signoff(self) -> None:
        from jury.tui.screens.meeting_dialogs import SignOffScreen

        self.app.push_screen(SignOffScreen(self.actor))


class ChairMeetingScreen(MeetingScreen):
    """The chair's controls: open the meeting, walk the agenda, time the item, see who must
    step out, open and close the ballot, cast the deciding vote, reopen for re-scoring."""

    DEFAULT_CSS = """
    ChairMeetingScreen #chair-meeting { height: 1fr; }
    ChairMeetingScreen #meeting-agenda { width: 30; height: 1fr; }
    ChairMeetingScreen #chair-meeting-right { width: 1fr; height: 1fr; }
    ChairMeetingScreen #meeting-out { height: auto; padding: 0 1; text-style: bold; }
    """

    BINDINGS = [
        Binding("o", "open_meeting", "Open meeting", tooltip="Open the meeting", id="m-open"),
        Binding("n", "step(1)", "Next", tooltip="The next agenda item", id="m-next"),
        Binding("p", "step(-1)", "Previous", tooltip="The previous item", id="m-previous"),
        Binding("enter", "choose", "Choose item", tooltip="Discuss the chosen item",
                id="m-choose", show=False),
        Binding("t", "timer", "Timer", tooltip="Time for this item", id="m-timer"),
        Binding("b", "open_ballot", "Open ballot", tooltip="Open the ballot",
                id="m-ballot-open"),
        Binding("c", "close_ballot", "Close ballot", tooltip="Close and count",
                id="m-ballot-close"),
        Binding("v", "casting", "Casting vote", tooltip="Decide a tie", id="m-casting"),
        Binding("r", "reopen", "Reopen", tooltip="Reopen for re-scoring", id="m-rescore"),
        Binding("a", "attendance", "Attendance", tooltip="Who is present",
                id="m-attendance"),
        Binding("x", "close_meeting", "Close meeting", tooltip="Close the meeting",
                id="m-close"),
        Binding("escape", "back", "Back", tooltip="Back to the chair's table", id="m-back"),
    ]
    KEY_TEXT = {"m-open": "m_open", "m-next": "m_next", "m-previous": "m_previous",
                "m-choose": "m_choose", "m-timer": "m_timer", "m-ballot-open": "m_ballot_open",
                "m-ballot-close": "m_ballot_close", "m-casting": "m_casting",
                "m-rescore": "m_rescore", "m-close": "m_close", "m-back": "m_back",
                "m-attendance": "m_attendance"}

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="chair-meeting"):
            yield DataTable(id="meeting-agenda", cursor_type="row", zebra_stripes=True)
            with Vertical(id="chair-meeting-right"):
                yield Static("", id="meeting-out")
                yield MeetingItem(self.tr, self.criteria(), chair=True, id="meeting-item")
        yield JuryFooter()

    def ballot_of(self, category: str | None) -> Any:
        """The newest ballot of the category, with who voted: the chair's view."""
        return next((b for b in reversed(self.services.ballots.status(self.actor))
                     if b.category == category), None)

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        message.stop()
        self.reload()

    def loaded_view(self, found: tuple[Any, Any]) -> None:
        self.view, self.ballot = found
        tr = self.tr
        table = self.query_one("#meeting-agenda", DataTable)
        table.clear(columns=True)
        table.add_column("#", key="n")
        table.add_column(tr("minutes.item"), key="item")
        view = self.view
        if view is not None and view.closed_at is None:
            for n, label in enumerate(agenda_labels(view, tr)):
                mark = "▶" if n == view.position else " "
                table.add_row(f"{mark}{n + 1}", cell(label), key=str(n))
            if view.position is not None:
                table.move_cursor(row=view.position)
        self.query_one("#meeting-out", Static).update(lines(out_text(view, tr)))
        ballot = None
        if view is not None and view.item is not None and view.item.kind == "ballot":
            ballot = ballot_lines(self.ballot, tr, chair=True)
        self.query_one(MeetingItem).show(view, ballot=ballot)
        self.refresh_bindings()

    # What applies when ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what applies: 'open' before the meeting, the meeting's keys once it is
        open (a key pressed anyway still says why it does nothing)."""
        is_open = self.view is not None and self.view.closed_at is None
        if action == "open_meeting" and is_open:
            return False
        if action in self.MEETING_ACTIONS and not is_open:
            return False
        return super().check_action(action, parameters)

    MEETING_ACTIONS = frozenset({"step", "choose", "timer", "open_ballot", "close_ballot",
                                 "casting", "reopen", "close_meeting", "attendance"})

    def refusal(self, action: str) -> str | None:
        tr, view = self.tr, self.view
        is_open = view is not None and view.closed_at is None
        if action == "open_meeting":
            return tr("meet.waiting") if is_open else None
        if action in ("step", "choose", "timer", "close_meeting", "attendance") \
                and not is_open:
            return tr("meet.need_meeting")
        item = view.item if is_open else None
        if action == "timer" and item is None:
            return tr("meet.timer_need_item")
        if action == "reopen" and (item is None or item.kind != "entry"):
            return tr("meet.need_entry")
        if action in ("open_ballot", "close_ballot", "casting") and (
                item is None or item.kind != "ballot"):
            return tr("meet.need_ballot")
        if action == "open_ballot" and self.ballot is not None and self.ballot.state == "open":
            return tr("meet.ballot_open", voted="")
        if action == "close_ballot" and (self.ballot is None or self.ballot.state != "open"):
            return tr("meet.ballot_not_open")
        if action == "casting" and (self.ballot is None or not self.ballot.tied):
            return tr("meet.ballot_not_open") if self.ballot is None else tr("meet.ballot_closed")
        return None

    # Actions ---------------------------------------------------------------------------------

    def action_open_meeting(self) -> None:
        actor, services = self.actor, self.services
        self.fetch("moved", lambda: services.meeting.open(actor))

    def action_step(self, by: int) -> None:
        actor, services = self.actor, self.services
        self.fetch("moved", lambda: services.meeting.step(actor, by))

    def action_choose(self) -> None:
        table = self.query_one("#meeting-agenda", DataTable)
        if table.row_count == 0:
            return
        actor, services, row = self.actor, self.services, table.cursor_row
        self.fetch("moved", lambda: services.meeting.move(actor, row))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_choose()

    def loaded_moved(self, view: Any) -> None:
        self.reload()

    def action_timer(self) -> None:
        from jury.tui.screens.meeting_dialogs import TimerScreen

        actor, services = self.actor, self.services

        def done(seconds: int | None) -> None:
            if seconds is not None:
                self.fetch("moved", lambda: services.meeting.set_timer(actor, seconds or None))

        self.app.push_screen(TimerScreen(self.tr), done)

    def _category(self) -> str | None:
        return self.view.item.subject or None

    def action_open_ballot(self) -> None:
        actor, services, category = self.actor, self.services, self._category()
        self.fetch("moved", lambda: services.ballots.open(actor, category))

    def action_close_ballot(self) -> None:
        actor, services, category = self.actor, self.services, self._category()
        self.fetch("moved", lambda: services.ballots.close(actor, category))

    def action_casting(self) -> None:
        from jury.tui.screens.meeting_dialogs import CastingScreen

        actor, services, category = self.actor, self.services, self._category()

        def done(answer: tuple[str, str] | None) -> None:
            if answer:
                entry, rationale = answer
                self.fetch("moved", lambda: services.ballots.casting_vote(
                    actor, category, entry, rationale))

        self.app.push_screen(CastingScreen(self.tr, list(self.ballot.result["winners"])),
                             done)

    def action_reopen(self) -> None:
        from jury.tui.screens.decisions import ReasonScreen

        actor, services, entry = self.actor, self.services, self.view.item.subject

        def done(reason: str | None) -> None:
            if reason:
                self.fetch("moved", lambda: services.meeting.reopen_entry(actor, entry,
                                                                          reason))

        self.app.push_screen(ReasonScreen(self.tr, self.tr("meet.reason_prompt"), entry), done)

    def action_attendance(self) -> None:
        actor, services = self.actor, self.services
        self.fetch("attendance", lambda: services.meeting.attendance(actor))

    def loaded_attendance(self, found: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        from jury.tui.screens.meeting_dialogs import AttendanceScreen

        actor, services = self.actor, self.services
        people, present = found

        def done(chosen: set[str] | None) -> None:
            if chosen is None:
                return
            changes = [(name, name in chosen) for name in people
                       if (name in chosen) != (name in present)]
            self.fetch("moved", lambda: [services.meeting.mark_present(actor, name, here)
                                         for name, here in changes])

        self.app.push_screen(AttendanceScreen(self.tr, people, present), done)

    def action_close_meeting(self) -> None:
        """Asked first: a closed meeting cannot be reopened, and the minutes go out to sign."""
        from jury.tui.screens.dialogs import ConfirmScreen

        actor, services, tr = self.actor, self.services, self.tr

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.fetch("moved", lambda: services.meeting.close(actor))

        self.app.push_screen(ConfirmScreen(tr, tr("key.m_close"), self.jury.award_title,
                                           tr("meet.close_question"), tr("key.m_close")),
                             confirmed)
