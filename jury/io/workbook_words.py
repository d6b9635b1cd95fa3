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
        "tie_break": "gelijke stand beslist op {rule}",
        "tie": "gelijke stand: besluit van de voorzitter nodig",
        "head_to_head": "onderlinge vergelijking", "median": "mediaan",
        "chair": "besluit van de jury",
        "criterion": "Criterium", "n": "n", "mean": "Gemiddelde", "adjusted": "Gecorrigeerd",
        "median_column": "Mediaan", "alpha_low": "alpha 95% laag", "alpha_high": "alpha 95% hoog",
        "alpha_ordinal": "alpha ordinaal",
        "sd": "Spreiding (sd)", "min": "Laagste", "max": "Hoogste",
        "juror": "Jurylid", "conflict": "conflict", "leniency": "Mildheid {criterion}",
        "agreement": "Overeenstemming met het panel", "scored": "Gescoord",
        "recused": "Conflicten", "note": "Notitie", "overall": "Algemene notitie",
        "score": "Score", "category": "Categorie", "yes": "ja", "no": "nee",
        "measure": "Maat", "value": "Waarde", "reading": "Lezing",
        "winner_stable": "Winnaar onafhankelijk van één jurylid",
        "without": "Zonder {juror}", "schulze": "Schulze-controle {category}",
        "weights": "Gewichtsverandering die de genomineerden wijzigt ({category})",
        "no_notes": "(geen algemene notities)", "jury_decision": "Besluit van de jury",
        # The printed workbook, its decisions and its chart (the ceremony on paper).
        "provisional_stamp": "VOORLOPIG", "final_stamp": "DEFINITIEF", "page": "pagina",
        "workbook_subject": "Uitslag en verantwoording van de jury",
        "public_subject": "Publieke uitslag", "public_file": "publiek",
        "decisions_column": "Besluiten van de jury", "agreed_mark": "*", "tie_mark": "†",
        "tie_legend": "{mark} gelijk totaal; de volgorde is beslist op {rules} (zie Methode).",
        "agreed_text": "{what} overeengekomen op {value} (berekend {computed}): {rationale}",
        "winner_over": "Winnaar gekozen boven {entry} (plaats {rank}): {rationale}",
        "winner_why": "Winnaar: {rationale}",
        "nominee_instead": "Genomineerd in plaats van {entries}: {rationale}",
        "not_nominated": "Niet genomineerd ondanks de rangorde: {rationale}",
        "nominees_why": "Genomineerden: {rationale}",
        "tie_chair": "gelijke stand beslist door de jury: {rationale}",
        "incomplete": "onvolledig gescoord",
        "agreed_legend": "{mark} waarde overeengekomen door de jury; de berekende waarde en "
                         "de motivering staan onder de inzending.",
        "nominees_decided_by": "Genomineerden gekozen door",
        "winner_decided_by": "Winnaar gekozen door",
        "decided_by": "Genomineerden en winnaar gekozen door",
        "frozen_at": "Uitslag vastgesteld door",
        "not_frozen": "Uitslag nog niet vastgesteld: voorlopig",
        "exported_at": "Geëxporteerd op",
        "chart_top": "Totaal: de {n} hoogste van {of} inzendingen",
        "chart_all": "Totaal per inzending ({n})",
        "chart_axis": "totaal op de schaal {low}–{high}",
        "chart_legend": "Voor de presentatie (niet afgedrukt): de grafiek en haar gegevens; "
                        "goud = winnaar, oranje = genomineerd.",
        "laudatio": "Laudatio", "description": "Beschrijving",
        "report_title": "Juryrapport", "chair_role": "voorzitter", "jury_members": "De jury",
        "report_provisional": "VOORLOPIG: de jury heeft de uitslag nog niet vastgesteld.",
        "no_laudatio": "(de voorzitter heeft nog geen laudatio geschreven)",
        "considerations": "Overwegingen van de jury",
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
        "tie_break": "tie broken by {rule}", "tie": "tie: the chair must decide",
        "head_to_head": "head to head", "median": "median", "chair": "the jury's decision",
        "criterion": "Criterion", "n": "n", "mean": "Mean", "adjusted": "Adjusted",
        "median_column": "Median", "alpha_low": "alpha 95% low", "alpha_high": "alpha 95% high",
        "alpha_ordinal": "alpha ordinal",
        "sd": "Spread (sd)", "min": "Lowest", "max": "Highest",
        "juror": "Juror", "conflict": "conflict", "leniency": "Leniency {criterion}",
        "agreement": "Agreement with the panel", "scored": "Scored", "recused": "Recusals",
        "note": "Note", "overall": "Overall note", "score": "Score", "category": "Category",
        "yes": "yes", "no": "no", "measure": "Measure", "value": "Value", "reading": "Reading",
        "winner_stable": "Winner independent of any one juror",
        "without": "Without {juror}", "schulze": "Schulze cross-check {category}",
        "weights": "Weight change that alters the nominees ({category})",
        "no_notes": "(no overall notes)", "jury_decision": "The jury's decision",
        # The printed workbook, its decisions and its chart (the ceremony on paper).
        "provisional_stamp": "PROVISIONAL", "final_stamp": "FINAL", "page": "page",
        "workbook_subject": "The jury's result and its account",
        "public_subject": "Public result", "public_file": "public",
        "decisions_column": "The jury's decisions", "agreed_mark": "*", "tie_mark": "†",
        "tie_legend": "{mark} equal total; the order was decided on {rules} (see Method).",
        "agreed_text": "{what} agreed at {value} (computed {computed}): {rationale}",
        "winner_over": "Winner chosen over {entry} (rank {rank}): {rationale}",
        "winner_why": "Winner: {rationale}",
        "nominee_instead": "Nominated instead of {entries}: {rationale}",
        "not_nominated": "Not nominated despite the ranking: {rationale}",
        "nominees_why": "Nominees: {rationale}",
        "tie_chair": "tie decided by the jury: {rationale}",
        "incomplete": "incompletely scored",
        "agreed_legend": "{mark} value agreed by the jury; the computed value and the "
                         "rationale are under the entry.",
        "nominees_decided_by": "Nominees chosen by",
        "winner_decided_by": "Winner chosen by",
        "decided_by": "Nominees and winner chosen by",
        "frozen_at": "Result frozen by",
        "not_frozen": "Result not frozen yet: provisional",
        "exported_at": "Exported on",
        "chart_top": "Total: the {n} highest of {of} entries",
        "chart_all": "Total per entry ({n})",
        "chart_axis": "total on the scale {low}–{high}",
        "chart_legend": "For the presentation (not printed): the chart and its data; "
                        "gold = winner, orange = nominee.",
        "laudatio": "Laudatio", "description": "Description",
        "report_title": "Jury report", "chair_role": "chair", "jury_members": "The jury",
        "report_provisional": "PROVISIONAL: the jury has not frozen the result yet.",
        "no_laudatio": "(the chair has not written a laudatio yet)",
        "considerations": "The jury's considerations",
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
        ("Onenigheid", "spreiding van minstens {range} punten op een criterium, of één "
                       "jurylid dat minstens {outlier} punten afwijkt van een verder "
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
                             "{close_call} punt op het totaal, dan is het een nipte "
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
        ("Disagreement", "a spread of at least {range} points on a criterion, or one juror "
                         "at least {outlier} points from an otherwise agreeing panel"),
        ("Leniency adjustment", "per criterion: score = mean + entry effect + juror effect "
                                "(least squares); the adjusted score is mean + entry effect. "
                                "Recusals count as missing."),
        ("Disconnected design", "the leniency adjustment compares only entries within one "
                                "connected group of jurors (jurors who share entries through "
                                "one another). A category whose entries fall in more than "
                                "one group is ranked on the plain mean. Here: {design}"),
        ("Close call", "when the winner or the last nominee leads by less than {close_call} "
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
