"""`rounds-server import metrics`: monthly figures from XLSX or GBK CSV with Chinese or
English headers; every bad row reported by its row number and the value at fault, the good
rows kept; re-importing a month replaces that customer's month, and the rep's laptop learns
of every change through sync."""

import uuid
from datetime import datetime

from openpyxl import Workbook
from sqlmodel import select

from desktop.models import CustomerMetric
from server.cli import main
from server.core.db import read_session
from tests.server.helpers import a_product, mutation


def _customers(world, tag):
    """A hospital (code H-tag) with a doctor 王芳, a second 王芳 elsewhere, both in T1."""
    hospital = world.customer(world.rep_a, name=f"协和医院{tag}", code=f"H-{tag}",
                              city="北京", territory_id=world.t1)
    other = world.customer(world.rep_a, name=f"同仁医院{tag}", city="北京",
                           territory_id=world.t1)
    doctor = world.customer(world.rep_a, kind="doctor", name=f"王芳{tag}",
                            organisation_id=hospital["id"], territory_id=world.t1)
    world.customer(world.rep_a, kind="doctor", name=f"王芳{tag}",
                   organisation_id=other["id"], territory_id=world.t1)
    return hospital, doctor


def _metrics(engine, customer_id):
    with read_session(engine) as s:
        rows = s.exec(select(CustomerMetric).where(CustomerMetric.customer_id == customer_id,
                                                   CustomerMetric.deleted == False))  # noqa: E712
        return {(r.period, r.drug_class): r for r in rows}


def _run(path, server_settings):
    return main(["import", "metrics", str(path), "--db", server_settings.db_url])


def test_xlsx_with_chinese_headers_keeps_good_rows_and_names_each_bad_value(
        world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    hospital, doctor = _customers(world, tag)
    product = a_product(world)
    book = Workbook()
    sheet = book.active
    sheet.append(["月份", "客户编码", "客户", "所属医院", "城市", "药品类别", "产品", "门诊量",
                  "处方总量", "我方处方量", "采购量", "销售额"])
    rows = [
        ["2026-03", f"H-{tag}", None, None, None, None, None, 52000, None, None, 6_100_000.5,
         None],
        [datetime(2026, 3, 1), None, f"王芳{tag}", f"协和医院{tag}", "北京市", "降压药", None,
         None, 120, 30, None, None],
        ["2026年3月", None, f"王芳{tag}", f"协和医院{tag}", None, None, product["name"], None,
         40, 10,
         None, 800],
        ["2026/3", None, f"王芳{tag}", None, None, "降糖药", None, None, 50, 5, None, None],
        ["2026-13", f"H-{tag}", None, None, None, None, None, 1, None, None, None, None],
        ["2026-03", f"NOPE-{tag}", None, None, None, None, None, 1, None, None, None, None],
        ["2026-03", f"H-{tag}", None, None, None, "调脂药", None, None, 10, 20, None, None],
        ["2026-03", f"H-{tag}", None, None, None, "抗凝药", None, None, -5, None, None, None],
        ["2026-03", None, f"无名{tag}", None, None, None, None, 5, None, None, None, None],
        ["2026-03", None, None, None, None, None, None, 5, None, None, None, None],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "figures.xlsx"
    book.save(path)
    code = _run(path, server_settings)
    out = capsys.readouterr().out
    assert code == 1
    assert f"row 5: error: 客户: 2 customers are called '王芳{tag}'; give the code or the " \
           "organisation and city." in out
    assert "row 6: error: 月份: '2026-13' is not a month" in out
    assert f"row 7: error: 客户编码: no customer has the code 'NOPE-{tag}'." in out
    assert "row 8: error: 我方处方量: our prescriptions (20) are more than the total " \
           "prescriptions (10)." in out
    assert "row 9: error: 处方总量: -5 is below zero" in out
    assert f"row 10: error: 客户: there is no customer '无名{tag}'" in out
    assert "row 11: error: customer: empty" in out
    assert "imported 3, replaced 0, removed 0, unchanged 0, rejected 7" in out
    assert {k: (r.outpatient_volume, r.purchase_amount) for k, r in
            _metrics(engine, hospital["id"]).items()} == {("2026-03", None): (52000, 6_100_000.5)}
    figures = _metrics(engine, doctor["id"])
    assert (figures[("2026-03", "降压药")].total_prescriptions,
            figures[("2026-03", "降压药")].our_prescriptions) == (120, 30)
    by_product = figures[("2026-03", product["drug_class"])]
    assert by_product.product_id == product["id"] and by_product.sales_amount == 800
    # the rows reach the territory's rep at their next sync, in the customer's territory
    pulled, _, _, _ = world.rep_a.pull_all()
    assert ("customer_metric", by_product.id) in pulled
    assert pulled[("customer_metric", by_product.id)]["territory_id"] == world.t1
    assert ("customer_metric", by_product.id) not in world.foreign_rep.pull_all()[0]


def test_gbk_csv_with_english_headers(world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    hospital, doctor = _customers(world, tag)
    text = ("month,code,customer,organisation,drug class,prescriptions,our prescriptions,"
            "sales\n"
            f"2026-02,H-{tag},,,,,,\"1,250.50\"\n"
            f"2026-02,,王芳{tag},协和医院{tag},降压药,200,50,\n"
            f"2026-02,,王芳{tag},协和医院{tag},降压药,abc,50,\n"
            f"2026-02,,王芳{tag},协和医院{tag},降压药,210,50,\n")
    path = tmp_path / "figures.csv"
    path.write_bytes(text.encode("gbk"))
    assert _run(path, server_settings) == 1
    out = capsys.readouterr().out
    assert "row 4: error: prescriptions: 'abc' is not a number." in out
    assert "row 5: error: the same customer, month and drug class/product as row 3" in out
    assert "imported 2, replaced 0, removed 0, unchanged 0, rejected 2" in out
    assert _metrics(engine, hospital["id"])[("2026-02", None)].sales_amount == 1250.5
    assert _metrics(engine, doctor["id"])[("2026-02", "降压药")].our_prescriptions == 50


def test_reimporting_a_month_replaces_it_and_laptops_see_the_replacement(
        world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    _hospital, doctor = _customers(world, tag)
    header = "month,customer,organisation,drug class,outpatient,prescriptions,our prescriptions\n"
    who = f"王芳{tag},协和医院{tag}"
    first = (f"2026-03,{who},,400,,\n2026-03,{who},降压药,,100,20\n"
             f"2026-03,{who},降糖药,,80,8\n2026-02,{who},降压药,,90,9\n")
    path = tmp_path / "march.csv"
    path.write_text(header + first, encoding="utf-8")
    assert _run(path, server_settings) == 0, capsys.readouterr()
    assert "imported 4," in capsys.readouterr().out
    _, _, _, cursor = world.rep_a.pull_all()
    before = _metrics(engine, doctor["id"])
    # March again: outpatient the same, 降压药 corrected, 降糖药 gone, 调脂药 new
    path.write_text(header + f"2026年3月,{who},,400,,\n2026-03,{who},降压药,,100,25\n"
                    f"2026-03,{who},调脂药,,30,3\n", encoding="utf-8")
    assert _run(path, server_settings) == 0
    out = capsys.readouterr().out
    assert "imported 1, replaced 1, removed 1, unchanged 1, rejected 0" in out
    after = _metrics(engine, doctor["id"])
    assert set(after) == {("2026-03", None), ("2026-03", "降压药"), ("2026-03", "调脂药"),
                          ("2026-02", "降压药")}  # February is not in the file: untouched
    assert after[("2026-03", "降压药")].our_prescriptions == 25
    assert after[("2026-03", "降压药")].id == before[("2026-03", "降压药")].id
    assert after[("2026-03", None)].revision == before[("2026-03", None)].revision
    changed, _, _, _ = world.rep_a.pull_all(cursor)
    gone = before[("2026-03", "降糖药")].id
    assert changed[("customer_metric", gone)]["deleted"] is True
    assert changed[("customer_metric", after[("2026-03", "降压药")].id)][
        "our_prescriptions"] == 25
    assert ("customer_metric", after[("2026-03", None)].id) not in changed  # not rewritten


def test_a_rejected_row_keeps_the_stored_line_it_was_meant_to_replace(
        world, engine, server_settings, tmp_path, capsys):
    tag = uuid.uuid4().hex[:6]
    _hospital, doctor = _customers(world, tag)
    who = f"王芳{tag},协和医院{tag}"
    path = tmp_path / "april.csv"
    header = "month,customer,organisation,drug class,prescriptions,our prescriptions\n"
    path.write_text(header + f"2026-04,{who},降压药,100,20\n2026-04,{who},降糖药,80,8\n",
                    encoding="utf-8")
    assert _run(path, server_settings) == 0
    capsys.readouterr()
    # 降压药 corrected by mistake to ours > total: refused, and the stored figures stay
    path.write_text(header + f"2026-04,{who},降压药,100,200\n2026-04,{who},降糖药,80,9\n",
                    encoding="utf-8")
    assert _run(path, server_settings) == 1
    assert "imported 0, replaced 1, removed 0, unchanged 0, rejected 1" in \
        capsys.readouterr().out
    figures = _metrics(engine, doctor["id"])
    assert figures[("2026-04", "降压药")].our_prescriptions == 20
    assert figures[("2026-04", "降糖药")].our_prescriptions == 9
    # a file of our prescriptions only: checked against the stored total
    path.write_text(f"month,customer,organisation,drug class,our prescriptions\n"
                    f"2026-04,{who},降压药,120\n2026-04,{who},降糖药,10\n", encoding="utf-8")
    assert _run(path, server_settings) == 1
    out = capsys.readouterr().out
    assert "row 2: error: our_prescriptions: with the figures already stored for this " \
           "month, which the file has no column for: Our prescriptions cannot be more than " \
           "Total prescriptions." in out
    assert "imported 0, replaced 1, removed 0, unchanged 0, rejected 1" in out
    assert _metrics(engine, doctor["id"])[("2026-04", "降压药")].our_prescriptions == 20


def test_a_file_without_the_needed_columns_is_refused_whole(world, server_settings,
                                                            tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("客户,备注\n张三,x\n", encoding="utf-8")
    assert _run(path, server_settings) == 1
    err = capsys.readouterr().err
    assert "missing: month/月份" in err and "outpatient/门诊量" in err


def test_a_rep_writes_figures_of_their_territory_only(world, engine):
    tag = uuid.uuid4().hex[:6]
    mine = world.customer(world.rep_a, name=f"医院{tag}", territory_id=world.t1)
    theirs = world.customer(world.rep_b, name=f"医院B{tag}", territory_id=world.t2)
    [ok] = world.rep_a.push(mutation("customer_metric", customer_id=mine["id"],
                                     territory_id=world.t1, period="2026-04",
                                     drug_class="降压药", total_prescriptions=10,
                                     our_prescriptions=4))
    assert ok["status"] == "applied", ok
    assert _metrics(engine, mine["id"])[("2026-04", "降压药")].our_prescriptions == 4
    [refused] = world.rep_a.push(mutation("customer_metric", customer_id=theirs["id"],
                                          territory_id=world.t1, period="2026-04",
                                          outpatient_volume=5))
    assert refused["status"] == "rejected"
    assert _metrics(engine, theirs["id"]) == {}
    [invalid] = world.rep_a.push(mutation("customer_metric", customer_id=mine["id"],
                                          territory_id=world.t1, period="2026-05",
                                          total_prescriptions=3, our_prescriptions=9))
    assert invalid["status"] == "rejected" and "our_prescriptions" in invalid["reason"]


def test_customers_named_by_their_aliases(world, engine, server_settings, tmp_path, capsys):
    """A sales system that writes the hospital's nickname or its other name reaches the
    archive's customer through its stored alias, its doctor through the hospital's alias."""
    tag = uuid.uuid4().hex[:6]
    hospital = world.customer(world.rep_a, name=f"北京大学第三医院{tag}", city="北京",
                              alias=f"北医三院{tag};北三院{tag}", territory_id=world.t1)
    doctor = world.customer(world.rep_a, kind="doctor", name=f"赵敏{tag}",
                            organisation_id=hospital["id"], territory_id=world.t1)
    path = tmp_path / "aliases.csv"
    path.write_text("月份,客户,所属医院,城市,销售额\n"
                    f"2026-03,北医三院{tag},,北京,1200\n"
                    f"2026-03,赵敏{tag},北三院{tag},北京市,300\n", encoding="utf-8")
    assert _run(path, server_settings) == 0, capsys.readouterr().out
    assert _metrics(engine, hospital["id"])[("2026-03", None)].sales_amount == 1200
    assert _metrics(engine, doctor["id"])[("2026-03", None)].sales_amount == 300
