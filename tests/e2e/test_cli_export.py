"""`rounds export customers` as IT or a rep runs it: signed in to a live server and synced,
then offline, the signed-in rep's customers (and no other territory's) go to an .xlsx in the
chosen language, each value written the way its column is read back."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

from openpyxl import load_workbook
from sqlmodel import select

from desktop.domain.customer_sheet import COLUMNS
from desktop.models import Customer, CustomerMetric
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.account import last_account
from tests.e2e.conftest import DEMO_PASSWORD
from tests.servers import checkout_env


def rounds(env, *args, input=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def import_customers(server, tmp_path, territory: str, *names: str) -> None:
    path = tmp_path / f"{territory}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "类型", "城市"])
        writer.writerows([name, "药店", "北京"] for name in names)
    server.cli("import", "customers", str(path), "--territory", territory)


def sheet(path):
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return list(rows[0]), [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_export_writes_the_signed_in_reps_customers_offline(server, tmp_path):
    import_customers(server, tmp_path, "HB-BJ", "北京导出药店")
    import_customers(server, tmp_path, "HB-TJ", "天津专属药店")
    env = checkout_env({**os.environ, "ROUNDS_DATA_DIR": str(tmp_path / "data")})
    login = rounds(env, "login", "--server", server.url, "--username", "rep1",
                   "--password-stdin", input=DEMO_PASSWORD + "\n")
    assert login.returncode == 0, login.stderr
    assert rounds(env, "sync").returncode == 0
    server.stop()  # from here on: offline

    paths = app_paths(tmp_path / "data")
    store = Store.open(paths.store_file(last_account(paths, server.url).name))
    with store.write() as w:
        hospital = w.create(Customer, kind="hospital", name="导出测试医院", code="00123",
                            phone="027-85726114", grade="3A")
        doctor = w.create(Customer, kind="doctor", name='=HYPERLINK("http://x","y")',
                          organisation_id=hospital.id, gender="male")
        w.create(Customer, kind="pharmacy", name="导出专柜药店", dedicated_counter=True)
        for drug_class, total, ours in (("他汀", 200, 30), ("降压", 200, 70)):
            w.create(CustomerMetric, customer_id=doctor.id, period="2026-10",
                     drug_class=drug_class, total_prescriptions=total, our_prescriptions=ours,
                     sales_amount=1000.0)
    with store.read() as session:
        local_names = set(session.exec(select(Customer.name).where(
            Customer.deleted == False)))  # noqa: E712
    store.close()

    zh = rounds(env, "export", "customers", "--out", str(tmp_path / "zh.xlsx"))
    assert zh.returncode == 0, zh.stderr
    assert zh.stdout == f"exported {len(local_names)} customers to {tmp_path / 'zh.xlsx'}\n"
    header, rows = sheet(tmp_path / "zh.xlsx")
    assert header[:len(COLUMNS)] == [c.chinese for c in COLUMNS]
    names = {r["名称"] for r in rows}
    assert names == local_names and "北京导出药店" in names
    assert "天津专属药店" not in names  # another territory's customer
    by_name = {r["名称"]: r for r in rows}
    hospital_row = by_name["导出测试医院"]
    assert (hospital_row["医院级别"], hospital_row["客户编码"], hospital_row["电话"]) == (
        "三级甲等", "00123", "027-85726114")
    assert by_name["导出专柜药店"]["专柜"] == "是"
    doctor_row = by_name['=HYPERLINK("http://x","y")']
    assert (doctor_row["所属机构"], doctor_row["性别"]) == ("导出测试医院", "男")
    assert (doctor_row["最新数据月份"], doctor_row["处方总量"], doctor_row["我方处方量"],
            doctor_row["处方比例"], doctor_row["销售额"]) == ("2026-10", 400, 100, 0.25, 2000)

    en = rounds(env, "--data-dir", str(tmp_path / "data"), "export", "customers",
                "--lang", "en", "--out", str(tmp_path / "en.xlsx"))
    assert en.returncode == 0, en.stderr
    header, rows = sheet(tmp_path / "en.xlsx")
    assert header[:len(COLUMNS)] == [c.english for c in COLUMNS]
    by_name = {r["Name"]: r for r in rows}
    assert by_name["导出测试医院"]["Hospital grade"] == "3A"
    assert by_name["导出专柜药店"]["Dedicated counter"] == "yes"


def test_export_before_anyone_signed_in_says_how_to_sign_in(tmp_path):
    env = checkout_env({**os.environ, "ROUNDS_DATA_DIR": str(tmp_path / "data"),
                        "ROUNDS_SERVER_URL": "https://rounds.example.com"})
    result = rounds(env, "export", "customers", "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 2 and "rounds login" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()
