"""Dutch and English strings, chosen once per run.

Keys are English phrases' names; each entry holds (Dutch, English). A plural form is a pair
of strings for one and for many.
"""

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
    "results.tie_break": ("gelijkspel beslist op", "tie broken by"),
    "rule.head_to_head": ("onderlinge vergelijking", "head to head"),
    "rule.median": ("mediaan", "median"),
    "rule.chair": ("besluit van de jury", "the jury's decision"),
    "flag.disagreement": ("oneens over", "disagreement on"),
    "flag.outlier": ("uitschieter bij", "outlier on"),
    "flag.tie": ("gelijkspel", "tie"),
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
        "± = strengheid per criterium: positief is milder dan het panel, negatief strenger. "
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


class Strings:
    def __init__(self, language: str = "nl") -> None:
        self.language = language if language in ("nl", "en") else "nl"
        self._index = 0 if self.language == "nl" else 1

    def __call__(self, key: str, **values: Any) -> str:
        return str(STRINGS[key][self._index]).format(**values)

    def count(self, n: int, noun: str) -> str:
        """'1 entry', '12 entries', '1 inzending', '12 inzendingen'."""
        one, many = STRINGS[noun][self._index]
        return f"{n} {one if n == 1 else many}"

    def label(self, nl: str, en: str) -> str:
        return nl if self.language == "nl" else en

# The juror's screens.
STRINGS.update({
    "tui.signin.title": ("Aanmelden", "Sign in"),
    "tui.signin.intro": (
        "Kies je naam en typ je pincode. Je pincode kreeg je van het secretariaat.",
        "Pick your name and type your PIN. The secretariat gave you your PIN.",
    ),
    "tui.signin.name": ("Naam", "Name"),
    "tui.signin.pin": ("Pincode", "PIN"),
    "tui.signin.button": ("Aanmelden", "Sign in"),
    "signin.unknown": ("Geen jurylid met de naam {name}.", "No juror named {name}."),
    "signin.wait": (
        "Even wachten: {name} kan het over {seconds} s opnieuw proberen (een verkeerde "
        "pincode vertraagt het aanmelden).",
        "Please wait: {name} can try again in {seconds} s (wrong PINs slow the sign-in "
        "down).",
    ),
    "signin.wrong_wait": (
        "Verkeerde pincode. {name} kan het over {seconds} s opnieuw proberen.",
        "Wrong PIN. {name} can try again in {seconds} s.",
    ),
    "signin.wrong": ("Verkeerde pincode. Probeer het opnieuw.", "Wrong PIN. Try again."),
    "signin.empty": ("Typ je pincode.", "Type your PIN."),
    "signin.ready": ("Je kunt het nu opnieuw proberen.", "You can try again now."),
    "signin.chair_failures": (
        "⚠ Verkeerde pincodes, laatste 24 uur: {names}. Zie het logboek (signin.failed).",
        "⚠ Wrong PINs, last 24 hours: {names}. See the record (signin.failed).",
    ),
    "signin.chair_no_failures": ("Geen verkeerde pincodes in de laatste 24 uur.",
                                 "No wrong PINs in the last 24 hours."),
    "tui.signin.pick": ("Kies eerst je naam.", "Pick your name first."),
    "tui.signin.nojury": (
        "Er staan nog geen juryleden in deze database. Het secretariaat voegt ze toe met "
        "'jury jurors add'.",
        "This database has no jurors yet. The secretariat adds them with 'jury jurors add'.",
    ),
    "status.word.scored": ("gescoord", "scored"),
    "status.word.partly": ("deels", "partly"),
    "status.word.todo": ("te doen", "to do"),
    "status.word.recused": ("conflict", "recused"),
    "status.all": ("Alle", "All"),
    "tui.list.title": ("Inzendingen", "Entries"),
    "tui.list.progress": (
        "{done} van {total} afgerond · {recused} conflict · {todo} te doen · fase: {phase}",
        "{done} of {total} done · {recused} recused · {todo} to do · phase: {phase}",
    ),
    "tui.list.submitted": (
        "Ingediend: je scores zijn vergrendeld.",
        "Submitted: your scores are locked.",
    ),
    "tui.list.search": ("Zoek op titel of organisatie", "Search title or organisation"),
    "tui.list.status": ("Status", "Status"),
    "tui.list.category": ("Categorie", "Category"),
    "tui.list.order": ("Volgorde: {order}", "Order: {order}"),
    "order.shuffle": ("jouw eigen volgorde", "your own order"),
    "order.id": ("nummer", "number"),
    "order.title": ("titel", "title"),
    "col.status": ("Status", "Status"),
    "col.id": ("Nr.", "No."),
    "col.title": ("Titel", "Title"),
    "col.organisation": ("Organisatie", "Organisation"),
    "col.category": ("Categorie", "Category"),
    "tui.list.empty": ("Geen inzendingen bij dit filter.", "No entries match this filter."),
    "key.open": ("Openen", "Open"),
    "key.next_unscored": ("Volgende te doen", "Next to do"),
    "key.order": ("Volgorde", "Order"),
    "key.search": ("Zoeken", "Search"),
    "key.submit": ("Indienen", "Submit"),
    "key.help": ("Hulp", "Help"),
    "key.quit": ("Stoppen", "Quit"),
    "key.language": ("English", "Nederlands"),
    "key.contrast": ("Contrast", "Contrast"),
    "key.back": ("Lijst", "List"),
    "key.next": ("Volgende", "Next"),
    "key.previous": ("Vorige", "Previous"),
    "key.recuse": ("Conflict", "Conflict"),
    "tip.open": ("Open de gekozen inzending om te scoren", "Open the chosen entry to score it"),
    "tip.next_unscored": (
        "Ga naar de eerstvolgende inzending die nog niet af is",
        "Go to the next entry that is not done yet",
    ),
    "tip.order": (
        "Wissel tussen jouw eigen volgorde, nummer en titel",
        "Switch between your own order, number and title",
    ),
    "tip.search": ("Zoek in titels en organisaties", "Search titles and organisations"),
    "tip.submit": (
        "Rond je beoordeling af; daarna zijn je scores vergrendeld",
        "Finish your scoring; your scores are locked afterwards",
    ),
    "tip.help": ("Uitleg over scoren en alle toetsen", "How scoring works and every key"),
    "tip.quit": ("Stoppen; alles is al opgeslagen", "Quit; everything is saved already"),
    "tip.language": ("Switch to English", "Schakel naar het Nederlands"),
    "tip.contrast": ("Hoog contrast aan of uit", "High contrast on or off"),
    "tip.back": ("Terug naar de lijst met inzendingen", "Back to the list of entries"),
    "tip.next": ("Volgende inzending in de lijst", "Next entry in the list"),
    "tip.previous": ("Vorige inzending in de lijst", "Previous entry in the list"),
    "tip.recuse": (
        "Meld een belangenconflict voor deze inzending, of trek het in",
        "Declare a conflict of interest for this entry, or withdraw it",
    ),
    "tui.score.score": ("Score", "Score"),
    "tui.score.note": ("Notitie bij {criterion}", "Note on {criterion}"),
    "tui.score.overall": (
        "Algemene notitie (voor het juryrapport)",
        "Overall note (for the jury report)",
    ),
    "tui.score.hint": (
        "Typ een cijfer, of gebruik + en −. Backspace wist.",
        "Type a number, or use + and −. Backspace clears.",
    ),
    "tui.score.outside": ("{value} ligt buiten {scale}: niet opgeslagen.",
                          "{value} is outside {scale}: not saved."),
    "tui.score.not_number": ("{value} is geen cijfer: niet opgeslagen.",
                             "{value} is not a number: not saved."),
    "tui.score.empty": ("nog geen score", "no score yet"),
    "tui.saved": ("opgeslagen {time}", "saved {time}"),
    "tui.stale": (
        "elders gewijzigd (nu {value}); opnieuw geladen, kijk en vul opnieuw in",
        "changed elsewhere (now {value}); reloaded, look and enter again",
    ),
    "tui.saving": ("opslaan…", "saving…"),
    "tui.save_failed": ("NIET opgeslagen: {error}", "NOT saved: {error}"),
    "tui.refused": ("dat mag nu niet meer ({reason}); het scherm toont de opgeslagen stand.",
                    "no longer allowed ({reason}); the screen shows what is stored."),
    "tui.score.readonly.deliberation": (
        "Overleg: de scores staan vast. Hieronder zie je het hele panel.",
        "Deliberation: the scores are fixed. The whole panel is shown below.",
    ),
    "tui.score.readonly.final": (
        "De uitslag is definitief: niets kan nog veranderen.",
        "The result is final: nothing can change any more.",
    ),
    "tui.score.readonly.submitted": (
        "Je hebt ingediend: je scores zijn vergrendeld tot de voorzitter ze heropent.",
        "You have submitted: your scores are locked until the chair reopens them.",
    ),
    "tui.score.recused": (
        "⊘ Je hebt een belangenconflict gemeld ({reason}). Je scores voor deze inzending "
        "tellen niet mee.",
        "⊘ You declared a conflict of interest ({reason}). Your scores for this entry do "
        "not count.",
    ),
    "tui.score.panel": ("Het panel", "The panel"),
    "tui.score.panel_notes": ("Notities van het panel", "The panel's notes"),
    "tui.score.recused_jurors": ("Belangenconflict: {names}", "Recused: {names}"),
    "reason.professional": ("professioneel", "professional"),
    "reason.personal": ("persoonlijk", "personal"),
    "reason.other": ("anders", "other"),
    "tui.recuse.title": ("Belangenconflict melden", "Declare a conflict of interest"),
    "tui.recuse.intro": (
        "Ken je deze organisatie zakelijk of persoonlijk? Meld het: je scores voor deze "
        "inzending tellen dan niet mee.",
        "Do you know this organisation professionally or personally? Declare it: your "
        "scores for this entry will not count.",
    ),
    "tui.recuse.text": (
        "Toelichting (verplicht bij 'anders')", "Explanation (required for 'other')"
    ),
    "tui.recuse.declare": ("Melden", "Declare"),
    "tui.recuse.withdraw": ("Conflict intrekken", "Withdraw the conflict"),
    "tui.recuse.withdrawn": ("Conflict ingetrokken.", "Conflict withdrawn."),
    "tui.recuse.declared": ("Conflict gemeld.", "Conflict declared."),
    "tui.cancel": ("Annuleren", "Cancel"),
    "tui.close": ("Sluiten", "Close"),
    "tui.submit.title": ("Beoordeling indienen", "Submit your scoring"),
    "tui.submit.missing": (
        "Nog niet af ({count}): {ids}. Scoor ze, of meld een belangenconflict.",
        "Not done yet ({count}): {ids}. Score them, or declare a conflict of interest.",
    ),
    "tui.submit.confirm": (
        "Alles is gescoord. Na het indienen zijn je scores vergrendeld; alleen de voorzitter "
        "kan ze heropenen. Indienen?",
        "Everything is scored. After submitting your scores are locked; only the chair can "
        "reopen them. Submit?",
    ),
    "tui.all_done": (
        "Alles is gescoord of gemeld: niets meer te doen.",
        "Everything is scored or declared: nothing left to do.",
    ),
    "tui.submit.yes": ("Indienen", "Submit"),
    "tui.submit.done": ("Ingediend. Dank je wel!", "Submitted. Thank you!"),
    "tui.error.title": ("Er ging iets mis", "Something went wrong"),
    "tui.error.copy": (
        "Selecteer de tekst om hem te kopiëren voor het secretariaat.",
        "Select the text to copy it for the secretariat.",
    ),
    "key.export": ("Exporteren", "Export"),
    "tip.export": ("Schrijf de werkmap met de uitslag", "Write the ranked workbook"),
    "cmd.export": ("Export: werkmap met de uitslag", "Export: ranked workbook"),
    "tui.export.title": ("Werkmap met de uitslag", "The ranked workbook"),
    "tui.export.intro": (
        "Waar moet de Excel-werkmap komen? Voor de definitieve fase staat er 'voorlopig' in.",
        "Where should the Excel workbook go? Before the final phase it says 'provisional'.",
    ),
    "tui.export.force": ("Bestaand bestand overschrijven", "Overwrite an existing file"),
    "tui.export.write": ("Schrijven", "Write"),
    "tui.export.done": ("Werkmap geschreven: {path}", "Workbook written: {path}"),
    "tui.chair.title": ("Voorzitter", "Chair"),
    "cmd.next_unscored": ("Score: volgende inzending die nog niet af is",
                          "Score: next unscored entry"),
    "cmd.next": ("Score: volgende inzending", "Score: next entry"),
    "cmd.previous": ("Score: vorige inzending", "Score: previous entry"),
    "cmd.recuse": ("Inzending: belangenconflict melden of intrekken",
                   "Entry: declare conflict of interest"),
    "cmd.submit": ("Beoordeling: indienen", "Scoring: submit"),
    "cmd.language": ("Weergave: switch to English", "View: schakel naar Nederlands"),
    "cmd.contrast": ("Weergave: hoog contrast aan/uit", "View: high contrast on/off"),
    "cmd.help": ("Hulp: scoren en toetsen", "Help: scoring and keys"),
    "cmd.list": ("Inzending: terug naar de lijst", "Entry: back to the list"),
    "tui.help.title": ("Hulp", "Help"),
})

HELP = {
    "nl": """\
# Zo werkt scoren

1. **Kies een inzending** in de lijst (pijltjes en Enter, of klik). Bovenaan zie je hoeveel
   je al hebt gedaan. Iedere jurylid krijgt de inzendingen in een eigen volgorde.
2. **Lees de inzending** en geef per criterium een score: typ het cijfer, of gebruik
   **+** en **−** (of klik op − en +). Naast de score staat wat het cijfer betekent.
3. **Notities** bij een criterium en een **algemene notitie** helpen bij het juryrapport.
4. Alles wordt **direct opgeslagen**: onderaan staat „opgeslagen 14:02”.
5. Ken je een organisatie? Meld een **belangenconflict** (F4).
6. Alles gescoord? **Dien in** (F10). Daarna zijn je scores vergrendeld.

Tijdens het scoren zie je nooit de scores of notities van andere juryleden.

| Toets | Wat |
|---|---|
| F1 of ? | deze hulp |
| Enter | inzending openen |
| F9 | volgende inzending die nog niet af is |
| F8 / F7 | volgende / vorige inzending |
| Esc | terug naar de lijst |
| F4 | belangenconflict melden of intrekken |
| F10 | beoordeling indienen |
| F2 | English |
| F3 | hoog contrast |
| Ctrl+P | alle opdrachten |
| Ctrl+Q | stoppen |

# Voor de voorzitter

De tabbladen: **Voortgang** (wie is klaar), **Rangorde**, **Agenda** (eerst bespreken),
**Juryleden**, **Betrouwbaarheid**, **Besluiten** en het **Logboek**. Enter op een inzending
opent het overleg: alle scores en notities naast elkaar; F8 legt daar een consensus vast.

| Toets | Wat |
|---|---|
| F4 | vernieuwen |
| F5 | werkmap met de uitslag |
| F6 | andere berekening van de totalen |
| F7 | inzendingen met signalen bovenaan |
| F8 | fase wijzigen (terug vraagt om een reden) |
| F9 | gelijke stand beslissen (in de rangorde) |
""",
    "en": """\
# How scoring works

1. **Pick an entry** in the list (arrows and Enter, or click). The top shows how far you are.
   Every juror gets the entries in an order of their own.
2. **Read the entry** and give each criterion a score: type the number, or use **+** and
   **−** (or click − and +). Beside the score is what the number means.
3. **Notes** per criterion and an **overall note** help write the jury report.
4. Everything is **saved at once**: the bottom line says "saved 14:02".
5. Do you know an organisation? Declare a **conflict of interest** (F4).
6. Everything scored? **Submit** (F10). Your scores are locked afterwards.

While scoring you never see other jurors' scores or notes.

| Key | What |
|---|---|
| F1 or ? | this help |
| Enter | open an entry |
| F9 | next entry that is not done |
| F8 / F7 | next / previous entry |
| Esc | back to the list |
| F4 | declare or withdraw a conflict of interest |
| F10 | submit your scoring |
| F2 | Nederlands |
| F3 | high contrast |
| Ctrl+P | all commands |
| Ctrl+Q | quit |

# For the chair

The tabs: **Progress** (who is done), **Ranking**, **Agenda** (discuss first), **Jurors**,
**Reliability**, **Decisions** and the **Record**. Enter on an entry opens its deliberation:
every score and note side by side; F8 there records a consensus.

| Key | What |
|---|---|
| F4 | refresh |
| F5 | the ranked workbook |
| F6 | another way of making the totals |
| F7 | flagged entries on top |
| F8 | change the phase (going back needs a reason) |
| F9 | decide a tie (in the ranking) |
""",
}

# The chair's table.
STRINGS.update({
    "tui.chair.loading": ("De uitslag wordt berekend…", "Computing the results…"),
    "tui.chair.tab.progress": ("Voortgang", "Progress"),
    "tui.chair.tab.ranking": ("Rangorde", "Ranking"),
    "tui.chair.tab.agenda": ("Agenda", "Agenda"),
    "tui.chair.tab.jurors": ("Juryleden", "Jurors"),
    "tui.chair.tab.reliability": ("Betrouwbaarheid", "Reliability"),
    "tui.chair.tab.decisions": ("Besluiten", "Decisions"),
    "tui.chair.tab.audit": ("Logboek", "Record"),
    "tui.chair.progress_legend": (
        "✓ gescoord  ◐ deels  · te doen  ⊘ belangenconflict — Enter opent een inzending.",
        "✓ scored  ◐ partly  · to do  ⊘ recused — Enter opens an entry.",
    ),
    "tui.chair.waiting": ("Nog niet ingediend: {names}.", "Not submitted yet: {names}."),
    "tui.chair.all_submitted": ("Alle juryleden hebben ingediend.",
                                "Every juror has submitted."),
    "tui.chair.title_column": ("Titel", "Title"),
    "tui.chair.category": ("Categorie", "Category"),
    "tui.chair.flags": ("Signalen", "Flags"),
    "tui.chair.ranking_note": (
        "Berekening: {aggregate} (F6 wisselt) · signalen eerst: {flagged} (F7) · klik een "
        "kolomkop om te sorteren · Enter opent het overleg over een inzending. Tussen haakjes: "
        "het berekende totaal naast het afgesproken. ⚠ oneens · ◆ uitschieter · = gelijke "
        "stand · ○ onvolledig · ✓ consensus · ↕ gelijke stand beslist op.",
        "Aggregate: {aggregate} (F6 switches) · flagged first: {flagged} (F7) · click a column "
        "header to sort · Enter opens the deliberation of an entry. In brackets: the computed "
        "total beside the agreed one. ⚠ disagreement · ◆ outlier · = tie · ○ incomplete · "
        "✓ consensus · ↕ tie broken by.",
    ),
    "tui.chair.agenda_intro": (
        "Eerst bespreken: waar de jury het oneens is en wat dicht bij de nominatiegrens ligt. "
        "Enter opent de inzending.",
        "Discuss first: where the jury disagrees and what lies close to the nominee cut-off. "
        "Enter opens the entry.",
    ),
    "tui.agenda.category": ("Categorie", "Category"),
    "tui.agenda.rank": ("#", "#"),
    "tui.agenda.entry": ("Inzending", "Entry"),
    "tui.agenda.why": ("Waarom bespreken", "Why discuss it"),
    "tui.agenda.cutoff": ("{distance} van de nominatiegrens ({side})",
                          "{distance} from the nominee cut-off ({side})"),
    "tui.agenda.in": ("genomineerd", "nominated"),
    "tui.agenda.out": ("net erbuiten", "just outside"),
    "tui.agenda.spread": ("⚠ spreiding {spread} op {criterion}", "⚠ range {spread} on {criterion}"),
    "tui.chair.reopen": ("Beoordeling heropenen", "Reopen scoring"),
    "tui.chair.phase_button": ("Fase wijzigen", "Change phase"),
    "tui.chair.phase_text": (
        "Fase: {phase}. Kies een regel in de tabel en bevestig de nominaties, daarna de "
        "winnaar. Wie anders kiest dan de rangorde voorstelt, geeft een motivering.",
        "Phase: {phase}. Pick a row in the table and confirm the nominees, then the winner. "
        "Choosing other than the ranking proposes needs a rationale.",
    ),
    "tui.chair.frozen": ("bevroren op {at}", "frozen at {at}"),
    "tui.chair.recorded": ("Vastgelegd.", "Recorded."),
    "tui.chair.aggregate_now": ("Berekening: {aggregate}", "Aggregate: {aggregate}"),
    "tui.chair.stable": (
        "De winnaars blijven dezelfde, welk jurylid er ook wegvalt.",
        "The winners stay the same whichever juror is left out.",
    ),
    "tui.chair.unstable": (
        "Let op: zonder één van de juryleden wint een andere inzending.",
        "Note: without one of the jurors another entry wins.",
    ),
    "tui.chair.without": ("Zonder {juror} wint in {category}: {winner}.",
                          "Without {juror}, {category} is won by {winner}."),
    "tui.chair.schulze_same": ("Schulze-controle {category}: ook {winner}.",
                               "Schulze check {category}: {winner} too."),
    "tui.chair.schulze_differs": (
        "Schulze-controle {category}: {winner} — wijkt af van de rangorde, bespreek dit.",
        "Schulze check {category}: {winner} — differs from the ranking, discuss it.",
    ),
    "tui.chair.history": ("Besluiten", "Decisions"),
    "tui.chair.revised": ("herzien", "revised"),
    "tui.chair.no_decisions": ("Nog geen besluiten.", "No decisions yet."),
    "tui.choices.category": ("Categorie", "Category"),
    "tui.choices.what": ("Besluit", "Decision"),
    "tui.choices.proposed": ("Voorstel", "Proposed"),
    "tui.choices.chosen": ("Gekozen", "Chosen"),
    "tui.choices.rationale": ("Motivering", "Rationale"),
    "tui.choices.nominees": ("Nominaties", "Nominees"),
    "tui.choices.winner": ("Winnaar", "Winner"),
    "tui.choices.tie": ("Gelijke stand", "Tie"),
    "tui.choices.open": ("nog open", "open"),
    "tui.audit.action": ("Actie (bijv. score, phase)", "Action (e.g. score, phase)"),
    "tui.audit.who": ("Wie", "Who"),
    "tui.audit.search": ("Zoek in onderwerp en toelichting", "Search subject and detail"),
    "tui.phase.title": ("Fase wijzigen", "Change the phase"),
    "tui.phase.intro": (
        "Nu: {phase}. Terug naar een eerdere fase vraagt om een reden; definitief vraagt een "
        "winnaar in elke categorie en zet alles vast.",
        "Now: {phase}. Going back needs a reason; final needs a winner in every category and "
        "locks everything.",
    ),
    "tui.phase.reason": ("Reden", "Reason"),
    "tui.phase.reason_needed": ("Geef een reden.", "Give a reason."),
    "tui.phase.unsubmitted": ("Nog niet ingediend: {names}.", "Not submitted yet: {names}."),
    "tui.phase.confirm": ("Toch verder: hun scores tot nu toe tellen",
                          "Move on anyway: their scores so far count"),
    "tui.phase.confirm_needed": ("Bevestig eerst dat je verder wilt zonder hun indiening.",
                                 "First confirm moving on without their submission."),
    "tui.phase.change": ("Wijzigen", "Change"),
    "tui.consensus.title": ("Consensus vastleggen", "Record a consensus"),
    "tui.consensus.total": ("Totaal", "Total"),
    "tui.consensus.value": ("Afgesproken waarde ({low}–{high})", "Agreed value ({low}–{high})"),
    "tui.consensus.rationale": ("Motivering (verplicht)", "Rationale (required)"),
    "tui.consensus.record": ("Vastleggen", "Record"),
    "tui.consensus.not_a_number": ("'{text}' is geen getal.", "'{text}' is not a number."),
    "tui.consensus.outside": ("Kies een waarde van {low} tot en met {high}.",
                              "Pick a value from {low} to {high}."),
    "tui.consensus.rationale_needed": ("Een consensus heeft een motivering nodig.",
                                       "A consensus needs a rationale."),
    "tui.decide.nominees": ("Nominaties bevestigen", "Confirm the nominees"),
    "tui.decide.winner": ("Winnaar kiezen", "Choose the winner"),
    "tui.decide.nominees_intro": (
        "Kies {n} genomineerden; het voorstel van de rangorde staat aangevinkt.",
        "Choose {n} nominees; the ranking's proposal is ticked.",
    ),
    "tui.decide.winner_intro": ("Kies de winnaar uit de genomineerden.",
                                "Choose the winner from the nominees."),
    "tui.decide.rationale": ("Motivering (verplicht als je afwijkt van het voorstel)",
                             "Rationale (required when you differ from the proposal)"),
    "tui.decide.confirm": ("Bevestigen", "Confirm"),
    "tui.decide.count": ("Kies er precies {n}.", "Choose exactly {n}."),
    "tui.decide.rationale_needed": ("Je wijkt af van het voorstel: geef een motivering.",
                                    "You differ from the proposal: give a rationale."),
    "tui.decide.nominees_first": ("Bevestig eerst de nominaties.",
                                  "Confirm the nominees first."),
    "tui.deliberation.juror": ("Jurylid", "Juror"),
    "tui.deliberation.computed": ("berekend", "computed"),
    "tui.deliberation.rank": ("Plaats", "Rank"),
    "tui.deliberation.mean": ("Gemiddelde", "Mean"),
    "tui.deliberation.median": ("Mediaan", "Median"),
    "tui.deliberation.adjusted": ("Gecorrigeerd", "Adjusted"),
    "tui.deliberation.agreed": ("Afgesproken", "Agreed"),
    "tui.deliberation.range": ("Spreiding", "Range"),
    "tui.deliberation.recused": ("{juror} heeft een belangenconflict",
                                 "{juror} declared a conflict"),
    "tui.deliberation.no_flags": ("Geen signalen: de jury is het eens.",
                                  "No flags: the jury agrees."),
    "tui.deliberation.notes": ("Notities", "Notes"),
    "tui.deliberation.overall": ("algemeen", "overall"),
    "tui.deliberation.no_notes": ("Geen notities.", "No notes."),
    "key.refresh": ("Vernieuwen", "Refresh"),
    "tip.refresh": ("Haal de laatste scores en besluiten op", "Fetch the latest scores and "
                    "decisions"),
    "key.aggregate": ("Berekening", "Aggregate"),
    "tip.aggregate": ("Wissel de berekening van de totalen", "Switch how totals are made"),
    "key.flagged": ("Signalen eerst", "Flagged first"),
    "tip.flagged": ("Zet inzendingen met signalen bovenaan", "Put flagged entries on top"),
    "key.phase": ("Fase", "Phase"),
    "tip.phase": ("Naar overleg, definitief, of terug met een reden",
                  "On to deliberation, final, or back with a reason"),
    "key.tie": ("Gelijke stand", "Tie"),
    "tip.tie": ("Leg de volgorde vast van inzendingen die geen regel kan scheiden",
                "Record the order of entries no rule can separate"),
    "tui.tie.title": ("Gelijke stand beslissen", "Decide a tie"),
    "tui.tie.intro": (
        "Geen regel kan deze inzendingen scheiden. Vink ze aan in de volgorde die de jury "
        "kiest, de eerste bovenaan, en geef de motivering.",
        "No rule can separate these entries. Tick them in the order the jury chooses, the "
        "first on top, and give the rationale.",
    ),
    "tui.tie.all": ("Vink alle inzendingen aan, in volgorde.", "Tick every entry, in order."),
    "tui.tie.none": ("Deze inzending staat niet gelijk met een andere.",
                     "This entry is not tied with another."),
    "key.back_chair": ("Terug", "Back"),
    "tip.back_chair": ("Terug naar de tafel van de voorzitter", "Back to the chair's table"),
    "key.consensus": ("Consensus", "Consensus"),
    "tip.consensus": ("Leg een afgesproken waarde vast, met motivering",
                      "Record an agreed value, with its rationale"),
})

# The offline scoresheet.
STRINGS.update({
    "scoresheet.written": ("Scoreformulier voor {juror} geschreven ({entries}): {path}",
                           "Scoresheet for {juror} written ({entries}): {path}"),
    "scoresheet.plan": (
        "Scoreformulier van {juror} (geschreven {written}): {new} nieuw, {changed} gewijzigd, "
        "{conflicts} conflict(en), {unchanged} ongewijzigd.",
        "Scoresheet of {juror} (written {written}): {new} new, {changed} changed, "
        "{conflicts} conflict(s), {unchanged} unchanged.",
    ),
    "scoresheet.cell": ("Cel", "Cell"),
    "scoresheet.entry": ("Inzending", "Entry"),
    "scoresheet.what": ("Wat", "What"),
    "scoresheet.kind": ("Soort", "Kind"),
    "scoresheet.old": ("Nu in de database", "Now in the database"),
    "scoresheet.new": ("Op het formulier", "On the sheet"),
    "scoresheet.note": ("algemene notitie", "overall note"),
    "scoresheet.recusal": ("belangenconflict", "conflict of interest"),
    "scoresheet.kind.new": ("nieuw", "new"),
    "scoresheet.kind.changed": ("gewijzigd", "changed"),
    "scoresheet.kind.conflict": ("conflict (overschreven)", "conflict (overwritten)"),
    "scoresheet.dry_run": ("Niets opgeslagen (--dry-run).", "Nothing saved (--dry-run)."),
    "scoresheet.applied": ("Opgeslagen.", "Saved."),
})

# Identity: a conflict of interest declared on an entry the juror had scored.
STRINGS.update({
    "identity.recuse.cleared": (
        "Conflict gemeld. Je scores voor deze inzending zijn gewist (het logboek bewaart ze).",
        "Conflict declared. Your scores for this entry were cleared (the audit trail keeps "
        "them).",
    ),
})

STRINGS.update({
    "serve.exposed": (
        "Let op: jury luistert op {host}, niet alleen op deze computer. Pincodes gaan zonder "
        "TLS over het netwerk; zet er een reverse proxy met HTTPS voor, of gebruik een "
        "SSH-tunnel (zie de README).",
        "Note: jury listens on {host}, not only on this computer. PINs cross the network "
        "without TLS; put a reverse proxy with HTTPS in front, or use an SSH tunnel (see the "
        "README).",
    ),
})

# Outside text on screen: links in an entry's description.
STRINGS.update({
    "text.link.title": ("Link openen?", "Open this link?"),
    "text.link.intro": (
        "Deze link staat in de tekst van de inzending. Hij opent in uw browser; open hem "
        "alleen als het adres klopt:",
        "This link is in the entry's text. It opens in your browser; open it only if the "
        "address is what you expect:",
    ),
    "text.link.open": ("Openen", "Open"),
    "text.link.refused": (
        "Deze link wordt niet geopend: alleen http- en https-adressen kunnen vanuit een "
        "inzending worden geopend.",
        "This link is not opened: only http and https addresses can be opened from an entry.",
    ),
})

# How sure the ranking is: readings, chances, close calls, the design, the spread check.
STRINGS.update({
    "reading.title": ("Wat de cijfers betekenen voor dit besluit",
                      "What the figures mean for this decision"),
    "reading.alpha.reliable": (
        "Alpha {value}: de juryleden zijn het goed genoeg eens om op hun gemiddelde te bouwen; "
        "de rangorde weerspiegelt de jury, niet het toeval.",
        "Alpha {value}: the jurors agree closely enough to build on their mean; the ranking "
        "reflects the jury, not chance.",
    ),
    "reading.alpha.tentative": (
        "Alpha {value}: de juryleden zijn het redelijk eens; trek voorzichtig conclusies en "
        "bespreek eerst de inzendingen dicht bij de grens.",
        "Alpha {value}: the jurors agree moderately; draw conclusions with care and discuss "
        "the entries near the cut-off first.",
    ),
    "reading.alpha.unreliable": (
        "Alpha {value}: de juryleden verschillen zo sterk dat de scores alleen de uitslag niet "
        "dragen; laat de jury de koplopers bespreken voordat ze besluit.",
        "Alpha {value}: the jurors differ so much that the scores alone cannot carry the "
        "result; let the jury discuss the leading entries before it decides.",
    ),
    "reading.alpha.too_few": (
        "Alpha: te weinig inzendingen met twee of meer scores om overeenstemming te meten.",
        "Alpha: too few entries with two or more scores to measure agreement.",
    ),
    "reading.alpha.single_entry": (
        "Alpha: maar één inzending heeft meer dan één score; uit één inzending is "
        "overeenstemming niet af te lezen.",
        "Alpha: only one entry has more than one score; agreement cannot be read from a "
        "single entry.",
    ),
    "reading.alpha.identical": (
        "Alpha: alle scores zijn gelijk; de jury is het volledig eens, maar er is geen verschil "
        "om betrouwbaarheid aan te meten.",
        "Alpha: every score is the same; the jury agrees completely, but there is no "
        "difference to measure reliability against.",
    ),
    "reading.icc.excellent": (
        "ICC {value}: het jurygemiddelde is zeer betrouwbaar; een andere jury van deze omvang "
        "zou vrijwel hetzelfde gemiddelde geven.",
        "ICC {value}: the jury's mean is highly reliable; another jury of this size would give "
        "almost the same mean.",
    ),
    "reading.icc.good": (
        "ICC {value}: het jurygemiddelde is betrouwbaar; kleine verschillen tussen inzendingen "
        "kunnen nog toeval zijn.",
        "ICC {value}: the jury's mean is reliable; small differences between entries may "
        "still be chance.",
    ),
    "reading.icc.moderate": (
        "ICC {value}: het jurygemiddelde is matig betrouwbaar; behandel verschillen van een "
        "paar tienden als gelijkspel.",
        "ICC {value}: the jury's mean is moderately reliable; treat differences of a few "
        "tenths as a tie.",
    ),
    "reading.icc.poor": (
        "ICC {value}: het jurygemiddelde is weinig betrouwbaar; een anders samengestelde jury "
        "kan goed een andere volgorde geven.",
        "ICC {value}: the jury's mean is not very reliable; a differently composed jury could "
        "well give a different order.",
    ),
    "reading.icc.none": (
        "ICC: niet te berekenen (te weinig inzendingen die alle juryleden scoorden, of geen "
        "verschil tussen de inzendingen).",
        "ICC: cannot be computed (too few entries that every juror scored, or no difference "
        "between the entries).",
    ),
    "reading.w.strong": (
        "W {value}: de juryleden zetten de inzendingen in bijna dezelfde volgorde.",
        "W {value}: the jurors put the entries in nearly the same order.",
    ),
    "reading.w.moderate": (
        "W {value}: de juryleden zijn het grotendeels eens over de volgorde, maar niet overal.",
        "W {value}: the jurors mostly agree on the order, though not everywhere.",
    ),
    "reading.w.weak": (
        "W {value}: de juryleden zijn het maar zwak eens over de volgorde; de plaatsen onder "
        "de top verdienen bespreking.",
        "W {value}: the jurors agree only weakly on the order; the places below the top "
        "deserve discussion.",
    ),
    "reading.w.very weak": (
        "W {value}: de juryleden zijn het nauwelijks eens over de volgorde; de rangorde is "
        "vooral een gemiddelde van uiteenlopende meningen.",
        "W {value}: the jurors hardly agree on the order; the ranking is mostly an average of "
        "diverging opinions.",
    ),
    "reading.w.none": (
        "W: niet te berekenen (te weinig inzendingen die alle juryleden scoorden).",
        "W: cannot be computed (too few entries that every juror scored).",
    ),
    "reading.leave_one_out.stable": (
        "Zonder welk jurylid dan ook blijft elke winnaar dezelfde: geen jurylid beslist in "
        "zijn eentje.",
        "Without any one juror every winner stays the same: no single juror decides alone.",
    ),
    "reading.leave_one_out.depends": (
        "Zonder één van deze juryleden wint een andere inzending: {jurors}. De uitslag hangt "
        "aan afzonderlijke juryleden; leg vast waarom de jury deze winnaar kiest.",
        "Leaving out any one of these jurors gives another winner: {jurors}. The result hangs "
        "on single jurors; record why the jury chooses this winner.",
    ),
    "reading.why.too_few": ("te weinig scores", "too few scores"),
    "reading.why.single_entry": ("één inzending", "a single entry"),
    "reading.why.identical": ("alle scores gelijk", "all scores identical"),
    "chance.title": ("Kansen", "Chances"),
    "chance.win_column": ("Winst", "Win"),
    "chance.nominated_column": ("Nom.", "Nom."),
    "chance.places_column": ("Plaats", "Place"),
    "chance.line": (
        "Kans op winst {win}, op nominatie {nominated}, plaats {places}.",
        "Chance to win {win}, to be nominated {nominated}, place {places}.",
    ),
    "chance.weights_line": (
        "Met gewichten ±20%: winst {win}, nominatie {nominated}, plaats {places}.",
        "With weights ±20%: win {win}, nominated {nominated}, place {places}.",
    ),
    "chance.none": ("Geen kansen berekend (te weinig scores).",
                    "No chances computed (too few scores)."),
    "chance.method": (
        "Kansen: de jury {draws} keer opnieuw getrokken uit haar eigen leden (met "
        "teruglegging), telkens met correctie voor strengheid en rangorde opnieuw berekend; "
        "daarnaast {weights} keer de gewichten elk binnen ±20%. Plaats: het middelste {level} "
        "van de trekkingen. Gelijke totalen in een trekking delen de plaats.",
        "Chances: the jury drawn {draws} times from its own members (with replacement), each "
        "time with the leniency adjustment and the ranking computed again; and {weights} "
        "times the weights, each within ±20%. Place: the middle {level} of the draws. Equal "
        "totals in a draw share the place.",
    ),
    "chance.method_exhaustive": (
        "Kansen: alle {draws} mogelijke trekkingen van de jury uit haar eigen leden (met "
        "teruglegging) doorgerekend, telkens met correctie voor strengheid en rangorde; "
        "daarnaast {weights} keer de gewichten elk binnen ±20%. Plaats: het middelste {level} "
        "van de trekkingen. Gelijke totalen in een trekking delen de plaats.",
        "Chances: every one of the {draws} possible draws of the jury from its own members "
        "(with replacement), each with the leniency adjustment and the ranking; and {weights} "
        "times the weights, each within ±20%. Place: the middle {level} of the draws. Equal "
        "totals in a draw share the place.",
    ),
    "chance.method_none": ("Kansen: te weinig scores om te trekken.",
                           "Chances: too few scores to draw from."),
    "chance.fewer": ("(Bij deze omvang {draws} in plaats van {asked} trekkingen.)",
                     "(At this size {draws} draws instead of {asked}.)"),
    "design.disconnected": (
        "⚠ Onverbonden ontwerp: de juryleden vallen uiteen in {count} groepen die geen "
        "inzending delen; hun strengheid is tussen groepen niet te vergelijken.",
        "⚠ Disconnected design: the jurors fall into {count} groups that share no entry; "
        "their leniency cannot be compared across groups.",
    ),
    "design.group": ("  Groep {number}: {jurors} — {entries}",
                     "  Group {number}: {jurors} — {entries}"),
    "design.fallback": (
        "⚠ {categories}: de inzendingen vallen in meer dan één groep; daarom gerangschikt op "
        "het gewone gemiddelde, niet gecorrigeerd voor strengheid.",
        "⚠ {categories}: the entries fall in more than one group, so they are ranked on the "
        "plain mean, not adjusted for leniency.",
    ),
    "design.split": (
        "⚠ {categories}: de inzendingen vallen in meer dan één groep; deze berekening "
        "corrigeert niet voor strengheid, dus de groepen worden vergeleken zoals ze scoorden.",
        "⚠ {categories}: the entries fall in more than one group; this aggregate does not "
        "adjust for leniency, so the groups are compared as they scored.",
    ),
    "design.within": (
        "Elke categorie valt binnen één groep: de gecorrigeerde rangorde vergelijkt alleen wat "
        "de jury verbindt.",
        "Every category lies within one group: the adjusted ranking compares only what the "
        "jury connects.",
    ),
    "close.winner": (
        "⚖ Nipte beslissing over de winnaar{category}: {entry} staat {lead} voor op {next}, "
        "minder dan de marge van {margin}. Bevestigen vraagt een motivering.",
        "⚖ Close call for the winner{category}: {entry} leads {next} by {lead}, less than "
        "the margin of {margin}. Confirming it needs a rationale.",
    ),
    "close.nominees": (
        "⚖ Nipte beslissing over de laatste nominatie{category}: {entry} staat {lead} voor op "
        "{next}, minder dan de marge van {margin}. Bevestigen vraagt een motivering.",
        "⚖ Close call for the last nominee{category}: {entry} leads {next} by {lead}, less "
        "than the margin of {margin}. Confirming it needs a rationale.",
    ),
    "close.flag": ("⚖ nipt", "⚖ close"),
    "check.title": ("Controle: spreiding per jurylid", "Check: each juror's spread"),
    "check.same": (
        "Controle met gestandaardiseerde scores (elk jurylid op eigen gemiddelde en "
        "spreiding, niet toegepast): dezelfde volgorde.",
        "Check with standardised scores (each juror on their own mean and spread, not "
        "applied): the same order.",
    ),
    "check.differs": (
        "Controle met gestandaardiseerde scores (elk jurylid op eigen gemiddelde en "
        "spreiding, niet toegepast) verschuift:",
        "Check with standardised scores (each juror on their own mean and spread, not "
        "applied) moves:",
    ),
    "check.change": ("  {category} {entry}: plaats {rank} → {standardised}",
                     "  {category} {entry}: place {rank} → {standardised}"),
    "tui.decide.close_call": (
        "{text} Geef een motivering, ook als je het voorstel volgt.",
        "{text} Give a rationale, even when you follow the proposal.",
    ),
    "tui.decide.close_needed": ("Nipte beslissing: geef een motivering.",
                                "Close call: give a rationale."),
})
