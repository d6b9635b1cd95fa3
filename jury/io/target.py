"""Writing a file to where the user asked: private, whole or not at all, never over another.

Every file the tool writes (the ceremony workbook, a juror's scoresheet) holds scores, notes
and names, so it is created readable by its owner only (0600, like the database) from the
first byte: the mode is given to os.open, not fixed afterwards with chmod, and does not
depend on the umask.

The file is built in a private scratch folder beside the target (0700, named
`.jury-partial-<host>-<pid>-<random>`), which also holds the spreadsheet library's own
temporary parts, and is moved into place only when complete. A failure removes the scratch
folder; a process killed outright (SIGKILL, a power cut) cannot, so the next write into the
same folder removes scratch folders whose process is gone or that are older than
STALE_SECONDS.

Moving into place never replaces a file that appeared meanwhile unless the user asked to
overwrite: two exports in the same second get numbered names, never one over the other.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jury.errors import JuryError
from jury.i18n import STRINGS, Word

SCRATCH_PREFIX = ".jury-partial-"
STALE_SECONDS = 600
MAX_NUMBER = 999


@dataclass
class Draft:
    """Where to write (`file`, and `scratch` for a library's own temporaries), and, once
    the block ends, the `path` the file was moved to."""

    file: Path
    scratch: Path
    path: Path


# The English titles callers used to pass, and the catalogue title each one means.
_TITLES = {"Export": "error.title.export", "Minutes": "error.title.minutes",
           "Report": "error.title.report", "Scoresheet": "error.title.scoresheet",
           "Feedback": "error.title.feedback", "File": "error.title.file"}


def title_key(title: str) -> str:
    """A catalogue title key for `title`: a key as it is, a known English title mapped to its
    key (for callers that still pass the English word)."""
    return title if title in STRINGS else _TITLES.get(title, title)


def check_target(path: Path, *, force: bool, title: str, suffix: str = ".xlsx") -> None:
    """A name ending in `suffix` in an existing folder, not overwriting a file unless forced.
    `title` is the catalogue key of the error's title ("error.title.export")."""
    title = title_key(title)
    if path.suffix.lower() != suffix:
        what = "workbook" if suffix == ".xlsx" else "document"
        raise JuryError(f"target.suffix.{what}", title=title, path=str(path), suffix=suffix)
    if path.is_dir():
        raise JuryError("target.is_folder", title=title, path=str(path), suffix=suffix)
    if path.exists() and not force:
        raise JuryError("target.exists", title=title, path=str(path))
    if not path.parent.is_dir():
        raise JuryError("target.no_folder", title=title, folder=str(path.parent))
    # Try the folder now, before minutes of work: a read-only or special folder (/proc)
    # fails here with a clear message instead of after the workbook is built.
    probe = path.parent / f"{SCRATCH_PREFIX}{_host()}-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        probe.mkdir(mode=0o700)
        probe.rmdir()
    except OSError as error:
        raise JuryError("target.cannot_write_in", title=title, folder=str(path.parent),
                        reason=reason(error)) from None


def ensure_folder(folder: Path, *, title: str) -> None:
    """Create the exports folder when it is missing, readable by its owner only."""
    title = title_key(title)
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        if not folder.is_dir():
            raise JuryError("target.file_not_folder", title=title,
                            folder=str(folder)) from None
    except OSError as error:
        raise JuryError("target.cannot_create", title=title, folder=str(folder),
                        reason=reason(error)) from None


@contextmanager
def written_whole(path: Path, *, replace: bool, numbered: bool = False,
                  title: str = "error.title.export") -> Iterator[Draft]:
    """A private file to write; moved to `path` when the block succeeds, gone when it fails.

    replace: overwrite an existing `path` (the user said --force).
    numbered: `path` is a name the tool chose; when it is taken, use name-2, name-3, ….
    Otherwise a `path` that exists by the time the file is complete is an error.
    """
    title = title_key(title)
    folder = path.parent
    clear_stale(folder)
    try:
        scratch = Path(folder, f"{SCRATCH_PREFIX}{_host()}-{os.getpid()}-"
                               f"{secrets.token_hex(4)}")
        scratch.mkdir(mode=0o700)
        file = scratch / path.name
        os.close(os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise JuryError("target.cannot_write_in", title=title, folder=str(folder),
                        reason=reason(error)) from None
    draft = Draft(file=file, scratch=scratch, path=path)
    try:
        yield draft
        draft.path = _move_into_place(file, path, replace=replace, numbered=numbered,
                                      title=title)
    except Exception as error:
        cause = _os_error(error)
        if cause is None:
            raise
        raise JuryError("target.cannot_write", title=title, path=str(path),
                        reason=reason(cause)) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def write_private(path: Path, data: bytes, *, title: str = "error.title.file") -> Path:
    """Write `data` to `path` the same way (0600, whole, never over another file: a taken
    name gets a number); the folder is made when missing. Returns where it went."""
    ensure_folder(path.parent, title=title)
    with written_whole(path, replace=False, numbered=True, title=title) as draft:
        with open(draft.file, "wb") as stream:
            stream.write(data)
    return draft.path


def _move_into_place(file: Path, path: Path, *, replace: bool, numbered: bool,
                     title: str) -> Path:
    if replace:
        os.replace(file, path)
        return path
    for candidate in _candidates(path, numbered):
        try:
            # A hard link is created only if the name is free: no window in which another
            # export could be overwritten.
            os.link(file, candidate)
            return candidate
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                raise
            # A file system without hard links: check, then move (a small window).
            if candidate.exists():
                continue
            os.replace(file, candidate)
            return candidate
    raise JuryError("target.exists", title=title, path=str(path))


def _candidates(path: Path, numbered: bool) -> Iterator[Path]:
    yield path
    if numbered:
        for n in range(2, MAX_NUMBER + 1):
            yield path.with_name(f"{path.stem}-{n}{path.suffix}")


def free_name(path: Path) -> Path:
    """`path`, or the first of name-2, name-3, … that is not taken (for what is shown
    before writing; the write itself claims its name atomically)."""
    return next((p for p in _candidates(path, True) if not p.exists()), path)


def clear_stale(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove scratch folders left by a write that was killed; returns what was removed.

    Removed when its process on this machine has ended, or when it is older than
    STALE_SECONDS (a folder shared between machines, where the process cannot be checked).
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        found = list(folder.glob(f"{SCRATCH_PREFIX}*"))
    except OSError:
        return removed
    for scratch in found:
        try:
            old = now - scratch.lstat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if old or _ended_here(scratch.name):
            shutil.rmtree(scratch, ignore_errors=True)
            if not scratch.exists():
                removed.append(scratch)
    return removed


def _ended_here(name: str) -> bool:
    """Whether the scratch folder `name` belongs to a process on this machine that ended."""
    match = re.fullmatch(rf"{re.escape(SCRATCH_PREFIX)}(.+)-(\d+)-[0-9a-f]+", name)
    if match is None or match.group(1) != _host():
        return False
    pid = int(match.group(2))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _os_error(error: BaseException) -> OSError | None:
    """The file system's error behind `error` (a spreadsheet library wraps it in its own)."""
    if isinstance(error, OSError):
        return error
    for inner in (*error.args, error.__cause__, error.__context__):
        if isinstance(inner, OSError):
            return inner
    return None


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:32] or "host"


def reason(error: OSError) -> Word | str:
    """Why the file system refused, in the reader's language where the catalogue knows the
    error number; else the system's own words."""
    name = errno.errorcode.get(error.errno or 0, "")
    if f"os.{name}" in STRINGS:
        return Word(f"os.{name}")
    return (error.strerror or str(error)).lower()
