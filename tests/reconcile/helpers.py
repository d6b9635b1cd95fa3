"""Small panels built by hand for the reconciliation tests."""

from jury.reconcile.panel import CategoryInfo, Consensus, CriterionInfo, EntryInfo, Panel

KEYS = ("innovation", "transferability", "effectiveness")


def panel(
    table: dict[str, dict[str, tuple[float | None, ...]]],
    *,
    categories: dict[str, str] | None = None,
    recusals=(),
    consensus: tuple[Consensus, ...] = (),
    nominees: int = 3,
    weights: tuple[float, ...] = (1, 1, 1),
) -> Panel:
    """{juror: {entry: (innovation, transferability, effectiveness)}} → Panel."""
    jurors = list(table)
    entries = list(dict.fromkeys(e for scores in table.values() for e in scores))
    category_of = categories or {}
    rows = [
        (juror, entry, KEYS[k], value)
        for juror, scores in table.items()
        for entry, values in scores.items()
        for k, value in enumerate(values)
    ]
    cats = ([CategoryInfo(c, c, nominees) for c in dict.fromkeys(category_of.values())]
            or [CategoryInfo(None, "", nominees)])
    return Panel.build(
        [EntryInfo(e, f"Titel {e}", f"Bedrijf {e}", category_of.get(e)) for e in entries],
        jurors,
        [CriterionInfo(k, k, w) for k, w in zip(KEYS, weights, strict=True)],
        rows,
        categories=cats,
        recusals=recusals,
        consensus=consensus,
    )
