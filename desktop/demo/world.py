"""Shared state of one generator run: the clock, random streams, ids and a compact registry
of the customers generated so far (what later phases need to point at them).

The demo's reps work in Beijing (TIME_ZONE): its days, plan slots, calls and complaints are
Beijing wall-clock times, stored as the UTC instants they are (08:30 Beijing = 00:30 UTC)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.demo import vocabulary as V
from desktop.domain.local_time import local_day, moment_at

TIME_ZONE = "Asia/Shanghai"
BEIJING = ZoneInfo(TIME_ZONE)
WORKDAY_START, WORKDAY_END = 8 * 60 + 30, 17 * 60 + 30  # minutes after midnight, Beijing


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A Beijing wall-clock time on `day`, as an aware UTC datetime."""
    return moment_at(day, time(hour, minute), BEIJING)


def weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def fixed_id(name: str) -> str:
    """A stable id that does not depend on the seed (demo users, region, territories)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://rounds.invalid/demo/{name}"))


class Ids:
    """UUID4-shaped ids from their own random stream, so the same seed gives the same ids."""

    def __init__(self, seed: int):
        self._rng = random.Random(f"{seed}:ids")

    def __call__(self) -> str:
        # Same text as str(uuid.UUID(int=bits, version=4)), formatted by hand: ids are the
        # single most frequent thing the generator makes.
        h = f"{(self._rng.getrandbits(128) & _CLEAR) | _SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)  # version and variant bits
_SET = (0x4000 << 64) | (0x8000 << 48)  # version 4, RFC 4122 variant


def meta(row_id: str, territory_id: str | None, at: datetime) -> dict:
    """The sync columns of a generated row: never confirmed by a server (revision 0)."""
    return {"id": row_id, "territory_id": territory_id, "revision": 0,
            "created_at": at, "updated_at": at, "deleted": False}


@dataclass(slots=True)
class Known:
    """What later phases need to know about a generated customer."""

    id: str
    kind: str
    territory: int  # index into World.territory_ids
    tier: str | None
    lifecycle: str
    name: str
    classes: tuple[str, ...] = ()  # drug classes the customer prescribes or sells
    organisation_id: str | None = None
    department_id: str | None = None
    department: str | None = None  # department name (departments and doctors)
    title: str | None = None
    mobile: str | None = None
    city: str | None = None


@dataclass
class World:
    seed: int
    today: date
    territory_ids: list[str]
    rep_ids: list[str]
    manager_id: str
    ids: Ids
    now: datetime | None = None  # reference "now" of the demo: today 09:00 Beijing time
    qa_id: str | None = None  # the complaint handler
    pv_id: str | None = None  # the pharmacovigilance desk
    customers: list[Known] = field(default_factory=list)
    doctors_by_department: dict[str, list[str]] = field(default_factory=dict)
    products: list[dict] = field(default_factory=list)
    _ours_cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        if self.now is None:
            self.now = local(self.today, 9, 0)

    def in_working_hours(self, moment: datetime) -> datetime:
        """`moment` (before now) moved into the Beijing working hours of its day, keeping
        the order of moments: a past day's 24 hours are squeezed into its 08:30–17:30,
        today's hours until now into 08:30–now. Moments from now on are left alone. Apply
        it to the raw times of a history, not to times already moved."""
        if moment >= self.now:
            return moment
        day = local_day(moment, BEIJING)
        midnight = local(day, 0)
        minutes = (moment - midnight) / timedelta(minutes=1)
        last = (self.now - midnight) / timedelta(minutes=1)  # > 24 h on days before today
        if last < 24 * 60:  # today
            if last <= WORKDAY_START:
                return moment
            squeezed = WORKDAY_START + minutes * (last - WORKDAY_START) / last
        else:
            squeezed = WORKDAY_START + minutes * (WORKDAY_END - WORKDAY_START) / (24 * 60)
        return midnight + timedelta(seconds=round(squeezed * 60))

    def rng(self, phase: str) -> random.Random:
        """An independent random stream per phase: changing one phase leaves the others."""
        return random.Random(f"{self.seed}:{phase}")

    def our_products_for(self, classes: tuple[str, ...]) -> list[dict]:
        found = self._ours_cache.get(classes)
        if found is None:
            found = [p for p in self.products if p["is_ours"] and p["drug_class"] in classes]
            self._ours_cache[classes] = found
        return found


class Deck:
    """Deals `items` in shuffled rounds, each item once a round: a case that must show up
    in every demo, however small (a missing address, a phone written some odd way), does,
    while the order still looks random."""

    def __init__(self, rng: random.Random, items):
        self.rng, self.items = rng, tuple(items)
        self._left: list = []

    def deal(self):
        if not self._left:
            self._left = list(self.items)
            self.rng.shuffle(self._left)
        return self._left.pop()


def pick(rng: random.Random, seq):
    """rng.choice(seq), three times faster: the generator draws millions of these."""
    return seq[int(rng.random() * len(seq))]


def between(rng: random.Random, low: int, high: int) -> int:
    """rng.randint(low, high), three times faster."""
    return low + int(rng.random() * (high - low + 1))


def person_name(rng: random.Random, gender: str | None = None) -> tuple[str, str]:
    """(name, gender) drawn from common surnames and given names."""
    gender = gender or rng.choice(("male", "female"))
    given = V.GIVEN_MALE if gender == "male" else V.GIVEN_FEMALE
    return rng.choice(V.SURNAMES) + rng.choice(given), gender


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randint(0, 9)}{rng.randint(0, 99_999_999):08d}"


def chinese_number(n: int) -> str:
    """1..99 written in Chinese numerals (第三, 第十二…)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
