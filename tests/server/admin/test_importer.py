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
        [f"坏电话医院{tag}", "医院", "北京", "北京", "二号", "1234x", None, None, None],
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
    assert code == 1  # rows were rejected (the others are imported: see below)
    assert "row 3: warning: phone: '1234x': '1234x' does not read as a phone number" in out
    assert "row 4: error: kind: '诊所' is not one of: hospital/医院" in out
    assert "row 7: error: organisation: '不存在医院" in out
    assert (f"row 8: duplicate: name: '第一人民医院{tag}' matches row 2 by name; "
            "not imported again.") in out
    assert "row 10: warning: phone: '13812345678': not kept for patients (privacy)" in out
    assert "imported 5, updated 0, unchanged 0, rejected 2, duplicates 1, warnings 2" in out
    imported = _customers(engine, world.t1)
    hospital = imported[f"第一人民医院{tag}"]
    assert hospital.grade == "3A" and hospital.kind == "hospital"
    assert imported[f"坏电话医院{tag}"].phone == "1234x"  # kept as written, with a warning
    assert imported[f"患者{tag}"].phone is None
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
    assert code == 0
    assert ("row 3: warning: postal code: '12': Postal code must be six digits, e.g. 100730. "
            "Left empty.") in out
    assert "imported 3, updated 0, unchanged 0, rejected 0, duplicates 0, warnings 1" in out
    imported = _customers(engine, world.t2)
    assert imported[f"同仁堂药店{tag}"].kind == "pharmacy"
    assert imported[f"华润医药{tag}"].kind == "distributor"
    # importing the same file again imports nothing twice
    main(["import", "customers", str(path), "--territory", world.t2,
          "--db", server_settings.db_url])
    out = capsys.readouterr().out
    assert "imported 0, updated 0, unchanged 0, rejected 0, duplicates 3, warnings 1" in out
    assert f"row 2: duplicate: name: '同仁堂药店{tag}' matches customer '同仁堂药店{tag}' in 北京" in out


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


def _import(path, territory, server_settings):
    return main(["import", "customers", str(path), "--territory", territory,
                 "--db", server_settings.db_url])


def test_a_missing_file_is_one_clear_line(world, server_settings, tmp_path, capsys):
    code = _import(tmp_path / "客户.csv", world.t1, server_settings)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "no file" in err and "客户.csv" in err and "Traceback" not in err


def test_a_field_over_the_csv_limit_is_one_clear_line(world, engine, server_settings,
                                                      tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    path = tmp_path / "long.csv"
    path.write_text(f"name,kind\n药店{tag},药店\n\"{'x' * 140_000},药店\n", encoding="utf-8")
    code = _import(path, world.t1, server_settings)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: long.csv, line 3")
    assert "131,072" in err and "quote" in err
    assert f"药店{tag}" not in _customers(engine, world.t1)  # nothing half-imported


def test_a_nul_in_a_name_rejects_that_row_and_keeps_the_others(world, engine,
                                                                server_settings, tmp_path,
                                                                capsys):
    tag = uuid.uuid4().hex[:6]
    path = tmp_path / "nul.csv"
    path.write_text(f"name,kind,city\n药店A{tag},药店,北京\n药店\x00B{tag},药店,北京\n"
                    f"药店C{tag},药店,上\x00海\n药店D{tag},药店,北京\n", encoding="utf-8")
    code = _import(path, world.t1, server_settings)
    out = capsys.readouterr().out
    assert code == 1  # the NUL row was rejected
    assert f"row 3: error: name: '药店\\x00B{tag}' contains a NUL character" in out
    assert "row 4: error: city: '上\\x00海' contains a NUL character" in out
    assert "imported 2, updated 0, unchanged 0, rejected 2" in out
    names = _customers(engine, world.t1)
    assert {f"药店A{tag}", f"药店D{tag}"} <= set(names)
    assert not [n for n in names if "\x00" in n]


def test_pushes_are_applied_between_the_batches_of_a_long_import(world, engine,
                                                                 server_settings, tmp_path,
                                                                 capsys):
    """The import commits in batches: at the end of each batch (observed through SQLAlchemy's
    after_commit event of the importing session) another connection already sees the rows
    so far and a rep's push goes through, while the rest of the file is still to come."""
    import threading

    from sqlalchemy import event
    from sqlmodel import Session

    from tests.server.helpers import mutation

    tag = uuid.uuid4().hex[:6]
    total = 1_100
    path = tmp_path / "big.csv"
    path.write_text("name,kind,address\n" + "".join(f"药店{tag}-{i},药店,路{i}号\n"
                                                    for i in range(total)), encoding="utf-8")
    seen, pushed = [], []
    importing = threading.current_thread()

    def between_batches(session):
        if threading.current_thread() is not importing or pushed or busy:
            return  # only the import's own commits (not the server's), one push is enough
        busy.append(True)
        visible = [n for n in _customers(engine, world.t1) if n.startswith(f"药店{tag}-")]
        seen.append(len(visible))
        if 0 < len(visible) < total:
            [result] = world.rep_a.push(mutation("customer", kind="hospital",
                                                 name=f"推送医院{tag}", territory_id=world.t1))
            pushed.append(result["status"])
        busy.clear()

    busy = []
    event.listen(Session, "after_commit", between_batches)
    try:
        code = _import(path, world.t1, server_settings)
    finally:
        event.remove(Session, "after_commit", between_batches)
    assert code == 0, capsys.readouterr()
    assert f"imported {total}," in capsys.readouterr().out
    assert pushed == ["applied"], f"rows visible at each commit of the import: {seen}"
    names = _customers(engine, world.t1)
    assert f"推送医院{tag}" in names
    assert len([n for n in names if n.startswith(f"药店{tag}-")]) == total
