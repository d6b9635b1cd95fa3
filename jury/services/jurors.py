"""The jury list: adding and removing jurors, PINs, signing in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from jury import limits, repository
from jury.errors import (
    ConflictError,
    JuryError,
    NotFoundError,
    PermissionDenied,
    SignInError,
)
from jury.i18n import Count, Message, Word
from jury.models import EntryNote, Juror, JurorRead, Recusal, Score, utcnow
from jury.names import AmbiguousName, clean_name, match_name, name_key
from jury.services import pins
from jury.services.base import Actor, Service, audit, require, require_award, retried

# Wrong PINs slow that name's sign-in down; they never lock anyone out, so nobody can keep the
# chair (or a juror) from signing in by typing wrong PINs on their name. The first
# FREE_FAILURES in a row cost nothing (typos happen); each later one doubles the wait, from
# 1 s up to MAX_WAIT. A quiet FORGET_AFTER since the last failure starts the count afresh.
FREE_FAILURES = 3
MAX_WAIT = timedelta(seconds=60)
FORGET_AFTER = timedelta(minutes=15)


@dataclass(frozen=True)
class Removal:
    name: str
    scores: int


class JurorService(Service):
    @retried
    def add(self, actor: Actor, name: str, pin: str, *, chair: bool = False) -> JurorRead:
        """Add a juror, stored under the cleaned name (see jury.names).

        Refused when the name differs from an existing juror's only in case, spacing or
        Unicode composition: a scores file or a sign-in could not tell the two apart.
        """
        require(actor, "secretary", "chair", because="jurors.who")
        name = clean_name(limits.check_line("juror", name, Message("what.juror_name")))
        if not name:
            raise JuryError("jurors.no_name", title="error.title.juror")
        if problem := pins.pin_problem(pin):
            raise JuryError("jurors.pin_refused", title="error.title.juror", name=name,
                            problem=problem)
        with self.transaction() as session:
            # Two terminals adding "Jan Juror" and "jan juror" at once take turns here (the
            # award row, on PostgreSQL; SQLite writers take turns anyway), so the check
            # below sees the other's name.
            repository.award(session=session, lock="update")
            twins = [j.name for j in repository.jurors(session=session)
                     if name_key(j.name) == name_key(name)]
            if name in twins:
                raise ConflictError("jurors.exists", name=name)
            if twins:
                raise ConflictError("jurors.twin", name=name, twin=twins[0])
            juror = Juror(name=name, role="chair" if chair else "juror",
                          pin_hash=pins.hash_pin(pin), created_at=utcnow())
            session.add(juror)
            audit(session, actor, "juror.added", name, new={"role": juror.role})
            return _read(juror)

    def list(self) -> list[JurorRead]:
        with self.reading() as session:
            return [_read(j) for j in repository.jurors(session=session)]

    @retried
    def remove(self, actor: Actor, name: str, *, force: bool = False) -> Removal:
        """Remove a juror; refused when they have scores, unless forced.

        Forcing deletes their scores, notes and recusals; the audit trail keeps every one.
        """
        require(actor, "secretary", "chair", because="jurors.who")
        with self.transaction() as session:
            juror = _find(session, name)
            name = juror.name
            n = repository.score_count(juror.id, session=session)  # type: ignore[arg-type]
            if n and require_award(session).phase == "final":
                raise PermissionDenied("jurors.final_scores", name=name)
            if n and not force:
                raise ConflictError("jurors.has_scores.one" if n == 1 else "jurors.has_scores",
                                    name=name, scores=Count(n, "score"))
            for model in (Score, EntryNote, Recusal):
                repository.delete_for_juror(model, juror.id, session=session)  # type: ignore[arg-type]
            session.delete(juror)
            audit(session, actor, "juror.removed", name,
                  old={"role": juror.role, "scores": n}, detail="forced" if force else "")
            return Removal(name, n)

    @retried
    def set_pin(self, actor: Actor, name: str, pin: str) -> None:
        require(actor, "secretary", "chair", because="jurors.who")
        if problem := pins.pin_problem(pin):
            raise JuryError("jurors.pin_refused", title="error.title.juror", name=name,
                            problem=problem)
        with self.transaction() as session:
            juror = _find(session, name)
            name = juror.name
            juror.pin_hash = pins.hash_pin(pin)
            juror.failed_signins = 0
            juror.locked_until = None
            session.add(juror)
            audit(session, actor, "juror.pin_changed", name)

    @retried
    def sign_in(self, name: str, pin: str, *, now: datetime | None = None) -> Actor:
        """Check a PIN. After FREE_FAILURES wrong ones in a row, each next attempt on that
        name must wait (wait_after); an attempt during the wait is refused without checking
        the PIN. The wait is stored on the juror, so every terminal and browser tab keeps it.
        An empty PIN is not an attempt. Every wrong PIN is in the audit trail."""
        now = now or utcnow()
        if not pin:
            raise SignInError("empty")
        with self.transaction() as session:
            # The row is held until commit: two terminals trying at once take turns, and the
            # second sees the first's failure and wait.
            juror = repository.juror_by_name(name, session=session, lock=True)
            if juror is None:
                raise SignInError("unknown", name=name)
            # locked_until holds the moment of the last failure plus its wait.
            next_try = juror.locked_until
            if next_try is not None and next_try > now:
                seconds = _whole_seconds(next_try - now)
                raise SignInError("wait", name=name, seconds=seconds)
            if next_try is not None and now - next_try > FORGET_AFTER:
                juror.failed_signins = 0
            actor = Actor(name=juror.name, role=juror.role)
            if pins.verify_pin(pin, juror.pin_hash):
                if juror.failed_signins or juror.locked_until is not None:
                    juror.failed_signins = 0
                    juror.locked_until = None
                    session.add(juror)
                return actor
            juror.failed_signins += 1
            wait = wait_after(juror.failed_signins)
            juror.locked_until = now + wait
            session.add(juror)
            seconds = _whole_seconds(wait)
            audit(session, actor, "signin.failed", name,
                  detail=f"{juror.failed_signins} in a row"
                         + (f"; next try after {seconds} s" if seconds else ""))
        if seconds:
            raise SignInError("wrong_wait", name=name, seconds=seconds)
        raise SignInError("wrong")


def wait_after(failures: int) -> timedelta:
    """The wait after `failures` wrong PINs in a row: none for the first FREE_FAILURES, then
    1 s, 2 s, 4 s, … doubling to MAX_WAIT."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    return min(MAX_WAIT, timedelta(seconds=2 ** min(failures - FREE_FAILURES - 1, 16)))


def _whole_seconds(span: timedelta) -> int:
    return max(0, math.ceil(span.total_seconds()))


def _find(session, name: str) -> Juror:
    return find_juror(session, name)


def find_juror(session: Session, name: str, *, lock: bool = False) -> Juror:
    """The juror a typed name means (jury.names.match_name): exact, or the one name equal
    ignoring case. Refused, naming the candidates, when case twins make it ambiguous."""
    juror = repository.juror_by_name(name, session=session, lock=lock)
    if juror is not None:
        return juror
    names = [j.name for j in repository.jurors(session=session)]
    try:
        found = match_name(name, names)
    except AmbiguousName as twins:
        shown = [repr(n) for n in twins.candidates]
        raise NotFoundError("jurors.ambiguous", name=name,
                            candidates=_either(shown)) from None
    if found is None:
        raise NotFoundError("jurors.unknown", name=name,
                            known=names or Word("service.none_yet"))
    juror = repository.juror_by_name(found, session=session, lock=lock)
    assert juror is not None
    return juror


def _either(names: list[str]) -> Any:
    """'A' or 'B' (or 'A', 'B' or 'C'), with the language's word for 'or'."""
    if len(names) == 1:
        return names[0]
    return Message("service.either", {"some": names[:-1], "last": names[-1]})


def _read(juror: Juror) -> JurorRead:
    return JurorRead(name=juror.name, role=juror.role, language=juror.language,
                     submitted_at=juror.submitted_at)
