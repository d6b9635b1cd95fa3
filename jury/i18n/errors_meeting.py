"""Errors from the meeting, its ballots and its minutes."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
}
