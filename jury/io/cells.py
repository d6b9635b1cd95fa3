"""Text that is safe to put in a spreadsheet cell.

Entry titles and jurors' notes come from outside. The workbook writer stores every text as a
string cell (never a formula); this removes the characters an .xlsx file cannot hold.
"""

from __future__ import annotations

import re

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop the control characters an .xlsx file cannot contain; keep newlines and tabs."""
    return _ILLEGAL.sub("", text)
