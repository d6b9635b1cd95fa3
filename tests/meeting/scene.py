"""A jury ready to meet: three jurors who scored, a chair, a conflict, nominees confirmed."""

from __future__ import annotations

from typing import Any

from jury.models import ScoreData
from jury.services import Actor

JURORS = ("Sanne Bakker", "Youssef El Amrani", "Priya Ramdin")
CHAIR = Actor("Marieke de Vries", "chair")
PIN = "2468"
CHAIR_PIN = "1357"
KEYS = ("innovation", "transferability", "effectiveness")


def juror(name: str) -> Actor:
    return Actor(name, "juror")


def meeting_ready(services: Any) -> dict[str | None, list[str]]:
    """Scores from three jurors, Priya recused on the mkb category's best entry, the
    deliberation open and every category's nominees confirmed. Returns the nominees."""
    secretary = Actor.secretary()
    for name in JURORS:
        services.jurors.add(secretary, name, PIN)
    services.jurors.add(secretary, CHAIR.name, CHAIR_PIN, chair=True)
    entries = [e.id for e in services.entries.list()]
    offsets = {"Sanne Bakker": 1, "Youssef El Amrani": -1, "Priya Ramdin": 0}
    rows = [ScoreData(name, entry, key, float(min(10, max(1, 5 + (n % 5) + offsets[name]))))
            for n, entry in enumerate(entries) for name in JURORS for key in KEYS]
    services.scoring.record_scores(secretary, rows)
    services.deliberation.change_phase(secretary, "deliberation", confirm_unsubmitted=True)
    report = services.results.compute(CHAIR)
    nominees = {c: list(choice.nominees_proposed) for c, choice in report.choices.items()}
    # Priya has a conflict on the mkb's first nominee: declared after scoring, her scores go.
    services.deliberation.change_phase(secretary, "scoring", reason="conflict found late")
    services.scoring.declare_recusal(secretary, "Priya Ramdin", nominees["mkb"][0],
                                     "professional", "former employer", clear_scores=True)
    services.deliberation.change_phase(secretary, "deliberation", confirm_unsubmitted=True)
    report = services.results.compute(CHAIR)
    nominees = {c: list(choice.nominees_proposed) for c, choice in report.choices.items()}
    for category, chosen in nominees.items():
        call = report.choices[category]
        services.deliberation.decide_category(CHAIR, category, "nominees", chosen,
                                              "as the ranking proposes" if call else "")
    return nominees
