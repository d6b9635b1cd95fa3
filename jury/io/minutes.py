"""The minutes of the jury meeting as Markdown (`--format md`) or Word (python-docx).

One outline, two renderings: headings, paragraphs, bullets and small tables, written as a
secretary would. Outside text (names, titles, rationales, remarks) is escaped for Markdown
and cleaned for Word. Ballots carry their anonymous count only; no voter appears.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jury.i18n import Strings, number
from jury.io.cells import clean_text
from jury.io.target import written_whole
from jury.services.minutes import Minutes
from jury.text import shown

# Characters Markdown reads as markup wherever they stand (emphasis, links, code, HTML,
# strikethrough, table cells, the escape itself); a hyphen inside a word or a date is not.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What Markdown reads as a heading, list, quote or rule only at the start of a line.
_LEADING = re.compile(r"^([-+#=>])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


@dataclass
class Block:
    kind: str  # h0, h1, h2, p, bold, bullet, table
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def md(text: object, *, cell: bool = False) -> str:
    """Outside text as Markdown that reads as itself: one line, control characters visible,
    and only what Markdown would misread at that position escaped ('01-12-2026' and 'TIA-03'
    stay as they are; a leading '-' or '#', a '*', '_', '[', '|' do not become markup)."""
    text = _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", " ".join(shown(text).split())))
    text = _LEADING.sub(r"\\\1", text)
    return text if cell else _ORDERED.sub(r"\1\\\2", text)


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%H:%M") if at else "–"


def _span(start: datetime, end: datetime | None, closed: datetime | None, tr: Strings) -> str:
    """'15:38–16:02'; an item still open when the meeting closed ends at the close; one
    still open now says so in words."""
    end = end or closed
    return f"{_when(start)}–{_when(end)}" if end else tr("minutes.running", start=_when(start))


def _day(at: datetime) -> str:
    return at.astimezone().strftime("%d-%m-%Y")


def outline(m: Minutes, language: str) -> list[Block]:
    """The minutes in order: who, conflicts, the agenda with its times and who stepped out,
    re-scoring and shifts, consensus, ballots, decisions, phase changes, sign-off."""
    tr = Strings(language)
    title = lambda entry: f"{entry} · {m.titles.get(entry, '')}".rstrip(" ·")  # noqa: E731
    blocks = [Block("h0", f"{tr('minutes.title')} {m.award}")]
    if m.provisional:
        blocks.append(Block("bold", tr("minutes.provisional")))
    if m.closed_at is not None:
        blocks.append(Block("p", tr("minutes.date", day=_day(m.opened_at),
                                    start=_when(m.opened_at), end=_when(m.closed_at))))
    else:
        blocks.append(Block("p", tr("minutes.date_open", day=_day(m.opened_at),
                                    start=_when(m.opened_at))))
    label = lambda pair, key: (pair[0] if language == "nl" else pair[1]) if pair else key  # noqa: E731
    criterion = lambda key: label(m.criteria.get(key), key)  # noqa: E731
    category = lambda key: label(m.category_labels.get(key), key) if key else "–"  # noqa: E731
    blocks.append(Block("p", f"{tr('minutes.chair')}: {', '.join(m.chair) or '–'}"))
    present = [n for n in m.present if n not in m.chair]
    absent = [n for n in m.jurors if n not in m.present]
    blocks.append(Block("p", f"{tr('minutes.present')}: {', '.join(present) or '–'}"))
    if absent:
        blocks.append(Block("p", f"{tr('minutes.absent')}: {', '.join(absent)}"))
    blocks.append(Block("h1", tr("minutes.conflicts")))
    if m.conflicts:
        for juror, entry, reason, text in m.conflicts:
            blocks.append(Block("bullet", f"{juror} — {title(entry)} ({tr('reason.' + reason)}"
                                          + (f": {text})" if text else ")")))
    else:
        blocks.append(Block("p", tr("minutes.none")))
    blocks.append(Block("h1", tr("minutes.agenda")))
    rows = [[tr("minutes.item"), tr("minutes.time"), tr("minutes.out")]]
    for item in m.items:
        what = (title(item.subject) if item.kind == "entry"
                else f"{tr('minutes.ballot')} {category(item.subject or None)}")
        rows.append([f"{item.position + 1}. {what}",
                     _span(item.started_at, item.ended_at, m.closed_at, tr),
                     ", ".join(item.stepped_out) or "–"])
    blocks.append(Block("table", rows=rows))
    if m.rescoring:
        blocks.append(Block("h1", tr("minutes.rescoring")))
        for entry, reason, by in m.rescoring:
            blocks.append(Block("bullet", tr("minutes.reopened", entry=title(entry),
                                             by=by, reason=reason)))
        for s in m.shifts:
            blocks.append(Block("bullet", tr("minutes.shift", juror=s.juror, entry=s.entry,
                                             criterion=criterion(s.criterion),
                                             before=_n(s.before, language),
                                             after=_n(s.after, language))))
    blocks.append(Block("h1", tr("minutes.consensus")))
    current = [c for c in m.consensus if c.current]
    for c in current:
        what = criterion(c.criterion) if c.criterion else tr("minutes.total")
        blocks.append(Block("bullet", f"{title(c.entry)} — {what}: {_n(c.value, language)}. "
                                      f"{c.rationale}"))
    if not current:
        blocks.append(Block("p", tr("minutes.none")))
    blocks.append(Block("h1", tr("minutes.ballots")))
    for b in m.ballots:
        blocks += _ballot(b, tr, title, category)
    if not m.ballots:
        blocks.append(Block("p", tr("minutes.none")))
    blocks.append(Block("h1", tr("minutes.decisions")))
    for d in m.categories:
        kind = tr(f"minutes.kind.{d.kind}") if d.kind in ("nominees", "winner") else d.kind
        text = f"{category(d.category)}, {kind}: {', '.join(title(e) for e in d.chosen)}"
        if tuple(d.chosen) != tuple(d.proposed):
            text += f" ({tr('minutes.proposed')}: {', '.join(d.proposed) or '–'})"
        if d.rationale:
            text += f". {d.rationale}"
        blocks.append(Block("bullet", text))
    if not m.categories:
        blocks.append(Block("p", tr("minutes.none")))
    blocks.append(Block("h1", tr("minutes.phases")))
    for at, old, new, reason in m.phases:
        blocks.append(Block("bullet", f"{_day(at)} {_when(at)}: {tr('phase.' + old)} → "
                                      f"{tr('phase.' + new)}" + (f" ({reason})" if reason
                                                                  else "")))
    blocks.append(Block("h1", tr("minutes.signoff")))
    signed = {s.juror: s for s in m.signoffs}
    for name in m.signers:
        s = signed.get(name)
        if s is None:
            blocks.append(Block("bullet", f"{name}: {tr('minutes.not_signed')}"))
        elif s.agreed and not s.remark:
            blocks.append(Block("bullet", f"{name}: {tr('minutes.agreed')} ({_day(s.at)})"))
        else:
            agreed = tr("minutes.agreed") + ", " if s.agreed else ""
            blocks.append(Block("bullet", f"{name}: {agreed}{tr('minutes.remark')}: "
                                          f"{s.remark} ({_day(s.at)})"))
    return blocks


def _ballot(b: Any, tr: Strings, title: Any, category: Any) -> list[Block]:
    result = b.result or {}
    names = result.get("candidates", list(b.candidates))
    out = [Block("h2", tr("minutes.ballot_head", category=category(b.category), number=b.number,
                          voters=result.get("voters", 0), paper=result.get("paper", 0)))]
    rows = [[""] + names]
    for name, row in zip(names, result.get("d", []), strict=False):
        rows.append([name] + [str(v) if a != name else "–" for a, v in zip(names, row,
                                                                           strict=False)])
    out.append(Block("p", tr("minutes.pairwise")))
    out.append(Block("table", rows=rows))
    rows = [[""] + names]
    for name, row in zip(names, result.get("p", []), strict=False):
        rows.append([name] + [str(v) if a != name else "–" for a, v in zip(names, row,
                                                                           strict=False)])
    out.append(Block("p", tr("minutes.paths")))
    out.append(Block("table", rows=rows))
    winners = result.get("winners", [])
    if len(winners) == 1:
        out.append(Block("p", tr("minutes.winner", entry=title(winners[0]),
                                 margin=result.get("margin", 0))))
    elif winners:
        out.append(Block("p", tr("minutes.tie", entries=", ".join(winners))))
        if b.casting:
            out.append(Block("p", tr("minutes.casting", entry=title(b.casting["entry"]),
                                     by=b.casting["by"], rationale=b.casting["rationale"])))
    out.append(Block("p", f"{tr('minutes.order')}: {' > '.join(result.get('order', []))}"))
    return out


def _n(value: float | None, language: str) -> str:
    """A score as the minutes' language writes it: '7,5' in Dutch."""
    return "–" if value is None else number(value, language)


def minutes_markdown(m: Minutes, language: str) -> str:
    """The minutes as Markdown: every outside text escaped, so nothing in it is markup."""
    lines: list[str] = []
    for block in outline(m, language):
        if block.kind == "h0":
            lines += [f"# {md(block.text)}", ""]
        elif block.kind == "h1":
            lines += [f"## {md(block.text)}", ""]
        elif block.kind == "h2":
            lines += [f"### {md(block.text)}", ""]
        elif block.kind == "bold":
            lines += [f"**{md(block.text)}**", ""]
        elif block.kind == "bullet":
            lines.append(f"- {md(block.text)}")
        elif block.kind == "table":
            head, *body = block.rows
            lines.append("| " + " | ".join(md(c, cell=True) for c in head) + " |")
            lines.append("|" + "---|" * len(head))
            lines += ["| " + " | ".join(md(c, cell=True) for c in row) + " |" for row in body]
            lines.append("")
        else:
            lines += [md(block.text), ""]
        if block.kind == "bullet":
            continue
    text = "\n".join(lines)
    # A blank line after each list, as Markdown readers expect.
    return text.replace("\n## ", "\n\n## ").replace("\n\n\n", "\n\n").strip() + "\n"


def write_minutes_docx(m: Minutes, path: Path, *, language: str, replace: bool = False) -> Path:
    """Write the minutes privately beside `path` and move them into place, whole or not at
    all; A4, VOORLOPIG (PROVISIONAL) in the header until every juror has signed off."""
    from docx import Document
    from docx.shared import Mm, Pt

    from jury import __version__

    tr = Strings(language)
    with written_whole(path, replace=replace, title="error.title.minutes") as draft:
        document = Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(22))
        document.styles["Normal"].font.size = Pt(11)
        stamp = tr("minutes.provisional_stamp" if m.provisional else "minutes.final_stamp")
        section.header.paragraphs[0].text = clean_text(f"{m.award}\t\t{stamp}")
        properties = document.core_properties
        properties.title = clean_text(f"{tr('minutes.title')} {m.award}")
        properties.author = f"jury {__version__}"
        properties.language = "nl-NL" if language == "nl" else "en-GB"
        for block in outline(m, language):
            text = clean_text(block.text)
            if block.kind in ("h0", "h1", "h2"):
                document.add_heading(text, level=int(block.kind[1]))
            elif block.kind == "bold":
                document.add_paragraph().add_run(text).bold = True
            elif block.kind == "bullet":
                document.add_paragraph(text, style="List Bullet")
            elif block.kind == "table":
                table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
                table.style = "Table Grid"
                for r, row in enumerate(block.rows):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = clean_text(value)
                        if r == 0:
                            for run in table.cell(r, c).paragraphs[0].runs:
                                run.bold = True
            else:
                document.add_paragraph(text)
        document.save(str(draft.file))
    return draft.path
