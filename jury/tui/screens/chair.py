"""The chair's table: progress, ranking, agenda, jurors, reliability, decisions, feedback and
the record, one widget per tab (jury/tui/widgets/chair_*.py).

The screen coordinates: it fetches the data, hands it down to every tab, and answers the
tabs' messages (an entry chosen, a decision, a phase, a reopening) with a dialog and a service
call. Every decision goes through the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from jury.actor import Actor
from jury.present import local_time
from jury.rules import nominees_wanted
from jury.statistics_text import close_call_lines, number
from jury.terms import AGGREGATES
from jury.tui.chair_text import ChairData, ChairView, phase_refusal, sort_key
from jury.tui.literal import markup
from jury.tui.screens.base import JuryScreen
from jury.tui.widgets.chair_agenda import AgendaPane
from jury.tui.widgets.chair_decisions import DecisionsPane
from jury.tui.widgets.chair_jurors import JurorsPane
from jury.tui.widgets.chair_pane import ChairPane
from jury.tui.widgets.chair_progress import ProgressPane
from jury.tui.widgets.chair_ranking import RankingPane
from jury.tui.widgets.chair_record import RecordPane
from jury.tui.widgets.chair_reliability import ReliabilityPane
from jury.tui.widgets.feedback_tab import FeedbackTab
from jury.tui.widgets.footer import JuryFooter

# Kept importable from here: the chair's data and the header sort order.
__all__ = ["ChairData", "ChairScreen", "sort_key"]


class ChairScreen(JuryScreen):
    """Where the chair runs the jury meeting; every decision goes through the service."""

    BINDINGS = [
        Binding("f4", "reload", "Refresh", id="refresh"),
        Binding("f5", "export", "Export", tooltip="Write the ranked workbook", id="export"),
        Binding("f6", "aggregate", "Aggregate", id="aggregate"),
        Binding("f7", "flagged_first", "Flagged first", id="flagged"),
        Binding("f8", "phase", "Phase", id="phase"),
        Binding("f9", "tie", "Tie", id="tie"),
        Binding("ctrl+pagedown", "tab(1)", "Next tab", show=False, priority=True,
                id="next-tab"),
        Binding("ctrl+pageup", "tab(-1)", "Previous tab", show=False, priority=True,
                id="previous-tab"),
        # Reached only when the focused control does not page itself (the tab bar): the
        # open tab's content pages, so a tab of text reads by keyboard at 80×24 too.
        Binding("pagedown", "page(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
    ]
    KEY_TEXT = {"refresh": "refresh", "export": "export", "aggregate": "aggregate",
                "flagged": "flagged", "phase": "phase", "tie": "tie"}

    def __init__(self, actor: Actor, tab: str = "progress") -> None:
        super().__init__()
        self.actor = actor
        self.tab = tab
        self.aggregate: str | None = None
        self.flagged_first = False
        self.data: ChairData | None = None
        self.sorted_by: dict[str, tuple[Any, bool]] = {}

    def fresh(self) -> ChairScreen:
        screen = ChairScreen(self.actor, self.query_one(TabbedContent).active.removeprefix("tab-"))
        screen.aggregate, screen.flagged_first = self.aggregate, self.flagged_first
        return screen

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(icon="")
        yield Static(tr("tui.chair.loading"), id="chair-head")
        with TabbedContent(initial=f"tab-{self.tab}"):
            yield ProgressPane(tr("tui.chair.tab.progress"), id="tab-progress")
            yield RankingPane(tr("tui.chair.tab.ranking"), id="tab-ranking")
            yield AgendaPane(tr("tui.chair.tab.agenda"), id="tab-agenda")
            yield JurorsPane(tr("tui.chair.tab.jurors"), id="tab-jurors")
            yield ReliabilityPane(tr("tui.chair.tab.reliability"), id="tab-reliability")
            yield DecisionsPane(tr("tui.chair.tab.decisions"), id="tab-decisions")
            with TabPane(tr("feedback.tab"), id="tab-feedback"):
                yield FeedbackTab(self.actor, self.services, tr)
            yield RecordPane(tr("tui.chair.tab.audit"), id="tab-audit")
        yield JuryFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(RankingPane).flagged_first = self.flagged_first
        self.reload()

    # Data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        actor, aggregate, services = self.actor, self.aggregate, self.services

        def load() -> ChairData:
            return ChairData(services.results.compute(actor, aggregate=aggregate),
                             services.deliberation.progress(actor),
                             services.deliberation.decisions(actor))

        self.fetch(load, then=self.loaded_chair)
        self.load_audit()
        for tab in self.query(FeedbackTab):
            tab.reload()

    def load_audit(self) -> None:
        action, who, text = self.query_one(RecordPane).filters()
        actor, services = self.actor, self.services
        self.fetch(lambda: services.deliberation.audit_trail(
            actor, action=action, who=who, text=text, limit=2000),
            then=self.query_one(RecordPane).show_events)

    def loaded_chair(self, data: ChairData) -> None:
        self.data = data
        report = data.report
        tr = self.tr
        state = (tr("tui.chair.frozen", at=local_time(report.frozen_at))
                 if report.frozen_at else tr("results.provisional"))
        # The award's name is in the header above: this line says where the jury stands.
        self.query_one("#chair-head", Static).update(markup(
            "$phase_word: [b]$phase[/b]  ·  $aggregate_word: $aggregate  ·  $state",
            phase_word=tr("status.phase"),
            phase=tr("phase." + report.phase), aggregate_word=tr("results.aggregate"),
            aggregate=tr("aggregate." + report.results.aggregate), state=state))
        view = ChairView(data, tr)
        for pane in self.query(ChairPane):
            pane.show(view)
        self.refresh_bindings()

    def decided(self, _: Any) -> None:
        self.notify(self.tr("tui.chair.recorded"))
        self.reload()

    def exported(self, path: Path) -> None:
        self.notify(self.tr("tui.export.done", path=str(path)), timeout=15)

    @property
    def view(self) -> ChairView | None:
        return ChairView(self.data, self.tr) if self.data is not None else None

    # Keys -----------------------------------------------------------------------------------

    def action_reload(self) -> None:
        self.reload()

    def action_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane) if pane.id]
        if tabs.active in panes:
            # A control left focused in the pane being hidden would pass its focus to the
            # pane's next control, and the pane would take its tab back.
            self.set_focus(None)
            target = panes[(panes.index(tabs.active) + step) % len(panes)]
            tabs.active = target
            self.call_after_refresh(self._focus_pane, target)

    def action_page(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        pane = tabs.get_pane(tabs.active) if tabs.active else None
        scrollers = [w for w in pane.query("*") if w.allow_vertical_scroll] if pane else []
        if not scrollers:
            return
        if step > 0:
            scrollers[0].scroll_page_down()
        else:
            scrollers[0].scroll_page_up()

    def _focus_pane(self, pane_id: str) -> None:
        """The new tab's first control, so ↓ and Enter act on it straight away."""
        for widget in self.query_one(f"#{pane_id}", TabPane).query("*"):
            if widget.focusable:
                widget.focus()
                return

    def refusal(self, action: str) -> str | None:
        """Why the chair cannot do `action` in this phase (the service refuses it too)."""
        if self.data is None or action != "tie":
            return None
        return phase_refusal(self.data.report.phase, self.tr)

    def on_resize(self) -> None:
        """Column widths follow the terminal: the tables are drawn again."""
        if self.data is not None:
            for pane in (ProgressPane, RankingPane, AgendaPane):
                self.query_one(pane).redraw()

    def action_aggregate(self) -> None:
        current = self.aggregate or (self.data.report.results.aggregate if self.data
                                     else AGGREGATES[0])
        self.aggregate = AGGREGATES[(AGGREGATES.index(current) + 1) % len(AGGREGATES)]
        self.notify(self.tr("tui.chair.aggregate_now",
                            aggregate=self.tr("aggregate." + self.aggregate)))
        self.reload()

    def action_flagged_first(self) -> None:
        self.flagged_first = not self.flagged_first
        ranking = self.query_one(RankingPane)
        ranking.flagged_first = self.flagged_first
        ranking.redraw()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        """A click on a column header sorts that table; a second click reverses it."""
        table = event.data_table
        previous = self.sorted_by.get(table.id or "")
        reverse = previous is not None and previous[0] == event.column_key and not previous[1]
        table.sort(event.column_key, key=sort_key, reverse=reverse)
        self.sorted_by[table.id or ""] = (event.column_key, reverse)

    # What the tabs ask for --------------------------------------------------------------------

    def on_chair_pane_entry_chosen(self, message: ChairPane.EntryChosen) -> None:
        """Enter (or a click) on an entry in the ranking, agenda or progress: deliberate it."""
        from jury.tui.screens.deliberation import EntryDeliberationScreen

        if self.data is None:
            return
        self.app.push_screen(EntryDeliberationScreen(self.actor, message.entry,
                                                     self.data.report),
                             lambda _: self.reload())

    def on_decisions_pane_decision_requested(
            self, message: DecisionsPane.DecisionRequested) -> None:
        self.decide(message.kind, message.category)

    def on_decisions_pane_phase_requested(self, _: DecisionsPane.PhaseRequested) -> None:
        self.action_phase()

    def on_decisions_pane_export_requested(self, _: DecisionsPane.ExportRequested) -> None:
        self.action_export()

    def on_jurors_pane_reopen_requested(self, message: JurorsPane.ReopenRequested) -> None:
        self.reopen(message.juror)

    def on_record_pane_filters_changed(self, _: RecordPane.FiltersChanged) -> None:
        self.load_audit()

    # Dialogs and the service calls they end in -----------------------------------------------

    def action_phase(self) -> None:
        from jury.tui.screens.decisions import PhaseScreen

        if self.data is None:
            return
        progress = self.data.progress
        waiting = [name for name in progress.jurors if not progress.submitted[name]]

        def chosen(answer: tuple[str, str, bool] | None) -> None:
            if answer:
                phase, reason, confirm = answer
                actor, services = self.actor, self.services
                self.fetch(lambda: services.deliberation.change_phase(
                    actor, phase, reason=reason, confirm_unsubmitted=confirm),
                    then=self.decided)

        self.app.push_screen(PhaseScreen(self.tr, self.data.report.phase, waiting), chosen)

    def action_tie(self) -> None:
        """Order the entries tied with the one under the cursor in the ranking."""
        from jury.tui.screens.decisions import TieScreen

        if self.data is None:
            return
        entry = self.query_one(RankingPane).entry_under_cursor()
        if entry is None:
            return
        rows = self.data.report.results.ranking
        row = next((r for r in rows if r.entry == entry), None)
        if row is None or not any(f.kind == "tie" for f in row.flags):
            self.notify(self.tr("tui.tie.none"), severity="warning")
            return
        group = [r for r in rows if r.category == row.category and r.rank == row.rank
                 and any(f.kind == "tie" for f in r.flags)]
        category = row.category

        def chosen(answer: tuple[list[str], str] | None) -> None:
            if answer:
                order, rationale = answer
                actor, services = self.actor, self.services
                self.fetch(lambda: services.deliberation.decide_category(
                    actor, category, "tie", order, rationale), then=self.decided)

        self.app.push_screen(TieScreen(self.tr, [(r.entry, f"{r.entry} {r.title}")
                                                 for r in group]), chosen)

    def decide(self, kind: str, category: Any = None) -> None:
        """Choose the nominees or the winner of `category` in a dialog (by default the
        category under the cursor on the Besluiten tab)."""
        from jury.tui.screens.decisions import CategoryScreen

        view = self.view
        if view is None:
            return
        if category is None:
            category = self.query_one(DecisionsPane).selected_category()
        report = view.report
        choice = report.choices.get(category)
        if choice is None:
            return
        rows = [r for r in report.results.ranking if r.category == category]
        language = self.tr.language
        if kind == "nominees":
            pool = rows
            count = nominees_wanted({c.key: c.nominees for c in report.settings.categories},
                                    category)
            proposed, wanted = list(choice.nominees_proposed), min(count, len(rows))
        else:
            if choice.nominees is None:
                self.notify(self.tr("tui.decide.nominees_first"), severity="warning")
                return
            pool = [r for r in rows if r.entry in choice.nominees]
            proposed, wanted = [choice.winner_proposed or ""], 1
        candidates = [(r.entry, f"{r.rank or '–'}. {r.entry} {r.title} "
                                f"({number(r.total, language)})") for r in pool]

        def chosen(answer: tuple[list[str], str] | None) -> None:
            if answer:
                picked, rationale = answer
                actor, services = self.actor, self.services
                self.fetch(lambda: services.deliberation.decide_category(
                    actor, category, kind, picked, rationale), then=self.decided)

        results = report.results
        calls = [line for call, line in zip(
            results.robustness.close_calls,
            close_call_lines(results, self.tr, view.category_label), strict=True)
            if call.category == category and call.kind == kind]
        self.app.push_screen(CategoryScreen(self.tr, kind, view.category_label(category),
                                            candidates, proposed, wanted,
                                            close_call=" ".join(calls)), chosen)

    def reopen(self, name: str | None = None) -> None:
        """Reopen a juror's submitted scores, with the reason asked for in a dialog (by
        default the juror under the cursor on the Juryleden tab)."""
        from jury.tui.screens.decisions import ReasonScreen

        if name is None:
            name = self.query_one(JurorsPane).juror_under_cursor()
            if name is None:
                return

        def chosen(reason: str | None) -> None:
            if reason:
                actor, services = self.actor, self.services
                self.fetch(lambda: services.deliberation.reopen_submission(
                    actor, name, reason), then=self.decided)

        self.app.push_screen(ReasonScreen(self.tr, self.tr("tui.chair.reopen"), name), chosen)

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(self.tr("cmd.export"), self.tr("tip.export"), self.action_export)

    def action_export(self) -> None:
        """Ask where to write the workbook; the writing happens in a worker."""
        from datetime import UTC, datetime

        from jury.io.target import free_name
        from jury.io.workbook import export_name
        from jury.tui.screens.dialogs import ExportScreen

        now = datetime.now(UTC)
        folder = self.jury.exports_dir
        suggested = free_name(export_name(self.jury.settings, folder, now))

        def chosen(answer: tuple[str, bool] | None) -> None:
            if not answer:
                return
            path, force = Path(answer[0]).expanduser(), answer[1]
            # The suggestion kept as it was: the tool's own name, numbered if it is taken
            # meanwhile, in an exports folder made when missing.
            own = path == suggested and not force

            def write() -> Path:
                from jury.io.workbook import export

                return export(self.services, self.actor, None if own else path,
                              folder=folder, language=self.tr.language, force=force, now=now)

            self.fetch(write, then=self.exported)

        self.app.push_screen(ExportScreen(self.tr, str(suggested)), chosen)
