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
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlmodel import SQLModel

from jury import models
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


# Each step upgrades the schema from version N to N + 1.
UPGRADES: dict[int, Any] = {1: _upgrade_to_2}


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`; a new SQLite file is created readable by its owner only."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(
            f"{url!r} is not a database path or URL. Use a file path such as jury.db, "
            "or postgresql+psycopg://user:password@host/dbname."
        ) from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, create=create)
    if parsed.get_backend_name() == "postgresql":
        try:
            return sa.create_engine(parsed, pool_pre_ping=True)
        except (NoSuchModuleError, ModuleNotFoundError):
            raise StorageError(
                "PostgreSQL support is not installed. Install it with: pip install -e '.[postgres]'"
            ) from None
    raise StorageError(
        f"{parsed.get_backend_name()!r} databases are not supported: use SQLite or PostgreSQL."
    )


def _sqlite_engine(parsed: sa.URL, *, create: bool) -> Engine:
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        if not path.exists():
            if not create:
                raise StorageError(
                    f"{path}: no such database. Create it with 'jury init FOLDER' "
                    "or name another one with --db."
                )
            if not path.parent.is_dir():
                raise StorageError(f"{path}: the folder {path.parent} does not exist.")
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = sa.create_engine(
        parsed,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
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
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def ensure_schema(engine: Engine) -> None:
    """Create the tables in an empty database, upgrade an older one, refuse a newer one."""
    try:
        with engine.begin() as conn:
            found = _stored_version(conn)
            if found is None:
                if _has_foreign_tables(conn):
                    raise StorageError(
                        f"{_where(engine)} holds tables that are not a jury database. "
                        "Use an empty database or another --db."
                    )
                SQLModel.metadata.create_all(conn)
                _protect_audit_trail(conn)
                _set_version(conn, models.SCHEMA_VERSION)
                return
            if found > models.SCHEMA_VERSION:
                raise StorageError(
                    f"{_where(engine)} was written by a newer jury (schema {found}; this one "
                    f"knows {models.SCHEMA_VERSION}). Upgrade jury before opening it."
                )
            for version in range(found, models.SCHEMA_VERSION):
                UPGRADES[version](conn)
            if found < models.SCHEMA_VERSION:
                _set_version(conn, models.SCHEMA_VERSION)
    except OperationalError as exc:
        raise StorageError(f"{_where(engine)}: cannot open the database: {exc.orig}") from None


def _stored_version(conn: sa.Connection) -> int | None:
    if not sa.inspect(conn).has_table("meta"):
        return None
    table = models.Meta.__table__  # type: ignore[attr-defined]
    value = conn.execute(
        sa.select(table.c.value).where(table.c.key == "schema_version")
    ).scalar_one_or_none()
    return int(value) if value is not None else None


def _set_version(conn: sa.Connection, version: int) -> None:
    table = models.Meta.__table__  # type: ignore[attr-defined]
    conn.execute(sa.delete(table).where(table.c.key == "schema_version"))
    conn.execute(sa.insert(table).values(key="schema_version", value=str(version)))


def _has_foreign_tables(conn: sa.Connection) -> bool:
    return bool(sa.inspect(conn).get_table_names())


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
