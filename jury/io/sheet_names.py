"""Sheet names from category labels: valid in Excel and LibreOffice, and unique.

Excel refuses a sheet name with `[ ] : * ? / \\`, longer than 31 characters, starting or
ending with an apostrophe, empty, or named "History"; names differing only in case are the
same name. "MKB/ZZP" becomes "MKB-ZZP"; two labels that share their first 31 characters get
" (2)", " (3)", … within the 31.
"""

from __future__ import annotations

import re

MAX_LENGTH = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")


def valid_sheet_name(text: str, fallback: str = "Blad") -> str:
    """`text` with every forbidden character replaced, trimmed to 31 characters."""
    name = _FORBIDDEN.sub("-", text)
    name = re.sub(r"\s+", " ", name).strip().strip("'").strip()
    name = name[:MAX_LENGTH].rstrip().rstrip("'")
    if not name or name.casefold() == "history":
        name = (fallback + " " + name).strip()[:MAX_LENGTH]
    return name


def sheet_names(wanted: list[str]) -> list[str]:
    """One valid name per wanted name, in order, none equal to another ignoring case."""
    taken: set[str] = set()
    names = []
    for text in wanted:
        base = valid_sheet_name(text)
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[:MAX_LENGTH - len(suffix)].rstrip() + suffix
        taken.add(name.casefold())
        names.append(name)
    return names
