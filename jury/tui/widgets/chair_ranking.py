"""The chair's Rangorde tab: the ranking with its flags, chances and the nominee cut-off."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from jury.present import SYMBOLS, rule_label, shown_score
from jury.statistics_text import number
from jury.tui.chair_text import choice_mark
from jury.tui.literal import cell
from jury.tui.sureness import chance_cells, close_entries, ranking_warning
from jury.tui.widgets.chair_pane import ChairPane


class RankingPane(ChairPane):
    """One row per entry, by category and rank; a line under the last nominated place."""

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(title, id=id)
        # Set by the screen (F7): rows with a flag other than consensus come first.
        self.flagged_first = False

    def compose(self) -> ComposeResult:
        yield Static("", id="ranking-note")
        yield Static("", id="ranking-warning")
        yield DataTable(id="ranking", cursor_type="row", zebra_stripes=True)

    def redraw(self) -> None:
        if self.chair is None:
            return
        tr, language = self.tr, self.tr.language
        view = self.chair
        report = view.report
        results = report.results
        rows = list(results.ranking)
        if self.flagged_first:
            rows.sort(key=lambda r: not any(f.kind != "consensus" for f in r.flags))
        # One or two lines, so the table keeps the screen at 80×24; the symbols are in F1.
        self.query_one("#ranking-note", Static).update(tr(
            "chair.ranking_note", aggregate=tr("aggregate." + results.aggregate),
            flagged=tr("yes" if self.flagged_first else "no").lower()))
        warning = ranking_warning(results, tr, view.category_label)
        self.query_one("#ranking-warning", Static).update(warning)
        self.query_one("#ranking-warning", Static).display = bool(warning.plain)
        close = close_entries(results)
        criteria = view.criteria
        table = self.query_one("#ranking", DataTable)
        table.clear(columns=True)
        table.add_column(tr("tui.chair.category"), key="category")
        table.add_column("#", key="rank")
        table.add_column(tr("results.entry"), key="entry")
        title_width = self.fit_width(68, 12, 34)
        table.add_column(tr("tui.chair.title_column"), key="title", width=title_width)
        table.add_column(tr("results.total"), key="total")
        table.add_column(tr("chance.win_column"), key="win")
        table.add_column(tr("chance.nominated_column"), key="nominated")
        # What matters first comes first: the choice and the flags before the criteria.
        table.add_column(tr("chair.choice"), key="choice")
        table.add_column(tr("tui.chair.flags"), key="flags")
        for key, label in criteria:
            table.add_column(cell(label, width=10), key=key)
        choices = report.choices
        cut = {c.key: c.nominees for c in report.settings.categories}
        labels = dict(criteria)
        seen: dict[Any, int] = {}
        for row in rows:
            if not self.flagged_first and row.category in cut:
                # The nominee cut-off: a line under the last place that is nominated.
                seen[row.category] = seen.get(row.category, 0) + 1
                if seen[row.category] == cut[row.category] + 1:
                    # A line across every column, its name in the title's place.
                    line = ["─" * max(1, column.width if not column.auto_width
                                      else column.content_width)
                            for column in table.columns.values()]
                    title = [k.value for k in table.columns].index("title")
                    line[title] = f"── {tr('chair.cutoff')} ──"
                    table.add_row(*line, key=f"_cutoff:{row.category}")
            total = number(row.total, language)
            if row.consensus is not None or row.total != row.computed_total:
                total += f" ({number(row.computed_total, language)})"
            marks = " · ".join(dict.fromkeys(
                f"{SYMBOLS.get(f.kind, '·')} {tr('flag.' + f.kind)}"
                + (f" {labels.get(f.criterion, f.criterion)}" if f.criterion else "")
                for f in row.flags))
            if row.tie_break:
                marks += f" ↕ {rule_label(row.tie_break, criteria, tr)}"
            if (row.category, row.entry) in close:
                marks = f"{tr('close.flag')} · {marks}" if marks else tr("close.flag")
            table.add_row(cell(view.category_label(row.category)), str(row.rank or "–"),
                          cell(row.entry), cell(row.title, width=title_width), total,
                          *chance_cells(results, row.entry),
                          cell(choice_mark(choices.get(row.category), row.entry, tr)),
                          cell(marks),
                          *(number(shown_score(row.criteria[key],
                                               row.aggregate or results.aggregate), language, 1)
                            for key, _ in criteria),
                          key=row.entry)

    def entry_under_cursor(self) -> str | None:
        """The entry of the row under the cursor (None on an empty table)."""
        table = self.query_one("#ranking", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an entry: deliberate it; on the cut-off line: say what it is."""
        if event.data_table.id != "ranking":
            return
        event.stop()
        self.choose(event.row_key.value or "")
