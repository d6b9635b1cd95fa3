"""A line that says what went wrong, and takes no room when nothing did."""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import Static


class Problem(Static):
    """Shown only while it has something to say (CSS ':empty' means 'no children', which a
    Static never has, so it cannot hide an empty message)."""

    def __init__(self, *, id: str | None = None, classes: str = "problem") -> None:
        super().__init__("", id=id, classes=classes)
        self.display = False

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(content, layout=layout)
        self.display = bool(str(content).strip())
