"""A real browser: headless Chromium opens 'jury serve', a juror signs in with the keyboard."""

from __future__ import annotations

import aiohttp
import pytest

from .devtools import Browser, Page, chromium
from .server import JUROR, PIN, Served, award_database, wait_until_ended

pytestmark = pytest.mark.skipif(
    chromium() is None,
    reason="Chromium is not installed (apt-get install chromium); .ci/run installs it")


async def test_a_juror_signs_in_from_the_browser_and_sees_the_entry_list(tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir()
    with Served(award_database(tmp_path)) as served:
        browser = Browser(profile)
        try:
            async with aiohttp.ClientSession() as client:
                socket = await client.ws_connect(browser.page_socket_url(), max_msg_size=0)
                page = Page(socket)
                await page.open(served.url)
                await page.wait_for_text("Aanmelden")
                await page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
                await page.press("enter")
                await page.wait_for_text(JUROR)
                await page.press("down", "enter")
                # The name stays focused once chosen; Tab goes on to the PIN (name → PIN).
                await page.wait_for_text("Pincode")
                await page.press("tab", *PIN)
                await page.wait_for_text("•" * len(PIN))
                await page.press("enter")
                text = await page.wait_for_text("van 17 afgerond")
                assert "te doen" in text
                assert "Samen de wijk in" in text
                sessions = served.sessions()
                assert len(sessions) == 1
                await socket.close()
        finally:
            browser.close()
        # The browser was killed outright: its session must not linger on the server.
        assert wait_until_ended(sessions) == []
