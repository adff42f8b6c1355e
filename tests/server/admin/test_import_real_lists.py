"""Customer import of real lists (issue 16): phones written every way a list writes them,
the same hospital written differently, a customer code, a corrected list imported again
with --update, and every column of the customer spreadsheet. Real files, real databases
(SQLite and PostgreSQL); what is checked is what the IT person reads in the report and
what the rep's laptop receives."""

import re
import uuid
from datetime import date

from openpyxl import Workbook
from sqlmodel import select

from desktop.domain import customer_sheet
from desktop.domain.phones import clean
from desktop.models import Customer
from server.cli import main
from server.core.db import read_session

PHONES = ["(027)85726114", "（027）85726114", "0710-3522222转8000", "027-85726114、85726015",
          "7359051（急诊科）", "0596—8546913", "400-820-1234", "+86 138 1234 5678",
          "138-1234-5678", "０２７－８５７２６１１４", "12320", "\u202d027-85726114\u202c",
          "（白天）0592-5911111-8120（晚间）0592-8570120", "027-8572", "无"]


def _xlsx(tmp_path, header, rows, name="list.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _import(path, territory, server_settings, capsys, *more):
    code = main(["import", "customers", str(path), "--territory", territory, *more,
                 "--db", server_settings.db_url])
    out = capsys.readouterr().out
    rejected = " error: " in out
    assert code == (1 if rejected else 0), out  # a rejected row is a failure a script sees
    return out


def _named(engine, tag):
    """The customers whose name holds `tag` (tests share the database)."""
    with read_session(engine) as session:
        return [c for c in session.exec(select(Customer).where(Customer.deleted == False))  # noqa: E712
                if tag in c.name]


def test_every_phone_form_imports_and_no_row_is_lost(world, engine, server_settings,
                                                      tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    rows = [[f"电话医院{tag}-{i}", "医院", "武汉", phone, phone]
            for i, phone in enumerate(PHONES)]
    rows += [[f"医生{tag}-{i}", "医生", "武汉", None, None, mobile, f"电话医院{tag}-0"]
             for i, mobile in enumerate(["+86 138 1234 5678", "１３８－１２３４－５６７８",
                                         "13812345678、13912345678", "027-85726114",
                                         13812345678.0])]  # a number cell
    path = _xlsx(tmp_path, ["名称", "类型", "城市", "电话", "传真", "手机", "所属医院"], rows)
    out = _import(path, world.t1, server_settings, capsys)
    assert f"imported {len(rows)}, updated 0, unchanged 0, rejected 0" in out
    stored = {c.name: c for c in _named(engine, tag)}
    assert len(stored) == len(rows)  # no row lost
    for i, phone in enumerate(PHONES[:-1]):
        hospital = stored[f"电话医院{tag}-{i}"]
        assert hospital.phone == clean(phone) == hospital.fax, phone
    assert stored[f"电话医院{tag}-{len(PHONES) - 1}"].phone is None
    # the doubtful ones are warnings naming the value; the usable ones say nothing
    row = {phone: number for number, phone in enumerate(PHONES, start=2)}
    assert (f"row {row['027-8572']}: warning: phone: '027-8572': '027-8572' does not read as a "
            "phone number; kept as written, check it.") in out
    assert f"row {row['无']}: warning: phone: '无' holds no number; left empty." in out
    assert f"row {row['无']}: warning: fax: '无' holds no number; left empty." in out
    warned = {int(n) for n in re.findall(r"^row (\d+): warning: (?:phone|fax)", out, re.M)}
    assert warned == {row["027-8572"], row["无"]}
    doctors = [stored[f"医生{tag}-{i}"] for i in range(5)]
    assert [d.mobile for d in doctors] == ["13812345678", "13812345678", None, None,
                                           "13812345678"]
    assert doctors[2].phone == "13812345678、13912345678"
    assert doctors[3].phone == "027-85726114"
    first_doctor = len(PHONES) + 2
    assert (f"row {first_doctor + 2}: warning: mobile: '13812345678、13912345678' is not exactly "
            "one mobile number; kept in the phone instead.") in out


def test_the_same_customer_written_differently_is_one(world, engine, server_settings,
                                                      tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    header = ["名称", "类型", "城市", "地址", "别名"]
    rows = [
        [f"第一人民医院{tag}", "医院", "武汉", None, None],  # 2
        [f"第一人民医院{tag}", "医院", "宜昌", None, None],  # 3: another city, another hospital
        [f"同济医院{tag}(汉口)", "医院", "武汉", "解放大道1095号", None],  # 4
        [f"同济医院{tag}（汉口）", "医院", "武汉市", None, None],  # 5: same as 4
        [f"中南医院{tag}", "医院", "武汉", "武汉市武昌区东湖路169号", None],  # 6
        [f"中南医院{tag}", "医院", "武汉", "武昌区东湖路169号", None],  # 7: same as 6
        [f"中南医院{tag}", "医院", None, "湖北省武汉市武昌区东湖路169号", None],  # 8: same
        [f"武汉市第一{tag}医院（武汉市中西医结合{tag}医院）", "医院", "武汉", None,
         f"市一医院{tag}"],  # 9
        [f"武汉市中西医结合{tag}医院", "医院", "武汉", None, None],  # 10: alias of 9
        [f"市一医院{tag}", "医院", "武汉", None, None],  # 11: alias of 9
        [f"协和医院{tag}（西院区）", "医院", "武汉", None, None],  # 12
        [f"协和医院{tag}（本部）", "医院", "武汉", None, None],  # 13: another campus
        [f"张伟{tag}", "医生", "武汉", None, None, f"第一人民医院{tag}"],  # 14
        [f"张伟{tag}", "医生", None, None, None, f"协和医院{tag}（本部）"],  # 15: another
        [f"张伟{tag}", "医生", "武汉市", None, None, f"第一人民医院{tag}"],  # 16: same as 14
        [f"王芳{tag}", "医生", None, None, None, f"第一人民医院{tag}"],  # 17: which one?
    ]
    path = _xlsx(tmp_path, [*header, "所属医院"], rows)
    out = _import(path, world.t1, server_settings, capsys)
    # two hospitals of one name in two cities: the organisation needs the city
    assert ("row 17: error: organisation: '第一人民医院" in out
            and "names 2 organisations of this territory (宜昌, 武汉); write the city" in out)
    assert f"row 5: duplicate: name: '同济医院{tag}（汉口）' matches row 4 by name;" in out
    assert "row 7: duplicate: name: " in out and "row 8: duplicate: name: " in out
    assert (f"row 10: duplicate: name: '武汉市中西医结合{tag}医院' matches row 9 by the alias "
            f"'武汉市中西医结合{tag}医院'; not imported again.") in out
    assert f"row 11: duplicate: name: '市一医院{tag}' matches row 9 by the alias" in out
    assert "row 12: duplicate" not in out and "row 13: duplicate" not in out
    assert f"row 16: duplicate: name: '张伟{tag}' matches row 14 by name;" in out
    assert "imported 9, updated 0, unchanged 0, rejected 1, duplicates 6" in out
    hospitals = sorted((c.name, c.city, c.alias) for c in _named(engine, tag)
                       if c.kind == "hospital")
    assert hospitals == sorted([
        (f"第一人民医院{tag}", "武汉", None), (f"第一人民医院{tag}", "宜昌", None),
        (f"同济医院{tag}(汉口)", "武汉", None), (f"中南医院{tag}", "武汉", None),
        (f"武汉市第一{tag}医院", "武汉", f"武汉市中西医结合{tag}医院;市一医院{tag}"),
        (f"协和医院{tag}（西院区）", "武汉", None), (f"协和医院{tag}（本部）", "武汉", None)])

    # a second list: the archive is matched the same way, and the report names the customer
    again = _xlsx(tmp_path, ["名称", "类型", "城市", "客户编码"], [
        [f"武汉市中西医结合{tag}医院", "医院", "武汉市", None],
        [f"第一人民医院{tag}", "医院", "荆州", None],
        [f"协和医院{tag}(西院区)", "医院", "武汉", None],
        [f"中南医院{tag}", "医院", None, None],
    ], name="again.xlsx")
    out = _import(again, world.t1, server_settings, capsys)
    assert (f"row 2: duplicate: name: '武汉市中西医结合{tag}医院' matches customer "
            f"'武汉市第一{tag}医院' in 武汉 by the alias '武汉市中西医结合{tag}医院'; "
            "not imported again.") in out
    assert (f"row 4: duplicate: name: '协和医院{tag}(西院区)' matches customer "
            f"'协和医院{tag}（西院区）' in 武汉 by name; not imported again.") in out
    assert (f"row 5: warning: city: (empty): '中南医院{tag}' is also the name of customer "
            f"'中南医院{tag}' in 武汉; imported as another customer because this row gives no "
            "city (write the city, or the address starting with it, to match it).") in out
    assert "imported 2, updated 0, unchanged 0, rejected 0, duplicates 2, warnings 1" in out


def test_the_customer_code_comes_first(world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    header = ["客户编码", "名称", "类型", "城市", "床位数"]
    first = _xlsx(tmp_path, header, [[f"H{tag}", f"人民医院{tag}", "医院", "武汉", 500]])
    _import(first, world.t1, server_settings, capsys)
    renamed = _xlsx(tmp_path, header, [
        [f"h{tag}", f"武汉市人民医院{tag}", "医院", "武汉", 600],  # 2: same code, new name
        [f"K{tag}", f"人民医院{tag}", "医院", "武汉", None],  # 3: same name, another code
        [f"H{tag}", f"人民医院{tag}", "药店", "武汉", None],  # 4: same code, wrong kind
    ], name="renamed.xlsx")
    out = _import(renamed, world.t1, server_settings, capsys)
    assert (f"row 2: duplicate: name: '武汉市人民医院{tag}' matches customer '人民医院{tag}' "
            f"(code H{tag}) in 武汉 by its code; not imported again; the file differs in name, "
            "beds (import with --update to change them).") in out
    assert (f"row 3: warning: code: 'K{tag}': '人民医院{tag}' is also the name of customer "
            f"'人民医院{tag}' (code H{tag}) in 武汉; imported as another customer because the "
            "codes differ.") in out
    assert "row 4: duplicate: name: " in out and "matches row 2, which is customer" in out
    out = _import(renamed, world.t1, server_settings, capsys, "--update")
    assert (f"row 2: updated: 人民医院{tag}: name '人民医院{tag}' → '武汉市人民医院{tag}'; "
            "beds 500 → 600\n") in out  # h… is the code H… (codes ignore case)
    assert "imported 0, updated 1, unchanged 1, rejected 0, duplicates 1" in out  # K: row 3
    names = sorted((c.code, c.name, c.bed_count) for c in _named(engine, f"人民医院{tag}"))
    assert names == [(f"H{tag}", f"武汉市人民医院{tag}", 600),
                     (f"K{tag}", f"人民医院{tag}", None)]


def test_update_changes_exactly_the_corrected_fields(world, engine, server_settings,
                                                     tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    header = ["名称", "类型", "城市", "电话", "床位数", "医院级别", "地址", "所属医院", "职称"]
    first = [
        [f"武汉市第一医院{tag}", "医院", "武汉", "027-1", 800, "三级甲等", "中山大道215号",
         None, None],
        [f"江汉药房{tag}", "药店", "武汉", "027-83334444", None, None, "江汉路1号", None, None],
        [f"李娜{tag}", "医生", None, "13812345678", None, None, None, f"武汉市第一医院{tag}",
         "主治医师"],
    ]
    _import(_xlsx(tmp_path, header, first), world.t1, server_settings, capsys)
    _, _, _, cursor = world.rep_a.pull_all()
    before = {c.name: c for c in _named(engine, tag)}

    corrected = [
        [f"武汉市第一医院{tag}", "医院", "武汉市", "027-85726114", 1200, "三甲", None, None,
         None],  # phone and beds corrected; address left empty
        [f"江汉药房{tag}", "药店", "武汉", "027-83334444", None, None, "江汉路1号", None, None],
        [f"李娜{tag}", "医生", None, None, None, None, None, f"武汉市第一医院{tag}",
         "副主任医师"],
        [f"新医院{tag}", "医院", "武汉", None, None, None, None, None, None],
    ]
    out = _import(_xlsx(tmp_path, header, corrected, name="corrected.xlsx"), world.t1,
                  server_settings, capsys, "--update")
    assert (f"row 2: updated: 武汉市第一医院{tag}: phone '027-1' → '027-85726114'; "
            "beds 800 → 1200\n") in out
    assert (f"row 4: updated: 李娜{tag}: title '主治医师' → '副主任医师'\n") in out
    assert "imported 1, updated 2, unchanged 1, rejected 0, duplicates 0, warnings 0" in out
    after = {c.name: c for c in _named(engine, tag)}
    assert len(after) == 4  # no copies
    hospital, doctor = after[f"武汉市第一医院{tag}"], after[f"李娜{tag}"]
    assert (hospital.phone, hospital.bed_count) == ("027-85726114", 1200)
    assert (hospital.address, hospital.grade, hospital.city) == ("中山大道215号", "3A", "武汉")
    assert doctor.phone == "13812345678"  # an empty cell changes nothing
    assert after[f"江汉药房{tag}"].revision == before[f"江汉药房{tag}"].revision
    assert hospital.revision > before[f"武汉市第一医院{tag}"].revision
    # the rep's laptop receives exactly the changed customers at its next sync
    rows, _, _, _ = world.rep_a.pull_all(cursor)
    changed = {row["name"]: row for (table, _), row in rows.items() if table == "customer"}
    assert set(changed) == {f"武汉市第一医院{tag}", f"李娜{tag}", f"新医院{tag}"}
    assert changed[f"武汉市第一医院{tag}"]["phone"] == "027-85726114"
    assert changed[f"武汉市第一医院{tag}"]["bed_count"] == 1200

    # the same corrected list again changes nothing; another territory is not touched
    out = _import(_xlsx(tmp_path, header, corrected, name="corrected.xlsx"), world.t1,
                  server_settings, capsys, "--update")
    assert "imported 0, updated 0, unchanged 4, rejected 0, duplicates 0" in out
    out = _import(_xlsx(tmp_path, header, corrected[:1], name="other.xlsx"), world.t2,
                  server_settings, capsys, "--update")
    assert (f"row 2: duplicate: name: '武汉市第一医院{tag}' matches customer '武汉市第一医院{tag}'"
            " in 武汉 by name; not imported again: it belongs to territory ") in out
    assert "--update changes only customers of the territory imported into." in out


def _sample(column, kind, short):
    """A value a list could hold for the column, and what it is stored as."""
    if column.type == customer_sheet.ENUM:
        code, (_english, chinese) = next(iter(customer_sheet.ENUM_WORDS[column.key].items()))
        return chinese, str(code)
    special = {"postal_code": ("430022", "430022"), "phone": ("（027）85726114", "(027)85726114"),
               "fax": ("027-85726115", "027-85726115"), "mobile": ("138-1234-5678", "13812345678"),
               "email": ("info@example.com", "info@example.com"),
               "birth_month": (5, 5), "birth_year": (1970, 1970),
               "customer_since": ("2020-05-01", date(2020, 5, 1))}
    if column.key in special:
        return special[column.key]
    return {customer_sheet.INTEGER: (7, 7), customer_sheet.BOOLEAN: ("是", True),
            customer_sheet.DATE: ("2020-05-01", date(2020, 5, 1))}.get(
        column.type, (f"{column.key[:6]}-{short}", f"{column.key[:6]}-{short}"))


def test_every_static_field_can_be_imported(world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    columns = [c for c in customer_sheet.COLUMNS if c.key != "kind"]
    header = ["Kind", *(c.english for c in columns)]
    kinds = ["hospital", "department", "doctor", "pharmacy", "pharmacy_contact", "distributor",
             "patient"]
    organisation = {"department": f"hospital-{tag}", "doctor": f"hospital-{tag}",
                    "pharmacy_contact": f"pharmacy-{tag}", "patient": f"hospital-{tag}"}
    rows, expected = [], {}
    for kind in kinds:
        row, wanted = [customer_sheet.format_cell("kind", kind, "en")], {}
        for column in columns:
            written, stored = _sample(column, kind, kinds.index(kind))
            if column.key == "name":
                written = stored = f"{kind}-{tag}"
            elif column.key == "organisation":
                written = organisation.get(kind)
            elif column.key == "department":
                written = f"department-{tag}" if kind == "doctor" else None
            elif not customer_sheet.applies_to(column.key, kind):
                written = None
            else:
                wanted[column.key] = stored
            row.append(written)
        rows.append(row)
        expected[f"{kind}-{tag}"] = wanted
    out = _import(_xlsx(tmp_path, header, rows), world.t1, server_settings, capsys)
    assert f"imported {len(kinds)}, updated 0, unchanged 0, rejected 0, duplicates 0, " \
           "warnings 0" in out
    stored = {c.name: c for c in _named(engine, tag)}
    for name, wanted in expected.items():
        customer = stored[name]
        assert {k: getattr(customer, k) for k in wanted} == wanted, name
    doctor = stored[f"doctor-{tag}"]
    assert doctor.organisation_id == stored[f"hospital-{tag}"].id
    assert doctor.department_id == stored[f"department-{tag}"].id
    assert stored[f"pharmacy_contact-{tag}"].organisation_id == stored[f"pharmacy-{tag}"].id
