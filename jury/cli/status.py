"""jury status: the award, its phase, the entries and each juror's progress."""

from __future__ import annotations

from typing import Any

import typer

from jury.cli.common import app, context


@app.command("status")
def status_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The award, its phase, the entries and each juror's progress."""
    c = context(ctx)
    report = c.services(create=False).status.report()
    tr = c.strings(report.language)
    if as_json:
        from jury.cli.output import json_text

        typer.echo(json_text(status_json(report, tr)))
        return
    from rich.table import Table
    from rich.text import Text

    from jury.cli.output import bold
    from jury.text import shown

    c.out.print(Text.assemble(bold(f"{report.name} {report.edition}"),
                              f"  ·  {tr('status.phase')}: {tr('phase.' + report.phase)}  ·  "
                              f"{tr.count(report.entries, 'entry')}"))
    for category in report.categories:
        c.out.print(f"  {shown(tr.label(category.label_nl, category.label_en))}: "
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
        submitted = "✓ " + tr("yes") if j.submitted else "· " + tr("no")
        table.add_row(shown(j.name), tr(f"role.{j.role}"), str(j.scored), str(j.partly),
                      str(j.recused), str(j.todo), submitted)
    c.out.print(table)


def status_json(report: Any, tr: Any) -> dict[str, Any]:
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
