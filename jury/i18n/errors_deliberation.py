"""Errors from the deliberation: phases, decisions, the record; and the words they use."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "phase.unsubmitted.one": (
        "{names} heeft nog niet ingediend. Bevestig om toch verder te gaan (--yes op de "
        "opdrachtregel); de scores tot nu toe tellen mee.",
        "{names} has not submitted. Confirm to move on anyway (--yes on the command line); "
        "the scores so far count.",
    ),
    "phase.unsubmitted": (
        "{jurors} hebben nog niet ingediend: {names}. Bevestig om toch verder te gaan (--yes "
        "op de opdrachtregel); hun scores tot nu toe tellen mee.",
        "{jurors} have not submitted: {names}. Confirm to move on anyway (--yes on the "
        "command line); their scores so far count.",
    ),
    # Who may do what.
    "deliberation.chair_only": (
        "Alleen de voorzitter kan dit doen; {name} is {role}.",
        "Only the chair can do this; {name} is {role}.",
    ),
    "deliberation.chair_or_secretary": (
        "Alleen de voorzitter of de secretaris kan dit doen; {name} is {role}.",
        "Only the chair or the secretary can do this; {name} is {role}.",
    ),
    "deliberation.readers_only": (
        "Alleen de voorzitter en de secretaris lezen het hele dossier van de jury; daarin "
        "staan de scores van alle juryleden.",
        "Only the chair and the secretary read the jury's whole record; it holds every "
        "juror's scores.",
    ),
    "deliberation.blind": (
        "Tijdens het beoordelen ziet een jurylid alleen de eigen scores; die van de andere "
        "juryleden worden zichtbaar zodra de voorzitter het overleg start.",
        "During scoring a juror sees only their own scores; the panel's open once the chair "
        "starts the deliberation.",
    ),
    # Phases.
    "deliberation.phase.unknown": (
        "{phase!r} is geen fase: kies uit {phases}.",
        "{phase!r} is not a phase: use {phases}.",
    ),
    "deliberation.phase.already": (
        "De jury zit al in de fase {phase}.",
        "The jury is already in {phase}.",
    ),
    "deliberation.phase.back_reason": (
        "Terug van {old} naar {new} heropent wat gesloten was: geef een reden op.",
        "Going back from {old} to {new} reopens what was closed: give a reason.",
    ),
    "deliberation.phase.one_step": (
        "Na {old} komt {next}; de jury overlegt voordat de uitslag definitief is.",
        "From {old} the next phase is {next}; the jury deliberates before the result is "
        "final.",
    ),
    "deliberation.final.winners": (
        "Definitief kan pas met een winnaar in elke categorie; nog niet gekozen: "
        "{categories}.",
        "Final needs a winner in every category; not yet chosen: {categories}.",
    ),
    # A juror's submission reopened.
    "deliberation.reopen.reason": (
        "Een ingediende beoordeling heropenen kan alleen met een reden.",
        "Reopening a juror's submitted scoring needs a reason.",
    ),
    "deliberation.reopen.phase": (
        "De jury zit in de fase {phase}: zet de fase eerst terug op beoordelen en heropen "
        "daarna de indiening van het jurylid.",
        "The jury is in {phase}: reopen the scoring phase first, then the juror's "
        "submission.",
    ),
    "deliberation.reopen.not_submitted": (
        "{name} heeft niet ingediend: er valt niets te heropenen.",
        "{name} has not submitted: nothing to reopen.",
    ),
    "deliberation.no_juror": (
        "Er is geen jurylid met de naam {name!r}.",
        "No juror named {name!r}.",
    ),
    # Decisions.
    "deliberation.what.consensus": ("een consensus", "a consensus"),
    "deliberation.what.choices": ("nominaties en winnaars", "nominees and winners"),
    "deliberation.what.laudatio": ("een laudatio", "a laudatio"),
    "deliberation.what.the_winner": ("de winnaar", "the winner"),
    "deliberation.what.the_nominees": ("de nominaties", "the nominees"),
    "deliberation.decided.final": (
        "De uitslag is definitief: {what} wijzigen kan niet meer. Heropen eerst het overleg, "
        "met een reden.",
        "The award is final: {what} can no longer change. Reopen the deliberation first, "
        "with a reason.",
    ),
    "deliberation.decided.not_yet": (
        "De jury besluit over {what} tijdens het overleg; ze zit nog in de fase {phase}.",
        "The jury decides {what} during the deliberation; it is still {phase}.",
    ),
    "deliberation.no_entry": (
        "Er is geen inzending {entry!r}.",
        "No entry {entry!r}.",
    ),
    "deliberation.not_running": (
        "Er doet geen inzending {entry!r} mee.",
        "No entry {entry!r} in the running.",
    ),
    "deliberation.no_criterion": (
        "Er is geen criterium {criterion!r}; de criteria zijn {criteria}.",
        "No criterion {criterion!r}; the criteria are {criteria}.",
    ),
    "deliberation.consensus.rationale": (
        "Een consensusbesluit heeft een motivering nodig: waarom de jury het over deze "
        "waarde eens werd.",
        "A consensus decision needs its rationale: why the jury agreed on this value.",
    ),
    "deliberation.consensus.scale": (
        "{value} valt buiten de schaal {min}–{max}.",
        "{value} is outside the scale {min}–{max}.",
    ),
    "deliberation.kind.nominees": ("nominaties", "nominees"),
    "deliberation.kind.winner": ("winnaar", "winner"),
    "deliberation.kind.tie": ("gelijke stand", "tie"),
    "deliberation.kind.unknown": (
        "{kind!r}: besluit over een van deze: {kinds}.",
        "{kind!r}: decide one of {kinds}.",
    ),
    "deliberation.the_award": ("de prijs", "the award"),
    "deliberation.nothing": ("niets", "nothing"),
    "deliberation.nominee": (("genomineerde", "genomineerden"), ("nominee", "nominees")),
    "deliberation.no_category": (
        "Er is geen categorie {category!r}; de categorieën zijn {categories}.",
        "No category {category!r}; the categories are {categories}.",
    ),
    "deliberation.not_in_category": (
        "Niet in {category}: {entries}.",
        "Not in {category}: {entries}.",
    ),
    "deliberation.nominees.count": (
        "Kies {wanted} voor {category}, niet {n}.",
        "Choose {wanted} for {category}, not {n}.",
    ),
    "deliberation.winner.nominees_first": (
        "Bevestig eerst de nominaties van {category}, daarna de winnaar.",
        "Confirm the nominees of {category} before its winner.",
    ),
    "deliberation.winner.one_nominee": (
        "De winnaar is één inzending, gekozen uit de genomineerden ({nominees}).",
        "The winner is one entry, chosen from the nominees ({nominees}).",
    ),
    "deliberation.tie.rationale": (
        "Een gelijke stand beslissen vraagt om een motivering: op welke gronden de jury de "
        "ene inzending vóór de andere plaatste.",
        "Deciding a tie needs a rationale: on what grounds the jury placed one entry before "
        "the other.",
    ),
    "deliberation.tie.exactly": (
        "Een besluit over een gelijke stand ordent precies de inzendingen die de regels "
        "gelijk laten (dezelfde plaats, gemarkeerd als gelijke stand).",
        "A tie decision orders exactly the entries the rules leave tied (the same rank, "
        "flagged as a tie).",
    ),
    "deliberation.otherwise.rationale": (
        "De ranglijst stelt voor: {proposed}; anders kiezen vraagt om een motivering.",
        "The ranking proposes {proposed}; choosing otherwise needs a rationale.",
    ),
    "deliberation.close_call": (
        "Nipte beslissing: {entry} staat {lead} voor op {next}, minder dan de marge van "
        "{margin} die de prijs aanhoudt. Voor het bevestigen van {what} is een motivering "
        "nodig, ook als de jury het voorstel volgt.",
        "Close call: {entry} leads {next} by {lead}, less than the award's margin of "
        "{margin}. Confirming {what} needs a rationale, even for the proposal.",
    ),
    "deliberation.laudatio.empty": (
        "Een laudatio heeft woorden nodig: schrijf wat de jury in deze inzending prijst.",
        "A laudatio needs its words: write what the jury praises in this entry.",
    ),
    # The record, in words.
    "deliberation.total": ("totaal", "total"),
    "deliberation.audit.not_submitted": ("nog niet ingediend: {names}",
                                         "not submitted: {names}"),
}
