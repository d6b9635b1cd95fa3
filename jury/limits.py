"""Every limit on text and files from outside, declared once.

The readers refuse a file that breaks one (naming file, row and column), and the services
refuse it again for every other route in (a note typed in the app, a juror added on the command
line, a scores file), so nothing over a limit or with a control character reaches the database:
PostgreSQL refuses a NUL byte with an error of its own, and a terminal acts on an escape
sequence. The README lists these figures; keep the two in step.
"""

from __future__ import annotations

import re

from jury.errors import TextRefused

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


def char_problem(value: str, *, multiline: bool, advice: str = "") -> str | None:
    """Why `value` may not be stored as it is, or None: the first forbidden character."""
    pattern = _CONTROL_MULTILINE if multiline else _CONTROL_SINGLE
    found = pattern.search(value)
    if found is None:
        return None
    char = found.group()
    code = ord(char)
    if code in _BIDI:
        kind = "a text-direction control"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "which is not text (the file is not valid Unicode here)"
    else:
        kind = "a control character"
    advice = advice or "Remove it (it often comes with text copied from another program)."
    return f"character {found.start() + 1} is {char_name(char)}, {kind}. {advice}"


def length_problem(field: str, value: str) -> str | None:
    """'412 characters; at most 300.' when `value` is longer than the field allows."""
    limit = FIELD_CHARS[field]
    if len(value) <= limit:
        return None
    return f"{len(value):,} characters; at most {limit:,}."


def field_problem(field: str, value: str) -> str | None:
    """The first problem with `value` as `field`: its length, then its characters."""
    return length_problem(field, value) or char_problem(value, multiline=field in MULTILINE)


def normal_lines(value: str) -> str:
    """Windows and old Mac line ends as newlines, so a lone carriage return stays refused."""
    return value.replace("\r\n", "\n")


def check_text(field: str, value: str, what: str) -> str:
    """Return `value` if `field` may hold it; else raise TextRefused naming `what`.

    For the services: every write of outside text passes here, whatever its route.
    """
    problem = field_problem(field, value)
    if problem is not None:
        raise TextRefused(f"{what}: {problem} Nothing was saved.")
    return value


def check_line(field: str, value: str, what: str) -> str:
    """One-line text (a name): controls refused as given, then spacing folded and the length
    checked. Returns the folded text; raises TextRefused naming `what`."""
    problem = char_problem(value, multiline=False)
    folded = " ".join(value.split())
    problem = length_problem(field, folded) or problem
    if problem is not None:
        raise TextRefused(f"{what}: {problem} Nothing was saved.")
    return folded


def check_keys(*values: str) -> None:
    """Names and ids a service looks rows up by. Only what no database can take is refused
    here (a NUL byte, an unpaired surrogate): older rows may hold other odd text, and must
    stay reachable."""
    for value in values:
        found = _UNSTORABLE.search(value)
        if found is not None:
            raise TextRefused(f"{shown(value)}: character {found.start() + 1} is "
                              f"{char_name(found.group())}, which cannot be stored. Nothing "
                              "was saved.")


def check_new_text(field: str, new: str, old: str | None, what: str) -> None:
    """Refuse `new` if it breaks a limit, unless it is the text already stored: a juror who
    changes a score beside an older note is not stopped by that note."""
    if new != old:
        check_text(field, new, what)


def shown(value: str, width: int = 40) -> str:
    """`value` quoted for a message, cut short so a huge cell does not flood the screen."""
    if len(value) <= width:
        return repr(value)
    return repr(value[:width]) + f"… ({len(value):,} characters)"
