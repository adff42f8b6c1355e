"""Quotas end to end against a live server: the admin loads a region's yearly quota with
`rounds-server quota set`, the manager's laptop syncs, splits it over reps and then one rep's
hospitals in proportion to last year's sales (imported with `rounds-server import metrics`),
offline, and syncs; this year's sales are imported; achievement on the rep's and the
manager's laptops is what the figures give."""

from __future__ import annotations

from desktop.domain import quotas
from desktop.domain.identity import current_identity
from desktop.models import Customer
from tests.e2e.conftest import rows_of

LAST_YEAR, YEAR = 2030, 2031  # years the demo data leaves empty


def _hospitals(store, territory_id: str) -> list[str]:
    return sorted(r["id"] for r in rows_of(store, "customer", territory_id=territory_id).values()
                  if r["kind"] == "hospital")


def _figures(path, product: str, monthly: dict[str, int], year: int, months) -> None:
    lines = ["customer id,month,product,sales"]
    lines += [f"{customer},{year}-{m:02d},{product},{amount}"
              for customer, amount in monthly.items() for m in months]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _manager_with_a_region_quota(server, make_client):
    """The manager's laptop, synced after the administrator set the region's quota of one of
    our products for YEAR: (client, the manager's identity, the product's row)."""
    manager = make_client(server, "manager")
    manager.sync()
    boss = current_identity(manager.store)
    product = next(p for p in rows_of(manager.store, "product").values() if p["is_ours"])
    server.cli("quota", "set", "--year", str(YEAR), "--product", product["name"],
               "--region", boss.region_id, "--amount", "1200000")
    manager.sync()
    return manager, boss, product


def test_quota_split_offline_and_achievement_from_imported_sales(server, make_client, tmp_path):
    rep1, rep2, manager = (make_client(server, u) for u in ("rep1", "rep2", "manager"))
    me, other = (current_identity(c.store) for c in (rep1, rep2))
    # rep1 brings in a new hospital offline, beside the one of the demo data
    new = rep1.store.create(Customer, kind="hospital", name="武汉市第三医院",
                            territory_id=me.territory_ids[0])
    for client in (rep1, rep2, manager):
        client.sync()
    boss = current_identity(manager.store)
    h1a = _hospitals(rep1.store, me.territory_ids[0])[0]
    h1b = new.id if h1a != new.id else _hospitals(rep1.store, me.territory_ids[0])[1]
    h2 = _hospitals(rep2.store, other.territory_ids[0])[0]
    product = next(p for p in rows_of(manager.store, "product").values() if p["is_ours"])

    # Last year a month: rep1's hospitals 6 000 + 2 000, rep2's 4 000 (2/3 against 1/3).
    _figures(tmp_path / "last.csv", product["name"], {h1a: 6_000, h1b: 2_000, h2: 4_000},
             LAST_YEAR, range(1, 13))
    assert "rejected 0" in server.cli("import", "metrics", str(tmp_path / "last.csv"))
    out = server.cli("quota", "set", "--year", str(YEAR), "--product", product["name"],
                     "--region", boss.region_id, "--amount", "1440000")
    assert "01=120000.00" in out

    # The manager splits it offline: reps, then rep1's hospitals.
    manager.sync()
    reps = quotas.suggest_split(manager.store, region_id=boss.region_id, year=YEAR,
                                product_id=product["id"], level="rep")
    months = {line.target_id: line.months[1] for line in reps}
    assert (months[me.user_id], months[other.user_id]) == (80_000, 40_000)
    assert sum(months.values()) == 120_000
    quotas.allocate(manager.store, region_id=boss.region_id, year=YEAR, product_id=product["id"],
                    level="rep", amounts={line.target_id: line.months for line in reps})
    hospitals = quotas.suggest_split(manager.store, region_id=boss.region_id, year=YEAR,
                                     product_id=product["id"], level="hospital",
                                     rep_user_id=me.user_id)
    split = {line.target_id: line.months[1] for line in hospitals}
    assert (split[h1a], split[h1b]) == (60_000, 20_000)
    quotas.allocate(manager.store, region_id=boss.region_id, year=YEAR, product_id=product["id"],
                    level="hospital", amounts={line.target_id: line.months for line in hospitals})
    assert manager.sync().rejected == 0

    # This year's first quarter: rep1's hospitals 5 000 + 2 000, rep2's 6 000 a month.
    _figures(tmp_path / "this.csv", product["name"], {h1a: 5_000, h1b: 2_000, h2: 6_000},
             YEAR, (1, 2, 3))
    assert "rejected 0" in server.cli("import", "metrics", str(tmp_path / "this.csv"))
    rep1.sync()
    manager.sync()

    [own] = quotas.achievement(rep1.store, level="rep", year=YEAR, region_id=me.region_id,
                               product_id=product["id"], rep_user_id=me.user_id)
    assert (own.target_id, own.through, own.quota, own.sales) == (me.user_id, 3, 240_000, 21_000)
    assert own.forecast.run_rate == 84_000
    hospitals_seen = {a.target_id: (a.quota, a.sales) for a in quotas.achievement(
        rep1.store, level="hospital", year=YEAR, region_id=me.region_id,
        product_id=product["id"])}
    assert hospitals_seen[h1a] == (180_000, 15_000)
    [region] = quotas.achievement(manager.store, level="region", year=YEAR,
                                  region_id=boss.region_id, product_id=product["id"])
    assert (region.quota, region.sales) == (360_000, 39_000)
    by_rep = {a.target_id: a.rate for a in quotas.achievement(
        manager.store, level="rep", year=YEAR, region_id=boss.region_id, product_id=product["id"])}
    assert by_rep[other.user_id] == 18_000 / 120_000


def test_an_edited_split_saved_as_drafts_is_approved_on_the_server(make_server, make_client,
                                                                   tmp_path):
    """Where the company approves quotas: the quota screen's sheet, edited and saved as
    drafts offline, is accepted as drafts; the administrator approves the region's year and
    the manager's laptop shows the split approved, with the edited amount."""
    from desktop.domain import quota_desk

    server = make_server(env_extra={"ROUNDS_QUOTAS_NEED_APPROVAL": "1"})
    manager, boss, product = _manager_with_a_region_quota(server, make_client)

    sheet = quota_desk.split_sheet(manager.store, region_id=boss.region_id, year=YEAR,
                                   product_id=product["id"], level="rep")
    assert sheet.parent_total == 1_200_000 and not sheet.saved
    first = sheet.lines[0]
    first.months[1] += 500  # the manager's edit of January
    quota_desk.save_sheet(manager.store, sheet, region_id=boss.region_id, year=YEAR,
                          product_id=product["id"], needs_approval=True)
    assert manager.sync().rejected == 0
    again = quota_desk.split_sheet(manager.store, region_id=boss.region_id, year=YEAR,
                                   product_id=product["id"], level="rep")
    assert again.drafts() == len(again.lines)

    server.cli("quota", "approve", "--year", str(YEAR), "--region", boss.region_id)
    manager.sync()
    approved = quota_desk.split_sheet(manager.store, region_id=boss.region_id, year=YEAR,
                                      product_id=product["id"], level="rep")
    assert approved.drafts() == 0 and {line.status for line in approved.lines} == {"approved"}
    line = next(x for x in approved.lines if x.target_id == first.target_id)
    assert line.months[1] == first.months[1]


def test_rules_and_lost_customers_travel_between_manager_and_rep(server, make_client):
    """The manager switches a rule off on the desk; the rep's Today follows after a sync.
    The rep marks a customer lost with a reason and a note; the manager sees it counted."""
    from desktop.domain import at_risk, today

    rep, manager = make_client(server, "rep1"), make_client(server, "manager")
    for client in (rep, manager):
        client.sync()
    boss, me = current_identity(manager.store), current_identity(rep.store)
    before = today.customers_at_risk(rep.store)
    codes = {r.code for row in before for r in row.reasons}
    assert codes, "the demo trips at-risk rules for the rep"
    rule = sorted(codes)[0]

    at_risk.set_rule(manager.store, boss.region_id, rule, enabled=False)
    assert manager.sync().rejected == 0
    rep.sync()
    assert at_risk.rules_for(rep.store, me.region_id)[rule].enabled is False
    after = today.customers_at_risk(rep.store)
    assert rule not in {r.code for row in after for r in row.reasons}

    counted = at_risk.lost_reasons_counted(manager.store, boss.region_id)["competitor"]
    gone = after[0].customer_id if after else before[0].customer_id
    at_risk.mark_lost(rep.store, gone, "competitor", note="改用竞品")
    assert rep.sync().rejected == 0
    manager.sync()
    assert at_risk.lost_reasons_counted(manager.store, boss.region_id)["competitor"] == \
        counted + 1
    lost = rows_of(manager.store, "customer")[gone]
    assert lost["lost_reason"] == "competitor" and lost["notes"].endswith("改用竞品")


def test_the_laptop_learns_from_the_server_whether_quotas_need_approval(make_server,
                                                                        make_client):
    """The company approves quotas on the server only (nothing set on the laptop): signed
    in, the manager's laptop saves its split as drafts, which the server accepts. When the
    company stops approving, the laptop learns it at its next token renewal; and a laptop
    set to approve follows a server that does not."""
    from desktop.domain import quota_desk, server_settings

    laptop_config = {"quotas_need_approval": False}  # as installed: the default
    approving = make_server(env_extra={"ROUNDS_QUOTAS_NEED_APPROVAL": "1"})
    manager, boss, product = _manager_with_a_region_quota(approving, make_client)
    assert server_settings.quotas_need_approval(manager.store, laptop_config) is True
    sheet = quota_desk.split_sheet(manager.store, region_id=boss.region_id, year=YEAR,
                                   product_id=product["id"], level="rep")
    quota_desk.save_sheet(manager.store, sheet, region_id=boss.region_id, year=YEAR,
                          product_id=product["id"],
                          needs_approval=server_settings.quotas_need_approval(
                              manager.store, laptop_config))
    assert manager.sync().rejected == 0
    saved = quota_desk.split_sheet(manager.store, region_id=boss.region_id, year=YEAR,
                                   product_id=product["id"], level="rep")
    assert saved.drafts() == len(saved.lines) > 0

    approving.stop()  # the company stops approving quotas
    approving.env["ROUNDS_QUOTAS_NEED_APPROVAL"] = "0"
    approving.start()
    with manager.using_keyring():
        manager.session.credentials.refresh()  # as when the access token runs out
    manager.sync()
    assert server_settings.quotas_need_approval(manager.store, laptop_config) is False

    plain = make_server()
    other = make_client(plain, "manager")
    assert server_settings.quotas_need_approval(
        other.store, {"quotas_need_approval": True}) is False
