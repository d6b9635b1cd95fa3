"""Reconciliation speed: the whole `jury results` computation, read from a database, against a
floor measured in the same run (one SQL query computing plain means and RANK()).

Targets: a realistic award (40 entries × 7 jurors, a few recusals) ≤ 0.5 s; a large one
(10,000 entries × 5 jurors × 3 criteria) ≤ 10× the floor. Bootstrap, leave-one-out, the spread
check and the chances (resampled jurors and perturbed weights) included; the large award draws
fewer times, and the figure is printed.
Run: python tests/bench/bench_reconcile.py [--size 10000] [--tiny]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import arguments, best_of, report, sample_award, verdict  # noqa: E402

FLOOR_SQL = """
SELECT entry_id, category_key, total,
       RANK() OVER (PARTITION BY category_key ORDER BY total DESC) AS place
FROM (SELECT s.entry_id, e.category_key, AVG(s.value) AS total
      FROM score s JOIN entry e ON e.id = s.entry_id
      WHERE s.value IS NOT NULL AND NOT e.withdrawn
      GROUP BY s.entry_id, e.category_key) AS means
"""


def build(path: Path, entries: int, jurors: int, recusals: int, seed: int):
    """An award database with seeded scores: entry quality + juror leniency + noise."""
    import sqlalchemy as sa

    from jury import repository
    from jury.models import EntryData, Score, utcnow

    services, actor = sample_award(path, [
        EntryData(f"E{i:05d}", f"Initiatief {i}", f"Bedrijf {i}", ("mkb", "groot")[i % 2])
        for i in range(entries)
    ])
    names = [f"Jurylid {j}" for j in range(jurors)]
    for name in names:
        services.jurors.add(actor, name, "1234")
    rng = np.random.default_rng(seed)
    quality = rng.uniform(4, 9, (entries, 3))
    leniency = rng.normal(0, 0.7, jurors)
    values = np.clip(np.round(quality[:, :, None] + leniency + rng.normal(0, 0.8,
                                                                          (entries, 3, jurors))),
                     1, 10)
    with services.award.reading() as session:
        juror_ids = {j.name: j.id for j in repository.jurors(session=session)}
        criterion_ids = [c.id for c in repository.criteria(session=session)]
    # A conflict of interest is declared before any score of that juror on that entry.
    recused = {(r % jurors, r * 3) for r in range(recusals)}
    for j, e in sorted(recused):
        services.scoring.declare_recusal(actor, names[j], f"E{e:05d}", "professional")
    now = utcnow()
    rows = [
        {"juror_id": juror_ids[names[j]], "entry_id": f"E{e:05d}",
         "criterion_id": criterion_ids[k], "value": float(values[e, k, j]), "note": "",
         "version": 1, "updated_at": now}
        for e in range(entries) for k in range(3) for j in range(jurors)
        if (j, e) not in recused
    ]
    # Bulk rows straight into the table: the benchmark measures reading, not writing.
    with services.engine.begin() as conn:
        conn.execute(sa.insert(Score.__table__), rows)
    return services


def main() -> None:
    args = arguments(__doc__.splitlines()[0], default=10_000, tiny=300)
    from jury.services import Actor
    from jury.services.results import ResultsService

    with tempfile.TemporaryDirectory() as tmp:
        realistic = build(Path(tmp) / "realistic.db", 40, 7, 3, seed=1)
        large = build(Path(tmp) / "large.db", args.size, 5, 20, seed=2)
        actor = Actor.secretary()

        def floor() -> None:
            with large.engine.connect() as conn:
                conn.exec_driver_sql(FLOOR_SQL).fetchall()

        realistic_s = best_of(args.repeat,
                              lambda: ResultsService(realistic.engine).compute(actor))
        floor_s = best_of(args.repeat, floor)
        large_s = best_of(args.repeat, lambda: ResultsService(large.engine).compute(actor))
        results = ResultsService(large.engine).compute(actor).results
        small = ResultsService(realistic.engine).compute(actor).results

    print(f"bench_reconcile: realistic 40 × 7; large {args.size} × 5 × 3; best of {args.repeat}")
    report([("realistic award, whole reconciliation", realistic_s, "s"),
            ("floor: SQL means + RANK() on the large award", floor_s, "s"),
            ("large award, whole reconciliation", large_s, "s")])
    print(f"  realistic award: {realistic_s:.3f} s (target ≤ 0.5 s) "
          f"{'ok' if realistic_s <= 0.5 else 'OVER TARGET'}")
    print(verdict("large award / floor", large_s / floor_s, 10))
    print(f"  ranked rows: {len(results.ranking)}; winner stable: "
          f"{results.robustness.winner_stable}")
    for name, found in (("realistic", small), ("large", results)):
        chances = found.chances
        kind = "every draw" if chances.exhaustive else "random draws"
        print(f"  chances, {name} award: {chances.draws} juror draws ({kind}; "
              f"{chances.asked} asked), {chances.weight_draws} weight draws")


if __name__ == "__main__":
    main()
