"""The jury list: jury jurors add | list | remove | pin."""

from __future__ import annotations

import typer

from jury.cli.common import ask_pin, context, jurors_app, secretary
from jury.i18n import Count
from jury.text import shown


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
    c = context(ctx)
    services = c.services()
    tr = c.strings(services.award.settings().award.language)
    pin = pin if pin is not None else ask_pin(name, tr)
    juror = services.jurors.add(secretary(), name, pin, chair=chair)
    c.out.print(tr("juror.added", role=tr(f"role.{juror.role}"), name=juror.name))


@jurors_app.command("list")
def jurors_list(ctx: typer.Context) -> None:
    """List the jurors and the chair."""
    c = context(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    jurors = services.jurors.list()
    if not jurors:
        c.out.print(tr("jurors.none"))
        return
    for juror in jurors:
        submitted = f"  ({tr('status.submitted').lower()})" if juror.submitted_at else ""
        c.out.print(f"{shown(juror.name)}  ·  {tr(f'role.{juror.role}')}{submitted}")


@jurors_app.command("remove")
def jurors_remove(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    force: bool = typer.Option(False, "--force", help="Remove even if the juror has scores."),
) -> None:
    """Remove a juror; refused when they have scores, unless --force."""
    c = context(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    removal = services.jurors.remove(secretary(), name, force=force)
    c.out.print(tr("cli.juror.removed", name=removal.name,
                   scores=Count(removal.scores, "score")))


@jurors_app.command("pin")
def jurors_pin(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    pin: str | None = typer.Option(None, "--pin", help="The new PIN (asked if left out)."),
) -> None:
    """Set a new PIN for a juror (and end a sign-in wait after wrong PINs)."""
    c = context(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    services.jurors.set_pin(secretary(), name, pin if pin is not None else ask_pin(name, tr))
    c.out.print(tr("juror.pin", name=name))


@jurors_app.command("reopen")
def jurors_reopen(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    reason: str = typer.Option(..., "--reason", help="Why the juror may change their scores."),
) -> None:
    """Reopen a juror's submitted scoring (during the scoring phase), with a reason."""
    c = context(ctx)
    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    services.deliberation.reopen_submission(secretary(), name, reason)
    c.out.print(tr("juror.reopened", name=name))
