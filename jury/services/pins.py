"""PIN hashing: scrypt with a per-juror salt (RFC 7914), compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from jury.i18n import Message

N, R, P = 2**14, 8, 1
MIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    """'scrypt$N$r$p$salt$hash', so the cost can rise later without breaking stored PINs."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    found = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
        dklen=len(digest) // 2,
    )
    return hmac.compare_digest(found.hex(), digest)


def pin_problem(pin: str) -> Message | None:
    """Why a new PIN is refused, or None."""
    if len(pin) < MIN_LENGTH:
        return Message("pin.problem.short", {"n": MIN_LENGTH})
    if pin.strip() != pin:
        return Message("pin.problem.space")
    return None


def new_pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"
