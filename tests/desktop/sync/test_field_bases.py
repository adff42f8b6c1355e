"""The base of an edit is, per field, the revision at which the user last saw the server's
value of that field: a field with a pending edit keeps showing the user's own value when a
pull re-bases the row, so a later edit of it keeps that edit's base; a field without one
shows what the pull brought and takes the pulled revision (docs/decisions/0020)."""

from sqlmodel import select

from desktop.models import Customer, row_values, utcnow
from desktop.models.codec import encode_values
from desktop.store.local_tables import OutboxEntry
from desktop.sync.pull import PullOutcome, _apply_page
from desktop.sync.push import PushOutcome, mutation, store_results


def pulled(store, revision, **values):
    """Store the server's customer c1 at `revision`, as a pull page does."""
    row = {"id": "c1", "revision": revision, "deleted": False, "created_at": utcnow(),
           "updated_at": utcnow(), "kind": "hospital", "name": "协和", **values}
    wire = encode_values(row_values(Customer(**row)))
    with store.write() as w:
        _apply_page(w, [{"table": "customer", "revision": revision, "row": wire}], [],
                    PullOutcome())


def entries(store):
    with store.read() as s:
        return list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_a_second_edit_of_a_rebased_field_keeps_the_base_the_user_saw(store):
    pulled(store, 5, notes="旧", tier="C")
    store.update(Customer, "c1", notes="A first")  # saved while the pull downloaded
    pulled(store, 8, notes="B", tier="B", city="北京")
    shown = store.get(Customer, "c1")
    assert (shown.notes, shown.tier, shown.revision) == ("A first", "B", 8)

    store.update(Customer, "c1", notes="A second", tier="A")
    first, second = entries(store)
    assert (first.base_revision, first.field_bases) == (5, {})
    # notes: last seen at 5 (A's own value since); tier: B's value, seen at 8
    assert (second.base_revision, second.field_bases) == (8, {"notes": 5})
    assert "field_bases" not in mutation(first)
    assert mutation(second)["field_bases"] == {"notes": 5}

    pulled(store, 10, notes="C", tier="C", city="上海")
    store.update(Customer, "c1", notes="A third", tier="D", city="天津")
    third = entries(store)[-1]
    # the tier's history fields (previous tier, when it changed) go with the tier's base
    assert (third.base_revision, third.field_bases) == (
        10, {"notes": 5, "tier": 8, "previous_tier": 8, "tier_changed_at": 8})


def test_an_edit_made_while_the_first_is_in_flight_keeps_its_base_and_one_made_after_the_answer_takes_the_servers(  # noqa: E501
        store):
    pulled(store, 5, notes="旧")
    store.update(Customer, "c1", notes="A first")
    in_flight = entries(store)
    pulled(store, 8, notes="B")
    store.update(Customer, "c1", notes="A second")  # the push of "A first" is under way
    server = {**row_values(store.get(Customer, "c1")), "notes": "B", "revision": 8}
    answer = {"results": [{"seq": in_flight[0].seq, "status": "merged", "revision": 8,
                           "row": encode_values(server),
                           "conflicts": [{"id": "k1", "field": "notes",
                                          "your_value": "A first", "server_value": "B"}]}]}
    store_results(store, in_flight, answer, PushOutcome())
    [waiting] = entries(store)
    assert (waiting.changes, waiting.base_revision, waiting.field_bases) == (
        {"notes": "A second"}, 8, {"notes": 5})
    assert store.get(Customer, "c1").notes == "A second"

    # once nothing of the field is pending, the user sees the server's value: no old base
    store_results(store, [waiting], {"results": [
        {"seq": waiting.seq, "status": "merged", "revision": 8, "row": encode_values(server),
         "conflicts": [{"id": "k2", "field": "notes", "your_value": "A second",
                        "server_value": "B"}]}]}, PushOutcome())
    assert store.get(Customer, "c1").notes == "B"
    store.update(Customer, "c1", notes="A, having seen B")
    [after] = entries(store)
    assert (after.base_revision, after.field_bases) == (8, {})


def test_edits_after_a_create_keep_base_zero_for_the_fields_still_pending(store):
    row = store.create(Customer, kind="pharmacy", name="大药房")
    store.update(Customer, row.id, tier="A")
    create, edit = entries(store)
    assert (edit.base_revision, edit.field_bases) == (0, {})
    confirmed = encode_values({**row_values(store.get(Customer, row.id)), "tier": None,
                               "revision": 3})
    store_results(store, [create], {"results": [
        {"seq": create.seq, "status": "applied", "revision": 3, "row": confirmed}]},
        PushOutcome())
    assert store.get(Customer, row.id).tier == "A"  # the pending edit rebased on it
    store.update(Customer, row.id, tier="B", city="北京")
    later = entries(store)[-1]
    assert (later.base_revision, later.field_bases) == (3, {"tier": 0})
