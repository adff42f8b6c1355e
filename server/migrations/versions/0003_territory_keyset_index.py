"""(territory_id, id) index on every synced table instead of territory_id alone

Synced schema step 0003 (desktop/models/migrations), also run by the client's revision 0004.
Create Date: 2026-11-29
"""
from desktop.models.migrations import step_0003_territory_keyset_index as step

revision, down_revision = "0003", "0002"
upgrade, downgrade = step.upgrade, step.downgrade
