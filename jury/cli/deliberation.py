"""jury phase (move the jury on, or back with a reason) and jury audit (the record)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from jury.cli.common import app, context, secretary
from jury.errors import JuryError
from jury.i18n import Strings, Word
from jury.terms import PHASES
from jury.text import shown

if TYPE_CHECKING:
    pass


def phase_named(word: str) -> str:
    """The phase a user typed, in English or Dutch ('deliberation', 'overleg'); refused in the
    reader's language with the phases to choose from."""
    typed = word.strip().lower()
    for phase in PHASES:
        if typed in {phase.value, *(Strings(language)(f"phase.{phase}")
                                    for language in ("nl", "en"))}:
            return phase.value
    raise JuryError("deliberation.phase.unknown", title="error.title.phase", phase=word,
                    phases=[Word(f"phase.{p}") for p in PHASES])


@app.command("phase")
def phase_command(
    ctx: typer.Context,
    phase: str | None = typer.Argument(
        None, metavar="[scoring|deliberation|final]",
        help="The phase to move to (in Dutch too: beoordelen, overleg, definitief); left out, "
             "show the current one.",
    ),
    reason: str = typer.Option("", "--reason", help="Why (required when going back)."),
    yes: bool = typer.Option(
        False, "--yes", help="Move on although some jurors have not submitted.",
    ),
) -> None:
    """Show the phase, or move scoring → deliberation → final (back needs --reason)."""
    c = context(ctx)
    services = c.services(create=False)
    status = services.status.report()
    tr = c.strings(status.language)
    if phase is None:
        from rich.text import Text

        from jury.cli.output import bold

        c.out.print(Text.assemble(f"{tr('status.phase')}: ", bold(tr("phase." + status.phase))))
        waiting = [j.name for j in status.jurors if j.role == "juror" and not j.submitted]
        if waiting and status.phase == "scoring":
            c.out.print(shown(tr("phase.waiting", names=", ".join(waiting))))
        return
    change = services.deliberation.change_phase(secretary(), phase_named(phase), reason=reason,
                                                confirm_unsubmitted=yes)
    c.out.print(tr("phase.changed", old=tr("phase." + change.old), new=tr("phase." + change.new)))
    if change.unsubmitted:
        c.out.print(shown(tr("phase.confirmed", names=", ".join(change.unsubmitted))))


@app.command("audit")
def audit_command(
    ctx: typer.Context,
    action: str | None = typer.Option(None, "--action",
                                      help="Only actions starting with this ('score', "
                                           "'phase.changed')."),
    who: str | None = typer.Option(None, "--actor", help="Only events by this actor."),
    search: str | None = typer.Option(None, "--search",
                                      help="Only events whose subject or detail holds this."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the newest N."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The audit trail: who changed what, when, from what to what. Oldest first."""
    from jury.present import (
        audit_action,
        audit_actor,
        audit_detail,
        audit_subject,
        audit_value,
        local_time,
    )

    c = context(ctx)
    services = c.services(create=False)
    events = services.deliberation.audit_trail(secretary(), action=action, who=who, text=search,
                                               limit=limit)
    if as_json:
        document = [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                     "subject": e.subject, "old": e.old, "new": e.new, "detail": e.detail}
                    for e in events]
        from jury.cli.output import json_text

        typer.echo(json_text(document))
        return
    settings = services.award.settings()
    tr = c.strings(settings.award.language)
    if not events:
        c.out.print(tr("audit.none"))
        return
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for header in ("at", "actor", "action", "subject", "old", "new", "detail"):
        table.add_column(tr(f"audit.{header}"), overflow="fold")
    for e in events:
        table.add_row(local_time(e.at), *(shown(t) for t in (
            audit_actor(e.actor, tr), audit_action(e.action, tr),
            audit_subject(e.subject, settings, tr), audit_value(e.action, e.old, tr),
            audit_value(e.action, e.new, tr), audit_detail(e.action, e.detail, tr))))
    c.out.print(table)
