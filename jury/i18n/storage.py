"""The database: opening, creating and upgrading it."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "storage.not_a_url": (
        "{url} is geen databasepad of -adres. Gebruik een bestandspad zoals jury.db, of "
        "postgresql+psycopg://gebruiker:wachtwoord@server/database.",
        "{url} is not a database path or URL. Use a file path such as jury.db, or "
        "postgresql+psycopg://user:password@host/dbname.",
    ),
    "storage.no_postgres": (
        "Ondersteuning voor PostgreSQL is niet geïnstalleerd. Installeer haar met: "
        "pip install -e '.[postgres]'",
        "PostgreSQL support is not installed. Install it with: pip install -e '.[postgres]'",
    ),
    "storage.unsupported": (
        "Databases van het soort {kind} worden niet ondersteund: gebruik SQLite of PostgreSQL.",
        "{kind} databases are not supported: use SQLite or PostgreSQL.",
    ),
    "storage.no_such_database": (
        "{path}: deze database bestaat niet. Maak haar met 'jury init MAP' of noem een "
        "andere met --db.",
        "{path}: no such database. Create it with 'jury init FOLDER' or name another one "
        "with --db.",
    ),
    "storage.no_folder": ("{path}: de map {folder} bestaat niet.",
                          "{path}: the folder {folder} does not exist."),
    "storage.foreign_tables": (
        "{where} bevat tabellen die niet van een jurydatabase zijn. Gebruik een lege "
        "database of een andere --db.",
        "{where} holds tables that are not a jury database. Use an empty database or "
        "another --db.",
    ),
    "storage.newer": (
        "{where} is geschreven door een nieuwere versie van jury (schema {found}; deze kent "
        "{known}). Werk jury bij voordat je haar opent.",
        "{where} was written by a newer jury (schema {found}; this one knows {known}). "
        "Upgrade jury before opening it.",
    ),
    "storage.bad_version": (
        "{where} noemt als schemaversie {value}, en die schrijft geen enkele versie van jury: "
        "de database is beschadigd of geen jurydatabase. Controleer of --db de juiste noemt; "
        "zet haar terug uit een back-up als dat zo is.",
        "{where} says its schema version is {value}, which no jury writes: the database is "
        "damaged, or not a jury database. Check that --db names the right one; restore it "
        "from a backup if it is.",
    ),
}
