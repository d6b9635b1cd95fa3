"""Engines and the schema: SQLite with the pragmas a shared file needs, or PostgreSQL.

Called by the composition root (the CLI, the tests); nothing connects at import time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlmodel import SQLModel

from jury import models, models_meeting  # noqa: F401  (the meeting's tables)
from jury.db_errors import storage_problem
from jury.errors import StorageError

BUSY_TIMEOUT_MS = 10_000


APPEND_ONLY = "the audit trail is append-only"


def _protect_audit_trail(conn: sa.Connection) -> None:
    """Have the database itself refuse to change or remove an audit event: whatever a
    future bug or a hand-typed query tries, the record stays as written."""
    if conn.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS auditevent_no_{verb.lower()} BEFORE {verb} ON "
                f"auditevent BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION auditevent_append_only() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$ LANGUAGE plpgsql")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS auditevent_append_only ON auditevent")
        conn.exec_driver_sql(
            "CREATE TRIGGER auditevent_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "
            "auditevent FOR EACH STATEMENT EXECUTE FUNCTION auditevent_append_only()")


def _upgrade_to_2(conn: sa.Connection) -> None:
    """Schema 2: the frozen ranking of a final award; the audit trail guarded."""
    models.FrozenRanking.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]
    _protect_audit_trail(conn)


RECUSED_SCORE = "a juror cannot both score an entry and have a conflict of interest on it"


def _guard_recusals(conn: sa.Connection) -> None:
    """Have the database itself refuse a score (a value) beside a recusal of the same juror
    on the same entry, whichever is written second: no route and no race stores both.

    SQLite writers take turns (BEGIN IMMEDIATE), so a check per row is enough. On PostgreSQL
    the check first locks the jurors' rows, as the services do, so that of two transactions
    writing a score and a recusal at once the second waits and then sees the first.
    """
    if conn.dialect.name == "sqlite":
        score_clash = ("EXISTS (SELECT 1 FROM recusal WHERE recusal.juror_id = NEW.juror_id "
                       "AND recusal.entry_id = NEW.entry_id)")
        recusal_clash = ("EXISTS (SELECT 1 FROM score WHERE score.juror_id = NEW.juror_id "
                         "AND score.entry_id = NEW.entry_id AND score.value IS NOT NULL)")
        for name, when, table, clash in (
                ("score_not_recused_insert", "INSERT", "score", score_clash),
                ("score_not_recused_update", "UPDATE OF value, juror_id, entry_id", "score",
                 score_clash),
                ("recusal_not_scored_insert", "INSERT", "recusal", recusal_clash),
                ("recusal_not_scored_update", "UPDATE OF juror_id, entry_id", "recusal",
                 recusal_clash)):
            value = "NEW.value IS NOT NULL AND " if table == "score" else ""
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {when} ON {table} "
                f"WHEN {value}{clash} BEGIN SELECT RAISE(ABORT, '{RECUSED_SCORE}'); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"""
            CREATE OR REPLACE FUNCTION score_recusal_guard() RETURNS trigger AS $$
            BEGIN
                PERFORM 1 FROM juror WHERE id IN (SELECT juror_id FROM changed)
                    ORDER BY id FOR NO KEY UPDATE;
                -- Each branch is planned only when it runs: 'changed' has the columns of
                -- the table the trigger is on.
                IF TG_TABLE_NAME = 'score' THEN
                    IF EXISTS (SELECT 1 FROM changed c JOIN recusal r
                               ON r.juror_id = c.juror_id AND r.entry_id = c.entry_id
                               WHERE c.value IS NOT NULL) THEN
                        RAISE EXCEPTION '{RECUSED_SCORE}' USING ERRCODE = 'check_violation';
                    END IF;
                ELSIF EXISTS (SELECT 1 FROM changed c JOIN score s
                              ON s.juror_id = c.juror_id AND s.entry_id = c.entry_id
                              WHERE s.value IS NOT NULL) THEN
                    RAISE EXCEPTION '{RECUSED_SCORE}' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""")
        for table in ("score", "recusal"):
            for verb in ("INSERT", "UPDATE"):
                name = f"{table}_recusal_guard_{verb.lower()}"
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {name} AFTER {verb} ON {table} REFERENCING NEW TABLE AS "
                    "changed FOR EACH STATEMENT EXECUTE FUNCTION score_recusal_guard()")


def _upgrade_to_3(conn: sa.Connection) -> None:
    """Schema 3: the award's scoresheet signing key; a score beside a recusal refused.

    Pairs stored before (a recusal beside scores) stay as they are: the ranking already leaves
    such scores out, and nothing is removed from an award's record by an upgrade.
    """
    columns = {c["name"] for c in sa.inspect(conn).get_columns("award")}
    if "signing_key" not in columns:
        kind = sa.LargeBinary().compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE award ADD COLUMN signing_key {kind}")
    _guard_recusals(conn)


def _upgrade_to_4(conn: sa.Connection) -> None:
    """Schema 4: the chair's laudatio per entry, for the ceremony and the jury report."""
    models.Laudatio.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]


def _upgrade_to_5(conn: sa.Connection) -> None:
    """Schema 5: feedback to the entrants: a note for the entrant beside each score, the
    letter's language per entry, award.toml's [feedback] section, the chair's feedback."""
    inspector = sa.inspect(conn)
    added = {
        "score": ("for_entrant", f"{sa.Text().compile(dialect=conn.dialect)} NOT NULL "
                                 "DEFAULT ''"),
        "entry": ("language", sa.String(2).compile(dialect=conn.dialect)),
        "award": ("feedback", sa.JSON().compile(dialect=conn.dialect)),
    }
    for table, (column, kind) in added.items():
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    models.Feedback.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]


def _upgrade_to_6(conn: sa.Connection) -> None:
    """Schema 6: the jury meeting (agenda, presence, re-scoring), secret ballots, the
    sign-off of the minutes. Creating a table that exists is skipped: the step may run
    again."""
    from jury.models_meeting import MEETING_TABLES

    for table in MEETING_TABLES:
        table.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined,union-attr]


def _upgrade_to_7(conn: sa.Connection) -> None:
    """Schema 7: award.toml's close-call margin is stored with the other ranking settings
    (it was read from the file and then lost, so the default always applied)."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("award")}
    if "close_call" not in columns:
        kind = sa.Float().compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE award ADD COLUMN close_call {kind}")


def _upgrade_to_8(conn: sa.Connection) -> None:
    """Schema 8: the chair's 'absent' on a meeting's attendance is kept, so that a juror
    marked absent is not recorded present again when their app signs in."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("meetingpresence")}
    if "absent" not in columns:
        kind = sa.Boolean().compile(dialect=conn.dialect)
        conn.exec_driver_sql(
            f"ALTER TABLE meetingpresence ADD COLUMN absent {kind} NOT NULL DEFAULT false")


def _upgrade_to_9(conn: sa.Connection) -> None:
    """Schema 9: the scale's meanings in English ([scale.labels_en]), so an English screen
    says 'good' where a Dutch one says 'goed'."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("award")}
    if "scale_labels_en" not in columns:
        kind = sa.JSON().compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE award ADD COLUMN scale_labels_en {kind}")


# Each step upgrades the schema from version N to N + 1.
UPGRADES: dict[int, Any] = {1: _upgrade_to_2, 2: _upgrade_to_3, 3: _upgrade_to_4,
                            4: _upgrade_to_5, 5: _upgrade_to_6, 6: _upgrade_to_7,
                            7: _upgrade_to_8, 8: _upgrade_to_9}


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`; a new SQLite file is created readable by its owner only."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError("db.bad_url", url=repr(url)) from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, create=create)
    if parsed.get_backend_name() == "postgresql":
        try:
            # hide_parameters: a failed statement's message never carries row values.
            return sa.create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
        except (NoSuchModuleError, ModuleNotFoundError):
            raise StorageError("db.no_postgres") from None
    raise StorageError("db.unsupported", scheme=repr(parsed.get_backend_name()))


def _sqlite_engine(parsed: sa.URL, *, create: bool) -> Engine:
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        if not path.exists():
            if not create:
                raise StorageError("db.missing", path=str(path))
            if not path.parent.is_dir():
                raise StorageError("db.no_folder", path=str(path), folder=str(path.parent))
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = sa.create_engine(
        parsed,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from the driver so BEGIN IMMEDIATE below is what runs:
        # a writer then waits for the lock up front instead of failing mid-transaction.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a committed score survives a power cut also in WAL mode (NORMAL may lose the
        # last commits); at a jury's rate of writes the extra sync costs nothing noticeable.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A read (Service.reading: engine.execution_options(reader=True)) takes a snapshot
        # instead of queueing for the write lock: the chair's reconciliation and eight
        # jurors' screens reading at once would otherwise take turns with the saves.
        reader = conn.get_execution_options().get("reader")
        conn.exec_driver_sql("BEGIN" if reader else "BEGIN IMMEDIATE")

    return engine


def ensure_schema(engine: Engine) -> None:
    """Create the tables in an empty database, upgrade an older one, refuse a newer one."""
    try:
        with engine.begin() as conn:
            found = _stored_version(conn)
            if found is None:
                if _has_foreign_tables(conn):
                    raise StorageError("db.foreign", where=_where(engine))
                SQLModel.metadata.create_all(conn)
                _protect_audit_trail(conn)
                _guard_recusals(conn)
                _set_version(conn, models.SCHEMA_VERSION)
                return
            if found > models.SCHEMA_VERSION:
                raise StorageError("db.newer", where=_where(engine), found=found,
                                   known=models.SCHEMA_VERSION)
            for version in range(found, models.SCHEMA_VERSION):
                UPGRADES[version](conn)
            if found < models.SCHEMA_VERSION:
                _set_version(conn, models.SCHEMA_VERSION)
    except DBAPIError as exc:
        if transient_lock(exc):
            raise  # the caller tries again, as every write does (services.base.retried)
        problem = storage_problem(exc, _where(engine))
        if problem is None:
            raise
        raise problem from None


def _stored_version(conn: sa.Connection) -> int | None:
    if not sa.inspect(conn).has_table("meta"):
        return None
    table = models.Meta.__table__  # type: ignore[attr-defined]
    value = conn.execute(
        sa.select(table.c.value).where(table.c.key == "schema_version")
    ).scalar_one_or_none()
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise StorageError("db.bad_version", where=_where(conn.engine),
                           value=repr(value)) from None


def _set_version(conn: sa.Connection, version: int) -> None:
    table = models.Meta.__table__  # type: ignore[attr-defined]
    conn.execute(sa.delete(table).where(table.c.key == "schema_version"))
    conn.execute(sa.insert(table).values(key="schema_version", value=str(version)))


def _has_foreign_tables(conn: sa.Connection) -> bool:
    return bool(sa.inspect(conn).get_table_names())


def transient_lock(error: DBAPIError) -> bool:
    """SQLite's lock held past busy_timeout: running the transaction again may succeed."""
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
