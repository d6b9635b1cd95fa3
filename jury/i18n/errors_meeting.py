"""Errors from the meeting, its ballots and its minutes."""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    # Words used as values.
    "ballot.the_award": ("de prijs", "the award"),
    "ballot.which": ("{category}, stemming {number}", "{category}, ballot {number}"),
    "paper_ballot": (("papieren stembiljet", "papieren stembiljetten"),
                     ("paper ballot", "paper ballots")),
    "role.as.screen": ("het projectiescherm", "the projector"),
    # Ballots: who may do what, and when.
    "ballot.chair_opens": (
        "Alleen de voorzitter opent een stemming; {name} is {role}.",
        "Only the chair opens a ballot; {name} is {role}."),
    "ballot.chair_closes": (
        "Alleen de voorzitter sluit een stemming; {name} is {role}.",
        "Only the chair closes a ballot; {name} is {role}."),
    "ballot.chair_casts": (
        "Alleen de voorzitter brengt de beslissende stem uit; {name} is {role}.",
        "Only the chair casts the deciding vote; {name} is {role}."),
    "ballot.juror_votes": (
        "Alleen een jurylid stemt; de voorzitter stemt alleen om een gelijke stand te "
        "beslissen.",
        "Only a juror votes; the chair casts a vote only to break a tie."),
    "ballot.juror_has": ("Alleen een jurylid heeft een stembiljet.", "Only a juror has a ballot."),
    "ballot.who_sees_voters": (
        "Alleen de voorzitter en de secretaris zien wie er gestemd heeft.",
        "Only the chair and the secretary see who has voted."),
    "ballot.who_enters_papers": (
        "Alleen de secretaris of de voorzitter voert papieren stembiljetten in.",
        "Only the secretary or the chair enters paper ballots."),
    "ballot.in_deliberation": (
        "Er wordt gestemd tijdens het overleg; de jury is nu in de fase {phase}.",
        "Ballots are held during the deliberation; the jury is in {phase}."),
    # Ballots: their state.
    "ballot.already_open": (
        "De stemming over {category} is al open.",
        "The ballot on {category} is already open."),
    "ballot.needs_nominees": (
        "Bevestig eerst de genomineerden van {category}: een stemming heeft twee kandidaten "
        "of meer nodig.",
        "Confirm the nominees of {category} first: a ballot needs two candidates or more."),
    "ballot.none_open": (
        "Er is geen stemming over {category} open.",
        "No ballot on {category} is open."),
    "ballot.none_yet": (
        "Er is nog geen stemming over {category}.",
        "No ballot on {category} yet."),
    "ballot.none_open_any": (
        "Er is geen stemming open: de voorzitter opent eerst de stemming over een categorie.",
        "No ballot is open: the chair opens a category's ballot first."),
    "ballot.nobody_voted": (
        "Er heeft nog niemand gestemd: een stemming sluit pas na één stem of meer.",
        "Nobody has voted yet: a ballot closes with one vote or more."),
    "ballot.not_closed": (
        "De stemming over {category} is nog niet gesloten.",
        "The ballot on {category} is not closed yet."),
    "ballot.no_tie": (
        "De stemming heeft één winnaar: er is geen gelijke stand om te beslissen.",
        "The ballot has one winner: there is no tie to decide."),
    "ballot.casting_between": (
        "De beslissende stem kiest tussen de kandidaten die gelijk staan: {entries}.",
        "The casting vote decides between the tied candidates: {entries}."),
    "ballot.rationale_needed": (
        "Een beslissende stem heeft een motivering nodig.",
        "A casting vote needs its rationale."),
    "ballot.pin_changed": (
        "Je pincode is gewijzigd sinds je stemde, dus je eerdere stem is niet terug te vinden "
        "om te vervangen: die blijft staan zoals uitgebracht.",
        "Your PIN has changed since you voted, so your earlier vote cannot be found to "
        "replace it: it stands as cast."),
    # A ranking on a ballot paper or in the app.
    "ballot.not_candidate": (
        "Geen kandidaat: {stray}; de kandidaten zijn {candidates}.",
        "Not a candidate: {stray}; the candidates are {candidates}."),
    "ballot.recused_on": (
        "Je hebt een belangenconflict bij {entries}: laat die weg en rangschik de andere.",
        "You have a conflict of interest on {entries}: leave it out and rank the others."),
    "ballot.whole_place": (
        "Een plaats is een heel getal vanaf 1 (de beste): controleer {entries}.",
        "A place is a whole number from 1 (best): check {entries}."),
    "ballot.rank_one": (
        "Rangschik minstens één kandidaat.",
        "Rank at least one candidate."),
    # Paper ballots: one problem per row.
    "ballot.paper_no_ballot": (
        "{where}: er is geen stemming {number} over {category}.",
        "{where}: no ballot {number} on {category}."),
    "ballot.paper_closed": (
        "{where}: stemming {number} over {category} is gesloten.",
        "{where}: ballot {number} on {category} is closed."),
    "ballot.paper_problem": ("{where}: {problem}", "{where}: {problem}"),
    "ballot.papers_entered": (
        "{papers} ingevoerd ({ballots}).",
        "{papers} entered ({ballots})."),
    "ballot.papers_of": ("{ballot}: {papers}", "{ballot}: {papers}"),
    # The meeting.
    "meeting.chair_leads": (
        "Alleen de voorzitter leidt de vergadering; {name} is {role}.",
        "Only the chair leads the meeting; {name} is {role}."),
    "meeting.record_readers": (
        "Alleen de voorzitter en de secretaris lezen het verslag van de vergadering.",
        "Only the chair and the secretary read the meeting's record."),
    "meeting.in_deliberation": (
        "De vergadering is tijdens het overleg; de jury is nu in de fase {phase}.",
        "The meeting runs during the deliberation; the jury is in {phase}."),
    "meeting.already_open": ("De vergadering is al open.", "The meeting is already open."),
    "meeting.not_open": (
        "Er is geen vergadering open: de voorzitter opent die eerst.",
        "No meeting is open: the chair opens it first."),
    "meeting.none_yet": (
        "Er is nog geen vergadering: de voorzitter opent die in het overleg.",
        "No meeting yet: the chair opens it in the deliberation."),
    "meeting.no_item": (
        "De agenda heeft de punten 1 tot en met {last}; er is geen punt {n}.",
        "The agenda has items 1 to {last}; there is no item {n}."),
    "meeting.agenda_item": (
        "Agendapunt {n} ('{text}'): schrijf entry:ID voor een inzending die meedoet, of "
        "ballot:CATEGORIE voor de stemming over een categorie.",
        "Agenda item {n} ('{text}'): use entry:ID for an entry in the running or "
        "ballot:CATEGORY for a category's ballot."),
    "meeting.agenda_empty": ("De agenda is leeg.", "The agenda is empty."),
    "meeting.timer_range": (
        "Een timer loopt van 1 seconde tot 4 uur.",
        "A timer runs between 1 second and 4 hours."),
    "meeting.timer_needs_item": (
        "De timer loopt per punt: kies eerst het eerste punt en stel dan de tijd in.",
        "The timer runs per item: choose the first item, then set its time."),
    "meeting.no_juror": ("Er is geen jurylid met de naam '{name}'.", "No juror named '{name}'."),
    # Re-scoring during the meeting.
    "meeting.reason_needed": (
        "Een inzending heropenen voor herbeoordeling kan alleen met een reden.",
        "Reopening an entry for re-scoring needs a reason."),
    "meeting.no_entry": (
        "Er is geen inzending '{entry}' die meedoet.",
        "No entry '{entry}' in the running."),
    "meeting.already_rescoring": (
        "{entry} is al heropend voor herbeoordeling.",
        "{entry} is already open for re-scoring."),
    "meeting.not_rescoring": (
        "{entry} is niet heropend voor herbeoordeling.",
        "{entry} is not open for re-scoring."),
    "meeting.not_rescoring_juror": (
        "{entry} is niet heropend voor herbeoordeling: de voorzitter heropent een inzending, "
        "met een reden.",
        "{entry} is not open for re-scoring: the chair reopens an entry, with a reason."),
    "meeting.juror_rescores": (
        "Alleen een jurylid herbeoordeelt, en dan de eigen scores.",
        "Only a juror re-scores, their own scores."),
    "meeting.outside_scale": (
        "{value} valt buiten de schaal {low}–{high}.",
        "{value} is outside {low}–{high}."),
    "meeting.outside_scale_step": (
        "{value} valt buiten de schaal {low}–{high} in stappen van {step}.",
        "{value} is outside {low}–{high} in steps of {step}."),
    "meeting.no_criterion": ("Er is geen criterium '{criterion}'.", "No criterion '{criterion}'."),
    "meeting.recused": (
        "{name} heeft een belangenconflict bij {entry}.",
        "{name} has a conflict of interest on {entry}."),
    # The minutes.
    "minutes.readers": (
        "Alleen de jury en haar secretaris lezen de notulen.",
        "Only the jury and its secretary read the minutes."),
    "minutes.none_yet": (
        "Er is nog geen vergadering: de notulen volgen op de vergadering.",
        "No meeting yet: the minutes follow the meeting."),
    "minutes.jurors_sign": (
        "De juryleden tekenen de notulen; {name} is {role}.",
        "The jurors sign off the minutes; {name} is {role}."),
    "minutes.say_agreed": (
        "Zeg 'akkoord', of schrijf de opmerking die je in de notulen wilt.",
        "Say 'akkoord', or write the remark you want in the minutes."),
    "minutes.bad_format": ("--format {form}: kies docx of md.", "--format {form}: use docx or md."),
    "minutes.bad_lang": ("--lang {language}: kies nl of en.", "--lang {language}: use nl or en."),
    "minutes.name_document": (
        "Geef het document een naam: jury minutes -o notulen.docx (of --format md om "
        "Markdown te tonen).",
        "Name the document: jury minutes -o notulen.docx (or --format md to print "
        "Markdown)."),
}
