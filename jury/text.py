"""The one boundary for outside text on its way to a terminal.

Titles, names, notes and every other string from a file, a juror or the database may hold
characters a terminal acts on instead of showing: ESC starts sequences that rename the window,
clear the screen or open hyperlinks; 8-bit C1 controls (0x80-0x9F) do the same on many
terminals; bidirectional overrides reorder what follows so 'factuur\\u202egnp.exe' reads as
'factuurexe.png'. `shown` turns each of them into a visible stand-in, so the jury reads what
was sent and the terminal receives only printable text. Markup is not this module's concern:
the screens and the command line build Text/Content objects, which never parse it.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls as the Unicode control pictures (U+2400 + code): ESC reads '␛', BEL '␇'.
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_PICTURES[0x7F] = "\u2421"  # ␡
_NEWLINE = "\u2424"  # ␤: a newline where a field holds one line

# C0 and C1 controls and DEL; then what changes the order or direction of what follows, or
# marks it invisibly: embeddings and overrides (U+202A-202E), isolates (U+2066-2069), the
# marks LRM, RLM and ALM, and the line and paragraph separators some terminals break lines at.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def shown(text: object, *, multiline: bool = False) -> str:
    """`text` as a terminal may safely show it: every control character visible, none active.

    C0 controls become control pictures ('␛', '␇'), C1 controls and bidirectional controls
    a code in angle brackets ('<U+009B>', '<U+202E>'). Newline and tab stay when `multiline`
    (descriptions, notes); in a one-line field a newline shows as '␤' and a tab as a space.
    Everything else, markup brackets included, is returned unchanged.
    """
    value = "" if text is None else str(text)
    if not _UNSAFE.search(value):
        return value
    if multiline:
        value = value.replace("\r\n", "\n")  # a Windows line end is a line end
    return _UNSAFE.sub(lambda m: _stand_in(m.group(), multiline), value)


def _stand_in(char: str, multiline: bool) -> str:
    code = ord(char)
    if char == "\n":
        return "\n" if multiline else _NEWLINE
    if char == "\t":
        return "\t" if multiline else " "
    if code in _PICTURES:
        return _PICTURES[code]
    return f"<U+{code:04X}>"


def is_safe(text: str, *, multiline: bool = False) -> bool:
    """True when `text` holds no control character (newline and tab allowed when `multiline`)."""
    return not control_characters(text, multiline=multiline)


def control_characters(text: str, *, multiline: bool = False) -> list[tuple[int, str]]:
    """Each control character in `text` as (position, name): for an import to refuse them
    with the place and a readable name ('ESC', 'RIGHT-TO-LEFT OVERRIDE', 'U+009B')."""
    found = []
    for match in _UNSAFE.finditer(text):
        char = match.group()
        if multiline and (char in "\n\t" or text.startswith("\r\n", match.start())):
            continue
        name = _NAMES.get(char) or unicodedata.name(char, "") or f"U+{ord(char):04X}"
        found.append((match.start(), name))
    return found


_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BACKSPACE", "\t": "TAB", "\n": "NEWLINE",
          "\r": "CARRIAGE RETURN", "\x1b": "ESC", "\x7f": "DEL"}


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def markdown_literal(text: object) -> str:
    """Outside text for a Markdown document the tool writes (a note, a rationale): one line,
    control characters visible, every character Markdown acts on escaped, so a rationale
    cannot become a heading, a list or a link."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(shown(text).split()))
