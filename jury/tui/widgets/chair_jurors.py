"""The chair's Juryleden tab: each juror's leniency and agreement, failed sign-ins, and
reopening a submission."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, DataTable, Static

from jury.statistics_text import number, signed
from jury.tui.literal import cell
from jury.tui.widgets.chair_pane import ChairPane


class JurorsPane(ChairPane):
    """One row per juror; the button reopens the submission of the juror under the cursor."""

    class ReopenRequested(Message):
        """The chair wants to reopen `juror`'s submitted scores (the screen asks why)."""

        def __init__(self, juror: str) -> None:
            super().__init__()
            self.juror = juror

    def compose(self) -> ComposeResult:
        yield Static(self.tr("results.leniency_help"), classes="legend")
        yield DataTable(id="jurors", cursor_type="row", zebra_stripes=True)
        yield Static("", id="signin-failures")
        with Horizontal(classes="chair-buttons"):
            yield Button(self.tr("tui.chair.reopen"), id="reopen")

    def redraw(self) -> None:
        if self.chair is None:
            return
        tr, language = self.tr, self.tr.language
        view = self.chair
        criteria = view.criteria
        # Reopening is for the scoring phase only; the service refuses it too.
        self.query_one("#reopen", Button).disabled = view.report.phase != "scoring"
        table = self.query_one("#jurors", DataTable)
        table.clear(columns=True)
        table.add_column(tr("status.name"), key="name")
        table.add_column(tr("status.submitted"), key="submitted")
        table.add_column(tr("status.scored"), key="scored")
        table.add_column(tr("status.recused"), key="recused")
        for key, label in criteria:
            table.add_column(cell(f"± {label}", width=14), key=key)
        table.add_column(tr("results.agreement"), key="agreement")
        submitted = view.data.progress.submitted
        for juror in view.report.results.jurors:
            table.add_row(
                cell(juror.name),
                "✓ " + tr("yes") if submitted.get(juror.name) else "· " + tr("no"),
                str(juror.scored), str(juror.recused),
                *(signed(juror.leniency[key], language) for key, _ in criteria),
                number(juror.agreement, language), key=juror.name)
        failed = view.data.progress.failed_signins
        self.query_one("#signin-failures", Static).update(cell(
            tr("signin.chair_failures", names=" · ".join(
                f"{name} {n}×" for name, n in sorted(failed.items(), key=lambda p: -p[1])))
            if failed else tr("signin.chair_no_failures")))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "reopen":
            return
        event.stop()
        name = self.juror_under_cursor()
        if name is not None:
            self.post_message(self.ReopenRequested(name))

    def juror_under_cursor(self) -> str | None:
        """The juror of the row under the cursor (None on an empty table)."""
        table = self.query_one("#jurors", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
