"""What every command shares: the Typer apps, the per-run context, the service factory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from jury.config import Settings, database_url
from jury.errors import JuryError
from jury.i18n import STRINGS

if TYPE_CHECKING:
    from rich.console import Console

    from jury.award_settings import AwardSettings
    from jury.i18n import Strings
    from jury.io.entries import EntryBatch
    from jury.services import Actor, Services

app = typer.Typer(
    name="jury",
    help="Score, reconcile and rank the entries of the Techniek Inclusief Award. "
         "In Dutch or English: --lang nl|en (or JURY_LANG).",
    epilog=STRINGS["cli.languages"][1],
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
jurors_app = typer.Typer(help="The jury list: add, list, remove jurors; set PINs.",
                         no_args_is_help=True)
scores_app = typer.Typer(help="Scores from files: paper forms, other tools.",
                         no_args_is_help=True)
app.add_typer(jurors_app, name="jurors")
app.add_typer(scores_app, name="scores")


class Context:
    """Per-run state: settings, and the services once a command needs the database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._services: Services | None = None
        self._out: Console | None = None

    def services(self, *, create: bool = True) -> Services:
        if self._services is None:
            self._services = open_services(self.settings.database_url, create=create)
        return self._services

    @property
    def out(self) -> Console:
        if self._out is None:
            from jury.cli.output import LiteralConsole

            self._out = LiteralConsole()
        return self._out

    def strings(self, award_language: str | None = None) -> Strings:
        from jury.i18n import Strings

        SPOKEN[0] = self.settings.language or award_language or SPOKEN[0]
        return Strings(SPOKEN[0])


SPOKEN = ["nl"]
"""The language this run speaks: --lang, else the award's once it is known, else Dutch. An
error is said in it, however early it comes."""


def open_services(url: str, *, create: bool = True) -> Services:
    """Engine, schema and services for one database: the factory the CLI and tests share."""
    from jury.services import Services

    return Services.open(url, create=create)


def context(ctx: typer.Context) -> Context:
    obj = ctx.find_root().obj
    if not isinstance(obj, Context):
        obj = Context(Settings.from_env())
        ctx.find_root().obj = obj
    return obj


def secretary() -> Actor:
    from jury.services import Actor

    return Actor.secretary()


def read_entry_files(
    files: list[Path], settings: AwardSettings, sheet: str | None = None
) -> EntryBatch:
    from jury.io.entries import CategoryChoice, read_entries

    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    return read_entries(files, categories=choices, sheet=sheet)


def ids(values: list[str], shown: int = 12) -> str:
    more = f" … (+{len(values) - shown})" if len(values) > shown else ""
    return ", ".join(values[:shown]) + more


def ask_pin(name: str, tr: Strings) -> str:
    """Typed twice, unseen; asked in the jury's language (click's own confirmation and its
    mismatch message are English only)."""
    if not sys.stdin.isatty():
        raise JuryError("pin.no_terminal", title="error.title.juror", name=name)
    for _ in range(3):
        pin = str(typer.prompt(tr("pin.prompt", name=name), hide_input=True))
        if pin == str(typer.prompt(tr("pin.repeat"), hide_input=True)):
            return pin
        typer.echo(tr("pin.mismatch"), err=True)
    raise JuryError("pin.gave_up", title="error.title.juror")


def check_database(url: str) -> None:
    """A missing SQLite file is a clear error here, not an empty database made by accident."""
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise JuryError("db.missing", title="error.title.database",
                        path=url.removeprefix("sqlite:///"))


def run_app(c: Context, database: str | None = None) -> None:
    """Open the juror's screens on the database (it must exist: 'jury init' makes one).

    The app draws its first frame before the database layer is imported; a missing
    database is still reported here, as a clear error, before the screen opens.
    """
    from jury.tui.app import connect_app

    url = database_url(database) if database else c.settings.database_url
    check_database(url)
    connect_app(url, language=c.settings.language, exports_dir=c.settings.exports_dir).run()
