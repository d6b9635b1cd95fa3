"""The workbook, the scoresheet and the printed files: their sheet words.

'wb.*': the ceremony workbook, the public result and the jury report; 'sheet.*': the offline
scoresheet a juror fills in. A word used in both, or in the screens' catalogue, says the same
thing the same way: a tie is a 'gelijke stand' everywhere.
"""

from __future__ import annotations

from typing import Any

METHOD_ROWS = ("aggregate", "weights", "ties", "disagreement", "leniency", "design",
               "close_call", "chances", "spread", "phase", "exported", "software")

STRINGS: dict[str, tuple[Any, Any]] = {
    # The ceremony workbook (jury export), its printed pages and the jury report.
    "wb.ranking": ("Uitslag", "Ranking"),
    "wb.method": ("Methode", "Method"),
    "wb.provisional": ("voorlopig", "provisional"),
    "wb.criteria": ("Per criterium", "By criterion"),
    "wb.jurors": ("Jury", "Jurors"),
    "wb.report": ("Juryrapport", "Jury report"),
    "wb.notes_sheet": ("Notities", "Notes"),
    "wb.reliability": ("Betrouwbaarheid", "Reliability"),
    "wb.rank": ("Plaats", "Rank"),
    "wb.entry": ("Nr.", "No."),
    "wb.title": ("Titel", "Title"),
    "wb.organisation": ("Organisatie", "Organisation"),
    "wb.total": ("Totaal", "Total"),
    "wb.flags": ("Signalen", "Flags"),
    "wb.status": ("Status", "Status"),
    "wb.winner": ("Winnaar", "Winner"),
    "wb.nominee": ("Genomineerd", "Nominee"),
    "wb.proposed": ("voorstel", "proposed"),
    "wb.tie": ("gelijke stand: besluit van de voorzitter nodig", "tie: the chair must decide"),
    "wb.head_to_head": ("onderlinge vergelijking", "head to head"),
    "wb.median": ("mediaan", "median"),
    "wb.criterion": ("Criterium", "Criterion"),
    "wb.n": ("n", "n"),
    "wb.mean": ("Gemiddelde", "Mean"),
    "wb.adjusted": ("Gecorrigeerd", "Adjusted"),
    "wb.median_column": ("Mediaan", "Median"),
    "wb.alpha_low": ("alpha 95% laag", "alpha 95% low"),
    "wb.alpha_high": ("alpha 95% hoog", "alpha 95% high"),
    "wb.alpha_ordinal": ("alpha ordinaal", "alpha ordinal"),
    "wb.sd": ("Spreiding (sd)", "Spread (sd)"),
    "wb.min": ("Laagste", "Lowest"),
    "wb.max": ("Hoogste", "Highest"),
    "wb.juror": ("Jurylid", "Juror"),
    "wb.conflict": ("conflict", "conflict"),
    "wb.leniency": ("Mildheid {criterion}", "Leniency {criterion}"),
    "wb.agreement": ("Overeenstemming met het panel", "Agreement with the panel"),
    "wb.scored": ("Gescoord", "Scored"),
    "wb.recused": ("Conflicten", "Recusals"),
    "wb.note": ("Notitie", "Note"),
    "wb.overall": ("Algemene notitie", "Overall note"),
    "wb.score": ("Score", "Score"),
    "wb.category": ("Categorie", "Category"),
    "wb.yes": ("ja", "yes"),
    "wb.no": ("nee", "no"),
    "wb.measure": ("Maat", "Measure"),
    "wb.reading": ("Lezing", "Reading"),
    "wb.winner_stable": (
        "Winnaar onafhankelijk van één jurylid",
        "Winner independent of any one juror",
    ),
    "wb.without": ("Zonder {juror}", "Without {juror}"),
    "wb.nominees": ("Genomineerden", "Nominees"),
    "wb.max_shift": ("Grootste verschuiving in plaatsen", "Largest shift in places"),
    "wb.schulze": ("Schulze-controle {category}", "Schulze cross-check {category}"),
    "wb.weights": (
        "Gewichtsverandering die de genomineerden wijzigt ({category})",
        "Weight change that alters the nominees ({category})",
    ),
    "wb.no_notes": ("(geen algemene notities)", "(no overall notes)"),
    "wb.jury_decision": ("Besluit van de jury", "The jury's decision"),
    "wb.provisional_stamp": ("VOORLOPIG", "PROVISIONAL"),
    "wb.final_stamp": ("DEFINITIEF", "FINAL"),
    "wb.page": ("pagina", "page"),
    "wb.workbook_subject": (
        "Uitslag en verantwoording van de jury",
        "The jury's result and its account",
    ),
    "wb.public_subject": ("Publieke uitslag", "Public result"),
    "wb.public_file": ("publiek", "public"),
    "wb.agreed_mark": ("*", "*"),
    "wb.tie_mark": ("†", "†"),
    "wb.tie_legend": (
        "{mark} gelijk totaal; de volgorde is beslist op {rules} (zie Methode).",
        "{mark} equal total; the order was decided on {rules} (see Method).",
    ),
    "wb.agreed_text": (
        "{what} overeengekomen op {value} (berekend {computed}): {rationale}",
        "{what} agreed at {value} (computed {computed}): {rationale}",
    ),
    "wb.winner_over": (
        "Winnaar gekozen boven {entry} (plaats {rank}): {rationale}",
        "Winner chosen over {entry} (rank {rank}): {rationale}",
    ),
    "wb.winner_why": ("Winnaar: {rationale}", "Winner: {rationale}"),
    "wb.nominee_instead": (
        "Genomineerd in plaats van {entries}: {rationale}",
        "Nominated instead of {entries}: {rationale}",
    ),
    "wb.not_nominated": (
        "Niet genomineerd ondanks de rangorde: {rationale}",
        "Not nominated despite the ranking: {rationale}",
    ),
    "wb.nominees_why": ("Genomineerden: {rationale}", "Nominees: {rationale}"),
    "wb.tie_chair": (
        "gelijke stand beslist door de jury: {rationale}",
        "tie decided by the jury: {rationale}",
    ),
    "wb.incomplete": ("onvolledig gescoord", "incompletely scored"),
    "wb.agreed_legend": (
        "{mark} waarde overeengekomen door de jury; de berekende waarde en de motivering staan "
        "onder de inzending.",
        "{mark} value agreed by the jury; the computed value and the rationale are under the "
        "entry.",
    ),
    "wb.nominees_decided_by": ("Genomineerden gekozen door", "Nominees chosen by"),
    "wb.winner_decided_by": ("Winnaar gekozen door", "Winner chosen by"),
    "wb.decided_by": ("Genomineerden en winnaar gekozen door", "Nominees and winner chosen by"),
    "wb.frozen_at": ("Uitslag vastgesteld door", "Result frozen by"),
    "wb.not_frozen": (
        "Uitslag nog niet vastgesteld: voorlopig",
        "Result not frozen yet: provisional",
    ),
    "wb.exported_at": ("Geëxporteerd op", "Exported on"),
    "wb.chart_top": (
        "Totaal: de {n} hoogste van {of} inzendingen",
        "Total: the {n} highest of {of} entries",
    ),
    "wb.chart_all": ("Totaal per inzending ({n})", "Total per entry ({n})"),
    "wb.chart_axis": ("totaal op de schaal {low}–{high}", "total on the scale {low}–{high}"),
    "wb.chart_legend": (
        "Voor de presentatie (niet afgedrukt): de grafiek en haar gegevens; goud = winnaar, "
        "oranje = genomineerd.",
        "For the presentation (not printed): the chart and its data; gold = winner, orange = "
        "nominee.",
    ),
    "wb.laudatio": ("Laudatio", "Laudatio"),
    "wb.description": ("Beschrijving", "Description"),
    "wb.report_title": ("Juryrapport", "Jury report"),
    "wb.chair_role": ("voorzitter", "chair"),
    "wb.jury_members": ("De jury", "The jury"),
    "wb.report_provisional": (
        "VOORLOPIG: de jury heeft de uitslag nog niet vastgesteld.",
        "PROVISIONAL: the jury has not frozen the result yet.",
    ),
    "wb.no_laudatio": (
        "(de voorzitter heeft nog geen laudatio geschreven)",
        "(the chair has not written a laudatio yet)",
    ),
    "wb.considerations": ("Overwegingen van de jury", "The jury's considerations"),
    "wb.readings": (
        "Wat de cijfers betekenen voor dit besluit",
        "What the figures mean for this decision",
    ),
    "wb.chances": ("Kansen", "Chances"),
    "wb.win": ("Kans op winst", "Chance to win"),
    "wb.nominated": ("Kans op nominatie", "Chance to be nominated"),
    "wb.places": ("Plaats (90%)", "Place (90%)"),
    "wb.weights_win": ("Winst, gewichten ±20%", "Win, weights ±20%"),
    "wb.weights_nominated": ("Nominatie, gewichten ±20%", "Nominated, weights ±20%"),
    "wb.weights_places": ("Plaats, gewichten ±20%", "Place, weights ±20%"),
    "wb.close_calls": ("Nipte beslissingen", "Close calls"),
    "wb.check": ("Controle: spreiding per jurylid", "Check: each juror's spread"),
    "wb.design": ("Verbondenheid van de jury", "How the jury is connected"),
    "wb.connected": (
        "verbonden: alle juryleden delen (via elkaar) inzendingen",
        "connected: all jurors share entries (through one another)",
    ),
    "wb.error.language": ("--lang {language!r}: kies nl of en.",
                          "--lang {language!r}: use nl or en."),
    # A flag in one word beside its criterion, on the 'Per criterium' sheet.
    "wb.flag.disagreement": ("oneens", "disagreement"),
    "wb.flag.outlier": ("uitschieter", "outlier"),
    "wb.flag.tie": ("gelijke stand", "tie"),
    "wb.flag.missing": ("onvolledig", "incomplete"),
    "wb.flag.consensus": ("consensus", "consensus"),
    # A tie the jury decided, once the result is final: a fact, no longer a to-do.
    "wb.tie_final": ("gelijke stand", "tie"),
    # The Method sheet: a label and its text per row, in the order of METHOD_ROWS.
    "wb.method.aggregate": ("Berekening", "Aggregate"),
    "wb.method.aggregate.text": ("{aggregate}", "{aggregate}"),
    "wb.method.weights": ("Gewichten", "Weights"),
    "wb.method.weights.text": ("{weights}", "{weights}"),
    "wb.method.ties": ("Gelijke stand", "Ties"),
    "wb.method.ties.text": ("{tie_break}", "{tie_break}"),
    "wb.method.disagreement": ("Onenigheid", "Disagreement"),
    "wb.method.disagreement.text": (
        "spreiding van minstens {range} punten op een criterium, of één jurylid dat minstens "
        "{outlier} punten afwijkt van een verder eensgezind panel",
        "a spread of at least {range} points on a criterion, or one juror at least {outlier} "
        "points from an otherwise agreeing panel",
    ),
    "wb.method.leniency": ("Correctie voor strengheid", "Leniency adjustment"),
    "wb.method.leniency.text": (
        "per criterium: score = gemiddelde + effect van de inzending + effect van het jurylid "
        "(kleinste kwadraten); de gecorrigeerde score is gemiddelde + effect van de inzending. "
        "Belangenconflicten tellen als ontbrekend.",
        "per criterion: score = mean + entry effect + juror effect (least squares); the "
        "adjusted score is mean + entry effect. Recusals count as missing.",
    ),
    "wb.method.design": ("Onverbonden ontwerp", "Disconnected design"),
    "wb.method.design.text": (
        "de correctie voor strengheid vergelijkt alleen inzendingen binnen één verbonden groep "
        "juryleden (juryleden die via elkaar inzendingen delen). Een categorie waarvan de "
        "inzendingen in meer dan één groep vallen, wordt gerangschikt op het gewone gemiddelde. "
        "Hier: {design}",
        "the leniency adjustment compares only entries within one connected group of jurors "
        "(jurors who share entries through one another). A category whose entries fall in more "
        "than one group is ranked on the plain mean. Here: {design}",
    ),
    "wb.method.close_call": ("Nipte beslissing", "Close call"),
    "wb.method.close_call.text": (
        "leidt de winnaar of de laatste genomineerde met minder dan {close_call} punt op het "
        "totaal, dan is het een nipte beslissing en vraagt bevestigen een motivering, ook voor "
        "het voorstel",
        "when the winner or the last nominee leads by less than {close_call} on the total, it "
        "is a close call and confirming it needs a rationale, even for the proposal",
    ),
    "wb.method.chances": ("Kansen", "Chances"),
    "wb.method.chances.text": ("{chances}", "{chances}"),
    "wb.method.spread": ("Controle op spreiding", "Spread check"),
    "wb.method.spread.text": (
        "de rangorde met de scores van elk jurylid gestandaardiseerd (eigen gemiddelde en "
        "spreiding), naast de echte rangorde; nooit toegepast. Verschuivingen staan op het blad "
        "Betrouwbaarheid.",
        "the ranking with each juror's scores standardised (their own mean and spread), beside "
        "the real ranking; never applied. Changes are on the Reliability sheet.",
    ),
    "wb.method.phase": ("Fase", "Phase"),
    "wb.method.phase.text": ("{phase}", "{phase}"),
    "wb.method.exported": ("Geëxporteerd", "Exported"),
    "wb.method.exported.text": ("{exported}", "{exported}"),
    "wb.method.software": ("Software", "Software"),
    "wb.method.software.text": ("jury {version}", "jury {version}"),
    # The offline scoresheet a juror fills in (jury scoresheet); its column headers and
    # recusal reasons are read back in either language.
    "sheet.scores": ("Scores", "Scores"),
    "sheet.descriptions": ("Beschrijvingen", "Descriptions"),
    "sheet.instructions": ("Instructies", "Instructions"),
    "sheet.title": (
        "Scoreformulier {award} {edition} — {juror}",
        "Scoresheet {award} {edition} — {juror}",
    ),
    "sheet.hint": (
        "Vul per criterium een score in (keuzelijst), met een korte notitie. Laat kolommen "
        "staan waar ze staan. Zie Instructies.",
        "Enter a score per criterion (drop-down) with a short note. Leave the columns where "
        "they are. See Instructions.",
    ),
    "sheet.id": ("Nr.", "No."),
    "sheet.entry_title": ("Titel", "Title"),
    "sheet.organisation": ("Organisatie", "Organisation"),
    "sheet.category": ("Categorie", "Category"),
    "sheet.note": ("Notitie {criterion}", "Note {criterion}"),
    "sheet.overall": ("Algemene notitie", "Overall note"),
    "sheet.for_entrant": ("Voor de inzender: {criterion}", "For the entrant: {criterion}"),
    "sheet.recusal": ("Belangenconflict", "Conflict of interest"),
    "sheet.recusal_text": ("Toelichting conflict", "Conflict explanation"),
    "sheet.description": ("Beschrijving", "Description"),
    "sheet.reason.professional": ("professioneel", "professional"),
    "sheet.reason.personal": ("persoonlijk", "personal"),
    "sheet.reason.other": ("anders", "other"),
    # One line per row of the Instructions sheet; an empty line is an empty row.
    "sheet.instructions_text": (
        "\n".join((
            "Scoreformulier voor {juror}, geschreven op {written}.",
            "",
            "1. Open het tabblad Scores. Elke regel is één inzending; de volledige tekst staat "
            "op het tabblad Beschrijvingen.",
            "2. Kies per criterium een score van {scale} uit de keuzelijst, of typ hem.",
            "3. Schrijf bij elke score een korte notitie: die gebruikt de jury in het overleg "
            "en in het juryrapport. Die notitie is alleen voor de jury.",
            "   In de kolom 'Voor de inzender' schrijf je wat je de inzender zou zeggen (sterke "
            "punten, verbeterpunten), zonder je naam: de voorzitter maakt er de feedbackbrief "
            "van en keurt die goed.",
            "4. Heb je een belangenconflict bij een inzending? Kies de reden in de kolom "
            "Belangenconflict en laat de scores van die inzending leeg.",
            "5. Verplaats, hernoem of verwijder geen kolommen of tabbladen; sorteren mag.",
            "6. Sla het bestand op als .xlsx en stuur het terug naar het secretariaat. Scores "
            "die intussen in de app zijn gewijzigd, worden niet zomaar overschreven.",
            "",
            "De criteria:",
        )),
        "\n".join((
            "Scoresheet for {juror}, written on {written}.",
            "",
            "1. Open the Scores sheet. Each row is one entry; the full text is on the "
            "Descriptions sheet.",
            "2. Pick a score of {scale} per criterion from the drop-down, or type it.",
            "3. Write a short note with each score: the jury uses it in the deliberation and in "
            "the jury report. That note is for the jury only.",
            "   In the 'For the entrant' column, write what you would tell the entrant "
            "(strengths, points to improve), without your name: the chair makes the feedback "
            "letter of it and approves it.",
            "4. A conflict of interest with an entry? Pick the reason in the Conflict of "
            "interest column and leave that entry's scores empty.",
            "5. Do not move, rename or delete columns or sheets; sorting is fine.",
            "6. Save as .xlsx and return the file to the secretariat. Scores changed in the app "
            "meanwhile are never overwritten silently.",
            "",
            "The criteria:",
        )),
    ),
    "sheet.scale_meaning": ("Betekenis van de schaal:", "What the scale means:"),
    # The scale in words, with a decimal comma in Dutch: '1–10', '1–5 in stappen van 0,5'.
    "sheet.scale": ("{low}–{high}", "{low}–{high}"),
    "sheet.scale_input": ("Een score van {scale}.", "A score of {scale}."),
    "sheet.scale.steps": ("{low}–{high} in stappen van {step}", "{low}–{high} in steps of {step}"),
    # A returned scoresheet refused: every problem named by file, sheet and cell.
    "sheet.error.format": (
        "{file}: een scoreformulier van versie {found}; deze jury leest versie {expected}.",
        "{file}: a scoresheet of format {found}; this jury reads format {expected}.",
    ),
    "sheet.error.damaged": (
        "{file}: het verborgen tabblad '{sheet}' is beschadigd ({where}), dus het formulier "
        "kan niet aan de database worden gekoppeld. Maak een nieuw scoreformulier met 'jury "
        "scoresheet' en neem de scores van het jurylid daarin over.",
        "{file}: the hidden '{sheet}' sheet is damaged ({where}), so the sheet cannot be "
        "matched to the database. Write a new scoresheet with 'jury scoresheet' and copy the "
        "juror's scores into it.",
    ),
    "sheet.damaged.row": ("rij {row}", "row {row}"),
    "sheet.damaged.columns": ("de lijst met kolommen", "its list of columns"),
    "sheet.damaged.identity": ("wie en wat het formulier betreft", "its identity"),
    "sheet.problem.in_file": ("{file}, {problem}", "{file}, {problem}"),
    "sheet.problem.cell": ("{cell}: {problem}", "{cell}: {problem}"),
    "sheet.problem.no_sheet": ("{file}: het tabblad {sheet!r} ontbreekt.",
                               "{file}: the sheet {sheet!r} is missing."),
    "sheet.problem.column": (
        "{cell}: hier hoort de kolom {expected!r}, maar er staat {found!r}; laat de kolommen "
        "staan waar het formulier ze zette.",
        "{cell}: expected the column {expected!r} here, found {found!r}; keep the columns "
        "where the sheet put them.",
    ),
    "sheet.problem.twice": ("{cell}: {entry} staat er twee keer in (eerst op {first}).",
                            "{cell}: {entry} appears twice (first at {first})."),
    "sheet.problem.reason": (
        "{cell}: {word!r} is geen reden; kies {reasons} of laat het leeg.",
        "{cell}: {word!r} is not a reason; use {reasons} or leave it empty.",
    ),
    "sheet.problem.other_reason": (
        "{cell}: een belangenconflict om een andere reden vraagt hier een korte toelichting.",
        "{cell}: a conflict of interest for another reason needs a few words here.",
    ),
    "sheet.problem.not_score": ("{cell}: {value!r} is geen score.",
                                "{cell}: {value!r} is not a score."),
    "sheet.problem.not_number": ("{cell}: {text!r} is geen getal.",
                                 "{cell}: {text!r} is not a number."),
    "sheet.problem.outside": ("{cell}: {value} ligt buiten {scale}.",
                              "{cell}: {value} is outside {scale}."),
    "sheet.problem.off_scale": ("{cell}: {value} ligt niet op de schaal {scale}.",
                                "{cell}: {value} is not on the scale {scale}."),
}
