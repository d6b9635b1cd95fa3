"""Setting up an award: init, import, demo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from jury.cli.common import (
    Context,
    app,
    check_database,
    context,
    ids,
    open_services,
    read_entry_files,
    run_app,
    secretary,
)
from jury.config import Settings
from jury.errors import JuryError

SAMPLE_EDITION = "techniek-inclusief-2026"


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

    c = context(ctx)
    if not folder.is_dir():
        raise JuryError("cli.not_award_folder", title="error.title.award_folder",
                        folder=str(folder))
    settings = load_award_settings(folder / "award.toml")
    files = entry_files(folder)
    batch = read_entry_files(files, settings) if files else None
    services = c.services()
    result = services.award.setup(secretary(), settings, source=str(folder / "award.toml"))
    tr = c.strings(settings.award.language)
    key = "award.created" if result.created else "award.updated" if result.changed else "award.same"
    c.out.print(tr(key, name=result.name, edition=result.edition))
    if batch is None:
        c.out.print(tr("cli.no_entry_files", folder=str(folder)))
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
    c = context(ctx)
    services = c.services()
    settings = services.award.settings()
    batch = read_entry_files(files, settings, sheet=sheet)
    _import(c, services, batch, withdraw_missing, c.strings(settings.award.language))


def _import(c: Context, services: Any, batch: Any, withdraw: bool, tr: Any) -> None:
    summary = services.entries.import_entries(
        secretary(), batch.entries, sources=batch.sources, withdraw_missing=withdraw
    )
    if batch.derived_ids:
        c.out.print(tr("import.derived", entries=tr.count(batch.derived_ids, "entry")))
    c.out.print(tr("import.summary", entries=tr.count(summary.total, "entry"), new=summary.new,
                   updated=summary.updated, unchanged=summary.unchanged))
    if summary.restored:
        c.out.print(tr("import.restored", ids=ids(summary.restored)))
    if summary.withdrawn:
        c.out.print(tr("import.withdrawn", entries=tr.count(len(summary.withdrawn), "entry"),
                       ids=ids(summary.withdrawn)))
    elif summary.missing:
        c.out.print(tr("import.missing", entries=tr.count(len(summary.missing), "entry"),
                       ids=ids(summary.missing)))


@app.command("demo")
def demo_command(
    ctx: typer.Context,
    db: str = typer.Option("demo.db", "--db", help="Where the demo award lives."),
    open_app: bool = typer.Option(
        True, "--open/--no-open", help="Open the app afterwards (in a terminal)."
    ),
) -> None:
    """Build a demo award from the sample edition (or reuse it), then open it."""
    from jury.award_settings import load_award_settings
    from jury.config import database_url
    from jury.io.entries import entry_files

    c = context(ctx)
    folder = sample_edition(c.settings)
    settings = load_award_settings(folder / "award.toml")
    batch = read_entry_files(entry_files(folder), settings)
    services = open_services(database_url(db))
    result = services.demo.build(settings, batch.entries)
    tr = c.strings(settings.award.language)
    if result.created:
        c.out.print(tr("demo.built", db=db))
        for name, pin in result.pins.items():
            c.out.print(f"  {name:<22} {pin}")
    else:
        c.out.print(tr("demo.reused", db=db))
    if open_app and sys.stdin.isatty() and sys.stdout.isatty():
        if result.created:
            typer.prompt(tr("demo.continue"), default="", show_default=False)
        run_app(c, db)


def sample_edition(settings: Settings) -> Path:
    """The sample edition in ./submissions, else the one beside the installed package."""
    here = Path(__file__).resolve().parent.parent.parent / "submissions"
    for base in (settings.submissions_dir, here):
        if (base / SAMPLE_EDITION / "award.toml").is_file():
            return base / SAMPLE_EDITION
    raise JuryError("cli.no_sample", title="error.title.demo", edition=SAMPLE_EDITION)


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host",
                             help="Address to listen on; loopback unless behind a proxy."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    public_url: str | None = typer.Option(
        None, "--public-url", metavar="URL",
        help="The address browsers use, when a proxy serves it (https://jury.example.nl).",
    ),
) -> None:
    """Serve the app to browsers: each tab is its own session with its own sign-in."""
    from jury.tui.serve import serve

    c = context(ctx)
    url = c.settings.database_url
    check_database(url)
    if url.startswith("sqlite:///"):
        url = "sqlite:///" + str(Path(url.removeprefix("sqlite:///")).resolve())
    tr = c.strings()
    if host not in ("127.0.0.1", "localhost", "::1"):
        c.out.print(tr("serve.exposed", host=host), style="yellow")
    serve(url, host=host, port=port, language=c.settings.language, public_url=public_url)
