"""The client half of sync (plain Python, no Qt): transport, sign-in, push, pull, snapshot.

Entry points: `desktop.sync.account` (sign in, open an account's client) and
`desktop.sync.client.SyncClient.run_cycle`. The Qt worker in `desktop.ui.sync.worker` only
schedules cycles and turns their outcomes into signals.
"""
