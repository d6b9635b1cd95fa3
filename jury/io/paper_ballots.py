"""Paper ballots from the secretary's file: category, ballot number, one column per rank.

Header: `category` (or `categorie`), `ballot` (or `stemming`), then `1`, `2`, … (or
`rank 1`, `plaats 1`, …). A cell names one candidate by entry id, or several separated by
';' for a tie; empty cells at the end are fine (a partial ranking).
"""

from __future__ import annotations

import re
from pathlib import Path

from jury import limits
from jury.errors import ImportProblems
from jury.i18n import Message
from jury.io.tables import read_table
from jury.limits import Said, place, said
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
    problems: list[str | Message] = []
    if number is None:
        problems.append(limits.problem(place(table.source), "read.papers.no_number"))
    if not ranks:
        problems.append(limits.problem(place(table.source), "read.papers.no_ranks"))
    if problems:
        raise ImportProblems(problems, what="paper ballots")
    rows = []
    for row in table.rows:
        key = (row.cells.get(category, "").strip() if category else "") or None
        if category and key not in candidates:
            problems.append(limits.problem(
                place(row.where, column=category),
                "read.papers.category" if key else "read.papers.empty.category", category=repr(key),
                allowed=", ".join(str(c) for c in candidates)))
            continue
        text = row.cells.get(number or "", "").strip()
        if not text.isdigit():
            problems.append(limits.problem(place(row.where, column=number), "read.papers.number",
                                           number=repr(text)))
            continue
        cells = [row.cells.get(h, "") for _, h in ranks]
        if (wrong := _ranking_problem(cells, candidates.get(key, []))) is not None:
            problems.append(limits.problem(row.where, "read.papers.ranking", problem=wrong,
                                           candidates=", ".join(candidates.get(key, []))))
            continue
        try:
            ranking = parse_ranking([row.cells.get(h, "") for _, h in ranks],
                                    candidates.get(key, []))
        except ValueError as error:
            problems.append(limits.problem(row.where, "read.papers.ranking", problem=str(error),
                                           candidates=", ".join(candidates.get(key, []))))
            continue
        if not ranking:
            problems.append(limits.problem(row.where, "read.papers.empty"))
            continue
        # The place as a sentence, so a problem the service finds is said in the reader's
        # language too (as text it is the English).
        rows.append(PaperRow(row.where, key, int(text), ranking))  # type: ignore[arg-type]
    if problems:
        raise ImportProblems(problems, what="paper ballots")
    return rows


def _ranking_problem(cells: list[str], candidates: list[str]) -> Said | None:
    """What parse_ranking would refuse, in the reader's words: a name that is no candidate,
    or one ranked twice."""
    known, ranked = set(candidates), set()
    for rank, text in enumerate(cells, start=1):
        for name in (part.strip() for part in text.split(";")):
            if not name:
                continue
            if name not in known:
                return said("read.papers.not_candidate", rank=rank, name=repr(name))
            if name in ranked:
                return said("read.papers.twice", rank=rank, name=repr(name))
            ranked.add(name)
    return None
