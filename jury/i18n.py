"""Dutch and English strings, chosen once per run.

Keys are English phrases' names; each entry holds (Dutch, English). A plural form is a pair
of strings for one and for many.
"""

from __future__ import annotations

from typing import Any

STRINGS: dict[str, tuple[Any, Any]] = {
    "entry": (("inzending", "inzendingen"), ("entry", "entries")),
    "juror": (("jurylid", "juryleden"), ("juror", "jurors")),
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
    "demo.built": (
        "Demo-prijs gebouwd in {db}. Pincodes (worden maar één keer getoond):",
        "Demo award built in {db}. PINs (shown this once only):",
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
