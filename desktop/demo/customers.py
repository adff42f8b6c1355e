"""Customer rows of all kinds: hospitals with departments and doctors (`desktop.demo.hospitals`),
pharmacies with their staff, distributors and a few pseudonymous patients, spread over the
three territories.

They look like the lists companies keep: official long names with campuses and branches,
other names and nicknames in `alias`, the same short name in two cities, customer codes on
most organisations (not all), phones written a dozen ways (`desktop.demo.phone_cells`), and
some organisations without a phone or an address. Decks (`world.Deck`) deal those cases so
that even a small demo holds each of them. Lost customers carry why (each of the
LOST_REASONS in turn) and when they were lost; some at-risk customers were moved down from
tier A lately (`previous_tier`, `tier_changed_at`)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from desktop.demo import vocabulary as V
from desktop.demo.hospitals import HospitalRows
from desktop.demo.phone_cells import PhoneDeck, landline
from desktop.demo.world import (
    Deck,
    Known,
    World,
    between,
    chinese_number,
    local,
    meta,
    mobile,
    person_name,
)

# Share of the customers in each block (the rest are pharmacies and their staff).
HOSPITAL_SHARE, DISTRIBUTOR_SHARE, PATIENT_SHARE = 0.74, 0.015, 0.01
TERRITORY_SHARES = (0.4, 0.3, 0.3)
LIFECYCLE_WEIGHTS = (("active", 60), ("growing", 12), ("new", 8), ("prospect", 5),
                     ("at_risk", 10), ("lost", 5))
# Why lost customers were lost, dealt in turn so each shows up (issue 19's list).
LOST_REASONS = ("competitor", "price", "service", "staff_change", "policy")
MOVED_DOWN = 3  # one at-risk B- or C-tier customer in MOVED_DOWN was A-tier until lately
PROVINCE_ABBR = {"北京市": "京", "天津市": "津", "河北省": "冀"}
ADDRESS_GAP, CODE_GAP = 9, 10  # one organisation in nine has no address, one in ten no code
CODE_PREFIXES = {"hospital": "YY", "pharmacy": "YD", "distributor": "SY", "doctor": "YS"}


def _split(total: int, shares: tuple[float, ...]) -> list[int]:
    counts = [int(total * s) for s in shares]
    counts[0] += total - sum(counts)
    return counts


def _weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


class CustomerFactory(HospitalRows):
    """Generates every customer row; registers each in `world.customers`."""

    def __init__(self, world: World, total: int):
        self.w = world
        self.rng = world.rng("customers")
        self.total = total
        self.used_names: set[tuple[str | None, str]] = set()  # (city, name)
        self.famous_names = {(f.city, f.name) for hospitals in V.FAMOUS_HOSPITALS.values()
                             for f in hospitals}  # not for synthetic hospitals to take
        self.first_doctors = ["张伟", "王芳"]  # search examples in the docs must exist
        self.phones = PhoneDeck(world.rng("phones"))
        gaps = world.rng("gaps")
        self.address_gaps = Deck(gaps, [True] + [False] * (ADDRESS_GAP - 1))
        self.code_gaps = Deck(gaps, [True] + [False] * (CODE_GAP - 1))
        self.codes: dict[str, int] = {}
        self.decline = world.rng("decline")
        self.lost_reasons = Deck(self.decline, LOST_REASONS)
        self.moved_down = Deck(self.decline, [True] + [False] * (MOVED_DOWN - 1))
        self.main_numbers: dict[str, str] = {}  # hospital id -> its switchboard

    # ------------------------------------------------------------------ entry point
    def rows(self) -> Iterator[dict]:
        n = self.total
        patients = max(1, round(n * PATIENT_SHARE)) if n >= 40 else 0
        distributors = max(1, round(n * DISTRIBUTOR_SHARE)) if n >= 20 else 0
        hospital_block = round(n * HOSPITAL_SHARE) if n >= 20 else n
        pharmacy_block = n - hospital_block - distributors - patients
        for t, (budget_h, budget_p, budget_d, budget_pt) in enumerate(zip(
                _split(hospital_block, TERRITORY_SHARES), _split(pharmacy_block, TERRITORY_SHARES),
                _split(distributors, TERRITORY_SHARES), _split(patients, TERRITORY_SHARES),
                strict=True)):
            yield from self._hospitals(t, budget_h)
            yield from self._pharmacies(t, budget_p)
            yield from self._distributors(t, budget_d)
            yield from self._patients(t, budget_pt)

    # ------------------------------------------------------------------ helpers
    def _city(self, t: int) -> V.City:
        cities = V.TERRITORIES[t][2]
        return self.rng.choices([c for c, _ in cities], weights=[w for _, w in cities])[0]

    def _base(self, t: int, kind: str, name: str, tier: str | None, city: V.City | None,
              since: date | None) -> dict:
        lifecycle = _weighted(self.rng, LIFECYCLE_WEIGHTS)
        today = self.w.today
        if lifecycle == "prospect":
            since = None
        elif lifecycle == "new":
            since = today - timedelta(days=self.rng.randint(20, 170))
        created = local(since or today - timedelta(days=30), 10)
        row = {**meta(self.w.ids(), self.w.territory_ids[t], created),
               "kind": kind, "name": name, "tier": tier, "lifecycle_stage": lifecycle,
               "customer_since": since}
        if lifecycle == "lost":
            row["lost_reason"] = self.lost_reasons.deal()
            row["lost_at"] = local(today - timedelta(days=between(self.decline, 20, 200)), 16)
        elif lifecycle == "at_risk" and tier in ("B", "C") and self.moved_down.deal():
            row["previous_tier"] = "A"
            row["tier_changed_at"] = local(today - timedelta(days=between(self.decline, 5, 80)),
                                           11)
        if city is not None:
            row["province"], row["city"] = city.province, city.name
        return row

    def _since(self) -> date:
        return self.w.today - timedelta(days=self.rng.randint(200, 12 * 365))

    def _unique(self, name: str, city: V.City | None = None) -> str:
        """`name`, numbered if the city has it already (two cities may share a name)."""
        where = city.name if city else None
        candidate, n = name, 2
        while (where, candidate) in self.used_names:
            candidate, n = f"{name}（{chinese_number(n)}）" if n < 100 else f"{name}{n}", n + 1
        self.used_names.add((where, candidate))
        return candidate

    def _code(self, kind: str, city: V.City) -> str:
        """The company's customer code (客户编码): YY110001 is Beijing's first hospital."""
        prefix = CODE_PREFIXES[kind] + V.PROVINCE_CODES[city.province]
        self.codes[prefix] = self.codes.get(prefix, 0) + 1
        return f"{prefix}{self.codes[prefix]:04d}"

    def _contact(self, kind: str, city: V.City, district: str, postal: str | None,
                 address: str | None) -> tuple[dict, str]:
        """An organisation's code, address and phone as its list has them (any of them may
        be missing), and the main number its departments' extensions hang on."""
        phone, main = self.phones.deal(city.area_code)
        row = {"district": district, "phone": phone, "address": address,
               "postal_code": postal, "code": None}
        if self.address_gaps.deal():
            row["address"] = row["postal_code"] = None
        if not self.code_gaps.deal():
            row["code"] = self._code(kind, city)
        return row, main

    def _licence(self, city: V.City, kind_letters: str) -> str | None:
        """A 药品经营许可证 number (京AA… wholesale, 京CB… retail chain store); one list
        in ten has none."""
        if self.rng.random() < 0.1:
            return None
        return f"{PROVINCE_ABBR[city.province]}{kind_letters}{self.rng.randint(0, 9_999_999):07d}"

    def _address(self, city: V.City, district: str, street_choices) -> str:
        street = self.rng.choice(street_choices)
        return f"{city.name}市{district}{street}{self.rng.randint(1, 399)}号"

    def _register(self, row: dict, t: int, **extra) -> None:
        self.w.customers.append(Known(
            id=row["id"], kind=row["kind"], territory=t, tier=row["tier"],
            lifecycle=row["lifecycle_stage"], name=row["name"], mobile=row.get("mobile"),
            city=row.get("city"), organisation_id=row.get("organisation_id"),
            department_id=row.get("department_id"), title=row.get("title"), **extra))

    # ------------------------------------------------------------------ pharmacies
    def _pharmacies(self, t: int, budget: int) -> Iterator[dict]:
        rng = self.rng
        while budget > 0:
            city = self._city(t)
            chain, parent = rng.choice(V.PHARMACY_CHAINS.get(city.name, V.PHARMACY_CHAINS["*"]))
            district, postal = rng.choice(city.districts)
            street = rng.choice(city.streets)
            name = self._unique(f"{chain}（{street}店）", city)
            row = self._base(t, "pharmacy", name, rng.choice("ABCCDD"), city, self._since())
            row.update(self._contact("pharmacy", city, district, postal,
                                     self._address(city, district, (street,)))[0])
            row.update({
                "ownership": "private", "parent_company": parent,
                "licence_no": self._licence(city, "CB"),
                "licensing_authority": f"{city.name}市{district}市场监督管理局",
                "legal_representative": person_name(rng)[0],
                "staff_count": rng.randint(4, 30), "floor_area_m2": rng.randint(60, 600),
                "opening_hours": rng.choice(("08:00-22:00", "08:30-21:30", "24小时营业")),
                "categories_sold": V.PHARMACY_CATEGORIES,
                "dedicated_counter": rng.random() < 0.3,
                "credit_rating": rng.choice(("AAA", "AA", "A", "B")),
                "purchase_process": "总部统一采购，门店按周请货",
            })
            if rng.random() < 0.4:
                row["fax"] = landline(rng, city.area_code)
            self._register(row, t, classes=V.DRUG_CLASSES)
            yield row
            budget -= 1
            for _ in range(rng.randint(1, 3)):
                if budget <= 0:
                    return
                yield self._pharmacy_contact(t, city, row)
                budget -= 1

    def _pharmacy_contact(self, t, city, pharmacy) -> dict:
        rng = self.rng
        name, gender = person_name(rng)
        title, position = rng.choice(V.PHARMACY_CONTACT_TITLES)
        row = self._base(t, "pharmacy_contact", name, rng.choice("BCCD"), city,
                         pharmacy["customer_since"])
        row.update({
            "organisation_id": pharmacy["id"], "gender": gender, "title": title,
            "position": position, "mobile": mobile(rng), "phone": pharmacy["phone"],
            "best_time_to_call": rng.choice(("上午10点前客流少", "下午2点到4点", "周一至周五白天")),
            "district": pharmacy["district"], "address": pharmacy["address"],
            "postal_code": pharmacy["postal_code"],
        })
        self._register(row, t, classes=V.DRUG_CLASSES)
        return row

    # ------------------------------------------------------------------ distributors, patients
    def _distributors(self, t: int, budget: int) -> Iterator[dict]:
        rng = self.rng
        for i in range(budget):
            city = self._city(t)
            names = V.DISTRIBUTORS.get(city.name, V.DISTRIBUTORS["*"])
            base = names[i] if i < len(names) else f"{city.name}{rng.choice(V.PRIVATE_BRANDS)}医药有限公司"
            name = self._unique(base, city)
            district, postal = rng.choice(city.districts)
            row = self._base(t, "distributor", name, rng.choice("AABC"), city, self._since())
            gsp = rng.random() < 0.95
            row.update(self._contact("distributor", city, district, postal,
                                     self._address(city, district, city.streets))[0])
            row.update({
                "licence_no": self._licence(city, "AA"),
                "fax": landline(rng, city.area_code), "ownership": rng.choice(("public", "joint", "private")),
                "legal_representative": person_name(rng)[0],
                "registered_capital_wan": rng.choice((1000, 3000, 5000, 10000, 50000)),
                "business_scope": V.DISTRIBUTOR_SCOPE, "gsp_certified": gsp,
                "gsp_certificate_no": f"{PROVINCE_ABBR[city.province]}-GSP-{rng.randint(2019, 2025)}-{rng.randint(1, 9999):04d}" if gsp else None,
                "local_ranking": rng.randint(1, 20), "hospitals_covered": rng.randint(20, 400),
                "pharmacies_covered": rng.randint(100, 3000), "staff_count": rng.randint(80, 1500),
                "credit_rating": rng.choice(("AAA", "AA", "A")),
                "bank_name": f"{rng.choice(V.BANKS)}{city.name}分行",
                "bank_account": f"{rng.randint(10**18, 10**19 - 1)}",
            })
            self._register(row, t, classes=V.DRUG_CLASSES)
            yield row

    def _patients(self, t: int, budget: int) -> Iterator[dict]:
        rng = self.rng
        oncology = [k for k in self.w.customers if k.territory == t and k.kind == "department"
                    and k.department == "肿瘤科"]
        for i in range(budget):
            code = f"P-{V.TERRITORIES[t][0][3:]}-{i + 1:04d}"
            gender = rng.choice(("male", "female"))
            row = self._base(t, "patient", f"{rng.choice(V.SURNAMES)}某（{code}）", None, None,
                             None)
            row.update({"patient_code": code, "gender": gender,
                        "birth_year": self.w.today.year - rng.randint(35, 80),
                        "consent_recorded": True, "lifecycle_stage": "active",
                        "customer_since": self.w.today - timedelta(days=rng.randint(30, 700)),
                        "notes": "瑞替尼患者援助项目（仅记录随访所需的最少信息）"})
            if oncology:
                dept = rng.choice(oncology)
                row["organisation_id"], row["department_id"] = dept.organisation_id, dept.id
            self._register(row, t, classes=("抗肿瘤药",))
            yield row
