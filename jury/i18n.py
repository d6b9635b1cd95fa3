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
    # A save the database did not take (saving.py): the value stays, Ctrl+S tries again.
    "saving.title": ("Niet opgeslagen", "Not saved"),
    "saving.not_saved": (
        "NIET opgeslagen. {reason} Wat je invoerde staat nog op het scherm; Ctrl+S slaat het "
        "opnieuw op.",
        "NOT saved. {reason} What you entered is still on screen; Ctrl+S saves it again.",
    ),
    "saving.busy": (
        "Een ander programma hield de database te lang bezet.",
        "Another program kept the database busy for too long.",
    ),
    "key.save_again": ("Opnieuw opslaan", "Save again"),
    "tip.save_again": ("Sla opnieuw op wat de database niet aannam",
                       "Save again what the database did not take"),
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
        "Typ een cijfer, of + en −; Backspace wist. Tab: volgende score, ↓: notitie. F1: hulp.",
        "Type a number, or + and −; Backspace clears. Tab: next score, ↓: note. F1: help.",
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
   je al hebt gedaan. Ieder jurylid krijgt de inzendingen in een eigen volgorde.
2. **Lees de inzending** (PageUp/PageDown of de muis) en geef per criterium een score.
3. **Notities** bij een criterium en een **algemene notitie** helpen bij het juryrapport.
4. Alles wordt **direct opgeslagen**: naast de score staat „✓ opgeslagen 14:02”.
5. Ken je een organisatie? Meld een **belangenconflict** (F4).
6. Alles gescoord? **Dien in** (F10 in de lijst). Daarna zijn je scores vergrendeld.

Tijdens het scoren zie je nooit de scores of notities van andere juryleden.

## Het scoreveld

Een score verandert alleen als jij dat bedoelt:

- **Cijfers** typen de score. Op een schaal met halve punten mag ook een **komma of punt**
  („7,5”).
- Een getypte score wordt **meteen opgeslagen** zodra geen volgend cijfer er nog een andere
  geldige score van kan maken: op 1–10 zijn „2” tot en met „9” meteen klaar. „1” **wacht**
  op een tweede cijfer („10”) of op **Enter**, **Tab** of het verlaten van het veld.
  Even wachten maakt van een half getypt getal nooit een andere score.
- Een score buiten de schaal („0”, „11”, „7,5” bij hele cijfers) wordt **geweigerd**; er
  staat wat wel mag („alleen hele cijfers van 1 tot 10”) en de oude score blijft staan.
- **+** en **−** (ook op het numerieke toetsenbord) verhogen of verlagen de score.
- **Backspace** haalt het laatst getypte cijfer weg; zonder getypt cijfer wissen
  **Backspace** en **Delete** de score. **Esc** haalt een half getypt getal weg.
- **Letters** doen niets; je krijgt een korte aanwijzing.
- **Tab** en **Shift+Tab** gaan naar de volgende en vorige score, zoals in een rekenblad;
  **↓** en **↑** gaan naar het volgende en vorige veld, ook de notities.
- **Alle andere toetsen** laten de score met rust: PageUp en PageDown bladeren (de focus
  blijft op een score), de F-toetsen doen wat onderaan staat.

| Toets | Wat |
|---|---|
| F1 of ? | deze hulp |
| Enter | inzending openen |
| / | zoeken in de lijst (Esc wist de zoekopdracht) |
| F6 | volgorde van de lijst |
| F9 | volgende inzending die nog niet af is (binnen je filter of zoekopdracht) |
| F8 / F7 | volgende / vorige inzending |
| Tab / Shift+Tab | in een score: volgende / vorige score; elders: volgend / vorig veld |
| ↑ / ↓ | vorig / volgend veld; in de tekst: scrollen |
| PageUp / PageDown | een scherm terug / verder |
| Esc | terug naar de lijst |
| F4 | belangenconflict melden of intrekken |
| F10 | beoordeling indienen |
| F2 | English |
| F3 | hoog contrast |
| Ctrl+P | alle opdrachten |
| Ctrl+Q | stoppen (alles is al opgeslagen) |
""",
    "en": """\
# How scoring works

1. **Pick an entry** in the list (arrows and Enter, or click). The top shows how far you are.
   Every juror gets the entries in an order of their own.
2. **Read the entry** (PageUp/PageDown or the mouse) and give each criterion a score.
3. **Notes** per criterion and an **overall note** help write the jury report.
4. Everything is **saved at once**: beside the score it says "✓ saved 14:02".
5. Do you know an organisation? Declare a **conflict of interest** (F4).
6. Everything scored? **Submit** (F10 in the list). Your scores are locked afterwards.

While scoring you never see other jurors' scores or notes.

## The score field

A score changes only when you mean it:

- **Digits** type the score. On a scale with half points a **comma or point** too ("7.5").
- A typed score is **saved at once** when no further digit could make it another valid
  score: on 1–10, "2" to "9" are done at once. "1" **waits** for a second digit ("10") or
  for **Enter**, **Tab** or leaving the field. A pause never turns a half-typed number into
  a different score.
- A score off the scale ("0", "11", "7.5" on whole numbers) is **refused**; it says what is
  allowed ("only whole numbers from 1 to 10") and the old score stays.
- **+** and **−** (also on the numeric keypad) raise or lower the score.
- **Backspace** takes back the last digit typed; with nothing typed, **Backspace** and
  **Delete** clear the score. **Esc** takes back a half-typed number.
- **Letters** do nothing; you get a short hint.
- **Tab** and **Shift+Tab** go to the next and previous score, as in a spreadsheet; **↓**
  and **↑** go to the next and previous field, notes included.
- **Every other key** leaves the score alone: PageUp and PageDown turn the page (the focus
  stays on a score), the F-keys do what the bottom line says.

| Key | What |
|---|---|
| F1 or ? | this help |
| Enter | open an entry |
| / | search the list (Esc clears the search) |
| F6 | order of the list |
| F9 | next entry that is not done (within your filter or search) |
| F8 / F7 | next / previous entry |
| Tab / Shift+Tab | in a score: next / previous score; elsewhere: next / previous field |
| ↑ / ↓ | previous / next field; in the text: scroll |
| PageUp / PageDown | a screen back / on |
| Esc | back to the list |
| F4 | declare or withdraw a conflict of interest |
| F10 | submit your scoring |
| F2 | Nederlands |
| F3 | high contrast |
| Ctrl+P | all commands |
| Ctrl+Q | quit (everything is saved already) |
""",
}

# The chair's help: what the chair's screens show and do (F1 there).
CHAIR_HELP = {
    "nl": """\
# De tafel van de voorzitter

Je ziet de scores van de hele jury en leidt het overleg. Elk besluit wordt vastgelegd in
het logboek, met wie, wanneer en waarom.

## Tabbladen

- **Voortgang**: wie heeft ingediend, en per inzending per jurylid ✓ gescoord, ◐ deels,
  · te doen of ⊘ belangenconflict.
- **Rangorde**: per categorie de totalen; ★ = genomineerd, 🏆 = winnaar (zodra gekozen).
  Een streep markeert de nominatiegrens. Signalen: ⚠ oneens, ◆ uitschieter,
  = gelijke stand, ○ onvolledig, ✓ consensus.
- **Agenda**: wat de jury eerst moet bespreken (onenigheid, dicht bij de grens).
- **Juryleden**: hoe mild of streng ieder jurylid scoort, en de overeenstemming.
- **Betrouwbaarheid**: hoe eensgezind de jury is, en of de winnaar stevig staat.
- **Besluiten**: fase, nominaties en winnaar per categorie, en alle besluiten tot nu toe.
- **Logboek**: elke wijziging, te filteren op actie, persoon en tekst.
- **Feedback**: per inzending wat de jury de inzender terugschrijft, en de brieven.

## Fasen

1. **Beoordelen**: juryleden scoren en dienen in. Je kunt een indiening heropenen.
2. **Overleg**: de scores staan vast. Enter op een inzending opent het overleg; daar legt
   F8 een **consensus** vast (een afgesproken waarde met motivering).
3. **Definitief**: nominaties en winnaar staan vast; alles is alleen nog te lezen.

Terug naar een eerdere fase kan (F8 op de tafel), met een reden. Een toets die in deze
fase niet kan, staat gedimd onderaan; wie hem toch indrukt, krijgt te lezen waarom.

## Toetsen

| Toets | Wat |
|---|---|
| F1 of ? | deze hulp |
| Ctrl+PageUp / Ctrl+PageDown, of klik | vorig / volgend tabblad |
| Enter | overleg over de inzending onder de cursor |
| F4 | vernieuwen |
| F5 | werkmap met de uitslag |
| F6 | andere berekening van de totalen |
| F7 | inzendingen met signalen bovenaan |
| F8 | fase wijzigen (terug vraagt om een reden) |
| F9 | gelijke stand beslissen (in de rangorde) |
| F8 (in het overleg) | consensus vastleggen (alleen in de fase overleg) |
| F9 (in het overleg) | laudatio voor de uitreiking |
| Esc (in het overleg) | terug naar de tafel |
| F11 | de juryvergadering leiden (agenda, timer, stemming, notulen) |
| F2 | English |
| F3 | hoog contrast |
| Ctrl+Q | stoppen |

In een venster: Enter bevestigt, Esc annuleert, Spatie kiest, Tab gaat naar het volgende
veld.
""",
    "en": """\
# The chair's table

You see the whole jury's scores and lead the meeting. Every decision is written to the
record, with who, when and why.

## Tabs

- **Progress**: who has submitted, and per entry per juror ✓ scored, ◐ partly, · to do or
  ⊘ recused.
- **Ranking**: the totals per category; ★ = nominee, 🏆 = winner (once chosen). A line
  marks the nominee cut-off. Flags: ⚠ disagreement, ◆ outlier, = tie, ○ incomplete,
  ✓ consensus.
- **Agenda**: what the jury should discuss first (disagreement, close to the cut-off).
- **Jurors**: how lenient or strict each juror scores, and their agreement.
- **Reliability**: how much the jury agrees, and whether the winner is robust.
- **Decisions**: the phase, the nominees and winner per category, every decision so far.
- **Record**: every change, filtered by action, person and text.
- **Feedback**: per entry what the jury writes back to the entrant, and the letters.

## Phases

1. **Scoring**: jurors score and submit. You can reopen a submission.
2. **Deliberation**: the scores are fixed. Enter on an entry opens its deliberation; F8
   there records a **consensus** (an agreed value with a rationale).
3. **Final**: nominees and winner are fixed; everything is read-only.

Going back to an earlier phase is possible (F8 on the table), with a reason. A key that
cannot be used in this phase is dimmed at the bottom; pressing it says why.

## Keys

| Key | What |
|---|---|
| F1 or ? | this help |
| Ctrl+PageUp / Ctrl+PageDown, or click | previous / next tab |
| Enter | deliberate the entry under the cursor |
| F4 | refresh |
| F5 | the ranked workbook |
| F6 | another way of making the totals |
| F7 | flagged entries on top |
| F8 | change the phase (going back needs a reason) |
| F9 | decide a tie (in the ranking) |
| F8 (in a deliberation) | record a consensus (in the deliberation phase only) |
| F9 (in a deliberation) | the laudatio for the ceremony |
| Esc (in a deliberation) | back to the table |
| F11 | lead the jury meeting (agenda, timer, ballot, minutes) |
| F2 | Nederlands |
| F3 | high contrast |
| Ctrl+Q | quit |

In a dialog: Enter confirms, Esc cancels, Space chooses, Tab goes to the next field.
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
        "Fase: {phase}. Kies een regel in de tabel (Enter of de knop) en bevestig de "
        "nominaties, daarna de winnaar. Wie anders kiest dan de rangorde voorstelt, geeft een "
        "motivering.",
        "Phase: {phase}. Pick a row in the table (Enter or the button) and confirm the "
        "nominees, then the winner. A choice other than the ranking's proposal needs a "
        "rationale.",
    ),
    "tui.chair.phase_only": ("Fase: {phase}.", "Phase: {phase}."),
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

# The score field, focus and keys on every screen (the juror's and the chair's).
STRINGS.update({
    "score.allowed.whole": ("hele cijfers van {low} tot {high}",
                            "whole numbers from {low} to {high}"),
    "score.allowed.steps": ("cijfers van {low} tot {high} in stappen van {step}",
                            "numbers from {low} to {high} in steps of {step}"),
    "score.refused": ("{typed}: alleen {allowed}. De score blijft {old}.",
                      "{typed}: only {allowed}. The score stays {old}."),
    "score.refused_separator": ("„{typed}” kan niet: alleen {allowed}. De score blijft {old}.",
                                "'{typed}' cannot be used: only {allowed}. The score stays "
                                "{old}."),
    "score.letter": ("Letters tellen niet: typ {allowed}, of + en −.",
                     "Letters do not count: type {allowed}, or + and −."),
    "score.typing": ("typ verder, of Enter", "keep typing, or Enter"),
    "score.not_saved": ("niet opgeslagen", "not saved"),
    "score.recused_hint": (
        "Er valt hier niets te scoren. F4 trekt het belangenconflict in.",
        "Nothing to score here. F4 withdraws the conflict of interest.",
    ),
    "score.withdraw_question": (
        "Het belangenconflict intrekken? Daarna kun je deze inzending weer scoren.",
        "Withdraw the conflict of interest? You can then score this entry again.",
    ),
    "score.none_in_selection": (
        "Binnen je filter of zoekopdracht is niets meer te doen; daarbuiten nog {count}. "
        "Wis de zoekopdracht (/ en Esc) of het filter.",
        "Nothing left to do within your filter or search; {count} more outside it. Clear "
        "the search (/ and Esc) or the filter.",
    ),
    "score.refused.phase": ("Kan niet in de fase {phase}.", "Not possible in the {phase} phase."),
    "who.juror": ("jurylid", "juror"),
    "who.chair": ("voorzitter", "chair"),
    "chair.choice": ("Keuze", "Choice"),
    "chair.ranking_note": (
        "Berekening: {aggregate} (F6) · signalen eerst: {flagged} (F7) · Enter: overleg · "
        "★ genomineerd ♛ winnaar ☆ voorstel · F1: alle tekens",
        "Aggregate: {aggregate} (F6) · flagged first: {flagged} (F7) · Enter: deliberate · "
        "★ nominee ♛ winner ☆ proposed · F1: every symbol",
    ),
    "chair.cutoff": ("nominatiegrens", "nominee cut-off"),
    "chair.cutoff_row": ("Dit is de nominatiegrens, geen inzending: kies een regel erboven of "
                         "eronder.",
                         "This is the nominee cut-off, not an entry: choose a row above or "
                         "below it."),
    "chair.mark.winner": ("winnaar", "winner"),
    "chair.mark.nominee": ("genomineerd", "nominee"),
    "chair.mark.proposed": ("voorstel", "proposed"),
    "chair.refused.final": (
        "De uitslag is definitief: alles is alleen nog te lezen. Terug naar overleg kan met "
        "F8 (Fase), met een reden.",
        "The result is final: everything is read-only. Going back to deliberation is F8 "
        "(Phase), with a reason.",
    ),
    "chair.refused.deliberation": (
        "Dat kan pas in het overleg; de jury is nu in de fase {phase}. F8 (Fase) gaat verder.",
        "That is for the deliberation; the jury is now in the {phase} phase. F8 (Phase) moves "
        "on.",
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


# The chair's laudatio (jury/tui/screens/laudatio.py).
STRINGS.update({
    "key.laudatio": ("Laudatio", "Laudatio"),
    "tip.laudatio": ("De laudatio voor de uitreiking schrijven, uit de notities van de jury",
                     "Write the laudatio for the ceremony, from the jurors' notes"),
    "laudatio.title": ("Laudatio schrijven", "Write the laudatio"),
    "laudatio.pick": ("Kies notities van juryleden om mee te beginnen:",
                      "Pick jurors' notes to start from:"),
    "laudatio.take": ("Notities overnemen", "Take the notes"),
    "laudatio.no_notes": ("Geen algemene notities van juryleden bij deze inzending.",
                          "No overall notes from jurors on this entry."),
    "laudatio.save": ("Opslaan", "Save"),
    "laudatio.empty": ("Schrijf de laudatio eerst.", "Write the laudatio first."),
    "laudatio.saved": ("Laudatio opgeslagen.", "Laudatio saved."),
    "laudatio.withdrawn": ("Laudatio ingetrokken.", "Laudatio withdrawn."),
})


# Feedback to the entrants (jury/services/feedback.py, jury/cli/feedback.py, the chair's tab).
STRINGS.update({
    "letter": (("brief", "brieven"), ("letter", "letters")),
    "feedback.written": ("{letters} geschreven in {folder} ({pdf} als PDF), in {seconds} s.",
                         "{letters} written to {folder} ({pdf} as PDF), in {seconds} s."),
    "feedback.written_docx": ("{letters} geschreven in {folder}, in {seconds} s.",
                              "{letters} written to {folder}, in {seconds} s."),
    "feedback.mail_merge": ("Lijst voor de mailing: {path}", "Mail-merge list: {path}"),
    "feedback.no_pdf": ("Geen PDF: {reason}", "No PDF: {reason}"),
    "feedback.drafts": ("Concepten: elke brief is gemarkeerd CONCEPT; niet versturen.",
                        "Drafts: every letter is marked CONCEPT; do not send them."),
    "feedback.without": ("Geen brief voor {entries} zonder goedgekeurde feedback: {ids}",
                         "No letter for {entries} without approved feedback: {ids}"),
    "feedback.no_email": ("Geen e-mailadres bij {entries}: {ids}",
                          "No e-mail address for {entries}: {ids}"),
    "feedback.tab": ("Feedback", "Feedback"),
    "feedback.status.missing": ("○ ontbreekt", "○ missing"),
    "feedback.status.drafted": ("◐ concept", "◐ drafted"),
    "feedback.status.approved": ("● goedgekeurd", "● approved"),
    "feedback.col.entry": ("Inzending", "Entry"),
    "feedback.col.title": ("Titel", "Title"),
    "feedback.col.status": ("Feedback", "Feedback"),
    "feedback.col.notes": ("Notities", "Notes"),
    "feedback.col.approved": ("Goedgekeurd", "Approved"),
    "feedback.summary": ("{approved} goedgekeurd · {drafted} concept · {missing} ontbreekt. "
                         "Enter: feedback schrijven of goedkeuren.",
                         "{approved} approved · {drafted} drafted · {missing} missing. "
                         "Enter: write or approve the feedback."),
    "feedback.dialog.title": ("Feedback aan {entry}", "Feedback to {entry}"),
    "feedback.dialog.intro": (
        "Wat de inzender te lezen krijgt, per criterium. Begonnen met de notities 'voor de "
        "inzender' van de juryleden (zonder namen, dubbele samengevoegd). Noem geen jurylid; "
        "interne notities komen hier nooit.",
        "What the entrant will read, per criterion. Started from the jurors' notes 'for the "
        "entrant' (without names, duplicates merged). Name no juror; jury-only notes never "
        "come here."),
    "feedback.dialog.status": ("Status: {status}", "Status: {status}"),
    "feedback.dialog.reapprove": (
        "Goedgekeurd; een wijziging moet opnieuw worden goedgekeurd.",
        "Approved; a change needs approving again."),
    "feedback.empty": ("Schrijf de feedback bij ten minste één criterium.",
                       "Write the feedback on at least one criterion."),
    "feedback.save": ("Opslaan als concept", "Save as draft"),
    "feedback.approve": ("Opslaan en goedkeuren", "Save and approve"),
    "feedback.cancel": ("Annuleren", "Cancel"),
    "feedback.saved": ("Feedback aan {entry} opgeslagen als concept.",
                       "Feedback to {entry} saved as a draft."),
    "feedback.approved": ("Feedback aan {entry} goedgekeurd.",
                          "Feedback to {entry} approved."),
    "feedback.scoring": ("De feedback wordt samengesteld vanaf het overleg; de jury scoort nog.",
                         "The feedback is composed from the deliberation on; the jury is "
                         "still scoring."),
    "score.for_entrant": ("Voor de inzender over {criterion} (feedbackbrief)",
                          "For the entrant on {criterion} (feedback letter)"),
    "score.jury_only": ("Notitie bij {criterion}: alleen de jury leest dit",
                        "Note on {criterion}: only the jury reads this"),
    "score.jury_only.short": ("Jury", "Jury"),
    "score.jury_only.tip": ("Alleen voor de jury: voor het overleg en het juryrapport. "
                            "De inzender krijgt dit nooit te zien.",
                            "For the jury only: for the deliberation and the jury report. "
                            "The entrant never sees it."),
    "score.for_entrant.short": ("Inzender", "Entrant"),
    "score.for_entrant.tip": ("Voor de inzender: sterke punten, verbeterpunten. Komt zonder "
                              "je naam in de feedbackbrief, nadat de voorzitter die goedkeurt.",
                              "For the entrant: strengths, points to improve. Goes into the "
                              "feedback letter without your name, once the chair approves it."),
})


# The jury meeting: following the chair, ballots, the minutes (jury/tui/screens/meeting*.py,
# jury/cli/meeting.py, jury/io/minutes.py).
STRINGS.update({
    "minutes.title": ("Notulen juryvergadering", "Minutes of the jury meeting"),
    "minutes.provisional": (
        "Voorlopig: nog niet door alle juryleden akkoord bevonden.",
        "Provisional: not yet signed off by every juror."),
    "minutes.provisional_stamp": ("VOORLOPIG", "PROVISIONAL"),
    "minutes.final_stamp": ("VASTGESTELD", "APPROVED"),
    "minutes.date": ("Datum: {day}, van {start} tot {end}.", "Date: {day}, from {start} to {end}."),
    "minutes.chair": ("Voorzitter", "Chair"),
    "minutes.present": ("Aanwezig", "Present"),
    "minutes.absent": ("Afwezig", "Absent"),
    "minutes.conflicts": ("Gemelde belangenconflicten", "Conflicts of interest declared"),
    "minutes.none": ("Geen.", "None."),
    "minutes.agenda": ("Agenda en verloop", "Agenda as taken"),
    "minutes.item": ("Punt", "Item"),
    "minutes.time": ("Tijd", "Time"),
    "minutes.out": ("Verliet de kamer", "Stepped out"),
    "minutes.ballot": ("Stemming", "Ballot"),
    "minutes.rescoring": ("Heropend voor herbeoordeling", "Reopened for re-scoring"),
    "minutes.reopened": ("{entry}, heropend door {by}: {reason}",
                         "{entry}, reopened by {by}: {reason}"),
    "minutes.shift": ("{juror} op {entry}, {criterion}: {before} → {after}",
                      "{juror} on {entry}, {criterion}: {before} → {after}"),
    "minutes.consensus": ("Consensusbesluiten", "Consensus decisions"),
    "minutes.total": ("totaal", "total"),
    "minutes.ballots": ("Stemmingen (geheim, volgens Schulze)",
                        "Ballots (secret, by the Schulze method)"),
    "minutes.ballot_head": ("{category}, stemming {number}: {voters} stemmen, waarvan {paper} "
                            "op papier",
                            "{category}, ballot {number}: {voters} votes, {paper} of them on "
                            "paper"),
    "minutes.pairwise": ("Paarsgewijze voorkeuren (rij boven kolom):",
                         "Pairwise preferences (row over column):"),
    "minutes.paths": ("Sterkste paden:", "Strongest paths:"),
    "minutes.winner": ("Winnaar: {entry}, met een marge van {margin}.",
                       "Winner: {entry}, by a margin of {margin}."),
    "minutes.tie": ("Gelijke stand tussen {entries}.", "A tie between {entries}."),
    "minutes.casting": ("Beslissende stem van de voorzitter ({by}): {entry}. {rationale}",
                        "The chair's casting vote ({by}): {entry}. {rationale}"),
    "minutes.order": ("Volgorde", "Order"),
    "minutes.decisions": ("Nominaties en winnaars", "Nominees and winners"),
    "minutes.kind.nominees": ("nominaties", "nominees"),
    "minutes.kind.winner": ("winnaar", "winner"),
    "minutes.proposed": ("voorstel", "proposed"),
    "minutes.phases": ("Fasewisselingen", "Phase changes"),
    "minutes.signoff": ("Vaststelling door de juryleden", "Sign-off by the jurors"),
    "minutes.not_signed": ("nog niet getekend", "not signed off yet"),
    "minutes.agreed": ("akkoord", "agreed"),
    "minutes.remark": ("opmerking", "remark"),
    "minutes.running": ("vanaf {start} (nog bezig)", "from {start} (still running)"),
    "minutes.date_open": ("Datum: {day}, vanaf {start} (de vergadering is nog open).",
                          "Date: {day}, from {start} (the meeting is still open)."),
    "minutes.written": ("Notulen geschreven: {path}", "Minutes written: {path}"),
    "ballot.none": ("Nog geen stemmingen.", "No ballots yet."),
    "ballot.col.category": ("Categorie", "Category"),
    "ballot.col.number": ("Nr.", "No."),
    "ballot.col.state": ("Status", "State"),
    "ballot.col.voters": ("Gestemd", "Voted"),
    "ballot.col.winner": ("Winnaar", "Winner"),
    "ballot.col.margin": ("Marge", "Margin"),
    "ballot.state.open": ("open", "open"),
    "ballot.state.closed": ("gesloten", "closed"),
    "ballot.tied": ("gelijk: {entries}", "tied: {entries}"),
    "ballot.imported": ("{count} papieren stembiljet(ten) ingevoerd ({ballots}).",
                        "{count} paper ballot(s) entered ({ballots})."),
    # Keys and tooltips on the meeting's screens.
    "key.meeting": ("Vergadering", "Meeting"),
    "cmd.meeting": ("Vergadering: volgen of leiden", "Meeting: follow or lead"),
    "tip.meeting": ("De juryvergadering: volg de voorzitter", "The jury meeting: follow the chair"),
    "key.follow": ("Volgen aan/uit", "Follow on/off"),
    "tip.follow": ("Stap uit het volgen van de voorzitter, of volg weer",
                   "Step out of following the chair, or follow again"),
    "key.ballot": ("Stembiljet", "Ballot"),
    "tip.ballot": ("Rangschik de kandidaten in de open stemming",
                   "Rank the candidates in the open ballot"),
    "key.signoff": ("Notulen tekenen", "Sign minutes"),
    "tip.signoff": ("Lees de notulen en teken akkoord of met een opmerking",
                    "Read the minutes and sign them off, or leave a remark"),
    "key.rescore": ("Herbeoordelen", "Re-score"),
    "tip.rescore": ("Wijzig je score op deze heropende inzending",
                    "Change your score on this reopened entry"),
    "key.m_open": ("Vergadering openen", "Open meeting"),
    "tip.m_open": ("Open de vergadering op de agenda", "Open the meeting on the agenda"),
    "key.m_next": ("Volgende", "Next"),
    "tip.m_next": ("Het volgende agendapunt", "The next agenda item"),
    "key.m_previous": ("Vorige", "Previous"),
    "tip.m_previous": ("Het vorige agendapunt", "The previous agenda item"),
    "key.m_choose": ("Kies punt", "Choose item"),
    "tip.m_choose": ("Bespreek het gekozen agendapunt", "Discuss the chosen agenda item"),
    "key.m_timer": ("Timer", "Timer"),
    "tip.m_timer": ("Spreektijd voor dit punt", "Time for this item"),
    "key.m_ballot_open": ("Stemming openen", "Open ballot"),
    "tip.m_ballot_open": ("Open de geheime stemming over deze categorie",
                          "Open the secret ballot on this category"),
    "key.m_ballot_close": ("Stemming sluiten", "Close ballot"),
    "tip.m_ballot_close": ("Sluit en tel de stemming", "Close and count the ballot"),
    "key.m_casting": ("Beslissende stem", "Casting vote"),
    "tip.m_casting": ("Beslis een gelijke stand, met motivering",
                      "Decide a tie, with a rationale"),
    "key.m_rescore": ("Heropenen", "Reopen"),
    "tip.m_rescore": ("Heropen deze inzending voor herbeoordeling (met reden)",
                      "Reopen this entry for re-scoring (with a reason)"),
    "key.m_close": ("Vergadering sluiten", "Close meeting"),
    "tip.m_close": ("Sluit de vergadering", "Close the meeting"),
    "key.m_attendance": ("Aanwezig", "Attendance"),
    "tip.m_attendance": ("Wie is er bij de vergadering", "Who is at the meeting"),
    "meet.attendance_title": ("Aanwezig bij de vergadering", "Present at the meeting"),
    "key.m_back": ("Terug", "Back"),
    "tip.m_back": ("Terug naar het vorige scherm", "Back to the previous screen"),
    # What the meeting's screens say.
    "meet.title": ("Juryvergadering", "Jury meeting"),
    "meet.none": ("Er is nog geen vergadering. De voorzitter opent die in het overleg.",
                  "No meeting yet. The chair opens it during the deliberation."),
    "meet.timer_need_item": ("De timer loopt per punt: kies eerst een punt (N).",
                             "The timer runs per item: choose an item first (N)."),
    "meet.none_chair": ("Er is nog geen vergadering. Open die met O (in het overleg).",
                        "No meeting yet. Open it with O (during the deliberation)."),
    "meet.waiting_chair": ("De vergadering is open. Kies het eerste punt: N, of Enter op "
                           "een punt van de agenda.",
                           "The meeting is open. Choose the first item: N, or Enter on an "
                           "agenda item."),
    "meet.closed_chair": ("De vergadering is gesloten. De juryleden tekenen nu de notulen.",
                          "The meeting is closed. The jurors now sign off the minutes."),
    "meet.waiting": ("De vergadering is open; de voorzitter kiest het eerste punt.",
                     "The meeting is open; the chair chooses the first item."),
    "meet.closed": ("De vergadering is gesloten. Lees en teken de notulen (F10).",
                    "The meeting is closed. Read and sign off the minutes (F10)."),
    "meet.item": ("Punt {n} van {total}", "Item {n} of {total}"),
    "meet.following": ("● volgt de voorzitter", "● following the chair"),
    "meet.not_following": ("○ volgt niet (F toets om weer te volgen)",
                           "○ not following (press F to follow again)"),
    "meet.step_out": (
        "⊘ Je hebt een belangenconflict bij {entry}. Verlaat de kamer voor dit punt; je ziet "
        "het panel niet.",
        "⊘ You have a conflict of interest on {entry}. Please step out for this item; the "
        "panel is not shown to you."),
    "meet.must_step_out": ("Moet de kamer verlaten: {names}", "Must step out: {names}"),
    "meet.nobody_out": ("Niemand hoeft de kamer te verlaten.", "Nobody needs to step out."),
    "meet.ranks_without": ("{juror} rangschikt zonder {entry}", "{juror} ranks without {entry}"),
    "meet.timer": ("⏱ {left}", "⏱ {left}"),
    "meet.timer_over": ("⏱ tijd om ({over} over)", "⏱ time is up ({over} over)"),
    "meet.ballot_item": ("Stemming: {category}", "Ballot: {category}"),
    "meet.ballot_open": ("De stemming is open: druk B om te stemmen. {voted}",
                         "The ballot is open: press B to vote. {voted}"),
    "meet.ballot_voted": ("Je hebt gestemd; opnieuw stemmen vervangt je stem.",
                          "You have voted; voting again replaces your vote."),
    "meet.ballot_closed": ("De stemming is gesloten.", "The ballot is closed."),
    "meet.ballot_not_open": ("De stemming is nog niet geopend.", "The ballot is not open yet."),
    "meet.voters": ("Gestemd ({n}): {names}", "Voted ({n}): {names}"),
    "meet.count": ("Uitslag: {winner}, marge {margin}. Volgorde: {order}",
                   "Result: {winner}, margin {margin}. Order: {order}"),
    "meet.tie": ("Gelijke stand: {entries}. De voorzitter beslist met de beslissende stem.",
                 "A tie: {entries}. The chair decides with the casting vote."),
    "meet.casting_said": ("Beslist met de beslissende stem van de voorzitter: {entry}.",
                          "Decided by the chair's casting vote: {entry}."),
    "meet.ballot_open_room": ("De stemming is open: de juryleden stemmen in hun eigen scherm.",
                              "The ballot is open: the jurors vote in their own screens."),
    "meet.voted_count": ("Gestemd: {n}", "Voted: {n}"),
    "key.m_read_on": ("Verder lezen", "Read on"),
    "tip.m_read_on": ("Verder in de notulen", "Read on in the minutes"),
    "key.m_read_back": ("Terug lezen", "Read back"),
    "tip.m_read_back": ("Terug in de notulen", "Back up in the minutes"),
    "meet.close_question": ("De vergadering sluiten? De notulen gaan dan naar de juryleden "
                            "om te tekenen.",
                            "Close the meeting? The minutes then go to the jurors to sign."),
    "meet.wrong_pin": ("Verkeerde pincode: je stem is nog niet uitgebracht. Typ je pincode "
                       "opnieuw.",
                       "Wrong PIN: your vote is not cast yet. Type your PIN again."),
    "meet.rescoring": ("Heropend voor herbeoordeling: {reason}",
                       "Reopened for re-scoring: {reason}"),
    "meet.shift": ("{juror}, {criterion}: {before} → {after}",
                   "{juror}, {criterion}: {before} → {after}"),
    "meet.summary": ("Plaats {rank} · totaal {total} · gemiddelde {mean} · mediaan {median} · "
                     "{jurors} juryleden",
                     "Rank {rank} · total {total} · mean {mean} · median {median} · "
                     "{jurors} jurors"),
    "meet.flags": ("Signalen: {flags}", "Flags: {flags}"),
    "meet.no_flags": ("Geen signalen.", "No flags."),
    "meet.projector": ("Projectie: alleen-lezen", "Projector: read only"),
    "meet.timer_prompt": ("Minuten voor dit punt (leeg: geen timer)",
                          "Minutes for this item (empty: no timer)"),
    "meet.reason_prompt": ("Waarom heropenen?", "Why reopen it?"),
    "meet.rationale_prompt": ("Motivering van de beslissende stem",
                              "The casting vote's rationale"),
    "meet.need_entry": ("Dit kan bij een inzending op de agenda.",
                        "This applies to an entry on the agenda."),
    "meet.need_ballot": ("Dit kan bij een stemming op de agenda.",
                         "This applies to a ballot on the agenda."),
    "meet.need_meeting": ("Open eerst de vergadering.", "Open the meeting first."),
    "meet.opened": ("Vergadering geopend.", "Meeting opened."),
    "meet.ballot_title": ("Stembiljet: {category} (stemming {number})",
                          "Ballot: {category} (ballot {number})"),
    "meet.ballot_help": (
        "Geef elke kandidaat een plaats: 1 is de beste. Dezelfde plaats is gelijk; leeg laten "
        "zet een kandidaat onder alle andere. Bevestig met je pincode.",
        "Give each candidate a place: 1 is best. The same place is a tie; leaving one empty "
        "puts it below all others. Confirm with your PIN."),
    "meet.recused_candidate": ("belangenconflict: je rangschikt deze niet",
                               "conflict of interest: you do not rank this one"),
    "meet.pin": ("Pincode", "PIN"),
    "meet.pin_needed": ("Bevestig je stem met je pincode.", "Confirm your vote with your PIN."),
    "meet.cast": ("Stem uitbrengen", "Cast vote"),
    "meet.cancel": ("Annuleren", "Cancel"),
    "meet.cast_done": ("Je stem is uitgebracht.", "Your vote is cast."),
    "meet.cast_replaced": ("Je nieuwe stem vervangt de vorige.",
                           "Your new vote replaces the previous one."),
    "meet.bad_place": ("Een plaats is een heel getal vanaf 1: {entry}.",
                       "A place is a whole number from 1: {entry}."),
    "meet.signoff_title": ("Notulen tekenen", "Sign off the minutes"),
    "meet.agree": ("Akkoord", "Agree"),
    "meet.remark_placeholder": ("Opmerking (komt in de notulen)",
                                "Remark (goes into the minutes)"),
    "meet.send_remark": ("Opmerking geven", "Give remark"),
    "meet.signed": ("Je aftekening staat in de notulen.", "Your sign-off is in the minutes."),
    "meet.rescore_title": ("Herbeoordelen: {entry}", "Re-score: {entry}"),
    "meet.rescore_help": ("Criterium en nieuwe score, bijv. innovation 7",
                          "Criterion and new score, e.g. innovation 7"),
    "meet.shifted": ("Verschuiving vastgelegd.", "Shift recorded."),
    "meet.choose_casting": ("Kies de winnaar uit de gelijke kandidaten:",
                            "Choose the winner among the tied candidates:"),
})
