"""jury results (the ranking and its evidence) and jury scores import (scores from files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from jury.reconcile.results import Results

from jury.cli.common import app, context, scores_app, secretary
from jury.present import SYMBOLS, criterion_label, flag_text, rule_label, shown_score
from jury.statistics_text import (
    chances_method,
    close_call_lines,
    design_lines,
    number,
    percent,
    places,
    reading_text,
    signed,
    standardised_lines,
)
from jury.text import shown


@app.command("results")
def results_command(
    ctx: typer.Context,
    aggregate: str | None = typer.Option(
        None, "--aggregate", metavar="adjusted|mean|median|trimmed",
        help="Override the award's aggregate for this run.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The ranking per category, then reliability, jurors and robustness."""
    from jury.services.results import ResultsService

    c = context(ctx)
    services = c.services(create=False)
    report = ResultsService(services.engine).compute(secretary(), aggregate=aggregate)
    tr = c.strings(report.settings.award.language)
    if as_json:
        from jury.io.results_json import results_json

        decisions = services.deliberation.decisions(secretary())
        document = results_json(report, tr.language, decisions)
        from jury.cli.output import json_text

        typer.echo(json_text(document, allow_nan=False))
        return
    _print_results(c, report, tr)


def _print_results(c: Any, report: Any, tr: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    from jury.cli.output import bold

    results = report.results
    settings = report.settings
    criteria = [(k.key, shown(tr.label(k.label_nl, k.label_en))) for k in settings.criteria]
    categories = {k.key: shown(tr.label(k.label_nl, k.label_en)) for k in settings.categories}
    provisional = "" if report.phase == "final" else f"  ({tr('results.provisional')})"
    c.out.print(Text.assemble(bold(f"{report.name} {report.edition}"),
                              f"  ·  {tr('results.aggregate')}: "
                              f"{tr('aggregate.' + results.aggregate)}{provisional}"))
    label = lambda key: categories.get(key, "")  # noqa: E731
    for line in design_lines(results, tr, label):
        c.out.print(shown(line), markup=False, overflow="fold")
    chances = results.chances
    close = {(call.category, name) for call in results.robustness.close_calls
             for name in (call.entry, call.next)}
    for category in dict.fromkeys(row.category for row in results.ranking):
        rows = [r for r in results.ranking if r.category == category]
        table = Table(title=categories.get(category, tr("results.ranking")), title_justify="left",
                      show_edge=False, pad_edge=False)
        # Below 100 columns the per-criterion scores would squeeze every column to nothing:
        # the ranking keeps its totals and chances, the criteria follow in their own table.
        per_criterion = criteria if c.out.width >= 100 else []
        table.add_column("#", justify="right", no_wrap=True, min_width=2)
        table.add_column(tr("results.entry"), no_wrap=True)
        table.add_column(tr("results.organisation"), overflow="ellipsis", no_wrap=True,
                         min_width=8, max_width=24)
        table.add_column(tr("results.total"), justify="right", no_wrap=True)
        table.add_column(tr("chance.win_column"), justify="right", no_wrap=True)
        table.add_column(tr("chance.nominated_column"), justify="right", no_wrap=True)
        table.add_column(tr("chance.places_column"), justify="right", no_wrap=True)
        for _, name in per_criterion:
            table.add_column(name[:6], justify="right", no_wrap=True)
        table.add_column("!", no_wrap=True, min_width=3)
        for row in rows:
            total = number(row.total, tr.language)
            if row.consensus is not None:
                total = f"{total} ({number(row.computed_total, tr.language)})"
            marks = "".join(dict.fromkeys(SYMBOLS.get(f.kind, "·") for f in row.flags))
            marks += "↕" if row.tie_break else ""
            marks += "⚖" if (category, row.entry) in close else ""
            chance = chances.jurors.get(row.entry)
            table.add_row(str(row.rank or "–"), shown(row.entry), shown(row.organisation), total,
                          percent(chance.win) if chance else "–",
                          percent(chance.nominated) if chance else "–",
                          places(chance.rank_interval) if chance else "–",
                          *(number(shown_score(row.criteria[key],
                                               row.aggregate or results.aggregate),
                                   tr.language, 1)
                            for key, _ in per_criterion),
                          marks)
        c.out.print(table)
        if not per_criterion:
            c.out.print(_criteria_table(rows, criteria, results.aggregate, tr))
        for row in rows:
            outliers = {f.criterion for f in row.flags if f.kind == "outlier"}
            notes = [flag_text(f, criteria, tr) for f in row.flags
                     if not (f.kind == "disagreement" and f.criterion in outliers)]
            if row.tie_break:
                notes.append(f"↕ {tr('results.tie_break')} "
                             f"{rule_label(row.tie_break, criteria, tr)}")
            if row.consensus is not None:
                notes.append(f"✓ {tr('results.agreed', by=row.consensus.by)}: "
                             f"{row.consensus.rationale}")
            if notes:
                c.out.print(shown(f"  {row.entry}: " + "; ".join(notes)), overflow="fold")
        for call, line in zip(results.robustness.close_calls,
                              close_call_lines(results, tr, label), strict=True):
            if call.category == category:
                c.out.print(shown(line), markup=False, overflow="fold")
    _print_chances(c, results, categories, tr)
    _print_reliability(c, results, criteria, tr)
    _print_jurors(c, results, criteria, tr)
    _print_robustness(c, results, criteria, categories, tr)


def _criteria_table(rows: list[Any], criteria: list[tuple[str, str]], aggregate: str,
                    tr: Any) -> Any:
    """The ranking's per-criterion scores on their own, for a terminal too narrow for one
    table: place, entry and one column per criterion."""
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True, min_width=2)
    table.add_column(tr("results.entry"), no_wrap=True)
    for _, name in criteria:
        table.add_column(name, justify="right", no_wrap=True)
    for row in rows:
        table.add_row(str(row.rank or "–"), shown(row.entry),
                      *(number(shown_score(row.criteria[key], row.aggregate or aggregate),
                               tr.language, 1) for key, _ in criteria))
    return table


def _print_reliability(c: Any, results: Results, criteria: list, tr: Any) -> None:
    from rich.table import Table

    from jury.reconcile.reliability import alpha_band, icc_band, w_band

    table = Table(title=tr("results.reliability"), title_justify="left", show_edge=False)
    for header in ("", "alpha", "95%", tr("results.ordinal"), "ICC(A,k)", "W",
                   tr("results.complete")):
        table.add_column(header, justify="left" if not header else "right", no_wrap=True)
    readings = []
    for key, label in [*criteria, ("total", tr("results.total"))]:
        r = results.reliability[key]
        language = tr.language
        interval = ("–".join(number(v, language) for v in r.alpha_interval_ci)
                    if r.alpha_interval_ci else "–")
        icc_ak = r.icc.get("ICC(A,k)")
        table.add_row(label, number(r.alpha_interval, language, 3), interval,
                      number(r.alpha_ordinal, language, 3), number(icc_ak, language, 3),
                      number(r.kendall_w, language, 3), str(r.complete_entries))
        bands = [f"alpha {tr('band.' + b)}" for b in [alpha_band(r.alpha_interval)] if b]
        bands += [f"ICC {tr('band.' + b)}" for b in [icc_band(icc_ak)] if b]
        bands += [f"W {tr('band.' + b)}" for b in [w_band(r.kendall_w)] if b]
        readings.append(f"  {label}: " + (", ".join(bands) or tr("band.none")))
    c.out.print(table)
    for line in readings:
        c.out.print(line)
    c.out.print(tr("results.reliability_help"))
    from jury.cli.output import bold

    c.out.print(bold(tr("reading.title")))
    for reading in results.readings:
        c.out.print(shown(f"  {reading_text(reading, tr)}"), markup=False, overflow="fold")


def _print_chances(c: Any, results: Results, categories: dict, tr: Any) -> None:
    """Per category, the entries with any chance to be nominated under either line: resampled
    jurors first, then the weights within ±20%."""
    from rich.table import Table

    from jury.cli.output import bold

    chances = results.chances
    c.out.print(bold(tr("chance.title")))
    c.out.print(f"  {chances_method(chances, tr)}", markup=False, overflow="fold")
    if not chances.draws:
        return
    headers = (tr("chance.win_column"), tr("chance.nominated_column"),
               tr("chance.places_column"))
    for category in dict.fromkeys(row.category for row in results.ranking):
        table = Table(title=categories.get(category, ""), title_justify="left",
                      show_edge=False, pad_edge=False)
        table.add_column(tr("results.entry"), no_wrap=True)
        for header in [*headers, *(f"±20% {h}" for h in headers)]:
            table.add_column(header, justify="right", no_wrap=True)
        for row in results.ranking:
            jurors = chances.jurors.get(row.entry)
            weights = chances.weights.get(row.entry)
            if row.category != category or not (
                    (jurors and jurors.nominated > 0) or (weights and weights.nominated > 0)):
                continue
            cells = []
            for chance in (jurors, weights):
                cells += ([percent(chance.win), percent(chance.nominated),
                           places(chance.rank_interval)] if chance else ["–"] * 3)
            table.add_row(shown(row.entry), *cells)
        c.out.print(table)


def _print_jurors(c: Any, results: Results, criteria: list, tr: Any) -> None:
    from rich.table import Table

    table = Table(title=tr("results.jurors"), title_justify="left", show_edge=False)
    table.add_column(tr("status.name"), no_wrap=True)
    table.add_column(tr("status.scored"), justify="right")
    table.add_column(tr("status.recused"), justify="right")
    for _, label in criteria:
        table.add_column(f"± {label[:6]}", justify="right")
    table.add_column(tr("results.agreement"), justify="right")
    for j in results.jurors:
        table.add_row(shown(j.name), str(j.scored), str(j.recused),
                      *(signed(j.leniency[key], tr.language) for key, _ in criteria),
                      number(j.agreement, tr.language))
    c.out.print(table)
    c.out.print(tr("results.leniency_help"))


def _print_robustness(c: Any, results: Results, criteria: list, categories: dict, tr: Any) -> None:
    from jury.cli.output import bold

    robust = results.robustness
    c.out.print(bold(tr("results.robustness")))
    verdict = "results.winner_stable" if robust.winner_stable else "results.winner_unstable"
    c.out.print(f"  {'✓' if robust.winner_stable else '⚠'} {tr(verdict)}")
    for loo in robust.leave_one_out:
        if loo.winner != results.winners().get(loo.category):
            c.out.print(shown(f"    {tr('results.without', juror=loo.without)}: "
                              f"{categories.get(loo.category, '')} → {loo.winner or '–'}"))
    for category, winner in robust.schulze_winners.items():
        mark = "⚠" if robust.schulze_differs.get(category) else "✓"
        c.out.print(shown(f"  {mark} Schulze {categories.get(category, '')}: {winner or '–'}"))
    for category, changes in robust.weight_sensitivity.items():
        parts = [f"{criterion_label(key, criteria)} "
                 f"{'–' if value is None else f'{value:.0%}'}" for key, value in changes.items()]
        named = categories.get(category, "")
        lead = (tr("results.weights_in", category=named) if named
                else tr("results.weights_all"))
        c.out.print(shown(f"  {lead} " + ", ".join(parts)), markup=False, overflow="fold")
    label = lambda key: categories.get(key, "")  # noqa: E731
    for line in [*close_call_lines(results, tr, label),
                 *standardised_lines(results, tr, label)]:
        c.out.print(shown(f"  {line}"), markup=False, overflow="fold")


@scores_app.command("import")
def scores_import(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV or XLSX: juror, entry, criterion, score, note…"),
    sheet: str | None = typer.Option(None, "--sheet", help="The XLSX sheet (default: the first)."),
    force: bool = typer.Option(False, "--force",
                               help="A returned scoresheet wins over values changed since."),
    dry_run: bool = typer.Option(False, "--dry-run",
                                 help="Only show what a returned scoresheet would change."),
) -> None:
    """Import scores (and recusals) in long format, or a returned scoresheet ('jury
    scoresheet'); nothing is written if anything is wrong."""
    from jury.io.scores import read_scores
    from jury.io.scoresheet import is_scoresheet

    c = context(ctx)
    if is_scoresheet(file):
        from jury.cli.scoresheet import import_scoresheet

        import_scoresheet(c, file, force=force, dry_run=dry_run)
        return
    services = c.services(create=False)
    settings = services.award.settings()
    jurors = [j.name for j in services.jurors.list()]
    entries = [e.id for e in services.entries.list()]
    batch = read_scores(file, settings=settings, jurors=jurors, entries=entries, sheet=sheet)
    summary = services.scoring.import_scores(
        secretary(), batch.scores,
        [(r.juror, r.entry_id, r.reason, r.text) for r in batch.recusals],
        source=file.name,
    )
    tr = c.strings(settings.award.language)
    c.out.print(tr("scores.imported", scores=tr.count(len(batch.scores), "score"),
                   new=summary.new, changed=summary.changed, unchanged=summary.unchanged,
                   recusals=tr.count(len(batch.recusals), "recusal")))


@app.command("export")
def export_command(
    ctx: typer.Context,
    output: Path | None = typer.Option(None, "-o", "--output", help="Where to write the .xlsx."),
    lang: str | None = typer.Option(None, "--lang", metavar="nl|en",
                                    help="Language of the workbook."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
    public: bool = typer.Option(False, "--public",
                                help="The public result: nominees, winners, laudations; no "
                                     "scores or juror names."),
) -> None:
    """Write the ranked ceremony workbook (exports/<award>-<edition>-<time>.xlsx), or with
    --public the result for the presenter and the press."""
    from datetime import UTC, datetime

    from jury.io.workbook import export

    c = context(ctx)
    path = export(c.services(create=False), secretary(), output,
                  folder=c.settings.exports_dir, language=lang or c.settings.language,
                  force=force, now=datetime.now(UTC), public=public)
    c.out.print(str(path), markup=False)


@app.command("report")
def report_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the .docx."),
    lang: str | None = typer.Option(None, "--lang", metavar="nl|en",
                                    help="Language of the report."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write the jury report for the presenter: per category the winner and nominees with
    the laudatio, the description and the jury's considerations (Word, A4)."""
    from datetime import UTC, datetime

    from jury.io.jury_report import report_document

    c = context(ctx)
    path = report_document(c.services(create=False), secretary(), output,
                           language=lang or c.settings.language, force=force,
                           now=datetime.now(UTC))
    c.out.print(str(path), markup=False)
