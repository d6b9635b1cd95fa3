"""One juror's terminal under load: write scores as fast as the service accepts them.

Run by the stress test as its own process. After each write the service acknowledged, one
line goes to the ack file and is fsync'ed: what the juror saw as 'opgeslagen'.
"""

from __future__ import annotations

import os
import sys
import time


def main(url: str, juror: str, writes: int, acks_path: str, entries: str, criteria: str,
         seed: int) -> None:
    from jury.services import Actor, Services
    from jury.services.scoring import StaleWriteError

    services = Services.open(url, create=False)
    actor = Actor(juror, "juror")
    keys = [(e, c) for e in entries.split(",") for c in criteria.split(",")]
    versions: dict[tuple[str, str], int] = {}
    values: dict[tuple[str, str], float] = {}
    step = seed
    with open(acks_path, "a", encoding="utf-8") as acks:
        done = 0
        while done < writes:
            step += 1
            key = keys[step % len(keys)]
            value = float((step * 7) % 10 + 1)
            if values.get(key) == value:
                value = value % 10 + 1
            try:
                saved = services.scoring.set_score(actor, key[0], key[1], value, f"stap {step}",
                                                   expected_version=versions.get(key, 0))
            except StaleWriteError as stale:
                # The other terminal got there first: take its version, write again.
                current = stale.current
                versions[key] = current[2] if current else 0
                values[key] = current[0] if current else None
                continue
            versions[key], values[key] = saved.version, value
            acks.write(f"{key[0]}\t{key[1]}\t{value:g}\t{saved.version}\t{time.time()}\n")
            acks.flush()
            os.fsync(acks.fileno())
            done += 1


if __name__ == "__main__":
    url, juror, writes, acks_path, entries, criteria, seed = sys.argv[1:]
    main(url, juror, int(writes), acks_path, entries, criteria, int(seed))
