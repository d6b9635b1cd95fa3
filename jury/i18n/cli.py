"""The command line: its messages, help epilogues and errors."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
}
