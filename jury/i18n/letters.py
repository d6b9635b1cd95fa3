"""The feedback letters (`jury feedback -o DIR`): the letter's own words and the headers of
the secretary's mail-merge list (feedback.xlsx), in the letter's language.

'letter.<name>': a word or sentence of the letter; 'letter.mail.<column>': a mail-merge
header, in the order jury/io/feedback_letters.py lists them (MAIL_COLUMNS).
"""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "letter.heading": ("Feedback van de jury", "Feedback from the jury"),
    "letter.draft": ("CONCEPT — niet versturen", "CONCEPT — draft, do not send"),
    "letter.dear": ("Beste {name},", "Dear {name},"),
    "letter.dear_all": ("Beste inzender,", "Dear entrant,"),
    "letter.intro": (
        "Hartelijk dank voor uw inzending “{title}” voor de {award} {edition}. De jury "
        "heeft elke inzending op dezelfde criteria beoordeeld. Hieronder leest u per "
        "criterium het oordeel van de jury in woorden en wat de jury u wil meegeven.",
        "Thank you for your entry “{title}” to the {award} {edition}. The jury "
        "assessed every entry on the same criteria. Below you find, per criterion, "
        "the jury's assessment in words and what the jury would like to tell you.",
    ),
    "letter.entry": ("Inzending", "Entry"),
    "letter.organisation": ("Organisatie", "Organisation"),
    "letter.category": ("Categorie", "Category"),
    "letter.result": ("Resultaat", "Result"),
    "letter.winner": ("winnaar", "winner"),
    "letter.nominee": ("genomineerd", "nominee"),
    "letter.participant": ("deelnemer", "participant"),
    "letter.pending": ("nog niet vastgesteld", "not yet decided"),
    "letter.winner_text": (
        "Gefeliciteerd: de jury heeft uw inzending als winnaar gekozen.",
        "Congratulations: the jury chose your entry as the winner.",
    ),
    "letter.nominee_text": (
        "Gefeliciteerd: de jury heeft uw inzending genomineerd.",
        "Congratulations: the jury nominated your entry.",
    ),
    "letter.participant_text": (
        "Uw inzending is niet genomineerd; de jury hoopt dat deze feedback u helpt bij een "
        "volgende stap.",
        "Your entry was not nominated; the jury hopes this feedback helps you with a next "
        "step.",
    ),
    "letter.band": ("Oordeel van de jury", "The jury's assessment"),
    "letter.category_band": ("gemiddeld in de categorie", "average in the category"),
    "letter.all_entries": ("gemiddeld over alle inzendingen", "average over all entries"),
    "letter.no_band": ("niet beoordeeld", "not assessed"),
    "letter.no_text": (
        "De jury heeft bij dit criterium geen toelichting gegeven.",
        "The jury gave no comment on this criterion.",
    ),
    "letter.closing": (
        "Met vriendelijke groet, namens de jury,",
        "Kind regards, on behalf of the jury,",
    ),
    "letter.sender": ("het secretariaat van de {award}", "the secretariat of the {award}"),
    # The mail-merge list's column headers.
    "letter.mail.contact": ("contactpersoon", "contact"),
    "letter.mail.email": ("e-mail", "e-mail"),
    "letter.mail.organisation": ("organisatie", "organisation"),
    "letter.mail.entry": ("inzending", "entry"),
    "letter.mail.title": ("titel", "title"),
    "letter.mail.language": ("taal", "language"),
    "letter.mail.file": ("bestand", "file"),
    "letter.mail.docx": ("docx", "docx"),
}
