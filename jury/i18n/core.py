"""Words shared by the CLI, the screens and the files: nouns, results, import, award."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "entry": (("inzending", "inzendingen"), ("entry", "entries")),
    "juror": (("jurylid", "juryleden"), ("juror", "jurors")),
    "score": (("score", "scores"), ("score", "scores")),
    "recusal": (("belangenconflict", "belangenconflicten"), ("recusal", "recusals")),
    "scores.imported": (
        "{scores}: {new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd; {recusals}.",
        "{scores}: {new} new, {changed} changed, {unchanged} unchanged; {recusals}.",
    ),
    "results.provisional": ("voorlopig", "provisional"),
    "results.aggregate": ("Berekening", "Aggregate"),
    "aggregate.adjusted": ("gecorrigeerd voor strengheid", "adjusted for leniency"),
    "aggregate.mean": ("gemiddelde", "mean"),
    "aggregate.median": ("mediaan", "median"),
    "aggregate.trimmed": ("getrimd gemiddelde", "trimmed mean"),
    "results.ranking": ("Rangorde", "Ranking"),
    "results.entry": ("Inzending", "Entry"),
    "results.organisation": ("Organisatie", "Organisation"),
    "results.total": ("Totaal", "Total"),
    "results.flags": ("Signalen", "Flags"),
    "results.tie_break": ("gelijke stand beslist op", "tie broken by"),
    "rule.head_to_head": ("onderlinge vergelijking", "head to head"),
    "rule.median": ("mediaan", "median"),
    "rule.chair": ("besluit van de jury", "the jury's decision"),
    "flag.disagreement": ("oneens over", "disagreement on"),
    "flag.outlier": ("uitschieter bij", "outlier on"),
    "flag.tie": ("gelijke stand", "tie"),
    "flag.missing": ("onvolledig", "incomplete"),
    "flag.consensus": ("consensus", "consensus"),
    "results.outlier": (
        "{juror} {value} tegen een mediaan van {median}",
        "{juror} {value} against a median of {median}",
    ),
    "results.agreed": ("consensus vastgelegd door {by}", "consensus recorded by {by}"),
    "results.reliability": ("Betrouwbaarheid", "Reliability"),
    "band.reliable": ("betrouwbaar", "reliable"),
    "band.tentative": ("voorzichtig bruikbaar", "tentative"),
    "band.unreliable": ("onbetrouwbaar", "unreliable"),
    "band.poor": ("zwak", "poor"),
    "band.moderate": ("matig", "moderate"),
    "band.good": ("goed", "good"),
    "band.excellent": ("uitstekend", "excellent"),
    "band.very weak": ("zeer zwak", "very weak"),
    "band.weak": ("zwak", "weak"),
    "band.strong": ("sterk", "strong"),
    "band.none": ("te weinig scores om te meten", "too few scores to measure"),
    "results.reliability_help": (
        "alpha: overeenstemming over alle scores (≥ 0,800 betrouwbaar, ≥ 0,667 voorzichtig); "
        "ICC(A,k): betrouwbaarheid van het jurygemiddelde; W: eensgezindheid over de "
        "volgorde. ICC en W gaan over de inzendingen die alle juryleden scoorden.",
        "alpha: agreement over all scores (≥ .800 reliable, ≥ .667 tentative); ICC(A,k): "
        "reliability of the jury's mean; W: concordance of the rankings. ICC and W use the "
        "entries every juror scored.",
    ),
    "results.complete": ("volledig", "complete"),
    "results.reading": ("Lezing", "Reading"),
    "results.jurors": ("Juryleden", "Jurors"),
    "results.agreement": ("Overeenstemming", "Agreement"),
    "results.leniency_help": (
        "± = mildheid per criterium: positief is milder dan het panel, negatief strenger. "
        "Overeenstemming = Spearman met het gemiddelde van de anderen.",
        "± = leniency per criterion: positive is more generous than the panel, negative "
        "stricter. Agreement = Spearman with the mean of the others.",
    ),
    "results.robustness": ("Robuustheid", "Robustness"),
    "results.winner_stable": (
        "Geen enkel jurylid bepaalt in zijn eentje een winnaar.",
        "No single juror's absence changes a winner.",
    ),
    "results.winner_unstable": (
        "De winnaar hangt af van één jurylid:",
        "A winner depends on one juror:",
    ),
    "results.without": ("zonder {juror}", "without {juror}"),
    "results.weights": (
        "Gewichtsverandering die de genomineerden wijzigt",
        "Weight change that alters the nominees",
    ),
    "import.summary": (
        "{entries}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd",
        "{entries}: {new} new, {updated} updated, {unchanged} unchanged",
    ),
    "import.derived": (
        "Geen id-kolom: {entries} kregen een vaste id, afgeleid van organisatie en titel.",
        "No id column: {entries} got a stable id derived from organisation and title.",
    ),
    "import.missing": (
        "{entries} in de database ontbreken in deze bestanden: {ids}. Ze blijven staan; "
        "trek ze terug met --withdraw-missing.",
        "{entries} in the database are not in these files: {ids}. They are kept; withdraw "
        "them with --withdraw-missing.",
    ),
    "import.withdrawn": (
        "{entries} teruggetrokken (met hun scores bewaard): {ids}.",
        "{entries} withdrawn (kept with their scores): {ids}.",
    ),
    "import.restored": ("Weer meegenomen: {ids}.", "Back in the running: {ids}."),
    "award.created": ("Prijs aangemaakt: {name} {edition}.", "Award created: {name} {edition}."),
    "award.updated": (
        "Instellingen bijgewerkt: {name} {edition}.",
        "Settings updated: {name} {edition}.",
    ),
    "award.same": (
        "Instellingen ongewijzigd: {name} {edition}.",
        "Settings unchanged: {name} {edition}.",
    ),
    "juror.added": ("{role} toegevoegd: {name}.", "{role} added: {name}."),
    "juror.removed": (
        "Verwijderd: {name} ({scores} scores; het auditlog bewaart ze).",
        "Removed: {name} ({scores} scores; the audit trail keeps them).",
    ),
    "juror.pin": ("Nieuwe pincode ingesteld voor {name}.", "New PIN set for {name}."),
    "role.juror": ("Jurylid", "Juror"),
    "role.chair": ("Voorzitter", "Chair"),
    "jurors.none": (
        "Nog geen juryleden. Voeg ze toe met 'jury jurors add NAAM'.",
        "No jurors yet. Add them with 'jury jurors add NAME'.",
    ),
    "pin.prompt": ("Pincode voor {name}", "PIN for {name}"),
    "pin.repeat": ("Nog een keer, ter controle", "Once more, to check"),
    "pin.mismatch": ("De twee pincodes verschillen; probeer het opnieuw.",
                     "The two PINs differ; try again."),
    "pin.no_terminal": ("Geen pincode voor {name}: geef --pin, of start de opdracht in een "
                        "terminal om ernaar gevraagd te worden.",
                        "No PIN for {name}: give --pin, or run the command in a terminal to "
                        "be asked for it."),
    "pin.gave_up": ("Drie keer verschillende pincodes: er is niets veranderd.",
                    "Three times two different PINs: nothing was changed."),
    "status.award": ("Prijs", "Award"),
    "status.phase": ("Fase", "Phase"),
    "status.entries": ("Inzendingen", "Entries"),
    "status.name": ("Naam", "Name"),
    "status.role": ("Rol", "Role"),
    "status.scored": ("Gescoord", "Scored"),
    "status.partly": ("Deels", "Partly"),
    "status.recused": ("Conflict", "Recused"),
    "status.todo": ("Te doen", "To do"),
    "status.submitted": ("Ingediend", "Submitted"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "phase.scoring": ("beoordelen", "scoring"),
    "phase.deliberation": ("overleg", "deliberation"),
    "phase.final": ("definitief", "final"),
    "phase.changed": ("Fase: {old} → {new}.", "Phase: {old} → {new}."),
    "phase.waiting": ("Nog niet ingediend: {names}.", "Not submitted yet: {names}."),
    "phase.confirmed": ("Verder zonder indiening van: {names}.",
                        "Moved on without a submission from: {names}."),
    "juror.reopened": ("De beoordeling van {name} is heropend.",
                       "{name}'s scoring is open again."),
    "audit.none": ("Het logboek heeft geen gebeurtenissen die hierbij passen.",
                   "No events in the record match."),
    "audit.at": ("Tijd", "When"),
    "audit.actor": ("Wie", "Who"),
    "audit.action": ("Actie", "Action"),
    "audit.subject": ("Onderwerp", "Subject"),
    "audit.old": ("Was", "Was"),
    "audit.new": ("Wordt", "Now"),
    "audit.detail": ("Toelichting", "Detail"),
    "demo.built": (
        "Demo-prijs gebouwd in {db}. Pincodes (worden maar één keer getoond):",
        "Demo award built in {db}. PINs (shown this once only):",
    ),
    "demo.continue": (
        "Noteer een naam en pincode, en druk op Enter om de app te openen",
        "Note a name and PIN, then press Enter to open the app",
    ),
    "demo.reused": (
        "Bestaande demo-prijs in {db} wordt hergebruikt. Pincodes kwijt? "
        "'jury --db {db} jurors pin NAAM' stelt een nieuwe in.",
        "Reusing the demo award in {db}. Lost the PINs? "
        "'jury --db {db} jurors pin NAME' sets a new one.",
    ),
}


