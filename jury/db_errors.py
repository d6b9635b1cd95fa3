"""What a database failure means for the user: what is wrong and what to do, in words.

The command line and the screens show these instead of the driver's error, which carries the
SQL statement and, on PostgreSQL, row values (an e-mail address in a unique-key DETAIL, say).
Only failures the user can act on are explained (a full disk, a read-only or damaged file,
a server that is down, a lock held too long); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import Any

from jury.errors import StorageError
from jury.i18n import STRINGS, Word

# SQLite's own messages (sqlite3 exceptions carry no code we could match on in Python 3.11).
_SQLITE = (
    (("database or disk is full",), "db.full"),
    (("readonly database", "read-only"), "db.read_only"),
    (("file is not a database", "malformed", "file is encrypted", "not a database"),
     "db.damaged"),
    (("database is locked", "database is busy", "database table is locked"), "db.locked"),
    (("unable to open database file", "disk i/o error", "cannot open"), "db.cannot_open"),
)

# PostgreSQL, by SQLSTATE class or code.
_POSTGRES = {
    "53100": "db.pg.disk_full",
    "53200": "db.pg.memory",
    "53300": "db.pg.connections",
    "25006": "db.pg.read_only",
    "40001": "db.pg.contention",
    "40P01": "db.pg.contention",
    "55P03": "db.pg.lock",
    "57P01": "db.pg.shutdown",
    "57P02": "db.pg.restart",
    "57P03": "db.pg.starting",
    "3D000": "db.pg.no_database",
    "42501": "db.pg.rights",
}
_CONNECT = "db.connect"

# What the screens pass as `where` when they name no file: said in the reader's language.
_SAID = {"the database": Word("db.the_database")}


def storage_problem(error: BaseException, where: str) -> StorageError | None:
    """The failure explained for the user, or None when it is not one they caused.

    `where` names the database without its password. The message never holds the SQL or
    its parameters: only the driver's first line for a failed connection (host, port,
    database name), which holds no row data.
    """
    from sqlalchemy.exc import DBAPIError

    if not isinstance(error, DBAPIError):
        return None
    original = error.orig
    text = _first_line(original)
    named: Any = _SAID.get(where, where)
    reason: Any = text or Word("db.no_reason")
    if f"db.sqlite.{text.lower()}" in STRINGS:
        reason = Word(f"db.sqlite.{text.lower()}")
    state = getattr(original, "sqlstate", None)
    if state is None and type(original).__module__.startswith("sqlite3"):
        lowered = text.lower()
        for needles, key in _SQLITE:
            if any(needle in lowered for needle in needles):
                return StorageError(key, where=named, reason=reason)
        return None
    if state in _POSTGRES:
        return StorageError(_POSTGRES[state], where=named)
    if state is not None and state[:2] in ("08", "28"):
        return StorageError(_CONNECT, where=named, reason=reason)
    if error.connection_invalidated or (state is None and error.statement is None) or (
            state is None and type(original).__name__ in ("OperationalError",
                                                          "InterfaceError")):
        # No server answer at all (refused, unknown host, dropped): the driver's own first
        # line names the host and port, never a row.
        return StorageError(_CONNECT, where=named, reason=reason)
    return None


def _first_line(error: BaseException | None) -> str:
    primary = getattr(getattr(error, "diag", None), "message_primary", None)
    text = primary or str(error or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # psycopg: 'connection failed: connection to server at "h", port p failed: FATAL: …'
    return " ".join(lines[:2]).rstrip(".") if lines else ""


def database_name(url: str) -> str:
    """A database URL as messages name it: a SQLite file by its path, a server without its
    password, and an unreadable URL as 'the database' (said in the reader's language by
    storage_problem)."""
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "the database"
