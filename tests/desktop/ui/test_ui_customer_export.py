"""The customers view's Export…: what the search and filters select goes to the .xlsx the
person picks in the save dialog, in the interface's language, written on the database thread;
a message says how many customers went where, or why none did."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.domain.customer_sheet import COLUMNS


def answer_save_dialog(monkeypatch, path) -> list:
    """The save dialog answers `path` (as a person picking it would); returns what it asked."""
    asked = []

    def pick(parent, caption, name, filters):
        asked.append((caption, name, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    return asked


def exported_names(path, name_header="Name") -> set[str]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    column = rows[0].index(name_header)
    return {row[column] for row in rows[1:]}


def test_export_writes_exactly_the_filtered_customers(qtbot, window, territory, tmp_path,
                                                      monkeypatch):
    view = window.show_view("customers")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("doctor"))
    view.tier_combo.setCurrentIndex(view.tier_combo.findData("A"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    asked = answer_save_dialog(monkeypatch, tmp_path / "doctors")  # typed without suffix
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked and "xlsx" in asked[0][2]
    qtbot.waitUntil(lambda: "exported" in view.message.text(), timeout=5000)
    path = tmp_path / "doctors.xlsx"
    assert view.message.text().startswith("1 customer") and str(path) in view.message.text()
    assert exported_names(path) == {"张伟"}
    assert view.export_button.isEnabled()

    view.kind_combo.setCurrentIndex(0)
    view.tier_combo.setCurrentIndex(0)
    view.search_edit.setText("协和")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)  # the hospital and its people
    view.export_to(tmp_path / "xiehe.xlsx")
    qtbot.waitUntil(lambda: "xiehe.xlsx" in view.message.text(), timeout=5000)
    assert view.message.text().startswith("4 customer")
    assert exported_names(tmp_path / "xiehe.xlsx") == {
        view.model.row_at(i).name for i in range(4)}


def test_export_is_in_the_interface_language(qtbot, bilingual_window, territory, tmp_path,
                                             languages):
    languages.switch("zh_CN")
    bilingual_window.retranslate_ui()
    view = bilingual_window.show_view("customers")
    view.export_to(tmp_path / "客户.xlsx")
    qtbot.waitUntil(lambda: "客户.xlsx" in view.message.text(), timeout=5000)
    header = next(load_workbook(tmp_path / "客户.xlsx").active.iter_rows(values_only=True))
    assert list(header[:len(COLUMNS)]) == [c.chinese for c in COLUMNS]
    assert exported_names(tmp_path / "客户.xlsx", "名称") >= {"北京协和医院", "张伟"}


def test_a_file_that_cannot_be_written_is_explained(qtbot, window, territory, tmp_path):
    view = window.show_view("customers")
    view.export_to(tmp_path / "no-such-folder" / "customers.xlsx")
    qtbot.waitUntil(lambda: "Could not write" in view.message.text(), timeout=5000)
    assert "choose another folder" in view.message.text()
    assert view.export_button.isEnabled()
