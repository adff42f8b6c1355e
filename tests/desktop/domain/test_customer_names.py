"""The display name of a customer: a department carries its hospital, nobody else changes."""

from __future__ import annotations

from sqlmodel import select

from desktop.domain.customer_names import (
    display_name,
    display_name_of,
    display_name_sql,
    display_names,
)
from desktop.models import Customer


def test_a_department_carries_its_hospital():
    assert display_name("心内科", "department", "北京协和医院") == "心内科 · 北京协和医院"
    assert display_name("心内科", "department", None) == "心内科"  # not yet placed
    assert display_name("张伟", "doctor", "北京协和医院") == "张伟"
    assert display_name("北京协和医院", "hospital", None) == "北京协和医院"


def test_the_store_gives_the_same_names_in_sql(store):
    with store.write() as w:
        xiehe = w.create(Customer, kind="hospital", name="北京协和医院")
        cardio = w.create(Customer, kind="department", name="心内科", organisation_id=xiehe.id)
        doctor = w.create(Customer, kind="doctor", name="张伟", organisation_id=xiehe.id,
                          department_id=cardio.id)
    with store.read() as s:
        names = display_names(s, [xiehe.id, cardio.id, doctor.id, None, "nobody"])
        by_sql = dict(s.exec(select(Customer.id, display_name_sql())).all())
    assert names == {xiehe.id: "北京协和医院", cardio.id: "心内科 · 北京协和医院",
                     doctor.id: "张伟"}
    assert by_sql == names
    assert display_name_of(store, cardio.id) == "心内科 · 北京协和医院"
    assert display_name_of(store, None) == ""
