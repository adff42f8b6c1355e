"""Customer master import: XLSX and GBK CSV, Chinese or English headers, bad rows reported
by row number, valid rows kept, duplicates reported and not imported twice."""

import uuid

from openpyxl import Workbook
from sqlmodel import select

from desktop.models import Customer
from server.cli import main
from server.core.db import read_session

HEADER_ZH = ["名称", "类型", "省份", "城市", "地址", "电话", "所属医院", "科室", "医院级别"]


def _rows(tag):
    hospital = f"第一人民医院{tag}"
    return [
        [hospital, "医院", "北京", "北京", "东城区一号", "010-69156114", None, None, "三级甲等"],
        [f"坏电话医院{tag}", "医院", "北京", "北京", "二号", "12345", None, None, None],
        [f"未知{tag}", "诊所", "北京", "北京", "三号", None, None, None, None],
        [f"心内科{tag}", "科室", None, None, None, None, hospital, None, None],
        [f"张伟{tag}", "医生", None, None, None, "13812345678", hospital, f"心内科{tag}", None],
        [f"李娜{tag}", "医生", None, None, None, None, f"不存在医院{tag}", None, None],
        [hospital, "医院", "北京", "北京", "东城区一号", None, None, None, None],  # duplicate
        [None, None, None, None, None, None, None, None, None],  # blank: skipped
        [f"患者{tag}", "患者", None, None, None, "13812345678", None, None, None],
    ]


def _customers(engine, territory_id):
    with read_session(engine) as s:
        return {c.name: c for c in s.exec(select(Customer).where(
            Customer.territory_id == territory_id))}


def test_import_xlsx_reports_bad_rows_and_keeps_valid_ones(world, engine, server_settings,
                                                           tmp_path, capsys):
    tag = uuid.uuid4().hex[:4]
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER_ZH)
    for row in _rows(tag):
        sheet.append(row)
    path = tmp_path / "customers.xlsx"
    book.save(path)
    code = main(["import", "customers", str(path), "--territory", world.t1,
                 "--db", server_settings.db_url])
    out = capsys.readouterr().out
    assert code == 1  # some rows were not imported
    assert "row 3: error: phone" in out
    assert "row 4: error: kind: '诊所' is not a customer kind" in out
    assert "row 7: error: organisation" in out
    assert "row 8: duplicate" in out and "row 2" in out
    assert "row 10: error: phone" in out and "privacy" in out
    assert "imported 3, rejected 4, duplicates 1" in out
    imported = _customers(engine, world.t1)
    hospital = imported[f"第一人民医院{tag}"]
    assert hospital.grade == "3A" and hospital.kind == "hospital"
    department = imported[f"心内科{tag}"]
    doctor = imported[f"张伟{tag}"]
    assert department.organisation_id == hospital.id
    assert doctor.organisation_id == hospital.id and doctor.department_id == department.id
    # imported rows reach the territory's rep through sync
    rows, _, _, _ = world.rep_a.pull_all()
    assert ("customer", doctor.id) in rows


def test_import_gbk_csv_with_english_headers(world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:4]
    text = ("name,kind,province,city,address,phone,postal code\n"
            f"同仁堂药店{tag},药店,北京,北京,前门大街,010-65125555,100051\n"
            f"坏邮编{tag},pharmacy,北京,北京,某街,,12\n"
            f"华润医药{tag},distributor,北京,北京,建国路,,\n")
    path = tmp_path / "customers.csv"
    path.write_bytes(text.encode("gbk"))
    code = main(["import", "customers", str(path), "--territory", world.t2,
                 "--db", server_settings.db_url])
    out = capsys.readouterr().out
    assert code == 1 and "row 3: error: postal_code" in out
    assert "imported 2, rejected 1, duplicates 0" in out
    imported = _customers(engine, world.t2)
    assert imported[f"同仁堂药店{tag}"].kind == "pharmacy"
    assert imported[f"华润医药{tag}"].kind == "distributor"
    # importing the same file again imports nothing twice
    main(["import", "customers", str(path), "--territory", world.t2,
          "--db", server_settings.db_url])
    out = capsys.readouterr().out
    assert "imported 0, rejected 1, duplicates 2" in out


def test_import_file_level_errors(world, server_settings, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    assert main(["import", "customers", str(path), "--territory", world.t1,
                 "--db", server_settings.db_url]) == 1
    err = capsys.readouterr().err
    assert "missing: name (名称), kind (类型)" in err
    assert main(["import", "customers", str(path), "--territory", "no-such-territory",
                 "--db", server_settings.db_url]) == 1
    assert "no territory" in capsys.readouterr().err
