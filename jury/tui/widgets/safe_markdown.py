"""Markdown from outside (an entry's description) whose links cannot act on their own.

Textual's Markdown opens a clicked link at once, whatever its scheme. Here a click on an
http(s) link asks first, showing the literal address; any other scheme (file:, javascript:,
an app action) is refused with a message. Control characters in the source are made visible
before it is parsed; Textual markup in it is never read (Markdown text is plain Content).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from textual.await_complete import AwaitComplete
from textual.widgets import Markdown

from jury.text import shown

OPENABLE = ("http", "https")


def openable(url: str) -> bool:
    """Only web addresses with a host may be opened from outside text."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in OPENABLE and bool(parts.netloc)


class SafeMarkdown(Markdown):
    def __init__(self, markdown: str | None = None, **kw: Any) -> None:
        kw["open_links"] = False
        super().__init__(None if markdown is None else shown(markdown, multiline=True), **kw)

    def update(self, markdown: str) -> AwaitComplete:
        return super().update(shown(markdown, multiline=True))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        url = event.href
        strings = self.app.strings  # type: ignore[attr-defined]
        if not openable(url):
            self.app.notify(f"{strings('text.link.refused')}\n{shown(url)}",
                            severity="warning", markup=False, timeout=10)
            return
        from jury.tui.screens.link import LinkScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.app.open_url(url)

        self.app.push_screen(LinkScreen(strings, url), answered)
