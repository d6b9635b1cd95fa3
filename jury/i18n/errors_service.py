"""Errors from the award, entries, jurors, scoring, scoresheets, results and feedback services."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "score.stale": (
        "{entry}, {criterion}: elders gewijzigd in {value} sinds dit scherm het toonde. Er is "
        "niets opgeslagen; kijk opnieuw en voer je score opnieuw in.",
        "{entry}, {criterion}: changed elsewhere to {value} since this screen showed it. "
        "Nothing was saved; look again and re-enter your score.",
    ),
    "score.stale_empty": (
        "{entry}, {criterion}: elders leeggemaakt sinds dit scherm het toonde. Er is niets "
        "opgeslagen; kijk opnieuw en voer je score opnieuw in.",
        "{entry}, {criterion}: changed elsewhere to nothing since this screen showed it. "
        "Nothing was saved; look again and re-enter your score.",
    ),
    "score.stale_note": (
        "{entry}: de algemene notitie is elders gewijzigd sinds dit scherm haar toonde. Er is "
        "niets opgeslagen; kijk opnieuw.",
        "{entry}: the overall note changed elsewhere since this screen showed it. Nothing was "
        "saved; look again.",
    ),
}
