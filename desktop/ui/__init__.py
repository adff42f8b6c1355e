"""The Qt desktop client: layout and wiring only, organised by feature.

Each screen's widgets, dialogs and item models live in its feature folder (`today/`,
`customers/`, `calls/`, `plans/`, `follow_ups/`, `complaints/`, `sync/`, `settings/`); what
every screen shares is in `common/`; the frame is `main_window.py`, start-up `app.py`.
Widgets never open database sessions: the data comes from `desktop.domain` as plain rows.
"""
