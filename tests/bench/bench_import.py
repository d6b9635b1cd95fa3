"""Entry import speed: `jury import` of CSV and XLSX against a floor measured in the same run.

Floor: csv.reader plus sqlite3.executemany of the same rows into the same table layout.
Targets: CSV import ≤ 3× the floor; XLSX import ≤ 2× the CSV import.
Run: python tests/bench/bench_import.py [--size 10000] [--tiny]
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import arguments, best_of, report, verdict  # noqa: E402

WORDS = ("installatie", "monteur", "zij-instromer", "coördinatie", "één", "café", "Zoë",
         "vakmanschap", "\"begeleiding\"", "diversiteit,", "inclusie;", "werkplaats", "mentor")


def generate(folder: Path, size: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    header = ["id", "categorie", "titel", "organisatie", "contactpersoon", "e-mail",
              "sector", "omschrijving"]
    rows = []
    for i in range(size):
        words = []
        while sum(len(w) + 1 for w in words) < 500:
            words.append(rng.choice(WORDS))
            if rng.random() < 0.03:
                words.append("\n")
        rows.append([f"E{i:05d}", rng.choice(["mkb", "groot"]), f"Initiatief {i}, \"deel\" één",
                     f"Bedrijf {i} B.V.", "Zoë de Vries", f"info{i}@bedrijf.example",
                     rng.choice(["energie", "installatie", "IT"]), " ".join(words)])
    csv_path = folder / "entries.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Inzendingen")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    xlsx_path = folder / "entries.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def floor(csv_path: Path, db: Path) -> None:
    """The least any importer must do: parse the CSV, insert the rows, commit."""
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE entry (id TEXT PRIMARY KEY, category_key TEXT, title TEXT, "
        "organisation TEXT, contact TEXT, email TEXT, description TEXT, extra JSON, "
        "withdrawn BOOLEAN, source TEXT, created_at DATETIME, updated_at DATETIME)"
    )
    with csv_path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        rows = [(r[0], r[1], r[2], r[3], r[4], r[5], r[7], json.dumps({"sector": r[6]}), False,
                 "entries.csv", "2026-01-01", "2026-01-01") for r in reader]
    conn.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()


def main() -> None:
    args = arguments(__doc__.splitlines()[0], default=10_000, tiny=200)
    from jury.award_settings import load_award_settings
    from jury.cli import open_services
    from jury.io.entries import CategoryChoice, read_entries
    from jury.services import Actor

    settings = load_award_settings(Path(__file__).resolve().parents[2] / "submissions"
                                   / "techniek-inclusief-2026")
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = generate(folder, args.size)
        state: dict = {}

        def fresh() -> None:
            for suffix in ("", "-wal", "-shm"):
                (folder / f"jury.db{suffix}").unlink(missing_ok=True)
            services = open_services(f"sqlite:///{folder / 'jury.db'}")
            services.award.setup(Actor.secretary(), settings)
            state["services"] = services

        def jury_import(path: Path) -> None:
            batch = read_entries([path], categories=choices)
            summary = state["services"].entries.import_entries(
                Actor.secretary(), batch.entries, sources=batch.sources)
            assert summary.new == args.size

        floor_s = best_of(args.repeat, lambda: floor(csv_path, folder / "floor.db"))
        csv_s = best_of(args.repeat, lambda: jury_import(csv_path), setup=fresh)
        xlsx_s = best_of(args.repeat, lambda: jury_import(xlsx_path), setup=fresh)
        reread_s = best_of(args.repeat, lambda: jury_import_again(state, csv_path, choices))

    print(f"bench_import: {args.size} entries, best of {args.repeat}")
    report([("floor (csv.reader + sqlite3.executemany)", floor_s, "s"),
            ("jury import entries.csv", csv_s, "s"),
            ("jury import entries.xlsx", xlsx_s, "s"),
            ("jury import entries.csv again (all unchanged)", reread_s, "s")])
    print(verdict("CSV import / floor", csv_s / floor_s, 3))
    print(verdict("XLSX import / CSV import", xlsx_s / csv_s, 2))


def jury_import_again(state: dict, path: Path, choices: list) -> None:
    from jury.io.entries import read_entries
    from jury.services import Actor

    batch = read_entries([path], categories=choices)
    state["services"].entries.import_entries(Actor.secretary(), batch.entries)


if __name__ == "__main__":
    main()
