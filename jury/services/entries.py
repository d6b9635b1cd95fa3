"""Storing imported entries: add new ones, update changed ones, never delete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from jury import limits, repository
from jury.errors import ImportProblems, PermissionDenied
from jury.i18n import Message, Word
from jury.models import Entry, EntryData, utcnow
from jury.services.base import (
    Actor,
    Service,
    audit,
    audit_many,
    require,
    require_award,
    retried,
)


@dataclass(frozen=True)
class ImportSummary:
    total: int
    new: int
    updated: int
    unchanged: int
    missing: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)


class EntryService(Service):
    @retried
    def import_entries(
        self,
        actor: Actor,
        entries: Sequence[EntryData],
        *,
        sources: Sequence[str] = (),
        withdraw_missing: bool = False,
    ) -> ImportSummary:
        """Add new entries and update changed ones by id, in one transaction.

        An entry that is stored but not in `entries` is reported as missing, and withdrawn
        (kept with its scores, hidden from scoring) only when asked. A withdrawn entry that
        comes back is restored.
        """
        require(actor, "secretary", "chair", because="entries.import_who")
        problems: list[str | Message] = [p for e in entries for p in entry_problems(e)]
        if problems:
            # The readers refuse these already; this catches every other route in, before
            # the database does (PostgreSQL fails on a NUL byte, SQLite would store it).
            raise ImportProblems(problems)
        with self.transaction() as session:
            award = require_award(session)
            if award.phase == "final":
                raise PermissionDenied("entries.final")
            known_categories = {c.key for c in repository.categories(session=session)}
            problems = [
                Message("entries.unknown_category", {"entry": e.id, "category": e.category_key})
                for e in entries
                if e.category_key is not None and e.category_key not in known_categories
            ]
            if problems:
                raise ImportProblems(problems)
            stored = repository.entry_rows(session=session)
            now = utcnow()
            new_rows, updates, events = [], [], []
            restored: list[str] = []
            unchanged = 0
            for entry in entries:
                fields = entry.stored_fields()
                old = stored.get(entry.id)
                if old is None:
                    new_rows.append({"id": entry.id, **fields, "withdrawn": False,
                                     "source": entry.source, "created_at": now, "updated_at": now})
                    continue
                changed = {k: v for k, v in fields.items() if old[k] != v}
                if not changed and not old["withdrawn"]:
                    unchanged += 1
                    continue
                if old["withdrawn"]:
                    restored.append(entry.id)
                updates.append({"b_id": entry.id, **fields, "withdrawn": False,
                                "source": entry.source, "updated_at": now})
                events.append(dict(
                    actor=actor.label, action="entry.updated", subject=entry.id,
                    old={k: old[k] for k in changed}
                    | ({"withdrawn": True} if old["withdrawn"] else {}),
                    new=changed | ({"withdrawn": False} if old["withdrawn"] else {}),
                    detail=entry.source,
                ))
            incoming = {e.id for e in entries}
            missing = sorted(i for i, row in stored.items()
                             if i not in incoming and not row["withdrawn"])
            table = Entry.__table__  # type: ignore[attr-defined]
            conn = session.connection()
            if new_rows:
                conn.execute(sa.insert(table), new_rows)
            if updates:
                conn.execute(
                    sa.update(table).where(table.c.id == sa.bindparam("b_id")), updates
                )
            withdrawn: list[str] = []
            if withdraw_missing and missing:
                conn.execute(
                    sa.update(table).where(table.c.id.in_(missing)).values(
                        withdrawn=True, updated_at=now
                    )
                )
                withdrawn = missing
                events += [dict(actor=actor.label, action="entry.withdrawn", subject=i,
                                old={"withdrawn": False}, new={"withdrawn": True},
                                detail="missing from the imported files") for i in missing]
            audit_many(session, events)
            summary = ImportSummary(
                total=len(entries), new=len(new_rows), updated=len(updates),
                unchanged=unchanged, missing=missing, withdrawn=withdrawn, restored=restored,
            )
            audit(session, actor, "entries.imported", ", ".join(sources),
                  new={"total": summary.total, "new": summary.new, "updated": summary.updated,
                       "unchanged": summary.unchanged, "withdrawn": len(withdrawn),
                       "added": [r["id"] for r in new_rows][:1000]})
            return summary

    def list(self, *, include_withdrawn: bool = False) -> list[Entry]:
        with self.reading() as session:
            return list(repository.entries(session=session, include_withdrawn=include_withdrawn))


def entry_problems(entry: EntryData) -> list[str | Message]:
    """What breaks a limit of jury.limits in one entry, each named by entry and field."""
    name = limits.shown(entry.id)
    fields = {"id": entry.id, "title": entry.title, "organisation": entry.organisation,
              "contact": entry.contact, "email": entry.email, "description": entry.description,
              "category": entry.category_key or ""}
    problems: list[str | Message] = []

    def at(where: str, problem: object, **values: object) -> None:
        problems.append(Message("service.problem_at",
                                {"where": Message(where, {"entry": name, **values}),
                                 "problem": problem}))

    for field_name, value in fields.items():
        problem = limits.field_problem(field_name, value)
        if problem is not None:
            at("entries.where", problem, field=Word(f"entries.field.{field_name}"))
    if not entry.id.strip():
        problems.append(Message("entries.no_id"))
    if entry.language not in (None, "nl", "en"):
        problems.append(Message("entries.language", {
            "entry": name, "language": limits.shown(str(entry.language))}))
    for key, value in entry.extra.items():
        problem = limits.field_problem("extra_name", key)
        if problem is not None:
            at("entries.where_name", problem, field=limits.shown(key))
            continue
        said: object = (limits.field_problem("extra_value", value) if isinstance(value, str)
                        else Message("entries.not_text"))
        if said is not None:
            at("entries.where_field", said, field=limits.shown(key))
    return problems
