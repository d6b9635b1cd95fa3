"""The juror's entry list: status per entry, progress, filters, search, order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Header, Input, Select, Static

from jury.actor import Actor
from jury.i18n import Count
from jury.present import status_text
from jury.rules import still_to_score
from jury.terms import STATUSES
from jury.tui.literal import cell
from jury.tui.screens.base import JuryScreen
from jury.tui.widgets.entry_table import EntryTable
from jury.tui.widgets.footer import JuryFooter

if TYPE_CHECKING:
    from jury.services.views import Desk, EntryRow

ORDERS = ("shuffle", "id", "title")
# Fixed widths: the table never measures its rows, so 10,000 entries appear at once.
WIDTHS = {"status": 12, "id": 10, "title": 38, "organisation": 26, "category": 10}


class EntryListScreen(JuryScreen):
    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Open the chosen entry", id="list-open",
                show=False),
        Binding("f9", "next_unscored", "Next to do", tooltip="Open the next entry not done",
                id="next-unscored"),
        Binding("f6", "order", "Order", tooltip="Own order, number, title", id="order"),
        Binding("slash", "search", "Search", tooltip="Search titles and organisations",
                id="search"),
        Binding("f10", "submit", "Submit", tooltip="Finish your scoring", id="submit"),
    ]

    KEY_TEXT = {"list-open": "open", "next-unscored": "next_unscored", "order": "order",
                "search": "search", "submit": "submit"}

    def __init__(self, actor: Actor, desk: Desk | None = None) -> None:
        super().__init__()
        self.actor = actor
        self.desk: Desk | None = None
        self._first_desk = desk
        self.order = "shuffle"
        self.shown: list[EntryRow] = []
        # The entry the score screen was showing when the juror came back: the cursor goes
        # there, not to the entry first opened.
        self.return_to: str | None = None

    def compose(self) -> ComposeResult:
        tr = self.tr
        yield Header(icon="")
        yield Static("", id="progress")
        with Horizontal(id="filters"):
            yield Select[str]([(status_text(s, tr), s) for s in STATUSES],
                              prompt=f"{tr('tui.list.status')}: {tr('status.all')}",
                              id="status-filter", compact=True)
            yield Select[str]([], prompt=f"{tr('tui.list.category')}: {tr('status.all')}",
                              id="category-filter", compact=True)
            yield Input(placeholder=tr("tui.list.search"), id="search-box", compact=True)
        yield Static("", id="order-line")
        yield EntryTable([(tr(f"col.{key}"), width) for key, width in WIDTHS.items()],
                         id="entry-table", flexible=(2, 3))
        yield JuryFooter()

    def on_mount(self) -> None:
        if self._first_desk is not None:
            desk, self._first_desk = self._first_desk, None
            self.loaded_desk(desk)
        else:
            self.reload()

    def fresh(self) -> EntryListScreen:
        screen = EntryListScreen(self.actor)
        screen.order = self.order
        return screen

    def reload(self) -> None:
        self.fetch("desk", lambda: self.services.views.desk(self.actor))

    def on_screen_resume(self) -> None:
        if self.desk is not None:
            self.reload()

    def loaded_desk(self, desk: Desk) -> None:
        first = self.desk is None
        self.desk = desk
        tr = self.tr
        categories = desk.settings.categories
        select = self.query_one("#category-filter", Select)
        if first:
            select.set_options([(cell(tr.label(c.label_nl, c.label_en)), c.key)
                                for c in categories])
            select.display = bool(categories)
        done = desk.count("scored")
        self.query_one("#progress", Static).update(
            tr("tui.list.progress", done=done, total=len(desk.rows) - desk.count("recused"),
               recused=Count(desk.count("recused"), "recused_count"),
               todo=desk.count("todo") + desk.count("partly"),
               phase=tr(f"phase.{desk.phase}"))
            + (f"   ✓ {tr('tui.list.submitted')}" if desk.submitted else "")
        )
        self.set_class(desk.submitted, "-submitted")
        self.set_class(desk.phase != "scoring", "-locked")
        self.populate()
        if first:
            self.query_one(EntryTable).focus()

    def populate(self) -> None:
        """Apply filters, search and order to the loaded list; the cursor stays on its entry."""
        if self.desk is None:
            return
        tr = self.tr
        status = self.query_one("#status-filter", Select).value
        category = self.query_one("#category-filter", Select).value
        words = self.query_one("#search-box", Input).value.casefold().split()
        rows = [
            r for r in self.desk.rows
            if (status is Select.NULL or r.status == status)
            and (category is Select.NULL or r.category == category)
            and all(w in f"{r.title} {r.organisation}".casefold() for w in words)
        ]
        key = {"shuffle": lambda r: r.shuffle, "id": lambda r: _natural(r.id),
               "title": lambda r: r.title.casefold()}[self.order]
        rows.sort(key=key)
        labels = {c.key: tr.label(c.label_nl, c.label_en) for c in self.desk.settings.categories}
        current = self._current_id()
        if self.return_to is not None:
            current, self.return_to = self.return_to, None
        self.shown = rows
        ids = [r.id for r in rows]
        self.query_one(EntryTable).set_rows(
            [(status_text(r.status, tr), r.id, r.title,
              r.organisation, labels.get(r.category or "", "")) for r in rows],
            cursor=ids.index(current) if current in ids else 0,
        )
        self.query_one("#order-line", Static).update(
            tr("tui.list.order", order=tr(f"order.{self.order}"))
            + ("" if rows else f"   {tr('tui.list.empty')}")
        )

    def _current_id(self) -> str | None:
        table = self.query_one(EntryTable)
        if not self.shown or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row].id

    def on_select_changed(self, event: Select.Changed) -> None:
        self.populate()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.populate()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(EntryTable).focus()

    def on_key(self, event) -> None:
        """Esc in the search box: back to the list, the search kept (Esc again clears it)."""
        search = self.query_one("#search-box", Input)
        if event.key == "escape" and search.has_focus:
            event.stop()
            if search.value:
                search.value = ""
            else:
                self.query_one(EntryTable).focus()
            return
        super().on_key(event)

    def on_entry_table_chosen(self, event: EntryTable.Chosen) -> None:
        self.open(event.row)

    def action_open(self) -> None:
        self.open(self.query_one(EntryTable).cursor_row)

    def open(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.jury.open_entry(self.actor, [r.id for r in self.shown], row)

    def palette_commands(self) -> Iterable[SystemCommand]:
        tr = self.tr
        yield SystemCommand(tr("cmd.next_unscored"), tr("tip.next_unscored"),
                            self.action_next_unscored)
        if self.check_action("submit", ()):
            yield SystemCommand(tr("cmd.submit"), tr("tip.submit"), self.action_submit)

    def action_next_unscored(self) -> None:
        table = self.query_one(EntryTable)
        start = table.cursor_row + 1 if self.shown else 0
        order = self.shown[start:] + self.shown[:start]
        for row in order:
            if still_to_score(row.status):
                self.open(self.shown.index(row))
                return
        shown = {r.id for r in self.shown}
        outside = sum(1 for r in (self.desk.rows if self.desk else ())
                      if r.id not in shown and still_to_score(r.status))
        # A filter or search hides what is left: say so, rather than "nothing left".
        self.notify(self.tr("score.none_in_selection", count=outside) if outside
                    else self.tr("tui.all_done"))

    def action_order(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.populate()

    def action_search(self) -> None:
        self.query_one("#search-box", Input).focus()

    def action_submit(self) -> None:
        if self.desk is None:
            return
        missing = sorted((r.id for r in self.desk.rows if still_to_score(r.status)),
                         key=_natural)

        def answered(submit: bool | None) -> None:
            if submit:
                self.fetch("submitted", lambda: self.services.scoring.submit(
                    self.actor, self.actor.name))

        from jury.tui.screens.dialogs import SubmitScreen

        self.app.push_screen(SubmitScreen(self.tr, missing), answered)

    def loaded_submitted(self, _: None) -> None:
        self.notify(self.tr("tui.submit.done"))
        self.reload()

    def refusal(self, action: str) -> str | None:
        if action == "submit" and self.desk is not None:
            if self.desk.submitted:
                return self.tr("tui.list.submitted")
            if self.desk.phase != "scoring":
                return self.tr("score.refused.phase",
                               phase=self.tr(f"phase.{self.desk.phase}"))
        return None


def _natural(text: str) -> tuple:
    """TIA-2 before TIA-10."""
    import re

    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", text))
