"""A ready-made demo award: fictional jurors with seeded, realistic scores and notes.

The jurors differ in leniency, one declares a conflict of interest, the jury is split on one
entry, and one juror has not finished: everything the chair's screens are meant to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from jury import repository
from jury.award_settings import AwardSettings
from jury.models import EntryData, ScoreData
from jury.services.award import AwardService
from jury.services.base import Actor, Service, retried
from jury.services.entries import EntryService
from jury.services.jurors import JurorService
from jury.services.pins import new_pin
from jury.services.scoring import ScoringService

SEED = 2026
CHAIR = "Marieke Hoekstra"
# (name, leniency in scale points): who scores generously and who strictly.
JURORS = (
    ("Sanne Bakker", 0.9),
    ("Youssef El Amrani", -0.8),
    ("Ingrid Jansen-Kok", 0.2),
    ("Priya Ramdin", -0.2),
    ("Thomas van Dijk", 0.4),
)
UNFINISHED = "Thomas van Dijk"
RECUSING = (
    "Ingrid Jansen-Kok", "professional", "Heeft tot 2025 als adviseur voor dit bedrijf gewerkt."
)

NOTES = {
    "high": (
        "Sterk en goed onderbouwd met cijfers.",
        "Overtuigend: de aanpak is doordacht en meetbaar.",
        "Onderscheidend in de sector, echt iets nieuws.",
        "Goed uitgewerkt, andere bedrijven kunnen hiermee direct aan de slag.",
    ),
    "mid": (
        "Sympathiek, maar het effect is nog beperkt aangetoond.",
        "Degelijk, niet heel vernieuwend.",
        "Mooi initiatief; ik mis cijfers over de langere termijn.",
        "Toepasbaar, al vraagt het veel begeleiding.",
    ),
    "low": (
        "Vooral goed werkgeverschap, minder specifiek gericht op diversiteit.",
        "Te weinig onderbouwing van het resultaat.",
        "Nog erg pril; kom volgend jaar terug.",
    ),
}
# Notes for the entrant (the feedback letters), by how the score went.
FOR_ENTRANT = {
    "high": (
        "Sterk punt: de resultaten zijn meetbaar en goed vastgelegd.",
        "Sterk punt: de aanpak is zo beschreven dat anderen hem kunnen overnemen.",
    ),
    "mid": (
        "Verbeterpunt: laat met cijfers zien wat het oplevert, ook na een jaar.",
        "Verbeterpunt: beschrijf welke stappen een ander bedrijf zelf moet zetten.",
    ),
    "low": (
        "Verbeterpunt: richt de aanpak specifieker op diversiteit en inclusie.",
        "Verbeterpunt: onderbouw het resultaat met gegevens van de werkvloer.",
    ),
}
OVERALL = (
    "Een inspirerend voorbeeld voor de branche.",
    "Verdient een nominatie vanwege de meetbare resultaten.",
    "Goede aanpak, maar de jury wil meer zien van het effect op de werkvloer.",
    "Laat zien dat ook een klein bedrijf het verschil kan maken.",
    "Consequent doorgevoerd; de cijfers spreken voor zich.",
)


@dataclass(frozen=True)
class DemoResult:
    created: bool
    pins: dict[str, str]


class DemoService(Service):
    @retried
    def build(
        self,
        settings: AwardSettings,
        entries: list[EntryData],
        *,
        pins: dict[str, str] | None = None,
    ) -> DemoResult:
        """Build the demo once; on a database that already holds it, reuse it unchanged."""
        with self.reading() as session:
            if repository.award(session=session) is not None and repository.jurors(session=session):
                return DemoResult(created=False, pins={})
        actor = Actor.secretary()
        AwardService(self.engine).setup(actor, settings, source="demo")
        EntryService(self.engine).import_entries(actor, entries, sources=["demo"])
        chosen = dict(pins or {})
        jurors = JurorService(self.engine)
        for name in (CHAIR, *(n for n, _ in JURORS)):
            chosen.setdefault(name, new_pin())
            jurors.add(actor, name, chosen[name], chair=name == CHAIR)
        scoring = ScoringService(self.engine)
        rows, recusal, overall = demo_scores(settings, entries)
        scoring.record_scores(actor, rows, source="demo")
        scoring.declare_recusal(actor, *recusal)
        for juror, entry_id, note in overall:
            scoring.set_entry_note(actor, juror, entry_id, note)
        for name, _ in JURORS:
            if name != UNFINISHED:
                scoring.submit(actor, name)
        return DemoResult(created=True, pins=chosen)


def demo_scores(
    settings: AwardSettings, entries: list[EntryData]
) -> tuple[list[ScoreData], tuple[str, str, str, str], list[tuple[str, str, str]]]:
    """Seeded scores: entry quality + juror leniency + noise, rounded onto the scale."""
    rng = random.Random(SEED)
    # A stream of its own for the notes for the entrant: the scores stay as they always were.
    feedback_rng = random.Random(SEED + 1)
    scale = settings.scale
    keys = [c.key for c in settings.criteria]
    ordered = sorted(entries, key=lambda e: e.id)
    quality = {e.id: {k: rng.uniform(4.5, 8.5) for k in keys} for e in ordered}
    split = ordered[len(ordered) // 3].id
    recused_entry = ordered[1].id
    rows: list[ScoreData] = []
    overall: list[tuple[str, str, str]] = []
    for position, (name, leniency) in enumerate(JURORS):
        for number, entry in enumerate(ordered):
            if name == RECUSING[0] and entry.id == recused_entry:
                continue
            if name == UNFINISHED and number >= len(ordered) * 2 // 3:
                continue
            for key in keys:
                raw = quality[entry.id][key] + leniency + rng.gauss(0, 0.6)
                if entry.id == split and key == keys[-1]:
                    raw = (scale.min + 2, scale.max - 1, scale.min + 3, scale.max, 6)[position]
                value = _on_scale(raw, settings)
                band = "high" if value >= 8 else "mid" if value >= 6 else "low"
                note = rng.choice(NOTES[band]) if rng.random() < 0.35 else ""
                entrant = (feedback_rng.choice(FOR_ENTRANT[band])
                           if feedback_rng.random() < 0.3 else "")
                rows.append(ScoreData(name, entry.id, key, value, note, entrant))
            if rng.random() < 0.4:
                overall.append((name, entry.id, rng.choice(OVERALL)))
    recusal = (RECUSING[0], recused_entry, RECUSING[1], RECUSING[2])
    return rows, recusal, overall


def _on_scale(raw: float, settings: AwardSettings) -> float:
    scale = settings.scale
    stepped = round((raw - scale.min) / scale.step) * scale.step + scale.min
    return min(scale.max, max(scale.min, stepped))
