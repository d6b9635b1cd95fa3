"""One entry on the jury's table: every juror's scores and notes, the figures, the flags."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Markdown, Static

from jury.actor import Actor
from jury.present import flag_text
from jury.reconcile.agenda import spread_bar
from jury.statistics_text import number
from jury.text import markdown_literal as md
from jury.tui.chair_text import consensus_line, phase_refusal
from jury.tui.literal import cell, markup, plain
from jury.tui.literal import lines as lines_text
from jury.tui.screens.base import JuryScreen
from jury.tui.screens.laudatio import LaudatioActions
from jury.tui.sureness import entry_chance
from jury.tui.widgets.footer import JuryFooter
from jury.tui.widgets.safe_markdown import SafeMarkdown


class EntryDeliberationScreen(LaudatioActions, JuryScreen):
    """Side by side: who gave what and why; mean, median, adjusted, range and spread."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("f8", "consensus", "Consensus", id="consensus"),
        Binding("f9", "laudatio", "Laudatio", id="laudatio",
                tooltip="Write the laudatio for the ceremony"),
    ]
    KEY_TEXT = {"back": "back_chair", "consensus": "consensus", "laudatio": "laudatio"}

    def __init__(self, actor: Actor, entry_id: str, report: Any) -> None:
        super().__init__()
        self.actor = actor
        self.entry_id = entry_id
        self.report = report

    def fresh(self) -> EntryDeliberationScreen:
        return EntryDeliberationScreen(self.actor, self.entry_id, self.report)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static("", id="deliberation-head")
        with VerticalScroll(id="deliberation-body"):
            yield DataTable(id="deliberation-scores", cursor_type="row", zebra_stripes=True)
            yield Static("", id="deliberation-bars")
            yield Static("", id="deliberation-flags")
            yield SafeMarkdown("", id="deliberation-notes")
        yield JuryFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.reload()

    def reload(self) -> None:
        actor, services, entry = self.actor, self.services, self.entry_id
        aggregate = self.report.results.aggregate
        self.fetch("entry", lambda: (services.deliberation.entry(actor, entry),
                                     services.results.compute(actor, aggregate=aggregate)))

    @property
    def criteria(self) -> list[tuple[str, str]]:
        return [(c.key, self.tr.label(c.label_nl, c.label_en))
                for c in self.report.settings.criteria]

    def loaded_entry(self, found: tuple[Any, Any]) -> None:
        record, self.report = found
        self.refresh_bindings()
        tr, language = self.tr, self.tr.language
        row = next((r for r in self.report.results.ranking if r.entry == self.entry_id), None)
        categories = {c.key: tr.label(c.label_nl, c.label_en)
                      for c in self.report.settings.categories}
        head = markup("[b]$id · $title[/b] — $organisation", id=record.id, title=record.title,
                      organisation=record.organisation)
        if record.category:
            head += plain(f"  ·  {categories.get(record.category, record.category)}")
        if row is not None:
            total = number(row.total, language)
            if row.total != row.computed_total:
                total += f" ({tr('tui.deliberation.computed')} "
                total += f"{number(row.computed_total, language)})"
            head += plain(f"\n{tr('tui.deliberation.rank')} {row.rank or '–'}  ·  "
                          f"{tr('results.total')} {total}", multiline=True)
            head += plain("\n" + entry_chance(self.report.results, row.entry, tr),
                          multiline=True)
        self.query_one("#deliberation-head", Static).update(head)
        self.show_scores(record, row)
        self.show_flags(record, row)
        self.show_notes(record)

    def show_scores(self, record: Any, row: Any) -> None:
        tr, language = self.tr, self.tr.language
        table = self.query_one("#deliberation-scores", DataTable)
        table.clear(columns=True)
        table.add_column(tr("tui.deliberation.juror"), key="juror")
        for key, label in self.criteria:
            table.add_column(cell(label), key=key)
        values = {(s.juror, s.criterion): s.value for s in record.scores}
        recused = {name for name, _, _ in record.recusals}
        for juror in record.jurors:
            if juror in recused:
                table.add_row(cell(juror), *(["⊘ " + tr("status.recused").lower()] *
                                       len(self.criteria)), key=juror)
                continue
            table.add_row(cell(juror), *(number(values.get((juror, key)), language, 1)
                                   if values.get((juror, key)) is not None else "·"
                                   for key, _ in self.criteria), key=juror)
        if row is None:
            return
        for name, pick in (("mean", lambda f: f.mean), ("median", lambda f: f.median),
                           ("adjusted", lambda f: f.adjusted),
                           ("agreed", lambda f: f.agreed)):
            cells = [number(pick(row.criteria[key]), language) for key, _ in self.criteria]
            if name == "agreed" and all(c == "–" for c in cells):
                continue
            table.add_row(f"[b]{tr('tui.deliberation.' + name)}[/b]", *cells, key=f"_{name}")
        table.add_row(f"[b]{tr('tui.deliberation.range')}[/b]", *(
            f"{number(row.criteria[key].min, language, 0)}–"
            f"{number(row.criteria[key].max, language, 0)}"
            if row.criteria[key].min is not None else "–" for key, _ in self.criteria),
            key="_range")

    def show_flags(self, record: Any, row: Any) -> None:
        tr = self.tr
        scale = self.report.settings.scale
        values: dict[str, list[float]] = {}
        recused = {name for name, _, _ in record.recusals}
        for s in record.scores:
            if s.value is not None and s.juror not in recused:
                values.setdefault(s.criterion, []).append(s.value)
        width = max(len(label) for _, label in self.criteria) if self.criteria else 0
        bars = [f"{label:<{width}}  {scale.min:g} "
                f"{spread_bar(values.get(key, []), scale.min, scale.max)} {scale.max:g}"
                for key, label in self.criteria]
        self.query_one("#deliberation-bars", Static).update(lines_text("\n".join(bars)))
        lines = [flag_text(f, self.criteria, tr) for f in (row.flags if row else ())]
        lines += [f"⊘ {tr('tui.deliberation.recused', juror=name)}: {tr('reason.' + reason)}"
                  + (f" — {text}" if text else "") for name, reason, text in record.recusals]
        self.query_one("#deliberation-flags", Static).update(
            lines_text("\n".join(lines) or tr("tui.deliberation.no_flags")))

    def show_notes(self, record: Any) -> None:
        tr = self.tr
        labels = dict(self.criteria)
        lines = [f"### {tr('tui.deliberation.notes')}", ""]
        # Notes are outside text inside a Markdown document: every one escaped, so a note
        # can be neither a heading nor a link.
        for s in record.scores:
            if s.note.strip():
                lines.append(f"- **{md(s.juror)}** · {md(labels.get(s.criterion, s.criterion))}"
                             f": {md(s.note)}")
        for juror, note in record.notes:
            lines.append(f"- **{md(juror)}** · {tr('tui.deliberation.overall')}: {md(note)}")
        if len(lines) == 2:
            lines.append(tr("tui.deliberation.no_notes"))
        if record.consensus:
            lines += ["", f"### {tr('tui.chair.history')}", ""]
            lines += [consensus_line(d, tr, labels) for d in record.consensus]
        self.query_one("#deliberation-notes", Markdown).update("\n".join(lines))

    def action_back(self) -> None:
        self.dismiss(None)

    def refusal(self, action: str) -> str | None:
        """A consensus is recorded during the deliberation only; final is read-only."""
        if action not in ("consensus", "laudatio"):
            return None
        return phase_refusal(self.report.phase, self.tr)

    def action_consensus(self) -> None:
        from jury.tui.screens.decisions import ConsensusScreen

        scale = self.report.settings.scale
        actor, services, entry = self.actor, self.services, self.entry_id

        def chosen(answer: tuple[str | None, float, str] | None) -> None:
            if answer:
                criterion, value, rationale = answer
                self.fetch("recorded", lambda: services.deliberation.record_consensus(
                    actor, entry, criterion, value, rationale))

        self.app.push_screen(ConsensusScreen(self.tr, entry, self.criteria,
                                             (scale.min, scale.max)), chosen)

    def loaded_recorded(self, _: Any) -> None:
        self.notify(self.tr("tui.chair.recorded"))
        self.reload()
