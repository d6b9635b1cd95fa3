"""A category's ranking sheet: the ranking, the jury's decisions beside the rows they
changed, who decided and when the result was frozen, and the chart for the ceremony.

Printed on one A4 landscape page wide at 100% (10 pt): the columns are chosen to fit; the
jurors' flags and spreads are on the "Per criterium" sheet, meant for screens.
"""

from __future__ import annotations

from typing import Any

from jury.io.workbook import HEADER_ROW, PAGE_UNITS, JuryNotes, Writer, local
from jury.io.workbook_sheets import criteria_of

CHART_BARS = 10
CHART_COLOURS = {"winner": "#BF9000", "nominee": "#F4B183", "": "#2E75B6"}


def ranking_sheet(w: Writer, category: Any, rows: list[Any], notes: JuryNotes, *,
                  name: str) -> None:
    """Rank, status, entry, title, organisation, total, criteria, the jury's decisions."""
    sheet = w.book.add_worksheet(name)
    criteria = criteria_of(w)
    aggregate: str = w.report.results.aggregate  # type: ignore[attr-defined]
    marks = marks_of(w, category)
    said = decisions_beside_rows(w, category, rows, notes)
    agreed_mark = w.word("agreed_mark")
    fixed = [5, 10, 7, 24, 13, 6]
    score_width = 5
    notes_width = max(20, PAGE_UNITS["landscape"] - sum(fixed) - score_width * len(criteria))
    w.columns(sheet, [*fixed, *([score_width] * len(criteria)), notes_width])
    headers = [w.word("rank"), w.word("status"), w.word("entry"), w.word("title"),
               w.word("organisation"), w.word("total"), *(label for _, label in criteria),
               w.word("decisions_column")]
    # Whole-number columns show no decimals: a column of medians of 6, 7 and 8 reads so.
    whole = [all(v is None or round(v, 2) == int(round(v, 2)) for v in values)
             for values in ([row.total for row in rows], *(
                 [criterion_score(row.criteria[key], row.aggregate or aggregate)
                  for row in rows] for key, _ in criteria))]
    w.title(sheet, name)
    w.header(sheet, HEADER_ROW, headers, upright=set(range(6, 6 + len(criteria))))
    last_column = len(headers) - 1
    r = HEADER_ROW
    for row in rows:
        status, tone = marks.get(row.entry, ("", ""))
        r += 1
        text = said.get(row.entry, "")
        w.fit_row(sheet, r, {1: status, 3: row.title, 4: row.organisation, last_column: text})
        wrap = f"{tone}_wrap" if tone else "wrap"
        w.put(sheet, r, 0, row.rank, tone or None)
        w.put(sheet, r, 1, status, wrap)
        w.put(sheet, r, 2, row.entry, tone or None)
        w.put(sheet, r, 3, row.title, wrap)
        w.put(sheet, r, 4, row.organisation, wrap)
        w.number(sheet, r, 5, row.total, 0 if whole[0] else 2, tone, fixed=True)
        for k, (key, _) in enumerate(criteria):
            figures = row.criteria[key]
            value = criterion_score(figures, row.aggregate or aggregate)
            if figures.agreed is not None:
                # The agreed value carries its mark in the cell's format; the value stays
                # a number.
                rounded = round(float(figures.agreed), 2)
                number_format = ("0" if whole[1 + k] else "0.00") + f'"{agreed_mark}"'
                w.put(sheet, r, 6 + k, rounded, f"{tone + '_' if tone else ''}num:"
                      f"{number_format}")
            else:
                w.number(sheet, r, 6 + k, value, 0 if whole[1 + k] else 2, tone, fixed=True)
        w.put(sheet, r, last_column, text, wrap)
    table_end = r
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, max(table_end, HEADER_ROW + 1), last_column)
    r = foot(w, sheet, category, notes, table_end + 2, any_agreed=any(
        f.agreed is not None for row in rows for f in row.criteria.values()))
    w.prints(sheet, landscape=True)
    sheet.print_area(0, 0, r, last_column)
    chart(w, sheet, rows, marks, criteria_count=len(criteria), at=r + 2)


def criterion_score(figures: Any, aggregate: str) -> float | None:
    if figures.agreed is not None:
        return float(figures.agreed)
    return {"adjusted": figures.adjusted, "mean": figures.mean,
            "median": figures.median}.get(aggregate, figures.mean)


def marks_of(w: Writer, category: Any) -> dict[str, tuple[str, str]]:
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


def shown_number(w: Writer, value: float | None, decimals: int = 2) -> str:
    """A number in the sheet's language, without decimals when whole."""
    if value is None:
        return "–"
    rounded = round(float(value), decimals)
    text = f"{rounded:g}" if rounded == int(rounded) else f"{rounded:.{decimals}f}"
    return text.replace(".", ",") if w.language == "nl" else text


def newest_category_decisions(notes: JuryNotes) -> dict[tuple[Any, str], Any]:
    found: dict[tuple[Any, str], Any] = {}
    for record in getattr(notes.decisions, "categories", ()) or ():
        kind = record.kind if record.kind != "tie" else "tie:" + ",".join(sorted(record.chosen))
        found[(record.category, kind)] = record
    return found


def decisions_beside_rows(w: Writer, category: Any, rows: list[Any],
                          notes: JuryNotes) -> dict[str, str]:
    """Per entry, in words: every agreed value with its rationale (total or criterion), the
    jury's choice against the ranking with its rationale, and how a tie was settled."""
    labels = dict(criteria_of(w))
    by_entry = {row.entry: row for row in rows}
    said: dict[str, list[str]] = {row.entry: [] for row in rows}
    for record in getattr(notes.decisions, "consensus", ()) or ():
        if not record.current or record.entry not in by_entry:
            continue
        row = by_entry[record.entry]
        if record.criterion is None:
            computed = row.computed_total
            what = w.word("total")
        else:
            figures = row.criteria.get(record.criterion)
            aggregate = row.aggregate or w.report.results.aggregate  # type: ignore[attr-defined]
            computed = criterion_score_computed(figures, aggregate) if figures else None
            what = labels.get(record.criterion, record.criterion)
        said[record.entry].append(w.word(
            "agreed_text", what=what, value=shown_number(w, record.value),
            computed=shown_number(w, computed), rationale=record.rationale, by=record.by,
            at=f"{local(record.at):%d-%m-%Y}"))
    choice = w.report.choices.get(category)
    decided = newest_category_decisions(notes)
    rank_of = {row.entry: row.rank for row in rows}
    if choice is not None:
        if choice.winner is not None:
            record = decided.get((category, "winner"))
            why = choice.winner_rationale
            if choice.winner != choice.winner_proposed:
                proposed = choice.winner_proposed
                said[choice.winner].append(w.word(
                    "winner_over", entry=proposed or "–", rank=rank_of.get(proposed) or "–",
                    rationale=why or "–", by=record.by if record else ""))
            elif why:
                said[choice.winner].append(w.word("winner_why", rationale=why,
                                                  by=record.by if record else ""))
        if choice.nominees is not None:
            record = decided.get((category, "nominees"))
            why = choice.nominees_rationale
            instead = [e for e in choice.nominees_proposed if e not in choice.nominees]
            for entry in choice.nominees:
                if entry not in choice.nominees_proposed:
                    said[entry].append(w.word(
                        "nominee_instead", entries=", ".join(instead) or "–",
                        rationale=why or "–", by=record.by if record else ""))
            for entry in instead:
                said[entry].append(w.word("not_nominated", rationale=why or "–"))
            if why and not instead and choice.nominees:
                said[choice.nominees[0]].append(w.word("nominees_why", rationale=why))
    for row in rows:
        if row.tie_break:
            rule = (w.word(row.tie_break) if row.tie_break in ("head_to_head", "median")
                    else labels.get(row.tie_break, row.tie_break))
            if row.tie_break == "chair":
                tie = next((d for (c, kind), d in decided.items()
                            if c == category and kind.startswith("tie:")
                            and row.entry in d.chosen), None)
                said[row.entry].append(w.word("tie_chair", rationale=tie.rationale if tie
                                              else "–"))
            else:
                said[row.entry].append(w.word("tie_break", rule=rule))
        kinds = {f.kind for f in row.flags}
        if "tie" in kinds and not row.tie_break:
            said[row.entry].append(w.word("tie"))
        if "missing" in kinds:
            said[row.entry].append(w.word("incomplete"))
    return {entry: "\n".join(parts) for entry, parts in said.items() if parts}


def criterion_score_computed(figures: Any, aggregate: str) -> float | None:
    return {"adjusted": figures.adjusted, "mean": figures.mean,
            "median": figures.median}.get(aggregate, figures.mean)


def foot(w: Writer, sheet: Any, category: Any, notes: JuryNotes, r: int, *,
         any_agreed: bool) -> int:
    """Below the table: what the mark means, who decided, when the result was frozen.
    Returns the last row written."""
    decided = newest_category_decisions(notes)
    last = 6 + len(criteria_of(w))
    if any_agreed:
        text = w.word("agreed_legend", mark=w.word("agreed_mark"))
        w.fit_row(sheet, r, {0: text})
        sheet.merge_range(r, 0, r, last, text, w.fmt("foot"))
        r += 1

    def said(label: str, who: str | None, when: Any) -> None:
        sheet.merge_range(r, 0, r, 2, label, w.fmt("bold"))
        w.put(sheet, r, 3, who)
        if when is not None:
            sheet.merge_range(r, 4, r, 5, "", w.fmt("date"))
            w.put(sheet, r, 4, when, "date")

    for kind in ("nominees", "winner"):
        record = decided.get((category, kind))
        if record is None:
            continue
        said(w.word(f"{kind}_decided_by"), record.by, record.at)
        r += 1
    report = w.report
    if report.frozen_at is not None:
        said(w.word("frozen_at"), report.frozen_by.removeprefix("chair:"), report.frozen_at)
    else:
        said(w.word("not_frozen"), None, None)
    r += 1
    said(w.word("exported_at"), None, w.exported_at)
    return r


def chart(w: Writer, sheet: Any, rows: list[Any], marks: dict[str, tuple[str, str]], *,
          criteria_count: int, at: int) -> None:
    """The ranked entries' totals as bars, labelled with their titles, on the scale from its
    minimum, the winner and nominees in their own colours; for a slide, not for print."""
    ranked = [row for row in rows if row.rank is not None and row.total is not None]
    shown = ranked[:CHART_BARS]
    if not shown:
        return
    scale = w.report.settings.scale
    first = HEADER_ROW + 1 + rows.index(shown[0])
    last = first + len(shown) - 1
    chart_ = w.book.add_chart({"type": "bar"})
    points = [{"fill": {"color": CHART_COLOURS[marks.get(row.entry, ("", ""))[1]]}}
              for row in shown]
    chart_.add_series({
        "name": w.word("total"),
        "categories": [sheet.name, first, 3, last, 3],
        "values": [sheet.name, first, 5, last, 5],
        "points": points,
        "data_labels": {"value": True, "num_format": "0.00"},
        "gap": 60,
    })
    if len(shown) < len(ranked):
        title = w.word("chart_top", n=len(shown), of=len(ranked))
    else:
        title = w.word("chart_all", n=len(shown))
    chart_.set_title({"name": title, "name_font": {"size": 12}})
    chart_.set_legend({"none": True})
    chart_.set_y_axis({"reverse": True, "num_font": {"size": 9}})
    axis: dict[str, Any] = {"min": scale.min, "max": scale.max, "num_font": {"size": 9},
                            "name": w.word("chart_axis", low=f"{scale.min:g}",
                                           high=f"{scale.max:g}")}
    if 0 < scale.step and (scale.max - scale.min) / scale.step <= 10:
        axis["major_unit"] = scale.step
    chart_.set_x_axis(axis)
    chart_.set_size({"width": 760, "height": 60 + 34 * len(shown)})
    sheet.insert_chart(at, 1, chart_)
    sheet.write_string(at - 1, 1, w.word("chart_legend"), w.fmt("foot"))
