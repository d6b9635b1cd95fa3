"""The F1 help pages, for jurors and for the chair (Markdown)."""

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
- **Rangorde**: per categorie de totalen; ★ = genomineerd, ♛ = winnaar (zodra gekozen).
  Een streep markeert de nominatiegrens. Signalen: ⚠ oneens, ◆ uitschieter,
  = gelijke stand, ○ onvolledig, ✓ consensus.
- **Agenda**: wat de jury eerst moet bespreken (onenigheid, dicht bij de grens).
- **Juryleden**: hoe mild of streng ieder jurylid scoort, en de overeenstemming.
- **Betrouwbaarheid**: hoe eensgezind de jury is, en of de winnaar stevig staat.
- **Besluiten**: fase, nominaties en winnaar per categorie, en alle besluiten tot nu toe.
- **Feedback**: per inzending wat de jury de inzender terugschrijft, en de brieven.
- **Logboek**: elke wijziging, te filteren op actie, persoon en tekst.

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
- **Ranking**: the totals per category; ★ = nominee, ♛ = winner (once chosen). A line
  marks the nominee cut-off. Flags: ⚠ disagreement, ◆ outlier, = tie, ○ incomplete,
  ✓ consensus.
- **Agenda**: what the jury should discuss first (disagreement, close to the cut-off).
- **Jurors**: how lenient or strict each juror scores, and their agreement.
- **Reliability**: how much the jury agrees, and whether the winner is robust.
- **Decisions**: the phase, the nominees and winner per category, every decision so far.
- **Feedback**: per entry what the jury writes back to the entrant, and the letters.
- **Record**: every change, filtered by action, person and text.

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

