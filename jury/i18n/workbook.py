"""The workbook, the scoresheet and the printed files: their sheet words."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
}
