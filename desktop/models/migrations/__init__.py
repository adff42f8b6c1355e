"""Migration steps of the synced tables, written once for the client and the server.

The synced tables (`desktop/models`) live in two databases: each client's local store and
the server's. Each side keeps its own Alembic history, because each also has tables of its
own and because the revision ids its databases are stamped with must keep their meaning:
client stores stamped 0001..0007, server databases 0001..0004. What both histories do to the
synced tables is written here, once, as numbered steps; each side has one revision that runs
a step, under its own revision id:

| step | client revision | server revision |
|---|---|---|
| 0001 synced tables | 0001 (+ outbox, sync state, search index) | 0001 (+ server tables) |
| 0002 visit last-visit index | 0003 | 0002 |
| 0003 territory keyset indexes | 0004 | 0003 |
| 0004 visit last-visit covering index | 0005 | 0004 |

A step is a module with `upgrade()` and `downgrade()` made of `alembic.op` calls. It is
history: once released it is never edited (databases in the field have run it); a change is
a new step. Steps are imported only by revision scripts, so only when a migration runs.

To change a synced table: change its model, add `step_NNNN_<what>.py` here, and add a revision
to each side whose `upgrade`/`downgrade` are the step's (copy the newest one on each side).
The drift tests fail until both sides' databases match the models again, and
tests/desktop/models/test_synced_migrations.py fails while a side lacks a step or runs it out
of order. docs/decisions/0009-one-synced-schema.md has the details.
"""
