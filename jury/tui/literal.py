"""Outside text on the juror's screens: always Content or Text, never markup.

A Static, a Label, a button or an option list reads a plain str as Textual markup, where
'[@click=app.quit]' is an action and '[/]' a crash. The screens hand these widgets the
objects made here instead: the text exactly as stored, its control characters made visible
by `jury.text.shown`, styled only by the code that shows it.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from jury.text import shown


def plain(text: object, *, multiline: bool = False, style: str = "") -> Content:
    """One outside string as Content: shown as it is, nothing in it parsed."""
    content = Content(shown(text, multiline=multiline))
    return content.stylize(style) if style else content


def markup(template: str, **values: object) -> Content:
    """The code's own markup with outside values in it as plain text:
    markup('[b]$id[/b] · $title', id=entry.id, title=entry.title)."""
    return Content.from_markup(template, **{k: shown(v) for k, v in values.items()})


def lines(text: object) -> Content:
    """A note, a rationale, a message: newlines kept, everything else shown as it is."""
    return plain(text, multiline=True)


def cell(text: object, style: str = "", *, width: int | None = None) -> Text:
    """A DataTable cell (the table reads a plain str as Rich markup). With `width`, the
    column's fixed width: longer text ends in '…', so a cut title reads as cut."""
    content = Text(shown(text), style=style, end="")
    if width is not None:
        content.truncate(width, overflow="ellipsis")
    return content
