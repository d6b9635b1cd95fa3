"""A category's ranking sheet: the ranking, the jury's decisions beside the rows they
changed, who decided and when the result was frozen, and the chart for the ceremony.

Printed on one A4 landscape page wide at 100% (10 pt): the columns are chosen to fit; the
jurors' flags and spreads are on the "Per criterium" sheet, meant for screens.
"""

from __future__ import annotations

from typing import Any

from jury.io.workbook_writer import (
    DEFAULT_ROW,
    HEADER_ROW,
    PAGE_POINTS,
    PAGE_UNITS,
    JuryNotes,
    Writer,
    criteria_of,
    local,
    row_height,
    text_lines,
)

CHART_BARS = 10
# 10 pt text printed at 91% is 9.1 pt: the smallest the printed ranking may be (9 pt and a
# little to spare for the printing program's rounding).
MIN_SCALE = 91
# Above this many entries in a category the columns are not fitted to the entries' texts.
LAYOUT_ROWS = 300
TITLE_POINTS = 22 + DEFAULT_ROW  # the sheet's title row and the blank row below it
CHART_COLOURS = {"winner": "#BF9000", "nominee": "#F4B183", "": "#2E75B6"}


def ranking_sheet(w: Writer, category: Any, rows: list[Any], notes: JuryNotes, *,
                  name: str) -> None:
    """Rank, status, entry, title, organisation, total, criteria; under an entry's row, in
    its colour, the jury's decisions on it (agreed values, choices against the ranking)."""
    sheet = w.book.add_worksheet(name)
    criteria = criteria_of(w)
    aggregate: str = w.report.results.aggregate  # type: ignore[attr-defined]
    marks = marks_of(w, category)
    said = decisions_beside_rows(w, category, rows, notes)
    agreed_mark = w.word("agreed_mark")
    widths, scale = layout(w, rows, marks, said, len(criteria))
    w.columns(sheet, widths)
    headers = [w.word("rank"), w.word("status"), w.word("entry"), w.word("title"),
               w.word("organisation"), w.word("total"), *(label for _, label in criteria)]
    # Whole-number columns show no decimals: a column of medians of 6, 7 and 8 reads so.
    whole = [all(v is None or round(v, 2) == int(round(v, 2)) for v in values)
             for values in ([row.total for row in rows], *(
                 [criterion_score(row.criteria[key], row.aggregate or aggregate)
                  for row in rows] for key, _ in criteria))]
    w.title(sheet, name)
    w.header(sheet, HEADER_ROW, headers, upright=set(range(6, 6 + len(criteria))))
    heights: list[float] = []
    last_column = len(headers) - 1
    r = HEADER_ROW
    placed: dict[str, int] = {}
    for row in rows:
        status, tone = marks.get(row.entry, ("", ""))
        r += 1
        placed[row.entry] = r
        heights.append(w.fit_row(sheet, r, {1: status, 3: row.title, 4: row.organisation},
                                 bold=tone == "winner"))
        wrap = f"{tone}_wrap" if tone else "wrap"
        w.put(sheet, r, 0, row.rank, tone or None)
        w.put(sheet, r, 1, status, wrap)
        w.put(sheet, r, 2, row.entry, tone or None)
        w.put(sheet, r, 3, row.title, wrap)
        w.put(sheet, r, 4, row.organisation, wrap)
        if row.tie_break and row.tie_break != "chair" and row.total is not None:
            rounded = round(float(row.total), 2)
            w.put(sheet, r, 5, rounded, f"{tone + '_' if tone else ''}num:"
                  f"{'0' if whole[0] else '0.00'}\"{w.word('tie_mark')}\"")
        else:
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
        text = said.get(row.entry, "")
        if text:
            # The decisions on this entry, on the line right under it, across the columns.
            r += 1
            heights.append(w.fit_row(sheet, r, {1: text}, spans={1: last_column}))
            style = w.fmt(f"{tone}_said" if tone else "said")
            w.put(sheet, r, 0, None, tone or None)
            sheet.merge_range(r, 1, r, last_column, "", style)
            w.put(sheet, r, 1, text, f"{tone}_said" if tone else "said")
    table_end = r
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    rules = dict.fromkeys(rule_word(w, row.tie_break) for row in rows
                          if row.tie_break and row.tie_break != "chair")
    end = foot(w, sheet, category, notes, table_end + 2, any_agreed=any(
        f.agreed is not None for row in rows for f in row.criteria.values()),
        tie_rules=list(rules))
    heights += [DEFAULT_ROW] * (end - table_end + 1)
    w.prints(sheet, landscape=True)
    # A ranking a little taller than its pages is printed a little smaller, on one page
    # fewer, as long as its 10 pt text stays at 9 pt or more.
    scale = min(scale, print_scale(heights, first=TITLE_POINTS, repeated=w.header_height,
                                   largest=scale))
    sheet.set_print_scale(scale)
    sheet.print_area(0, 0, end, last_column)
    chart(w, sheet, rows, marks, at=end + 2)


# Rank, status, number, (title, organisation), total: the criteria's columns are SCORE wide.
FIXED = (5, 11, 6, 6)
SCORE = 5


def layout(w: Writer, rows: list[Any], marks: dict[str, tuple[str, str]],
           said: dict[str, str], criteria: int) -> tuple[list[float], int]:
    """The columns and print scale that print this ranking on the fewest pages: at 100%,
    or, when that saves a page, at MIN_SCALE with the room it gives to titles and
    organisations, split between them so that the fewest rows wrap."""
    header = max(len(w.word("total")), *(len(label) for _, label in criteria_of(w))) * 6.1 + 8
    best: tuple[int, int, list[float]] | None = None
    # A long ranking is read on screen and printed as it comes: no page to save.
    for scale in (100, MIN_SCALE) if len(rows) <= LAYOUT_ROWS else (100,):
        units = int(PAGE_UNITS["landscape"] * 100 / scale)
        room = units - sum(FIXED) - SCORE * criteria
        options = []
        splits = range(max(16, room // 2), room - 11)
        if len(rows) > LAYOUT_ROWS:
            splits = range(round(room * 0.64), round(room * 0.64) + 1)
        for title in splits:
            widths: list[float] = [*FIXED[:3], title, room - title, FIXED[3],
                                   *([SCORE] * criteria)]
            heights = estimated_heights(rows, marks, said, widths)
            options.append((sum(heights), heights, widths))
        _, heights, widths = min(options, key=lambda option: option[0])
        pages = pages_at(scale, heights, first=TITLE_POINTS, repeated=header)
        if best is None or pages < best[0]:
            best = (pages, scale, widths)
    assert best is not None
    return best[2], best[1]


def estimated_heights(rows: list[Any], marks: dict[str, tuple[str, str]],
                      said: dict[str, str], widths: list[float]) -> list[float]:
    """Each printed row's height, as Writer.fit_row will set it, plus the foot's rows."""
    across = sum(widths[1:])
    heights = []
    for row in rows:
        status, tone = marks.get(row.entry, ("", ""))
        bold = tone == "winner"
        heights.append(row_height(max(text_lines(status, widths[1], bold=bold),
                                      text_lines(row.title, widths[3], bold=bold),
                                      text_lines(row.organisation, widths[4], bold=bold))))
        if said.get(row.entry):
            heights.append(row_height(text_lines(said[row.entry], across)))
    return heights + [DEFAULT_ROW] * 6


def pages_at(scale: int, heights: list[float], *, first: float, repeated: float) -> int:
    """How many landscape pages rows of these heights take at `scale` percent: a row never
    splits; the header row repeats on every page, the title only on the first."""
    room = PAGE_POINTS["landscape"] * 100 / scale
    pages, used = 1, first + repeated
    for height in heights:
        if used + height > room and used > first + repeated:
            pages, used = pages + 1, repeated
        used += height
    return pages


def print_scale(heights: list[float], *, first: float, repeated: float,
                smallest: int = MIN_SCALE, largest: int = 100) -> int:
    """The largest scale, from `largest` down to `smallest`, that prints the rows on the
    fewest pages."""
    fewest = pages_at(smallest, heights, first=first, repeated=repeated)
    return next(scale for scale in range(largest, smallest - 1, -1)
                if pages_at(scale, heights, first=first, repeated=repeated) == fewest)


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
            if row.tie_break == "chair":
                tie = next((d for (c, kind), d in decided.items()
                            if c == category and kind.startswith("tie:")
                            and row.entry in d.chosen), None)
                said[row.entry].append(w.word("tie_chair", rationale=tie.rationale if tie
                                              else "–"))
            # A tie the rules settled is marked on the total (tie_mark) and explained once
            # under the table, not on a line of its own.
        kinds = {f.kind for f in row.flags}
        if "tie" in kinds and not row.tie_break:
            # Once final, the jury's choice stands: the tie is a fact, no longer a to-do.
            said[row.entry].append(w.word("tie_final" if w.report.phase == "final"
                                          else "tie"))
        if "missing" in kinds:
            said[row.entry].append(w.word("incomplete"))
    return {entry: "\n".join(parts) for entry, parts in said.items() if parts}


def criterion_score_computed(figures: Any, aggregate: str) -> float | None:
    return {"adjusted": figures.adjusted, "mean": figures.mean,
            "median": figures.median}.get(aggregate, figures.mean)


def rule_word(w: Writer, rule: str) -> str:
    """A tie-break rule in words: head to head, the median, or a criterion's label."""
    if rule in ("head_to_head", "median"):
        return w.word(rule)
    return dict(criteria_of(w)).get(rule, rule)


def foot(w: Writer, sheet: Any, category: Any, notes: JuryNotes, r: int, *,
         any_agreed: bool, tie_rules: list[str] | None = None) -> int:
    """Below the table: what the marks mean, who decided, when the result was frozen.
    Returns the last row written."""
    decided = newest_category_decisions(notes)
    last = 5 + len(criteria_of(w))
    legends = []
    if any_agreed:
        legends.append(w.word("agreed_legend", mark=w.word("agreed_mark")))
    if tie_rules:
        legends.append(w.word("tie_legend", mark=w.word("tie_mark"),
                              rules=", ".join(tie_rules)))
    for text in legends:
        w.fit_row(sheet, r, {0: text}, spans={0: last + 1})
        sheet.merge_range(r, 0, r, last, text, w.fmt("foot"))
        r += 1

    def said(label: str, who: str | None, when: Any) -> None:
        sheet.merge_range(r, 0, r, 3, label, w.fmt("bold"))
        w.put(sheet, r, 4, who)
        if when is not None:
            sheet.merge_range(r, 5, r, last, "", w.fmt("date"))
            w.put(sheet, r, 5, when, "date")

    nominees, winner = decided.get((category, "nominees")), decided.get((category, "winner"))
    if nominees and winner and nominees.by == winner.by:
        said(w.word("decided_by"), winner.by, winner.at)
        r += 1
    else:
        for kind, record in (("nominees", nominees), ("winner", winner)):
            if record is not None:
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
          at: int) -> None:
    """The ranked entries' totals as bars, labelled with their titles, on the scale from its
    minimum, the winner and nominees in their own colours; for a slide, not for print.
    Its data is a small table of its own under the ranking, so the bars follow the ranks."""
    ranked = [row for row in rows if row.rank is not None and row.total is not None]
    shown = ranked[:CHART_BARS]
    if not shown:
        return
    scale = w.report.settings.scale
    w.put(sheet, at, 1, w.word("chart_legend"), "foot")
    first = at + 1
    for offset, row in enumerate(shown):
        w.put(sheet, first + offset, 3, row.title)
        w.put(sheet, first + offset, 5, round(float(row.total), 2), "num:0.00")
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
    sheet.insert_chart(last + 2, 1, chart_)
