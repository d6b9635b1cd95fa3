"""The command line, and the composition root: settings → engine → services → output.

Commands stay thin: they read files through jury.io, write through jury.services and print.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from jury import __version__
from jury.config import Settings
from jury.errors import JuryError

if TYPE_CHECKING:
    from rich.console import Console

    from jury.award_settings import AwardSettings
    from jury.i18n import Strings
    from jury.services import Services

SAMPLE_EDITION = "techniek-inclusief-2026"

app = typer.Typer(
    name="jury",
    help="Score, reconcile and rank the entries of the Techniek Inclusief Award.",
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
jurors_app = typer.Typer(help="The jury list: add, list, remove jurors; set PINs.",
                         no_args_is_help=True)
app.add_typer(jurors_app, name="jurors")


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
            from rich.console import Console

            self._out = Console(highlight=False)
        return self._out

    def strings(self, award_language: str | None = None) -> Strings:
        from jury.i18n import Strings

        return Strings(self.settings.language or award_language or "nl")


def open_services(url: str, *, create: bool = True) -> Services:
    """Engine, schema and services for one database: the factory the CLI and tests share."""
    from jury.db import ensure_schema, make_engine
    from jury.services import Services

    engine = make_engine(url, create=create)
    ensure_schema(engine)
    return Services(engine)


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
        typer.echo(ctx.get_help())


def _ctx(ctx: typer.Context) -> Context:
    return ctx.ensure_object(Context) if ctx.obj is None else ctx.obj


@app.command("init")
def init_command(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="The award folder: award.toml and the entry files."),
    withdraw_missing: bool = typer.Option(
        False, "--withdraw-missing", help="Withdraw stored entries that the files no longer hold."
    ),
) -> None:
    """Create or update the award from FOLDER/award.toml and import the entries beside it."""
    from jury.award_settings import load_award_settings
    from jury.io.entries import entry_files

    c = _ctx(ctx)
    if not folder.is_dir():
        raise JuryError(f"{folder}: not a folder. Name the award folder that holds award.toml.",
                        title="Award folder")
    settings = load_award_settings(folder / "award.toml")
    files = entry_files(folder)
    batch = _read_entries(files, settings) if files else None
    services = c.services()
    result = services.award.setup(_secretary(), settings, source=str(folder / "award.toml"))
    tr = c.strings(settings.award.language)
    key = "award.created" if result.created else "award.updated" if result.changed else "award.same"
    c.out.print(tr(key, name=result.name, edition=result.edition))
    if batch is None:
        c.out.print(f"{folder}: no entry files (.csv, .xlsx, .json or a folder of .md) yet.")
        return
    _import(c, services, batch, withdraw_missing, tr)


@app.command("import")
def import_command(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="CSV, XLSX or JSON files, or folders of .md."),
    sheet: str | None = typer.Option(None, "--sheet", help="The XLSX sheet (default: the first)."),
    withdraw_missing: bool = typer.Option(
        False, "--withdraw-missing", help="Withdraw stored entries that the files no longer hold."
    ),
) -> None:
    """Add new entries and update changed ones; nothing is written if any row has a problem."""
    c = _ctx(ctx)
    services = c.services()
    settings = services.award.settings()
    batch = _read_entries(files, settings, sheet=sheet)
    _import(c, services, batch, withdraw_missing, c.strings(settings.award.language))


def _read_entries(files: list[Path], settings: AwardSettings, sheet: str | None = None) -> Any:
    from jury.io.entries import CategoryChoice, read_entries

    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    return read_entries(files, categories=choices, sheet=sheet)


def _import(c: Context, services: Services, batch: Any, withdraw: bool, tr: Strings) -> None:
    summary = services.entries.import_entries(
        _secretary(), batch.entries, sources=batch.sources, withdraw_missing=withdraw
    )
    if batch.derived_ids:
        c.out.print(tr("import.derived", entries=tr.count(batch.derived_ids, "entry")))
    c.out.print(tr("import.summary", entries=tr.count(summary.total, "entry"), new=summary.new,
                   updated=summary.updated, unchanged=summary.unchanged))
    if summary.restored:
        c.out.print(tr("import.restored", ids=_ids(summary.restored)))
    if summary.withdrawn:
        c.out.print(tr("import.withdrawn", entries=tr.count(len(summary.withdrawn), "entry"),
                       ids=_ids(summary.withdrawn)))
    elif summary.missing:
        c.out.print(tr("import.missing", entries=tr.count(len(summary.missing), "entry"),
                       ids=_ids(summary.missing)))


def _ids(ids: list[str], shown: int = 12) -> str:
    more = f" … (+{len(ids) - shown})" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


@jurors_app.command("add")
def jurors_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The juror's full name, as shown at sign-in."),
    chair: bool = typer.Option(False, "--chair", help="This juror chairs the jury."),
    pin: str | None = typer.Option(
        None, "--pin", help="The PIN (asked twice, hidden, if left out)."
    ),
) -> None:
    """Add a juror (or the chair) with a PIN."""
    c = _ctx(ctx)
    services = c.services()
    tr = c.strings(services.award.settings().award.language)
    pin = pin if pin is not None else _ask_pin(name, tr)
    juror = services.jurors.add(_secretary(), name, pin, chair=chair)
    c.out.print(tr("juror.added", role=tr(f"role.{juror.role}"), name=juror.name))


@jurors_app.command("list")
def jurors_list(ctx: typer.Context) -> None:
    """List the jurors and the chair."""
    c = _ctx(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    jurors = services.jurors.list()
    if not jurors:
        c.out.print(tr("jurors.none"))
        return
    for juror in jurors:
        submitted = f"  ({tr('status.submitted').lower()})" if juror.submitted_at else ""
        c.out.print(f"{juror.name}  ·  {tr(f'role.{juror.role}')}{submitted}")


@jurors_app.command("remove")
def jurors_remove(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    force: bool = typer.Option(False, "--force", help="Remove even if the juror has scores."),
) -> None:
    """Remove a juror; refused when they have scores, unless --force."""
    c = _ctx(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    removal = services.jurors.remove(_secretary(), name, force=force)
    c.out.print(tr("juror.removed", name=removal.name, scores=removal.scores))


@jurors_app.command("pin")
def jurors_pin(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    pin: str | None = typer.Option(None, "--pin", help="The new PIN (asked if left out)."),
) -> None:
    """Set a new PIN for a juror (and lift a lockout)."""
    c = _ctx(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    services.jurors.set_pin(_secretary(), name, pin if pin is not None else _ask_pin(name, tr))
    c.out.print(tr("juror.pin", name=name))


def _ask_pin(name: str, tr: Strings) -> str:
    if not sys.stdin.isatty():
        raise JuryError(f"No PIN for {name}: give --pin, or run the command in a terminal to "
                        "be asked for it.", title="Juror")
    return str(typer.prompt(tr("pin.prompt", name=name), hide_input=True,
                            confirmation_prompt=True))


@app.command("status")
def status_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The award, its phase, the entries and each juror's progress."""
    c = _ctx(ctx)
    report = c.services(create=False).status.report()
    tr = c.strings(report.language)
    if as_json:
        typer.echo(json.dumps(status_json(report, tr), ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    c.out.print(f"[bold]{report.name} {report.edition}[/]  ·  {tr('status.phase')}: "
                f"{tr('phase.' + report.phase)}  ·  {tr.count(report.entries, 'entry')}")
    for category in report.categories:
        c.out.print(f"  {tr.label(category.label_nl, category.label_en)}: "
                    f"{tr.count(category.entries, 'entry')}")
    if not report.jurors:
        c.out.print(tr("jurors.none"))
        return
    table = Table(show_edge=False)
    for header in ("name", "role", "scored", "partly", "recused", "todo", "submitted"):
        numeric = header in ("scored", "partly", "recused", "todo")
        table.add_column(tr(f"status.{header}"), justify="right" if numeric else "left",
                         no_wrap=header == "name")
    for j in report.jurors:
        table.add_row(j.name, tr(f"role.{j.role}"), str(j.scored), str(j.partly), str(j.recused),
                      str(j.todo), "✓ " + tr("yes") if j.submitted else "· " + tr("no"))
    c.out.print(table)


def status_json(report: Any, tr: Strings) -> dict[str, Any]:
    return {
        "award": {"name": report.name, "edition": report.edition, "phase": report.phase},
        "entries": report.entries,
        "categories": [
            {"key": c.key, "label": tr.label(c.label_nl, c.label_en), "entries": c.entries}
            for c in report.categories
        ],
        "jurors": [
            {"name": j.name, "role": j.role, "scored": j.scored, "partly": j.partly,
             "recused": j.recused, "todo": j.todo, "submitted": j.submitted}
            for j in report.jurors
        ],
    }


@app.command("demo")
def demo_command(
    ctx: typer.Context,
    db: str = typer.Option("demo.db", "--db", help="Where the demo award lives."),
) -> None:
    """Build a demo award from the sample edition (or reuse it) and show its jury."""
    from jury.award_settings import load_award_settings
    from jury.config import database_url
    from jury.io.entries import entry_files

    c = _ctx(ctx)
    folder = sample_edition(c.settings)
    settings = load_award_settings(folder / "award.toml")
    batch = _read_entries(entry_files(folder), settings)
    services = open_services(database_url(db))
    result = services.demo.build(settings, batch.entries)
    tr = c.strings(settings.award.language)
    if result.created:
        c.out.print(tr("demo.built", db=db))
        for name, pin in result.pins.items():
            c.out.print(f"  {name:<22} {pin}")
    else:
        c.out.print(tr("demo.reused", db=db))


def sample_edition(settings: Settings) -> Path:
    """The sample edition in ./submissions, else the one beside the installed package."""
    for base in (settings.submissions_dir, Path(__file__).resolve().parent.parent / "submissions"):
        if (base / SAMPLE_EDITION / "award.toml").is_file():
            return base / SAMPLE_EDITION
    raise JuryError(f"The sample edition {SAMPLE_EDITION} was not found in ./submissions.",
                    title="Demo")


def _secretary() -> Any:
    from jury.services import Actor

    return Actor.secretary()


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

    # fold, never ellipsis: a long path in the message must stay whole to be acted on.
    Console(stderr=True, highlight=False).print(
        Panel(Text(exc.message, overflow="fold"), title=exc.title, title_align="left",
              border_style="red")
    )
