"""Errors from the deliberation: phases, decisions, the record."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "phase.unsubmitted.one": (
        "{names} heeft nog niet ingediend. Bevestig om toch verder te gaan (--yes op de "
        "opdrachtregel); de scores tot nu toe tellen mee.",
        "{names} has not submitted. Confirm to move on anyway (--yes on the command line); "
        "the scores so far count.",
    ),
    "phase.unsubmitted": (
        "{jurors} hebben nog niet ingediend: {names}. Bevestig om toch verder te gaan (--yes "
        "op de opdrachtregel); hun scores tot nu toe tellen mee.",
        "{jurors} have not submitted: {names}. Confirm to move on anyway (--yes on the "
        "command line); their scores so far count.",
    ),
}
