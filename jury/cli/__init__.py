"""The command line, and the composition root: settings → engine → services → output.

Commands stay thin: they read files through jury.io, write through jury.services and print.
"""

from __future__ import annotations

import sys

import typer

from jury import __version__
from jury.cli import deliberation, jurors, results, scoresheet, setup, status  # noqa: F401  (registers the commands)
from jury.cli.common import Context, app, open_services, run_app
from jury.config import Settings
from jury.errors import JuryError

__all__ = ["app", "main", "open_services"]


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None, "--db", metavar="PATH_OR_URL",
        help="SQLite file or postgresql+psycopg:// URL (env JURY_DB; default ./jury.db).",
    ),
    lang: str | None = typer.Option(
        None, "--lang", metavar="nl|en", help="Language of the output (env JURY_LANG)."
    ),
    version: bool = typer.Option(False, "--version", help="Print the version and stop."),
) -> None:
    if version:
        typer.echo(f"jury {__version__}")
        raise typer.Exit()
    if lang is not None and lang not in ("nl", "en"):
        raise typer.BadParameter("use nl or en", param_hint="--lang")
    ctx.obj = Context(Settings.from_env(database=db, language=lang))
    if ctx.invoked_subcommand is None:
        run_app(ctx.obj)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a JuryError becomes a red panel on stderr and exit code 2."""
    try:
        app(args=argv, prog_name="jury")
    except JuryError as exc:
        show_error(exc)
        sys.exit(2)


def show_error(exc: JuryError) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from jury.text import shown

    # fold, never ellipsis: a long path in the message must stay whole to be acted on.
    Console(stderr=True, highlight=False).print(
        Panel(Text(shown(exc.message, multiline=True), overflow="fold"), title=exc.title,
              title_align="left",
              border_style="red")
    )
