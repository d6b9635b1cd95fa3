"""Run-time settings: where the database is, which language, which folders.

Read once by the CLI (the composition root) and passed down; nothing else reads the
environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "jury.db"
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Settings:
    database: str = DEFAULT_DB
    language: str | None = None
    submissions_dir: Path = Path("submissions")
    exports_dir: Path = Path("exports")

    @classmethod
    def from_env(cls, database: str | None = None, language: str | None = None) -> Settings:
        """Command-line values win over JURY_DB / JURY_LANG, which win over the defaults."""
        return cls(
            database=database or os.environ.get("JURY_DB") or DEFAULT_DB,
            language=language or os.environ.get("JURY_LANG") or None,
            submissions_dir=Path(os.environ.get("JURY_SUBMISSIONS", "submissions")),
            exports_dir=Path(os.environ.get("JURY_EXPORTS", "exports")),
        )

    @property
    def database_url(self) -> str:
        return database_url(self.database)


def database_url(value: str) -> str:
    """A plain path means a SQLite file; anything with '://' is an SQLAlchemy URL."""
    if "://" in value:
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value
    return f"sqlite:///{Path(value).expanduser()}"
