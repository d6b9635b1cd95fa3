"""What the reliability figures mean for this jury's decision, as codes for jury.i18n.

The pure layer says which band a figure falls in and why a figure is missing; the sentences
a chair reads, in Dutch and English, live in jury.i18n under 'reading.<measure>.<code>'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jury.reconcile.reliability import Reliability


@dataclass(frozen=True)
class Reading:
    """One figure of the total's reliability: measure ('alpha', 'icc', 'w', 'leave_one_out'),
    its band or the reason it is missing (code), its value, and the jurors it names."""

    measure: str
    code: str
    value: float | None = None
    jurors: tuple[str, ...] = ()


def readings(total: Reliability, leave_one_out: Iterable[Any],
             winners: dict[str | None, str | None]) -> tuple[Reading, ...]:
    """The four readings of the jury's total: Krippendorff's alpha (agreement on the scores),
    ICC(A,k) (how reliable the panel's mean is), Kendall's W (agreement on the order) and
    leave-one-juror-out (whether any one juror decides a winner)."""
    icc = total.icc.get("ICC(A,k)")
    deciding = tuple(dict.fromkeys(loo.without for loo in leave_one_out
                                   if loo.winner != winners.get(loo.category)))
    return (
        Reading("alpha", total.bands.get("alpha") or "too_few", total.alpha_interval),
        Reading("icc", total.bands.get("icc") or "none", icc),
        Reading("w", total.bands.get("w") or "none", total.kendall_w),
        Reading("leave_one_out", "depends" if deciding else "stable", None, deciding),
    )
