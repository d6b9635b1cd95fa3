"""The chair's Logboek tab: the audit trail, filtered as the chair types, in words."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import DataTable, Input

from jury.present import (
    audit_action,
    audit_actor,
    audit_detail,
    audit_subject,
    audit_value,
    change_text,
    local_time,
)
from jury.tui.literal import cell
from jury.tui.widgets.chair_pane import ChairPane

# The widths of the who and what columns: a juror's name with their role, an action in words.
WHO, WHAT = 28, 22


class RecordPane(ChairPane):
    """Three filters above the record; the newest event under the cursor."""

    class FiltersChanged(Message):
        """The chair paused typing in a filter: the record is to be fetched again."""

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(title, id=id)
        self._timer: Timer | None = None
        self._unlabelled: list[Any] | None = None

    def redraw(self) -> None:
        """The award's labels arrived after the record: say its subjects with them (once, so
        the chair's place in the record is kept on later refreshes)."""
        if self._unlabelled is not None:
            self.show_events(self._unlabelled)

    def compose(self) -> ComposeResult:
        tr = self.tr
        with Horizontal(id="audit-filters"):
            yield Input(placeholder=tr("tui.audit.action"), id="audit-action", compact=True)
            yield Input(placeholder=tr("tui.audit.who"), id="audit-who", compact=True)
            yield Input(placeholder=tr("tui.audit.search"), id="audit-search", compact=True)
        yield DataTable(id="audit", cursor_type="row", zebra_stripes=True)

    def filters(self) -> tuple[str | None, str | None, str | None]:
        """What the record is filtered on: action, who and free text (None when blank)."""
        action, who, text = (self.query_one(f"#audit-{name}", Input).value.strip() or None
                             for name in ("action", "who", "search"))
        return action, who, text

    def show_events(self, events: list[Any]) -> None:
        self._unlabelled = events if self.chair is None else None
        tr = self.tr
        table = self.query_one("#audit", DataTable)
        table.clear(columns=True)
        # Fixed widths: the record grows to thousands of rows, and measuring them all on
        # every filter keystroke would make typing lag.
        for name, width in (("at", 19), ("actor", WHO), ("action", WHAT), ("subject", 32),
                            ("old", 24), ("new", 24), ("detail", 40)):
            table.add_column(tr(f"audit.{name}"), key=name, width=width)
        # Who and what in words ('Anna de Vries (juror)', 'recusal declared'), not the keys
        # the trail stores ('juror:Anna de Vries', 'recusal.declared'); cut with '…'.
        settings = self.chair.report.settings if self.chair is not None else None
        for e in events:
            table.add_row(local_time(e.at), cell(audit_actor(e.actor, tr), width=WHO),
                          cell(audit_action(e.action, tr), width=WHAT), *(cell(t) for t in (
                              audit_subject(e.subject, settings, tr),
                              change_text(audit_value(e.action, e.old, tr), 40),
                              change_text(audit_value(e.action, e.new, tr), 40),
                              change_text(audit_detail(e.action, e.detail, tr), 60))),
                          key=str(e.id))
        if events:
            table.move_cursor(row=len(events) - 1)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter the record once typing pauses, not on every key."""
        if not (event.input.id or "").startswith("audit-"):
            return
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(0.25, lambda: self.post_message(self.FiltersChanged()))
