"""The item under discussion, as a juror, the chair or the projector may see it.

Attributes down: the screen hands in a MeetingView (jury.services.meeting) and who reads it;
the widget only displays. Outside text goes through jury.tui.literal, never markup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from jury.i18n import Strings
from jury.statistics_text import number
from jury.tui.literal import cell, lines, markup, plain


def clock(seconds: float) -> str:
    seconds = int(abs(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def timer_text(view: Any, tr: Strings, now: datetime | None = None) -> str:
    """'⏱ 4:12' left of the chair's timer, or how far over; '' without a timer."""
    if view.timer_seconds is None or view.item_started_at is None:
        return ""
    now = now or datetime.now(UTC)
    left = view.timer_seconds - (now - view.item_started_at).total_seconds()
    return (tr("meet.timer", left=clock(left)) if left >= 0
            else tr("meet.timer_over", over=clock(left)))


class MeetingItem(VerticalScroll):
    """Head, step-out notice or panel, summary and flags of the current item."""

    DEFAULT_CSS = """
    MeetingItem { height: 1fr; }
    MeetingItem > .meeting-line { height: auto; margin: 0 1; }
    MeetingItem > #meeting-stepout { text-style: bold; border: heavy $warning;
                                     padding: 1 2; height: auto; }
    MeetingItem > DataTable { height: auto; max-height: 12; margin: 0 1; }
    """

    def __init__(self, strings: Strings, criteria: list[tuple[str, str]], *,
                 projector: bool = False, chair: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.strings = strings
        self.criteria = criteria
        self.projector = projector
        # The chair reads what she can do next; the jurors and the projector what she does.
        self.chair = chair
        self.view: Any = None

    def compose(self) -> ComposeResult:
        yield Static("", id="meeting-head", classes="meeting-line")
        yield Static("", id="meeting-timer", classes="meeting-line")
        yield Static("", id="meeting-stepout")
        yield Static("", id="meeting-description", classes="meeting-line")
        yield Static("", id="meeting-summary", classes="meeting-line")
        yield DataTable(id="meeting-panel", cursor_type="none", zebra_stripes=True)
        yield Static("", id="meeting-notes", classes="meeting-line")

    def show(self, view: Any, *, ballot: Any = None) -> None:
        """Display `view`; `ballot` is the item's ballot state when it is a ballot."""
        self.view = view
        tr = self.strings
        head = self.query_one("#meeting-head", Static)
        stepout = self.query_one("#meeting-stepout", Static)
        panel = self.query_one("#meeting-panel", DataTable)
        description = self.query_one("#meeting-description", Static)
        summary = self.query_one("#meeting-summary", Static)
        notes = self.query_one("#meeting-notes", Static)
        for widget in (stepout, panel, description, summary, notes):
            widget.display = False
        self.refresh_timer()
        if view is None:
            head.update(tr("meet.none_chair" if self.chair else "meet.none"))
            return
        if view.closed_at is not None:
            head.update(tr("meet.closed_chair" if self.chair else "meet.closed"))
            return
        item = view.item
        if item is None:
            head.update(tr("meet.waiting_chair" if self.chair else "meet.waiting"))
            return
        where = tr("meet.item", n=(view.position or 0) + 1, total=len(view.agenda))
        if item.kind == "ballot":
            head.update(markup(f"{where}\n[b]$text[/b]",
                               text=tr("meet.ballot_item",
                                       category=tr.label(item.label, item.label_en or item.label))))
            if ballot is not None:
                summary.display = True
                summary.update(lines(ballot))
            return
        head.update(markup(f"{where}\n[b]$id · $title[/b] — $organisation", id=item.subject,
                           title=view.title, organisation=view.organisation))
        if view.recused:
            stepout.display = True
            stepout.update(plain(tr("meet.step_out", entry=item.subject), multiline=True))
            return
        if view.description:
            description.display = True
            description.update(lines(view.description))
        if view.summary is not None:
            s, language = view.summary, tr.language
            text = tr("meet.summary", rank=s.rank or "–", total=number(s.total, language),
                      mean=number(s.mean, language), median=number(s.median, language),
                      jurors=s.jurors)
            flags = ", ".join(self.flag_words(f) for f in s.flags)
            text += "\n" + (tr("meet.flags", flags=flags) if flags else tr("meet.no_flags"))
            summary.display = True
            summary.update(lines(text))
        if not self.projector and view.entry is not None:
            self.show_panel(view.entry)
        extra = []
        if view.rescoring:
            extra.append(tr("meet.rescoring", reason=view.rescoring))
        extra += [tr("meet.shift", juror=s.juror, criterion=s.criterion,
                     before=number(s.before, tr.language), after=number(s.after, tr.language))
                  for s in view.shifts]
        if extra:
            notes.display = True
            notes.update(lines("\n".join(extra)))

    def flag_words(self, flag: str) -> str:
        """'disagreement:innovation' as '⚠ disagreement on Innovation': symbol and words."""
        from jury.present import SYMBOLS

        kind, _, criterion = flag.partition(":")
        label = dict(self.criteria).get(criterion, criterion)
        key = f"flag.{kind}"
        from jury.i18n import STRINGS

        words = self.strings(key) if key in STRINGS else kind
        return f"{SYMBOLS.get(kind, '·')} {words}" + (f" {label}" if label else "")

    def show_panel(self, record: Any) -> None:
        """Every juror's scores on the entry, read-only (the jury's own table)."""
        table = self.query_one("#meeting-panel", DataTable)
        table.display = True
        table.clear(columns=True)
        table.add_column(self.strings("tui.deliberation.juror"), key="juror")
        for key, label in self.criteria:
            table.add_column(cell(label), key=key)
        values = {(s.juror, s.criterion): s.value for s in record.scores}
        recused = {name for name, _, _ in record.recusals}
        for juror in record.jurors:
            row = [("⊘" if juror in recused else
                    number(values.get((juror, key)), self.strings.language)
                    if values.get((juror, key)) is not None else "·")
                   for key, _ in self.criteria]
            table.add_row(cell(juror), *row, key=juror)

    def refresh_timer(self) -> None:
        timer = self.query_one("#meeting-timer", Static)
        text = timer_text(self.view, self.strings) if self.view is not None else ""
        timer.display = bool(text)
        timer.update(text)
