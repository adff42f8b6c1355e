"""Data and windows of the complaint desks' UI tests: a team with a manager, a rep, a
complaint handler (qa) and a pharmacovigilance user (pv), complaints in known states, and the
main window opened as one of them (the identity a sign-in leaves in the store)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from desktop.domain.identity import USER_STATE_KEY
from desktop.models import Complaint, ComplaintEvent, TeamMember, Territory

REGION = "reg-1"
PEOPLE = {  # id: (role, display name)
    "mgr-1": ("manager", "王经理"),
    "rep-1": ("rep", "李代表"),
    "qa-1": ("qa", "陈质量"),
    "qa-2": ("qa", "赵质量"),
    "pv-1": ("pv", "周药警"),
}


def seed_team(store) -> None:
    """The people, and the region of the test territory (a handler works for a region)."""
    with store.write() as w:
        w.create(Territory, id="terr-1", name="北京东区", code="BJ-E", region_id=REGION,
                 territory_id="terr-1")
        for user_id, (role, name) in PEOPLE.items():
            w.create(TeamMember, id=user_id, username=user_id, display_name=name, role=role,
                     region_id=REGION)


def sign_in_as(store, user_id: str) -> None:
    """What a sign-in remembers: the user's id, role and region (works offline after)."""
    role, name = PEOPLE[user_id]
    store.set_state(USER_STATE_KEY, json.dumps({
        "id": user_id, "role": role, "region_id": REGION, "display_name": name,
        "territory_ids": ["terr-1"] if role == "rep" else []}))


def add_complaint(store, territory, *, kind: str = "quality", status: str = "captured",
                  received: datetime, deadline: datetime, assigned_to: str | None = None,
                  **extra) -> str:
    with store.write() as w:
        c = w.create(Complaint, customer_id=territory.doctor, product_id=territory.product,
                     kind=kind, severity="medium", channel="visit",
                     description=extra.pop("description", "包装破损"), received_at=received,
                     committed_deadline=deadline, status=status,
                     assigned_to_user_id=assigned_to, captured_by_user_id="rep-1",
                     territory_id="terr-1", **extra)
        w.create(ComplaintEvent, complaint_id=c.id, to_status="captured", at=received,
                 territory_id="terr-1")
        return c.id


def add_adr_case(store, territory, day0: datetime, **extra) -> str:
    """A suspected adverse reaction captured at Day 0 (no PV receipt yet)."""
    return add_complaint(
        store, territory, kind="adverse_reaction", received=day0,
        deadline=day0 + timedelta(hours=24), day0_at=day0, patient_identifier="W.Z.",
        patient_age=54, patient_sex="female", lot="B2026-11", reporter_name="张伟",
        event_description="服药两小时后全身皮疹", description="疑似不良反应", **extra)


def open_window(qtbot, store, ui_settings, user_id: str | None):
    """The main window of `user_id` (None: nobody signed in, the demo's rep)."""
    from desktop.ui.app import build_window

    if user_id is not None:
        sign_in_as(store, user_id)
    w = build_window(store, ui_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def nav_keys(window) -> list[str]:
    """The screens the navigation offers (its visible rows)."""
    from desktop.ui.main_window import VIEWS

    return [key for row, (key, _t) in enumerate(VIEWS) if not window.nav.isRowHidden(row)]
