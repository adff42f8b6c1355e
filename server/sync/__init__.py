"""The server half of the sync protocol (docs/sync-protocol.md) as plain functions over a
Session: scope, revisions, push with per-field merge, pull, snapshot."""
