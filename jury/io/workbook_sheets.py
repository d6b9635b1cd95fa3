"""One function per sheet of the ceremony workbook; rows are written top to bottom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jury.reconcile.results import Results

from jury import __version__
from jury.i18n.workbook import METHOD_ROWS
from jury.io.workbook_ranking import marks_of
from jury.io.workbook_writer import (
    HEADER_ROW,
    PAGE_UNITS,
    JuryNotes,
    Writer,
    category_label,
    criteria_of,
    header_widths,
    local,
)


def _entries(w: Writer) -> dict[str, Any]:
    results = w.report.results
    return {row.entry: row for row in results.ranking}


def _flags(w: Writer, row: Any, key: str) -> str:
    """The flags on one criterion of one entry, with the jurors they name (jury eyes only)."""
    words = []
    for flag in row.flags:
        if flag.criterion != key:
            continue
        text = w.word(f"flag.{flag.kind}")
        if flag.jurors and flag.kind in ("disagreement", "outlier"):
            text += f" ({', '.join(flag.jurors)})"
        words.append(text)
    return "; ".join(words)


def criteria_sheet(w: Writer, *, name: str | None = None) -> None:
    """Per entry and criterion: n, mean, adjusted, median, sd, min, max and the flags."""
    results = w.report.results
    name = name or w.word("criteria")
    sheet = w.book.add_worksheet(name)
    # The entry's number, not its title (the ranking sheets have it): one line per row.
    headers = [w.word("entry"), w.word("criterion"), w.word("n"),
               w.word("mean"), w.word("adjusted"), w.word("median_column"), w.word("sd"),
               w.word("min"), w.word("max"), w.word("flags")]
    w.columns(sheet, header_widths([7, 16, 4, 7, 7, 7, 7, 6, 6, 41], headers, take_from=9))
    w.title(sheet, name)
    w.header(sheet, HEADER_ROW, headers)
    r = HEADER_ROW
    for row in results.ranking:
        for key, label in criteria_of(w):
            figures = row.criteria[key]
            r += 1
            flags = _flags(w, row, key)
            w.fit_row(sheet, r, {1: label, 9: flags})
            w.put(sheet, r, 0, row.entry)
            w.put(sheet, r, 1, label, "wrap")
            w.put(sheet, r, 2, figures.n)
            for column, value in enumerate((figures.mean, figures.adjusted, figures.median,
                                            figures.sd, figures.min, figures.max), start=3):
                w.number(sheet, r, column, value, 2)
            w.put(sheet, r, 9, flags, "wrap")
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(r, HEADER_ROW + 1), len(headers) - 1)
    w.prints(sheet, landscape=True)


def jurors_sheet(w: Writer, notes: JuryNotes, *, name: str | None = None) -> None:
    """Each juror's leniency and agreement; then per criterion the jurors × entries score
    matrix, recusals as 'conflict'."""
    results = w.report.results
    name = name or w.word("jurors")
    sheet = w.book.add_worksheet(name)
    jurors = [j.name for j in results.jurors]
    criteria = criteria_of(w)
    recused = {(juror, entry) for juror, entry, _ in notes.recusals}
    scores = {(juror, entry, key): value for juror, entry, key, value, _ in notes.scores}
    columns = max(len(jurors), len(criteria) + 3)
    widths = [18, *([max(6.0, min(15.0, (PAGE_UNITS["landscape"] - 18) / columns))]
                    * columns)]
    headers = [w.word("juror"), *(w.word("leniency", criterion=label) for _, label in criteria),
               w.word("agreement"), w.word("scored"), w.word("recused")]
    w.columns(sheet, header_widths(widths, headers, take_from=0))
    w.title(sheet, name)
    r = HEADER_ROW
    w.header(sheet, r, headers)
    for juror in results.jurors:
        r += 1
        w.fit_row(sheet, r, {0: juror.name})
        w.put(sheet, r, 0, juror.name, "wrap")
        for k, (key, _) in enumerate(criteria):
            w.number(sheet, r, 1 + k, juror.leniency.get(key), 2)
        w.number(sheet, r, 1 + len(criteria), juror.agreement, 2)
        w.put(sheet, r, 2 + len(criteria), juror.scored)
        w.put(sheet, r, 3 + len(criteria), juror.recused)
    # One score table for all criteria: its header once, repeated on every page it runs
    # over, each criterion's rows under a line with its name.
    r += 2
    matrix_header = r
    w.header(sheet, r, [w.word("entry"), *jurors])
    for key, label in criteria:
        r += 1
        w.put(sheet, r, 0, label, "bold")
        for row in results.ranking:
            r += 1
            w.put(sheet, r, 0, row.entry)
            for j, name in enumerate(jurors):
                if (name, row.entry) in recused:
                    w.put(sheet, r, 1 + j, w.word("conflict"), "right")
                else:
                    w.number(sheet, r, 1 + j, scores.get((name, row.entry, key)), 2)
    w.prints(sheet, landscape=True, repeat=matrix_header)


def report_sheet(w: Writer, notes: JuryNotes, *, name: str | None = None) -> None:
    """Per category the winner and nominees with the laudatio and the jurors' overall notes:
    the jury's own first draft (the presenter's report is `jury report`)."""
    results = w.report.results
    name = name or w.word("report")
    sheet = w.book.add_worksheet(name)
    w.columns(sheet, [16, 56])
    w.title(sheet, name)
    overall: dict[str, list[tuple[str, str]]] = {}
    for juror, entry, text in notes.entry_notes:
        if text.strip():
            overall.setdefault(entry, []).append((juror, text))
    r = HEADER_ROW - 1

    def line(label: str, text: Any, style: str = "wrap") -> None:
        nonlocal r
        r += 1
        if isinstance(text, str):
            w.fit_row(sheet, r, {0: label, 1: text})
        w.put(sheet, r, 0, label, "bold_wrap")
        w.put(sheet, r, 1, text, style)

    categories = dict.fromkeys(row.category for row in results.ranking)
    for category in categories:
        by_entry = {row.entry: row for row in results.ranking if row.category == category}
        marks = marks_of(w, category)
        r += 1
        w.put(sheet, r, 0, category_label(w, category) or w.word("ranking"), "title")
        choice = w.report.choices.get(category)
        for why in (choice.nominees_rationale, choice.winner_rationale) if choice else ():
            if why:
                line(w.word("jury_decision"), why)
        for entry, (status, _) in marks.items():
            row = by_entry[entry]
            r += 1
            line(status, f"{row.title} — {row.organisation} ({row.entry})", "bold_wrap")
            w.number(sheet, r + 1, 1, row.total, 2)
            w.put(sheet, r + 1, 0, w.word("total"), "bold")
            r += 1
            laudatio = notes.laudations.get(entry)
            if laudatio is not None:
                line(w.word("laudatio"), laudatio.text)
            for juror, text in overall.get(row.entry, []) or [("", w.word("no_notes"))]:
                line(juror, text)
        r += 1
    w.prints(sheet, landscape=False, repeat=None)


def notes_sheet(w: Writer, notes: JuryNotes, *, name: str | None = None) -> None:
    """Every note per entry and criterion, then the overall notes: laudatio material."""
    name = name or w.word("notes_sheet")
    sheet = w.book.add_worksheet(name)
    # The entry's number, not its title (the ranking sheets have it): the note gets room.
    w.columns(sheet, [7, 16, 14, 5, 66])
    w.title(sheet, name)
    labels = dict(criteria_of(w))
    w.header(sheet, HEADER_ROW, [w.word("entry"), w.word("juror"),
                                 w.word("criterion"), w.word("score"), w.word("note")])
    r = HEADER_ROW
    rows = [(entry, juror, labels.get(key, key), value, text)
            for juror, entry, key, value, text in notes.scores if text.strip()]
    rows += [(entry, juror, w.word("overall"), None, text)
             for juror, entry, text in notes.entry_notes if text.strip()]
    for entry, juror, label, value, text in sorted(rows, key=lambda x: (x[0], x[1], x[2])):
        r += 1
        w.fit_row(sheet, r, {1: juror, 2: label, 4: text})
        w.put(sheet, r, 0, entry)
        w.put(sheet, r, 1, juror, "wrap")
        w.put(sheet, r, 2, label, "wrap")
        w.number(sheet, r, 3, value, 2)
        w.put(sheet, r, 4, text, "wrap")
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(r, HEADER_ROW + 1), 4)
    w.prints(sheet, landscape=True)


def reliability_sheet(w: Writer) -> None:
    """Alpha, ICC and W with their readings; juror agreement; robustness."""
    results = w.report.results
    sheet = w.book.add_worksheet(w.word("reliability")[:31])
    w.title(sheet, w.word("reliability"))
    # A4 landscape at 100%: the measure, nine figures, the reading wrapped.
    headers = [w.word("measure"), "alpha", w.word("alpha_low"), w.word("alpha_high"),
               w.word("alpha_ordinal"),
               "ICC(1)", "ICC(A,1)", "ICC(A,k)", "ICC(C,k)", "Kendall W", w.word("reading")]
    widths = header_widths([20, *([7] * 9), 25], headers, take_from=10)
    w.columns(sheet, header_widths(widths, chances_headers(w), take_from=10))
    from jury.i18n import Strings
    from jury.statistics_text import band_words

    tr = Strings(w.language)
    labels = dict(criteria_of(w))
    w.header(sheet, HEADER_ROW, headers)
    r = HEADER_ROW
    for key, rel in results.reliability.items():
        r += 1
        low, high = rel.alpha_interval_ci or (None, None)
        values = [labels.get(key, w.word("total")), rel.alpha_interval, low, high,
                  rel.alpha_ordinal, rel.icc.get("ICC(1)"), rel.icc.get("ICC(A,1)"),
                  rel.icc.get("ICC(A,k)"), rel.icc.get("ICC(C,k)"), rel.kendall_w,
                  band_words(rel.bands, tr)]
        for column, value in enumerate(values):
            w.put(sheet, r, column, value, "stat" if 0 < column < 10 else
                  ("wrap" if column == 10 else None))
        w.fit_row(sheet, r, {0: values[0], 10: values[10]})
    robust = results.robustness
    # Labels wrap in the first column and the rest reads across the figures' columns, so
    # that nothing is cut at a column's edge when printed.
    r += 2
    w.fit_row(sheet, r, {0: w.word("winner_stable")}, bold=True)
    w.put(sheet, r, 0, w.word("winner_stable"), "bold_wrap")
    w.put(sheet, r, 1, robust.winner_stable)
    if robust.leave_one_out:
        # The without-one-juror rows get their own headings: on paper the figures' columns
        # above (alpha … Kendall W) would otherwise seem to name them.
        r += 1
        headings = {1: w.word("category"), 2: w.word("winner"), 3: w.word("nominees"),
                    9: w.word("max_shift")}
        w.fit_row(sheet, r, headings, bold=True, spans={3: 6, 9: 2})
        sheet.merge_range(r, 3, r, 8, "", w.fmt("bold_wrap"))
        sheet.merge_range(r, 9, r, 10, "", w.fmt("bold_wrap"))
        for column, heading in headings.items():
            w.put(sheet, r, column, heading, "bold_wrap")
    for loo in robust.leave_one_out:
        r += 1
        label = w.word("without", juror=loo.without)
        nominees = ", ".join(loo.nominees)
        w.fit_row(sheet, r, {0: label, 3: nominees}, spans={3: 6})
        w.put(sheet, r, 0, label, "wrap")
        w.put(sheet, r, 1, category_label(w, loo.category), "wrap")
        w.put(sheet, r, 2, loo.winner)
        sheet.merge_range(r, 3, r, 8, "", w.fmt("wrap"))
        w.put(sheet, r, 3, nominees, "wrap")
        w.put(sheet, r, 9, loo.max_rank_shift)
    for category, winner in robust.schulze_winners.items():
        r += 1
        label = w.word("schulze", category=category_label(w, category))
        w.fit_row(sheet, r, {0: label})
        w.put(sheet, r, 0, label, "wrap")
        w.put(sheet, r, 1, winner)
    for category, changes in robust.weight_sensitivity.items():
        r += 1
        label = w.word("weights", category=category_label(w, category))
        text = "; ".join(f"{labels.get(key, key)}: " + ("–" if value is None else
                                                          f"{value:.0%}")
                         for key, value in changes.items())
        w.fit_row(sheet, r, {0: label, 1: text}, spans={1: 10})
        w.put(sheet, r, 0, label, "wrap")
        sheet.merge_range(r, 1, r, 10, "", w.fmt("wrap"))
        w.put(sheet, r, 1, text, "wrap")
    chances_header = sureness_rows(w, sheet, r + 2, tr)
    # The chances table starts a page and its header repeats on every page it runs over.
    w.prints(sheet, landscape=True, repeat=chances_header)


def sureness_rows(w: Writer, sheet: Any, r: int, tr: Any) -> int:
    """What the figures mean, the close calls, the spread check and the chances table, from
    row `r`, the chances on a page of their own; returns the chances table's header row."""
    from jury.statistics_text import (
        chances_method,
        close_call_lines,
        design_lines,
        percent,
        places,
        reading_text,
        standardised_lines,
    )

    results = w.report.results
    label = lambda key: category_label(w, key)  # noqa: E731
    sections = [("readings", [reading_text(x, tr) for x in results.readings]),
                ("design", design_lines(results, tr, label)),
                ("close_calls", close_call_lines(results, tr, label)),
                ("check", standardised_lines(results, tr, label))]
    for word, lines in sections:
        if not lines:
            continue
        w.put(sheet, r, 0, w.word(word), "bold_wrap")
        for line in lines:
            wide_text(w, sheet, r, line.strip())
            r += 1
        r += 1
    chances = results.chances
    sheet.set_h_pagebreaks([r])
    w.put(sheet, r, 0, w.word("chances"), "bold_wrap")
    wide_text(w, sheet, r, chances_method(chances, tr))
    r += 1
    header = r
    w.header(sheet, r, chances_headers(w))
    for row in results.ranking:
        jurors, weights = chances.jurors.get(row.entry), chances.weights.get(row.entry)
        if jurors is None:
            continue
        r += 1
        cells: list[Any] = [row.entry, label(row.category), row.rank]
        for chance in (jurors, weights):
            # The chances as `jury results` says them ('<1%', '>99%'), not a percent format
            # that would round them its own way; one place as one number.
            cells += ([percent(chance.win), percent(chance.nominated),
                       places(chance.rank_interval)] if chance else [None] * 3)
        for column, value in enumerate(cells):
            w.put(sheet, r, column, value, "right" if column >= 3 else None)
    return header


def chances_headers(w: Writer) -> list[str]:
    return [w.word("entry"), w.word("category"), w.word("rank"), w.word("win"),
            w.word("nominated"), w.word("places"), w.word("weights_win"),
            w.word("weights_nominated"), w.word("weights_places")]


def wide_text(w: Writer, sheet: Any, r: int, text: str) -> None:
    """A line of text across the figures' columns, wrapped, its row as tall as it needs:
    it prints inside the page instead of running off its right edge."""
    w.fit_row(sheet, r, {1: text}, spans={1: 10})
    sheet.merge_range(r, 1, r, 10, "", w.fmt("wrap"))
    w.put(sheet, r, 1, text, "wrap")


def method_sheet(w: Writer) -> None:
    """How the ranking was made, in plain words."""
    settings = w.report.settings
    results = w.report.results
    sheet = w.book.add_worksheet(w.word("method")[:31])
    w.title(sheet, w.word("method"))
    w.columns(sheet, [18, 54])
    criteria = dict(criteria_of(w))
    chain = [w.word(r) if r in ("head_to_head", "median") else criteria.get(r, r)
             for r in settings.ranking.tie_break]
    from jury.i18n import Strings
    from jury.present import score_text
    from jury.statistics_text import number

    tr = Strings(w.language)
    values = {
        "aggregate": tr("aggregate." + results.aggregate),
        "weights": ", ".join(f"{criteria[c.key]} {score_text(c.weight, w.language)}"
                             for c in settings.criteria),
        "tie_break": " → ".join(chain),
        "range": score_text(settings.disagreement_range, w.language),
        "outlier": score_text(settings.disagreement_range - 1, w.language),
        "phase": tr("phase." + w.report.phase),
        "design": _design_words(w, results),
        "close_call": number(settings.close_call, w.language),
        "chances": _chances_words(w, results),
        "exported": f"{local(w.exported_at):%d-%m-%Y %H:%M}",
        "version": __version__,
    }
    for offset, row in enumerate(METHOD_ROWS, start=HEADER_ROW):
        label, text = w.word(f"method.{row}"), w.word(f"method.{row}.text", **values)
        w.fit_row(sheet, offset, {0: label, 1: text})
        w.put(sheet, offset, 0, label, "bold_wrap")
        w.put(sheet, offset, 1, text, "wrap")
    w.prints(sheet, landscape=False, repeat=None)


def _design_words(w: Writer, results: Results) -> str:
    """The method sheet's account of this award's design: connected, or its groups."""
    from jury.i18n import Strings
    from jury.statistics_text import design_lines

    lines = design_lines(results, Strings(w.language), lambda key: category_label(w, key))
    return " ".join(line.strip() for line in lines) if lines else w.word("connected")


def _chances_words(w: Writer, results: Results) -> str:
    from jury.i18n import Strings
    from jury.statistics_text import chances_method

    return chances_method(results.chances, Strings(w.language))
