"""Marking a customer lost from the customer's detail: refused without a reason (nothing
saved), recorded with the reason, the moment and the note, queued for the server."""

from __future__ import annotations

from quotahelpers import outbox
from sqlmodel import select

from desktop.models import Customer


def lost_row(store, customer_id):
    with store.read() as s:
        return s.exec(select(Customer).where(Customer.id == customer_id)).one()


def test_mark_lost_refuses_without_a_reason_and_records_it_with_one(qtbot, context, region,
                                                                    store):
    from desktop.ui.customers.detail import CustomerDetail

    detail = CustomerDetail(context)
    qtbot.addWidget(detail)
    detail.show_customer(region.first)
    assert detail.lost_button.isEnabled()
    detail.mark_lost()
    dialog = detail.lost_dialog
    assert dialog.isVisible() and "第一医院" in dialog.windowTitle()

    assert not dialog.save()  # no reason chosen
    assert dialog.message.isVisible() and "Choose why the customer was lost" in \
        dialog.message.text()
    assert lost_row(store, region.first).lifecycle_stage != "lost"

    dialog.reason_combo.set_value("price")
    dialog.note_edit.setPlainText("招标价格低于我方")
    assert dialog.save()
    row = lost_row(store, region.first)
    assert (row.lifecycle_stage, row.lost_reason) == ("lost", "price")
    assert row.lost_at is not None and row.lost_at.date().isoformat() == "2026-11-05"
    assert row.notes.endswith("[2026-11-05 lost: price] 招标价格低于我方")
    assert any(e.changes.get("lost_reason") == "price" for e in outbox(store, "customer"))

    # The detail says so, and the customer cannot be marked lost twice.
    assert "Price" in detail.subtitle_label.text()
    assert not detail.lost_button.isEnabled()
