"""The Qt desktop client: main window, views, dialogs, item models and translations.

Widgets never open database sessions: they get data from item models in `item_models/`,
which ask the Qt-free services in `services/` (themselves thin wrappers over the store and
`desktop.domain`).
"""
