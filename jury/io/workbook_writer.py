"""What the workbook's sheet writers share: the open workbook with its formats and its
words (Writer), the jury's record beside the ranking (JuryNotes), and how much room a text
takes when printed. The sheet modules and the public result import this; nothing here imports
a sheet module.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from jury import __version__
from jury.i18n import Strings
from jury.io.cells import clean_text
from jury.services.results import ResultsReport

HEADER_ROW = 2  # zero-based: title on row 0, a blank row, then the header
HEADER_FILL = "#1F4E79"
WINNER_FILL = "#FFD966"
NOMINEE_FILL = "#FFF2CC"
# Below this many entries the workbook is built in memory, so charts keep their data cached.
LARGE_AWARD = 2_000
FONT_SIZE = 10
LINE_HEIGHT = 12.6  # points per line of 10 pt text, as Excel and LibreOffice lay it out
DEFAULT_ROW = 13.5  # one line of 10 pt text with its padding
# A4 width between the margins, in column-width units, measured with the widest font a
# spreadsheet program may put in Calibri's place (DejaVu Sans in LibreOffice on Linux).
PAGE_UNITS = {"landscape": 104, "portrait": 70}
# A4 height between the margins (points): what one printed page holds.
PAGE_POINTS = {"landscape": 595 - 72 * (0.6 + 0.55), "portrait": 842 - 72 * (0.6 + 0.55)}


@dataclass(frozen=True)
class JuryNotes:
    """What the jury wrote and decided, beside the ranking (chair and secretary only).

    decisions: jury.services.deliberation.Decisions (who decided what, when);
    laudations: entry id -> LaudatioRecord; descriptions: entry id -> description;
    jury: (name, role) as the award lists them, the chair first."""

    scores: list[tuple[str, str, str, float | None, str]] = field(default_factory=list)
    entry_notes: list[tuple[str, str, str]] = field(default_factory=list)
    recusals: list[tuple[str, str, str]] = field(default_factory=list)
    decisions: Any = None
    laudations: dict[str, Any] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    jury: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Writer:
    """The open workbook and its formats, shared by the sheet writers."""

    book: Any
    report: ResultsReport
    language: str
    exported_at: datetime
    formats: dict[str, Any] = field(default_factory=dict)
    widths: dict[str, list[float]] = field(default_factory=dict)
    header_height: float = 0.0

    def __post_init__(self) -> None:
        self.tr = Strings(self.language)

    def word(self, key: str, **values: Any) -> str:
        """A workbook word ('wb.<key>' in jury.i18n) in the workbook's language."""
        return self.tr(f"wb.{key}", **values)

    def label(self, nl: str, en: str) -> str:
        return nl if self.language == "nl" else en

    def fmt(self, name: str) -> Any:
        if name not in self.formats:
            spec = FORMATS.get(name)
            if spec is None:  # a number format made on the fly: "num:0.00", "winner_num:0"
                tone, _, number_format = name.partition(":")
                spec = {**FORMATS[tone.removesuffix("num").rstrip("_") or "plain"],
                        "num_format": number_format}
            shape = spec.get("num_format")
            if self.language == "nl" and isinstance(shape, str) and "0" in shape:
                # Tagged Dutch, so a spreadsheet that honours the tag (LibreOffice) prints
                # 7,27 whatever the printing machine's own language; Excel uses its own.
                spec = {**spec, "num_format": f"[$-413]{shape}"}
            self.formats[name] = self.book.add_format({"font_size": FONT_SIZE, **spec})
        return self.formats[name]

    def title(self, sheet: Any, name: str) -> None:
        settings = self.report.settings
        text = f"{settings.award.name} {settings.award.edition} · {name}"
        if self.report.phase != "final":
            text += f" ({self.word('provisional')})"
        sheet.set_row(0, 22)
        sheet.write_string(0, 0, text, self.fmt("title"))

    def put(self, sheet: Any, row: int, column: int, value: Any, style: str | None = None) -> None:
        """Numbers as numbers, text as text (never a formula), nothing for None."""
        cell_format = self.fmt(style or "plain")
        if value is None:
            sheet.write_blank(row, column, None, cell_format)
        elif isinstance(value, bool):
            sheet.write_string(row, column, self.word("yes" if value else "no"), cell_format)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, cell_format)
        elif isinstance(value, datetime):
            sheet.write_datetime(row, column, local(value), self.fmt(style or "date"))
        else:
            sheet.write_string(row, column, clean_text(str(value)), cell_format)

    def number(self, sheet: Any, row: int, column: int, value: float | None, decimals: int,
               tone: str = "", *, fixed: bool = False) -> None:
        """A figure rounded to `decimals` before it is stored, shown without decimals when
        it is whole (a median of 6 reads 6, not 6,00); `fixed`: always `decimals`."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self.put(sheet, row, column, None, tone or None)
            return
        rounded = round(float(value), decimals)
        whole = rounded == int(rounded) and (not fixed or decimals == 0)
        number_format = "0" if whole or decimals == 0 else "0." + "0" * decimals
        stored: float | int = int(rounded) if whole else rounded
        self.put(sheet, row, column, stored, f"{tone + '_' if tone else ''}num:{number_format}")

    def header(self, sheet: Any, row: int, headers: list[str],
               upright: frozenset[int] | set[int] = frozenset()) -> None:
        """The header row, wrapped; columns in `upright` (narrow figures) turned a quarter."""
        widths = self.widths.get(sheet.name, [])
        lines = max((text_lines(text, widths[c] if c < len(widths) else 10)
                     for c, text in enumerate(headers) if c not in upright), default=1)
        height = lines * LINE_HEIGHT + 4
        if upright:
            # 10 pt bold upright: about 6.1 points a character (DejaVu Sans, the widest).
            height = max(height, max(len(headers[c]) for c in upright) * 6.1 + 8)
        sheet.set_row(row, height)
        self.header_height = height
        for column, text in enumerate(headers):
            sheet.write_string(row, column, text,
                               self.fmt("header_up" if column in upright else "header"))

    def columns(self, sheet: Any, widths: list[float]) -> None:
        """Column widths, kept to size the rows of wrapped text; rows one 10 pt line high."""
        self.widths[sheet.name] = list(widths)
        sheet.set_default_row(DEFAULT_ROW)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)

    def fit_row(self, sheet: Any, row: int, cells: dict[int, Any],
                spans: dict[int, int] | None = None, *, bold: bool = False) -> float:
        """Set the row's height for its wrapped texts, so nothing overprints the next row
        (LibreOffice does not grow a row by itself when it opens the file). `spans`: a
        merged cell's column count. Returns the height."""
        widths = self.widths.get(sheet.name, [])
        spans = spans or {}

        def width(c: int) -> float:
            return sum(widths[k] if k < len(widths) else 10
                       for k in range(c, c + spans.get(c, 1)))

        lines = max((text_lines(str(text), width(c), bold=bold)
                     for c, text in cells.items() if isinstance(text, str)), default=1)
        if lines > 1:
            sheet.set_row(row, row_height(lines))
        return row_height(lines)

    def prints(self, sheet: Any, *, landscape: bool, repeat: int | None = HEADER_ROW,
               name: str = "") -> None:
        """A4, one page wide, header rows repeated; the award, VOORLOPIG or DEFINITIEF
        with the date, and page numbers on every page."""
        sheet.set_paper(9)  # A4
        if landscape:
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.55)
        sheet.fit_to_pages(1, 0)
        if repeat is not None:
            sheet.repeat_rows(repeat)
        settings = self.report.settings
        award = f"{settings.award.name} {settings.award.edition}".replace("&", "&&")
        state = self.word("final_stamp" if self.report.phase == "final" else "provisional_stamp")
        stamp = f"{state} {local(self.exported_at):%d-%m-%Y}"
        sheet.set_header(f'&L&"Calibri,Bold"&10{award}&R&"Calibri,Bold"&10{stamp}',
                         {"scale_with_doc": False})
        where = (name or sheet.name).replace("&", "&&")
        sheet.set_footer(f"&L&10{where} · {stamp}&R&10{self.word('page')} &P / &N",
                         {"scale_with_doc": False})


FORMATS: dict[str, dict[str, Any]] = {
    "plain": {"valign": "top"},
    "title": {"bold": True, "font_size": 14},
    "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL,
               "text_wrap": True, "valign": "vcenter", "border": 1},
    "header_up": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL,
                  "valign": "bottom", "border": 1, "rotation": 90},
    "bold": {"bold": True, "valign": "top"},
    "bold_wrap": {"bold": True, "valign": "top", "text_wrap": True},
    "wrap": {"text_wrap": True, "valign": "top"},
    "foot": {"italic": True, "text_wrap": True, "valign": "top"},
    "said": {"italic": True, "text_wrap": True, "valign": "top", "indent": 1},
    "winner_said": {"italic": True, "text_wrap": True, "valign": "top", "indent": 1,
                    "bg_color": WINNER_FILL},
    "nominee_said": {"italic": True, "text_wrap": True, "valign": "top", "indent": 1,
                     "bg_color": NOMINEE_FILL},
    "date": {"num_format": "dd-mm-yyyy hh:mm", "align": "left", "valign": "top"},
    "total": {"num_format": "0.00", "valign": "top"},
    "score": {"num_format": "0.0", "valign": "top"},
    "stat": {"num_format": "0.000", "valign": "top"},
    "percent": {"num_format": "0%", "valign": "top"},
    "right": {"align": "right", "valign": "top"},
    "winner": {"bold": True, "bg_color": WINNER_FILL, "valign": "top"},
    "winner_wrap": {"bold": True, "bg_color": WINNER_FILL, "text_wrap": True, "valign": "top"},
    "nominee": {"bg_color": NOMINEE_FILL, "valign": "top"},
    "nominee_wrap": {"bg_color": NOMINEE_FILL, "text_wrap": True, "valign": "top"},
}


# Character widths of Calibri, the workbook's font, in thousandths of an em (its metrics
# table, rounded up); anything else counts as a wide letter.
_WIDTHS = dict(zip(
    " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;-'()&/!?\"@#%+*",
    [226, 479, 525, 423, 525, 498, 305, 471, 525, 230, 239, 455, 230, 799, 525, 527, 525,
     525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 579, 544, 533, 615, 488, 459, 631,
     623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 653, 567, 890, 519,
     487, 468, *[507] * 10, 252, 250, 268, 268, 306, 221, 303, 303, 682, 386, 276, 463, 401,
     898, 498, 715, 498, 498], strict=True))
_WIDE = 600
# Points of 10 pt Calibri per thousandth of an em, with 6% to spare for other fonts' hinting.
_POINTS = 10 / 1000 * 1.06


def text_width(text: str) -> float:
    """Printed width of `text` at 10 pt, in points."""
    return sum(_WIDTHS.get(c, _WIDE) for c in text) * _POINTS


def column_points(width: float) -> float:
    """Room for text in a column `width` units wide: 7 px a unit plus 5, less the cell's
    padding, at 96 px an inch."""
    return (width * 7 + 5 - 6) * 0.75


# The widest character's points: a text this many times shorter than its room fits.
_WIDEST = max(_WIDTHS.values()) * _POINTS


@functools.lru_cache(maxsize=4_096)
def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """How many lines `text` takes in a wrapped column `width` units wide, words wrapping
    whole as Excel and LibreOffice wrap them (bold about 7% wider). Remembered: labels,
    names and flags repeat on every row."""
    room = max(10.0, column_points(width) / (1.07 if bold else 1.0))
    if "\n" not in text and len(text) * _WIDEST <= room:
        return 1
    space = text_width(" ")
    total = 0
    for paragraph in str(text).split("\n"):
        line, count = 0.0, 1
        for word in paragraph.split(" "):
            size = text_width(word)
            if line and line + space + size > room:
                count += 1
                line = 0.0
            while size > room:  # a word longer than the line breaks wherever it must
                count += 1
                size -= room
            line += (space if line else 0.0) + size
        total += count
    return max(1, total)


def header_widths(widths: list[float], headers: list[str], *, take_from: int) -> list[float]:
    """`widths` with every header's longest word whole on one line at the header's bold
    font (a header wraps only between words), the room taken from column `take_from` (a
    wrapped text column) so the sheet stays as wide as before and prints at the same size."""
    fitted = list(widths)
    for column, text in enumerate(headers):
        if column == take_from or column >= len(fitted):
            continue
        longest = max((text_width(word) * 1.07 for word in text.split()), default=0.0)
        need = math.ceil(((longest / 0.75 + 1) / 7) * 2) / 2
        if need > fitted[column]:
            fitted[take_from] -= need - fitted[column]
            fitted[column] = need
    return fitted


def row_height(lines: int) -> float:
    """A row's height for `lines` lines of 10 pt text (one line: the default row)."""
    return DEFAULT_ROW if lines <= 1 else lines * LINE_HEIGHT + 1


def local(moment: datetime) -> datetime:
    """A stored UTC time as the local wall-clock time a spreadsheet cell holds."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def set_properties(book: Any, writer: Writer, subject: str) -> None:
    """Title, subject, company and language, so a file found later says what it is."""
    settings = writer.report.settings
    book.set_properties({
        "title": f"{settings.award.name} {settings.award.edition}",
        "subject": subject,
        "author": f"jury {__version__}",
        "company": settings.award.name,
        "keywords": writer.word("final_stamp" if writer.report.phase == "final"
                                else "provisional_stamp"),
        "created": writer.exported_at.replace(tzinfo=None),
        "comments": writer.word("provisional") if writer.report.phase != "final" else "",
    })
    book.set_custom_property("Language", "nl-NL" if writer.language == "nl" else "en-GB")


def criteria_of(w: Writer) -> list[tuple[str, str]]:
    """(key, label) of each criterion in the workbook's language."""
    return [(c.key, w.label(c.label_nl, c.label_en)) for c in w.report.settings.criteria]


def category_label(w: Writer, key: Any) -> str:
    """A category's label in the workbook's language ('' for an award without categories)."""
    if key is None:
        return ""
    labels = {c.key: w.label(c.label_nl, c.label_en) for c in w.report.settings.categories}
    return labels.get(key, "")
