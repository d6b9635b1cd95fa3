"""The command line: its messages, help epilogues and errors; the file system's and the
database's failures in words."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    # The command line itself.
    "cli.no_input": (
        "De invoer hield op voordat de vraag beantwoord was. Start de opdracht in een "
        "terminal, of geef het antwoord als optie (zie --help).",
        "The input ended before the question was answered. Run the command in a terminal, "
        "or give the answer as an option (see --help).",
    ),
    "cli.file": (
        "{path}: {reason}. Controleer of het pad klopt en of je het mag lezen (of schrijven).",
        "{path}: {reason}. Check that the path is right and that you may read (or write) it.",
    ),
    "cli.memory": (
        "Niet genoeg geheugen hiervoor. Sluit andere programma's en probeer het opnieuw, of "
        "splits het bestand.",
        "Not enough memory for this. Close other programs and try again, or split the file.",
    ),
    "cli.interrupted": (
        "jury: gestopt met Ctrl-C; een wijziging die nog bezig was, is niet opgeslagen.",
        "jury: stopped by Ctrl-C; a change still under way was not saved.",
    ),
    "cli.not_award_folder": (
        "{folder}: dit is geen map. Noem de prijsmap waarin award.toml staat.",
        "{folder}: not a folder. Name the award folder that holds award.toml.",
    ),
    "cli.no_entry_files": (
        "{folder}: nog geen bestanden met inzendingen (.csv, .xlsx, .json of een map met .md).",
        "{folder}: no entry files (.csv, .xlsx, .json or a folder of .md) yet.",
    ),
    "cli.no_sample": (
        "De voorbeeldeditie {edition} staat niet in ./submissions.",
        "The sample edition {edition} was not found in ./submissions.",
    ),
    "cli.lang": ("--lang {language}: gebruik nl of en.", "--lang {language}: use nl or en."),
    "cli.languages": (
        "Taal: --lang nl|en of JURY_LANG (standaard de taal van de prijs). "
        "Language: --lang nl|en or JURY_LANG (default: the award's language).",
        "Language: --lang nl|en or JURY_LANG (default: the award's language). "
        "Taal: --lang nl|en of JURY_LANG (standaard de taal van de prijs).",
    ),
    "conflict": (("conflict", "conflicten"), ("conflict", "conflicts")),
    "cli.scoresheet.plan": (
        "Scoreformulier van {juror} (geschreven {written}): {new} nieuw, {changed} gewijzigd, "
        "{conflicts}, {unchanged} ongewijzigd.",
        "Scoresheet of {juror} (written {written}): {new} new, {changed} changed, "
        "{conflicts}, {unchanged} unchanged.",
    ),
    "cli.juror.removed": (
        "Verwijderd: {name} ({scores}; het logboek bewaart ze).",
        "Removed: {name} ({scores}; the audit trail keeps them).",
    ),
    "results.ordinal": ("ordinaal", "ordinal"),
    "results.weights_in": (
        "Gewichtsverandering die de genomineerden in {category} wijzigt:",
        "Weight change that alters the nominees in {category}:",
    ),
    "results.weights_all": (
        "Gewichtsverandering die de genomineerden wijzigt:",
        "Weight change that alters the nominees:",
    ),
    "serve.cannot_listen": (
        "Kan niet luisteren op {host}:{port}: {reason}. Een ander programma (of een andere "
        "'jury serve') gebruikt die poort misschien: kies een andere met --port.",
        "Cannot listen on {host}:{port}: {reason}. Another program (or another 'jury serve') "
        "may be using that port: choose another with --port.",
    ),
    # Writing a file (jury.io.target) and the feedback letters.
    "target.suffix.workbook": (
        "{path}: de werkmap heeft een naam nodig die eindigt op {suffix}.",
        "{path}: the workbook needs a name ending in {suffix}.",
    ),
    "target.suffix.document": (
        "{path}: het document heeft een naam nodig die eindigt op {suffix}.",
        "{path}: the document needs a name ending in {suffix}.",
    ),
    "target.is_folder": (
        "{path} is een map. Geef een bestandsnaam die eindigt op {suffix}.",
        "{path} is a folder. Give a file name ending in {suffix}.",
    ),
    "target.exists": (
        "{path} bestaat al. Kies een andere naam, of overschrijf het (--force).",
        "{path} exists already. Choose another name, or overwrite it (--force).",
    ),
    "target.no_folder": (
        "{folder}: deze map bestaat niet. Maak hem eerst, of kies een andere plek met -o.",
        "{folder}: no such folder. Create it first, or choose another place with -o.",
    ),
    "target.cannot_write_in": (
        "Kan niet schrijven in {folder}: {reason}. Kies een andere plek met -o.",
        "Cannot write in {folder}: {reason}. Choose another place with -o.",
    ),
    "target.file_not_folder": (
        "{folder} is een bestand, geen map. Verplaats het, of kies een andere plek met -o.",
        "{folder} is a file, not a folder. Move it, or choose another place with -o.",
    ),
    "target.cannot_create": (
        "Kan de map {folder} niet maken: {reason}. Maak hem zelf, of kies een andere plek "
        "met -o.",
        "Cannot create the folder {folder}: {reason}. Create it yourself, or choose another "
        "place with -o.",
    ),
    "target.cannot_write": (
        "Kan {path} niet schrijven: {reason}. Er is niets geschreven; maak ruimte vrij of kies "
        "een andere plek met -o.",
        "Cannot write {path}: {reason}. Nothing was written; free some space or choose "
        "another place with -o.",
    ),
    "letters.taken": (
        "In {folder} staan al brieven ({n} van de bestanden: {names}). Kies een andere map "
        "met -o, of overschrijf ze (--force).",
        "{folder} holds letters already ({n} of the files: {names}). Choose another folder "
        "with -o, or overwrite them (--force).",
    ),
    "letters.pdf_none": (
        "LibreOffice staat niet op deze computer, dus de brieven zijn alleen DOCX. "
        "Installeer het (libreoffice-writer) om ook PDF's te maken.",
        "LibreOffice is not on this machine, so the letters are DOCX only. "
        "Install it (libreoffice-writer) for PDFs too.",
    ),
    "letters.pdf_slow": (
        "LibreOffice deed te lang over de PDF's; de brieven zijn alleen DOCX.",
        "LibreOffice took too long to make the PDFs; the letters are DOCX only.",
    ),
    "letters.pdf_no_start": (
        "LibreOffice kon niet starten ({reason}); alleen DOCX.",
        "LibreOffice could not start ({reason}); DOCX only.",
    ),
    "letters.pdf_some": (
        "LibreOffice maakte {made} van de {total} PDF's ({said}); de brieven zijn alleen DOCX.",
        "LibreOffice made {made} of {total} PDFs ({said}); the letters are DOCX only.",
    ),
    "letters.no_output": ("geen uitvoer", "no output"),
    # The file system's reasons, by errno (the English as the system says it).
    "os.ENOENT": ("bestand of map bestaat niet", "no such file or directory"),
    "os.EACCES": ("geen toestemming", "permission denied"),
    "os.EPERM": ("handeling niet toegestaan", "operation not permitted"),
    "os.EROFS": ("het bestandssysteem is alleen-lezen", "read-only file system"),
    "os.ENOSPC": ("geen ruimte meer op de schijf", "no space left on device"),
    "os.EDQUOT": ("schijfquotum bereikt", "disk quota exceeded"),
    "os.EISDIR": ("dit is een map", "is a directory"),
    "os.ENOTDIR": ("een deel van het pad is geen map", "not a directory"),
    "os.EEXIST": ("bestaat al", "file exists"),
    "os.ENAMETOOLONG": ("de bestandsnaam is te lang", "file name too long"),
    "os.EMFILE": ("te veel open bestanden", "too many open files"),
    "os.EIO": ("invoer-/uitvoerfout", "input/output error"),
    "os.EADDRINUSE": ("het adres is al in gebruik", "address already in use"),
    "os.EADDRNOTAVAIL": ("dit adres is hier niet beschikbaar",
                         "cannot assign requested address"),
    "os.EINVAL": ("ongeldige waarde", "invalid argument"),
    # The database (jury.db_errors, jury.db).
    "db.the_database": ("de database", "the database"),
    "db.no_reason": ("geen reden gegeven", "no reason given"),
    "db.sqlite.unable to open database file": ("kan het databasebestand niet openen",
                                               "unable to open database file"),
    "db.sqlite.disk i/o error": ("schijffout bij lezen of schrijven", "disk I/O error"),
    "db.full": (
        "{where}: de database is vol, of de schijf heeft geen ruimte meer. Niets van deze "
        "wijziging is opgeslagen. Maak schijfruimte vrij en doe het opnieuw.",
        "{where}: the database is full, or the disk has no space left. Nothing of this change "
        "was saved. Free some disk space, then do it again.",
    ),
    "db.read_only": (
        "{where} is alleen-lezen: jury kan er geen wijzigingen in opslaan. Controleer of je "
        "naar het bestand en naar de map mag schrijven (SQLite schrijft er een -wal-bestand "
        "naast), of werk met een kopie die je mag wijzigen.",
        "{where} is read-only: jury cannot save changes to it. Check that you may write to the "
        "file and to its folder (SQLite writes a -wal file beside it), or work on a copy you "
        "may change.",
    ),
    "db.damaged": (
        "{where} is geen jurydatabase, of hij is beschadigd. Controleer of --db het juiste "
        "bestand noemt; is dat zo, zet het dan terug uit een back-up.",
        "{where} is not a jury database, or it is damaged. Check that --db names the right "
        "file; if it is the right one, restore it from a backup.",
    ),
    "db.locked": (
        "{where}: een ander programma hield de database te lang vast, en meerdere pogingen "
        "mislukten. Probeer het opnieuw; gebeurt het vaker, sluit dan het andere programma "
        "dat de database open heeft.",
        "{where}: another program held the database for too long, and several tries failed. "
        "Try again; if it keeps happening, close the other program that has the database open.",
    ),
    "db.cannot_open": (
        "{where}: het databasebestand kan niet worden geopend of gelezen ({reason}). "
        "Controleer of het een bestand is (geen map), of de map bestaat en of je beide mag "
        "lezen en schrijven.",
        "{where}: cannot open or read the database file ({reason}). Check that it is a file "
        "(not a folder), that its folder exists and that you may read and write both.",
    ),
    "db.pg.disk_full": (
        "{where}: de schijf van de databaseserver is vol. Niets van deze wijziging is "
        "opgeslagen. Vraag de beheerder ruimte vrij te maken en doe het dan opnieuw.",
        "{where}: the database server's disk is full. Nothing of this change was saved. "
        "Ask its administrator to free space, then do it again.",
    ),
    "db.pg.memory": (
        "{where}: de databaseserver heeft geen geheugen meer. Probeer het later opnieuw.",
        "{where}: the database server ran out of memory. Try again later.",
    ),
    "db.pg.connections": (
        "{where}: de databaseserver neemt geen verbindingen meer aan. Sluit andere sessies "
        "of probeer het later opnieuw.",
        "{where}: the database server accepts no more connections. Close other sessions or "
        "try again later.",
    ),
    "db.pg.read_only": (
        "{where} is alleen-lezen voor deze verbinding (een standby-server, of een gebruiker "
        "die alleen mag lezen). Verbind met de primaire server, als gebruiker die mag "
        "schrijven.",
        "{where} is read-only for this connection (a standby server, or a read-only user). "
        "Connect to the primary server with a user that may write.",
    ),
    "db.pg.contention": (
        "{where}: andere sessies bleven dezelfde gegevens wijzigen; meerdere pogingen "
        "mislukten. Probeer het opnieuw.",
        "{where}: other sessions kept changing the same data; several tries failed. "
        "Try again.",
    ),
    "db.pg.lock": (
        "{where}: een andere sessie hield de gegevens te lang vast. Probeer het opnieuw.",
        "{where}: another session held the data for too long. Try again.",
    ),
    "db.pg.shutdown": (
        "{where}: de databaseserver wordt afgesloten. Probeer het opnieuw zodra hij terug is.",
        "{where}: the database server is shutting down. Try again once it is back.",
    ),
    "db.pg.restart": (
        "{where}: de databaseserver start opnieuw op. Probeer het opnieuw zodra hij terug is.",
        "{where}: the database server is restarting. Try again once it is back.",
    ),
    "db.pg.starting": (
        "{where}: de databaseserver neemt nog geen verbindingen aan. Probeer het zo opnieuw.",
        "{where}: the database server is not accepting connections yet. Try again in "
        "a moment.",
    ),
    "db.pg.no_database": (
        "{where}: die database bestaat niet op de server. Controleer de databasenaam in --db "
        "(of JURY_DB), of maak hem eerst.",
        "{where}: that database does not exist on the server. Check the database name in "
        "--db (or JURY_DB), or create it first.",
    ),
    "db.pg.rights": (
        "{where}: de databasegebruiker mag dit niet. Vraag de beheerder van de server om de "
        "rechten, of verbind als eigenaar van de database.",
        "{where}: the database user may not do this. Ask the server's administrator for the "
        "rights, or connect as the database's owner.",
    ),
    "db.connect": (
        "{where}: geen verbinding met de databaseserver ({reason}). Controleer host, poort, "
        "databasenaam, gebruiker en wachtwoord in --db (of JURY_DB), en of de server draait.",
        "{where}: cannot connect to the database server ({reason}). Check the host, port, "
        "database name, user and password in --db (or JURY_DB), and that the server is "
        "running.",
    ),
    "db.bad_url": (
        "{url} is geen databasepad of -URL. Gebruik een bestandspad zoals jury.db, of "
        "postgresql+psycopg://gebruiker:wachtwoord@host/databasenaam.",
        "{url} is not a database path or URL. Use a file path such as jury.db, or "
        "postgresql+psycopg://user:password@host/dbname.",
    ),
    "db.no_postgres": (
        "Ondersteuning voor PostgreSQL is niet geïnstalleerd. Installeer die met: "
        "pip install -e '.[postgres]'",
        "PostgreSQL support is not installed. Install it with: pip install -e '.[postgres]'",
    ),
    "db.unsupported": (
        "{scheme}-databases worden niet ondersteund: gebruik SQLite of PostgreSQL.",
        "{scheme} databases are not supported: use SQLite or PostgreSQL.",
    ),
    "db.missing": (
        "{path}: deze database bestaat niet. Maak hem met 'jury init MAP' of noem een andere "
        "met --db.",
        "{path}: no such database. Create it with 'jury init FOLDER' or name another one "
        "with --db.",
    ),
    "db.no_folder": (
        "{path}: de map {folder} bestaat niet.",
        "{path}: the folder {folder} does not exist.",
    ),
    "db.foreign": (
        "{where} bevat tabellen die niet van een jurydatabase zijn. Gebruik een lege database "
        "of een andere --db.",
        "{where} holds tables that are not a jury database. Use an empty database or another "
        "--db.",
    ),
    "db.newer": (
        "{where} is geschreven door een nieuwere jury (schema {found}; deze kent {known}). "
        "Werk jury bij voordat je hem opent.",
        "{where} was written by a newer jury (schema {found}; this one knows {known}). "
        "Upgrade jury before opening it.",
    ),
    "db.bad_version": (
        "{where} noemt als schemaversie {value}, wat geen jury schrijft: de database is "
        "beschadigd, of geen jurydatabase. Controleer of --db de juiste noemt; zet hem terug "
        "uit een back-up als dat zo is.",
        "{where} says its schema version is {value}, which no jury writes: the database is "
        "damaged, or not a jury database. Check that --db names the right one; restore it "
        "from a backup if it is.",
    ),
}
