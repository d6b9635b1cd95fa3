"""The chair's table: progress, ranking, agenda, jurors, reliability, decisions, the record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.timer import Timer
from textual.widgets import (
    Button,
    DataTable,
    Header,
    Input,
    Markdown,
    Static,
    TabbedContent,
    TabPane,
)

from jury.actor import Actor
from jury.present import (
    SYMBOLS,
    change_text,
    local_time,
    rule_label,
    score_text,
    shown_score,
    status_text,
)
from jury.statistics_text import close_call_lines, number, signed
from jury.terms import AGGREGATES
from jury.text import markdown_literal as md
from jury.tui.literal import cell, markup
from jury.tui.screens.base import JuryScreen
from jury.tui.sureness import chance_cells, close_entries, ranking_warning, sureness_markdown
from jury.tui.widgets.feedback_tab import FeedbackTab
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.safe_markdown import SafeMarkdown


@dataclass(frozen=True)
class ChairData:
    """One trip to the database: everything the chair's tabs show but the record."""

    report: Any
    progress: Any
    decisions: Any


def sort_key(value: Any) -> tuple[int, Any]:
    """Numbers by value, words alphabetically, blanks last: what a header click expects."""
    text = str(value.plain if isinstance(value, Text) else value).strip()
    head = text.split(" ")[0].replace(",", ".")
    try:
        return (0, float(head))
    except ValueError:
        return (1 if text not in ("", "–") else 2, text.lower())


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
        self._audit_timer: Timer | None = None

    def fresh(self) -> ChairScreen:
        screen = ChairScreen(self.actor, self.query_one(TabbedContent).active.removeprefix("tab-"))
        screen.aggregate, screen.flagged_first = self.aggregate, self.flagged_first
        return screen

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(icon="")
        yield Static(tr("tui.chair.loading"), id="chair-head")
        with TabbedContent(initial=f"tab-{self.tab}"):
            with TabPane(tr("tui.chair.tab.progress"), id="tab-progress"):
                yield Static("", id="progress-summary")
                yield DataTable(id="progress-jurors", cursor_type="row", zebra_stripes=True)
                yield Static(tr("tui.chair.progress_legend"), classes="legend")
                yield DataTable(id="progress-matrix", cursor_type="row", zebra_stripes=True)
            with TabPane(tr("tui.chair.tab.ranking"), id="tab-ranking"):
                yield Static("", id="ranking-note")
                yield Static("", id="ranking-warning")
                yield DataTable(id="ranking", cursor_type="row", zebra_stripes=True)
            with TabPane(tr("tui.chair.tab.agenda"), id="tab-agenda"):
                yield Static(tr("tui.chair.agenda_intro"), classes="legend")
                yield DataTable(id="agenda", cursor_type="row", zebra_stripes=True)
            with TabPane(tr("tui.chair.tab.jurors"), id="tab-jurors"):
                yield Static(tr("results.leniency_help"), classes="legend")
                yield DataTable(id="jurors", cursor_type="row", zebra_stripes=True)
                yield Static("", id="signin-failures")
                with Horizontal(classes="chair-buttons"):
                    yield Button(tr("tui.chair.reopen"), id="reopen")
            with TabPane(tr("tui.chair.tab.reliability"), id="tab-reliability"):
                with VerticalScroll():
                    yield SafeMarkdown("", id="reliability")
            with TabPane(tr("tui.chair.tab.decisions"), id="tab-decisions"):
                yield Static("", id="phase-text")
                with Horizontal(classes="chair-buttons"):
                    yield Button(tr("tui.chair.phase_button"), id="phase-button",
                                 variant="warning")
                    yield Button(tr("tui.decide.nominees"), id="decide-nominees",
                                 variant="primary")
                    yield Button(tr("tui.decide.winner"), id="decide-winner", variant="primary")
                    yield Button(tr("key.export"), id="export-button")
                yield DataTable(id="choices", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="history-box"):
                    yield SafeMarkdown("", id="history")
            with TabPane(tr("feedback.tab"), id="tab-feedback"):
                yield FeedbackTab(self.actor, self.services, tr)
            with TabPane(tr("tui.chair.tab.audit"), id="tab-audit"):
                with Horizontal(id="audit-filters"):
                    yield Input(placeholder=tr("tui.audit.action"), id="audit-action",
                                compact=True)
                    yield Input(placeholder=tr("tui.audit.who"), id="audit-who", compact=True)
                    yield Input(placeholder=tr("tui.audit.search"), id="audit-search",
                                compact=True)
                yield DataTable(id="audit", cursor_type="row", zebra_stripes=True)
        yield JuryFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.reload()

    # Data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        actor, aggregate, services = self.actor, self.aggregate, self.services

        def load() -> ChairData:
            return ChairData(services.results.compute(actor, aggregate=aggregate),
                             services.deliberation.progress(actor),
                             services.deliberation.decisions(actor))

        self.fetch("chair", load)
        self.load_audit()
        for tab in self.query(FeedbackTab):
            tab.reload()

    def load_audit(self) -> None:
        action, who, text = (self.query_one(f"#audit-{name}", Input).value.strip() or None
                             for name in ("action", "who", "search"))
        actor, services = self.actor, self.services
        self.fetch("audit", lambda: services.deliberation.audit_trail(
            actor, action=action, who=who, text=text, limit=2000))

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
        self.show_progress(data.progress)
        self.show_ranking()
        self.show_agenda()
        self.show_jurors()
        self.show_reliability()
        self.show_decisions()

    def loaded_audit(self, events: list[Any]) -> None:
        table = self.query_one("#audit", DataTable)
        table.clear(columns=True)
        # Fixed widths: the record grows to thousands of rows, and measuring them all on
        # every filter keystroke would make typing lag.
        for name, width in (("at", 19), ("actor", 24), ("action", 18), ("subject", 36),
                            ("old", 24), ("new", 24), ("detail", 40)):
            table.add_column(self.tr(f"audit.{name}"), key=name, width=width)
        for e in events:
            table.add_row(local_time(e.at), *(cell(t) for t in (
                e.actor, e.action, e.subject, change_text(e.old, 40), change_text(e.new, 40),
                change_text(e.detail, 60))), key=str(e.id))
        if events:
            table.move_cursor(row=len(events) - 1)

    def loaded_decided(self, _: Any) -> None:
        self.notify(self.tr("tui.chair.recorded"))
        self.reload()

    def loaded_exported(self, path: Path) -> None:
        self.notify(self.tr("tui.export.done", path=str(path)), timeout=15)

    # Tabs -----------------------------------------------------------------------------------

    @property
    def criteria(self) -> list[tuple[str, str]]:
        return [(c.key, self.tr.label(c.label_nl, c.label_en))
                for c in self.data.report.settings.criteria] if self.data else []

    def category_label(self, key: str | None) -> str:
        if self.data is None or key is None:
            return ""
        found = {c.key: self.tr.label(c.label_nl, c.label_en)
                 for c in self.data.report.settings.categories}
        return found.get(key, key)

    def show_progress(self, progress: Any) -> None:
        tr = self.tr
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

    def show_ranking(self) -> None:
        if self.data is None:
            return
        tr, language = self.tr, self.tr.language
        results = self.data.report.results
        rows = list(results.ranking)
        if self.flagged_first:
            rows.sort(key=lambda r: not any(f.kind != "consensus" for f in r.flags))
        # One or two lines, so the table keeps the screen at 80×24; the symbols are in F1.
        self.query_one("#ranking-note", Static).update(tr(
            "chair.ranking_note", aggregate=tr("aggregate." + results.aggregate),
            flagged=tr("yes" if self.flagged_first else "no").lower()))
        warning = ranking_warning(results, tr, self.category_label)
        self.query_one("#ranking-warning", Static).update(warning)
        self.query_one("#ranking-warning", Static).display = bool(warning.plain)
        close = close_entries(results)
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
        for key, label in self.criteria:
            table.add_column(cell(label, width=10), key=key)
        choices = self.data.report.choices
        cut = {c.key: c.nominees for c in self.data.report.settings.categories}
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
            labels = dict(self.criteria)
            marks = " · ".join(dict.fromkeys(
                f"{SYMBOLS.get(f.kind, '·')} {tr('flag.' + f.kind)}"
                + (f" {labels.get(f.criterion, f.criterion)}" if f.criterion else "")
                for f in row.flags))
            if row.tie_break:
                marks += f" ↕ {rule_label(row.tie_break, self.criteria, tr)}"
            if (row.category, row.entry) in close:
                marks = f"{tr('close.flag')} · {marks}" if marks else tr("close.flag")
            table.add_row(cell(self.category_label(row.category)), str(row.rank or "–"),
                          cell(row.entry), cell(row.title, width=title_width), total,
                          *chance_cells(results, row.entry),
                          cell(self.choice_mark(choices.get(row.category), row.entry)),
                          cell(marks),
                          *(number(shown_score(row.criteria[key],
                                               row.aggregate or results.aggregate), language, 1)
                            for key, _ in self.criteria),
                          key=row.entry)

    def choice_mark(self, choice: Any, entry: str) -> str:
        """♛ winner, ★ nominee (chosen), ☆ proposed nominee (not yet chosen)."""
        tr = self.tr
        if choice is None:
            return ""
        if choice.winner == entry:
            return "♛ " + tr("chair.mark.winner")
        if choice.nominees is not None:
            return "★ " + tr("chair.mark.nominee") if entry in choice.nominees else ""
        return "☆ " + tr("chair.mark.proposed") if entry in choice.nominees_proposed else ""

    def fit_width(self, others: int, low: int, high: int) -> int:
        """A column's width that leaves `others` cells for the rest at this terminal size."""
        return max(low, min(high, self.app.size.width - others))

    def show_agenda(self) -> None:
        from jury.reconcile.agenda import agenda

        if self.data is None:
            return
        tr, language = self.tr, self.tr.language
        settings = self.data.report.settings
        nominees = {c.key: c.nominees for c in settings.categories}
        found = agenda(self.data.report.results.ranking, nominees,
                       span=settings.scale.max - settings.scale.min, near=settings.scale.step)
        table = self.query_one("#agenda", DataTable)
        table.clear(columns=True)
        for name in ("category", "rank", "entry"):
            table.add_column(tr(f"tui.agenda.{name}"), key=name)
        # The reasons wrap within the terminal's width instead of running off its edge.
        table.add_column(tr("tui.agenda.why"), key="why", width=self.fit_width(31, 24, 200))
        labels = dict(self.criteria)
        flags = {r.entry: r.flags for r in self.data.report.results.ranking}
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
                table.add_row(cell(self.category_label(category)), str(item.rank or "–"),
                              cell(item.entry), cell("; ".join(why)),
                              key=f"{category}:{item.entry}", height=None)

    def show_jurors(self) -> None:
        if self.data is None:
            return
        tr, language = self.tr, self.tr.language
        table = self.query_one("#jurors", DataTable)
        table.clear(columns=True)
        table.add_column(tr("status.name"), key="name")
        table.add_column(tr("status.submitted"), key="submitted")
        table.add_column(tr("status.scored"), key="scored")
        table.add_column(tr("status.recused"), key="recused")
        for key, label in self.criteria:
            table.add_column(cell(f"± {label}", width=14), key=key)
        table.add_column(tr("results.agreement"), key="agreement")
        submitted = self.data.progress.submitted
        for juror in self.data.report.results.jurors:
            table.add_row(
                cell(juror.name),
                "✓ " + tr("yes") if submitted.get(juror.name) else "· " + tr("no"),
                str(juror.scored), str(juror.recused),
                *(signed(juror.leniency[key], language) for key, _ in self.criteria),
                number(juror.agreement, language), key=juror.name)
        failed = self.data.progress.failed_signins
        self.query_one("#signin-failures", Static).update(cell(
            tr("signin.chair_failures", names=" · ".join(
                f"{name} {n}×" for name, n in sorted(failed.items(), key=lambda p: -p[1])))
            if failed else tr("signin.chair_no_failures")))

    def show_reliability(self) -> None:
        if self.data is None:
            return
        self.query_one("#reliability", Markdown).update(
            reliability_text(self.data.report, self.criteria, self.tr, self.category_label)
            + sureness_markdown(self.data.report, self.tr, self.category_label))

    def show_decisions(self) -> None:
        if self.data is None:
            return
        tr = self.tr
        report = self.data.report
        # Offered only when the phase allows it, and the reason said when not.
        deciding = report.phase == "deliberation"
        for button in ("#decide-nominees", "#decide-winner"):
            self.query_one(button, Button).disabled = not deciding
        self.query_one("#reopen", Button).disabled = report.phase != "scoring"
        # The how-to only where it can be done; elsewhere the phase and why not.
        phase = tr("phase." + report.phase)
        self.query_one("#phase-text", Static).update(
            tr("tui.chair.phase_text", phase=phase) if deciding
            else " ".join(filter(None, (tr("tui.chair.phase_only", phase=phase),
                                        self.refusal("tie")))))
        self.refresh_bindings()
        titles = {r.entry: r.title for r in report.results.ranking}
        table = self.query_one("#choices", DataTable)
        # The cursor stays on its category after a decision reloads the table: the next
        # button pressed is about the same category, not the first one.
        row_before = table.cursor_row if table.row_count else 0
        table.clear(columns=True)
        rows: list[tuple[str, list[str]]] = []
        for category, choice in report.choices.items():
            label = self.category_label(category)
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
            self.data.decisions, tr, dict(self.criteria), category_label=self.category_label))

    # Actions --------------------------------------------------------------------------------

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
        phase = self.data.report.phase
        if phase == "final":
            return self.tr("chair.refused.final")
        if phase != "deliberation":
            return self.tr("chair.refused.deliberation", phase=self.tr("phase." + phase))
        return None

    def on_resize(self) -> None:
        """Column widths follow the terminal: the tables are drawn again."""
        if self.data is not None:
            self.show_progress(self.data.progress)
            self.show_ranking()
            self.show_agenda()

    def action_aggregate(self) -> None:
        current = self.aggregate or (self.data.report.results.aggregate if self.data
                                     else AGGREGATES[0])
        self.aggregate = AGGREGATES[(AGGREGATES.index(current) + 1) % len(AGGREGATES)]
        self.notify(self.tr("tui.chair.aggregate_now",
                            aggregate=self.tr("aggregate." + self.aggregate)))
        self.reload()

    def action_flagged_first(self) -> None:
        self.flagged_first = not self.flagged_first
        self.show_ranking()

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
                self.fetch("decided", lambda: services.deliberation.change_phase(
                    actor, phase, reason=reason, confirm_unsubmitted=confirm))

        self.app.push_screen(PhaseScreen(self.tr, self.data.report.phase, waiting), chosen)

    def action_tie(self) -> None:
        """Order the entries tied with the one under the cursor in the ranking."""
        from jury.tui.screens.decisions import TieScreen

        if self.data is None:
            return
        table = self.query_one("#ranking", DataTable)
        if not table.row_count:
            return
        entry = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
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
                self.fetch("decided", lambda: services.deliberation.decide_category(
                    actor, category, "tie", order, rationale))

        self.app.push_screen(TieScreen(self.tr, [(r.entry, f"{r.entry} {r.title}")
                                                 for r in group]), chosen)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        handlers = {"phase-button": self.action_phase, "export-button": self.action_export,
                    "decide-nominees": lambda: self.decide("nominees"),
                    "decide-winner": lambda: self.decide("winner"), "reopen": self.reopen}
        handler = handlers.get(event.button.id or "")
        if handler is not None:
            handler()

    def selected_category(self) -> str | None:
        """The category of the row under the cursor in the decisions table, else the first."""
        if self.data is None:
            return None
        table = self.query_one("#choices", DataTable)
        categories = list(self.data.report.choices)
        if table.row_count and table.cursor_row < table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
            category = key.rsplit(":", 1)[0]
            for known in categories:
                if str(known) == category:
                    return known
        return categories[0] if categories else None

    def decide(self, kind: str) -> None:
        from jury.tui.screens.decisions import CategoryScreen

        if self.data is None:
            return
        category = self.selected_category()
        report = self.data.report
        choice = report.choices.get(category)
        if choice is None:
            return
        rows = [r for r in report.results.ranking if r.category == category]
        language = self.tr.language
        if kind == "nominees":
            pool = rows
            count = {c.key: c.nominees for c in report.settings.categories}.get(category, 3)
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
                self.fetch("decided", lambda: services.deliberation.decide_category(
                    actor, category, kind, picked, rationale))

        results = report.results
        calls = [line for call, line in zip(
            results.robustness.close_calls,
            close_call_lines(results, self.tr, self.category_label), strict=True)
            if call.category == category and call.kind == kind]
        self.app.push_screen(CategoryScreen(self.tr, kind, self.category_label(category),
                                            candidates, proposed, wanted,
                                            close_call=" ".join(calls)), chosen)

    def reopen(self) -> None:
        from jury.tui.screens.decisions import ReasonScreen

        table = self.query_one("#jurors", DataTable)
        if not table.row_count:
            return
        name = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""

        def chosen(reason: str | None) -> None:
            if reason:
                actor, services = self.actor, self.services
                self.fetch("decided", lambda: services.deliberation.reopen_submission(
                    actor, name, reason))

        self.app.push_screen(ReasonScreen(self.tr, self.tr("tui.chair.reopen"), name), chosen)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter (or a click) on an entry in the ranking, agenda or progress: deliberate it.
        On a row of the decisions table: what its button does (nominees or winner)."""
        if event.data_table.id == "choices":
            kind = (event.row_key.value or "").rsplit(":", 1)[-1]
            if kind not in ("nominees", "winner") or self.data is None:
                return
            if self.query_one(f"#decide-{kind}", Button).disabled:
                phase = self.tr("phase." + self.data.report.phase)
                self.notify(self.tr("score.refused.phase", phase=phase), severity="warning")
                return
            self.decide(kind)
            return
        if event.data_table.id not in ("ranking", "agenda", "progress-matrix") or \
                self.data is None:
            return
        if (event.row_key.value or "").startswith("_"):
            self.notify(self.tr("chair.cutoff_row"))
            return
        key = event.row_key.value or ""
        # The agenda's keys are 'category:entry'; an entry id may itself hold a colon.
        entry = key.split(":", 1)[1] if event.data_table.id == "agenda" else key
        from jury.tui.screens.deliberation import EntryDeliberationScreen

        self.app.push_screen(EntryDeliberationScreen(self.actor, entry, self.data.report),
                             lambda _: self.reload())

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        table = event.data_table
        previous = self.sorted_by.get(table.id or "")
        reverse = previous is not None and previous[0] == event.column_key and not previous[1]
        table.sort(event.column_key, key=sort_key, reverse=reverse)
        self.sorted_by[table.id or ""] = (event.column_key, reverse)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter the record once typing pauses, not on every key."""
        if (event.input.id or "").startswith("audit-"):
            if self._audit_timer is not None:
                self._audit_timer.stop()
            self._audit_timer = self.set_timer(0.25, self.load_audit)

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

            self.fetch("exported", write)

        self.app.push_screen(ExportScreen(self.tr, str(suggested)), chosen)


def reliability_text(report: Any, criteria: list[tuple[str, str]], tr: Any,
                     category_label: Any) -> str:
    """Reliability per criterion and overall, then robustness, in the reader's language."""
    from jury.reconcile.reliability import alpha_band, icc_band, w_band

    language = tr.language
    results = report.results
    lines = [f"## {tr('results.reliability')}", "", tr("results.reliability_help"), "",
             "| | alpha | ICC(A,k) | W | " + tr("results.reading") + " |",
             "|---|---|---|---|---|"]
    for key, label in [*criteria, ("total", tr("results.total"))]:
        rel = results.reliability[key]
        icc = rel.icc.get("ICC(A,k)")
        bands = [tr("band." + b) for b in (alpha_band(rel.alpha_interval), icc_band(icc),
                                           w_band(rel.kendall_w)) if b]
        lines.append(f"| {md(label)} | {number(rel.alpha_interval, language, 3)} | "
                     f"{number(icc, language, 3)} | {number(rel.kendall_w, language, 3)} | "
                     f"{', '.join(bands) or tr('band.none')} |")
    robust = results.robustness
    lines += ["", f"## {tr('results.robustness')}", "",
              tr("tui.chair.stable") if robust.winner_stable else tr("tui.chair.unstable"), ""]
    winners = results.winners()
    for loo in robust.leave_one_out:
        if loo.winner != winners.get(loo.category):
            lines.append("- " + tr("tui.chair.without", juror=md(loo.without),
                                   category=md(category_label(loo.category)),
                                   winner=md(loo.winner or "–")))
    lines.append("")
    for category, winner in robust.schulze_winners.items():
        key = "tui.chair.schulze_differs" if robust.schulze_differs.get(category) \
            else "tui.chair.schulze_same"
        lines.append("- " + tr(key, category=md(category_label(category)),
                               winner=md(winner or "–")))
    return "\n".join(lines)


def consensus_line(decision: Any, tr: Any, criteria: dict[str, str], *,
                   entry: bool = False) -> str:
    """One consensus decision as a Markdown list item, marked when a later one revised it."""
    what = (criteria.get(decision.criterion, decision.criterion) if decision.criterion
            else tr("results.total"))
    state = "" if decision.current else f" ({tr('tui.chair.revised')})"
    subject = f"{md(decision.entry)} · {md(what)}" if entry else md(what)
    value = score_text(decision.value, tr.language)
    return (f"- {local_time(decision.at)} · {subject}: **{value}**{state} — "
            f"{md(decision.rationale)} ({md(decision.by)})")


def history_text(decisions: Any, tr: Any, criteria: dict[str, str],
                 category_label: Any = None) -> str:
    """Every decision in order, revisions included: what the jury report can cite.
    `category_label` names a category in the reader's language (its key otherwise)."""
    lines = [f"### {tr('tui.chair.history')}", ""]
    lines += [consensus_line(d, tr, criteria, entry=True) for d in decisions.consensus]
    for d in decisions.categories:
        rationale = f" — {md(d.rationale)}" if d.rationale else ""
        category = category_label(d.category) if category_label else (d.category or "")
        lines.append(f"- {local_time(d.at)} · {md(category)} · "
                     f"{tr('tui.choices.' + d.kind)}: "
                     f"**{md(', '.join(d.chosen))}** ({tr('tui.choices.proposed').lower()}: "
                     f"{md(', '.join(d.proposed) or '–')}){rationale} ({md(d.by)})")
    if len(lines) == 2:
        lines.append(tr("tui.chair.no_decisions"))
    return "\n".join(lines)
