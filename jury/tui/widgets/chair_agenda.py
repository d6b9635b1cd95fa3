"""The chair's Agenda tab: what to discuss first, and why."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from jury.present import SYMBOLS
from jury.statistics_text import number
from jury.tui.literal import cell
from jury.tui.widgets.chair_pane import ChairPane


class AgendaPane(ChairPane):
    """Per category the entries where the jury disagrees or that lie near the cut-off."""

    def compose(self) -> ComposeResult:
        yield Static(self.tr("tui.chair.agenda_intro"), classes="legend")
        yield DataTable(id="agenda", cursor_type="row", zebra_stripes=True)

    def redraw(self) -> None:
        from jury.reconcile.agenda import agenda

        if self.chair is None:
            return
        tr, language = self.tr, self.tr.language
        view = self.chair
        settings = view.report.settings
        nominees = {c.key: c.nominees for c in settings.categories}
        found = agenda(view.report.results.ranking, nominees,
                       span=settings.scale.max - settings.scale.min, near=settings.scale.step)
        table = self.query_one("#agenda", DataTable)
        table.clear(columns=True)
        for name in ("category", "rank", "entry"):
            table.add_column(tr(f"tui.agenda.{name}"), key=name)
        # The reasons wrap within the terminal's width instead of running off its edge.
        table.add_column(tr("tui.agenda.why"), key="why", width=self.fit_width(31, 24, 200))
        labels = dict(view.criteria)
        flags = {r.entry: r.flags for r in view.report.results.ranking}
        for category, items in found.items():
            for item in items:
                why = []
                for reason in item.reasons:
                    if reason == "cutoff":
                        why.append(tr("tui.agenda.cutoff",
                                      distance=number(item.distance, language),
                                      side=tr("tui.agenda.in" if item.nominated
                                              else "tui.agenda.out")))
                    elif reason == "disagreement" and item.spread_criterion:
                        why.append(tr("tui.agenda.spread",
                                      spread=number(item.spread, language, 0),
                                      criterion=labels.get(item.spread_criterion, "")))
                    else:
                        # "uitschieter bij Vernieuwing": the flag names its criterion.
                        about = ", ".join(dict.fromkeys(
                            labels.get(f.criterion, f.criterion)
                            for f in flags.get(item.entry, ()) if f.kind == reason
                            and f.criterion))
                        why.append(f"{SYMBOLS.get(reason, '·')} {tr('flag.' + reason)}"
                                   + (f" {about}" if about else ""))
                table.add_row(cell(view.category_label(category)), str(item.rank or "–"),
                              cell(item.entry), cell("; ".join(why)),
                              key=f"{category}:{item.entry}", height=None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an item: deliberate its entry."""
        if event.data_table.id != "agenda":
            return
        event.stop()
        # The keys are 'category:entry'; an entry id may itself hold a colon.
        key = event.row_key.value or ""
        self.choose(key, key.split(":", 1)[1] if ":" in key else key)
