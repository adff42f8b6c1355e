"""Every screen and dialog fits the laptop screens reps have (1280×800, 1366×768) in both
languages, over demo data that looks like the field: nothing a person reads is cut off."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
import shiboken6
from fit import cut_off, elided_cells
from PySide6.QtWidgets import QApplication

from desktop.demo.generator import DemoSpec
from desktop.demo.loader import load_into_store

SIZES = [(1280, 800), (1366, 768)]


@pytest.fixture(scope="module", autouse=True)
def product_font(qapp):
    """The fit is measured in the font Rounds is laid out with (the .deb depends on it):
    without it Latin text falls back to the wider DejaVu Sans and the figures mean nothing."""
    from PySide6.QtGui import QFontDatabase

    assert "Noto Sans CJK SC" in QFontDatabase.families(), (
        "the Noto Sans CJK font is not installed: run `make system-deps` "
        "(apt-get install fonts-noto-cjk)")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from desktop.store.store import Store
    from tools.activity_screenshots import ensure_activities

    store = Store.open(tmp_path_factory.mktemp("fit") / "demo.sqlite3")
    load_into_store(store, DemoSpec(seed=11, customers=300))
    ensure_activities(store)  # one activity in each state, when the demo has none
    yield store
    store.close()


def _settle(qtbot, tasks=None) -> None:
    """Layouts done, and with `tasks` (a context's database thread) its reads in: a screen
    measured before its rows arrive would be judged on a half-filled layout."""
    if tasks is not None:
        qtbot.waitUntil(tasks.idle, timeout=30_000)
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


def _screens(window):
    """(name, show) for every screen and the customer detail's tabs."""
    from desktop.ui.customers.figures_tab import FIELDS
    from desktop.ui.main_window import VIEWS

    shots = [(key, lambda k=key: window.show_view(k)) for key, _t in VIEWS]
    customers = window.view("customers")

    def detail_tab(tab: int):
        window.show_view("customers")
        customers.table.setCurrentIndex(customers.model.index(0, 0))
        customers.detail.tabs.setCurrentIndex(tab)

    shots += [(f"customer tab {i}", lambda i=i: detail_tab(i))
              for i in range(customers.detail.tabs.count())]
    figures = customers.detail.metrics_panel

    def chart(key: str):
        detail_tab(customers.detail.tabs.indexOf(figures))
        figures.chart_combo.setCurrentIndex(figures.chart_combo.findData(key))

    shots += [(f"customer figures {key}", lambda k=key: chart(k)) for key in FIELDS]
    return shots


def _shown_window(qtbot, store, tmp_path, languages, size):
    """The app's main window on `store`, at `size`, shown and exposed."""
    from desktop.ui.app import build_window
    from desktop.ui.common.ui_settings import UiSettings

    window = build_window(store, UiSettings.in_folder(tmp_path / "config"), languages=languages)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_fits_without_cut_off_text(qtbot, demo_store, tmp_path, languages,
                                                language, size):
    languages.switch(language)
    window = _shown_window(qtbot, demo_store, tmp_path, languages, size)
    problems = []
    detail = window.view("customers").detail
    for name, show in _screens(window):
        show()
        qtbot.waitUntil(lambda: not detail.waiting(), timeout=30_000)  # the customer shown
        _settle(qtbot, window.context.tasks)
        assert window.width() == size[0], f"{name} forces the window wider than {size[0]}px"
        room, wanted = window.nav.viewport().width(), window.nav.sizeHintForColumn(0)
        if room < wanted:
            problems.append(f"{name}: the navigation's items want {wanted} px, it has {room}")
        problems += [f"{name}: {p}" for p in cut_off(window)]
    window.close()
    assert not problems, "cut off:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def app_demo_store(tmp_path_factory):
    """The demo `make run` and the screenshots show (its default size and seed), on the day
    the tests' clock says in Beijing."""
    from uihelpers import NOW

    from desktop.demo.generator import TIME_ZONE
    from desktop.store.store import Store

    store = Store.open(tmp_path_factory.mktemp("fit") / "app-demo.sqlite3")
    day = NOW.astimezone(ZoneInfo(TIME_ZONE)).date()
    load_into_store(store, DemoSpec(today=day))
    yield store
    store.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_today_shows_every_cell_whole(qtbot, app_demo_store, tmp_path, languages, language,
                                      size):
    """Today is read at a glance: no name, objective, kind, PV clock or target is cut to
    "石家庄市…中医医院" in any of its four lists, and none scrolls sideways."""
    from desktop.demo.generator import TIME_ZONE
    from desktop.domain import local_time

    languages.switch(language)
    with local_time.fixed(zone=TIME_ZONE):  # the demo's clock, as the screenshots show it
        window = _shown_window(qtbot, app_demo_store, tmp_path, languages, size)
        window.show_view("today")
        today = window.view("today")
        qtbot.waitUntil(window.context.tasks.idle, timeout=30_000)  # its lists read
        _settle(qtbot)
        assert window.width() == size[0]
        assert all(model.rowCount() for model in (today.planned_model, today.complaint_model,
                                                   today.overdue_model)), "the demo fills Today"
        problems = [f"{key}: {p}" for key, table in today.tables.items()
                    for p in elided_cells(table)]
        window.close()
    assert not problems, "cut off on Today:\n" + "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_complaints_list_shows_each_kind_and_status_whole(qtbot, app_demo_store, tmp_path,
                                                              languages, language, size):
    """The complaint list beside its detail: "Suspected adverse reaction" was cut to
    "Suspec…action" in English at 1280 px, and the status scrolled out of sight. Names may
    elide (their tooltip holds them); the kind, the clock and the status may not."""
    from desktop.demo.generator import TIME_ZONE
    from desktop.domain import local_time
    from desktop.ui.complaints.view import COMPLAINT_COLUMNS

    languages.switch(language)
    names = [c.title for c in COMPLAINT_COLUMNS]
    whole = [names.index(n) for n in ("Deadline", "Time left", "Kind", "Status")]
    with local_time.fixed(zone=TIME_ZONE):
        window = _shown_window(qtbot, app_demo_store, tmp_path, languages, size)
        view = window.show_view("complaints")
        _settle(qtbot, window.context.tasks)
        qtbot.waitUntil(lambda: view.model.rowCount() > 0)
        _settle(qtbot)
        kinds = {view.model.row_at(r).kind for r in range(view.model.rowCount())}
        assert "adverse_reaction" in kinds, "the demo has suspected adverse reactions"
        problems = elided_cells(view.table, columns=whole)
        problems += [f"the {names[c]} column is left out" for c in whole
                     if view.table.isColumnHidden(c)]
        problems += cut_off(view)
        window.close()
    assert not problems, "cut off in the complaint list:\n" + "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_customer_detail_shows_every_tab(qtbot, app_demo_store, tmp_path, languages,
                                             language, size):
    """The busiest doctor's detail (its tabs counting calls, follow-ups and complaints):
    "Complaints (2)" lay behind the tab bar's scroll buttons in English at 1280 px."""
    from sqlalchemy import func, select

    from desktop.models import Customer, Visit
    from tools.screenshots import _busiest_customer

    with app_demo_store.read() as s:
        busiest = s.execute(
            select(Visit.customer_id).join(Customer, Customer.id == Visit.customer_id)
            .where(Customer.kind == "doctor").group_by(Visit.customer_id)
            .order_by(func.count().desc()).limit(1)).scalar_one()
    languages.switch(language)
    window = _shown_window(qtbot, app_demo_store, tmp_path, languages, size)
    customers = window.show_view("customers")
    detail = customers.detail
    problems = []
    for customer in (_busiest_customer(app_demo_store, "doctor"), busiest):
        customers.select_customer(customer)
        qtbot.waitUntil(lambda: not detail.waiting(), timeout=30_000)
        for tab in range(detail.tabs.count()):
            detail.tabs.setCurrentIndex(tab)
            _settle(qtbot, window.context.tasks)
            assert window.width() == size[0]
            problems += [f"{detail.tabs.tabText(tab)}: {p}" for p in cut_off(detail)]
    window.close()
    assert not problems, "cut off in the customer detail:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_team_view_shows_every_cell_whole(qtbot, app_demo_store, tmp_path, languages,
                                              language):
    """The manager's team view beside the navigation: "2 · 1 overdue · next 11/30/26
    2:24 PM" under Open complaints was cut in English at 1280 px; it wraps instead."""
    from desktop.demo.generator import DEMO_USERS, TIME_ZONE
    from desktop.domain import local_time
    from desktop.domain.identity import Identity
    from desktop.ui.context import AppContext
    from desktop.ui.plans.hub import PlansHub

    languages.switch(language)
    boss = DEMO_USERS[0]
    manager = Identity(boss["id"], "manager", boss["region_id"], tuple(boss["territory_ids"]),
                       boss["display_name"])
    problems, overdue = [], []
    context = AppContext(app_demo_store, _settings_in(tmp_path))
    with local_time.fixed(zone=TIME_ZONE):
        for width, height in SIZES:
            hub = PlansHub(context, identity=manager)
            hub.resize(width - 176, height - 60)
            hub.show()
            hub.show_tab("team")
            _settle(qtbot, context.tasks)
            model = hub.team.model
            overdue += [r for r in range(model.rowCount())
                        if "overdue" in model.index(r, 8).data()
                        or "逾期" in model.index(r, 8).data()]
            problems += [f"{width}x{height}: {p}" for p in elided_cells(hub.team.table)]
            qtbot.waitUntil(context.tasks.idle)
            shiboken6.delete(hub)  # nothing reads on the context's thread after it stops
    assert context.tasks.shutdown()
    assert overdue, "the demo has complaints past their deadline"
    assert not problems, "cut off in the team view:\n" + "\n".join(problems)


def _settings_in(folder):
    from desktop.ui.common.ui_settings import UiSettings

    return UiSettings.in_folder(folder / "config")


def _dialogs(window, tmp_path):
    """(name, make) for every dialog a person meets; `make()` returns it shown."""
    from desktop.domain.identity import Identity
    from desktop.ui.customers.figures_dialog import FiguresDialog
    from desktop.ui.customers.picker_dialog import CustomerPicker
    from desktop.ui.first_run.dialog import FirstRunDialog
    from desktop.ui.plans.plan_panel import ItemDialog
    from desktop.ui.plans.targets_dialog import TargetsDialog
    from desktop.ui.sync.login_dialog import LoginDialog

    customers = window.view("customers")
    doctor = customers.model.row_at(0).id if customers.model.rowCount() else ""

    def call_report():
        window.new_call_report(doctor, "")
        return window.dialog

    def complaint():
        window.new_complaint(doctor)
        window.dialog.kind_combo.set_value("adverse_reaction")
        window.dialog.save()  # shows what is still missing
        return window.dialog

    def customer_form():
        window.show_view("customers")
        customers.detail.create_customer()
        form = customers.detail.form_dialog
        form.kind_combo.set_value("doctor")
        form.save()  # every error shown
        return form

    def first_run(page):
        def make():
            dialog = FirstRunDialog("en")
            for _ in range(page):
                dialog.next_button.click()
            return dialog
        return make

    manager = Identity("m", "manager", None, (), "")
    def figures():
        dialog = FiguresDialog(window.context, doctor, window)
        dialog.save()  # every error shown
        return dialog

    return [("call report", call_report), ("complaint", complaint), ("figures", figures),
            ("customer form", customer_form),
            ("customer picker", lambda: CustomerPicker(window.context, window)),
            ("sign in", lambda: LoginDialog(tmp_path, "https://rounds.example.com")),
            ("plan item", lambda: ItemDialog("心血管内科 · 华中科技大学同济医学院附属协和医院（西院）",
                                             "08:30-10:00", "介绍新适应证", window)),
            ("targets", lambda: TargetsDialog(window.context, manager, window)),
            *_activity_dialogs(window),
            *[(f"welcome page {i + 1}", first_run(i)) for i in range(3)]]


def _activity_dialogs(window):
    """The activity editor on each of its tabs, the day's check-in on each of its tabs, and
    the walk-in dialog."""
    activities = window.view("activities").activities
    rows = activities.model.rows()
    draft = next(r.id for r in rows if r.status == "draft")
    held = next(r.id for r in rows if r.status == "held")

    def editor(tab):
        def make():
            activities.edit_activity(draft)
            activities.dialog.tabs.setCurrentIndex(tab)
            return activities.dialog
        return make

    def check_in(tab):
        def make():
            activities.open_check_in(held)
            activities.dialog.tabs.setCurrentIndex(tab)
            return activities.dialog
        return make

    def walk_in():
        from desktop.ui.activities.checkin_dialog import WalkInDialog

        return WalkInDialog([], window)

    return [*[(f"activity editor tab {i}", editor(i)) for i in range(3)],
            *[(f"activity check-in tab {i}", check_in(i)) for i in range(2)],
            ("walk-in", walk_in)]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_dialog_fits_the_screen_without_cut_off_text(qtbot, demo_store, tmp_path,
                                                           languages, language):
    from desktop.ui.app import build_window
    from desktop.ui.common.ui_settings import UiSettings

    languages.switch(language)
    window = build_window(demo_store, UiSettings.in_folder(tmp_path / "config"),
                          languages=languages)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = []
    for name, make in _dialogs(window, tmp_path):
        dialog = make()
        dialog.show()
        _settle(qtbot, window.context.tasks)
        size = dialog.size()
        if size.width() > 1280 or size.height() > 760:
            problems.append(f"{name}: {size.width()}x{size.height()} does not fit 1280x800")
        problems += [f"{name}: {p}" for p in cut_off(dialog)]
        dialog.close()
        dialog.deleteLater()
    window.close()
    assert not problems, "cut off:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_managers_screens_fit(qtbot, demo_store, tmp_path, languages, language):
    from desktop.demo.generator import DEMO_USERS
    from desktop.domain.identity import Identity
    from desktop.ui.app import build_window
    from desktop.ui.common.ui_settings import UiSettings
    from desktop.ui.plans.hub import PlansHub

    languages.switch(language)
    window = build_window(demo_store, UiSettings.in_folder(tmp_path / "config"),
                          languages=languages)
    qtbot.addWidget(window)
    boss = DEMO_USERS[0]
    manager = Identity(boss["id"], "manager", boss["region_id"], tuple(boss["territory_ids"]),
                       boss["display_name"])
    problems = []
    for width, height in SIZES:
        hub = PlansHub(window.context, identity=manager)
        qtbot.addWidget(hub)
        hub.resize(width - 176, height - 60)  # the room beside the navigation
        hub.show()
        for tab in ("approvals", "team"):
            hub.show_tab(tab)
            _settle(qtbot, window.context.tasks)
            if hub.width() > width - 176:
                problems.append(f"{tab} forces {hub.width()}px at {width}x{height}")
            problems += [f"{tab} at {width}x{height}: {p}" for p in cut_off(hub)]
        hub.close()
        problems += _region_activities_fit(qtbot, window, manager, width, height)
        problems += _desk_fit(qtbot, window, manager, width, height)
    window.close()
    assert not problems, "cut off:\n" + "\n".join(problems)


def _hub_fit(qtbot, context, hub, name: str, width, height, steps) -> list[str]:
    """`hub` in the room beside the navigation, after each of `steps` ((what, do)), its
    reads done: nothing cut off and nothing forcing the window wider."""
    qtbot.addWidget(hub)
    hub.resize(width - 176, height - 60)
    hub.show()
    problems = []
    for what, do in steps:
        do()
        qtbot.waitUntil(context.tasks.idle, timeout=30_000)
        _settle(qtbot)
        if hub.width() > width - 176:
            problems.append(f"{name} {what} forces {hub.width()}px at {width}x{height}")
        problems += [f"{name} {what} at {width}x{height}: {p}" for p in cut_off(hub)]
    hub.close()
    return problems


def _desk_fit(qtbot, window, manager, width, height) -> list[str]:
    """The manager's Desk on each tab, and each level of its drill-down."""
    from desktop.ui.desk.hub import DeskHub

    hub = DeskHub(window.context, identity=manager)
    drill = hub.pages["drill"]
    quotas = hub.pages["quotas"]  # achievement, and a rep's hospitals split and achieved
    steps = [(key, lambda k=key: hub.show_tab(k)) for key in hub.pages]
    steps += [(f"drill {level}", lambda: drill.open_row(0)) for level in ("rep", "customer")]
    steps += [("quotas achievement", lambda: (hub.show_tab("quotas"),
                                              quotas.pages.setCurrentIndex(1))),
              ("quotas hospitals achievement", lambda: quotas.split_combo.setCurrentIndex(1)),
              ("quotas hospitals split", lambda: quotas.pages.setCurrentIndex(0))]
    return _hub_fit(qtbot, window.context, hub, "desk", width, height, steps)


def _region_activities_fit(qtbot, window, manager, width, height) -> list[str]:
    """The manager's activities on each tab (activity, evaluation, chart)."""
    from desktop.ui.activities.hub import ActivitiesHub

    hub = ActivitiesHub(window.context, identity=manager)
    tabs = hub.region.tabs
    steps = [(f"tab {t}", lambda t=t: tabs.setCurrentIndex(t)) for t in range(tabs.count())]
    return _hub_fit(qtbot, window.context, hub, "activities", width, height, steps)
