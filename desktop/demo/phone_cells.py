"""Phone cells as real customer lists write them, for the demo's organisations.

A company's list is typed by many hands: brackets around the area code, full-width digits,
an em dash, extensions written 转 or after a dash, two or three numbers in one cell
separated by 、 or ；, notes in brackets (总机, 急诊), a 400 hotline, a mobile with +86,
a number without its area code, and no phone at all. Every form is dealt from a shuffled
deck, so that even a small demo holds each of them (and every screen and test meets them);
`desktop.domain.phones.read_phones` reads each of them back."""

from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers

from desktop.demo import vocabulary as V
from desktop.demo.world import Deck

FULL_WIDTH = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def local_number(rng: random.Random, area_code: str) -> str:
    """A local number that is valid in the area (7 or 8 digits; Beijing's 800… are not)."""
    digits = V.LOCAL_DIGITS.get(area_code, 8)
    while True:
        number = f"{rng.randint(2, 8)}{rng.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(area_code + number, "CN")):
            return number


MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "151", "152", "158",
                   "159", "177", "181", "186", "187", "188", "189", "199")


def landline(rng: random.Random, area_code: str) -> str:
    """One number written the plain way: 010-65296114."""
    return f"{area_code}-{local_number(rng, area_code)}"


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 99_999_999):08d}"


def _forms(rng: random.Random, area: str) -> dict[str, Callable[[str], str | None]]:
    """Ways to write a cell around its main number `n` (area code and local number)."""
    def other() -> str:
        return local_number(rng, area)

    def spaced(n: str) -> str:
        local = n.split("-")[1]
        return f"{area} {local[:-4]} {local[-4:]}"

    return {
        "plain": lambda n: n,
        "bracketed area code": lambda n: f"（{area}）{n.split('-')[1]}",
        "spaced": spaced,
        "full width": lambda n: n.translate(FULL_WIDTH),
        "em dash": lambda n: n.replace("-", "—"),
        "转 extension": lambda n: f"{n}转{rng.randint(8000, 8999)}",
        "dash extension": lambda n: f"{n}-{rng.randint(2000, 8999)}",
        "two numbers with 、": lambda n: f"{n}、{other()}",
        "notes in brackets": lambda n: f"（总机）{n}；（急诊）{area}-{other()}",
        "three numbers": lambda n: f"{n}/{other()}；传真 {area}-{other()}",
        "400 hotline": lambda n: f"400-{rng.randint(600, 899)}-{rng.randint(0, 9999):04d}；{n}",
        "+86 mobile": lambda n: f"+86 {(m := _mobile(rng))[:3]} {m[3:7]} {m[7:]}",
        "no area code": lambda n: f"{n.split('-')[1]}（门诊部）",
        "missing": lambda n: None,
    }


FORMS = tuple(_forms(random.Random(0), "010"))
# How often each form is dealt in a round: a plain number most of the time.
WEIGHTS = {"plain": 4, "spaced": 2}


class PhoneDeck:
    """Deals phone cells: every form once per round (plain ones more), in a shuffled order."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._forms = Deck(rng, [n for n in FORMS for _ in range(WEIGHTS.get(n, 1))])

    def deal(self, area_code: str) -> tuple[str | None, str]:
        """(the cell as written or None, the main number "area-local" it is built on)."""
        main = f"{area_code}-{local_number(self.rng, area_code)}"
        return _forms(self.rng, area_code)[self._forms.deal()](main), main
