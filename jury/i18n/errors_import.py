"""Problems in an input file, each with its file, row and column."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
}
