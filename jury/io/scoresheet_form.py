"""The scoresheet's layout, shared by writing it and reading it back: where the header
and the first entry are, the hidden sheet's marker and format, the words for a recusal
reason and the scale in either language."""

from __future__ import annotations

from pathlib import Path

from jury.award_settings import Scale
from jury.i18n import Message, Strings
from jury.terms import RECUSAL_REASONS

MARKER = "jury-scoresheet"
FORMAT = 2  # 2: the hidden sheet is signed (HMAC-SHA256 with the award's secret)
META_SHEET = "jury"
HEADER_ROW = 4  # 1-based, as Excel shows it
FIRST_ROW = 5
TITLE = "error.title.scoresheet"

LANGUAGES = ("nl", "en")


def reason_words(language: str) -> dict[str, str]:
    """A recusal reason's key -> its word in `language`: 'professional' -> 'professioneel'."""
    tr = Strings(language)
    return {key: tr(f"sheet.reason.{key}") for key in RECUSAL_REASONS}


def scale_words(scale: Scale) -> Message:
    """The scale in the reader's words: '1–10', '1–5 in stappen van 0,5'."""
    if scale.step == 1:
        return Message("sheet.scale", {"low": float(scale.min), "high": float(scale.max)})
    return Message("sheet.scale.steps", {"low": float(scale.min), "high": float(scale.max),
                                         "step": float(scale.step)})


def read_reasons() -> dict[str, str]:
    """Every word a returned sheet may hold for a recusal reason, in either language (a juror
    may fill in a sheet of the other language), and the keys themselves -> the key."""
    reasons = {word: key for language in LANGUAGES
               for key, word in reason_words(language).items()}
    reasons.update({key: key for key in RECUSAL_REASONS})
    return reasons


def default_scoresheet_path(folder: Path, slug: str, juror: str) -> Path:
    from jury.award_settings import slugify

    return folder / f"scoresheet-{slug}-{slugify(juror)}.xlsx"
