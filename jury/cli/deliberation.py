"""jury phase (move the jury on, or back with a reason) and jury audit (the record)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from jury.cli.common import app, context, secretary
from jury.errors import JuryError
from jury.i18n import Strings, Word
from jury.terms import PHASES, ROLES
from jury.text import shown

if TYPE_CHECKING:
    from jury.award_settings import AwardSettings


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


def subject_text(subject: str, settings: AwardSettings, tr: Strings) -> str:
    """An audit subject with its criterion and category keys as their labels:
    'TIA-01 · innovation' → 'TIA-01 · Vernieuwing'. Other parts (names, entries) as stored."""
    labels: dict[str, Any] = {c.key: tr.label(c.label_nl, c.label_en)
                              for c in settings.categories}
    labels |= {c.key: tr.label(c.label_nl, c.label_en) for c in settings.criteria}
    labels["total"] = tr("deliberation.total")
    return " · ".join(labels.get(part, part) for part in subject.split(" · "))


def value_text(action: str, value: Any, tr: Strings) -> str:
    """An audit event's old or new value; a phase and a juror's role in words."""
    from jury.present import change_text

    if action == "phase.changed" and value in PHASES:
        return tr(f"phase.{value}")
    if isinstance(value, dict) and set(value) == {"role"} and value["role"] in ROLES:
        return tr(f"role.as.{value['role']}")
    return change_text(value)


def detail_text(action: str, detail: str, tr: Strings) -> str:
    """An audit event's detail; a phase change's 'not submitted: …' in the reader's words."""
    from jury.services.phases import NOT_SUBMITTED

    if action != "phase.changed":
        return detail
    return "; ".join(
        tr("deliberation.audit.not_submitted", names=part.removeprefix(NOT_SUBMITTED))
        if part.startswith(NOT_SUBMITTED) else part for part in detail.split("; "))


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
    from jury.present import audit_action, audit_actor, local_time

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
            subject_text(e.subject, settings, tr), value_text(e.action, e.old, tr),
            value_text(e.action, e.new, tr), detail_text(e.action, e.detail, tr))))
    c.out.print(table)
