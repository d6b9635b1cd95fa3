"""Paper ballots from the secretary's file: category, ballot number, one column per rank.

Header: `category` (or `categorie`), `ballot` (or `stemming`), then `1`, `2`, … (or
`rank 1`, `plaats 1`, …). A cell names one candidate by entry id, or several separated by
';' for a tie; empty cells at the end are fine (a partial ranking).
"""

from __future__ import annotations

import re
from pathlib import Path

from jury.errors import ImportProblems
from jury.io.tables import read_table
from jury.reconcile.ballot import parse_ranking
from jury.services.ballots import PaperRow

CATEGORY = ("category", "categorie")
NUMBER = ("ballot", "stemming", "ballot number", "stemronde")
RANK = re.compile(r"^(?:rank|plaats|place)?\s*(\d+)$", re.IGNORECASE)


def read_paper_ballots(path: Path, candidates: dict[str | None, list[str]]) -> list[PaperRow]:
    """Every row as one paper ballot; all problems at once (file, row, column, expected)."""
    table = read_table(path)
    headers = {h.strip().lower(): h for h in table.headers}
    category = next((headers[h] for h in CATEGORY if h in headers), None)
    number = next((headers[h] for h in NUMBER if h in headers), None)
    ranks = sorted(((int(m.group(1)), h) for h in table.headers
                    if (m := RANK.match(h.strip()))), key=lambda pair: pair[0])
    problems = []
    if number is None:
        problems.append(f"{table.source}: no column 'ballot' (the ballot's number, 1 for the "
                        "first round).")
    if not ranks:
        problems.append(f"{table.source}: no rank columns: name them 1, 2, 3, … (place 1 is "
                        "the best).")
    if problems:
        raise ImportProblems(problems, what="paper ballots")
    rows = []
    for row in table.rows:
        key = (row.cells.get(category, "").strip() if category else "") or None
        if category and key not in candidates:
            problems.append(f"{row.where}, column '{category}': {key or 'empty'!r} is not a "
                            f"category with a ballot; expected one of "
                            f"{', '.join(str(c) for c in candidates)}.")
            continue
        text = row.cells.get(number or "", "").strip()
        if not text.isdigit():
            problems.append(f"{row.where}, column '{number}': {text!r} is not a ballot number "
                            "(a whole number from 1).")
            continue
        try:
            ranking = parse_ranking([row.cells.get(h, "") for _, h in ranks],
                                    candidates.get(key, []))
        except ValueError as error:
            problems.append(f"{row.where}: {error}; the candidates are "
                            f"{', '.join(candidates.get(key, []))}.")
            continue
        if not ranking:
            problems.append(f"{row.where}: an empty ballot; rank at least one candidate.")
            continue
        rows.append(PaperRow(row.where, key, int(text), ranking))
    if problems:
        raise ImportProblems(problems, what="paper ballots")
    return rows
