"""The chair's Besluiten tab: the phase, the nominees and winner per category, and every
decision taken so far."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, DataTable, Markdown, Static

from jury.tui.chair_text import history_text, phase_refusal
from jury.tui.literal import cell
from jury.tui.widgets.chair_pane import ChairPane
from jury.tui.widgets.safe_markdown import SafeMarkdown


class DecisionsPane(ChairPane):
    """Buttons for the phase, the nominees, the winner and the workbook; the choices table;
    the history of decisions."""

    class DecisionRequested(Message):
        """The chair wants to choose `kind` ('nominees' or 'winner') for `category`."""

        def __init__(self, kind: str, category: Any) -> None:
            super().__init__()
            self.kind = kind
            self.category = category

    class PhaseRequested(Message):
        """The chair wants to move the jury to another phase."""

    class ExportRequested(Message):
        """The chair wants the ranked workbook written."""

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Static("", id="phase-text")
        with Horizontal(classes="chair-buttons"):
            yield Button(tr("tui.chair.phase_button"), id="phase-button", variant="warning")
            yield Button(tr("tui.decide.nominees"), id="decide-nominees", variant="primary")
            yield Button(tr("tui.decide.winner"), id="decide-winner", variant="primary")
            yield Button(tr("key.export"), id="export-button")
        yield DataTable(id="choices", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="history-box"):
            yield SafeMarkdown("", id="history")

    def redraw(self) -> None:
        if self.chair is None:
            return
        tr = self.tr
        view = self.chair
        report = view.report
        # Offered only when the phase allows it, and the reason said when not.
        deciding = report.phase == "deliberation"
        for button in ("#decide-nominees", "#decide-winner"):
            self.query_one(button, Button).disabled = not deciding
        # The how-to only where it can be done; elsewhere the phase and why not.
        phase = tr("phase." + report.phase)
        self.query_one("#phase-text", Static).update(
            tr("tui.chair.phase_text", phase=phase) if deciding
            else " ".join(filter(None, (tr("tui.chair.phase_only", phase=phase),
                                        phase_refusal(report.phase, tr)))))
        titles = {r.entry: r.title for r in report.results.ranking}
        table = self.query_one("#choices", DataTable)
        # The cursor stays on its category after a decision reloads the table: the next
        # button pressed is about the same category, not the first one.
        row_before = table.cursor_row if table.row_count else 0
        table.clear(columns=True)
        rows: list[tuple[str, list[str]]] = []
        for category, choice in report.choices.items():
            label = view.category_label(category)
            rows.append((f"{category}:nominees", [
                label, tr("tui.choices.nominees"), ", ".join(choice.nominees_proposed),
                ", ".join(choice.nominees) if choice.nominees is not None
                else "· " + tr("tui.choices.open"), choice.nominees_rationale]))
            winner = choice.winner
            rows.append((f"{category}:winner", [
                label, tr("tui.choices.winner"), choice.winner_proposed or "–",
                f"{winner} {titles.get(winner, '')}" if winner else "· " + tr("tui.choices.open"),
                choice.winner_rationale]))
        # Widths from the content, measured here: a table refilled while on screen kept the
        # old header widths and cut every cell ("Nominat").
        names = ("category", "what", "proposed", "chosen", "rationale")
        widths = []
        for position, name in enumerate(names):
            header = tr(f"tui.choices.{name}")
            width = min(40, max([len(header)] + [len(values[position]) for _, values in rows]))
            table.add_column(header, key=name, width=width)
            widths.append(width)
        for key, values in rows:
            table.add_row(*(cell(v, width=w) for v, w in zip(values, widths, strict=True)),
                          key=key)
        if rows:
            table.move_cursor(row=min(row_before, len(rows) - 1))
        self.query_one("#history", Markdown).update(history_text(
            view.data.decisions, tr, dict(view.criteria), category_label=view.category_label))

    def selected_category(self) -> Any:
        """The category of the row under the cursor in the decisions table, else the first."""
        if self.chair is None:
            return None
        table = self.query_one("#choices", DataTable)
        categories = list(self.chair.report.choices)
        if table.row_count and table.cursor_row < table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
            category = key.rsplit(":", 1)[0]
            for known in categories:
                if str(known) == category:
                    return known
        return categories[0] if categories else None

    def on_button_pressed(self, event: Button.Pressed) -> None:
        button = event.button.id or ""
        if button == "phase-button":
            self.post_message(self.PhaseRequested())
        elif button == "export-button":
            self.post_message(self.ExportRequested())
        elif button in ("decide-nominees", "decide-winner"):
            self.request(button.removeprefix("decide-"))
        else:
            return
        event.stop()

    def request(self, kind: str) -> None:
        if self.chair is not None:
            self.post_message(self.DecisionRequested(kind, self.selected_category()))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row of the decisions table: what its button does (nominees or winner)."""
        if event.data_table.id != "choices":
            return
        event.stop()
        kind = (event.row_key.value or "").rsplit(":", 1)[-1]
        if kind not in ("nominees", "winner") or self.chair is None:
            return
        if self.query_one(f"#decide-{kind}", Button).disabled:
            phase = self.tr("phase." + self.chair.report.phase)
            self.notify(self.tr("score.refused.phase", phase=phase), severity="warning")
            return
        self.request(kind)
