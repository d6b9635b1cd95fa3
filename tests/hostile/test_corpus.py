"""The corpus itself: its text reaches the database unchanged on both databases."""

from __future__ import annotations

import pytest

from .corpus import BY_NAME, CASES, STORED, assert_no_escape_bytes, hostile_award


def test_every_case_is_named_once_and_carries_its_marker():
    assert len({c.name for c in CASES}) == len(CASES)
    for case in CASES:
        assert case.marker in case.text, case.name


def test_the_escape_check_catches_each_terminal_control():
    for name in ("osc_title", "csi_clear", "osc8_link", "c1_csi", "bell_backspace",
                 "carriage_return", "nul", "bidi_override", "bidi_isolate"):
        with pytest.raises(AssertionError):
            assert_no_escape_bytes(BY_NAME[name].text)
    assert_no_escape_bytes("regel\n\tmet tab, [b]markup[/b] en 👩🏽‍🔬")


def test_hostile_award_stores_every_case_literally(db_url):
    built = hostile_award(db_url, phase="deliberation")
    entries = {e.id: e for e in built.services.entries.list()}
    for case in STORED:
        entry = entries[built.entries[case.name]]
        assert entry.title == case.text
        assert entry.email.startswith(case.text)
    names = {j.name for j in built.services.jurors.list()}
    assert set(built.jurors.values()) <= names
    built.services.engine.dispose()
