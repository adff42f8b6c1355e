"""The one owner of time on the client: "now", "today", the rep's time zone, and the
conversions between stored moments and what the rep reads and types.

- **Stored moments are aware UTC.** The ORM hands them back aware; raw SQL and aggregates
  (`func.max`) hand back naive values or ISO text, which are UTC too (`aware_utc`,
  `local_day` take all of them).
- **Everything shown is in the rep's zone** (`time_zone()`): list and dialog times, the
  date-time editors, exports, reminders, and "today" with the edges of a day, week or month
  that Today, plans and cadence count in. The app sets the zone at start from the
  configuration key `time_zone` (an IANA name such as "Asia/Shanghai": IT's machine-wide
  default or enforced value, or the rep's choice in Settings); empty follows the operating
  system (docs/decisions/0010-time-zone.md).
- **Wall-clock values are never converted**: plan slots ("08:30-10:00"), due dates and
  follow-up dates mean the rep's local day and clock, whatever UTC says.
- Tests fix the clock and the zone with `fixed(now=..., zone=...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo

FOLLOW_THE_SYSTEM = ""  # the `time_zone` setting that means: the operating system's zone


class UnknownTimeZone(ValueError):
    """A zone name this machine's time zone database does not know."""

    def __init__(self, name: str):
        super().__init__(f"unknown time zone {name!r}: use an IANA name such as "
                         f"Asia/Shanghai, or leave it empty to follow the system")
        self.name = name


class SystemZone(tzinfo):
    """The operating system's zone, rule for rule (TZ, /etc/localtime, Windows settings,
    daylight saving): offsets come from the C library, so no zone database is needed."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return _system_local(dt).utcoffset()

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None  # unknown; the offset alone is exact

    def tzname(self, dt: datetime | None) -> str | None:
        return _system_local(dt).tzname()

    def fromutc(self, dt: datetime) -> datetime:
        local = dt.replace(tzinfo=UTC).astimezone()  # the system's fixed offset at that instant
        wall = local.replace(tzinfo=self)
        if wall.utcoffset() != local.utcoffset():  # the repeated hour when clocks go back
            wall = wall.replace(fold=1)
        return wall

    def __repr__(self) -> str:
        return "SystemZone()"


def _system_local(dt: datetime | None) -> datetime:
    """`dt`'s wall clock read as system local time (with its fold), as a fixed-offset value."""
    wall = (dt or datetime.now()).replace(tzinfo=None)
    return wall.astimezone()


SYSTEM_ZONE = SystemZone()


def _utc_now() -> datetime:
    return datetime.now(UTC)


_zone: tzinfo = SYSTEM_ZONE
_zone_name: str = FOLLOW_THE_SYSTEM
_clock: Callable[[], datetime] = _utc_now


# ------------------------------------------------------------------ the rep's zone
def zone_named(name: str | None) -> tzinfo:
    """The zone for a `time_zone` setting: an IANA name, or empty for the system's zone.
    Raises UnknownTimeZone for a name the time zone database does not have."""
    if not name:
        return SYSTEM_ZONE
    # zoneinfo (and the sysconfig it reads) only when a zone is named: the window's frame
    # paints before this runs, and a laptop following its own zone never needs it.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(name) from None


def set_time_zone(name: str | None) -> tzinfo:
    """Make `name` (IANA, or empty: the system's) the rep's zone for everything shown."""
    global _zone, _zone_name
    _zone, _zone_name = zone_named(name), (name or FOLLOW_THE_SYSTEM).strip()
    return _zone


def time_zone() -> tzinfo:
    """The rep's zone."""
    return _zone


def time_zone_name() -> str:
    """The `time_zone` setting in force ("" when following the system)."""
    return _zone_name


def known_zones() -> list[str]:
    """IANA names of every zone this machine can use, sorted (empty on Windows without the
    tzdata package)."""
    from zoneinfo import available_timezones

    return sorted(available_timezones())


def utc_offset_text(tz: tzinfo | None = None, at: datetime | None = None) -> str:
    """The zone's offset at `at` (default: now) as "UTC+08:00"."""
    offset = local(at or now(), tz).utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# ------------------------------------------------------------------ now and today
def now() -> datetime:
    """The current moment, aware UTC."""
    return _clock()


def today(tz: tzinfo | None = None) -> date:
    """The rep's calendar day now."""
    return local(now(), tz).date()


@contextmanager
def fixed(now: datetime | None = None, zone: str | tzinfo | None = None) -> Iterator[None]:
    """Fix the clock at `now` (aware) and/or the rep's zone (a tzinfo or a setting value)
    for the duration (tests, screenshots); both are put back afterwards."""
    global _clock, _zone, _zone_name
    saved = _clock, _zone, _zone_name
    try:
        if now is not None:
            moment = aware_utc(now).astimezone(UTC)
            _clock = lambda: moment  # noqa: E731
        if isinstance(zone, tzinfo):
            _zone, _zone_name = zone, str(zone)
        elif zone is not None:
            set_time_zone(zone)
        yield
    finally:
        _clock, _zone, _zone_name = saved


# ------------------------------------------------------------------ conversions
def aware_utc(moment: datetime | None) -> datetime | None:
    """`moment` with its time zone: a naive value from the store is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def local(moment: datetime | str, tz: tzinfo | None = None) -> datetime:
    """A stored moment (aware, naive UTC or ISO text) as the rep's wall clock (aware)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return aware_utc(moment).astimezone(tz or _zone)


def local_day(moment: datetime | date | str, tz: tzinfo | None = None) -> date:
    """The rep's calendar day of a stored moment (a 07:30 call in Beijing is on its Beijing
    day, although UTC still has the day before); dates pass through."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    elif not isinstance(moment, datetime):
        return moment
    zone = tz or _zone
    if zone is SYSTEM_ZONE:
        # the C library's offset at that instant, as SystemZone.fromutc takes it, without
        # its Python-level steps (~13 µs a moment; Today's overdue list converts thousands)
        return aware_utc(moment).astimezone().date()
    return aware_utc(moment).astimezone(zone).date()


def day_reader(tz: tzinfo | None = None) -> Callable[[datetime | date | str], date]:
    """`local_day` for many stored moments in the rep's zone (or `tz`): a call per moment.
    It remembers the zone's offset for each UTC day whose first and last microsecond have
    the same one (zones change offset at most once a day), so thousands of last calls
    cost a parse and an addition each instead of a zone conversion (the system zone's goes
    through the C library, ~4 µs). A day the offset changes in is converted moment by
    moment."""
    zone = tz or _zone
    offsets: dict[date, timedelta | None] = {}
    last_microsecond = timedelta(days=1, microseconds=-1)

    def whole_day_offset(day: date) -> timedelta | None:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        first = start.astimezone(zone).utcoffset()
        return first if (start + last_microsecond).astimezone(zone).utcoffset() == first \
            else None

    def day(moment: datetime | date | str) -> date:
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        elif not isinstance(moment, datetime):
            return moment
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        utc_day = moment.date()
        try:
            offset = offsets[utc_day]
        except KeyError:
            offset = offsets[utc_day] = whole_day_offset(utc_day)
        return (moment + offset).date() if offset is not None else local_day(moment, zone)

    return day


def from_wall_clock(wall: datetime, tz: tzinfo | None = None) -> datetime:
    """The aware UTC moment of a wall-clock time the rep typed or picked (naive: in the
    rep's zone). In the repeated hour when clocks go back the earlier one is meant."""
    if wall.tzinfo is None:
        wall = wall.replace(tzinfo=tz or _zone)
    return wall.astimezone(UTC)


def moment_at(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """The aware UTC moment of `at` o'clock on the rep's `day`."""
    return from_wall_clock(datetime.combine(day, at), tz)


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    """When the rep's `day` begins, aware UTC: the lower bound for "calls of that day, week
    or month" (the upper bound is the next one's start)."""
    return moment_at(day, time.min, tz)
