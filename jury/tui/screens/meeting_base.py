"""What the juror's and the chair's meeting screens share: the watch on the meeting (a thread
that posts MeetingChanged at every change), the ballot in words, and MeetingScreen itself.

The projector (jury/tui/projector.py) follows the meeting with the same watch.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message
from textual.worker import get_current_worker

from jury.actor import Actor
from jury.tui.screens.base import JuryScreen
from jury.tui.widgets.meeting_item import MeetingItem


class MeetingChanged(Message):
    """The chair moved, a ballot changed, a vote came in: fetch the meeting again."""


def watch_meeting(node: Any, engine: Any) -> None:
    """Thread worker body: post MeetingChanged to `node` at every change until cancelled."""
    from jury.services.follow import MeetingWatch

    watch = MeetingWatch(engine)
    worker = get_current_worker()
    try:
        while not worker.is_cancelled:
            if watch.changed(0.5) is not None and not worker.is_cancelled:
                node.post_message(MeetingChanged())
    finally:
        watch.close()


def criteria_of(screen: JuryScreen) -> list[tuple[str, str]]:
    """The award's criteria as (key, label) in the reader's language."""
    settings = getattr(screen.jury, "settings", None)
    if settings is None:
        return []
    return [(c.key, screen.tr.label(c.label_nl, c.label_en)) for c in settings.criteria]


def ballot_lines(state: Any, tr: Any, *, chair: bool) -> str:
    """A ballot's state in words: who voted (chair only), the count once closed."""
    if state is None:
        return tr("meet.ballot_not_open")
    if state.state == "open":
        voters = list(state.voters)
        text = tr("meet.ballot_open_room")
        if chair:
            names = ", ".join(voters) + (f" + {state.papers} ✉" if state.papers else "")
            text += "\n" + tr("meet.voters", n=len(voters) + state.papers, names=names or "–")
        return text
    return tr("meet.ballot_closed") + count_lines(state, tr)


def count_lines(state: Any, tr: Any) -> str:
    """A closed ballot's count as the jury is shown it: winner, margin and order, or the
    tie, and the chair's casting vote when there was one."""
    result = state.result or {}
    text = ""
    if state.winner:
        text += "\n" + tr("meet.count", winner=state.winner, margin=result.get("margin", 0),
                          order=" > ".join(result.get("order", [])))
        if state.casting:
            text += "\n" + tr("meet.casting_said", entry=state.casting["entry"])
    elif result.get("winners"):
        text += "\n" + tr("meet.tie", entries=", ".join(result["winners"]))
    return text


def agenda_labels(view: Any, tr: Any) -> list[str]:
    """Each agenda item's line on the chair's agenda: an entry's label, or the ballot's
    category in the reader's language."""
    return [tr("meet.ballot_item", category=tr.label(item.label, item.label_en or item.label))
            if item.kind == "ballot" else item.label for item in view.agenda]


def out_text(view: Any, tr: Any) -> str:
    """Who must step out for the item under discussion (their conflicts), in words."""
    if view is None or view.item is None:
        return ""
    if view.item.kind == "entry":
        return (tr("meet.must_step_out", names=", ".join(view.stepped_out))
                if view.stepped_out else tr("meet.nobody_out"))
    return "\n".join(tr("meet.ranks_without", juror=j, entry=e)
                     for j, e in view.ballot_conflicts)


class MeetingScreen(JuryScreen):
    """What the juror's and the chair's meeting screens share: the reader, the watch on the
    meeting, the item's timer, and the reader's place in the minutes' attendance."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor
        self.joined: int | None = None  # the meeting this screen recorded its reader in
        self.view: Any = None
        self.ballot: Any = None

    def help_text(self) -> str:
        from jury.tui.meeting_help import meeting_help

        return meeting_help(self.tr)

    def fresh(self) -> MeetingScreen:
        return type(self)(self.actor)

    def criteria(self) -> list[tuple[str, str]]:
        return criteria_of(self)

    def category_label(self, key: str | None) -> str:
        """A category's name in the reader's language ('–' for an award without them)."""
        settings = getattr(self.jury, "settings", None)
        for category in (settings.categories if settings is not None else ()):
            if category.key == key:
                return self.tr.label(category.label_nl, category.label_en)
        return key or "–"

    def on_mount(self) -> None:
        super().on_mount()
        services = self.services
        self.run_worker(lambda: watch_meeting(self, services.engine), thread=True,
                        group="follow", name="follow", exclusive=True, exit_on_error=False)
        self.set_interval(1.0, self.query_one(MeetingItem).refresh_timer)
        self.reload()

    def reload(self) -> None:
        actor, services = self.actor, self.services

        def load() -> tuple[Any, Any]:
            from jury.errors import NotFoundError

            try:
                view = services.meeting.view(actor)
            except NotFoundError:
                return None, None
            if view.closed_at is None and self.joined != view.meeting_id:
                # In the app while the meeting is open: present in the minutes, also when
                # the screen was opened before the chair opened the meeting.
                services.meeting.join(actor)
                self.joined = view.meeting_id
            item = view.item
            ballot = None
            if item is not None and item.kind == "ballot":
                ballot = self.ballot_of(item.subject or None)
            return view, ballot

        self.fetch("view", load)

    def ballot_of(self, category: str | None) -> Any:
        """The ballot of `category` as this reader may see it (runs in the fetch's thread)."""
        raise NotImplementedError

    def action_back(self) -> None:
        self.dismiss(None)
