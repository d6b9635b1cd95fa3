"""The chair's Voortgang tab: who has submitted, and every juror's state per entry."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from jury.present import status_text
from jury.tui.literal import cell
from jury.tui.widgets.chair_pane import ChairPane


class ProgressPane(ChairPane):
    """Submissions per juror above, the entries × jurors matrix below."""

    def compose(self) -> ComposeResult:
        yield Static("", id="progress-summary")
        yield DataTable(id="progress-jurors", cursor_type="row", zebra_stripes=True)
        yield Static(self.tr("tui.chair.progress_legend"), classes="legend")
        yield DataTable(id="progress-matrix", cursor_type="row", zebra_stripes=True)

    def redraw(self) -> None:
        if self.chair is None:
            return
        tr = self.tr
        progress = self.chair.data.progress
        waiting = [name for name in progress.jurors if not progress.submitted[name]]
        self.query_one("#progress-summary", Static).update(cell(
            tr("tui.chair.waiting", names=", ".join(waiting)) if waiting
            else tr("tui.chair.all_submitted")))
        table = self.query_one("#progress-jurors", DataTable)
        table.clear(columns=True)
        for name in ("name", "scored", "partly", "todo", "recused", "submitted"):
            table.add_column(tr(f"status.{name}"), key=name)
        for name in progress.jurors:
            counts = progress.counts(name)
            table.add_row(cell(name), *(str(counts[k]) for k in ("scored", "partly", "todo",
                                                           "recused")),
                          "✓ " + tr("yes") if progress.submitted[name] else "· " + tr("no"),
                          key=name)
        matrix = self.query_one("#progress-matrix", DataTable)
        matrix.clear(columns=True)
        matrix.add_column(tr("results.entry"), key="entry")
        # The title gives way so that every juror's column fits: the legend above says
        # what each symbol means.
        firsts = [(name.split() or ["–"])[0][:10] for name in progress.jurors]
        # Symbol and word when the terminal is wide enough for every juror, else the symbol.
        words = 35 + sum(max(len(f), 10) + 2 for f in firsts) <= self.app.size.width
        title_width = self.fit_width(sum(max(len(f), 10 if words else 1) + 2 for f in firsts)
                                     + len(tr("results.entry")) + 7, 12, 36)
        matrix.add_column(tr("tui.chair.title_column"), key="title", width=title_width)
        for name, first in zip(progress.jurors, firsts, strict=True):
            matrix.add_column(cell(first), key=name)
        for entry, title, _ in progress.entries:
            matrix.add_row(cell(entry), cell(title, width=title_width), *(
                status_text(s, tr) if words else status_text(s, tr).split(" ")[0] for s in
                (progress.status.get((name, entry), "todo") for name in progress.jurors)),
                key=entry)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an entry of the matrix: deliberate it."""
        if event.data_table.id != "progress-matrix":
            return
        event.stop()
        self.choose(event.row_key.value or "")
