"""Helpers the benchmarks share: argument parsing, timing, and printing figures."""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def arguments(description: str, default: int, tiny: int) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--size", type=int, default=default, help=f"entries (default {default})")
    parser.add_argument("--tiny", action="store_true", help=f"{tiny} entries: a smoke run for CI")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts")
    args = parser.parse_args()
    if args.tiny:
        args.size, args.repeat = tiny, 1
    return args


def best_of(
    repeat: int, run: Callable[[], object], setup: Callable[[], object] | None = None
) -> float:
    """The fastest of `repeat` runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def sample_award(path: Path, entries: list[Any]) -> tuple[Any, Any]:
    """Services on a new SQLite file holding the sample edition's settings and `entries`,
    and the secretary who set it up."""
    from jury.award_settings import load_award_settings
    from jury.cli import open_services
    from jury.services import Actor

    settings = load_award_settings(Path(__file__).resolve().parents[2] / "submissions"
                                   / "techniek-inclusief-2026")
    services = open_services(f"sqlite:///{path}")
    actor = Actor.secretary()
    services.award.setup(actor, settings)
    services.entries.import_entries(actor, entries)
    return services, actor


def report(rows: list[tuple[str, float, str]]) -> None:
    width = max(len(name) for name, _, _ in rows)
    for name, value, unit in rows:
        print(f"  {name:<{width}}  {value:10.3f} {unit}")


def verdict(name: str, ratio: float, target: float) -> str:
    mark = "ok" if ratio <= target else "OVER TARGET"
    return f"  {name}: {ratio:.2f}× (target ≤ {target:g}×) {mark}"
