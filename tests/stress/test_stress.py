"""Eight juror processes × 200 writes, one SIGKILLed midway: every ack survives."""

import os

from .stress import run_stress

WRITES = int(os.environ.get("JURY_STRESS_WRITES", "200"))


def test_no_acknowledged_write_is_lost(db_url, tmp_path):
    report = run_stress(db_url, tmp_path, processes=8, writes=WRITES)
    print(report)
    assert report.problems == []
    assert report.integrity in ("ok", "n/a")
    assert report.acknowledged >= 7 * WRITES + WRITES // 2
    assert report.killed_after < WRITES
