"""The chair's Feedback tab: which entries have feedback to the entrant drafted, approved or
missing; Enter on an entry composes, edits or approves it in a dialog.

A widget of its own on the chair's table: the screen hands it the actor and the services
(attributes down) and calls `reload`; database calls run in thread workers like a screen's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from jury.errors import JuryError
from jury.tui.literal import cell, plain
from jury.tui.screens.base import DatabaseCalls

if TYPE_CHECKING:
    from jury.actor import Actor
    from jury.i18n import Strings
    from jury.services import Services
    from jury.services.feedback import FeedbackDraft, FeedbackRecord, FeedbackRow


class FeedbackTab(DatabaseCalls, Vertical):
    """The overview table and its summary line."""

    def __init__(self, actor: Actor, services: Services, strings: Strings) -> None:
        super().__init__(id="feedback-tab")
        self.actor = actor
        self.services = services
        self.strings = strings
        self.rows: list[FeedbackRow] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="feedback-summary", classes="legend")
        yield DataTable(id="feedback", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        actor, services = self.actor, self.services
        self.fetch("feedback", lambda: services.feedback.overview(actor))

    def loaded_feedback(self, rows: list[FeedbackRow]) -> None:
        tr = self.strings
        self.rows = rows
        counts = {status: sum(r.status == status for r in rows)
                  for status in ("approved", "drafted", "missing")}
        self.query_one("#feedback-summary", Static).update(
            plain(tr("feedback.summary", **counts)))
        table = self.query_one("#feedback", DataTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_column(tr("feedback.col.entry"), key="entry", width=10)
        table.add_column(tr("feedback.col.status"), key="status", width=15)
        table.add_column(tr("feedback.col.notes"), key="notes", width=8)
        table.add_column(tr("feedback.col.approved"), key="approved", width=12)
        table.add_column(tr("feedback.col.title"), key="title")
        for row in rows:
            # Only the chair approves: when says enough (the record keeps who).
            approved = f"{row.approved_at.astimezone():%d-%m %H:%M}" if row.approved_at else "–"
            table.add_row(cell(row.entry_id), tr("feedback.status." + row.status),
                          str(row.notes), cell(approved), cell(row.title), key=row.entry_id)
        if rows:
            table.move_cursor(row=min(keep, len(rows) - 1))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter (or a click) on an entry: compose, edit or approve its feedback."""
        if event.data_table.id != "feedback":
            return
        event.stop()
        entry = event.row_key.value or ""
        actor, services = self.actor, self.services
        self.fetch("feedback_draft", lambda: services.feedback.draft(actor, entry))

    def loaded_feedback_draft(self, draft: FeedbackDraft) -> None:
        from jury.tui.screens.feedback import FeedbackScreen

        if draft.phase == "scoring":
            self.notify(self.strings("feedback.scoring"), severity="warning")
            return
        actor, services, entry = self.actor, self.services, draft.entry_id

        def save(texts: dict[str, str], approve: bool) -> FeedbackRecord:
            # Saved first, approved second: a refused approval (a juror named) keeps the
            # chair's words as a draft instead of losing them with the dialog.
            record = services.feedback.write(actor, entry, texts)
            return services.feedback.approve(actor, entry) if approve else record

        def chosen(answer: tuple[dict[str, str], bool] | None) -> None:
            if answer is not None:
                texts, approve = answer
                self.fetch("feedback_written", lambda: save(texts, approve))

        self.app.push_screen(FeedbackScreen(self.strings, draft), chosen)

    def loaded_feedback_written(self, record: FeedbackRecord) -> None:
        key = "feedback.approved" if record.approved_at else "feedback.saved"
        self.notify(self.strings(key, entry=record.entry_id), markup=False)
        self.reload()

    def failed(self, tag: str, error: BaseException) -> None:
        """A refusal (not the chair, the wrong phase, a juror named) is said in words."""
        if isinstance(error, JuryError):
            self.notify(error.text(self.strings), title=error.heading(self.strings),
                        severity="error", timeout=10, markup=False)
            if tag == "feedback_written":
                self.reload()  # what was saved before the refusal shows as it stands
            return
        self.app.show_error(error)  # type: ignore[attr-defined]

    @property
    def current(self) -> Any:
        table = self.query_one("#feedback", DataTable)
        return self.rows[table.cursor_row] if self.rows else None
