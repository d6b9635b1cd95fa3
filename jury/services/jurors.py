"""The jury list: adding and removing jurors, PINs, signing in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from jury import repository
from jury.errors import ConflictError, JuryError, NotFoundError, PermissionDenied
from jury.models import EntryNote, Juror, JurorRead, Recusal, Score, utcnow
from jury.services import pins
from jury.services.base import Actor, Service, audit, require_award, retried

LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=5)


class SignInError(JuryError):
    """Why a sign-in failed; `reason` and `values` let the screen say it in the juror's
    language (unknown, wait, locked, wrong)."""

    title = "Sign-in"

    def __init__(self, message: str, reason: str, **values: object) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class Removal:
    name: str
    scores: int


class JurorService(Service):
    @retried
    def add(self, actor: Actor, name: str, pin: str, *, chair: bool = False) -> JurorRead:
        _require_secretary(actor)
        name = " ".join(name.split())
        if not name:
            raise JuryError("A juror needs a name.", title="Juror")
        if problem := pins.pin_problem(pin):
            raise JuryError(f"PIN for {name} refused: {problem}.", title="Juror")
        with self.transaction() as session:
            if repository.juror_by_name(name, session=session) is not None:
                raise ConflictError(f"A juror named {name!r} already exists. "
                                    "Use another name, or 'jury jurors pin' for a new PIN.")
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
        _require_secretary(actor)
        with self.transaction() as session:
            juror = _find(session, name)
            n = repository.score_count(juror.id, session=session)  # type: ignore[arg-type]
            if n and require_award(session).phase == "final":
                raise PermissionDenied(f"The award is final: {name}'s scores are part of the "
                                       "result and stay.")
            if n and not force:
                raise ConflictError(
                    f"{name} has {n} score(s). Removing them loses those scores from the "
                    "ranking; add --force to do it anyway (the audit trail keeps them)."
                )
            for model in (Score, EntryNote, Recusal):
                repository.delete_for_juror(model, juror.id, session=session)  # type: ignore[arg-type]
            session.delete(juror)
            audit(session, actor, "juror.removed", name,
                  old={"role": juror.role, "scores": n}, detail="forced" if force else "")
            return Removal(name, n)

    @retried
    def set_pin(self, actor: Actor, name: str, pin: str) -> None:
        _require_secretary(actor)
        if problem := pins.pin_problem(pin):
            raise JuryError(f"PIN for {name} refused: {problem}.", title="Juror")
        with self.transaction() as session:
            juror = _find(session, name)
            juror.pin_hash = pins.hash_pin(pin)
            juror.failed_signins = 0
            juror.locked_until = None
            session.add(juror)
            audit(session, actor, "juror.pin_changed", name)

    @retried
    def sign_in(self, name: str, pin: str, *, now: datetime | None = None) -> Actor:
        """Check a PIN. Five wrong ones lock the juror out for five minutes; each is audited."""
        now = now or utcnow()
        with self.transaction() as session:
            juror = repository.juror_by_name(name, session=session)
            if juror is None:
                raise SignInError(f"No juror named {name!r}.", "unknown", name=name)
            if juror.locked_until is not None and juror.locked_until > now:
                wait = max(1, int((juror.locked_until - now).total_seconds() // 60) + 1)
                raise SignInError(f"Too many wrong PINs: {name} can try again in "
                                  f"{wait} minute{'s' if wait != 1 else ''}.", "wait",
                                  name=name, minutes=wait)
            actor = Actor(name=juror.name, role=juror.role)
            if pins.verify_pin(pin, juror.pin_hash):
                juror.failed_signins = 0
                juror.locked_until = None
                session.add(juror)
                return actor
            juror.failed_signins += 1
            locked = juror.failed_signins >= LOCKOUT_AFTER
            if locked:
                juror.locked_until = now + LOCKOUT_FOR
                juror.failed_signins = 0
            session.add(juror)
            audit(session, actor, "signin.failed", name,
                  detail="locked for 5 minutes" if locked else "")
        if locked:
            raise SignInError(f"Wrong PIN, five times: {name} is locked out for five minutes.",
                              "locked", name=name)
        raise SignInError("Wrong PIN. Try again.", "wrong")


def _require_secretary(actor: Actor) -> None:
    if actor.role not in ("secretary", "chair"):
        raise PermissionDenied("Only the secretary or the chair can change the jury list.")


def _find(session, name: str) -> Juror:
    juror = repository.juror_by_name(name, session=session)
    if juror is None:
        known = ", ".join(j.name for j in repository.jurors(session=session)) or "none yet"
        raise NotFoundError(f"No juror named {name!r}. The jurors are: {known}.")
    return juror


def _read(juror: Juror) -> JurorRead:
    return JurorRead(name=juror.name, role=juror.role, language=juror.language,
                     submitted_at=juror.submitted_at)
