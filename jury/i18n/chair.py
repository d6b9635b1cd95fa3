"""The chair's table, scoresheets, identity, serving, links, keys, readings, laudatio,
feedback and the meeting."""

from __future__ import annotations

from typing import Any

# The chair's table.
STRINGS: dict[str, tuple[Any, Any]] = {}
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
    "tui.audit.action": ("Actie (bijv. score, fase)", "Action (e.g. score, phase)"),
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
        "De uitslag is definitief: alles is alleen nog te lezen. Terug naar overleg kan op de "
        "tafel met F8 (Fase), met een reden.",
        "The result is final: everything is read-only. Going back to deliberation is F8 "
        "(Phase) on the table, with a reason.",
    ),
    "chair.refused.deliberation": (
        "Dat kan pas in het overleg; de jury is nu in de fase {phase}. Op de tafel gaat F8 "
        "(Fase) verder.",
        "That is for the deliberation; the jury is now in the {phase} phase. F8 (Phase) on "
        "the table moves on.",
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
    "feedback.summary": ("{approved} goedgekeurd · {drafted} concept · {missing} nog te "
                         "schrijven. "
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
    # Keys and tooltips on the meeting's screens.
    "key.meeting": ("Vergadering", "Meeting"),
    "cmd.meeting": ("Vergadering: volgen of leiden", "Meeting: follow or lead"),
    "tip.meeting": ("De juryvergadering: volg de voorzitter", "The jury meeting: follow the chair"),
    "tip.meeting_chair": ("De juryvergadering: leid het overleg", "The jury meeting: lead it"),
    "cmd.help_chair": ("Hulp: de tafel en de toetsen", "Help: the table and its keys"),
    "tip.help_chair": ("Uitleg over de tafel van de voorzitter en alle toetsen",
                       "How the chair's table works and every key"),
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
