"""Writing a workbook to where the user asked, whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jury.errors import JuryError


def check_target(path: Path, *, force: bool, title: str) -> None:
    """An .xlsx name in an existing folder, not overwriting a file unless forced."""
    if path.suffix.lower() != ".xlsx":
        raise JuryError(f"{path}: the workbook needs a name ending in .xlsx.", title=title)
    if path.exists() and not force:
        raise JuryError(f"{path} exists already. Choose another name, or overwrite it "
                        "(--force).", title=title)
    if not path.parent.is_dir():
        raise JuryError(f"{path.parent}: no such folder.", title=title)


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """A temporary name beside `path`: moved into place when the block succeeds, removed
    when it fails, so a reader never finds half a workbook."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        yield temporary
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
