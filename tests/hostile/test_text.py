"""The one boundary for outside text: what `shown`, the Content helpers, the command line's
console and the description's links do with each hostile string."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from jury.text import control_characters, is_safe, markdown_literal, shown

from .corpus import CASES, assert_no_escape_bytes


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_shown_leaves_nothing_a_terminal_acts_on_and_keeps_the_rest(case):
    for multiline in (False, True):
        out = shown(case.text, multiline=multiline)
        assert_no_escape_bytes(out)
        assert shown(out, multiline=multiline) == out  # once is enough: nothing left to do
        assert case.marker in out or not is_safe(case.marker, multiline=True)
    if is_safe(case.text):
        assert shown(case.text) == case.text  # markup, RTL, emoji, SQL: untouched


def test_each_control_has_a_visible_stand_in():
    assert shown("a\x1b]0;t\x07b") == "a␛]0;t␇b"
    assert shown("\x00\x7f") == "␀␡"
    assert shown("C1\x9b2J") == "C1<U+009B>2J"
    assert shown("factuur\u202egnp.exe") == "factuur<U+202E>gnp.exe"
    assert shown("\u2067x\u2069\u200e") == "<U+2067>x<U+2069><U+200E>"
    assert shown("één\tregel\nnog") == "één regel␤nog"
    assert shown("één\tregel\r\nnog\rx", multiline=True) == "één\tregel\nnog␍x"


def test_control_characters_are_named_with_their_place():
    assert control_characters("ab\x1bc\u202e") == [(2, "ESC"), (4, "RIGHT-TO-LEFT OVERRIDE")]
    assert control_characters("x\x9b") == [(1, "U+009B")]
    assert control_characters("a\nb\tc\r\n", multiline=True) == []
    assert control_characters("a\rb", multiline=True) == [(1, "CARRIAGE RETURN")]


def test_markdown_literal_cannot_make_a_heading_a_list_or_a_link():
    from markdown_it import MarkdownIt

    hostile = "# kop\n* lijst [klik](https://x.example) ![b](file:///etc/passwd) <b>x</b> `c`"
    html = MarkdownIt("commonmark").render(markdown_literal(hostile))
    assert html.count("<") == 2 and html.startswith("<p>")  # one paragraph, nothing else
    assert "https://x.example" in html and "href" not in html


def test_textual_content_from_outside_text_carries_no_style_or_action():
    from jury.tui.literal import cell, markup, plain

    for case in CASES:
        content = plain(case.text)
        assert content.plain == shown(case.text) and not content.spans
        assert cell(case.text).plain == shown(case.text) and not cell(case.text).spans
    made = markup("[b]$id[/b] · $title", id="[@click=app.quit]x[/]", title="\x1b[2J")
    assert made.plain == "[@click=app.quit]x[/] · ␛[2J"
    assert [str(s.style) for s in made.spans] == ["b"]


def test_only_web_links_with_a_host_may_open():
    from jury.tui.widgets.safe_markdown import openable

    assert openable("https://example.org/a?b=c") and openable("HTTP://example.org")
    for url in ("file:///etc/passwd", "javascript:alert(1)", "app.quit", "mailto:a@b.example",
                "https:", "//example.org", "data:text/html,x", "http://[::1"):
        assert not openable(url), url


def test_the_console_prints_markup_and_controls_as_text():
    from rich.table import Table

    from jury.cli.output import LiteralConsole, json_text

    out = io.StringIO()
    console = LiteralConsole(file=out, width=200)
    table = Table(title="[bold]titel[/] :smile:")
    table.add_column("a")
    table.add_row("[/] [link=file:///x]y[/link] \x1b]0;t\x07 \x9b")
    console.print("[@click=app.quit]q[/]", "\x07bel", table)
    text = out.getvalue()
    assert_no_escape_bytes(text)
    assert "[@click=app.quit]q[/] ␇bel" in text
    assert "[bold]titel[/] :smile:" in text and "[link=file:///x]y[/link]" in text
    document = {c.name: c.text for c in CASES}
    written = json_text(document)
    assert_no_escape_bytes(written)
    assert json.loads(written) == document
    assert "مبادرة" in written  # letters stay readable, only controls are escaped


def test_the_text_boundary_imports_nothing_of_the_screens():
    code = "import sys, jury.text; print('textual' in sys.modules, 'rich' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]
