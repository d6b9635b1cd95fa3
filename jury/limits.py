"""Every limit on text and files from outside, declared once.

The readers refuse a file that breaks one (naming file, row and column), and the services
refuse it again for every other route in (a note typed in the app, a juror added on the command
line, a scores file), so nothing over a limit or with a control character reaches the database:
PostgreSQL refuses a NUL byte with an error of its own, and a terminal acts on an escape
sequence. The README lists these figures; keep the two in step.
"""

from __future__ import annotations

import re
from typing import Any

from jury.errors import TextRefused
from jury.i18n import Message, Strings, Word

_ENGLISH = Strings("en")


class Said(Message):
    """A sentence from the catalogue (jury.i18n.errors_import) not yet in a language; as text
    (`str`, an f-string) it is the English, for logs and the tests."""

    def __str__(self) -> str:
        return self.text(_ENGLISH)


def said(key: str, /, **values: Any) -> Said:
    return Said(key, values)


class _Number(Said):
    """A whole number with the reader's thousands separator: 20.000 in Dutch, 20,000 in
    English."""

    def text(self, tr: Strings) -> str:
        written = f"{self.values['n']:,}"
        return written.replace(",", ".") if tr.language == "nl" else written


def number(n: float) -> Said:
    """A count or a size for a message, grouped by thousands as the reader writes them."""
    return _Number("", {"n": round(n)})


class _Lines(Said):
    """Several sentences, one a line."""

    def text(self, tr: Strings) -> str:
        return "\n".join(tr.value(line) for line in self.values["lines"])


def lines(items: list[Any]) -> Said:
    return _Lines("", {"lines": list(items)})


class _Either(Said):
    """Alternatives joined by the reader's 'or': "'a' of 'b'", "'a' or 'b'"; with `commas`,
    "'a', 'b' of 'c'"."""

    def text(self, tr: Strings) -> str:
        items = [str(tr.value(item)) for item in self.values["items"]]
        word = f" {tr('read.or')} "
        if self.values["commas"] and len(items) > 2:
            return ", ".join(items[:-1]) + word + items[-1]
        return word.join(items)


def either(items: list[Any], *, commas: bool = False) -> Said:
    return _Either("", {"items": list(items), "commas": commas})


def place(at: str | Message, *, row: int | None = None, line: int | None = None,
          item: int | None = None, column: str | int | None = None,
          field: str | None = None) -> Said:
    """Where a problem is, in the reader's words: "read.entries.csv, rij 4, kolom 'titel'" or
    "read.entries.csv, row 4, column 'titel'". The one place a file, row, line, item, column or
    field is written; `at` is a file's name or a place already made (a row's)."""
    made: str | Message = at
    if row is not None and line is not None:
        made = said("read.at.row_line", at=made, row=row, line=line)
    elif row is not None:
        made = said("read.at.row", at=made, row=row)
    elif line is not None:
        made = said("read.at.line", at=made, line=line)
    if item is not None:
        made = said("read.at.item", at=made, item=item)
    if column is not None:
        made = said("read.at.column", at=made,
                    column=column if isinstance(column, int) else repr(column))
    if field is not None:
        made = said("read.at.field", at=made, field=shown(field))
    return made if isinstance(made, Said) else said("read.at.file", at=made)


def problem(at: str | Message, key: str | Message, /, **values: Any) -> Said:
    """One problem in a file: its place, then what is wrong and what to do (a catalogue key
    and its values, or a sentence already made)."""
    what = key if isinstance(key, Message) else said(key, **values)
    return said("read.problem", at=at, said=what)

# Characters per field (after surrounding space is trimmed).
FIELD_CHARS: dict[str, int] = {
    "id": 64,
    "title": 300,
    "organisation": 200,
    "contact": 200,
    "email": 254,
    "category": 100,
    "extra_name": 100,
    "extra_value": 2_000,
    "description": 20_000,
    "note": 5_000,
    "juror": 100,
    "rationale": 5_000,
    "reason": 5_000,
    # Feedback: a juror's note for the entrant on one criterion; the chair's approved text
    # for one criterion of a letter.
    "for_entrant": 2_000,
    "feedback": 5_000,
    "language": 20,  # an entry's letter language as written ('nl', 'Nederlands')
    # award.toml. Keys are 64: the database column that holds them is that wide.
    "key": 64,
    "label": 100,
    "question": 1_000,
    "award_name": 200,
    "edition": 100,
}

# Fields that may hold several lines: newline and tab are allowed there, and bidirectional
# formatting is left to the screens (which show it visibly). Every other field is one line:
# newline, tab and carriage return fold into a space, and bidi controls are refused (a name,
# a title or an id never needs them, and they can make one text look like another).
MULTILINE = frozenset({"description", "note", "extra_value", "rationale", "reason",
                       "for_entrant", "feedback"})

# Files.
TEXT_FILE_BYTES = 50_000_000        # a CSV, TSV or JSON file
MARKDOWN_FILE_BYTES = 1_000_000     # one .md entry
MARKDOWN_FILES = 10_000             # .md files in one folder
FRONT_MATTER_CHARS = 50_000         # the YAML between the '---' lines
SETTINGS_FILE_BYTES = 1_000_000     # award.toml
XLSX_FILE_BYTES = 20_000_000        # the .xlsx on disk
XLSX_UNPACKED_BYTES = 50_000_000    # all of its parts, uncompressed
XLSX_RATIO = 100                    # uncompressed : compressed, for a part over 1 MB
XLSX_RATIO_FROM = 1_000_000
XLSX_PARTS = 10_000
TABLE_ROWS = 100_000                # rows in a table (any file kind)
TABLE_COLUMNS = 1_000
SHEET_CELLS = 2_000_000             # rows × columns of a sheet's used area
JSON_DEPTH = 20
JSON_NUMBER_CHARS = 30              # digits, sign, point and exponent of one JSON number

# C0 and C1 control characters, DEL, and unpaired surrogates (which no database stores).
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_SINGLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

_C0 = (
    "null", "start of heading", "start of text", "end of text", "end of transmission",
    "enquiry", "acknowledge", "bell", "backspace", "tab", "line feed", "vertical tab",
    "form feed", "carriage return", "shift out", "shift in", "data link escape",
    "device control 1", "device control 2", "device control 3", "device control 4",
    "negative acknowledge", "synchronous idle", "end of transmission block", "cancel",
    "end of medium", "substitute", "escape", "file separator", "group separator",
    "record separator", "unit separator",
)
_C1 = {
    0x84: "index", 0x85: "next line", 0x88: "tab set", 0x8D: "reverse line feed",
    0x90: "device control string", 0x98: "start of string", 0x9B: "control sequence introducer",
    0x9C: "string terminator", 0x9D: "operating system command", 0x9E: "privacy message",
    0x9F: "application program command",
}
_BIDI = {
    0x061C: "Arabic letter mark", 0x200E: "left-to-right mark", 0x200F: "right-to-left mark",
    0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding",
    0x202C: "pop directional formatting", 0x202D: "left-to-right override",
    0x202E: "right-to-left override", 0x2066: "left-to-right isolate",
    0x2067: "right-to-left isolate", 0x2068: "first strong isolate",
    0x2069: "pop directional isolate",
}


def char_name(char: str) -> str:
    """'U+001B (escape)': the code point and what it is, for a message."""
    code = ord(char)
    if code < 0x20:
        name = _C0[code]
    elif code == 0x7F:
        name = "delete"
    elif 0x80 <= code <= 0x9F:
        name = _C1.get(code, "C1 control character")
    elif 0xD800 <= code <= 0xDFFF:
        name = "unpaired surrogate"
    else:
        name = _BIDI.get(code, "control character")
    return f"U+{code:04X} ({name})"


def char_problem(value: str, *, multiline: bool, advice: str = "") -> Said | None:
    """Why `value` may not be stored as it is, or None: the first forbidden character.
    `advice` is a catalogue key for what to do (remove it, unless said otherwise)."""
    pattern = _CONTROL_MULTILINE if multiline else _CONTROL_SINGLE
    found = pattern.search(value)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    if code in _BIDI:
        kind = "limit.kind.direction"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "limit.kind.surrogate"
    else:
        kind = "limit.kind.control"
    return said("limit.char", position=found.start() + 1, char=char_name(char),
                kind=Word(kind), advice=Word(advice or "limit.advice.remove"))


def length_problem(field: str, value: str) -> Said | None:
    """'412 characters; at most 300.' when `value` is longer than the field allows."""
    limit = FIELD_CHARS[field]
    if len(value) <= limit:
        return None
    return said("limit.length", length=number(len(value)), limit=number(limit))


def field_problem(field: str, value: str) -> Said | None:
    """The first problem with `value` as `field`: its length, then its characters."""
    return length_problem(field, value) or char_problem(value, multiline=field in MULTILINE)


def normal_lines(value: str) -> str:
    """Windows and old Mac line ends as newlines, so a lone carriage return stays refused."""
    return value.replace("\r\n", "\n")


def check_text(field: str, value: str, what: str | Message) -> str:
    """Return `value` if `field` may hold it; else raise TextRefused naming `what`.

    For the services: every write of outside text passes here, whatever its route.
    """
    problem = field_problem(field, value)
    if problem is not None:
        raise TextRefused("limit.refused", what=what, problem=problem)
    return value


def check_line(field: str, value: str, what: str | Message) -> str:
    """One-line text (a name): controls refused as given, then spacing folded and the length
    checked. Returns the folded text; raises TextRefused naming `what`."""
    problem = char_problem(value, multiline=False)
    folded = " ".join(value.split())
    problem = length_problem(field, folded) or problem
    if problem is not None:
        raise TextRefused("limit.refused", what=what, problem=problem)
    return folded


def check_keys(*values: str) -> None:
    """Names and ids a service looks rows up by. Only what no database can take is refused
    here (a NUL byte, an unpaired surrogate): older rows may hold other odd text, and must
    stay reachable."""
    for value in values:
        found = _UNSTORABLE.search(value)
        if found is not None:
            raise TextRefused("limit.unstorable", value=shown(value),
                              position=found.start() + 1, char=char_name(found.group()))


def check_new_text(field: str, new: str, old: str | None, what: str | Message) -> None:
    """Refuse `new` if it breaks a limit, unless it is the text already stored: a juror who
    changes a score beside an older note is not stopped by that note."""
    if new != old:
        check_text(field, new, what)


def shown(value: str, width: int = 40) -> str | Said:
    """`value` quoted for a message, cut short so a huge cell does not flood the screen."""
    if len(value) <= width:
        return repr(value)
    return said("limit.shown_cut", start=repr(value[:width]), length=number(len(value)))
