"""Migration steps of the synced tables, written once for the client and the server.

The synced tables live in two databases, each client's local store and the server's, and
each side keeps its own Alembic history (`desktop/store/migrations`, `server/migrations`):
each also has tables of its own, and the revision ids its databases are stamped with in the
field must keep their meaning. What both histories do to the synced tables is written here,
once, as numbered steps; each side runs a step from one revision of its own, whose docstring
names the step and the other side's revision.

A step is a module with `upgrade()` and `downgrade()` made of `alembic.op` calls that work on
SQLite and PostgreSQL. It is history: once released it is never edited (databases in the
field have run it); a change is a new step. Steps are imported only by revision scripts, so
only when a migration runs.

To change a synced table: change its model, add `step_NNNN_<what>.py` here, and add a
revision to each side that runs it (copy the newest such revision on each side). The drift
tests fail until both sides' databases match the models, and
tests/desktop/models/test_synced_migrations.py while a side lacks a step or runs steps out of
order. docs/decisions/0009-one-synced-schema.md shows an example.
"""
