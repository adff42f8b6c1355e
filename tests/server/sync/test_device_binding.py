"""A device id is only a name within the user who signed in with it: another user who signs
in with the same device id (copied from a laptop, a log, a screenshot) shares nothing with
the real device — not its stored push results, not its sequence numbers, not its standing
in the per-field merge."""

from __future__ import annotations

from tests.server.helpers import mutation


def test_intruder_with_anothers_device_id_gets_none_of_its_stored_results(world, api):
    victim = world.rep_a
    [mine] = victim.push(mutation("customer", seq=7001, kind="hospital", name="甲的秘密医院",
                                  territory_id=world.t1, phone="010-11112222"))
    assert mine["status"] == "applied"
    intruder = api.login(world.names["rep_b"], device_id=victim.device_id)
    # the intruder pushes a harmless mutation under the victim's seq
    [answer] = intruder.push(mutation("customer", seq=7001, kind="pharmacy", name="乙的药房"))
    assert answer["row"] is None or answer["row"]["id"] != mine["row"]["id"], answer
    assert "甲的秘密医院" not in str(answer) and "010-11112222" not in str(answer)
    # the intruder's own mutation was judged on its own
    assert answer["status"] == "applied" and answer["row"]["name"] == "乙的药房"
    assert answer["row"]["territory_id"] == world.t2


def test_intruders_seq_does_not_swallow_the_real_devices_later_mutation(world, api):
    victim = world.rep_a
    intruder = api.login(world.names["rep_b"], device_id=victim.device_id)
    [first] = intruder.push(mutation("customer", seq=8001, kind="pharmacy", name="乙先到"))
    assert first["status"] == "applied"
    [real] = victim.push(mutation("customer", seq=8001, kind="hospital", name="甲的新医院",
                                  territory_id=world.t1))
    assert real["status"] == "applied"
    assert real["row"]["name"] == "甲的新医院" and real["row"]["territory_id"] == world.t1
    rows, _, _, _ = victim.pull_all()
    assert ("customer", real["row"]["id"]) in rows  # the edit reached the server
    assert all(r.get("name") != "乙先到" for r in rows.values())


def test_same_device_id_under_another_user_does_not_skip_the_merge(world, api):
    """Another user writing with the victim's device id is another device for the merge: a
    field the victim changed after the intruder's base is a conflict, not overwritten."""
    victim = world.rep_a
    other = api.login(world.names["admin"], device_id=victim.device_id)
    customer = world.customer(victim, tier="C")
    base = customer["revision"]
    [changed] = victim.push(mutation("customer", "update", customer["id"], base, tier="A"))
    assert changed["status"] == "applied"
    [late] = other.push(mutation("customer", "update", customer["id"], base, tier="B"))
    assert late["status"] == "merged", late
    assert late["row"]["tier"] == "A"
    assert [c["field"] for c in late["conflicts"]] == ["tier"]


def test_migration_keeps_the_log_and_names_the_user_of_a_device_only_one_user_had(
        new_empty_database):
    from alembic import command
    from sqlalchemy import text

    from server.core.db import alembic_config, create_server_engine, migrate

    url = new_empty_database()
    engine = create_server_engine(url)
    migrate(engine, "0004")
    at = "2026-11-30 12:00:00+00:00"
    with engine.begin() as c:
        for user, device in (("u1", "shared"), ("u2", "shared"), ("u1", "own")):
            c.execute(text("INSERT INTO srv_device (user_id, device_id, generation, "
                           "first_seen_at, last_seen_at) VALUES (:u, :d, 0, :at, :at)"),
                      {"u": user, "d": device, "at": at})
        c.execute(text("INSERT INTO srv_mutation_log (device_id, seq, user_id, outcome, at) "
                       "VALUES ('own', 1, 'u1', '{\"seq\": 1}', :at)"), {"at": at})
        for field, device in (("name", "own"), ("tier", "shared")):
            c.execute(text("INSERT INTO srv_field_version (table_name, row_id, field, "
                           "revision, device_id) VALUES ('customer', 'r1', :f, 5, :d)"),
                      {"f": field, "d": device})
    migrate(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT user_id, device_id, seq FROM srv_mutation_log")).all() \
            == [("u1", "own", 1)]
        versions = dict(c.execute(text("SELECT field, user_id FROM srv_field_version")).all())
    assert versions == {"name": "u1", "tier": None}  # a device two users had: nobody's
    with engine.begin() as c:  # the new key holds one seq under two users
        c.execute(text("INSERT INTO srv_mutation_log (user_id, device_id, seq, outcome, at) "
                       "VALUES ('u2', 'own', 1, '{\"seq\": 1}', :at)"), {"at": at})
    engine.dispose()
    command.downgrade(alembic_config(url), "0004")  # back: one entry per (device, seq)
    engine = create_server_engine(url)
    with engine.connect() as c:
        assert c.execute(text("SELECT device_id, seq, user_id FROM srv_mutation_log")).all() \
            == [("own", 1, "u1")]
    engine.dispose()
