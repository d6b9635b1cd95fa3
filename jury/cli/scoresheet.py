"""jury scoresheet (a juror's offline workbook); its return goes through jury scores import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from jury.cli.common import app, context, secretary
from jury.i18n import Count, number
from jury.text import shown


@app.command("scoresheet")
def scoresheet_command(
    ctx: typer.Context,
    juror: str = typer.Argument(..., help="The juror's name, as on the jury list."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Where to write the .xlsx."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a juror's offline scoresheet: scores with drop-downs, notes, descriptions."""
    from jury.io.scoresheet import default_scoresheet_path, write_scoresheet

    c = context(ctx)
    services = c.services(create=False)
    sheet = services.scoresheets.scoresheet(secretary(), juror)
    if output is None:
        from jury.io.target import ensure_folder

        ensure_folder(c.settings.exports_dir, title="error.title.scoresheet")
    path = output or default_scoresheet_path(c.settings.exports_dir, sheet.settings.slug,
                                             sheet.juror)  # the name as on the jury list
    path = write_scoresheet(sheet, path, force=force)
    tr = c.strings(sheet.settings.award.language)
    c.out.print(tr("scoresheet.written", juror=sheet.juror, path=str(path),
                   entries=tr.count(len(sheet.entries), "entry")))


def import_scoresheet(c: Any, file: Path, *, force: bool, dry_run: bool) -> None:
    """The return of a scoresheet: check, show what changes, apply all or nothing."""
    from rich.table import Table

    from jury.io.scoresheet import read_scoresheet

    services = c.services(create=False)
    settings = services.award.settings()
    returned = read_scoresheet(file, settings.scale)
    plan = services.scoresheets.apply(secretary(), returned, source=file.name, force=force,
                                      dry_run=dry_run)
    tr = c.strings(settings.award.language)
    labels = {k.key: tr.label(k.label_nl, k.label_en) for k in settings.criteria}
    c.out.print(tr("cli.scoresheet.plan", juror=plan.juror,
                   written=returned.written_at[:16].replace("T", " "),
                   new=plan.count("new"), changed=plan.count("changed"),
                   conflicts=Count(plan.count("conflict"), "conflict"),
                   unchanged=plan.unchanged))
    if plan.changes:
        table = Table(show_edge=False, pad_edge=False)
        for header in ("cell", "entry", "what", "kind", "old", "new"):
            table.add_column(tr(f"scoresheet.{header}"), overflow="fold")
        for change in plan.changes:
            table.add_row(change.cell, shown(change.entry),
                          labels[change.what] if change.what in labels
                          else tr(f"scoresheet.{change.what}"),
                          tr(f"scoresheet.kind.{change.kind}"), _shown(change.old, tr),
                          _shown(change.new, tr))
        c.out.print(table)
    c.out.print(tr("scoresheet.dry_run" if not plan.applied else "scoresheet.applied"))


def _shown(value: Any, tr: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return number(value, tr.language)
    if isinstance(value, tuple):
        return shown(" · ".join(part for part in value if part)) or "–"
    return shown(value)
