"""Issue 15, defect 2: the base of an edit is what the user saw of each field. A value saved
while a pull brings another device's value of the same field never saw that value; neither
does a second edit of it on top. Both must lose a conflict that tells the truth, while a
field the user did see after the pull is taken without a conflict."""

import json

from desktop.domain.sync_outcomes import conflict_rows
from desktop.models import Customer
from tests.e2e.conftest import rows_of


def saving_during_the_pull(client, edit):
    """Make `client`'s next pull call `edit()` (a save through the store) once, after the
    page is downloaded and before it is stored: the rep saved while the sync downloaded.
    The page comes from GET /sync/pull or, in the same answer as the push, from POST
    /sync/cycle (decision 0031): whichever brings it first."""
    api = client.session.client.api
    real_pull, real_cycle = api.pull, api.cycle

    def once():
        api.pull, api.cycle = real_pull, real_cycle
        edit()

    def pull(cursor, limit):
        page = real_pull(cursor, limit)
        once()
        return page

    def cycle(**request):
        answer = real_cycle(**request)
        if answer is not None and answer["pull"] is not None:
            once()
        return answer

    api.pull, api.cycle = pull, cycle


def test_an_edit_on_a_value_never_seen_loses_a_truthful_conflict_like_the_first(
        server, make_client):
    a = make_client(server, "rep1")
    b = make_client(server, "rep1")
    a.sync()
    b.sync()
    row_id = sorted(rows_of(a.store, "customer"))[0]
    b.store.update(Customer, row_id, notes="B 的备注", phone="010-22222222")
    assert b.sync().pushed == 1

    saving_during_the_pull(a, lambda: a.store.update(Customer, row_id, notes="A first"))
    first = a.sync()
    assert first.pushed == 0 and first.pulled >= 1
    seen = a.store.get(Customer, row_id)
    assert (seen.notes, seen.phone) == ("A first", "010-22222222")  # the pending value shows

    # notes: still over a value A never saw; phone: B's value, which A sees now
    a.store.update(Customer, row_id, notes="A second", phone="010-33333333")
    report = a.sync()
    assert (report.pushed, report.conflicts, report.rejected) == (2, 2, 0)
    b.sync()

    [(server_notes, server_phone)] = server.query(
        "SELECT notes, phone FROM customer WHERE id = ?", row_id)
    assert (server_notes, server_phone) == ("B 的备注", "010-33333333")
    for device in (a, b):
        row = device.store.get(Customer, row_id)
        assert (row.notes, row.phone) == ("B 的备注", "010-33333333")
    # what the rep sees: both values that lost, each with the value that was kept
    assert sorted((c.field, c.my_value, c.server_value) for c in conflict_rows(a.store)) == [
        ("notes", "A first", "B 的备注"), ("notes", "A second", "B 的备注")]
    assert conflict_rows(b.store) == []
    on_server = server.query("SELECT field, your_value, server_value FROM srv_conflict "
                             "WHERE row_id = ?", row_id)
    assert sorted((f, json.loads(y), json.loads(s)) for f, y, s in on_server) == [
        ("notes", "A first", "B 的备注"), ("notes", "A second", "B 的备注")]
    assert a.store.pending_count() == b.store.pending_count() == 0

    # A restores its latest value: it saw B's value in the conflict, so this one is taken
    [second] = [c for c in conflict_rows(a.store) if c.my_value == "A second"]
    a.store.restore_conflict(second.id)
    assert a.sync().conflicts == 0
    b.sync()
    assert b.store.get(Customer, row_id).notes == "A second"
