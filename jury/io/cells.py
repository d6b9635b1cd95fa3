"""Values that are safe to put in a spreadsheet cell.

Entry titles and jurors' notes come from outside: text that begins like a formula is stored
as text, never evaluated, and characters that XML cannot hold are dropped.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop the control characters an .xlsx file cannot contain; keep newlines and tabs."""
    return _ILLEGAL.sub("", text)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def cell_value(value: Any) -> Any:
    """Numbers stay numbers; text is cleaned. Formula-looking text is marked for the writer,
    which must store it with the cell's data type set to text (see `set_cell`)."""
    if isinstance(value, str):
        return clean_text(value)
    return value


def set_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one value into an openpyxl sheet; text is always stored as a string cell."""
    cell = sheet.cell(row=row, column=column)
    value = cell_value(value)
    cell.value = value
    if isinstance(value, str) and value:
        # openpyxl guesses a formula from a leading "="; a string data type prevents that.
        cell.data_type = "s"
    return cell
