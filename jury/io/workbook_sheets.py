"""One function per sheet of the ceremony workbook; rows are written top to bottom."""

from __future__ import annotations

from typing import Any

from jury import __version__
from jury.io.workbook import HEADER_ROW, JuryNotes, Writer
from jury.io.workbook_words import FLAG_WORDS, METHOD


def _criteria(w: Writer) -> list[tuple[str, str]]:
    return [(c.key, w.label(c.label_nl, c.label_en)) for c in w.report.settings.criteria]


def _category_label(w: Writer, key: Any) -> str:
    labels = {c.key: w.label(c.label_nl, c.label_en) for c in w.report.settings.categories}
    return labels.get(key, "") if key is not None else ""


def _entries(w: Writer) -> dict[str, Any]:
    results: Any = w.report.results
    return {row.entry: row for row in results.ranking}


def ranking_sheet(w: Writer, category: Any, rows: list[Any]) -> None:
    """Rank, status, entry, title, organisation, total, criteria, jurors, flags, notes."""
    results: Any = w.report.results
    name = w.word("ranking") + (f" {_category_label(w, category)}" if category else "")
    sheet = w.book.add_worksheet(name[:31])
    criteria = _criteria(w)
    marks = _marks(w, category)
    headers = [w.word("rank"), w.word("status"), w.word("entry"), w.word("title"),
               w.word("organisation"), w.word("total"), *(label for _, label in criteria),
               w.word("juror_count"), w.word("flags"), w.word("notes")]
    widths = [7, 22, 10, 42, 30, 9, *([13] * len(criteria)), 10, 40, 50]
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    w.title(sheet, name)
    w.header(sheet, HEADER_ROW, headers)
    ranked = [row for row in rows if row.rank is not None]
    for offset, row in enumerate(rows, start=1):
        status, tone = marks.get(row.entry, ("", ""))
        style = _STYLES[tone]
        r = HEADER_ROW + offset
        w.put(sheet, r, 0, row.rank, style["plain"])
        w.put(sheet, r, 1, status, style["plain"])
        w.put(sheet, r, 2, row.entry, style["plain"])
        w.put(sheet, r, 3, row.title, style["plain"])
        w.put(sheet, r, 4, row.organisation, style["plain"])
        w.put(sheet, r, 5, row.total, style["total"])
        for k, (key, _) in enumerate(criteria):
            w.put(sheet, r, 6 + k,
                  _criterion_score(row.criteria[key], row.aggregate or results.aggregate),
                  style["score"])
        column = 6 + len(criteria)
        w.put(sheet, r, column, row.jurors, style["plain"])
        w.put(sheet, r, column + 1, _flags(w, row, criteria), style["wrap"])
        w.put(sheet, r, column + 2, _notes(w, row, criteria), style["wrap"])
    last = HEADER_ROW + len(rows)
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(last, HEADER_ROW + 1), len(headers) - 1)
    if rows:
        sheet.conditional_format(HEADER_ROW + 1, 5, last, 5, {
            "type": "3_color_scale", "min_color": "#F8696B", "mid_color": "#FFEB84",
            "max_color": "#63BE7B"})
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_footer(f"&L{_footer_text(w)}&R&P / &N")
    top = min(10, len(ranked))
    if top:
        chart = w.book.add_chart({"type": "bar"})
        chart.add_series({
            "name": w.word("total"),
            "categories": [sheet.name, HEADER_ROW + 1, 2, HEADER_ROW + top, 2],
            "values": [sheet.name, HEADER_ROW + 1, 5, HEADER_ROW + top, 5],
        })
        chart.set_title({"name": w.word("top_ten")})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        # Below the table, so that printing one page wide keeps the table readable.
        sheet.insert_chart(last + 2, 3, chart)


# Cell formats by row tone: plain rows, the winner's row, the nominees' rows.
_STYLES: dict[str, dict[str, str | None]] = {
    tone: {kind: (kind if kind != "plain" else None) if not tone
           else (tone if kind == "plain" else f"{tone}_{kind}")
           for kind in ("plain", "total", "score", "wrap")}
    for tone in ("", "winner", "nominee")
}


def _footer_text(w: Writer) -> str:
    settings = w.report.settings
    return f"{settings.award.name} {settings.award.edition}".replace("&", "&&")


def _criterion_score(figures: Any, aggregate: str) -> float | None:
    if figures.agreed is not None:
        return figures.agreed
    return {"adjusted": figures.adjusted, "mean": figures.mean,
            "median": figures.median}.get(aggregate, figures.mean)


def _flags(w: Writer, row: Any, criteria: list[tuple[str, str]]) -> str:
    names = dict(criteria)
    words = []
    for flag in row.flags:
        text = FLAG_WORDS[w.language].get(flag.kind, flag.kind)
        if flag.criterion:
            text += f" {names.get(flag.criterion, flag.criterion)}"
        if flag.jurors and flag.kind in ("disagreement", "outlier"):
            text += f" ({', '.join(flag.jurors)})"
        words.append(text)
    return "; ".join(words)


def _notes(w: Writer, row: Any, criteria: list[tuple[str, str]]) -> str:
    parts = []
    if row.consensus is not None:
        parts.append(w.word("consensus", value=row.consensus.value,
                            computed=row.computed_total or 0.0,
                            rationale=row.consensus.rationale, by=row.consensus.by))
    if row.tie_break:
        rule = (w.word(row.tie_break) if row.tie_break in ("head_to_head", "median", "chair")
                else dict(criteria).get(row.tie_break, row.tie_break))
        parts.append(w.word("tie_break", rule=rule))
    if any(f.kind == "tie" for f in row.flags):
        parts.append(w.word("tie"))
    return "; ".join(parts)


def criteria_sheet(w: Writer) -> None:
    """Per entry and criterion: n, mean, adjusted, median, sd, min, max."""
    results: Any = w.report.results
    sheet = w.book.add_worksheet(w.word("criteria")[:31])
    w.title(sheet, w.word("criteria"))
    headers = [w.word("entry"), w.word("title"), w.word("criterion"), w.word("n"),
               w.word("mean"), w.word("adjusted"), w.word("median"), w.word("sd"),
               w.word("min"), w.word("max")]
    for column, width in enumerate([10, 40, 20, 5, 11, 12, 10, 12, 9, 9]):
        sheet.set_column(column, column, width)
    w.header(sheet, HEADER_ROW, headers)
    r = HEADER_ROW
    for row in results.ranking:
        for key, label in _criteria(w):
            figures = row.criteria[key]
            r += 1
            values = [row.entry, row.title, label, figures.n, figures.mean, figures.adjusted,
                      figures.median, figures.sd, figures.min, figures.max]
            for column, value in enumerate(values):
                w.put(sheet, r, column, value, "stat" if column >= 4 else None)
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(r, HEADER_ROW + 1), len(headers) - 1)


def jurors_sheet(w: Writer, notes: JuryNotes) -> None:
    """The jurors × entries score matrix per criterion, recusals as 'conflict'; leniency."""
    results: Any = w.report.results
    sheet = w.book.add_worksheet(w.word("jurors")[:31])
    w.title(sheet, w.word("jurors"))
    jurors = [j.name for j in results.jurors]
    criteria = _criteria(w)
    recused = {(juror, entry) for juror, entry, _ in notes.recusals}
    scores = {(juror, entry, key): value for juror, entry, key, value, _ in notes.scores}
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 20)
    sheet.set_column(2, 1 + len(jurors), 14)
    r = HEADER_ROW
    w.header(sheet, r, [w.word("juror"), *(w.word("leniency", criterion=label)
                                           for _, label in criteria),
                        w.word("agreement"), w.word("scored"), w.word("recused")])
    for juror in results.jurors:
        r += 1
        w.put(sheet, r, 0, juror.name)
        for k, (key, _) in enumerate(criteria):
            w.put(sheet, r, 1 + k, juror.leniency.get(key), "stat")
        w.put(sheet, r, 1 + len(criteria), juror.agreement, "stat")
        w.put(sheet, r, 2 + len(criteria), juror.scored)
        w.put(sheet, r, 3 + len(criteria), juror.recused)
    for key, label in criteria:
        r += 2
        w.put(sheet, r, 0, label, "bold")
        r += 1
        w.header(sheet, r, [w.word("entry"), w.word("title"), *jurors])
        for row in results.ranking:
            r += 1
            w.put(sheet, r, 0, row.entry)
            w.put(sheet, r, 1, row.title)
            for j, juror in enumerate(jurors):
                if (juror, row.entry) in recused:
                    w.put(sheet, r, 2 + j, w.word("conflict"))
                else:
                    w.put(sheet, r, 2 + j, scores.get((juror, row.entry, key)))


def _marks(w: Writer, category: Any) -> dict[str, tuple[str, str]]:
    """Winner first, then the nominees: (status, tone) per entry. What the jury has not
    chosen yet is the ranking's proposal, and says so."""
    choice = w.report.choices.get(category)
    if choice is None:
        return {}
    marks = {}
    winner = choice.shown_winner
    if winner is not None:
        marks[winner] = (w.word("winner") + ("" if choice.winner else
                                             f" ({w.word('proposed')})"), "winner")
    for entry in choice.shown_nominees:
        if entry != winner:
            marks[entry] = (w.word("nominee") + ("" if choice.nominees is not None else
                                                 f" ({w.word('proposed')})"), "nominee")
    return marks


def report_sheet(w: Writer, notes: JuryNotes) -> None:
    """Per category the winner and nominees with the jurors' overall notes: a first draft."""
    results: Any = w.report.results
    sheet = w.book.add_worksheet(w.word("report")[:31])
    w.title(sheet, w.word("report"))
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 90)
    overall: dict[str, list[tuple[str, str]]] = {}
    for juror, entry, text in notes.entry_notes:
        if text.strip():
            overall.setdefault(entry, []).append((juror, text))
    r = HEADER_ROW - 1
    categories = dict.fromkeys(row.category for row in results.ranking)
    for category in categories:
        by_entry = {row.entry: row for row in results.ranking if row.category == category}
        marks = _marks(w, category)
        r += 1
        w.put(sheet, r, 0, _category_label(w, category) or w.word("ranking"), "title")
        choice = w.report.choices.get(category)
        for why in (choice.nominees_rationale, choice.winner_rationale) if choice else ():
            if why:
                r += 1
                w.put(sheet, r, 0, w.word("jury_decision"))
                w.put(sheet, r, 1, why, "wrap")
        for entry, (status, _) in marks.items():
            row = by_entry[entry]
            r += 2
            w.put(sheet, r, 0, status, "bold")
            w.put(sheet, r, 1, f"{row.title} — {row.organisation} ({row.entry})", "bold")
            r += 1
            w.put(sheet, r, 0, w.word("total"))
            w.put(sheet, r, 1, row.total, "total")
            for juror, text in overall.get(row.entry, []) or [("", w.word("no_notes"))]:
                r += 1
                w.put(sheet, r, 0, juror)
                w.put(sheet, r, 1, text, "wrap")
        r += 1


def notes_sheet(w: Writer, notes: JuryNotes) -> None:
    """Every note per entry and criterion, then the overall notes: laudatio material."""
    sheet = w.book.add_worksheet(w.word("notes_sheet")[:31])
    w.title(sheet, w.word("notes_sheet"))
    entries = _entries(w)
    labels = dict(_criteria(w))
    for column, width in enumerate([10, 36, 22, 20, 8, 80]):
        sheet.set_column(column, column, width)
    w.header(sheet, HEADER_ROW, [w.word("entry"), w.word("title"), w.word("juror"),
                                 w.word("criterion"), w.word("score"), w.word("note")])
    r = HEADER_ROW
    rows = [(entry, juror, labels.get(key, key), value, text)
            for juror, entry, key, value, text in notes.scores if text.strip()]
    rows += [(entry, juror, w.word("overall"), None, text)
             for juror, entry, text in notes.entry_notes if text.strip()]
    for entry, juror, label, value, text in sorted(rows, key=lambda x: (x[0], x[1], x[2])):
        r += 1
        row = entries.get(entry)
        for column, cell in enumerate([entry, row.title if row else "", juror, label, value,
                                       text]):
            w.put(sheet, r, column, cell, "wrap" if column == 5 else None)
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(r, HEADER_ROW + 1), 5)


def reliability_sheet(w: Writer) -> None:
    """Alpha, ICC and W with their readings; juror agreement; robustness."""
    results: Any = w.report.results
    sheet = w.book.add_worksheet(w.word("reliability")[:31])
    w.title(sheet, w.word("reliability"))
    sheet.set_column(0, 0, 46)
    sheet.set_column(1, 9, 12)
    sheet.set_column(10, 10, 90)
    from jury.i18n import Strings
    from jury.statistics_text import band_words

    tr = Strings(w.language)
    labels = dict(_criteria(w))
    headers = [w.word("measure"), "alpha", "alpha 95% lo", "alpha 95% hi", "alpha ordinal",
               "ICC(1)", "ICC(A,1)", "ICC(A,k)", "ICC(C,k)", "Kendall W", w.word("reading")]
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
            w.put(sheet, r, column, value, "stat" if 0 < column < 10 else None)
    robust = results.robustness
    r += 2
    w.put(sheet, r, 0, w.word("winner_stable"), "bold")
    w.put(sheet, r, 1, robust.winner_stable)
    for loo in robust.leave_one_out:
        r += 1
        w.put(sheet, r, 0, w.word("without", juror=loo.without))
        w.put(sheet, r, 1, _category_label(w, loo.category))
        w.put(sheet, r, 2, loo.winner)
        w.put(sheet, r, 3, ", ".join(loo.nominees))
        w.put(sheet, r, 4, loo.max_rank_shift)
    for category, winner in robust.schulze_winners.items():
        r += 1
        w.put(sheet, r, 0, w.word("schulze", category=_category_label(w, category)))
        w.put(sheet, r, 1, winner)
    for category, changes in robust.weight_sensitivity.items():
        r += 1
        w.put(sheet, r, 0, w.word("weights", category=_category_label(w, category)))
        for column, (key, value) in enumerate(changes.items(), start=1):
            w.put(sheet, r, column, f"{labels.get(key, key)}: "
                  + ("–" if value is None else f"{value:.0%}"))
    sureness_rows(w, sheet, r + 2, tr)


def sureness_rows(w: Writer, sheet: Any, r: int, tr: Any) -> int:
    """What the figures mean, the close calls, the spread check and the chances table, from
    row `r`; returns the last row written."""
    from jury.statistics_text import (
        chances_method,
        close_call_lines,
        design_lines,
        reading_text,
        standardised_lines,
    )

    results: Any = w.report.results
    label = lambda key: _category_label(w, key)  # noqa: E731
    sections = [("readings", [reading_text(x, tr) for x in results.readings]),
                ("design", design_lines(results, tr, label)),
                ("close_calls", close_call_lines(results, tr, label)),
                ("check", standardised_lines(results, tr, label))]
    for word, lines in sections:
        if not lines:
            continue
        w.put(sheet, r, 0, w.word(word), "bold")
        for line in lines:
            w.put(sheet, r, 1, line.strip())
            r += 1
        r += 1
    chances = results.chances
    w.put(sheet, r, 0, w.word("chances"), "bold")
    w.put(sheet, r, 1, chances_method(chances, tr))
    r += 1
    headers = [w.word("entry"), w.word("category"), w.word("rank"), w.word("win"),
               w.word("nominated"), w.word("places"), w.word("weights_win"),
               w.word("weights_nominated"), w.word("weights_places")]
    w.header(sheet, r, headers)
    for row in results.ranking:
        jurors, weights = chances.jurors.get(row.entry), chances.weights.get(row.entry)
        if jurors is None:
            continue
        r += 1
        cells: list[Any] = [row.entry, label(row.category), row.rank]
        for chance in (jurors, weights):
            cells += ([chance.win, chance.nominated,
                       "{}–{}".format(*chance.rank_interval)] if chance else [None] * 3)
        for column, value in enumerate(cells):
            w.put(sheet, r, column, value, "percent" if column in (3, 4, 6, 7) else None)
    return r



def method_sheet(w: Writer) -> None:
    """How the ranking was made, in plain words."""
    settings = w.report.settings
    results: Any = w.report.results
    sheet = w.book.add_worksheet(w.word("method")[:31])
    w.title(sheet, w.word("method"))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 100)
    criteria = dict(_criteria(w))
    chain = [w.word(r) if r in ("head_to_head", "median") else criteria.get(r, r)
             for r in settings.ranking.tie_break]
    values = {
        "aggregate": results.aggregate,
        "weights": ", ".join(f"{criteria[c.key]} {c.weight:g}" for c in settings.criteria),
        "tie_break": " → ".join(chain),
        "range": settings.disagreement_range,
        "outlier": settings.disagreement_range - 1,
        "phase": w.report.phase,
        "design": _design_words(w, results),
        "close_call": settings.close_call,
        "chances": _chances_words(w, results),
        "exported": w.exported_at.strftime("%Y-%m-%d %H:%M %Z"),
        "version": __version__,
    }
    for offset, (label, text) in enumerate(METHOD[w.language], start=HEADER_ROW):
        w.put(sheet, offset, 0, label, "bold")
        w.put(sheet, offset, 1, text.format(**values), "wrap")

def _design_words(w: Writer, results: Any) -> str:
    """The method sheet's account of this award's design: connected, or its groups."""
    from jury.i18n import Strings
    from jury.statistics_text import design_lines

    lines = design_lines(results, Strings(w.language), lambda key: _category_label(w, key))
    return " ".join(line.strip() for line in lines) if lines else w.word("connected")


def _chances_words(w: Writer, results: Any) -> str:
    from jury.i18n import Strings
    from jury.statistics_text import chances_method

    return chances_method(results.chances, Strings(w.language))
