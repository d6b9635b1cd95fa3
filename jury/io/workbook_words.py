"""The workbook's words as they were looked up before they moved to jury.i18n ('wb.*' in
jury/i18n/workbook.py): WORDS[language][key], the catalogue's templates, for the jury report
(jury/io/jury_report.py) until it asks `Strings` itself. Nothing is written here."""

from __future__ import annotations

from jury.i18n import STRINGS

WORDS: dict[str, dict[str, str]] = {
    language: {key.removeprefix("wb."): pair[index] for key, pair in STRINGS.items()
               if key.startswith("wb.")}
    for index, language in enumerate(("nl", "en"))
}
