"""Errors from the award, entries, jurors, scoring, scoresheets, results and feedback services."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "score.stale": (
        "{entry}, {criterion}: elders gewijzigd in {value} sinds dit scherm het toonde. Er is "
        "niets opgeslagen; kijk opnieuw en voer je score opnieuw in.",
        "{entry}, {criterion}: changed elsewhere to {value} since this screen showed it. "
        "Nothing was saved; look again and re-enter your score.",
    ),
    "score.stale_empty": (
        "{entry}, {criterion}: elders leeggemaakt sinds dit scherm het toonde. Er is niets "
        "opgeslagen; kijk opnieuw en voer je score opnieuw in.",
        "{entry}, {criterion}: changed elsewhere to nothing since this screen showed it. "
        "Nothing was saved; look again and re-enter your score.",
    ),
    "score.stale_note": (
        "{entry}: de algemene notitie is elders gewijzigd sinds dit scherm haar toonde. Er is "
        "niets opgeslagen; kijk opnieuw.",
        "{entry}: the overall note changed elsewhere since this screen showed it. Nothing was "
        "saved; look again.",
    ),
}

# Words a service puts into its sentences.
STRINGS.update({
    "service.none_yet": ("nog geen", "none yet"),
    "service.either": ("{some} of {last}", "{some} or {last}"),
    "service.scale": ("{min}–{max}", "{min}–{max}"),
    "service.scale_step": ("{min}–{max} in stappen van {step}", "{min}–{max} in steps of {step}"),
    "service.problem_at": ("{where}: {problem}", "{where}: {problem}"),

    # The award and its settings.
    "award.none": (
        "Deze database heeft nog geen prijs. Maak er een met 'jury init MAP', waarbij MAP "
        "een award.toml bevat.",
        "This database holds no award yet. Create one with 'jury init FOLDER', where FOLDER "
        "has an award.toml.",
    ),
    "award.settings_who": (
        "Alleen de secretaris of de voorzitter kan de instellingen van de prijs wijzigen.",
        "Only the secretary or the chair can change the award's settings.",
    ),
    "award.other_award": (
        "Deze database hoort bij '{stored}', niet bij '{wanted}'. Gebruik een andere --db "
        "voor een andere prijs of editie.",
        "This database holds '{stored}', not '{wanted}'. Use another --db for another award "
        "or edition.",
    ),
    "award.final_settings": (
        "De prijs is definitief: de instellingen kunnen niet meer veranderen. De voorzitter "
        "kan eerst het overleg heropenen.",
        "The award is final: its settings can no longer change. The chair can reopen "
        "deliberation first.",
    ),
    "award.drops_criterion.one": (
        "award.toml laat het criterium '{criterion}' weg, maar {scores} gebruikt het. Houd "
        "het criterium, of begin een nieuwe database.",
        "award.toml drops criterion '{criterion}', but {scores} uses it. Keep the criterion, "
        "or start a new database.",
    ),
    "award.drops_criterion": (
        "award.toml laat het criterium '{criterion}' weg, maar {scores} gebruiken het. Houd "
        "het criterium, of begin een nieuwe database.",
        "award.toml drops criterion '{criterion}', but {scores} use it. Keep the criterion, "
        "or start a new database.",
    ),
    "award.scale_too_small": (
        "De schaal {scale} uit award.toml past niet bij opgeslagen scores ({values}). Houd "
        "de schaal, of begin een nieuwe database.",
        "award.toml's scale {scale} would not hold stored scores ({values}). Keep the scale, "
        "or start a new database.",
    ),
    "award.drops_category.one": (
        "award.toml laat de categorie '{categories}' weg, maar er horen inzendingen bij. "
        "Houd de categorie of verplaats die inzendingen.",
        "award.toml drops category '{categories}', but entries belong to it. Keep the "
        "category or move those entries.",
    ),
    "award.drops_category": (
        "award.toml laat de categorieën {categories} weg, maar er horen inzendingen bij. "
        "Houd de categorieën of verplaats die inzendingen.",
        "award.toml drops categories {categories}, but entries belong to them. Keep the "
        "category or move those entries.",
    ),

    # Entries.
    "entries.import_who": (
        "Alleen de secretaris of de voorzitter kan inzendingen importeren.",
        "Only the secretary or the chair can import entries.",
    ),
    "entries.final": (
        "De prijs is definitief: de inzendingen kunnen niet meer veranderen.",
        "The award is final: entries can no longer change.",
    ),
    "entries.unknown_category": (
        "inzending '{entry}': categorie '{category}' hoort niet bij deze prijs",
        "entry '{entry}': category '{category}' is not one of this award's",
    ),
    "entries.where": ("inzending {entry}, {field}", "entry {entry}, {field}"),
    "entries.where_name": ("inzending {entry}, de naam van veld {field}",
                           "entry {entry}, the name of field {field}"),
    "entries.where_field": ("inzending {entry}, veld {field}", "entry {entry}, field {field}"),
    "entries.no_id": (
        "een inzending zonder id: elke inzending heeft er een nodig.",
        "an entry without an id: every entry needs one.",
    ),
    "entries.language": (
        "inzending {entry}, taal: {language} is geen taal van de brieven; gebruik nl of en.",
        "entry {entry}, language: {language} is not a language of the letters; use nl or en.",
    ),
    "entries.not_text": ("geen tekst.", "not text."),
    "entries.field.id": ("id", "id"),
    "entries.field.title": ("titel", "title"),
    "entries.field.organisation": ("organisatie", "organisation"),
    "entries.field.contact": ("contactpersoon", "contact"),
    "entries.field.email": ("e-mail", "email"),
    "entries.field.description": ("beschrijving", "description"),
    "entries.field.category": ("categorie", "category"),

    # The jury list.
    "jurors.who": (
        "Alleen de secretaris of de voorzitter kan de jurylijst wijzigen.",
        "Only the secretary or the chair can change the jury list.",
    ),
    "jurors.no_name": ("Een jurylid heeft een naam nodig.", "A juror needs a name."),
    "jurors.pin_refused": ("Pincode voor {name} geweigerd: {problem}.",
                           "PIN for {name} refused: {problem}."),
    "pin.problem.short": ("een pincode heeft minstens {n} tekens nodig",
                          "a PIN needs at least {n} characters"),
    "pin.problem.space": ("een pincode kan niet met een spatie beginnen of eindigen",
                          "a PIN cannot start or end with a space"),
    "jurors.exists": (
        "Er is al een jurylid met de naam '{name}'. Kies een andere naam, of geef met "
        "'jury jurors pin' een nieuwe pincode.",
        "A juror named '{name}' already exists. Use another name, or 'jury jurors pin' for "
        "a new PIN.",
    ),
    "jurors.twin": (
        "'{name}' verschilt van het jurylid '{twin}' alleen in hoofdletters of spaties, dus "
        "scorebestanden en de aanmeldlijst kunnen ze niet uit elkaar houden. Is dit {twin}, "
        "dan zit die al in de jury; voeg anders de naam toe in een vorm die te onderscheiden "
        "is (een tweede voornaam of een voorletter).",
        "'{name}' differs from the juror '{twin}' only in capitals or spacing, so scores files "
        "and the sign-in list could not tell them apart. If this is {twin}, they are on the "
        "jury already; otherwise add the name in a distinguishable form (a middle name or "
        "initial).",
    ),
    "jurors.final_scores": (
        "De prijs is definitief: de scores van {name} horen bij de uitslag en blijven staan.",
        "The award is final: {name}'s scores are part of the result and stay.",
    ),
    "jurors.has_scores.one": (
        "{name} heeft {scores}. Wie dit jurylid verwijdert, haalt die score uit de "
        "rangschikking; voeg --force toe om het toch te doen (het logboek bewaart die).",
        "{name} has {scores}. Removing them loses that score from the ranking; add --force "
        "to do it anyway (the audit trail keeps it).",
    ),
    "jurors.has_scores": (
        "{name} heeft {scores}. Wie dit jurylid verwijdert, haalt die scores uit de "
        "rangschikking; voeg --force toe om het toch te doen (het logboek bewaart ze).",
        "{name} has {scores}. Removing them loses those scores from the ranking; add --force "
        "to do it anyway (the audit trail keeps them).",
    ),
    "jurors.ambiguous": (
        "'{name}' kan {candidates} zijn: deze juryleden verschillen alleen in hoofdletters. "
        "Schrijf de naam precies zoals 'jury jurors list' hem toont.",
        "'{name}' could be {candidates}: these jurors differ only in capitals. Write the name "
        "exactly as 'jury jurors list' shows it.",
    ),
    "jurors.unknown": (
        "Er is geen jurylid met de naam '{name}'. De juryleden zijn: {known}.",
        "No juror named '{name}'. The jurors are: {known}.",
    ),
    "service.no_juror": ("Er is geen jurylid met de naam '{name}'.", "No juror named '{name}'."),
    "service.no_entry": ("Geen meedingende inzending '{entry}'.",
                      "No entry '{entry}' in the running."),

    # Scores, notes, recusals.
    "score.db_recused": (
        "De database weigerde dit: een jurylid kan niet een inzending scoren en tegelijk een "
        "belangenconflict bij die inzending hebben. Er is niets opgeslagen; kijk opnieuw naar "
        "de inzending (een andere terminal heeft misschien net een belangenconflict gemeld of "
        "gescoord).",
        "The database refused this: {rule}. Nothing was saved; look at the entry again "
        "(another terminal may have just declared or scored it).",
    ),
    "score.recused": (
        "{juror} heeft een belangenconflict gemeld bij {entry}: trek dat eerst in voordat je "
        "scoort.",
        "{juror} has a conflict of interest on {entry}: withdraw the recusal before scoring.",
    ),
    "score.no_criterion": ("Er is geen criterium '{criterion}'.", "No criterion '{criterion}'."),
    "score.off_scale": (
        "{value} staat niet op de schaal {scale}; er is niets opgeslagen.",
        "{value} is not on the scale {scale}; nothing was saved.",
    ),
    "score.unfinished.one": (
        "{juror} kan nog niet indienen: {entries} is nog niet helemaal gescoord en heeft geen "
        "belangenconflict ({shown}).",
        "{juror} cannot submit yet: {entries} is not fully scored or recused ({shown}).",
    ),
    "score.unfinished": (
        "{juror} kan nog niet indienen: {entries} zijn nog niet helemaal gescoord en hebben "
        "geen belangenconflict ({shown}).",
        "{juror} cannot submit yet: {entries} are not fully scored or recused ({shown}).",
    ),
    "score.final": (
        "De prijs is definitief: geen enkele score kan nog veranderen.",
        "The award is final: no score can change any more.",
    ),
    "score.where": ("score {n} ({juror}, {entry}, {criterion})",
                    "score {n} ({juror}, {entry}, {criterion})"),
    "score.problem.no_juror": ("geen jurylid met de naam '{name}'.", "no juror named '{name}'."),
    "score.problem.no_entry": ("geen meedingende inzending '{entry}'.",
                               "no entry '{entry}' in the running."),
    "score.problem.no_criterion": (
        "geen criterium '{criterion}'; de criteria zijn {criteria}.",
        "no criterion '{criterion}'; the criteria are {criteria}.",
    ),
    "score.problem.off_scale": ("{value} valt buiten {scale}.", "{value} is outside {scale}."),
    "score.problem.recused_scored": (
        "{entry} heeft een belangenconflict gemeld; laat de scores ervan leeg.",
        "{entry} has a conflict of interest declared; leave its scores empty.",
    ),
    "recusal.bad_reason": (
        "'{reason}' is geen reden; gebruik een van {reasons}.",
        "'{reason}' is not a reason; use one of {reasons}.",
    ),
    "recusal.needs_text": (
        "Een belangenconflict om een andere reden vraagt een korte toelichting.",
        "A recusal for another reason needs a few words of explanation.",
    ),
    "recusal.scored.one": (
        "{juror} heeft {scores} bij {entry}: een belangenconflict kan daar niet naast staan. "
        "Wis die score voordat je het meldt.",
        "{juror} has {scores} on {entry}: a conflict of interest cannot stand beside it. "
        "Clear that score before declaring it.",
    ),
    "recusal.scored": (
        "{juror} heeft {scores} bij {entry}: een belangenconflict kan daar niet naast staan. "
        "Wis die scores voordat je het meldt.",
        "{juror} has {scores} on {entry}: a conflict of interest cannot stand beside them. "
        "Clear those scores before declaring it.",
    ),
    "score.own_only": ("{name} kan alleen de eigen scores vastleggen.",
                       "{name} can only record their own scores."),
    "score.read_only": (
        "De jury is in de fase {phase}: de scores zijn nu alleen te lezen.",
        "The jury is in {phase}: scores are read-only now.",
    ),
    "score.submitted": (
        "{name} heeft ingediend: de scores liggen vast tot de voorzitter ze weer openzet.",
        "{name} has submitted: the scores are locked until the chair reopens them.",
    ),
    "score.final_all": (
        "De prijs is definitief: er kan niets meer veranderen.",
        "The award is final: nothing can change any more.",
    ),

    # Scoresheets.
    "sheet.own_only": ("{name} kan alleen het eigen scoreformulier ophalen.",
                       "{name} can only take their own scoresheet."),
    "sheet.other_award": (
        "{source} is een scoreformulier voor '{sheet}', niet voor '{award}'.",
        "{source} is a scoresheet for '{sheet}', not for '{award}'.",
    ),
    "sheet.conflicts.one": (
        "{source}: {changes} in het formulier raakt een waarde die in de database veranderde "
        "nadat het formulier geschreven was; er is niets geïmporteerd. Bekijk die en "
        "importeer opnieuw met --force om het formulier te laten winnen:",
        "{source}: {changes} in the sheet meets a value that changed in the database after "
        "the sheet was written; nothing was imported. Look at it, then import again with "
        "--force to let the sheet win:",
    ),
    "sheet.conflicts": (
        "{source}: {changes} in het formulier raken een waarde die in de database veranderde "
        "nadat het formulier geschreven was; er is niets geïmporteerd. Bekijk ze en "
        "importeer opnieuw met --force om het formulier te laten winnen:",
        "{source}: {changes} in the sheet meet a value that changed in the database after "
        "the sheet was written; nothing was imported. Look at them, then import again with "
        "--force to let the sheet win:",
    ),
    "sheet.change": (("wijziging", "wijzigingen"), ("sheet.change", "changes")),
    "sheet.conflict_line": (
        "  {cell} ({entry}, {what}): het formulier zegt {new}, de database heeft nu {old}",
        "  {cell} ({entry}, {what}): the sheet says {new}, the database now has {old}",
    ),
    "sheet.what.note": ("notitie", "note"),
    "sheet.what.recusal": ("belangenconflict", "recusal"),
    "sheet.nothing": ("niets", "nothing"),
    "sheet.no_conflict": ("geen belangenconflict", "no conflict"),
    "sheet.fix": (
        "Schrijf een nieuw scoreformulier met 'jury scoresheet \"{juror}\"' en neem de scores "
        "van het jurylid daarin over.",
        "Write a new scoresheet with 'jury scoresheet \"{juror}\"' and copy the juror's "
        "scores into it.",
    ),
    "sheet.unsigned": (
        "{source} heeft geen handtekening: de verborgen rij '{row}' is verwijderd, of een "
        "oudere jury schreef het formulier. Zonder handtekening is niet te zien van wie deze "
        "scores zijn, dus er is niets geïmporteerd. {fix}",
        "{source} carries no signature: its hidden '{row}' row was removed, or an older jury "
        "wrote it. Without it nothing shows whose scores these are, so nothing was imported. "
        "{fix}",
    ),
    "sheet.not_here": (
        "{source} is niet vanuit deze database geschreven: hier is nog geen scoreformulier "
        "geschreven, dus er is niets geïmporteerd. {fix}",
        "{source} was not written from this database: no scoresheet has been written here "
        "yet, so nothing was imported. {fix}",
    ),
    "sheet.renamed": (
        "{source} is geschreven voor {written}, maar het verborgen blad is gewijzigd naar "
        "{named}. Scores worden alleen opgeslagen onder het jurylid voor wie een formulier "
        "geschreven is, dus er is niets geïmporteerd. Zijn dit de scores van {written}, "
        "importeer het formulier dan zoals het geschreven is; zijn het die van {named}, "
        "schrijf dan een nieuw scoreformulier met 'jury scoresheet \"{named}\"' en neem de "
        "scores daarin over.",
        "{source} was written for {written}, but its hidden sheet was changed to name "
        "{named}. Scores are stored only under the juror a sheet was written for, so nothing "
        "was imported. If these are {written}'s scores, import the sheet as it was written; "
        "if they are {named}'s, write a new scoresheet with 'jury scoresheet \"{named}\"' and "
        "copy the scores into it.",
    ),
    "sheet.bad_signature": (
        "{source}: het verborgen blad 'jury' is niet wat jury schreef (de handtekening klopt "
        "niet: het jurylid, de prijs, een waarde of een versie is bewerkt), of het formulier "
        "is vanuit een andere database geschreven. Er is niets geïmporteerd. {fix}",
        "{source}: the hidden 'jury' sheet is not what jury wrote (its signature does not "
        "match: the juror, the award, a value or a version was edited), or the sheet was "
        "written from another database. Nothing was imported. {fix}",
    ),

    # Results.
    "results.notes_blind": (
        "Tijdens het beoordelen ziet een jurylid de notities van andere juryleden niet.",
        "During scoring a juror does not see other jurors' notes.",
    ),
    "results.bad_aggregate": ("--aggregate '{aggregate}': gebruik een van {choices}.",
                              "--aggregate '{aggregate}': use one of {choices}."),
    "results.blind": (
        "Tijdens het beoordelen ziet een jurylid de uitslag van de jury niet; die gaat open "
        "zodra de voorzitter het overleg begint.",
        "During scoring a juror does not see the panel's results; they open once the chair "
        "starts the deliberation.",
    ),

    # Feedback to the entrants.
    "feedback.readers_only": (
        "Alleen de voorzitter en de secretaris zien de terugkoppeling aan de inzenders "
        "voordat die verstuurd wordt.",
        "Only the chair and the secretary see the feedback to the entrants before it goes out.",
    ),
    "feedback.chair_only": (
        "Alleen de voorzitter stelt de terugkoppeling aan de inzenders op en keurt die goed; "
        "{name} is {role}.",
        "Only the chair composes and approves the feedback to the entrants; {name} is {role}.",
    ),
    "feedback.still_scoring": (
        "De terugkoppeling aan de inzenders wordt vanaf het overleg opgesteld, als de notities "
        "van alle juryleden binnen zijn; de jury is nog aan het beoordelen.",
        "The feedback to the entrants is composed from the deliberation on, once every "
        "juror's notes are in; the jury is still scoring.",
    ),
    "feedback.no_criterion": (
        "Er is geen criterium {unknown}; de criteria zijn {criteria}.",
        "No criterion {unknown}; the criteria are {criteria}.",
    ),
    "feedback.empty_text": (
        "De terugkoppeling aan {entry} is leeg: schrijf bij minstens één criterium wat de jury "
        "de inzender zou vertellen.",
        "The feedback to {entry} is empty: write what the jury would tell the entrant on at "
        "least one criterion.",
    ),
    "feedback.not_final": (
        "De terugkoppeling gaat pas weg als de prijs definitief is; de fase is nu {phase}. "
        "Schrijf conceptbrieven met --drafts om ze eerst te lezen.",
        "Feedback goes out only after the award is final; it is {phase} now. Write draft "
        "letters with --drafts to read them first.",
    ),
    "feedback.letters_scoring": (
        "De jury is nog aan het beoordelen: de brieven met terugkoppeling, ook de concepten, "
        "wachten op het overleg.",
        "The jury is still scoring: the feedback letters, drafts included, wait for the "
        "deliberation.",
    ),
    "feedback.nothing_to_approve": (
        "{entry} heeft nog geen terugkoppeling om goed te keuren: schrijf die eerst.",
        "{entry} has no feedback to approve yet: write it first.",
    ),
    "feedback.names_jurors": (
        "De terugkoppeling aan {entry} noemt {names}, van de jury. Een brief zegt nooit wie "
        "van de jury wat zei: haal de naam weg en keur dan goed.",
        "The feedback to {entry} names {names}, of the jury. A letter never says who on the "
        "jury said what: take the name out, then approve.",
    ),

    # The juror's own views.
    "view.language": ("'{language}': kies nl of en.", "'{language}': use nl or en."),
})
