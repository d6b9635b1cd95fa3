"""What the juror's scoring screen shows of one entry, top to bottom: the facts, the
description, a form per criterion, the overall note and (after the scoring) the jury's panel.

Builders, not a container: the widgets go straight into the screen's ReadingScroll, which
lays them out and scrolls them (jury/tui/screens/score.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Label, Static

from jury.text import shown
from jury.tui.literal import cell, lines, plain
from jury.tui.widgets.criterion_form import CriterionForm
from jury.tui.widgets.safe_markdown import SafeMarkdown
from jury.tui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from jury.services.views import EntryView


def entry_content(view: EntryView, settings: Any, tr: Any) -> Iterator[Widget]:
    """The entry's widgets in reading order, editable when the juror may still score it."""
    category = {c.key: tr.label(c.label_nl, c.label_en) for c in settings.categories}
    # Every fact is outside text: Content, never markup (an e-mail address may read
    # '[@click=app.quit]').
    facts = [plain(view.organisation, style="bold")]
    if view.category:
        facts.append(plain(category.get(view.category, view.category)))
    if view.contact or view.email:
        facts.append(plain(" ".join(p for p in (view.contact, view.email) if p)))
    yield Static(Content(" · ").join(facts), classes="entry-facts")
    if view.extra:
        yield Static(Content("\n").join(
            plain(k) + ": " + lines(v) for k, v in view.extra.items()),
            classes="entry-extra")
    banner = banner_text(view, tr)
    if banner:
        yield Static(banner, classes="banner")
    yield SafeMarkdown(view.description or "–", classes="entry-description")
    if view.editable:
        yield Static(tr("tui.score.hint"), classes="hint")
    if view.recusal is not None:
        # The scores of a recused entry do not count: nothing to fill in here.
        yield Static(tr("score.recused_hint"), classes="hint")
        return
    for criterion in settings.criteria:
        mine = view.scores.get(criterion.key)
        yield CriterionForm(view.id, criterion, settings.scale, tr,
                            value=mine.value if mine else None,
                            note=mine.note if mine else "", editable=view.editable,
                            for_entrant=mine.for_entrant if mine else "")
    yield Label(tr("tui.score.overall"), classes="criterion-label")
    yield TextBox(shown(view.note, multiline=True), id="overall-note", soft_wrap=True,
                  read_only=not view.editable)
    if view.phase != "scoring":
        yield from jury_panel(view, settings.criteria, tr)


def banner_text(view: EntryView, tr: Any) -> str:
    """Why the entry cannot be scored (recused, phase, submitted), or '' when it can."""
    if view.recusal is not None:
        return tr("tui.score.recused", reason=tr(f"reason.{view.recusal[0]}"))
    if view.phase != "scoring":
        return tr(f"tui.score.readonly.{view.phase}")
    if view.submitted:
        return tr("tui.score.readonly.submitted")
    return ""


def jury_panel(view: EntryView, criteria: Any, tr: Any) -> Iterator[Widget]:
    """Deliberation and final only: every juror's scores and notes, read-only."""
    yield Label(tr("tui.score.panel"), classes="criterion-label")
    table: DataTable[object] = DataTable(id="panel", cursor_type="none", zebra_stripes=True)
    table.add_column(tr("status.name"), width=22)
    for c in criteria:
        table.add_column(cell(tr.label(c.label_nl, c.label_en)[:12]), width=12)
    by_juror: dict[str, dict[str, str]] = {}
    for score in view.panel:
        by_juror.setdefault(score.juror, {})[score.criterion] = (
            "–" if score.value is None else f"{score.value:g}")
    for juror, values in sorted(by_juror.items()):
        table.add_row(cell(juror), *(values.get(c.key, "–") for c in criteria))
    yield table
    notes = [f"• {s.juror} ({s.criterion}): {s.note}" for s in view.panel if s.note]
    notes += [f"• {juror}: {note}" for juror, note in view.panel_notes]
    if notes:
        yield Label(tr("tui.score.panel_notes"), classes="criterion-label")
        yield Static(lines("\n".join(notes)), id="panel-notes")
    if view.recused_jurors:
        yield Static(plain(tr("tui.score.recused_jurors",
                              names=", ".join(view.recused_jurors))))
