"""Who is acting: kept free of imports so the screens can name an actor before the database
layer has loaded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The secretary at the command line, the chair, or a juror."""

    name: str
    role: str

    @classmethod
    def secretary(cls) -> Actor:
        return cls(name="secretary", role="secretary")

    @property
    def label(self) -> str:
        return self.name if self.role == "secretary" else f"{self.role}:{self.name}"
