"""The command line's console: outside text printed as text, never as markup or escapes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from jury.text import shown


class LiteralConsole(Console):
    """A Console that reads no markup or emoji codes in what it prints, and lets no control
    character through: a last guard behind the commands, which already pass outside text
    through `shown` before the layout (so columns keep their widths)."""

    def __init__(self, **kw: Any) -> None:
        kw.setdefault("highlight", False)
        super().__init__(markup=False, emoji=False, **kw)

    def print(self, *objects: Any, **kw: Any) -> None:
        """Strings are shown as they are, their control characters visible (Rich would drop
        some, such as BEL, silently)."""
        super().print(*(shown(o, multiline=True) if isinstance(o, str) else o
                        for o in objects), **kw)

    def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or not segment.text:
                yield segment
            else:
                yield Segment(shown(segment.text, multiline=True), segment.style)


def literal(text: object, style: str = "") -> Text:
    """One outside string as a Rich Text on one line: printed as it is, controls visible."""
    return Text(shown(text), style=style)


def lines(text: object, style: str = "") -> Text:
    """A multi-line outside string (a note, a rationale) as a Rich Text."""
    return Text(shown(text, multiline=True), style=style)


def bold(text: object) -> Text:
    return literal(text, "bold")


# JSON escapes C0 controls itself; C1 controls and bidirectional controls it leaves raw when
# ensure_ascii is off. Escaped as \uXXXX they still read back as the very same string.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(document: Any, *, allow_nan: bool = True) -> str:
    """`document` as indented JSON, readable (non-ASCII letters kept) and safe on a
    terminal: every control character escaped, the values exactly as stored."""
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=allow_nan)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
