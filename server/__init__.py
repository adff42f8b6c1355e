"""Rounds central server: FastAPI app, accounts, the sync API, admin CLI, migrations."""

__version__ = "0.1.0"
