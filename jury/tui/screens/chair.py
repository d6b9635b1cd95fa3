"""Where the chair lands after signing in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Footer, Label, Static

from jury.actor import Actor
from jury.tui.screens.base import JuryScreen


class ChairScreen(JuryScreen):
    """The chair's screens arrive with the chair's table; until then this says so."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def fresh(self) -> ChairScreen:
        return ChairScreen(self.actor)

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="chair-box"):
            yield Label(self.tr("tui.chair.title"), classes="dialog-title")
            yield Static(self.tr("tui.chair.placeholder", name=self.actor.name), id="chair-text")
        yield Footer()
