"""`rounds-server export customers`: a territory's or a region's customers to .xlsx with
every column the import reads and the latest figures; an unknown or missing territory or
region is refused. Customers are pushed through the server's API by the reps, as in use."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop.domain.customer_sheet import COLUMNS
from server.cli import main
from tests.server.helpers import mutation


def sheet_rows(path) -> list[dict]:
    """The file's rows as {header: value}, empty cells left out."""
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return [{h: v for h, v in zip(rows[0], row, strict=True) if v is not None}
            for row in rows[1:]]


def export(server_settings, *args) -> int:
    return main(["export", "customers", *args, "--db", server_settings.db_url])


def code(world) -> str:
    """This test's customer code: leading zeros (a spreadsheet must keep them), unique in the
    session's database (codes identify customers across territories)."""
    return f"00{int(world.tag, 16) % 10**6:06d}"


@pytest.fixture
def archive(world):
    """Rep A: a hospital with a doctor and two months of the doctor's figures; rep B (same
    region): a pharmacy; a rep of another region: a hospital."""
    hospital = world.customer(world.rep_a, name=f"武汉协和医院{world.tag}", code=code(world),
                              phone="027-85726114", grade="3A")
    doctor = world.customer(world.rep_a, kind="doctor", name=f"张伟{world.tag}",
                            organisation_id=hospital["id"], gender="male")
    for period, drug_class, total, ours, sales in (("2026-09", "他汀", 500, 50, 100.0),
                                                    ("2026-10", "他汀", 300, 60, 200.0),
                                                    ("2026-10", "降压", 100, 40, 50.5)):
        [done] = world.rep_a.push(mutation(
            "customer_metric", customer_id=doctor["id"], period=period, drug_class=drug_class,
            total_prescriptions=total, our_prescriptions=ours, sales_amount=sales))
        assert done["status"] == "applied", done
    world.customer(world.rep_b, kind="pharmacy", name=f"大参林药店{world.tag}",
                   dedicated_counter=True)
    world.customer(world.foreign_rep, name=f"外区医院{world.tag}")
    return world


def test_export_by_territory_has_its_customers_and_their_latest_figures(
        archive, server_settings, tmp_path, capsys):
    out = tmp_path / "t1.xlsx"
    assert export(server_settings, "--territory", f"T1-{archive.tag}", "--out", str(out)) == 0
    assert f"exported 2 customers of territory T1-{archive.tag}" in capsys.readouterr().out
    hospital, doctor = sheet_rows(out)  # organisations first
    assert hospital["名称"] == f"武汉协和医院{archive.tag}" and hospital["医院级别"] == "三级甲等"
    assert hospital["客户编码"] == code(archive) and hospital["电话"] == "027-85726114"
    assert doctor["所属机构"] == hospital["名称"] and doctor["性别"] == "男"
    assert "医院级别" not in doctor  # a hospital's column stays empty for a doctor
    # the latest month, summed over its drug classes; share = ours / total
    assert doctor["最新数据月份"] == "2026-10"
    assert (doctor["处方总量"], doctor["我方处方量"]) == (400, 100)
    assert doctor["处方比例"] == pytest.approx(0.25) and doctor["销售额"] == pytest.approx(250.5)
    assert "最新数据月份" not in hospital  # no figures: empty


def test_export_by_region_has_every_territory_of_the_region_in_english(
        archive, server_settings, tmp_path):
    out = tmp_path / "region.xlsx"
    assert export(server_settings, "--region", f"R-{archive.tag}", "--lang", "en",
                  "--out", str(out)) == 0
    header = next(load_workbook(out).active.iter_rows(values_only=True))
    assert list(header[:len(COLUMNS)]) == [c.english for c in COLUMNS]
    rows = sheet_rows(out)
    assert {r["Name"] for r in rows} == {f"武汉协和医院{archive.tag}", f"张伟{archive.tag}",
                                         f"大参林药店{archive.tag}"}  # not the other region's
    pharmacy = next(r for r in rows if r["Kind"] == "pharmacy")
    assert pharmacy["Dedicated counter"] == "yes"
    assert next(r for r in rows if r["Kind"] == "hospital")["Hospital grade"] == "3A"


def test_unknown_territory_or_region_is_refused(archive, server_settings, tmp_path, capsys):
    out = tmp_path / "none.xlsx"
    assert export(server_settings, "--territory", "没有这个片区", "--out", str(out)) == 1
    assert "There is no territory '没有这个片区'" in capsys.readouterr().err
    assert export(server_settings, "--region", "NOWHERE", "--out", str(out)) == 1
    assert "There is no region 'NOWHERE'" in capsys.readouterr().err
    assert not out.exists()


def test_territory_or_region_is_required(server_settings, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        export(server_settings, "--out", str(tmp_path / "x.xlsx"))
    assert exited.value.code == 2
    assert "one of the arguments --territory --region is required" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_an_exported_file_imports_back_unchanged(archive, server_settings, tmp_path, capsys,
                                                 language):
    out = tmp_path / f"round-trip-{language}.xlsx"
    territory = f"T1-{archive.tag}"
    assert export(server_settings, "--territory", territory, "--lang", language,
                  "--out", str(out)) == 0
    capsys.readouterr()
    main(["import", "customers", str(out), "--territory", territory, "--update",
          "--db", server_settings.db_url])
    report = capsys.readouterr().out
    assert "imported 0, updated 0, unchanged 2, rejected 0, duplicates 0" in report, report


def test_an_edited_export_changes_exactly_the_edited_fields(archive, server_settings,
                                                            tmp_path, capsys):
    """The office's round trip: export, correct a few cells in the spreadsheet, import with
    --update. The rep's laptop receives exactly those fields changed; nothing is copied."""
    territory = f"T1-{archive.tag}"
    out = tmp_path / "to-correct.xlsx"
    assert export(server_settings, "--territory", territory, "--out", str(out)) == 0
    rows_before, _removals, _scope, cursor = archive.rep_a.pull_all()
    book = load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    column = {title: index + 1 for index, title in enumerate(header)}
    sheet.cell(2, column["电话"]).value = "（027）85726114、85726015"
    sheet.cell(2, column["床位数"]).value = 1200
    sheet.cell(2, column["药事委员会"]).value = "王主任；李药师"
    sheet.cell(3, column["职称"]).value = "主任医师"
    sheet.cell(3, column["最佳致电时间"]).value = "周二下午门诊后"
    book.save(out)
    capsys.readouterr()

    assert main(["import", "customers", str(out), "--territory", territory, "--update",
                 "--db", server_settings.db_url]) == 0
    report = capsys.readouterr().out
    assert "imported 0, updated 2, unchanged 0, rejected 0, duplicates 0" in report, report
    assert "ignored columns" not in report  # the figure columns are read-only, not unknown

    changed, _removals, _scope, _cursor = archive.rep_a.pull_all(cursor)
    customers = {row["name"]: row for (table, _id), row in changed.items()
                 if table == "customer"}
    hospital = customers[f"武汉协和医院{archive.tag}"]
    doctor = customers[f"张伟{archive.tag}"]
    old_hospital = rows_before[("customer", hospital["id"])]
    old_doctor = rows_before[("customer", doctor["id"])]
    meta = {"revision", "updated_at"}

    def edited(old, new):
        return {k: new[k] for k in new if k not in meta and new[k] != old.get(k)}

    assert edited(old_hospital, hospital) == {
        "phone": "(027)85726114、85726015", "bed_count": 1200, "drug_committee": "王主任；李药师"}
    assert edited(old_doctor, doctor) == {"title": "主任医师", "best_time_to_call": "周二下午门诊后"}
    assert len(customers) == 2  # no copy was made
