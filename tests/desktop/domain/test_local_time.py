"""The rep's time: stored moments are UTC, shown and counted in the rep's zone — Beijing on
a laptop left in UTC, Ürümqi, or a manager travelling — and "today" follows that zone. The
operating system's zone is the default; subprocesses with TZ set show that it is honoured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from domainhelpers import BEIJING, REP, beijing

from desktop.domain import complaint_rules, follow_ups, local_time, today, visit_cadence
from desktop.domain.local_time import UnknownTimeZone
from desktop.models import FollowUp, Visit

URUMQI = ZoneInfo("Asia/Urumqi")  # UTC+6 by the zone database
NEW_YORK = ZoneInfo("America/New_York")
ROOT = Path(__file__).resolve().parents[3]


def test_a_call_at_0900_in_beijing_is_0100_utc_and_shows_as_0900():
    stored = local_time.moment_at(date(2026, 3, 18), time(9, 0))
    assert stored == datetime(2026, 3, 18, 1, 0, tzinfo=UTC)
    shown = local_time.local(stored)
    assert (shown.hour, shown.minute, shown.utcoffset()) == (9, 0, timedelta(hours=8))
    # what SQLite hands back through raw SQL: naive UTC or ISO text
    assert local_time.local(datetime(2026, 3, 18, 1, 0)).hour == 9
    assert local_time.local("2026-03-18 01:00:00.000000").hour == 9
    assert local_time.local(stored, URUMQI).hour == 7


def test_a_call_at_0730_in_beijing_on_the_18th_counts_for_the_18th():
    early = beijing(date(2026, 3, 18), 7, 30)
    assert early.date() == date(2026, 3, 17)  # UTC is still on the 17th
    assert local_time.local_day(early) == date(2026, 3, 18)
    assert local_time.local_day(early.replace(tzinfo=None)) == date(2026, 3, 18)
    assert local_time.local_day(early, UTC) == date(2026, 3, 17)
    assert local_time.local_day(date(2026, 3, 18)) == date(2026, 3, 18)


def test_the_reps_day_and_week_begin_at_their_midnight():
    assert local_time.day_start(date(2026, 3, 16)) == datetime(2026, 3, 15, 16, tzinfo=UTC)
    assert local_time.day_start(date(2026, 3, 16), URUMQI) == datetime(2026, 3, 15, 18,
                                                                       tzinfo=UTC)


def test_today_follows_the_reps_zone():
    evening_utc = datetime(2026, 3, 17, 17, 30, tzinfo=UTC)  # 01:30 on the 18th in Beijing
    with local_time.fixed(now=evening_utc):
        assert local_time.now() == evening_utc
        assert local_time.today() == date(2026, 3, 18)
        assert local_time.today(URUMQI) == date(2026, 3, 17)  # 23:30 in Ürümqi
        with local_time.fixed(zone="UTC"):
            assert local_time.today() == date(2026, 3, 17)
        assert local_time.today() == date(2026, 3, 18)  # put back
    assert local_time.now() != evening_utc


def test_a_zone_name_the_database_does_not_know_is_refused_with_what_to_do():
    with pytest.raises(UnknownTimeZone, match="Asia/Shanghai.*empty to follow the system"):
        local_time.zone_named("Asia/Shangai")
    assert local_time.zone_named("") is local_time.SYSTEM_ZONE
    assert local_time.zone_named("Asia/Urumqi") == URUMQI
    assert "Asia/Shanghai" in local_time.known_zones()
    assert local_time.utc_offset_text(URUMQI) == "UTC+06:00"
    assert local_time.utc_offset_text(NEW_YORK, datetime(2026, 7, 1, tzinfo=UTC)) == "UTC-04:00"


def test_a_typed_wall_clock_time_is_the_reps_and_survives_the_round_trip():
    typed = datetime(2026, 3, 18, 9, 0)
    stored = local_time.from_wall_clock(typed)
    assert stored == datetime(2026, 3, 18, 1, 0, tzinfo=UTC)
    assert local_time.local(stored).replace(tzinfo=None) == typed
    # a manager in New York: the repeated hour when clocks go back is read as the first one
    repeated = datetime(2026, 11, 1, 1, 30)
    assert local_time.from_wall_clock(repeated, NEW_YORK) == datetime(2026, 11, 1, 5, 30,
                                                                      tzinfo=UTC)


def test_a_follow_up_reminds_at_the_default_hour_on_the_reps_clock(store, field):
    due = date(2026, 3, 18)
    fid = store.create(FollowUp, customer_id=field.zhang_wh, title="送文献", due_date=due,
                       assigned_user_id=REP, territory_id="t-wh").id
    row, = [r for r in follow_ups.follow_up_rows(store) if r.id == fid]
    assert follow_ups.reminder_time(row, 9) == datetime(2026, 3, 18, 1, tzinfo=UTC)
    with local_time.fixed(zone=URUMQI):
        assert follow_ups.reminder_time(row, 9) == datetime(2026, 3, 18, 3, tzinfo=UTC)
        assert follow_ups.due_reminders(store, datetime(2026, 3, 18, 2, 59, tzinfo=UTC), 9) == []
        (fired, _key), = follow_ups.due_reminders(store, datetime(2026, 3, 18, 3, tzinfo=UTC), 9)
        assert fired.id == fid


def test_snoozing_until_tomorrow_morning_is_the_reps_morning():
    with local_time.fixed(now=datetime(2026, 3, 17, 17, 30, tzinfo=UTC)):  # 01:30 Beijing
        assert follow_ups.snooze_until(None, 9) == datetime(2026, 3, 19, 1, tzinfo=UTC)
        assert follow_ups.snooze_until(timedelta(hours=1), 9) == datetime(
            2026, 3, 17, 18, 30, tzinfo=UTC)


def test_working_days_of_a_complaint_are_counted_on_the_reps_calendar():
    monday_early = beijing(date(2026, 3, 16), 7, 30)  # Sunday 23:30 in UTC
    assert complaint_rules.default_deadline("delivery", monday_early) == beijing(
        date(2026, 3, 18), 7, 30)  # Wednesday, not Tuesday
    assert complaint_rules.default_deadline("delivery", monday_early, tz=UTC) == beijing(
        date(2026, 3, 19), 7, 30)  # what counting in UTC would have committed to


def test_customers_overdue_on_today_count_from_the_reps_day_of_the_last_call(store, field):
    rep_day = date(2026, 3, 18)
    store.create(Visit, customer_id=field.zhang_wh, started_at=beijing(rep_day, 7, 30),
                 status="submitted", rep_user_id=REP, territory_id="t-wh")
    with store.read() as s:
        assert visit_cadence.last_visit_days(s)[field.zhang_wh] == rep_day
    overdue, _total = today.customers_overdue(store, rep_day + timedelta(days=8))
    zhang = [o for o in overdue if o.customer_id == field.zhang_wh]
    assert zhang and zhang[0].status.days_since == 8  # from the 18th, not the 17th


def _run(code: str, tz: str) -> dict:
    env = {**os.environ, "TZ": tz, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return json.loads(out)


SHOW = """
import json
from datetime import UTC, date, datetime, time
from desktop.domain import local_time
stored = datetime(2026, 3, 18, 1, 0, tzinfo=UTC)
out = {"system": local_time.local(stored).strftime("%H:%M"),
       "typed": local_time.moment_at(date(2026, 3, 18), time(9)).isoformat()}
local_time.set_time_zone("Asia/Shanghai")
out["setting"] = local_time.local(stored).strftime("%H:%M")
out["today"] = str(local_time.today())
print(json.dumps(out))
"""


@pytest.mark.parametrize("tz,system,typed", [
    ("UTC", "01:00", "2026-03-18T09:00:00+00:00"),
    ("Asia/Shanghai", "09:00", "2026-03-18T01:00:00+00:00"),
    ("America/New_York", "21:00", "2026-03-18T13:00:00+00:00"),
])
def test_the_systems_zone_is_the_default_and_the_setting_overrides_it(tz, system, typed):
    """A laptop left in UTC shows UTC until the rep (or IT) sets Asia/Shanghai; a laptop in
    Beijing shows Beijing time either way."""
    shown = _run(SHOW, tz)
    assert (shown["system"], shown["typed"], shown["setting"]) == (system, typed, "09:00")
    assert shown["today"] == str(datetime.now(BEIJING).date())


DAYS_AROUND_CHANGES = """
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo
from desktop.domain import local_time
zone = ZoneInfo({tz!r})
# every 7 minutes over 2026 and the days around its offset changes: stored text, naive,
# aware UTC and aware in another zone, as the store and the ORM hand them back
start = datetime(2026, 1, 1)
moments = [start + timedelta(minutes=7 * i) for i in range(0, 365 * 24 * 60 // 7, 13)]
moments += [datetime(2026, m, d) + timedelta(minutes=7 * i)
            for m, d in ((3, 8), (4, 5), (4, 24), (9, 6), (10, 4), (10, 30), (11, 1))
            for i in range(-300, 300)]
shapes = [m.isoformat(" ", "microseconds") for m in moments] + moments[::5] + \\
    [m.replace(tzinfo=UTC) for m in moments[::7]] + \\
    [m.replace(tzinfo=UTC).astimezone(ZoneInfo("Asia/Kathmandu")) for m in moments[::11]]
for tz in (None, zone):
    read = local_time.day_reader(tz)
    wrong = [str(m) for m in shapes
             if not read(m) == local_time.local_day(m, tz) == local_time.local(m, zone).date()]
    assert not wrong, (tz, wrong[:5])
print(json.dumps({{"moments": len(shapes)}}))
"""


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/New_York", "America/Santiago",
                                "Africa/Cairo", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"])
def test_many_moments_fall_on_the_day_the_reps_clock_shows_also_where_clocks_change(tz):
    """Today's overdue list turns thousands of last calls into days at once
    (`day_reader`): each lands on the day the rep's clock showed, in the system's zone and
    a named one, through daylight saving changes (New York's hour, Lord Howe's half hour,
    Santiago's and Cairo's at midnight, which move the day) and in a half-hour zone."""
    assert _run(DAYS_AROUND_CHANGES.format(tz=tz), tz)["moments"] > 10_000
