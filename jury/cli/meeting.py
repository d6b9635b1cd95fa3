"""jury meeting --screen (the projector), jury ballot import/status, jury minutes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from jury.cli.common import app, check_database, context, secretary
from jury.errors import JuryError
from jury.i18n import Both, Count, Message, Word
from jury.text import shown

ballot_app = typer.Typer(help="Secret ballots: paper ballots in, the state of each ballot.",
                         no_args_is_help=True)
app.add_typer(ballot_app, name="ballot")


@app.command("meeting")
def meeting_command(
    ctx: typer.Context,
    screen: bool = typer.Option(
        False, "--screen",
        help="The projector's view: follows the chair, read-only, no PIN, no juror's own "
             "scores."),
) -> None:
    """Show the jury meeting's current item, or (--screen) run the projector's view."""
    c = context(ctx)
    if screen:
        from jury.tui.projector import projector_app

        check_database(c.settings.database_url)
        projector_app(c.settings.database_url, language=c.settings.language).run()
        return
    from jury.services.meeting import SCREEN

    services = c.services(create=False)
    tr = c.strings(services.award.settings().award.language)
    view = services.meeting.view(SCREEN)
    if view.closed_at is not None:
        c.out.print(tr("meet.closed"))
        return
    item = view.item
    if item is None:
        c.out.print(tr("meet.waiting"))
        return
    label = (tr("meet.ballot_item", category=tr.label(item.label, item.label_en or item.label))
             if item.kind == "ballot" else item.label)
    c.out.print(tr("meet.item", n=(view.position or 0) + 1, total=len(view.agenda)) + ": "
                + shown(label))


@ballot_app.command("import")
def ballot_import(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV, XLSX or JSON: category, ballot, 1, 2, 3, …"),
) -> None:
    """Enter paper ballots: one row per ballot paper; a cell per place, ';' between tied
    candidates. Importing again replaces the paper ballots of the ballots in the file."""
    from jury.io.paper_ballots import read_paper_ballots

    c = context(ctx)
    services = c.services(create=False)
    settings = services.award.settings()
    tr = c.strings(settings.award.language)
    candidates = {s.category: list(s.candidates) for s in services.ballots.status(secretary())
                  if s.state == "open"}
    if not candidates:
        raise JuryError("ballot.none_open_any", title="error.title.ballot")
    rows = read_paper_ballots(file, candidates)
    counts = services.ballots.import_papers(secretary(), rows)
    names = category_names(settings)
    each = [Message("ballot.papers_of", dict(
                ballot=Message("ballot.which", dict(category=names(category), number=number)),
                papers=Count(n, "paper_ballot")))
            for (category, number), n in counts.items()]
    c.out.print(tr("ballot.papers_entered", papers=Count(sum(counts.values()), "paper_ballot"),
                   ballots=each))


def category_names(settings: Any) -> Any:
    """A category key as its label in both languages; 'the award' without categories."""
    labels = {c.key: Both(c.label_nl, c.label_en) for c in settings.categories}

    def name(key: str | None) -> Both | Word:
        if not key:
            return Word("ballot.the_award")
        return labels.get(key, Both(key, key))

    return name


def status_document(states: list[Any]) -> list[dict[str, Any]]:
    """`jury ballot status --json`: per ballot its state and voters; the count once closed."""
    found = []
    for s in states:
        item: dict[str, Any] = {
            "category": s.category, "ballot": s.number, "state": s.state,
            "candidates": list(s.candidates), "voters": list(s.voters),
            "paper_ballots": s.papers,
            "opened_at": s.opened_at.isoformat(),
            "closed_at": s.closed_at.isoformat() if s.closed_at else None,
        }
        if s.result is not None:
            item.update({"pairwise": s.result["d"], "strongest_paths": s.result["p"],
                         "winners": s.result["winners"], "order": s.result["order"],
                         "margin": s.result["margin"], "votes": s.result["voters"],
                         "winner": s.winner,
                         "casting_vote": s.casting})
        found.append(item)
    return found


@ballot_app.command("status")
def ballot_status(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Per category: open or closed, who has voted (never how), and once closed the counts
    and the winner."""
    c = context(ctx)
    services = c.services(create=False)
    states = services.ballots.status(secretary())
    if as_json:
        from jury.cli.output import json_text

        typer.echo(json_text(status_document(states)))
        return
    settings = services.award.settings()
    tr = c.strings(settings.award.language)
    if not states:
        c.out.print(tr("ballot.none"))
        return
    names = category_names(settings)
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for name in ("category", "number", "state", "voters", "winner", "margin"):
        table.add_column(tr(f"ballot.col.{name}"), overflow="fold")
    for s in states:
        voters = ", ".join(s.voters) + (f" + {s.papers} ✉" if s.papers else "")
        winner = s.winner or (tr("ballot.tied", entries=", ".join(s.result["winners"]))
                              if s.result else "–")
        table.add_row(shown(tr.value(names(s.category))), str(s.number),
                      tr(f"ballot.state.{s.state}"),
                      shown(voters or "–"), shown(winner),
                      str(s.result["margin"]) if s.result else "–")
    c.out.print(table)


@app.command("minutes")
def minutes_command(
    ctx: typer.Context,
    output: Path | None = typer.Option(None, "-o", "--output",
                                       help="The file to write (.docx, or .md)."),
    form: str = typer.Option("docx", "--format", metavar="docx|md",
                             help="Word (default) or Markdown; Markdown without -o prints."),
    lang: str | None = typer.Option(None, "--lang", metavar="nl|en",
                                    help="Language of the minutes."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """The minutes of the jury meeting; provisional until every juror has signed off."""
    from jury.io.minutes import minutes_markdown, write_minutes_docx

    if form not in ("docx", "md"):
        raise JuryError("minutes.bad_format", title="error.title.minutes", form=form)
    c = context(ctx)
    services = c.services(create=False)
    language = lang or c.settings.language or services.award.settings().award.language
    if language not in ("nl", "en"):
        raise JuryError("minutes.bad_lang", title="error.title.minutes", language=language)
    minutes = services.minutes.minutes(secretary())
    tr = c.strings(language)
    if form == "md":
        text = minutes_markdown(minutes, language)
        if output is None:
            typer.echo(text, nl=False)
            return
        from jury.io.target import check_target, written_whole

        check_target(output, force=force, title="error.title.minutes", suffix=".md")
        with written_whole(output, replace=force, title="error.title.minutes") as draft:
            draft.file.write_text(text, encoding="utf-8")
        c.out.print(tr("minutes.written", path=str(draft.path)))
        return
    if output is None:
        raise JuryError("minutes.name_document", title="error.title.minutes")
    from jury.io.target import check_target

    check_target(output, force=force, title="error.title.minutes", suffix=".docx")
    path = write_minutes_docx(minutes, output, language=language, replace=force)
    c.out.print(tr("minutes.written", path=str(path)))
