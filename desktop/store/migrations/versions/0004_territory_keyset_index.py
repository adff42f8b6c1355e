"""(territory_id, id) index on every synced table instead of territory_id alone

Synced schema step 0003 (desktop/models/migrations), also run by the server's revision 0003.
Create Date: 2026-11-29
"""
from desktop.models.migrations import step_0003_territory_keyset_index as step

revision, down_revision = "0004", "0003"
upgrade, downgrade = step.upgrade, step.downgrade
