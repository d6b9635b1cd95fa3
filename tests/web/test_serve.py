"""jury serve: one process per browser tab, and none left when a browser or the server goes."""

from __future__ import annotations

import asyncio
import os
import re
import signal

import aiohttp
import pytest

from .server import Served, award_database, wait_until_ended

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc (Linux)")


async def open_session(served: Served, session: aiohttp.ClientSession):
    """A websocket as the browser page opens it (from the page's own origin); returns it once
    the sign-in is drawn."""
    socket = await session.ws_connect(served.ws_url, origin=served.url)
    received = b""
    while b"Aanmelden" not in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", received):
        message = await asyncio.wait_for(socket.receive(), 30)
        assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), message
        if message.type == aiohttp.WSMsgType.BINARY:
            received += message.data
    return socket


async def test_each_tab_is_its_own_process_and_a_vanished_tab_leaves_none(tmp_path):
    with Served(award_database(tmp_path)) as served:
        async with aiohttp.ClientSession() as client:
            first = await open_session(served, client)
            second = await open_session(served, client)
            sessions = served.sessions()
            assert len(sessions) == 2
            # The browser is gone without a goodbye: no close frame, the socket just drops.
            first._response.connection.transport.abort()
            remaining = await asyncio.to_thread(_settle, served, 1)
            assert len(remaining) == 1
            await second.close()
            assert await asyncio.to_thread(wait_until_ended, sessions) == []
        assert served.process.poll() is None, "the server itself keeps serving"


def _settle(served: Served, expected: int) -> list[int]:
    import time

    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and len(served.sessions()) != expected:
        time.sleep(0.1)
    return served.sessions()


async def test_a_killed_server_leaves_no_session_behind(tmp_path):
    with Served(award_database(tmp_path)) as served:
        async with aiohttp.ClientSession() as client:
            await open_session(served, client)
            sessions = served.sessions()
            assert sessions
            os.kill(served.process.pid, signal.SIGKILL)
            assert await asyncio.to_thread(wait_until_ended, sessions) == []


async def test_stopping_the_server_ends_every_session(tmp_path):
    with Served(award_database(tmp_path)) as served:
        async with aiohttp.ClientSession() as client:
            await open_session(served, client)
            await open_session(served, client)
            sessions = served.sessions()
            os.kill(served.process.pid, signal.SIGTERM)
            assert await asyncio.to_thread(wait_until_ended, sessions) == []
            assert await asyncio.to_thread(served.process.wait, 15) is not None


async def test_the_database_address_is_not_on_a_session_command_line(tmp_path):
    """A PostgreSQL URL holds a password; the process list is readable by every user."""
    from pathlib import Path

    database = award_database(tmp_path)
    with Served(database) as served:
        async with aiohttp.ClientSession() as client:
            await open_session(served, client)
            (session,) = served.sessions()
            command = Path(f"/proc/{session}/cmdline").read_bytes().split(b"\0")
            assert not any(str(database).encode() in part for part in command)
            assert any(part.endswith(b"jury") for part in command)


def test_the_page_loads_nothing_from_other_servers(tmp_path):
    """A jury network may be closed, and a juror's address is nobody else's business: the
    page's styles, fonts and script all come from jury serve itself."""
    import re
    import urllib.request

    with Served(award_database(tmp_path)) as served:
        with urllib.request.urlopen(served.url) as answer:
            page = answer.read().decode()
        links = [a or b for a, b in re.findall(r'(?:href|src)="([^"]+)"|url\("([^"]+)"\)',
                                               page)]
        assert len(links) >= 4, page  # the style sheet, the script, two fonts
        assert all(link.startswith(served.url) for link in links), links
        assert f'data-session-websocket-url="{served.ws_url.split("?")[0]}"' in page
        for link in links:
            with urllib.request.urlopen(link) as answer:
                assert answer.status == 200, link


def test_a_port_in_use_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    database = award_database(tmp_path)
    with Served(database) as served:
        done = subprocess.run(
            [sys.executable, "-m", "jury", "--lang", "en", "--db", str(database), "serve",
             "--port", str(served.port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"Cannot listen on 127.0.0.1:{served.port}" in done.stderr
    assert "address already in use" in done.stderr
    assert "--port" in done.stderr and "Traceback" not in done.stderr
