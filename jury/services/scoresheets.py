"""The offline scoresheet: what a juror takes on the train, and what they bring back.

The sheet remembers what it was written with (each score's version). On return, only what
the juror changed in the sheet counts; a change to something the database changed since is a
conflict, applied only when forced. All of it lands, or none.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from jury import repository
from jury.award_settings import AwardSettings
from jury.errors import ConflictError, ImportProblems, PermissionDenied, SignatureError
from jury.i18n import Both, Count, Message, Strings, Word
from jury.models import RECUSAL_REASONS, Award, ScoreData, utcnow
from jury.services.base import Actor, Service, audit, load_settings, require_award, retried
from jury.services.jurors import find_juror
from jury.services.scoring import (
    _juror_for,
    _record,
    _recuse,
    _withdraw,
    _write_note,
    recusal_guarded,
)

Cell = tuple[float | None, str, int]  # value, note, version
Rows = Sequence[Sequence[object]]

SIGNATURE = "signature"  # the hidden sheet's row that holds the signature of all the others
ALGORITHM = "hmac-sha256"


def canonical(rows: Rows) -> bytes:
    """The hidden sheet's content as signed: every row but the signature's, each cell typed
    ('n:' a number to 15 significant digits, as a spreadsheet keeps it; 's:' text; '' empty),
    trailing empty cells and empty rows dropped, so that a spreadsheet that saves the sheet
    again without changing it (LibreOffice Calc, Excel) keeps it verifiable."""
    kept = []
    for row in rows:
        cells = [_canonical_cell(value) for value in row]
        while cells and cells[-1] == "":
            cells.pop()
        if cells and cells[0] != f"s:{SIGNATURE}":
            kept.append(cells)
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _canonical_cell(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f"b:{value}"
    if isinstance(value, int | float):
        return f"n:{float(value):.15g}"
    return f"s:{value}"


def seal(key: bytes, rows: Rows) -> str:
    """HMAC-SHA256 (RFC 2104) of the canonical content under the award's secret, in hex."""
    return hmac.new(key, canonical(rows), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SheetEntry:
    id: str
    title: str
    organisation: str
    category: str | None
    description: str


@dataclass(frozen=True)
class Scoresheet:
    """One juror's scoring as it stands, to write to a workbook."""

    award: str
    edition: str
    juror: str
    written_at: datetime
    settings: AwardSettings
    entries: list[SheetEntry]
    scores: dict[tuple[str, str], Cell]
    notes: dict[str, tuple[str, int]]
    recusals: dict[str, tuple[str, str]]
    # Signs the hidden sheet's rows with the award's secret, which stays inside the closure.
    seal: Callable[[Rows], str] = field(repr=False, compare=False)
    # The juror's notes for the entrant (feedback letters), beside each score.
    for_entrant: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReturnedSheet:
    """A scoresheet as read back: what it was written with, and what it says now.

    `cells` name where each value stands (Scores!E7) so that every message can point there.
    """

    award: str
    edition: str
    juror: str
    written_at: str
    baseline_scores: dict[tuple[str, str], Cell]
    baseline_notes: dict[str, tuple[str, int]]
    baseline_recusals: dict[str, tuple[str, str]]
    scores: dict[tuple[str, str], tuple[float | None, str]]
    notes: dict[str, str]
    recusals: dict[str, tuple[str, str]]
    cells: dict[tuple[str, str], str] = field(default_factory=dict)
    meta_rows: tuple[tuple[object, ...], ...] = ()  # the hidden sheet, every row as read
    signature: str = ""
    # Notes for the entrant: as written, and as the sheet says now (no key: no such column).
    baseline_entrant: dict[tuple[str, str], str] = field(default_factory=dict)
    entrant: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetChange:
    kind: str  # new, changed, conflict
    cell: str
    entry: str
    what: str  # a criterion key, "note" or "recusal"
    old: object
    new: object


@dataclass(frozen=True)
class SheetPlan:
    juror: str
    changes: list[SheetChange]
    unchanged: int
    applied: bool

    def count(self, kind: str) -> int:
        return sum(change.kind == kind for change in self.changes)


class ScoresheetService(Service):
    def scoresheet(self, actor: Actor, juror: str) -> Scoresheet:
        """A juror's entries, scores, notes and recusals, with the versions the sheet keeps."""
        if actor.role == "juror" and actor.name != juror:
            raise PermissionDenied("sheet.own_only", name=actor.name)
        key = self._signing_key()
        with self.reading() as session:
            award = require_award(session)
            found = find_juror(session, juror)
            juror = found.name
            criteria = {c.id: c.key for c in repository.criteria(session=session)}
            entries = [SheetEntry(e.id, e.title, e.organisation, e.category_key, e.description)
                       for e in repository.entries(session=session)]
            stored = repository.juror_scores(found.id, session=session)  # type: ignore[arg-type]
            scores: dict[tuple[str, str], Cell] = {
                (s.entry_id, criteria[s.criterion_id]): (s.value, s.note, s.version)
                for s in stored}
            for_entrant = {(s.entry_id, criteria[s.criterion_id]): s.for_entrant
                           for s in stored if s.for_entrant}
            notes = {entry_id: (n.note, n.version) for entry_id, n in
                     repository.entry_notes_for(found.id, session=session).items()}  # type: ignore[arg-type]
            recusals = {r.entry_id: (r.reason, r.reason_text)
                        for r in repository.recusals(session=session) if r.juror_id == found.id}
            return Scoresheet(award.name, award.edition, juror, utcnow(),
                              load_settings(session), entries, scores, notes, recusals,
                              seal=lambda rows: seal(key, rows), for_entrant=for_entrant)

    @retried
    def _signing_key(self) -> bytes:
        """The award's secret for signing scoresheets, made (secrets.token_bytes) the first
        time one is written. Two terminals doing so at once take turns on the award row."""
        with self.reading() as session:
            key = require_award(session).signing_key
        if key:
            return key
        with self.transaction() as session:
            award = require_award(session, lock="update")
            if not award.signing_key:
                award.signing_key = secrets.token_bytes(32)
                session.add(award)
            return award.signing_key

    @retried
    @recusal_guarded
    def apply(self, actor: Actor, sheet: ReturnedSheet, *, source: str, force: bool = False,
              dry_run: bool = False) -> SheetPlan:
        """Check a returned sheet against the award and the database, then apply it whole.

        Refused (nothing written) when it belongs to another award, when its hidden sheet is
        not what jury wrote and signed (another juror's name, an edited value or version, no
        signature), when it names an entry not in the running, scores an entry the juror
        recused from, or holds conflicts and `force` is not given. `dry_run` only reports
        what would change.
        """
        with self.reading() if dry_run else self.transaction() as session:
            award = require_award(session)
            if (sheet.award, sheet.edition) != (award.name, award.edition):
                raise ConflictError("sheet.other_award", source=source,
                                    sheet=f"{sheet.award} {sheet.edition}",
                                    award=f"{award.name} {award.edition}")
            _verify(session, award, sheet, source)
            found = _juror_for(session, actor, sheet.juror)
            plan, unchanged = self._plan(session, sheet, int(found.id or 0))
            conflicts = [c for c in plan if c.kind == "conflict"]
            if conflicts and not force and not dry_run:
                labels = {c.key: Both(c.label_nl, c.label_en)
                          for c in repository.criteria(session=session)}
                raise SheetConflicts(source, [_describe(c, labels) for c in conflicts[:20]],
                                     len(conflicts))
            if dry_run:
                return SheetPlan(sheet.juror, plan, unchanged, False)
            detail = f"imported from scoresheet {source}"
            juror_id = int(found.id or 0)
            # Recusals the sheet takes back go first and those it declares last, so that a
            # score and a recusal of the same entry never stand together, not even halfway.
            recusals = [c for c in plan if c.what == "recusal"]
            for change in recusals:
                _withdraw(session, actor, sheet.juror, juror_id, change.entry, detail=detail)
            _record(session, actor, [
                ScoreData(sheet.juror, c.entry, c.what, *sheet.scores[(c.entry, c.what)],
                          for_entrant=sheet.entrant.get((c.entry, c.what)))
                for c in plan if c.what not in ("note", "recusal")], detail)
            for change in plan:
                if change.what == "note":
                    _write_note(session, actor, sheet.juror, juror_id, change.entry,
                                repository.entry_notes_for(juror_id, session=session)
                                .get(change.entry), str(change.new), detail=detail)
            for change in recusals:
                reason, text = change.new if isinstance(change.new, tuple) else ("", "")
                if reason:
                    _recuse(session, actor, sheet.juror, change.entry, reason, text,
                            detail=detail)
            audit(session, actor, "scoresheet.imported", f"{sheet.juror} · {source}",
                  new={"new": sum(c.kind == "new" for c in plan),
                       "changed": sum(c.kind == "changed" for c in plan),
                       "forced": len(conflicts), "unchanged": unchanged},
                  detail=f"written {sheet.written_at}")
            return SheetPlan(sheet.juror, plan, unchanged, True)

    def _plan(self, session: Session, sheet: ReturnedSheet,
              juror_id: int) -> tuple[list[SheetChange], int]:
        settings = load_settings(session)
        running = {e.id for e in repository.entries(session=session)}
        keys = [c.key for c in settings.criteria]
        criteria = {c.id: c.key for c in repository.criteria(session=session)}
        rows = repository.juror_scores(juror_id, session=session)
        stored: dict[tuple[str, str], Cell] = {
            (s.entry_id, criteria[s.criterion_id]): (s.value, s.note, s.version) for s in rows}
        stored_entrant = {(s.entry_id, criteria[s.criterion_id]): s.for_entrant for s in rows}
        notes = {e: (n.note, n.version) for e, n in
                 repository.entry_notes_for(juror_id, session=session).items()}
        recused = {r.entry_id: (r.reason, r.reason_text)
                   for r in repository.recusals(session=session) if r.juror_id == juror_id}
        problems: list[str | Message] = []
        changes, unchanged = [], 0
        for entry in dict.fromkeys(e for e, _ in sheet.scores):
            if entry not in running:
                problems.append(_at(sheet.cells.get((entry, "id"), entry),
                                    "score.problem.no_entry", entry=entry))
        for (entry, key), (value, note) in sheet.scores.items():
            if entry not in running or key not in keys:
                continue
            cell = sheet.cells.get((entry, key), f"{entry}/{key}")
            recusal = sheet.recusals.get(entry, recused.get(entry, ("", "")))
            if value is not None and recusal[0]:
                problems.append(_at(cell, "score.problem.recused_scored", entry=entry))
            base = sheet.baseline_scores.get((entry, key), (None, "", 0))
            now = stored.get((entry, key), (None, "", 0))
            # The note for the entrant changes with the score it stands beside (one version).
            base_entrant = sheet.baseline_entrant.get((entry, key), "")
            said = sheet.entrant.get((entry, key), base_entrant)
            now_entrant = stored_entrant.get((entry, key), "")
            kind = _kind((value, note, said), (*base[:2], base_entrant),
                         (*now[:2], now_entrant), base[2], now[2])
            if kind is None:
                unchanged += 1
            else:
                changes.append(SheetChange(kind, cell, entry, key, now[0], value))
        for entry, text in sheet.notes.items():
            if entry not in running:
                continue
            base_note = sheet.baseline_notes.get(entry, ("", 0))
            now_note = notes.get(entry, ("", 0))
            kind = _kind(text, base_note[0], now_note[0], base_note[1], now_note[1])
            if kind is None:
                unchanged += 1
            else:
                changes.append(SheetChange(kind, sheet.cells.get((entry, "note"), entry), entry,
                                           "note", now_note[0], text))
        for entry, wanted in sheet.recusals.items():
            if entry not in running:
                continue
            base_recusal = sheet.baseline_recusals.get(entry, ("", ""))
            now_recusal = recused.get(entry, ("", ""))
            if wanted == base_recusal or wanted == now_recusal:
                unchanged += 1
                continue
            kind = "conflict" if now_recusal != base_recusal else (
                "new" if not now_recusal[0] else "changed")
            changes.append(SheetChange(kind, sheet.cells.get((entry, "recusal"), entry), entry,
                                       "recusal", now_recusal, wanted))
        if problems:
            raise ImportProblems(problems, what="scoresheet")
        return changes, unchanged


def _kind(sheet: object, base: object, now: object, base_version: int,
          now_version: int) -> str | None:
    """None when the sheet asks nothing new (untouched, or already so); else new, changed,
    or conflict when the database moved on since the sheet was written."""
    if sheet == base or sheet == now:
        return None
    if now_version != base_version:
        return "conflict"
    return "new" if now_version == 0 else "changed"


class SheetConflicts(ConflictError):
    """Changes in a returned sheet that meet values changed since it was written: the
    sentence, then one line per change."""

    def __init__(self, source: str, lines: list[Message], n: int) -> None:
        super().__init__("sheet.conflicts.one" if n == 1 else "sheet.conflicts",
                         source=source, changes=Count(n, "sheet.change"))
        self.lines = lines

    def text(self, tr: Strings) -> str:
        return "\n".join([super().text(tr), *(line.text(tr) for line in self.lines)])


def _at(where: str, key: str, **values: object) -> Message:
    return Message("service.problem_at", {"where": where, "problem": Message(key, values)})


def _describe(change: SheetChange, labels: dict[str, Both]) -> Message:
    what: object = (Word(f"sheet.what.{change.what}") if change.what in ("note", "recusal")
                    else labels.get(change.what, change.what))
    return Message("sheet.conflict_line", {"cell": change.cell, "entry": change.entry,
                                           "what": what, "new": _text(change.new),
                                           "old": _text(change.old)})


def _text(value: object) -> object:
    if value is None or value == "":
        return Word("sheet.nothing")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, tuple):
        if not value[0]:
            return Word("sheet.no_conflict")
        return Word(f"reason.{value[0]}") if value[0] in RECUSAL_REASONS else value[0]
    return repr(value)


def _verify(session: Session, award: Award, sheet: ReturnedSheet, source: str) -> None:
    """Refuse a sheet whose hidden sheet is not exactly what jury wrote and signed for it:
    its identity and baseline decide whose scores these are and what changed."""
    fix = Message("sheet.fix", {"juror": sheet.juror})
    if not sheet.signature:
        raise SignatureError("sheet.unsigned", source=source, row=SIGNATURE, fix=fix)
    key = award.signing_key
    if key is None:
        raise SignatureError("sheet.not_here", source=source, fix=fix)
    if hmac.compare_digest(seal(key, sheet.meta_rows), sheet.signature):
        return
    for juror in repository.jurors(session=session):
        if juror.name != sheet.juror and hmac.compare_digest(
                seal(key, _naming(sheet.meta_rows, juror.name)), sheet.signature):
            raise SignatureError("sheet.renamed", source=source, written=juror.name,
                                 named=sheet.juror)
    raise SignatureError("sheet.bad_signature", source=source, fix=fix)


def _naming(rows: Rows, juror: str) -> list[list[object]]:
    """The hidden sheet's rows as they would be had it been written for `juror`."""
    return [[row[0], juror, *row[2:]] if row and row[0] == "juror" else list(row)
            for row in rows]
