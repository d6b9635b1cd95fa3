"""One exception family, so the CLI and the screens can show every failure the same way,
each in the reader's language.

An error carries a catalogue key and its values (`PermissionDenied("ballot.not_juror")`);
the front end puts it into words with `error.text(tr)`. `str(error)` is the English text, for
logs and tests. A message that is not a catalogue key is shown as written: only for text that
is already words (a problem found in a file, a database's own message)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jury.i18n import Count, Message, Strings

_ENGLISH = Strings("en")


class JuryError(Exception):
    """A failure the user can act on: the message says what happened and what to do."""

    title_key = "error.title.error"

    def __init__(self, key: str, title: str | None = None, **values: Any) -> None:
        self.said = Message(key, values)
        if title is not None:
            self.title_key = title
        super().__init__(key)

    def text(self, tr: Strings) -> str:
        return self.said.text(tr)

    def heading(self, tr: Strings) -> str:
        return Message(self.title_key).text(tr)

    @property
    def key(self) -> str:
        return self.said.key

    @property
    def message(self) -> str:
        return self.text(_ENGLISH)

    @property
    def title(self) -> str:
        return self.heading(_ENGLISH)

    def __str__(self) -> str:
        return self.message


class SettingsError(JuryError):
    """award.toml is missing or wrong."""

    title_key = "error.title.settings"


class ImportProblems(JuryError):
    """An input file has problems; nothing was written.

    Carries every problem so the caller can list them all at once.
    """

    title_key = "error.title.import"
    shown = 50

    def __init__(self, problems: Sequence[str | Message], what: str = "entries") -> None:
        self.problems = list(problems)
        self.what = what
        super().__init__("import.refused")

    def text(self, tr: Strings) -> str:
        lines = [tr("import.refused", problems=Count(len(self.problems), "problem"),
                    what=Message(f"import.what.{self.what}"))]
        lines += [f"  {_said(problem, tr)}" for problem in self.problems[: self.shown]]
        if len(self.problems) > self.shown:
            lines.append(tr("import.more", n=len(self.problems) - self.shown))
        return "\n".join(lines)


def _said(problem: str | Message, tr: Strings) -> str:
    return problem.text(tr) if isinstance(problem, Message) else problem


class StorageError(JuryError):
    """The database cannot be opened, created or upgraded."""

    title_key = "error.title.database"


class NotFoundError(JuryError):
    """A named juror, entry or award does not exist."""

    title_key = "error.title.not_found"


class PermissionDenied(JuryError):
    """The actor may not do this, or not in this phase."""

    title_key = "error.title.not_allowed"


class WrongPin(PermissionDenied):
    """A PIN that confirms an act (a ballot) was wrong: the screen asks again, keeping what
    was filled in."""


class ConflictError(JuryError):
    """The request clashes with what is stored (a name taken, scores that would be lost)."""

    title_key = "error.title.conflict"


class ScoredError(ConflictError):
    """A recusal declared beside the juror's own scores on the entry: nothing was saved."""

    title_key = "error.title.conflict_of_interest"


class StaleWriteError(ConflictError):
    """The value changed elsewhere (another terminal) since it was shown: nothing was saved."""

    title_key = "error.title.changed_elsewhere"

    def __init__(self, key: str, current: object, **values: Any) -> None:
        super().__init__(key, **values)
        self.current = current


class SignatureError(JuryError):
    """A returned scoresheet whose hidden sheet is not what jury wrote: nothing is imported."""

    title_key = "error.title.scoresheet"


class SignInError(JuryError):
    """Why a sign-in failed; `reason` and `values` let the screen say it in the juror's
    language (empty, unknown, wait, wrong, wrong_wait; `seconds` for the waits)."""

    title_key = "error.title.signin"

    def __init__(self, reason: str, **values: Any) -> None:
        super().__init__(f"signin.{reason}", **values)
        self.reason = reason
        self.values = values


class UnsubmittedJurors(ConflictError):
    """Moving on while jurors have not submitted: the chair must confirm it, knowing who."""

    title_key = "error.title.unsubmitted"

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__("phase.unsubmitted" if len(names) != 1 else "phase.unsubmitted.one",
                         jurors=Count(len(names), "juror"),
                         names=", ".join(names))
        self.names = tuple(names)


class TextRefused(JuryError):
    """Text from outside breaks a limit: too long, or a character no field may hold."""

    title_key = "error.title.text"
