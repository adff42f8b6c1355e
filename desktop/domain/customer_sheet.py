"""The customer spreadsheet (客户档案表): the columns a customer list is imported from and
exported to, their headers in English and Chinese, and how a cell's text becomes a field's
value and back (Qt-free; the server's import and export and the desktop's export share it).

One column per static field of `desktop.models.Customer` that a company keeps (every field
../shared/domain.md lists for the six kinds), plus the references written as names
(`organisation`, `department`). A column's `kinds` say which kinds of customer it describes;
an export leaves the others empty. Headers are matched without regard to case, spaces or
full-width characters, in either language or by one of a column's aliases. Enumerated
values (kind, grade, gender…) are read from their code, English or Chinese label, and
written in the language of the export, so an exported file imports back unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from desktop.models.enums import (
    CreditRating,
    CustomerKind,
    Gender,
    HospitalGrade,
    LifecycleStage,
    Ownership,
    Tier,
)

K = CustomerKind
ORGANISATIONS = (K.HOSPITAL, K.PHARMACY, K.DISTRIBUTOR)
PEOPLE = (K.DOCTOR, K.PHARMACY_CONTACT)
NOT_PATIENT = tuple(k for k in K if k != K.PATIENT)

TEXT, INTEGER, BOOLEAN, DATE, ENUM = "text", "integer", "boolean", "date", "enum"

# Enumerated values in the file: code -> (English, Chinese).
ENUM_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        K.HOSPITAL: ("hospital", "医院"), K.DEPARTMENT: ("department", "科室"),
        K.DOCTOR: ("doctor", "医生"), K.PHARMACY: ("pharmacy", "药店"),
        K.PHARMACY_CONTACT: ("pharmacy contact", "药店联系人"),
        K.DISTRIBUTOR: ("distributor", "医药商业公司"), K.PATIENT: ("patient", "患者"),
    },
    "tier": {t: (t.value, t.value) for t in Tier},
    "lifecycle_stage": {
        LifecycleStage.PROSPECT: ("prospect", "潜在"), LifecycleStage.NEW: ("new", "新客户"),
        LifecycleStage.ACTIVE: ("active", "活跃"), LifecycleStage.GROWING: ("growing", "成长"),
        LifecycleStage.AT_RISK: ("at risk", "有流失风险"), LifecycleStage.LOST: ("lost", "已流失"),
    },
    "grade": {
        HospitalGrade.G3S: ("3S", "三级特等"), HospitalGrade.G3A: ("3A", "三级甲等"),
        HospitalGrade.G3B: ("3B", "三级乙等"), HospitalGrade.G3C: ("3C", "三级丙等"),
        HospitalGrade.G2A: ("2A", "二级甲等"), HospitalGrade.G2B: ("2B", "二级乙等"),
        HospitalGrade.G2C: ("2C", "二级丙等"), HospitalGrade.G1A: ("1A", "一级甲等"),
        HospitalGrade.G1B: ("1B", "一级乙等"), HospitalGrade.G1C: ("1C", "一级丙等"),
        HospitalGrade.UNRATED: ("unrated", "未定级"),
    },
    "ownership": {
        Ownership.PUBLIC: ("public", "公立"), Ownership.PRIVATE: ("private", "民营"),
        Ownership.JOINT: ("joint venture", "合资"), Ownership.FOREIGN: ("foreign-owned", "外资"),
        Ownership.MILITARY: ("military", "军队"), Ownership.OTHER: ("other", "其他"),
    },
    "credit_rating": {c: (c.value, c.value) for c in CreditRating},
    "gender": {
        Gender.FEMALE: ("female", "女"), Gender.MALE: ("male", "男"),
        Gender.UNDISCLOSED: ("undisclosed", "未说明"),
    },
}
# More ways lists write an enumerated value (lower case, after `header_key`).
ENUM_ALIASES: dict[str, dict[str, str]] = {
    "kind": {"医师": "doctor", "药房": "pharmacy", "店员": "pharmacy_contact",
             "pharmacy_contact": "pharmacy_contact", "商业公司": "distributor",
             "经销商": "distributor", "配送商": "distributor", "最终患者": "patient",
             "医疗机构": "hospital"},
    "gender": {"f": "female", "m": "male", "女性": "female", "男性": "male"},
    "ownership": {"公立医院": "public", "私立": "private", "国有": "public", "民营医院": "private"},
    "lifecycle_stage": {"at_risk": "at_risk", "流失": "lost", "活跃客户": "active"},
}
BOOLEAN_WORDS = {"yes": True, "y": True, "true": True, "1": True, "是": True, "有": True,
                 "✓": True, "no": False, "n": False, "false": False, "0": False, "否": False,
                 "无": False}


@dataclass(frozen=True)
class Column:
    key: str  # a Customer field, or "organisation" / "department" (written as names)
    english: str
    chinese: str
    type: str = TEXT
    kinds: tuple[str, ...] = tuple(K)
    aliases: tuple[str, ...] = ()

    def header(self, language: str) -> str:
        return self.chinese if language.startswith("zh") else self.english


def _c(key, english, chinese, type_=TEXT, kinds=tuple(K), *aliases) -> Column:
    return Column(key, english, chinese, type_, tuple(kinds), tuple(aliases))


COLUMNS: tuple[Column, ...] = (
    _c("code", "Code", "客户编码", TEXT, K, "customer code", "客户代码", "编码", "编号"),
    _c("name", "Name", "名称", TEXT, K, "customer name", "customer", "客户名称", "客户",
       "姓名", "名字"),
    _c("kind", "Kind", "类型", ENUM, K, "type", "customer type", "客户类型", "类别"),
    _c("alias", "Alias", "别名", TEXT, K, "aliases", "nickname", "简称", "俗称"),
    _c("tier", "Tier", "客户分级", ENUM, K, "segment", "分级", "客户等级"),
    _c("lifecycle_stage", "Lifecycle stage", "生命周期", ENUM, K, "stage", "客户状态"),
    _c("organisation", "Organisation", "所属机构", TEXT,
       (K.DEPARTMENT, K.DOCTOR, K.PHARMACY_CONTACT, K.PATIENT), "organization", "hospital",
       "pharmacy", "所属医院", "所属药店"),
    _c("department", "Department", "科室", TEXT, (K.DOCTOR,), "所属科室"),
    _c("province", "Province", "省份", TEXT, K, "省"),
    _c("city", "City", "城市", TEXT, K, "市", "地市"),
    _c("district", "District", "区县", TEXT, NOT_PATIENT, "区/县", "区"),
    _c("address", "Address", "地址", TEXT, NOT_PATIENT, "详细地址", "通讯地址"),
    _c("postal_code", "Postal code", "邮编", TEXT, NOT_PATIENT, "postcode", "zip", "邮政编码"),
    _c("phone", "Phone", "电话", TEXT, NOT_PATIENT, "telephone", "tel", "联系电话", "总机",
       "电话号码"),
    _c("mobile", "Mobile", "手机", TEXT, PEOPLE, "cell", "手机号", "手机号码"),
    _c("fax", "Fax", "传真", TEXT, NOT_PATIENT, "传真号码"),
    _c("email", "E-mail", "邮箱", TEXT, NOT_PATIENT, "email", "电子邮件", "电子邮箱"),
    _c("website", "Website", "网址", TEXT, ORGANISATIONS, "web site", "网站", "主页"),
    _c("customer_since", "Customer since", "合作起始日期", DATE, NOT_PATIENT, "开始合作日期"),
    _c("ownership", "Ownership", "所有制", ENUM, ORGANISATIONS, "所有制形式", "性质"),
    _c("legal_representative", "Legal representative", "法定代表人", TEXT, ORGANISATIONS,
       "法人代表", "法人"),
    _c("staff_count", "Staff", "员工人数", INTEGER, (K.HOSPITAL, K.DEPARTMENT, K.PHARMACY),
       "staff count", "职工人数", "人员数"),
    _c("doctor_count", "Doctors", "医生人数", INTEGER, (K.HOSPITAL, K.DEPARTMENT),
       "doctor count", "医师人数"),
    _c("bed_count", "Beds", "床位数", INTEGER, (K.HOSPITAL, K.DEPARTMENT), "bed count",
       "床位", "开放床位"),
    _c("grade", "Hospital grade", "医院级别", ENUM, (K.HOSPITAL,), "grade", "医院等级",
       "等级", "level"),
    _c("chief_physician_count", "Chief physicians", "主任医师人数", INTEGER, (K.HOSPITAL,)),
    _c("associate_chief_physician_count", "Associate chief physicians", "副主任医师人数",
       INTEGER, (K.HOSPITAL,)),
    _c("attending_physician_count", "Attending physicians", "主治医师人数", INTEGER,
       (K.HOSPITAL,)),
    _c("resident_physician_count", "Resident and visiting physicians", "住院及进修医师人数",
       INTEGER, (K.HOSPITAL,), "住院医师人数", "进修医师人数"),
    _c("drug_admission_process", "Drug admission process", "进药流程", TEXT, (K.HOSPITAL,)),
    _c("drug_committee", "Drug committee members", "药事委员会", TEXT, (K.HOSPITAL,),
       "药事委员会成员", "P&T committee"),
    _c("device_committee", "Device committee members", "设备委员会", TEXT, (K.HOSPITAL,),
       "设备委员会成员"),
    _c("department_phones", "Department phones", "科室电话", TEXT, (K.HOSPITAL,)),
    _c("organisation_structure", "Organisation structure", "组织结构", TEXT, (K.HOSPITAL,),
       "organization structure", "组织架构"),
    _c("purchase_process", "Purchase process", "采购流程", TEXT, (K.HOSPITAL, K.PHARMACY)),
    _c("bank_name", "Bank", "开户银行", TEXT, ORGANISATIONS, "开户行"),
    _c("bank_account", "Bank account", "银行账号", TEXT, ORGANISATIONS, "账号", "帐号"),
    _c("credit_rating", "Credit rating", "信用等级", ENUM, (K.PHARMACY, K.DISTRIBUTOR),
       "信用评级"),
    _c("licensing_authority", "Licensing authority", "发证机关", TEXT, (K.PHARMACY,)),
    _c("licence_no", "Licence no.", "许可证号", TEXT, (K.PHARMACY, K.DISTRIBUTOR),
       "license no.", "licence number", "药品经营许可证号", "经营许可证号"),
    _c("parent_company", "Chain or parent company", "所属连锁", TEXT, (K.PHARMACY,),
       "chain", "parent company", "连锁", "上级公司"),
    _c("floor_area_m2", "Floor area (m²)", "营业面积(平方米)", INTEGER, (K.PHARMACY,),
       "floor area", "营业面积"),
    _c("opening_hours", "Opening hours", "营业时间", TEXT, (K.PHARMACY,)),
    _c("categories_sold", "Categories sold", "经营品类", TEXT, (K.PHARMACY,), "经营类别"),
    _c("dedicated_counter", "Dedicated counter", "专柜", BOOLEAN, (K.PHARMACY,), "有无专柜"),
    _c("registered_capital_wan", "Registered capital (10,000 CNY)", "注册资本(万元)",
       INTEGER, (K.DISTRIBUTOR,), "registered capital", "注册资本"),
    _c("business_scope", "Business scope", "经营范围", TEXT, (K.DISTRIBUTOR,)),
    _c("gsp_certified", "GSP certified", "GSP认证", BOOLEAN, (K.DISTRIBUTOR,), "gsp",
       "是否GSP认证"),
    _c("gsp_certificate_no", "GSP certificate no.", "GSP证书编号", TEXT, (K.DISTRIBUTOR,),
       "GSP证书号"),
    _c("local_ranking", "Local ranking", "本地排名", INTEGER, (K.DISTRIBUTOR,), "当地排名"),
    _c("hospitals_covered", "Hospitals covered", "覆盖医院数", INTEGER, (K.DISTRIBUTOR,)),
    _c("pharmacies_covered", "Pharmacies covered", "覆盖药店数", INTEGER, (K.DISTRIBUTOR,)),
    _c("title", "Title", "职称", TEXT, PEOPLE),
    _c("position", "Position", "职务", TEXT, PEOPLE),
    _c("gender", "Gender", "性别", ENUM, (*PEOPLE, K.PATIENT), "sex"),
    _c("birth_month", "Birth month", "出生月份", INTEGER, PEOPLE, "生日月份"),
    _c("marital_status", "Marital status", "婚姻状况", TEXT, PEOPLE, "婚否"),
    _c("education", "Education", "学历", TEXT, PEOPLE),
    _c("university", "University", "毕业院校", TEXT, PEOPLE, "毕业学校"),
    _c("hometown", "Hometown", "籍贯", TEXT, PEOPLE, "家乡"),
    _c("specialty", "Academic specialty", "学术特点", TEXT, PEOPLE, "specialty", "专长",
       "擅长"),
    _c("committee_roles", "Committee roles", "委员会任职", TEXT, PEOPLE, "学会任职"),
    _c("social_roles", "Social roles", "社会职务", TEXT, PEOPLE, "社会兼职"),
    _c("personality", "Personality", "性格", TEXT, PEOPLE, "性格特点"),
    _c("hobbies", "Interests", "兴趣爱好", TEXT, PEOPLE, "hobbies", "爱好"),
    _c("best_time_to_call", "Best time to call", "最佳致电时间", TEXT, PEOPLE,
       "最佳拜访时间"),
    _c("patient_code", "Patient code", "患者编号", TEXT, (K.PATIENT,)),
    _c("birth_year", "Birth year", "出生年份", INTEGER, (K.PATIENT,)),
    _c("consent_recorded", "Consent recorded", "已记录知情同意", BOOLEAN, (K.PATIENT,),
       "知情同意"),
    _c("notes", "Notes", "备注", TEXT, K, "remarks", "说明"),
)
BY_KEY = {c.key: c for c in COLUMNS}
REQUIRED = ("name", "kind")
REFERENCES = ("organisation", "department")  # written as names, resolved by the importer


def header_key(text) -> str:
    """A header or enumerated value as compared: NFKC (full width to ASCII), no spaces,
    lower case, without a trailing colon or "*" (a required-column mark)."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    return re.sub(r"\s+", "", text).strip("*:").lower()


# Headers that name the customer in a list of organisations and the organisation in a list
# of people: the customer's name unless another column already gives it.
AMBIGUOUS_HEADERS = {header_key(h): ("name", "organisation") for h in (
    "医院名称", "医院", "药店名称", "机构名称", "单位名称", "hospital name")}
_HEADERS: dict[str, str] = {}
for _column in COLUMNS:
    for _title in (_column.key, _column.english, _column.chinese, *_column.aliases):
        _HEADERS.setdefault(header_key(_title), _column.key)


def column_for(header) -> str | None:
    """The column a header names (None when it names none)."""
    return _HEADERS.get(header_key(header)) if header_key(header) else None


# The latest figures an export writes after the profile columns (key, English, Chinese):
# read-only, so an import skips these headers without a word and an exported file reads
# back clean. Their values: desktop.domain.customer_export.
FIGURE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("figures_month", "Latest month with figures", "最新数据月份"),
    ("outpatient_volume", "Outpatient visits", "门诊量"),
    ("total_prescriptions", "Total prescriptions", "处方总量"),
    ("our_prescriptions", "Our prescriptions", "我方处方量"),
    ("share", "Prescription share", "处方比例"),
    ("purchase_amount", "Purchases", "采购量"),
    ("sales_amount", "Sales", "销售额"),
)
_READ_ONLY = {header_key(t) for _k, *titles in FIGURE_COLUMNS for t in titles}


def header_map(header_row) -> tuple[dict[int, str], list[str]]:
    """Column index -> column key for a file's first row, and the headers no column has
    (a second header for the same column counts as unknown; the export's read-only figure
    columns are neither)."""
    mapping: dict[int, str] = {}
    unknown: list[tuple[int, str]] = []
    ambiguous: list[tuple[int, tuple[str, ...]]] = []
    for index, title in enumerate(header_row):
        if header_key(title) in _READ_ONLY:
            continue
        if header_key(title) in AMBIGUOUS_HEADERS:
            ambiguous.append((index, AMBIGUOUS_HEADERS[header_key(title)]))
            continue
        key = column_for(title)
        if key and key not in mapping.values():
            mapping[index] = key
        elif str(title or "").strip():
            unknown.append((index, str(title).strip()))
    for index, choices in ambiguous:
        key = next((k for k in choices if k not in mapping.values()), None)
        if key:
            mapping[index] = key
        else:
            unknown.append((index, str(header_row[index]).strip()))
    return dict(sorted(mapping.items())), [title for _i, title in sorted(unknown)]


class CellError(ValueError):
    """A cell that cannot be read as its column's type (message in English, says what to
    write instead)."""


def enum_value(key: str, text: str) -> str:
    words = ENUM_WORDS[key]
    wanted = header_key(text)
    for code, (english, chinese) in words.items():
        if wanted in (header_key(code), header_key(english), header_key(chinese)):
            return str(code)
    alias = ENUM_ALIASES.get(key, {}).get(wanted)
    if alias:
        return alias
    if key == "grade":
        grade = _grade(text)
        if grade:
            return grade
    examples = ", ".join(f"{e}/{c}" if e != c else e for e, c in list(words.values())[:8])
    raise CellError(f"{text!r} is not one of: {examples}" + ("…" if len(words) > 8 else ""))


def name_key(text) -> str:
    """A customer's name (or city, organisation) as matched: NFKC (full-width brackets,
    letters and digits to ASCII), every space removed, lower case. `（武汉）` and `(武汉)`,
    `ＡＢＣ药房` and `abc 药房` are one name."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or ""))).lower()


_LEVEL = {"一": "1", "二": "2", "三": "3", "1": "1", "2": "2", "3": "3"}
_CLASS = {"甲": "A", "乙": "B", "丙": "C", "特": "S", "a": "A", "b": "B", "c": "C", "s": "S"}


def _grade(text: str) -> str | None:
    """三甲, 三级甲等, 3级甲等, 3A → "3A"."""
    compact = header_key(text).replace("级", "").replace("等", "")
    if len(compact) == 2 and compact[0] in _LEVEL and compact[1] in _CLASS:
        return _LEVEL[compact[0]] + _CLASS[compact[1]]
    return None


def parse_cell(key: str, value):
    """The field value of a cell (None for an empty cell); raises CellError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    column = BY_KEY[key]
    if column.type == INTEGER:
        if isinstance(value, bool):
            raise CellError(f"{value!r} is not a whole number")
        if isinstance(value, int | float):
            number = value
        else:
            text = unicodedata.normalize("NFKC", str(value)).replace(",", "").strip()
            try:
                number = float(text)
            except ValueError:
                raise CellError(f"{value!r} is not a whole number") from None
        if number != int(number):
            raise CellError(f"{value!r} is not a whole number")
        return int(number)
    if column.type == BOOLEAN:
        if isinstance(value, bool):
            return value
        found = BOOLEAN_WORDS.get(header_key(value))
        if found is None:
            raise CellError(f"{value!r} is neither yes/是 nor no/否")
        return found
    if column.type == DATE:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = unicodedata.normalize("NFKC", str(value)).strip()
        found = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
        if found is None:
            raise CellError(f"{value!r} is not a date written YYYY-MM-DD")
        try:
            return date(*(int(g) for g in found.groups()))
        except ValueError:
            raise CellError(f"{value!r} is not a date on the calendar") from None
    text = _as_text(value)
    if column.type == ENUM:
        return enum_value(key, text)
    return text


def _as_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def format_cell(key: str, value, language: str):
    """What an export writes for a field's value: enumerated values in `language`, yes/no
    words for booleans, dates as dates, numbers as numbers."""
    if value is None:
        return None
    column = BY_KEY[key]
    if column.type == ENUM:
        words = ENUM_WORDS[key].get(value)
        if words is None:
            return str(value)
        return words[1] if language.startswith("zh") else words[0]
    if column.type == BOOLEAN:
        return ("是" if value else "否") if language.startswith("zh") else \
            ("yes" if value else "no")
    return value


def applies_to(key: str, kind: str) -> bool:
    """Whether the column describes a customer of `kind`."""
    return kind in BY_KEY[key].kinds


__all__ = ["BY_KEY", "COLUMNS", "CellError", "Column", "REFERENCES", "REQUIRED",
           "applies_to", "column_for", "enum_value", "format_cell", "header_key",
           "header_map", "name_key", "parse_cell"]
