"""Monthly figures end to end against a live server: a file imported with
`rounds-server import metrics` reaches the rep's laptop at its next sync and the customer's
charts show its numbers and share; re-importing the month replaces them on the laptop too.
A rep's own entry made offline reaches the server; figures of another territory's customer
are refused."""

from __future__ import annotations

from desktop.domain import figures_entry
from desktop.domain.prescription_share import customer_figures
from desktop.models import CustomerMetric


def _a_doctor(server, territory_id: str) -> tuple[str, str, str, str]:
    """(id, name, hospital, latest month with figures) of a doctor of the territory whose
    name is the only one at their hospital."""
    return server.query(
        "SELECT d.id, d.name, h.name, max(m.period) FROM customer d "
        "JOIN customer h ON h.id = d.organisation_id "
        "JOIN customer_metric m ON m.customer_id = d.id AND m.deleted = 0 "
        "WHERE d.kind = 'doctor' AND d.territory_id = ? AND d.deleted = 0 AND "
        "(SELECT count(*) FROM customer o WHERE o.name = d.name AND o.deleted = 0) = 1 "
        "GROUP BY d.id, d.name, h.name ORDER BY d.name LIMIT 1", territory_id)[0]


def _write(path, month: str, name: str, hospital: str, ours: int) -> None:
    path.write_text("月份,客户,所属医院,药品类别,门诊量,处方总量,我方处方量\n"
                    f"{month},{name},{hospital},,321,,\n"
                    f"{month},{name},{hospital},降压药,,200,{ours}\n", encoding="utf-8")


def _chart(qtbot, rep, doctor: str, key: str) -> dict[str, float]:
    """The last point of each line of the customer's chart `key`, drawn from the laptop's
    store by the figures tab."""
    from desktop.ui.customers.figures_tab import FiguresTab

    tab = FiguresTab(context=None)
    qtbot.addWidget(tab)
    tab.set_figures(doctor, customer_figures(rep.store, doctor))
    tab.chart_combo.setCurrentIndex(tab.chart_combo.findData(key))
    return {line.name(): line.at(line.count() - 1).y() for line in tab.chart.series()}


def test_imported_figures_reach_the_laptop_and_a_reimport_replaces_them(server, make_client,
                                                                        tmp_path, qtbot):
    rep = make_client(server, "rep1")
    rep.sync()
    doctor, name, hospital, month = _a_doctor(server, rep.user["territory_ids"][0])
    before = customer_figures(rep.store, doctor)
    assert before.periods[-1] == month  # the demo's figures, drawn until now

    path = tmp_path / "figures.csv"
    _write(path, month, name, hospital, 50)
    out = server.cli("import", "metrics", str(path))
    assert "unchanged 0, rejected 0" in out
    rep.sync()
    figures = customer_figures(rep.store, doctor)
    [share] = [s for s in figures.share if s.drug_class == "降压药"]
    assert share.points[-1].value == 0.25
    assert figures.series["outpatient_volume"][0].points[-1].value == 321
    latest = {m.drug_class for m in figures.table if m.period == month}
    assert latest == {None, "降压药"}  # the month's other classes were replaced
    assert [s.drug_class for s in figures.share if s.points[-1].value is not None] == ["降压药"]
    assert _chart(qtbot, rep, doctor, "share")["降压药"] == 25.0
    assert _chart(qtbot, rep, doctor, "outpatient") == {"Customer total": 321}

    _write(path, month, name, hospital, 80)
    out = server.cli("import", "metrics", str(path))
    assert "imported 0, replaced 1, removed 0, unchanged 1, rejected 0" in out
    report = rep.sync()
    assert report.pulled == 1
    [share] = [s for s in customer_figures(rep.store, doctor).share if s.drug_class == "降压药"]
    assert share.points[-1].value == 0.4
    assert _chart(qtbot, rep, doctor, "share")["降压药"] == 40.0
    assert _chart(qtbot, rep, doctor, "prescriptions")["降压药: ours"] == 80


def test_a_rep_s_offline_entry_reaches_the_server_and_other_territories_are_refused(
        server, make_client):
    rep = make_client(server, "rep1")
    rep.sync()
    doctor, _name, _hospital, _month = _a_doctor(server, rep.user["territory_ids"][0])
    values = {"customer_id": doctor, "period": "2030-01", "drug_class": "调脂药",
              "product_id": None, **figures_entry.parse_figures(
                  {"total_prescriptions": "60", "our_prescriptions": "15"})[0]}
    row_id = figures_entry.save_figures(rep.store, values)  # offline: only the laptop has it
    [(theirs,)] = server.query("SELECT id FROM customer WHERE territory_id != ? AND "
                               "deleted = 0 LIMIT 1", rep.user["territory_ids"][0])
    rep.store.create(CustomerMetric, customer_id=theirs, period="2030-01",
                     outpatient_volume=5, territory_id=rep.user["territory_ids"][0])
    report = rep.sync()
    assert (report.pushed, report.rejected) == (1, 1)
    assert server.query("SELECT total_prescriptions, our_prescriptions, territory_id FROM "
                        "customer_metric WHERE id = ?", row_id) == [
        (60, 15, rep.user["territory_ids"][0])]
    assert server.query("SELECT count(*) FROM customer_metric WHERE customer_id = ? AND "
                        "period = '2030-01'", theirs) == [(0,)]
