"""The chair's Betrouwbaarheid tab: how far the jury agrees, how robust the winners are and
how sure the ranking is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from jury.tui.chair_text import reliability_text
from jury.tui.sureness import sureness_markdown
from jury.tui.widgets.chair_pane import ChairPane
from jury.tui.widgets.safe_markdown import SafeMarkdown


class ReliabilityPane(ChairPane):
    """One Markdown document, scrolled."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield SafeMarkdown("", id="reliability")

    def redraw(self) -> None:
        if self.chair is None:
            return
        view = self.chair
        self.query_one("#reliability", Markdown).update(
            reliability_text(view.report, view.criteria, self.tr, view.category_label)
            + sureness_markdown(view.report, self.tr, view.category_label))
