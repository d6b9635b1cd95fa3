"""One exception family, so the CLI and the TUI can show every failure the same way."""

from __future__ import annotations


class JuryError(Exception):
    """A failure the user can act on: the message says what happened and what to do."""

    title = "Error"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class SettingsError(JuryError):
    """award.toml is missing or wrong."""

    title = "Award settings"


class ImportProblems(JuryError):
    """An input file has problems; nothing was written.

    Carries every problem so the caller can list them all at once.
    """

    title = "Import refused"
    shown = 50

    def __init__(self, problems: list[str], what: str = "entries") -> None:
        self.problems = list(problems)
        listed = self.problems[: self.shown]
        lines = [f"Nothing was imported: {_count(len(self.problems), 'problem')} in the {what}."]
        lines += [f"  {p}" for p in listed]
        if len(self.problems) > self.shown:
            lines.append(f"  … and {len(self.problems) - self.shown} more.")
        super().__init__("\n".join(lines))


class StorageError(JuryError):
    """The database cannot be opened, created or upgraded."""

    title = "Database"


class NotFoundError(JuryError):
    """A named juror, entry or award does not exist."""

    title = "Not found"


class PermissionDenied(JuryError):
    """The actor may not do this, or not in this phase."""

    title = "Not allowed"


class WrongPin(PermissionDenied):
    """A PIN that confirms an act (a ballot) was wrong: the screen asks again, keeping what
    was filled in."""


class ConflictError(JuryError):
    """The request clashes with what is stored (a name taken, scores that would be lost)."""

    title = "Conflict"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
