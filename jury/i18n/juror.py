"""The juror's screens: sign-in, the entry list, scoring, saving."""

from __future__ import annotations

from typing import Any

# The juror's screens.
STRINGS: dict[str, tuple[Any, Any]] = {}
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
        "{done} van {total} afgerond · {recused} · {todo} te doen · fase: {phase}",
        "{done} of {total} done · {recused} · {todo} to do · phase: {phase}",
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
    "recused_count": (("conflict", "conflicten"), ("recused", "recused")),
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
    "cmd.export": ("Exporteren: werkmap met de uitslag", "Export: ranked workbook"),
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

