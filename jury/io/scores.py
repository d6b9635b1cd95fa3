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
from jury.i18n import Message
from jury.io.tables import read_table
from jury.limits import Said, either, place, said
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
    problems: list[str | Message] = []
    for header in table.headers:
        name = HEADER_FIELDS.get(" ".join(header.strip().lower().split()))
        if name is not None and name not in columns.values():
            columns[header] = name
    for name in REQUIRED:
        if name not in columns.values():
            problems.append(limits.problem(place(table.source, row=1), "read.scores.no_column",
                                           name=repr(FIELD_ALIASES[name][0]),
                                           other=repr(FIELD_ALIASES[name][1])))
    if problems:
        raise ImportProblems(problems, what="scores")
    header_of = {name: header for header, name in columns.items()}
    juror_list = list(jurors)
    entry_ids = set(entries)
    criteria = {name.casefold(): c.key for c in settings.criteria
                for name in (c.key, c.label_nl, c.label_en)}
    scores: list[ScoreData] = []
    recusals: dict[tuple[str, str], RecusalData] = {}
    seen: dict[tuple[str, str, str], Said] = {}
    scored_at: dict[tuple[str, str], Said] = {}
    recused_at: dict[tuple[str, str], tuple[Said, str | None]] = {}
    scale = settings.scale.described()
    for row in table.rows:
        cell = {name: row.cells.get(header, "").strip() for header, name in columns.items()}

        def problem(field: str, key: str | Message, where: Said = row.where,
                    **values: object) -> None:
            problems.append(limits.problem(place(where, column=header_of.get(field, field)),
                                           key, **values))

        for field in ("note", "reason", "for_entrant"):  # jury.limits, with row and column
            if (refused := limits.field_problem(field, cell.get(field, ""))) is not None:
                problem(field, refused)

        juror, refusal = _juror(cell["juror"], juror_list)
        if refusal:
            problem("juror", refusal)
        entry = cell["entry"]
        if entry not in entry_ids:
            if entry:
                problem("entry", "read.scores.entry", entry=repr(entry))
            else:
                problem("entry", "read.scores.empty.entry")
        criterion = criteria.get(cell["criterion"].casefold())
        if criterion is None:
            allowed = ", ".join(c.key for c in settings.criteria)
            problem("criterion", "read.scores.criterion", criterion=repr(cell["criterion"]),
                    allowed=allowed)
        recused = cell.get("recused", "").casefold()
        if recused not in YES | NO:
            problem("recused", "read.scores.recused", written=repr(cell["recused"]))
        is_recused = recused in YES
        value = None
        raw = cell["score"]
        if is_recused:
            if raw:
                problem("score", "read.scores.recused_score", score=repr(raw))
            reason = REASONS.get(cell.get("reason", "").casefold())
            text = cell.get("reason", "") if reason is None else ""
            if not cell.get("reason"):
                problem("reason", "read.scores.empty.reason")
            if juror and entry in entry_ids:
                recusals[(juror, entry)] = RecusalData(juror, entry, reason or "other", text)
                recused_at.setdefault((juror, entry), (row.where, header_of.get("recused")))
            continue
        if not raw:
            problem("score", "read.scores.empty.score", scale=scale)
        else:
            try:
                value = float(raw.replace(",", "."))
            except ValueError:
                problem("score", "read.scores.not_number", score=repr(raw))
            else:
                if not settings.scale.allows(value):
                    problem("score", "read.scores.outside", score=raw, scale=scale)
                    value = None
        if juror and criterion and entry in entry_ids:
            key = (juror, entry, criterion)
            if key in seen:
                problem("criterion", "read.scores.twice", juror=juror, entry=entry,
                        criterion=criterion, first=seen[key])
            seen[key] = row.where
            if value is not None:
                scores.append(ScoreData(juror, entry, criterion, value, cell.get("note", ""),
                                        cell.get("for_entrant")))
                scored_at.setdefault((juror, entry), row.where)
    for (juror, entry), (where, column) in recused_at.items():
        if (juror, entry) in scored_at:
            problems.append(limits.problem(
                place(where, column=column), "read.scores.recused_and_scored", juror=juror,
                entry=entry, scored=scored_at[(juror, entry)]))
    if problems:
        raise ImportProblems(problems, what="scores")
    assert all(r.reason in RECUSAL_REASONS for r in recusals.values())
    return ScoreBatch(scores, list(recusals.values()), table.source)



def _juror(written: str, jurors: list[str]) -> tuple[str | None, Said | None]:
    """The juror a cell names, exactly or as the one juror equal ignoring case, or why not.

    Never a guess between case twins: scores land under the juror the file means, or
    nowhere."""
    if not written:
        return None, said("read.scores.empty.juror")
    try:
        found = match_name(written, jurors)
    except AmbiguousName as twins:
        return None, said("read.scores.juror_twins", juror=repr(written),
                          twins=either([repr(n) for n in twins.candidates]))
    if found is None:
        if not jurors:
            return None, said("read.scores.not_juror.none", juror=repr(written))
        return None, said("read.scores.not_juror", juror=repr(written), jurors=", ".join(jurors))
    return found, None
