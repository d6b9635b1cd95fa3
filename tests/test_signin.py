"""Wrong PINs slow a name's sign-in down; they never lock anyone out."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest

from jury import repository
from jury.i18n import Strings
from jury.models import utcnow
from jury.services import Actor
from jury.services.jurors import FORGET_AFTER, MAX_WAIT, SignInError, wait_after

NAME = "Sanne Bakker"
CHAIR = "Marieke Hoekstra"


@pytest.fixture
def jurors(award, secretary):
    award.jurors.add(secretary, NAME, "1234")
    award.jurors.add(secretary, CHAIR, "9876", chair=True)
    return award


def failures(services, name: str = NAME) -> int:
    with services.entries.reading() as session:
        return len([e for e in repository.audit_events(session=session,
                                                       action="signin.failed")
                    if e.subject == name])


def refused(services, pin: str, now, name: str = NAME) -> SignInError:
    with pytest.raises(SignInError) as failed:
        services.jurors.sign_in(name, pin, now=now)
    return failed.value


def test_the_waits_double_from_one_second_to_a_minute():
    assert [wait_after(n).total_seconds() for n in range(1, 12)] == [
        0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert wait_after(10_000) == MAX_WAIT


def test_three_typos_cost_nothing_then_each_wrong_pin_makes_the_name_wait(jurors):
    now = utcnow()
    for _ in range(3):
        assert refused(jurors, "0000", now).reason == "wrong"
    fourth = refused(jurors, "0000", now)
    assert (fourth.reason, fourth.values["seconds"]) == ("wrong_wait", 1)
    assert "can try again in 1 s." in fourth.message
    assert "over 1 s opnieuw" in fourth.text(Strings("nl"))
    # During the wait even the right PIN is refused, unchecked and uncounted, with the
    # seconds left.
    early = refused(jurors, "1234", now + timedelta(milliseconds=300))
    assert (early.reason, early.values["seconds"]) == ("wait", 1)
    assert failures(jurors) == 4
    assert jurors.jurors.sign_in(NAME, "1234", now=now + timedelta(seconds=1)) == \
        Actor(NAME, "juror")
    # A sign-in wipes the slate: the next typo is free again.
    assert refused(jurors, "0000", now + timedelta(seconds=2)).reason == "wrong"


def test_an_attacker_never_locks_the_chair_out(jurors):
    """Forty wrong PINs on the chair's name, each as soon as allowed: the chair still signs
    in, a minute after the last one at most."""
    now = utcnow()
    for _ in range(40):
        error = refused(jurors, "0000", now, name=CHAIR)
        assert error.reason in ("wrong", "wrong_wait")
        now += timedelta(seconds=error.values.get("seconds", 0))
    assert error.values["seconds"] == 60
    wait = refused(jurors, "9876", now - timedelta(seconds=30), name=CHAIR)
    assert (wait.reason, wait.values["seconds"]) == ("wait", 30)
    assert jurors.jurors.sign_in(CHAIR, "9876", now=now).role == "chair"
    assert failures(jurors, CHAIR) == 40
    # The other names were never slowed down.
    assert jurors.jurors.sign_in(NAME, "1234", now=now - timedelta(seconds=30)).name == NAME


def test_an_empty_pin_is_not_an_attempt(jurors):
    now = utcnow()
    for _ in range(10):
        assert refused(jurors, "", now).reason == "empty"
    assert failures(jurors) == 0
    assert jurors.jurors.sign_in(NAME, "1234", now=now).name == NAME


def test_a_quiet_quarter_of_an_hour_forgets_old_typos(jurors):
    now = utcnow()
    for _ in range(3):
        refused(jurors, "0000", now)
    later = now + FORGET_AFTER + timedelta(seconds=1)
    assert refused(jurors, "0000", later).reason == "wrong"


def test_a_new_pin_ends_the_wait(jurors, secretary):
    now = utcnow()
    for _ in range(8):
        refused(jurors, "0000", now)
    jurors.jurors.set_pin(secretary, NAME, "5555")
    assert jurors.jurors.sign_in(NAME, "5555", now=now).name == NAME


def test_the_wait_holds_in_every_process(jurors, db_url):
    """Stored in the database: another terminal (here another process) is kept waiting too."""
    moment = utcnow() + timedelta(hours=1)
    script = ("import sys\nfrom datetime import datetime\nfrom jury.cli import open_services\n"
              "s = open_services(sys.argv[1], create=False)\n"
              "now = datetime.fromisoformat(sys.argv[3])\n"
              "for _ in range(8):\n"
              "    try: s.jurors.sign_in(sys.argv[2], '0000', now=now)\n"
              "    except Exception as e: print(e.reason, e.values.get('seconds'))\n")
    done = subprocess.run([sys.executable, "-c", script, db_url, NAME, moment.isoformat()],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["wrong None"] * 3 + ["wrong_wait 1"] + [
        "wait 1"] * 4, done.stdout + done.stderr
    wait = refused(jurors, "1234", moment + timedelta(milliseconds=500))
    assert (wait.reason, wait.values["seconds"]) == ("wait", 1)
    assert failures(jurors) == 4
    assert jurors.jurors.sign_in(NAME, "1234", now=moment + timedelta(seconds=1)).name == NAME


def test_the_chair_sees_the_wrong_pins_of_the_last_day(jurors):
    now = utcnow()
    for _ in range(5):
        refused(jurors, "0000", now, name=CHAIR)
        now += timedelta(seconds=2)
    refused(jurors, "0000", now)
    chair = Actor(CHAIR, "chair")
    assert jurors.deliberation.progress(chair).failed_signins == {CHAIR: 5, NAME: 1}
