"""Scores from a file (paper forms, another tool): long format, one row per juror, entry and
criterion. Every problem is named by file, row and column; nothing is returned unless the whole
file is sound."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jury import limits
from jury.award_settings import AwardSettings
from jury.errors import ImportProblems
from jury.io.tables import read_table
from jury.models import RECUSAL_REASONS, ScoreData
from jury.names import AmbiguousName, match_name

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "juror": ("juror", "jurylid", "jury", "naam", "name"),
    "entry": ("entry", "inzending", "id", "nummer", "entry id"),
    "criterion": ("criterion", "criterium", "criteria"),
    "score": ("score", "cijfer", "waarde", "punten", "value"),
    "note": ("note", "notitie", "opmerking", "toelichting"),
    # The note for the entrant (feedback letters); 'note' stays for the jury only.
    "for_entrant": ("for_entrant", "voor de inzender", "for entrant", "for the entrant",
                    "voor inzender", "feedback"),
    "recused": ("recused", "recusal", "conflict", "belangenconflict"),
    "reason": ("reason", "reden"),
}
HEADER_FIELDS = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}
REQUIRED = ("juror", "entry", "criterion", "score")
YES = {"yes", "ja", "j", "y", "true", "waar", "1", "x"}
NO = {"no", "nee", "n", "false", "onwaar", "0", ""}
REASONS = {
    "professional": "professional", "professioneel": "professional", "zakelijk": "professional",
    "personal": "personal", "persoonlijk": "personal", "other": "other", "anders": "other",
}


@dataclass(frozen=True)
class RecusalData:
    juror: str
    entry_id: str
    reason: str
    text: str = ""


@dataclass(frozen=True)
class ScoreBatch:
    scores: list[ScoreData]
    recusals: list[RecusalData]
    source: str


def read_scores(
    path: Path,
    *,
    settings: AwardSettings,
    jurors: Sequence[str],
    entries: Sequence[str],
    sheet: str | None = None,
) -> ScoreBatch:
    """Check every row against the award: known jurors, entries in the running, criteria by key
    or label, values on the scale (a decimal comma is fine)."""
    table = read_table(path, sheet=sheet)
    columns: dict[str, str] = {}
    problems: list[str] = []
    for header in table.headers:
        name = HEADER_FIELDS.get(" ".join(header.strip().lower().split()))
        if name is not None and name not in columns.values():
            columns[header] = name
    for name in REQUIRED:
        if name not in columns.values():
            problems.append(f"{table.source}, row 1: no column '{FIELD_ALIASES[name][0]}' "
                            f"(or '{FIELD_ALIASES[name][1]}').")
    if problems:
        raise ImportProblems(problems, what="scores")
    header_of = {name: header for header, name in columns.items()}
    juror_list = list(jurors)
    entry_ids = set(entries)
    criteria = {name.casefold(): c.key for c in settings.criteria
                for name in (c.key, c.label_nl, c.label_en)}
    scores: list[ScoreData] = []
    recusals: dict[tuple[str, str], RecusalData] = {}
    seen: dict[tuple[str, str, str], str] = {}
    scored_at: dict[tuple[str, str], str] = {}
    recused_at: dict[tuple[str, str], tuple[str, str | None]] = {}
    for row in table.rows:
        cell = {name: row.cells.get(header, "").strip() for header, name in columns.items()}

        def problem(field: str, text: str, where: str = row.where) -> None:
            problems.append(f"{where}, column {header_of.get(field, field)!r}: {text}")

        for field in ("note", "reason", "for_entrant"):  # jury.limits, with row and column
            if (refused := limits.field_problem(field, cell.get(field, ""))) is not None:
                problem(field, refused)

        juror, refusal = _juror(cell["juror"], juror_list)
        if refusal:
            problem("juror", refusal)
        entry = cell["entry"]
        if entry not in entry_ids:
            problem("entry", f"{entry!r} is not an entry in the running." if entry
                    else "empty. Give the entry's id.")
        criterion = criteria.get(cell["criterion"].casefold())
        if criterion is None:
            allowed = ", ".join(c.key for c in settings.criteria)
            problem("criterion", f"{cell['criterion']!r} is not a criterion; use {allowed}.")
        recused = cell.get("recused", "").casefold()
        if recused not in YES | NO:
            problem("recused", f"{cell['recused']!r}: write yes or no (ja/nee).")
        is_recused = recused in YES
        value = None
        raw = cell["score"]
        if is_recused:
            if raw:
                problem("score", f"{raw!r}: a recused row carries no score. Leave it empty.")
            reason = REASONS.get(cell.get("reason", "").casefold())
            text = cell.get("reason", "") if reason is None else ""
            if not cell.get("reason"):
                problem("reason", "empty. A recusal needs a reason: professional, personal, "
                        "or a few words.")
            if juror and entry in entry_ids:
                recusals[(juror, entry)] = RecusalData(juror, entry, reason or "other", text)
                recused_at.setdefault((juror, entry), (row.where, header_of.get("recused")))
            continue
        if not raw:
            problem("score", f"empty. Give a score on {settings.scale.describe()}, or mark the "
                    "row recused.")
        else:
            try:
                value = float(raw.replace(",", "."))
            except ValueError:
                problem("score", f"{raw!r} is not a number.")
            else:
                if not settings.scale.allows(value):
                    problem("score", f"{raw} is outside {settings.scale.describe()}.")
                    value = None
        if juror and criterion and entry in entry_ids:
            key = (juror, entry, criterion)
            if key in seen:
                problem("criterion", f"{juror} scored {entry} on {criterion} already "
                        f"(at {seen[key]}).")
            seen[key] = row.where
            if value is not None:
                scores.append(ScoreData(juror, entry, criterion, value, cell.get("note", ""),
                                        cell.get("for_entrant")))
                scored_at.setdefault((juror, entry), row.where)
    for (juror, entry), (where, column) in recused_at.items():
        if (juror, entry) in scored_at:
            problems.append(
                f"{where}, column {column!r}: {juror} has a conflict of interest on {entry} "
                f"here, yet scores it at {scored_at[(juror, entry)]}. A recused juror gives "
                "no scores for the entry: leave out either the recusal or the scores.")
    if problems:
        raise ImportProblems(problems, what="scores")
    assert all(r.reason in RECUSAL_REASONS for r in recusals.values())
    return ScoreBatch(scores, list(recusals.values()), table.source)



def _juror(written: str, jurors: list[str]) -> tuple[str | None, str]:
    """The juror a cell names, exactly or as the one juror equal ignoring case, or why not.

    Never a guess between case twins: scores land under the juror the file means, or
    nowhere."""
    if not written:
        return None, "empty. Name the juror as on the jury list."
    try:
        found = match_name(written, jurors)
    except AmbiguousName as twins:
        shown = " or ".join(repr(n) for n in twins.candidates)
        return None, (f"{written!r} could be {shown}: these jurors differ only in capitals. "
                      "Write the name exactly as 'jury jurors list' shows it.")
    if found is None:
        return None, (f"{written!r} is not a juror of this award. The jurors are: "
                      f"{', '.join(jurors) or 'none yet'}.")
    return found, ""
