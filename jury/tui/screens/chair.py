"""Where the chair lands after signing in."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Label, Static

from jury.actor import Actor
from jury.tui.screens.base import JuryScreen


class ChairScreen(JuryScreen):
    """The chair's landing; the chair's table grows from here. Export works already."""

    BINDINGS = [Binding("f5", "export", "Export", tooltip="Write the ranked workbook",
                        id="export")]
    KEY_TEXT = {"export": "export"}

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def fresh(self) -> ChairScreen:
        return ChairScreen(self.actor)

    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="chair-box"):
            yield Label(self.tr("tui.chair.title"), classes="dialog-title")
            yield Static(self.tr("tui.chair.placeholder", name=self.actor.name), id="chair-text")
            yield Button(self.tr("key.export"), id="export-button", variant="primary")
        yield Footer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-button":
            self.action_export()

    def action_export(self) -> None:
        """Ask where to write the workbook; the writing happens in a worker."""
        from datetime import UTC, datetime

        from jury.tui.screens.dialogs import ExportScreen

        now = datetime.now(UTC)
        folder = self.jury.exports_dir
        suggested = folder / (f"{self.jury.settings.slug}-{self.jury.settings.award.edition}-"
                              f"{now.astimezone():%Y%m%d-%H%M}.xlsx")

        def chosen(answer: tuple[str, bool] | None) -> None:
            if not answer:
                return
            path, force = Path(answer[0]).expanduser(), answer[1]

            def write() -> Path:
                from jury.io.workbook import export

                return export(self.services, self.actor, path, folder=folder,
                              language=self.tr.language, force=force, now=now)

            self.fetch("exported", write)

        self.app.push_screen(ExportScreen(self.tr, str(suggested)), chosen)

    def loaded_exported(self, path: Path) -> None:
        self.notify(self.tr("tui.export.done", path=str(path)), timeout=15)
