"""Fixtures: a real database per test (SQLite, and PostgreSQL when one is configured)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "submissions" / "techniek-inclusief-2026"
PG_URL = os.environ.get("JURY_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs in its own folder with none of the user's jury settings."""
    for name in ("JURY_DB", "JURY_LANG", "JURY_SUBMISSIONS", "JURY_EXPORTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    # Wide enough that no printed message is wrapped mid-sentence in an assertion.
    monkeypatch.setenv("COLUMNS", "400")


def _pg_database() -> Iterator[str]:
    import sqlalchemy as sa

    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
    name = f"jury_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(PG_URL).set(database=name)  # type: ignore[arg-type]
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: the same test body runs on both databases."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jury.db'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL: set JURY_TEST_PG_URL to a server URL to run these tests")
    yield from _pg_database()


@pytest.fixture
def services(db_url: str):
    from jury.cli import open_services

    built = open_services(db_url)
    yield built
    built.engine.dispose()


@pytest.fixture
def award_folder(tmp_path: Path) -> Path:
    """A private copy of the sample edition, free to edit."""
    folder = tmp_path / "award"
    shutil.copytree(SAMPLE, folder)
    return folder


@pytest.fixture
def initialised(capsys, db_url, award_folder):
    """A database made by 'jury init' on the sample edition."""
    from .test_cli import run

    code, out, _ = run(capsys, "--db", db_url, "init", str(award_folder))
    assert code == 0, out
    return db_url


@pytest.fixture
def settings():
    from jury.award_settings import load_award_settings

    return load_award_settings(SAMPLE / "award.toml")


@pytest.fixture
def secretary():
    from jury.services import Actor

    return Actor.secretary()


@pytest.fixture
def award(services, settings, secretary):
    """The sample award with its entries, no jurors yet."""
    from jury.io.entries import CategoryChoice, read_entries

    services.award.setup(secretary, settings)
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    batch = read_entries([SAMPLE / "entries.csv"], categories=choices)
    services.entries.import_entries(secretary, batch.entries, sources=batch.sources)
    return services


def snapshot(engine) -> dict[str, list[tuple]]:
    """Every row of every table, for 'the database is exactly as it was'."""
    import sqlalchemy as sa

    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {
            name: sorted(tuple(map(repr, row)) for row in conn.execute(sa.select(table)))
            for name, table in meta.tables.items()
        }


def sample_award(url: str, *jurors: str, pin: str = "2468"):
    """Services on `url` holding the sample edition and the named jurors (one PIN for all)."""
    from jury.award_settings import load_award_settings
    from jury.cli import open_services
    from jury.io.entries import CategoryChoice, read_entries
    from jury.services import Actor

    settings = load_award_settings(SAMPLE / "award.toml")
    services = open_services(url)
    secretary = Actor.secretary()
    services.award.setup(secretary, settings)
    choices = [CategoryChoice(c.key, (c.label_nl, c.label_en)) for c in settings.categories]
    services.entries.import_entries(
        secretary, read_entries([SAMPLE / "entries.csv"], categories=choices).entries)
    for name in jurors:
        services.jurors.add(secretary, name, pin)
    return services


KEYS = ("innovation", "transferability", "effectiveness")
JURORS = ("Sanne Bakker", "Youssef El Amrani", "Priya Ramdin")


@pytest.fixture
def scored(award, secretary):
    """Three jurors who scored every entry; Youssef is strict, Sanne generous."""
    from jury.models import ScoreData

    for name in JURORS:
        award.jurors.add(secretary, name, "1234")
    entries = [e.id for e in award.entries.list()]
    offsets = {"Sanne Bakker": 1, "Youssef El Amrani": -1, "Priya Ramdin": 0}
    rows = [
        ScoreData(name, entry, key, float(min(10, max(1, 5 + (n % 4) + offsets[name]))))
        for n, entry in enumerate(entries) for name in JURORS for key in KEYS
    ]
    award.scoring.record_scores(secretary, rows)
    return award


# The tests that start other programs (a browser, tmux, LibreOffice, a second `jury`) or
# hammer the database: `pytest -m "not slow"` is the quick inner loop; CI runs them all.
SLOW = ("tests/stress/", "tests/web/", "tests/tui/test_terminal.py",
        "tests/test_ceremony_print.py", "tests/tui/test_snapshots.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.fspath)).relative_to(REPO).as_posix()
        if where.startswith(SLOW):
            item.add_marker(pytest.mark.slow)
