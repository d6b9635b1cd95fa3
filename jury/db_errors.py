"""What a database failure means for the user: what is wrong and what to do, in words.

The command line and the screens show these instead of the driver's error, which carries the
SQL statement and, on PostgreSQL, row values (an e-mail address in a unique-key DETAIL, say).
Only failures the user can act on are explained (a full disk, a read-only or damaged file,
a server that is down, a lock held too long); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from jury.errors import StorageError

# SQLite's own messages (sqlite3 exceptions carry no code we could match on in Python 3.11).
_SQLITE = (
    (("database or disk is full",),
     "{where}: the database is full, or the disk has no space left. Nothing of this change "
     "was saved. Free some disk space, then do it again."),
    (("readonly database", "read-only"),
     "{where} is read-only: jury cannot save changes to it. Check that you may write to the "
     "file and to its folder (SQLite writes a -wal file beside it), or work on a copy you "
     "may change."),
    (("file is not a database", "malformed", "file is encrypted", "not a database"),
     "{where} is not a jury database, or it is damaged. Check that --db names the right "
     "file; if it is the right one, restore it from a backup."),
    (("database is locked", "database is busy", "database table is locked"),
     "{where}: another program held the database for too long, and several tries failed. "
     "Try again; if it keeps happening, close the other program that has the database open."),
    (("unable to open database file", "disk i/o error", "cannot open"),
     "{where}: cannot open or read the database file ({reason}). Check that it is a file "
     "(not a folder), that its folder exists and that you may read and write both."),
)

# PostgreSQL, by SQLSTATE class or code.
_POSTGRES = {
    "53100": "{where}: the database server's disk is full. Nothing of this change was saved. "
             "Ask its administrator to free space, then do it again.",
    "53200": "{where}: the database server ran out of memory. Try again later.",
    "53300": "{where}: the database server accepts no more connections. Close other "
             "sessions or try again later.",
    "25006": "{where} is read-only for this connection (a standby server, or a read-only "
             "user). Connect to the primary server with a user that may write.",
    "40001": "{where}: other sessions kept changing the same data; several tries failed. "
             "Try again.",
    "40P01": "{where}: other sessions kept changing the same data; several tries failed. "
             "Try again.",
    "55P03": "{where}: another session held the data for too long. Try again.",
    "57P01": "{where}: the database server is shutting down. Try again once it is back.",
    "57P02": "{where}: the database server is restarting. Try again once it is back.",
    "57P03": "{where}: the database server is not accepting connections yet. Try again in "
             "a moment.",
    "3D000": "{where}: that database does not exist on the server. Check the database "
             "name in --db (or JURY_DB), or create it first.",
    "42501": "{where}: the database user may not do this. Ask the server's administrator "
             "for the rights, or connect as the database's owner.",
}
_CONNECT = ("{where}: cannot connect to the database server ({reason}). Check the host, "
            "port, database name, user and password in --db (or JURY_DB), and that the "
            "server is running.")


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
    state = getattr(original, "sqlstate", None)
    if state is None and type(original).__module__.startswith("sqlite3"):
        lowered = text.lower()
        for needles, message in _SQLITE:
            if any(needle in lowered for needle in needles):
                return StorageError(message.format(where=where, reason=text))
        return None
    if state in _POSTGRES:
        return StorageError(_POSTGRES[state].format(where=where))
    if state is not None and state[:2] in ("08", "28"):
        return StorageError(_CONNECT.format(where=where, reason=text))
    if error.connection_invalidated or (state is None and error.statement is None) or (
            state is None and type(original).__name__ in ("OperationalError",
                                                          "InterfaceError")):
        # No server answer at all (refused, unknown host, dropped): the driver's own first
        # line names the host and port, never a row.
        return StorageError(_CONNECT.format(where=where, reason=text))
    return None


def _first_line(error: BaseException | None) -> str:
    primary = getattr(getattr(error, "diag", None), "message_primary", None)
    text = primary or str(error or "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # psycopg: 'connection failed: connection to server at "h", port p failed: FATAL: …'
    return " ".join(lines[:2]).rstrip(".") if lines else "no reason given"
