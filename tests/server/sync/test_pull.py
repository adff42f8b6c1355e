"""Pull: ordered, paginated, scoped; tombstones; removals; snapshot keyset pages."""


from desktop.models import Customer, row_values
from server.core.db import write_session
from server.sync.changes import SERVER_ACTOR, save_row
from server.sync.revisions import lock_revisions
from tests.server.helpers import mutation


def test_pull_pages_are_ordered_and_complete(world):
    rep = world.rep_a
    ids = [world.customer(rep)["id"] for _ in range(7)]
    seen, cursor, revisions = set(), 0, []
    while True:
        page = rep.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 3}).json()
        assert len(page["changes"]) <= 3
        revisions += [c["revision"] for c in page["changes"]]
        seen |= {c["row"]["id"] for c in page["changes"] if c["table"] == "customer"}
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert revisions == sorted(revisions)
    assert set(ids) <= seen
    assert cursor == page["server_revision"]


def test_pull_shows_only_the_callers_scope_and_reference_rows_of_their_region(world):
    mine = world.customer(world.rep_a)
    theirs = world.customer(world.rep_b)
    foreign = world.customer(world.foreign_rep)
    rows, _, _, _ = world.rep_a.pull_all()
    assert ("customer", mine["id"]) in rows
    assert ("customer", theirs["id"]) not in rows and ("customer", foreign["id"]) not in rows
    territories = {k[1] for k in rows if k[0] == "territory"}
    assert {world.t1, world.t2} <= territories and world.foreign_territory not in territories
    members = {r["username"] for k, r in rows.items() if k[0] == "team_member"}
    assert world.names["rep_b"] in members and world.names["foreign_rep"] not in members
    # the manager reads the whole region, not the foreign one
    rows, _, _, _ = world.manager.pull_all()
    assert ("customer", mine["id"]) in rows and ("customer", theirs["id"]) in rows
    assert ("customer", foreign["id"]) not in rows


def test_a_row_changed_twice_comes_once_at_its_latest_revision(world):
    rep = world.rep_a
    _, _, _, cursor = rep.pull_all()
    c = world.customer(rep)
    [u] = rep.push(mutation("customer", "update", c["id"], c["revision"], tier="B"))
    page = rep.get("/api/v1/sync/pull", params={"cursor": cursor}).json()
    mine = [x for x in page["changes"] if x["row"]["id"] == c["id"]]
    assert len(mine) == 1 and mine[0]["revision"] == u["revision"]
    assert mine[0]["row"]["tier"] == "B"


def test_row_moved_out_of_scope_comes_as_a_removal(world, engine):
    rep = world.rep_a
    c = world.customer(rep)
    _, _, _, cursor = rep.pull_all()
    with write_session(engine) as session:  # an administrator moves the customer
        lock_revisions(session)
        row = session.get(Customer, c["id"])
        old = row_values(row)
        row.territory_id = world.t2
        save_row(session, SERVER_ACTOR, "customer", row, old)
        session.commit()
    page = rep.get("/api/v1/sync/pull", params={"cursor": cursor}).json()
    assert [r["row_id"] for r in page["removals"]] == [c["id"]]
    assert all(x["row"]["id"] != c["id"] for x in page["changes"])
    rows, _, _, _ = world.rep_b.pull_all()
    assert rows[("customer", c["id"])]["territory_id"] == world.t2


def test_cursor_ahead_of_the_server_is_refused(world):
    r = world.rep_a.get("/api/v1/sync/pull", params={"cursor": 10**12})
    assert r.status_code == 409 and r.json()["code"] == "cursor_ahead"


def test_snapshot_serves_scope_in_keyset_pages(world):
    rep = world.rep_a
    ids = sorted(world.customer(rep)["id"] for _ in range(5))
    deleted = world.customer(rep)
    rep.push(mutation("customer", "delete", deleted["id"], deleted["revision"], deleted=True))
    world.customer(world.rep_b)
    start = rep.get("/api/v1/sync/snapshot/start").json()
    assert start["tables"][0] == "region" and "customer" in start["tables"]
    # the progress total: the rows in scope, the tombstone too (an upper bound of the pages)
    assert start["counts"]["customer"] == 6
    got, after = [], ""
    while True:
        page = rep.get("/api/v1/sync/snapshot/rows",
                       params={"table": "customer", "after": after, "limit": 2}).json()
        assert page["columns"][0] == "id"
        got += [r[0] for r in page["rows"]]
        after = page["next_after"]
        if after is None:
            break
    assert got == ids
    r = rep.get("/api/v1/sync/snapshot/rows", params={"table": "customer"},
                headers={**rep.headers, "Accept-Encoding": "gzip"})
    assert r.status_code == 200
    assert rep.get("/api/v1/sync/snapshot/rows", params={"table": "gadget"}).status_code == 422
    after_start = rep.pull_all(start["revision"])[0]
    assert all(k[0] != "customer" or k[1] not in ids for k in after_start)


def test_snapshot_of_a_foreign_territory_is_404(world):
    r = world.rep_a.get("/api/v1/sync/snapshot/start", params={"territory_id": world.t2})
    assert r.status_code == 404
    r = world.rep_a.get("/api/v1/sync/snapshot/rows",
                        params={"table": "customer", "territory_id": world.foreign_territory})
    assert r.status_code == 404
    r = world.manager.get("/api/v1/sync/snapshot/start", params={"territory_id": world.t2})
    assert r.status_code == 200




def test_snapshot_rows_carry_the_same_values_as_the_pull(world):
    """Dates, UTC datetimes, booleans and lists read from the snapshot path (which skips
    SQLAlchemy's value parsing) arrive exactly as the pull sends them."""
    rep = world.rep_a
    customer = world.customer(rep)
    rep.push(mutation("customer", "update", customer["id"], customer["revision"],
                      customer_since="2019-04-01", gsp_certified=True))
    pulled = {k[1]: row for k, row in rep.pull_all()[0].items() if k[0] == "customer"}
    page = rep.get("/api/v1/sync/snapshot/rows", params={"table": "customer"}).json()
    snapshot = {row[0]: dict(zip(page["columns"], row, strict=True)) for row in page["rows"]}
    row = snapshot[customer["id"]]
    assert row["customer_since"] == "2019-04-01" and row["gsp_certified"] is True
    assert row["updated_at"].endswith("+00:00") and "T" in row["updated_at"]
    for row_id, values in pulled.items():
        assert {k: v for k, v in snapshot[row_id].items() if k in values} == values


def _snapshot_ids(who, table: str, limit: int, after: str = "") -> list[str]:
    got = []
    while True:
        page = who.get("/api/v1/sync/snapshot/rows",
                       params={"table": table, "after": after, "limit": limit}).json()
        assert len(page["rows"]) <= limit
        got += [r[0] for r in page["rows"]]
        after = page["next_after"]
        if after is None:
            return got


def test_snapshot_pages_walk_every_territory_of_a_manager_once(world):
    mine = {world.customer(world.rep_a)["id"] for _ in range(5)}
    theirs = {world.customer(world.rep_b)["id"] for _ in range(4)}
    world.customer(world.foreign_rep)
    for limit in (1, 2, 3, 4, 9, 50):
        got = _snapshot_ids(world.manager, "customer", limit)
        assert len(got) == len(set(got)) == 9, limit  # none twice, none missing
        assert set(got) == mine | theirs
    # the admin pages by id alone, across every territory
    admin = _snapshot_ids(world.admin, "customer", 2)
    assert admin == sorted(admin) and mine | theirs <= set(admin)


def test_snapshot_cursor_of_another_form_starts_the_table_over(world):
    """A download begun under an earlier server version holds a bare row id as its cursor;
    the table starts over rather than skipping rows."""
    ids = sorted(world.customer(world.rep_a)["id"] for _ in range(3))
    assert sorted(_snapshot_ids(world.rep_a, "customer", 2, after=ids[1])) == ids


def test_snapshot_pages_in_columns_hold_what_the_row_pages_hold(world):
    """A client that asks for `layout=columns` gets one list per column with the same
    values, cursor and order; a client that does not ask still gets rows (decision 0028)."""
    rep = world.rep_a
    for _ in range(3):
        world.customer(rep)
    path = "/api/v1/sync/snapshot/rows"
    after = ""
    while True:
        rows = rep.get(path, params={"table": "customer", "after": after, "limit": 2}).json()
        columns = rep.get(path, params={"table": "customer", "after": after, "limit": 2,
                                        "layout": "columns"}).json()
        assert "layout" not in rows and "values" not in rows
        assert columns["layout"] == "columns" and "rows" not in columns
        assert (columns["columns"], columns["next_after"]) == (rows["columns"],
                                                               rows["next_after"])
        assert columns["count"] == len(rows["rows"])
        assert [list(r) for r in zip(*columns["values"], strict=True)] == rows["rows"]
        after = rows["next_after"]
        if after is None:
            break
    empty = rep.get(path, params={"table": "complaint", "layout": "columns"}).json()
    assert empty["count"] == 0 and empty["values"] == [[] for _ in empty["columns"]]
    assert rep.get(path, params={"table": "customer", "layout": "diagonal"}).status_code == 422


def test_snapshot_pages_can_carry_dates_and_times_as_sqlite_stores_them(world):
    """A client that asks for `datetimes=sqlite` gets a columnar page's dates and times as
    SQLite stores them (what its store writes, from either database: decision 0043), the
    page saying so, and everything else as in the wire's form."""
    from desktop.models.codec import wire_date_to_storage, wire_datetime_to_storage

    rep = world.rep_a
    customer = world.customer(rep)
    [visit] = rep.push(mutation("visit", customer_id=customer["id"],
                                started_at="2026-03-01T17:30:00+08:00",
                                follow_up_date="2026-03-08", status="submitted"))
    assert visit["status"] == "applied", visit
    path = "/api/v1/sync/snapshot/rows"
    asked = {"table": "visit", "layout": "columns"}
    wire = rep.get(path, params=asked).json()
    stored = rep.get(path, params={**asked, "datetimes": "sqlite"}).json()
    assert "datetimes" not in wire and stored["datetimes"] == "sqlite"
    assert stored["columns"] == wire["columns"] and stored["count"] == wire["count"] == 1
    by_name = dict(zip(stored["columns"], stored["values"], strict=True))
    assert by_name["started_at"] == ["2026-03-01 09:30:00.000000"]  # UTC, as stored
    assert by_name["follow_up_date"] == ["2026-03-08"]
    for name, wire_values, values in zip(wire["columns"], wire["values"], stored["values"],
                                         strict=True):
        if name.endswith("_at"):
            assert values == [wire_datetime_to_storage(v) if v else v for v in wire_values]
        elif name.endswith("_date"):
            assert values == [wire_date_to_storage(v) if v else v for v in wire_values]
        else:
            assert values == wire_values, name
    assert rep.get(path, params={**asked, "datetimes": "local"}).status_code == 422
