"""The command line, and the composition root: settings → engine → services → output.

Commands stay thin: they read files through jury.io, write through jury.services and print.
"""

from __future__ import annotations

import sys

import typer

from jury import __version__
from jury.cli import (  # noqa: F401  (registers the commands)
    deliberation,
    feedback,
    jurors,
    meeting,  # noqa: F401  (the meeting, ballots and minutes)
    results,
    scoresheet,
    setup,
    status,
)
from jury.cli.common import SPOKEN, Context, app, open_services, run_app
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
        None, "--lang", metavar="nl|en",
        help="Language of the output and of errors, nl (Dutch) or en (English); env "
             "JURY_LANG; default the award's language."
    ),
    version: bool = typer.Option(False, "--version", help="Print the version and stop."),
) -> None:
    if version:
        typer.echo(f"jury {__version__}")
        raise typer.Exit()
    if lang is not None and lang not in ("nl", "en"):
        raise typer.BadParameter("use nl or en (gebruik nl of en)", param_hint="--lang")
    ctx.obj = Context(Settings.from_env(database=db, language=lang))
    SPOKEN[0] = ctx.obj.settings.language or "nl"
    if ctx.invoked_subcommand is None:
        run_app(ctx.obj)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI. A JuryError, or a failure the user can act on (a database that is full,
    read-only, damaged or unreachable; a file that cannot be read or written), becomes a red
    panel on stderr and exit code 2, never a traceback with SQL or row data. Ctrl-C ends with
    one line and exit code 130. Anything else is a bug and keeps its traceback."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        code = app(args=args, prog_name="jury", standalone_mode=False)
    except JuryError as exc:
        show_error(exc)
        sys.exit(2)
    except typer.Abort as exc:
        # click turns Ctrl-C or a closed input at a prompt into Abort.
        if isinstance(exc.__context__, EOFError):
            show_error(JuryError("cli.no_input", title="error.title.no_input"))
            sys.exit(2)
        _interrupted()
    except typer.TyperException as exc:
        # A wrong option or argument: the usage and the error, as --help explains them.
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    except KeyboardInterrupt:
        _interrupted()
    except Exception as exc:
        problem = known_failure(exc, _database_named(args))
        if problem is None:
            raise
        show_error(problem)
        sys.exit(2)
    if code == 130:  # typer's answer to a Ctrl-C during a command
        _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def known_failure(error: BaseException, database: str) -> JuryError | None:
    """A failure the user caused and can fix, said in words; None for a bug."""
    from jury.db_errors import storage_problem

    problem = storage_problem(error, database)
    if problem is not None:
        return problem
    if isinstance(error, OSError) and error.filename:
        from jury.io.target import reason

        return JuryError("cli.file", title="error.title.file", path=str(error.filename),
                         reason=reason(error))
    if isinstance(error, MemoryError):
        return JuryError("cli.memory", title="error.title.memory")
    return None


def _interrupted() -> None:
    """Ctrl-C: one line, the conventional exit code 128 + SIGINT."""
    from jury.i18n import Strings

    sys.stderr.write(f"\n{Strings(SPOKEN[0])('cli.interrupted')}\n")
    sys.exit(130)


def _database_named(args: list[str]) -> str:
    """The database this run uses, for messages, without its password."""
    named = None
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            named = args[index + 1]
        elif arg.startswith("--db="):
            named = arg.removeprefix("--db=")
    url = Settings.from_env(database=named).database_url
    from jury.db_errors import database_name

    return database_name(url)


def show_error(exc: JuryError) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from jury.i18n import Strings
    from jury.text import shown

    tr = Strings(SPOKEN[0])
    # fold, never ellipsis: a long path in the message must stay whole to be acted on.
    Console(stderr=True, highlight=False).print(
        Panel(Text(shown(exc.text(tr), multiline=True), overflow="fold"), title=exc.heading(tr),
              title_align="left",
              border_style="red")
    )
