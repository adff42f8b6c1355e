"""Hospital rows with their departments and doctors: well-known hospitals of each territory
first (`vocabulary.FAMOUS_HOSPITALS`), mixed with synthetic ones named like real lists name
them (numbered, by district, private brands) with their nicknames; each with its facts
(beds, doctors by title, committees, bank), departments with extensions on the hospital's
switchboard, and doctors with their titles, positions and profile."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.demo import vocabulary as V
from desktop.demo.phone_cells import landline
from desktop.demo.world import chinese_number, mobile, person_name

HOSPITAL_TIERS = {"3S": "AA", "3A": "AAB", "3B": "BBC", "3C": "BC", "2A": "BCC", "2B": "CCD",
                  "2C": "CD", "1A": "CDD", "1B": "DD", "1C": "D", "unrated": "CD"}

FAMOUS_BEDS = {"3": (1500, 3500), "2": (300, 800)}


@dataclass(frozen=True)
class Hospital:
    """What a hospital's row is made from."""

    name: str
    alias: str | None
    district: str
    postal: str
    grade: str
    ownership: str
    beds: int
    address: str


def _nickname(pattern: str, district: str, n: str) -> str | None:
    """What people call a numbered hospital (市三中心, 朝阳二院), None for the others."""
    if "第{n}中心医院" in pattern:
        return f"市{n}中心"
    if "第{n}人民医院" in pattern:
        return f"{district.removesuffix('区').removesuffix('新')}{n}院"
    return None


class HospitalRows:
    """The hospital block of `CustomerFactory` (which provides the rng, `_base`, `_city`,
    `_unique`, `_contact`, `_code` and `_register` these rows are made with)."""

    def _hospitals(self, t: int, budget: int) -> Iterator[dict]:
        cities = {city.name: city for city, _ in V.TERRITORIES[t][2]}
        famous = list(V.FAMOUS_HOSPITALS.get(V.TERRITORIES[t][0], ()))
        made = 0
        while budget > 0:
            if famous and made % 3 != 2:  # well-known names first, mixed with synthetic ones
                spec = famous.pop(0)
                city = cities[spec.city]
                postal = dict(city.districts).get(spec.district, city.districts[0][1])
                hospital = Hospital(self._unique(spec.name, city), spec.alias, spec.district,
                                    postal, spec.grade, spec.ownership,
                                    self.rng.randint(*FAMOUS_BEDS.get(spec.grade[0], (300, 900))),
                                    spec.address)
            else:
                city = self._city(t)
                hospital = self._synthetic(city)
            row, depts = self._hospital_row(t, city, hospital)
            yield row
            budget -= 1
            made += 1
            for dept_name, extension in depts:
                if budget <= 0:
                    return
                dept = self._department_row(t, city, row, dept_name, extension)
                yield dept
                budget -= 1
                per = {"3": (2, 5), "2": (1, 3)}.get(hospital.grade[0], (1, 2))
                for _ in range(self.rng.randint(*per)):
                    if budget <= 0:
                        return
                    yield self._doctor_row(t, city, row, dept, dept_name)
                    budget -= 1

    def _synthetic(self, city: V.City) -> Hospital:
        for _attempt in range(50):
            pattern, grades, ownership, beds = self.rng.choice(V.HOSPITAL_PATTERNS)
            district, postal = self.rng.choice(city.districts)
            street = self.rng.choice(city.streets)
            number = self.rng.randint(1, 9 if "中心" in pattern else 12)
            n = chinese_number(number)
            name = pattern.format(city=city.name, district=district, n=n, street=street,
                                  brand=self.rng.choice(V.PRIVATE_BRANDS))
            if (city.name, name) not in self.used_names | self.famous_names:
                break
        name = self._unique(name, city)
        address = f"{district}{self.rng.choice(city.streets)}{self.rng.randint(1, 399)}号"
        return Hospital(name, _nickname(pattern, district, n), district, postal,
                        self.rng.choice(grades), ownership, self.rng.randint(*beds), address)

    def _hospital_row(self, t, city, h: Hospital) -> tuple[dict, list[tuple[str, int]]]:
        rng = self.rng
        size = max(h.beds, 30)
        doctors = int(size * rng.uniform(0.35, 0.55)) + 5
        row = self._base(t, "hospital", h.name, rng.choice(HOSPITAL_TIERS[h.grade]), city,
                         self._since())
        contact, main = self._contact("hospital", city, h.district, h.postal,
                                      f"{city.name}市{h.address}")
        chief = int(doctors * 0.12)
        associate = int(doctors * 0.22)
        attending = int(doctors * 0.35)
        row.update(contact)
        row.update({
            "alias": h.alias,
            "fax": landline(rng, city.area_code), "ownership": h.ownership, "grade": h.grade,
            "legal_representative": person_name(rng)[0], "bed_count": h.beds,
            "doctor_count": doctors, "staff_count": int(doctors * rng.uniform(2.2, 3.0)),
            "chief_physician_count": chief, "associate_chief_physician_count": associate,
            "attending_physician_count": attending,
            "resident_physician_count": doctors - chief - associate - attending,
            "credit_rating": rng.choice(("AAA", "AA", "AA", "A")),
            "bank_name": f"{rng.choice(V.BANKS)}{city.name}{h.district}支行",
            "bank_account": f"{rng.randint(10**18, 10**19 - 1)}",
            "drug_admission_process": "临床科室申请 → 药剂科审核 → 药事管理与药物治疗学委员会审议 → 院长办公会批准 → 招标采购平台挂网采购",
            "purchase_process": "通过省级药品集中采购平台下单，配送企业两票制配送，月结",
        })
        order = V.DEPARTMENT_ORDER_LARGE if h.grade[0] in "23" and h.grade != "2C" else V.DEPARTMENT_ORDER_SMALL
        counts = {"3": (4, 9), "2": (3, 5)}.get(h.grade[0], (1, 2))
        depts = [(name, rng.randint(2000, 8999)) for name in order[: rng.randint(*counts)]]
        if h.grade[0] == "3" or rng.random() < 0.3:
            row.update(self._committees(depts, main if row["phone"] else None))
        self.main_numbers[row["id"]] = main
        self._register(row, t, classes=V.DRUG_CLASSES)
        return row, depts

    def _committees(self, depts, main: str | None) -> dict:
        """A larger hospital's committees, organisation and department phones."""
        rng = self.rng
        members = "、".join(person_name(rng)[0] for _ in range(3))
        out = {"drug_committee": V.DRUG_COMMITTEE.format(
                   head=person_name(rng)[0], pharmacist=person_name(rng)[0], members=members,
                   n=rng.randint(11, 25)),
               "device_committee": V.DEVICE_COMMITTEE.format(
                   head=person_name(rng)[0], members=person_name(rng)[0]),
               "organisation_structure": V.ORGANISATION_STRUCTURE}
        if main:
            out["department_phones"] = "\n".join(f"{name} {main}-{extension}"
                                                   for name, extension in depts)
        return out

    def _department_row(self, t, city, hospital, dept_name, extension: int) -> dict:
        rng = self.rng
        spec = V.DEPARTMENTS_BY_NAME[dept_name]
        tier = hospital["tier"] if rng.random() < 0.6 else rng.choice("ABCD")
        row = self._base(t, "department", dept_name, tier, city, hospital["customer_since"])
        doctors = rng.randint(6, 40)
        main = self.main_numbers[hospital["id"]]
        row.update({
            "organisation_id": hospital["id"], "district": hospital["district"],
            "address": hospital["address"], "postal_code": hospital["postal_code"],
            "phone": f"{main}-{extension}", "doctor_count": doctors,
            "staff_count": doctors * 2 + rng.randint(0, 10),
            "bed_count": 0 if dept_name in ("药剂科", "全科医学科") else rng.randint(20, 90),
        })
        self._register(row, t, classes=spec.drug_classes, department=dept_name)
        self.w.doctors_by_department[row["id"]] = []
        return row

    def _doctor_row(self, t, city, hospital, dept, dept_name) -> dict:
        rng = self.rng
        spec = V.DEPARTMENTS_BY_NAME[dept_name]
        if self.first_doctors:
            name = self.first_doctors.pop(0)
            gender = "male" if name == "张伟" else "female"
        else:
            name, gender = person_name(rng)
        title_name, _share, tier_weights = rng.choices(
            V.DOCTOR_TITLES, weights=[d[1] for d in V.DOCTOR_TITLES])[0]
        chief = title_name == "主任医师"
        if dept_name == "药剂科":
            title = V.PHARMACIST_TITLES[[d[0] for d in V.DOCTOR_TITLES].index(title_name)]
        else:
            title = title_name
        colleagues = self.w.doctors_by_department[dept["id"]]
        if chief and not colleagues:
            position = "药剂科主任" if dept_name == "药剂科" else "科主任"
        elif title_name == "副主任医师" and rng.random() < 0.3:
            position = "科副主任"
        else:
            position = rng.choice((None, "医疗组长", "主诊医师", None)) if title_name != "住院医师" else None
        row = self._base(t, "doctor", name, rng.choices("ABCD", weights=tier_weights)[0], city,
                         self._since())
        province_short = city.province.rstrip("省市")
        row.update({
            "organisation_id": hospital["id"], "department_id": dept["id"], "gender": gender,
            "birth_month": rng.randint(1, 12), "marital_status": rng.choice(V.MARITAL),
            "education": rng.choice(("博士研究生", "硕士研究生", "本科")) if not chief else "博士研究生",
            "university": rng.choice(V.UNIVERSITIES), "hometown": rng.choice(V.HOMETOWNS),
            "position": position, "title": title,
            "specialty": "、".join(rng.sample(spec.specialties, min(2, len(spec.specialties)))),
            "personality": rng.choice(V.PERSONALITIES),
            "hobbies": "、".join(rng.sample(V.HOBBIES, 2)),
            "best_time_to_call": rng.choice(V.BEST_TIMES), "mobile": mobile(rng),
            "phone": dept["phone"], "district": hospital["district"],
            "address": hospital["address"], "postal_code": hospital["postal_code"],
        })
        if rng.random() < 0.5:
            row["email"] = f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"
        if rng.random() < 0.3:
            row["code"] = self._code("doctor", city)
        if chief or (title_name == "副主任医师" and rng.random() < 0.3):
            row["social_roles"] = rng.choice(V.SOCIAL_ROLES).format(
                society=spec.society, province_short=province_short)
        if (chief and rng.random() < 0.4) or position == "药剂科主任":
            row["committee_roles"] = "药事管理与药物治疗学委员会委员"
        colleagues.append(row["id"])
        self._register(row, t, classes=spec.drug_classes, department=dept_name)
        return row
