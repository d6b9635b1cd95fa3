"""The ceremony workbook's words, in Dutch and English."""

WORDS = {
    "nl": {
        "ranking": "Uitslag", "method": "Methode", "provisional": "voorlopig",
        "criteria": "Per criterium", "jurors": "Jury", "report": "Juryrapport",
        "notes_sheet": "Notities", "reliability": "Betrouwbaarheid",
        "rank": "Plaats", "entry": "Nr.", "title": "Titel", "organisation": "Organisatie",
        "total": "Totaal", "juror_count": "Juryleden", "flags": "Signalen",
        "notes": "Toelichting", "status": "Status", "winner": "Winnaar",
        "nominee": "Genomineerd", "proposed": "voorstel", "top_ten": "De tien hoogste totalen",
        "consensus": "consensus {value:.2f} (berekend {computed:.2f}): {rationale} ({by})",
        "tie_break": "gelijke stand beslist op {rule}",
        "tie": "gelijke stand: besluit van de voorzitter nodig",
        "head_to_head": "onderlinge vergelijking", "median": "mediaan",
        "chair": "besluit van de jury",
        "criterion": "Criterium", "n": "n", "mean": "Gemiddelde", "adjusted": "Gecorrigeerd",
        "sd": "Spreiding (sd)", "min": "Laagste", "max": "Hoogste",
        "juror": "Jurylid", "conflict": "conflict", "leniency": "Strengheid {criterion}",
        "agreement": "Overeenstemming met het panel", "scored": "Gescoord",
        "recused": "Conflicten", "note": "Notitie", "overall": "Algemene notitie",
        "score": "Score", "category": "Categorie", "yes": "ja", "no": "nee",
        "measure": "Maat", "value": "Waarde", "reading": "Lezing",
        "winner_stable": "Winnaar onafhankelijk van één jurylid",
        "without": "Zonder {juror}", "schulze": "Schulze-controle {category}",
        "weights": "Gewichtsverandering die de genomineerden wijzigt ({category})",
        "no_notes": "(geen algemene notities)", "jury_decision": "Besluit van de jury",
        "readings": "Wat de cijfers betekenen voor dit besluit", "chances": "Kansen",
        "win": "Kans op winst", "nominated": "Kans op nominatie", "places": "Plaats (90%)",
        "weights_win": "Winst, gewichten ±20%", "weights_nominated": "Nominatie, gewichten ±20%",
        "weights_places": "Plaats, gewichten ±20%", "close_calls": "Nipte beslissingen",
        "check": "Controle: spreiding per jurylid", "design": "Verbondenheid van de jury",
        "connected": "verbonden: alle juryleden delen (via elkaar) inzendingen",
        "close_margin": "Marge voor een nipte beslissing",
    },
    "en": {
        "ranking": "Ranking", "method": "Method", "provisional": "provisional",
        "criteria": "By criterion", "jurors": "Jurors", "report": "Jury report",
        "notes_sheet": "Notes", "reliability": "Reliability",
        "rank": "Rank", "entry": "No.", "title": "Title", "organisation": "Organisation",
        "total": "Total", "juror_count": "Jurors", "flags": "Flags", "notes": "Notes",
        "status": "Status", "winner": "Winner", "nominee": "Nominee", "proposed": "proposed",
        "top_ten": "The ten highest totals",
        "consensus": "consensus {value:.2f} (computed {computed:.2f}): {rationale} ({by})",
        "tie_break": "tie broken by {rule}", "tie": "tie: the chair must decide",
        "head_to_head": "head to head", "median": "median", "chair": "the jury's decision",
        "criterion": "Criterion", "n": "n", "mean": "Mean", "adjusted": "Adjusted",
        "sd": "Spread (sd)", "min": "Lowest", "max": "Highest",
        "juror": "Juror", "conflict": "conflict", "leniency": "Leniency {criterion}",
        "agreement": "Agreement with the panel", "scored": "Scored", "recused": "Recusals",
        "note": "Note", "overall": "Overall note", "score": "Score", "category": "Category",
        "yes": "yes", "no": "no", "measure": "Measure", "value": "Value", "reading": "Reading",
        "winner_stable": "Winner independent of any one juror",
        "without": "Without {juror}", "schulze": "Schulze cross-check {category}",
        "weights": "Weight change that alters the nominees ({category})",
        "no_notes": "(no overall notes)", "jury_decision": "The jury's decision",
        "readings": "What the figures mean for this decision", "chances": "Chances",
        "win": "Chance to win", "nominated": "Chance to be nominated", "places": "Place (90%)",
        "weights_win": "Win, weights ±20%", "weights_nominated": "Nominated, weights ±20%",
        "weights_places": "Place, weights ±20%", "close_calls": "Close calls",
        "check": "Check: each juror's spread", "design": "How the jury is connected",
        "connected": "connected: all jurors share entries (through one another)",
        "close_margin": "Margin for a close call",
    },
}
FLAG_WORDS = {
    "nl": {"disagreement": "oneens over", "outlier": "uitschieter bij", "tie": "gelijke stand",
           "missing": "onvolledig", "consensus": "consensus"},
    "en": {"disagreement": "disagreement on", "outlier": "outlier on", "tie": "tie",
           "missing": "incomplete", "consensus": "consensus"},
}
METHOD = {
    "nl": [
        ("Berekening", "{aggregate}"),
        ("Gewichten", "{weights}"),
        ("Gelijke stand", "{tie_break}"),
        ("Onenigheid", "spreiding van minstens {range:g} punten op een criterium, of één "
                       "jurylid dat minstens {outlier:g} punten afwijkt van een verder "
                       "eensgezind panel"),
        ("Correctie voor strengheid", "per criterium: score = gemiddelde + effect van de "
                                      "inzending + effect van het jurylid (kleinste "
                                      "kwadraten); de gecorrigeerde score is gemiddelde + "
                                      "effect van de inzending. Belangenconflicten tellen als "
                                      "ontbrekend."),
        ("Onverbonden ontwerp", "de correctie voor strengheid vergelijkt alleen inzendingen "
                                "binnen één verbonden groep juryleden (juryleden die via "
                                "elkaar inzendingen delen). Een categorie waarvan de "
                                "inzendingen in meer dan één groep vallen, wordt gerangschikt "
                                "op het gewone gemiddelde. Hier: {design}"),
        ("Nipte beslissing", "leidt de winnaar of de laatste genomineerde met minder dan "
                             "{close_call:g} punt op het totaal, dan is het een nipte "
                             "beslissing en vraagt bevestigen een motivering, ook voor het "
                             "voorstel"),
        ("Kansen", "{chances}"),
        ("Controle op spreiding", "de rangorde met de scores van elk jurylid gestandaardiseerd "
                                  "(eigen gemiddelde en spreiding), naast de echte rangorde; "
                                  "nooit toegepast. Verschuivingen staan op het blad "
                                  "Betrouwbaarheid."),
        ("Fase", "{phase}"),
        ("Geëxporteerd", "{exported}"),
        ("Software", "jury {version}"),
    ],
    "en": [
        ("Aggregate", "{aggregate}"),
        ("Weights", "{weights}"),
        ("Ties", "{tie_break}"),
        ("Disagreement", "a spread of at least {range:g} points on a criterion, or one juror "
                         "at least {outlier:g} points from an otherwise agreeing panel"),
        ("Leniency adjustment", "per criterion: score = mean + entry effect + juror effect "
                                "(least squares); the adjusted score is mean + entry effect. "
                                "Recusals count as missing."),
        ("Disconnected design", "the leniency adjustment compares only entries within one "
                                "connected group of jurors (jurors who share entries through "
                                "one another). A category whose entries fall in more than "
                                "one group is ranked on the plain mean. Here: {design}"),
        ("Close call", "when the winner or the last nominee leads by less than {close_call:g} "
                       "on the total, it is a close call and confirming it needs a "
                       "rationale, even for the proposal"),
        ("Chances", "{chances}"),
        ("Spread check", "the ranking with each juror's scores standardised (their own mean "
                         "and spread), beside the real ranking; never applied. Changes are "
                         "on the Reliability sheet."),
        ("Phase", "{phase}"),
        ("Exported", "{exported}"),
        ("Software", "jury {version}"),
    ],
}
